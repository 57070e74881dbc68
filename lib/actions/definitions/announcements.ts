// The announcement mutations: create (draft or published), publish a draft, take one back to draft.
// Editors may do all three; each authorises, validates and writes through defineAction.
import { prisma } from "@/lib/db";
import { createAnnouncement } from "@/lib/editing/create-announcement";
import { publishAnnouncement, unpublishAnnouncement } from "@/lib/editing/publish-announcement";
import { announcementSchema } from "@/lib/schemas/announcement";
import { announcementPublicationSchema } from "@/lib/schemas/announcement-publication";
import { defineAction } from "../define-action";

export const createAnnouncementAction = defineAction({
  name: "announcement.create",
  role: "editor",
  schema: announcementSchema,
  run: (actor, input) => createAnnouncement(prisma(), actor, input),
});

export const publishAnnouncementAction = defineAction({
  name: "announcement.publish",
  role: "editor",
  schema: announcementPublicationSchema,
  run: (actor, input) => publishAnnouncement(prisma(), actor, input),
});

export const unpublishAnnouncementAction = defineAction({
  name: "announcement.unpublish",
  role: "editor",
  schema: announcementPublicationSchema,
  run: (actor, input) => unpublishAnnouncement(prisma(), actor, input),
});
