import type { ReactNode } from "react";
import type { EmbedTheme } from "@/lib/charts/chart-ref";

// The whole HTML document of an embed (route handlers send it as it is; no Next page, no
// framework script). The only script is /embed-frame.js, which reports the height to the parent
// page; the chart, the table and the links are complete without it.
type Props = { title: string; theme: EmbedTheme; css: string; children: ReactNode };

export function EmbedDocument({ title, theme, css, children }: Props) {
  return (
    <html lang="en" data-theme={theme}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>
        <main>{children}</main>
        <script src="/embed-frame.js" defer />
      </body>
    </html>
  );
}
