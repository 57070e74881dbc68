// Prisma's error codes (never the message text): P2002 unique violation, P2003 foreign key, P2025
// record not found. Driver-adapter errors carry the same codes.
import { Prisma } from "@/lib/generated/prisma/client";

export function hasPrismaCode(error: unknown, code: "P2002" | "P2003" | "P2025"): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}
