// Every helper's action examples, keyed by action name. Add each new action's example here.
import { announcementExamples } from "./announcements";
import { editingExamples, type ActionExample } from "./editing";
import { userExamples } from "./users";

export type { ActionExample, ExampleContext } from "./editing";

export const actionExamples: Record<string, ActionExample> = {
  ...announcementExamples,
  ...editingExamples,
  ...userExamples,
};
