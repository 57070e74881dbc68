// zod 4 compiles object parsers with `new Function` when it may, and probes whether it may by
// calling `new Function("")` once. The editors' nonce policy has no 'unsafe-eval' (nor should
// it), so in the browser that probe is refused and reported as a policy violation, though zod
// catches it. jitless skips the probe and the compilation: the same results, no eval anywhere.
// Imported for its effect by lib/schemas/fields.ts, which every schema the forms load builds on.
import { z } from "zod";

z.config({ jitless: true });
