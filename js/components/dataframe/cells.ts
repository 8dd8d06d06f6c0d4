/**
 * One Dataframe cell's content by its column's datatype, and the CSS a pandas Styler sent for it.
 *
 * Why it exists: "markdown" and "html" cells carry markup from Python, so they go through the
 * page's sanitizer (sanitize.ts, contained); "bool" shows a checkbox, "number" aligns right, and
 * `max_chars` truncates the shown text (the full text stays in the title and the editor). A
 * Styler's per-cell CSS is applied declaration by declaration through the style object, keeping
 * only properties that cannot load anything (no `url()`, no `expression`).
 */

import { type Delimiter, placeMath, protectMath, renderMarkdownFragment } from "../markdown";
import { sanitizeToFragment } from "../sanitize";
import { type Cell, cellText } from "./table-model";

export interface CellOptions {
  type: string;
  maxChars: number | null;
  lineBreaks: boolean;
  /** `latex_delimiters` for "markdown" cells (typeset by the lazy LaTeX chunk). */
  delimiters: Delimiter[];
  /** A Styler's display text for the cell (shown instead of the value when not editing). */
  display: string | null;
}

/** Fill `td` with the cell's content (it is empty or reused). */
export function fillCell(td: HTMLElement, cell: Cell, options: CellOptions): void {
  const text = options.display ?? cellText(cell);
  td.dataset.type = options.type;
  if (options.type === "bool") {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = cell === true || /^(true|1)$/i.test(cellText(cell));
    box.tabIndex = -1;
    box.className = "blocklite-dataframe-check";
    box.setAttribute("aria-label", box.checked ? "true" : "false");
    td.replaceChildren(box);
    return;
  }
  if (options.type === "markdown") {
    const { text: prose, maths } = protectMath(text, options.delimiters);
    td.replaceChildren(renderMarkdownFragment(prose, { breaks: options.lineBreaks }));
    if (maths.length > 0) placeMath(td, maths);
    return;
  }
  if (options.type === "html") {
    td.replaceChildren(sanitizeToFragment(text));
    return;
  }
  if (options.type === "image" && /^(https?:|data:image\/)/.test(text)) {
    const img = document.createElement("img");
    img.src = text;
    img.alt = "";
    img.className = "blocklite-dataframe-image";
    td.replaceChildren(img);
    return;
  }
  const max = options.maxChars;
  const shown = max !== null && max >= 0 && text.length > max ? `${text.slice(0, max)}…` : text;
  td.textContent = shown;
  if (shown !== text) td.title = text;
  else if (td.hasAttribute("title")) td.removeAttribute("title");
}

const SAFE_PROPERTY = /^-?[a-z][a-z-]*$/;

/** Apply a Styler's `"prop: value; ..."` to `el`, dropping anything that could load a resource. */
export function applyCellCss(el: HTMLElement, css: string): void {
  if (css === "") return;
  for (const declaration of css.split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!SAFE_PROPERTY.test(property) || /url\s*\(|expression|image-set|@import|\\/i.test(value)) continue;
    el.style.setProperty(property, value);
  }
}
