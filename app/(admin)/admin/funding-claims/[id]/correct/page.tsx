import { ClaimCorrectPage } from "@/components/admin/edit/claim-pages";
import type { PageParams } from "@/components/admin/edit/edit-frame";

export const metadata = { title: "Correct claim" };

export default async function CorrectFundingClaimPage({ params }: Pick<PageParams, "params">) {
  const { id } = await params;
  return <ClaimCorrectPage kind="funding" id={id} />;
}
