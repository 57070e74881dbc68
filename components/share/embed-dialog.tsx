"use client";
// The inside of the "Embed this chart" disclosure. Server-rendered (and without JavaScript) it
// shows the live and the pinned snippets one after the other, in the automatic theme. Once
// hydrated it becomes a chooser (live or pinned, theme) over the same ready-made snippets, with
// Copy buttons. The snippets come from the server (lib/embed/share-variants.ts), so this file
// ships no chart or parsing code to the browser.
import { useEffect, useState } from "react";
import type { EmbedTheme } from "@/lib/charts/chart-ref";
import type { EmbedVariant, SharePin } from "@/lib/embed/share-variants";

type Props = { idPrefix: string; title: string; height: number; pinnedOn: string; variants: EmbedVariant[] };

const themes: [EmbedTheme, string][] = [
  ["auto", "Automatic"],
  ["light", "Light"],
  ["dark", "Dark"],
  ["transparent", "Transparent"],
];
const box = "mt-3 rounded border border-slate-300 p-3 dark:border-slate-700";
const button =
  "mt-1 rounded border border-slate-500 px-2 py-0.5 text-sm hover:bg-slate-100 focus:outline-2 " +
  "focus:outline-blue-700 dark:hover:bg-slate-800";

function Snippet({ id, label, text, onCopy }: { id: string; label: string; text: string; onCopy?: () => void }) {
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        rows={4}
        value={text}
        data-testid={id.replace(/^.*?-snippet-/, "snippet-")}
        className={
          "mt-1 block w-full rounded border border-slate-400 bg-white p-2 font-mono text-xs " +
          "text-slate-900 dark:bg-slate-900 dark:text-slate-100"
        }
      />
      {onCopy && (
        <button type="button" className={button} onClick={onCopy}>
          Copy<span className="sr-only"> the {label.toLowerCase()}</span>
        </button>
      )}
    </div>
  );
}

function Choice<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: [T, string][];
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="mt-2">
      <legend className="font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map(([key, text]) => (
          <label key={key} className="flex items-center gap-1">
            <input type="radio" name={name} value={key} checked={value === key} onChange={() => onChange(key)} />
            {text}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function EmbedDialog({ idPrefix, title, height, pinnedOn, variants }: Props) {
  const [enhanced, setEnhanced] = useState(false);
  const [pin, setPin] = useState<SharePin>("live");
  const [theme, setTheme] = useState<EmbedTheme>("auto");
  const [status, setStatus] = useState("");
  // Only after hydration: the server's HTML (what a reader without JavaScript keeps) lists both versions.
  useEffect(() => setEnhanced(true), []);
  const find = (p: SharePin, t: EmbedTheme) => variants.find((v) => v.pin === p && v.theme === t) ?? variants[0]!;
  const chosen = find(pin, theme);
  const pinLabel = `Pinned to ${pinnedOn}`;

  async function copy(id: string, what: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(`Copied the ${what}.`);
    } catch {
      // No clipboard (an insecure origin, a refused permission): select it for the reader's own copy.
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
      setStatus(`Could not copy: the ${what} is selected, press Ctrl+C (⌘C on a Mac).`);
    }
  }

  const ids = (version: string) => ({ iframe: `${idPrefix}-snippet-iframe-${version}`, script: `${idPrefix}-snippet-script-${version}` });
  return (
    <div className="mt-2">
      <p className="max-w-prose">
        Paste the <strong>iframe snippet</strong> where your site accepts HTML; the script line after it resizes the chart and may be left
        out. The <strong>script snippet</strong> shows a linked image of the chart where scripts are removed.
      </p>
      {enhanced ? (
        <div className={box}>
          <Choice
            name={`${idPrefix}-pin`}
            legend="Version"
            value={pin}
            onChange={setPin}
            options={[
              ["live", "Live (follows new figures)"],
              ["pinned", pinLabel],
            ]}
          />
          <Choice name={`${idPrefix}-theme`} legend="Theme" value={theme} onChange={setTheme} options={themes} />
          <Snippet
            id={ids("chosen").iframe}
            label="Iframe snippet"
            text={chosen.iframe}
            onCopy={() => copy(ids("chosen").iframe, "iframe snippet", chosen.iframe)}
          />
          <Snippet
            id={ids("chosen").script}
            label="Script snippet"
            text={chosen.script}
            onCopy={() => copy(ids("chosen").script, "script snippet", chosen.script)}
          />
        </div>
      ) : (
        (["live", "pinned"] as const).map((version) => (
          <fieldset key={version} className={box}>
            <legend className="px-1 font-medium">
              {version === "live" ? "Live chart (follows new figures)" : `Chart ${pinLabel.toLowerCase()}`}
            </legend>
            <Snippet id={ids(version).iframe} label="Iframe snippet" text={find(version, "auto").iframe} />
            <Snippet id={ids(version).script} label="Script snippet" text={find(version, "auto").script} />
          </fieldset>
        ))
      )}
      <p role="status" className="mt-2 min-h-5">
        {status}
      </p>
      <p className="mt-2 font-medium">Preview</p>
      <iframe
        src={chosen.previewPath}
        title={`Preview: ${title}`}
        loading="lazy"
        style={{ height }}
        className="mt-1 block w-full rounded border border-slate-300 dark:border-slate-700"
      />
    </div>
  );
}
