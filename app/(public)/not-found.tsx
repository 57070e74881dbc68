import Link from "next/link";
import { PublicPage } from "@/components/dashboard/public-page";

// What a public page shows when it calls notFound(): the site's navigation and a way on, instead of
// Next's bare default. Next 16 draws it in the browser from the RSC payload, not in the server's
// HTML (vercel/next.js#62228), so without JavaScript that 404 is still a blank page.
export default function NotFound() {
  return (
    <PublicPage knownBy={null} pastViews={false} livePath="/">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 max-w-prose">
        There is no such page, or it shows nothing that was published on the date asked for.{" "}
        <Link prefetch={false} href="/programs" className="underline">
          See all programs
        </Link>
        .
      </p>
    </PublicPage>
  );
}
