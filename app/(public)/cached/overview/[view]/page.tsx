// "/" without ?asOf=, from Next's cache (see lib/cache/cached-view.ts). Nothing is prerendered at
// build time (there is no database then): the first request renders it.
import OverviewPage, { generateMetadata as overviewMetadata } from "../../../page";
import { assertLiveView, noQuery } from "@/lib/cache/cached-view";

export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = () => [];
type Props = { params: Promise<{ view: string }> };

export const generateMetadata = () => overviewMetadata({ searchParams: noQuery() });

export default async function CachedOverviewPage({ params }: Props) {
  await assertLiveView(params);
  return <OverviewPage searchParams={noQuery()} />;
}
