/**
 * LaTeX in Markdown, typeset by KaTeX, loaded only when a page first shows math.
 *
 * Why it exists: KaTeX (and its fonts) is as large as the whole eager bundle and most apps never
 * show math. Its stylesheet is injected once, with font URLs pointing at the copies the build puts
 * beside this chunk (dist/chunks/fonts/), so math works offline.
 */

import katex from "katex";
import katexCss from "katex/dist/katex.min.css";

let styled = false;

function injectStyles(): void {
  if (styled) return;
  styled = true;
  const fonts = new URL("./fonts/", import.meta.url).href;
  const style = document.createElement("style");
  style.dataset.blocklite = "katex";
  style.textContent = katexCss.replace(/url\(fonts\//g, `url(${fonts}`);
  document.head.append(style);
}

/** Typeset every `.blocklite-math` element under `root` (its text is the TeX source). */
export function typesetMath(root: ParentNode, sanitize: (html: string) => string): void {
  injectStyles();
  for (const el of root.querySelectorAll<HTMLElement>(".blocklite-math:not([data-typeset])")) {
    const display = el.dataset.display === "true";
    const html = katex.renderToString(el.textContent ?? "", { displayMode: display, throwOnError: false });
    el.innerHTML = sanitize(html);
    el.dataset.typeset = "true";
  }
}
