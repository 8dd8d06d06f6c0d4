/**
 * Markdown: renders `props.value` (raw Markdown on the wire) with marked, sanitized by DOMPurify.
 *
 * Why it exists: Markdown comes from Python and may carry arbitrary HTML, so everything is sanitized
 * before insertion; links open in a new tab with `rel="noopener noreferrer"`. Private `Marked` and
 * DOMPurify instances keep our settings from leaking into the host page's copies. Fenced code with a
 * language is highlighted by a lazily loaded chunk (js/highlight.ts).
 */

import DOMPurify from "dompurify";
import { Marked } from "marked";
import { type Dict, num } from "../guards";
import { Component, type ComponentContext } from "./base";

const marked = new Marked({ gfm: true, breaks: false });
let purifier: ReturnType<typeof DOMPurify> | null = null;

function sanitizer(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook("afterSanitizeAttributes", (node: Element) => {
    if (node.tagName === "A" && node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
  purifier = p;
  return p;
}

/** Markdown source → sanitized HTML string. Never throws. */
export function renderMarkdown(source: string): string {
  let html: string;
  try {
    html = marked.parse(source, { async: false });
  } catch {
    html = `<pre>${escapeHtml(source)}</pre>`;
  }
  return sanitizer().sanitize(html, { ADD_ATTR: ["target"] });
}

/** Code blocks get highlighted once the highlighting chunk has loaded (only if there are any). */
function highlightLater(prose: HTMLElement): void {
  if (!prose.querySelector("pre code[class*='language-']")) return;
  import("../highlight")
    .then(({ highlightCode }) => highlightCode(prose))
    .catch((err: unknown) => console.warn("blocklite: code highlighting is unavailable", err));
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class Markdown extends Component {
  private readonly prose = document.createElement("div");
  private rendered: string | null = null;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.prose.className = "blocklite-prose";
    this.el.append(this.prose);
    this.render();
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === true ? ["blocklite-container"] : []);
    const source = typeof p.value === "string" ? p.value : p.value === null || p.value === undefined ? "" : String(p.value);
    if (source !== this.rendered) {
      this.prose.innerHTML = renderMarkdown(source);
      this.rendered = source;
      highlightLater(this.prose);
    }
    this.prose.dir = p.rtl === true ? "rtl" : "auto";
    const minH = num(p.min_height);
    const maxH = num(p.max_height) ?? num(p.height);
    this.prose.style.minHeight = minH !== null ? `${minH}px` : "";
    this.prose.style.maxHeight = maxH !== null ? `${maxH}px` : "";
    this.prose.style.overflowY = maxH !== null ? "auto" : "";
  }
}
