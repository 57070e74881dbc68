// Every defined action, so that tests (tests/integration/actions-authorisation.test.ts) cover each
// one, including actions added later: every export of these files is an action, and is listed here
// as soon as it is exported.
import type { ActionResult } from "@/lib/core/action-result";
import type { Actor, Role } from "@/lib/core/actor";
import * as announcements from "./announcements";
import * as corrections from "./corrections";
import * as editRecords from "./edit-records";
import * as exchangeRates from "./exchange-rates";
import * as recordLifecycle from "./record-lifecycle";
import * as statusChanges from "./status-changes";
import * as users from "./users";

/** What tests need of any action, whatever its input and result types. */
export type RegisteredAction = {
  name: string;
  role: Role;
  invoke: (actor: Actor | null | Promise<Actor | null>, input: unknown) => Promise<ActionResult<unknown>>;
};

/** A definitions file: its exports are actions. */
type ActionFile = Record<string, RegisteredAction>;
const files: ActionFile[] = [announcements, corrections, editRecords, exchangeRates, recordLifecycle, statusChanges, users];

export const allActions: readonly RegisteredAction[] = files.flatMap((file) => Object.values(file));
