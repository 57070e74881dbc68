import Link from "next/link";

type Props = { label: string; page: number; pages: number; href: (page: number) => string };

/** Previous / next links between server-rendered pages of a list; the URL holds the page. */
export function Pager({ label, page, pages, href }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center gap-4 text-sm">
      {page > 1 ? (
        <Link prefetch={false} href={href(page - 1)} className="underline" rel="prev">
          Previous page
        </Link>
      ) : null}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link prefetch={false} href={href(page + 1)} className="underline" rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
