"use client";
// A date field that becomes the browser's date picker only when its folded panel opens. Chromium
// builds a date field's inner parts while it styles the page at load, and on every page that cost the
// first style pass ~5 ms of main-thread time (unthrottled; Lighthouse counts it about four times),
// for a control most readers never open. Without JavaScript it stays a text field taking YYYY-MM-DD,
// which the server checks like any typed address. The type is React state, not set on the element:
// React writes `type` again on every re-render (a "known on" change re-renders the header), and would
// otherwise turn the picker back into a text field while its panel is open.
import { useEffect, useRef, useState, type ComponentProps } from "react";

type Props = Omit<ComponentProps<"input">, "type" | "pattern" | "placeholder" | "title">;

export function DateField(props: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const [type, setType] = useState<"text" | "date">("text");
  useEffect(() => {
    const panel = ref.current?.closest("details");
    const upgrade = () => {
      if (!panel || panel.open) setType("date");
    };
    upgrade();
    panel?.addEventListener("toggle", upgrade);
    return () => panel?.removeEventListener("toggle", upgrade);
  }, []);
  return (
    <input
      ref={ref}
      type={type}
      pattern="[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
      placeholder="YYYY-MM-DD"
      title="A date as YYYY-MM-DD"
      {...props}
    />
  );
}
