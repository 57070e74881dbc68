"use client";
// Beside each typed figure: the exact value read from the text, then the figure exactly as the
// public pages will print it — the same component, with its USD sentence and its source.
import { FundingFigure } from "@/components/dashboard/funding-figure";
import type { FundingPreview, Preview } from "@/lib/editing/preview-claim";

const boxClass = "mt-3 rounded bg-slate-100 p-3 text-sm dark:bg-slate-800";

export function FundingPreviewBox({ preview, id }: { preview: FundingPreview; id: string }) {
  return (
    <div id={id} className={boxClass} aria-live="polite" data-testid="funding-preview">
      {preview.state === "empty" && <p>Type the amount to see how it will read.</p>}
      {preview.state === "error" && <p className="font-medium text-red-800 dark:text-red-300">Cannot read this yet: {preview.message}</p>}
      {preview.state === "ok" && (
        <>
          <p data-testid="parsed-amount">{preview.readAs}</p>
          <p className="mt-2 font-medium">On the public pages:</p>
          <FundingFigure claim={preview.figure} />
        </>
      )}
    </div>
  );
}

export function PreviewLines({ preview, id, emptyText }: { preview: Preview; id: string; emptyText: string }) {
  return (
    <div id={id} className={boxClass} aria-live="polite">
      {preview.state === "empty" && <p>{emptyText}</p>}
      {preview.state === "error" && <p className="font-medium text-red-800 dark:text-red-300">Cannot read this yet: {preview.message}</p>}
      {preview.state === "ok" && preview.lines.map((line) => <p key={line}>{line}</p>)}
    </div>
  );
}
