import "server-only";
import { auth } from "./auth";
import { finishAuthResponse } from "./auth-response";

/** Serves /api/auth/* (see app/api/auth/[...all]/route.ts). */
export async function handleAuthRequest(request: Request): Promise<Response> {
  return finishAuthResponse(request, await auth().handler(request));
}
