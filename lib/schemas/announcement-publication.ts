// Publishing or unpublishing an existing announcement: which one, at which version the editor saw it.
import { z } from "zod";
import { uuid } from "./fields";

export const recordVersion = z.coerce
  .number({ message: "Reload the page: the form is missing the record's version." })
  .int("Reload the page: the form is missing the record's version.")
  .min(1, "Reload the page: the form is missing the record's version.")
  .max(2_147_483_647, "Reload the page: the form is missing the record's version.");

export const announcementPublicationSchema = z.object({ id: uuid, version: recordVersion });

export type AnnouncementPublicationInput = z.output<typeof announcementPublicationSchema>;
