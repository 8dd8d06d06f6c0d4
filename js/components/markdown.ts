/**
 * Markdown: renders `props.value` (raw Markdown on the wire) with marked, sanitized by DOMPurify.
 *
 * Why it exists: Markdown comes from Python and may carry arbitrary HTML, so everything is sanitized
 * before insertion (sanitize.ts, the same policy as gr.HTML); links open in a new tab with
 * `rel="noopener noreferrer"`. A private `Marked` instance keeps our settings from the host page's copy. Fenced code with a
 * language is highlighted by a lazily loaded chunk (js/highlight.ts).
 */

import { Marked } from "marked";
import { type Dict, num } from "../lib/guards";
import { Component, type ComponentContext } from "./base";
import { type Trust, escapeHtml, markTrust, sanitizeHtml, sanitizeToFragment } from "./sanitize";
import { componentSpec } from "./spec";
import { CHUNK_AT, splitMarkdown } from "../lib/md-chunks";

const marked = new Marked({ gfm: true, breaks: false });
/** Markdown source → unsanitized HTML (never leaves this module unsanitized). */
function markdownHtml(source: string, breaks: boolean): string {
  try {
    return marked.parse(source, { async: false, breaks });
  } catch {
    return `<pre>${escapeHtml(source)}</pre>`;
  }
}

export interface RenderOptions {
  /** Single newlines become `<br>`. */
  breaks?: boolean;
  /** Whose text this is (sanitize.ts): contained unless said otherwise. */
  trust?: Trust;
}

/** Markdown source → sanitized HTML string. Never throws. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  return sanitizeHtml(markdownHtml(source, options.breaks === true), options.trust ?? "contained");
}

/** The same as sanitized nodes (cheaper than a string for many small pieces, e.g. chat messages). */
export function renderMarkdownFragment(source: string, options: RenderOptions = {}): DocumentFragment {
  return sanitizeToFragment(markdownHtml(source, options.breaks === true), options.trust ?? "contained");
}

export interface Delimiter {
  left: string;
  right: string;
  display: boolean;
}
interface Math {
  tex: string;
  display: boolean;
}

const DEFAULT_DELIMITERS: Delimiter[] = [{ left: "$$", right: "$$", display: true }];
const MATH_TOKEN = /BLMATH(\d+)X/g;
const HAS_MATH = /BLMATH\d+X/;

/** `latex_delimiters` from the config, or Gradio's default (`$$ … $$`, display). */
export function delimitersOf(value: unknown): Delimiter[] {
  if (!Array.isArray(value)) return DEFAULT_DELIMITERS;
  const out: Delimiter[] = [];
  for (const d of value) {
    if (d && typeof d === "object" && "left" in d && "right" in d) {
      const { left, right } = d;
      const display = "display" in d && d.display === true;
      if (typeof left === "string" && typeof right === "string" && left && right) out.push({ left, right, display });
    }
  }
  return out.sort((a, b) => b.left.length - a.left.length);
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Take math out of the Markdown (outside code fences) before marked can mangle it. */
export function protectMath(source: string, delimiters: Delimiter[]): { text: string; maths: Math[] } {
  const maths: Math[] = [];
  if (delimiters.length === 0) return { text: source, maths };
  const parts = source.split(/(```[\s\S]*?```)/);
  const text = parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a fenced code block stays as written
      let out = part;
      for (const d of delimiters) {
        const re = new RegExp(`${escapeRe(d.left)}([\\s\\S]+?)${escapeRe(d.right)}`, "g");
        out = out.replace(re, (_whole: string, tex: string) => {
          maths.push({ tex, display: d.display });
          return `BLMATH${maths.length - 1}X`;
        });
      }
      return out;
    })
    .join("");
  return { text, maths };
}

/** Put each formula back as a `.blocklite-math` element (raw TeX as text), then typeset lazily. */
export function placeMath(prose: HTMLElement, maths: Math[]): void {
  const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n instanceof Text && HAS_MATH.test(n.data)) nodes.push(n);
  for (const node of nodes) {
    const parts = node.data.split(MATH_TOKEN);
    const frag = document.createDocumentFragment();
    parts.forEach((part, i) => {
      if (i % 2 === 0) {
        if (part) frag.append(part);
        return;
      }
      const math = maths[Number(part)];
      const el = document.createElement(math?.display ? "div" : "span");
      el.className = "blocklite-math";
      el.dataset.display = String(math?.display === true);
      el.textContent = math?.tex ?? "";
      frag.append(el);
    });
    node.replaceWith(frag);
  }
  import("../lib/latex")
    .then(({ typesetMath }) => typesetMath(prose, (html) => sanitizeHtml(html, "trusted"))) // KaTeX's own output
    .catch((err: unknown) => console.warn("blocklite: LaTeX is unavailable", err));
}

/** Code blocks get highlighted once the highlighting chunk has loaded (only if there are any). */
export function highlightLater(prose: HTMLElement): void {
  if (!prose.querySelector("pre code[class*='language-']")) return;
  import("../lib/highlight")
    .then(({ highlightCode }) => highlightCode(prose))
    .catch((err: unknown) => console.warn("blocklite: code highlighting is unavailable", err));
}

function sourceOf(value: unknown): string {
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
}

export class Markdown extends Component {
  private readonly prose = document.createElement("div");
  private rendered: string | null = null;
  private pieces: Pending | null = null;
  /** The value the app's own code gave (the initial config), the only trusted one. */
  private readonly authored: string | null;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.authored = ctx.trustsConfig === true ? sourceOf(props.value) : null;
    this.prose.className = "blocklite-prose";
    this.el.append(this.prose);
    this.render();
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === true ? ["blocklite-container"] : []);
    const source = sourceOf(p.value);
    if (source !== this.rendered) {
      const trust: Trust = source === this.authored ? "trusted" : "contained";
      const { text, maths } = protectMath(source, delimitersOf(p.latex_delimiters));
      markTrust(this.prose, trust);
      this.rendered = source;
      this.show(text.length > CHUNK_AT ? splitMarkdown(text) : [text], maths, trust);
    }
    this.prose.dir = p.rtl === true ? "rtl" : "auto";
    const minH = num(p.min_height);
    const maxH = num(p.max_height) ?? num(p.height);
    this.prose.style.minHeight = minH !== null ? `${minH}px` : "";
    this.prose.style.maxHeight = maxH !== null ? `${maxH}px` : "";
    this.prose.style.overflowY = maxH !== null ? "auto" : "";
  }

  /** Show `pieces` (one, or a long text cut by splitMarkdown): the first now, the others one per
   * task, so a long text never blocks the page; a newer value cancels what is left. */
  private show(pieces: string[], maths: Math[], trust: Trust): void {
    if (this.pieces?.timer) clearTimeout(this.pieces.timer);
    this.pieces = null;
    this.prose.replaceChildren();
    this.prose.removeAttribute("data-rendering");
    if (pieces.length === 1) {
      const fragment = renderMarkdownFragment(pieces[0], { trust });
      void this.ctx.files.adopt(fragment); // app files (file=...) load as blob: URLs
      this.prose.replaceChildren(fragment);
      if (maths.length > 0) placeMath(this.prose, maths);
      highlightLater(this.prose);
      return;
    }
    this.prose.setAttribute("data-rendering", "");
    const pending: Pending = { pieces: pieces.slice(), maths, trust, timer: null };
    this.pieces = pending;
    const step = (): void => {
      if (this.pieces !== pending) return;
      const piece = pending.pieces.shift();
      if (piece !== undefined) {
        const frag = renderMarkdownFragment(piece, { trust: pending.trust });
        void this.ctx.files.adopt(frag);
        const holder = document.createElement("div");
        holder.className = "blocklite-md-piece";
        holder.append(frag);
        this.prose.append(holder);
        if (pending.maths.length > 0) placeMath(holder, pending.maths);
        highlightLater(holder);
      }
      if (pending.pieces.length > 0) pending.timer = setTimeout(step, 0);
      else {
        this.pieces = null;
        this.prose.removeAttribute("data-rendering");
      }
    };
    step();
  }

  destroy(): void {
    if (this.pieces?.timer) clearTimeout(this.pieces.timer);
    this.pieces = null;
    super.destroy();
  }
}

/** Pieces of a long text not shown yet (`data-rendering` is set on the prose until they are). */
type Pending = { pieces: string[]; maths: Math[]; trust: Trust; timer: ReturnType<typeof setTimeout> | null };

export const markdownSpec = componentSpec(Markdown, { textValue: true, inMessage: true });
