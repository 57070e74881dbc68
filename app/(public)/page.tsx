import { connection } from "next/server";
import { ProgramList } from "@/components/dashboard/program-list";
import { listPublishedPrograms } from "@/lib/data/programs";
import { prisma } from "@/lib/db";

export default async function OverviewPage() {
  await connection();
  const programs = await listPublishedPrograms(prisma());
  return (
    <>
      <h1 className="text-2xl font-bold">National AI compute programs</h1>
      <p className="mt-2 max-w-prose text-slate-600 dark:text-slate-300">
        {programs.length} programs tracked. Every figure is a claim from a named source, in its original currency,
        with its US-dollar conversion at a stated reference rate.
      </p>
      <ProgramList programs={programs} />
    </>
  );
}
