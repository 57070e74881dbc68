"use client";
// A GET form that applies itself: any change of a control replaces the URL in place (no reload, no
// jump to the top), and the server renders the new view. Without JavaScript it is the plain form it
// wraps, submitted by its button.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useTransition, type ComponentProps, type FormEvent } from "react";

import { canonicalQuery, type CanonicalQuery } from "@/lib/dashboard/canonical-query";

type Props = Omit<ComponentProps<"form">, "action" | "method" | "onChange" | "onSubmit"> & { action: string; canonical?: CanonicalQuery };

// A typed date or text goes through invalid or partial values: wait until the typing pauses.
const typingDelayMs = 600;
const chosenAtOnce = new Set(["checkbox", "radio", "select-one", "select-multiple"]);

/** The address the form's current values lead to; empty fields are left out (they mean "no filter"). */
function formHref(form: HTMLFormElement, action: string, canonical?: CanonicalQuery): string {
  const entries = [...new FormData(form)].filter((entry): entry is [string, string] => typeof entry[1] === "string");
  const text = canonicalQuery(entries, canonical).toString();
  return text ? `${action}?${text}` : action;
}

// The control the reader last changed. A page re-keys its form when the view changes from outside it
// (the chart's own switches), so the form is mounted anew with the view's values: the focus must then
// come back to where the reader left it, not fall to the page's start.
let lastChanged: { name: string; value: string } | null = null;

function refocusLastChanged(form: HTMLFormElement): void {
  if (!lastChanged || (document.activeElement && document.activeElement !== document.body)) return;
  const { name, value } = lastChanged;
  const control = [...form.elements].find(
    (element) =>
      (element as HTMLInputElement).name === name &&
      (!(element instanceof HTMLInputElement) || !["checkbox", "radio"].includes(element.type) || element.value === value),
  );
  (control as HTMLElement | undefined)?.focus();
}

export function InstantForm({ action, canonical, children, ...rest }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (formRef.current) refocusLastChanged(formRef.current);
  }, []);
  const apply = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    const href = formHref(form, action, canonical);
    startTransition(() => router.replace(href, { scroll: false }));
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    // A control with no name (a filter box over a long list) is not part of the view.
    if (!control.name) return;
    lastChanged = { name: control.name, value: control.value };
    const form = event.currentTarget;
    if (chosenAtOnce.has(control.type)) apply(form);
    else {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => apply(form), typingDelayMs);
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply(event.currentTarget);
  };
  return (
    <form ref={formRef} method="get" action={action} aria-busy={pending || undefined} onChange={onChange} onSubmit={onSubmit} {...rest}>
      {children}
    </form>
  );
}
