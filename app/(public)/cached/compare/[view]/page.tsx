// "/compare" without parameters, from Next's cache (see lib/cache/cached-view.ts).
import ComparePage, { generateMetadata as compareMetadata } from "../../../compare/page";
import { assertLiveView, noQuery } from "@/lib/cache/cached-view";

export const dynamic = "force-static";
export const revalidate = 3600;
export const generateStaticParams = () => [];
type Props = { params: Promise<{ view: string }> };

export const generateMetadata = () => compareMetadata({ searchParams: noQuery() });

export default async function CachedComparePage({ params }: Props) {
  await assertLiveView(params);
  return <ComparePage searchParams={noQuery()} />;
}
