import Link from "next/link";

type Props = { path: string; asOf: string | null; className: string };

/** Apply and Reset for a GET filter form; both keep a past view (?asOf=) a past view. */
export function FilterActions({ path, asOf, className }: Props) {
  return (
    <>
      {asOf && <input type="hidden" name="asOf" value={asOf} />}
      <div className={`flex gap-3 ${className}`}>
        <button
          type="submit"
          className={
            "rounded bg-blue-700 px-4 py-1.5 font-semibold text-white hover:bg-blue-800 focus:outline-2 " +
            "focus:outline-offset-2 focus:outline-blue-700"
          }
        >
          Apply
        </button>
        <Link prefetch={false} href={asOf ? `${path}?asOf=${asOf}` : path} className="py-1.5 underline">
          Reset
        </Link>
      </div>
    </>
  );
}
