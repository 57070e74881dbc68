import { listGet } from "@/lib/api/list-get";
import { organisationsList } from "@/lib/api/organisations";

export { OPTIONS, POST, PUT, PATCH, DELETE } from "@/lib/api/public-get";

// Every answer reads the database (or the rate limit) at request time; nothing is prerendered.
export const dynamic = "force-dynamic";

export const GET = listGet(organisationsList);
