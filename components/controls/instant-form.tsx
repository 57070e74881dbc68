"use client";
// A GET form that applies itself: any change of a control replaces the URL in place (no reload, no
// jump to the top), and the server renders the new view. Without JavaScript it is the plain form it
// wraps, submitted by its button.
import { useRouter } from "next/navigation";
import { useRef, useTransition, type ComponentProps, type FormEvent } from "react";

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

export function InstantForm({ action, canonical, children, ...rest }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const apply = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    const href = formHref(form, action, canonical);
    startTransition(() => router.replace(href, { scroll: false }));
  };
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    // A control with no name (a filter box over a long list) is not part of the view.
    if (!control.name) return;
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
    <form method="get" action={action} aria-busy={pending || undefined} onChange={onChange} onSubmit={onSubmit} {...rest}>
      {children}
    </form>
  );
}
