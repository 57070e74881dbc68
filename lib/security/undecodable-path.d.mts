// Types of undecodable-path.mjs (plain JavaScript, preloaded into the server).
import type { Server } from "node:http";

export function hasUndecodablePath(target: string): boolean;
export const undecodablePathAnswer: { status: number; headers: Record<string, string>; body: string };
export function refuseUndecodablePaths(emit: Server["emit"]): Server["emit"];
