import Link from "next/link";

/** A claim's link to the claim that corrects it ("its correction"), or to the earlier one it corrects. */
export function CorrectionLink({ base, id, to }: { base: string; id: string; to: "correction" | "corrected" }) {
  return (
    <Link className="underline" href={`${base}/${id}`}>
      {to === "correction" ? "its correction" : "an earlier claim"}
    </Link>
  );
}
