import { AnnouncementForm } from "@/components/admin/announcement-form";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { loadAnnouncementFormOptions } from "@/lib/data/announcement-form-options";
import { prisma } from "@/lib/db";

export const metadata = { title: "New announcement" };

export default async function NewAnnouncementPage() {
  await requirePageActor();
  const options = await loadAnnouncementFormOptions(prisma());
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold">New announcement</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        Record what was announced, the day it was announced: the source first, then the program, then every figure, milestone and partner it
        brings.
      </p>
      <div className="mt-8">
        <AnnouncementForm options={options} />
      </div>
    </div>
  );
}
