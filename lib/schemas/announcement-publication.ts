// Publishing or unpublishing an existing announcement: which one, at which version the editor saw it.
import { z } from "zod";
import { recordRef } from "./record-ref";

export const announcementPublicationSchema = z.object(recordRef);

export type AnnouncementPublicationInput = z.output<typeof announcementPublicationSchema>;
