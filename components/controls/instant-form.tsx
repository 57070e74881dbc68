"use client";
// A GET form that applies itself: any change of a control replaces the URL in place (no reload, no
// jump to the top), and the server renders the new view. Without JavaScript it is the plain form it
// wraps, submitted by its button. next/form does the client-side navigation of a GET form.
import Form from "next/form";
import { useRef, type ComponentProps, type FormEvent } from "react";

type Props = Omit<ComponentProps<typeof Form>, "action" | "replace" | "scroll" | "onChange"> & { action: string };

// A typed date or text goes through invalid or partial values: wait until the typing pauses.
const typingDelayMs = 600;
const chosenAtOnce = new Set(["checkbox", "radio", "select-one", "select-multiple"]);

export function InstantForm({ action, children, ...rest }: Props) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    // A control with no name (a filter box over a long list) is not part of the view.
    if (!control.name) return;
    const form = event.currentTarget;
    clearTimeout(timer.current);
    if (chosenAtOnce.has(control.type)) form.requestSubmit();
    else timer.current = setTimeout(() => form.requestSubmit(), typingDelayMs);
  };
  return (
    <Form action={action} replace scroll={false} prefetch={false} onChange={onChange} {...rest}>
      {children}
    </Form>
  );
}
