import { ClaimEditPage } from "@/components/admin/edit/claim-pages";
import { firstParam, type PageParams } from "@/components/admin/edit/edit-frame";

export const metadata = { title: "Edit claim" };

export default async function EditFundingClaimPage({ params, searchParams }: PageParams) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  return <ClaimEditPage kind="funding" id={id} saved={firstParam(query.saved)} />;
}
