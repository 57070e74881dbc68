"use client";
// A date field that becomes the browser's date picker only when its folded panel opens. Chromium
// builds a date field's inner parts while it styles the page at load, and on every page that cost the
// first style pass ~5 ms of main-thread time (unthrottled; Lighthouse counts it about four times),
// for a control most readers never open. Without JavaScript it stays a text field taking YYYY-MM-DD,
// which the server checks like any typed address.
import { useEffect, useRef, type ComponentProps } from "react";

type Props = Omit<ComponentProps<"input">, "type" | "pattern" | "placeholder">;

export function DateField(props: Props) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = ref.current;
    const panel = input?.closest("details");
    if (!input) return;
    const upgrade = () => {
      if (!panel || panel.open) input.type = "date";
    };
    upgrade();
    panel?.addEventListener("toggle", upgrade);
    return () => panel?.removeEventListener("toggle", upgrade);
  }, []);
  return <input ref={ref} type="text" pattern="[0-9]{4}-[0-9]{2}-[0-9]{2}" placeholder="YYYY-MM-DD" {...props} />;
}
