// A calendar day as YYYY-MM-DD that PostgreSQL can hold: the one rule for every day a request names
// (`?asOf=`, the programs cursor). Year 0 matches the ISO format, but PostgreSQL has no year 0 (1 BC is
// followed by AD 1): refused here, it would otherwise reach the database and fail there.
import { z } from "zod";

export const isoDayParam = z.iso.date().refine((day) => !day.startsWith("0000-"), "there is no year 0");
