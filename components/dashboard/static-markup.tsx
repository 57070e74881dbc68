import type { HTMLAttributes, ReactNode } from "react";
import { renderMarkup } from "@/lib/charts/node-react";

type Props = HTMLAttributes<HTMLElement> & {
  as?: "div" | "section";
  children: ReactNode;
  [data: `data-${string}`]: string | undefined;
};

/**
 * Large markup with nothing interactive in it (a chart's SVG, a table, a list of sources), drawn to a
 * string on the server and set as one element's content. The page's payload then carries one string
 * instead of every element a second time, and React hydrates one element instead of hundreds: that
 * payload and its hydration were most of the blocking time Lighthouse measured on these pages.
 * `children`: plain elements and components without hooks, context or client components (a
 * `next/link` cannot be drawn this way: use `<a>`). React escapes every text, as in any render.
 */
export function StaticMarkup({ as: Tag = "div", children, ...props }: Props) {
  return <Tag {...props} dangerouslySetInnerHTML={{ __html: renderMarkup(children) }} />;
}
