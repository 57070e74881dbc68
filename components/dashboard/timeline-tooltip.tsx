"use client";
import { useEffect, useRef } from "react";

// The timeline's tooltip: a few lines of script, no library. On hover, on keyboard focus and on a first
// tap (a second tap follows the mark's link) it shows the table row the mark links to, which holds the
// milestone's details once for the page. Without script, every mark still has its number and its link.
export function TimelineTooltip() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const tip = ref.current;
    const box = tip?.parentElement;
    if (!tip || !box) return;
    let shown: Element | null = null;
    let touch = false;
    const markOf = (event: Event) => (event.target instanceof Element ? event.target.closest(".timeline-mark") : null);
    const show = (mark: Element) => {
      const row = document.getElementById(mark.getAttribute("href")?.slice(1) ?? "")?.closest("tr");
      if (!row) return;
      shown = mark;
      tip.textContent = rowTip(row);
      tip.hidden = false;
      const at = mark.getBoundingClientRect();
      const frame = box.getBoundingClientRect();
      tip.style.left = `${Math.max(0, Math.min(at.left - frame.left, frame.width - tip.offsetWidth))}px`;
      tip.style.top = `${at.bottom - frame.top + 6}px`;
    };
    const hide = () => {
      shown = null;
      tip.hidden = true;
    };
    const over = (event: Event) => {
      const mark = markOf(event);
      if (mark) show(mark);
    };
    const out = (event: Event) => {
      if (markOf(event)) hide();
    };
    // A tap also fires focus and mouseover before its click: whether this mark's tooltip was already
    // open is read when the finger lands.
    let openAtDown = false;
    const down = (event: PointerEvent) => {
      touch = event.pointerType !== "mouse";
      openAtDown = shown !== null && shown === markOf(event);
    };
    const click = (event: MouseEvent) => {
      const mark = markOf(event);
      if (mark && touch && !openAtDown) {
        event.preventDefault();
        show(mark);
      }
    };
    const key = (event: KeyboardEvent) => {
      if (event.key === "Escape") hide();
    };
    const listeners: [string, EventListener][] = [
      ["mouseover", over],
      ["mouseout", out],
      ["focusin", over],
      ["focusout", out],
      ["pointerdown", down as EventListener],
      ["click", click as EventListener],
      ["keydown", key as EventListener],
    ];
    for (const [type, listener] of listeners) box.addEventListener(type, listener);
    return () => {
      for (const [type, listener] of listeners) box.removeEventListener(type, listener);
    };
  }, []);
  return (
    <div
      ref={ref}
      role="tooltip"
      hidden
      data-testid="timeline-tooltip"
      className={
        "pointer-events-none absolute z-10 max-w-xs rounded border border-slate-300 bg-white p-2 " +
        "text-xs whitespace-pre-line text-slate-900 shadow dark:border-slate-600 dark:bg-slate-800 " +
        "dark:text-slate-100"
      }
    />
  );
}

/** A milestone's row as lines: its title cell, then each other cell under its column's heading, but the source's. */
function rowTip(row: HTMLTableRowElement): string {
  const headings = [...(row.closest("table")?.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent ?? "");
  return [...row.cells]
    .slice(0, -1)
    .map((cell, i) => `${i === 0 ? "" : `${headings[i]}: `}${cell.innerText.trim()}`)
    .join("\n");
}
