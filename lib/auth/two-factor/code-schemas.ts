// The code fields of the second-step forms, validated the same way on the page and the server.
import { z } from "zod";

export const enrolCodeSchema = z.strictObject({
  code: z
    .string({ error: "Type the 6-digit code your app shows." })
    .transform((s) => s.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, "Type the 6-digit code your app shows: six digits, no letters.")),
});
