// Every mutation the app exposes, for the table-driven authorisation test (each must refuse no
// session and the wrong role, and leave the database unchanged). Add each new action here.
import type { Actor, Role } from "@/lib/auth/actor";
import type { ActionResult } from "../action-result";
import { createAnnouncementAction, publishAnnouncementAction, unpublishAnnouncementAction } from "./announcements";

export type RegisteredAction = {
  name: string;
  role: Role;
  invoke: (actor: Actor | null, input: unknown) => Promise<ActionResult<unknown>>;
};

export const allActions: readonly RegisteredAction[] = [createAnnouncementAction, publishAnnouncementAction, unpublishAnnouncementAction];
