import { handleAuthRequest } from "@/lib/auth/handle-request";

// Built on first request, never at build time (the auth instance needs the database).
export const dynamic = "force-dynamic";
export const GET = handleAuthRequest;
export const POST = handleAuthRequest;
