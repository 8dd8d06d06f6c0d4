/**
 * Code: source text in a monospace box: a `<textarea>` when interactive, `<pre><code>` when static
 * (with line numbers and a copy button). The static view is highlighted by `language` once the
 * highlighting chunk (js/highlight.ts, shared with Markdown) has loaded; until then, and for unknown
 * languages, it shows plain lines. The editable textarea stays plain text. A long value's lines go in
 * a piece per task (js/lib/in-pieces.ts) and values over HIGHLIGHT_MAX characters stay plain (the
 * highlighter works in one go), so a multi-megabyte value never freezes the page.
 *
 * Why it exists: gr.Code shows or edits code. `lines` sets the visible height, `max_lines` caps it,
 * `wrap_lines` wraps long lines. Events as in Gradio: `input` and `change` on each edit, `focus`,
 * `blur`; the textarea's Tab key is left to focus navigation (keyboard users must be able to leave).
 */

import { copyText } from "../lib/clipboard";
import { type Dict, asText, num } from "../lib/guards";
import { Pieces } from "../lib/in-pieces";
import { Component, type ComponentContext, applyLabel } from "./base";
import { componentSpec } from "./spec";

/** Longer values (characters) are shown without highlighting. */
const HIGHLIGHT_MAX = 200_000;

export class Code extends Component {
  private readonly label = document.createElement("label");
  private readonly copy = document.createElement("button");
  private readonly area = document.createElement("textarea");
  private readonly pre = document.createElement("pre");
  private readonly code = document.createElement("code");
  private readonly lines = new Pieces(this.code);
  /** What the static view shows: language and value (either changing redraws it). */
  private shownStatic: string | null = null;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    const { label, copy, area, pre, code } = this;
    label.className = "blocklite-label";
    label.id = this.controlId("label");
    label.htmlFor = this.controlId();
    area.id = this.controlId();
    area.className = "blocklite-input blocklite-code-input";
    area.spellcheck = false;
    area.autocapitalize = "off";
    area.setAttribute("autocorrect", "off");
    pre.className = "blocklite-code-static";
    pre.tabIndex = 0; // scrollable: keyboard users must be able to scroll it
    pre.setAttribute("role", "group"); // a role that may carry the label as its name
    pre.append(code);
    copy.type = "button";
    copy.className = "blocklite-icon-button blocklite-copy";
    copy.textContent = "Copy";
    copy.setAttribute("aria-describedby", label.id); // which text it copies
    copy.addEventListener("click", () => {
      const done = (): void => {
        copy.textContent = "Copied";
        setTimeout(() => (copy.textContent = "Copy"), 1500);
      };
      copyText(this.getValue(), done);
    });
    area.addEventListener("input", () => {
      this.props.value = area.value;
      this.ctx.trigger(this.id, "input");
      this.ctx.trigger(this.id, "change");
    });
    area.addEventListener("focus", () => this.ctx.trigger(this.id, "focus"));
    area.addEventListener("blur", () => this.ctx.trigger(this.id, "blur"));
    const head = document.createElement("div");
    head.className = "blocklite-block-head";
    head.append(label, copy);
    this.el.append(head, area, pre);
    this.render();
  }

  protected normalize(value: unknown): string {
    return asText(value);
  }

  getValue(): string {
    return this.normalize(this.props.value);
  }

  render(): void {
    const p = this.props;
    const { area, pre, code, label } = this;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(label, p, "Code");
    const language = typeof p.language === "string" ? p.language.replace(/[^\w+#-]/g, "") : "";
    const value = this.getValue();
    const lines = Math.max(1, num(p.lines) ?? 5);
    const maxLines = num(p.max_lines);
    const wrap = p.wrap_lines === true;
    this.el.dataset.language = language;
    area.hidden = !this.interactive;
    pre.hidden = this.interactive;
    this.copy.hidden = this.interactive || value === "";
    label.htmlFor = this.interactive ? area.id : "";
    if (this.interactive) pre.removeAttribute("aria-labelledby");
    else pre.setAttribute("aria-labelledby", label.id);
    if (this.interactive) {
      if (area.value !== value) area.value = value;
      area.rows = lines;
      area.wrap = wrap ? "soft" : "off";
      area.style.maxHeight = maxLines !== null && maxLines >= lines ? `calc(${maxLines}lh + 1.2em)` : "";
      return;
    }
    code.className = language ? `language-${language}` : "";
    pre.classList.toggle("blocklite-code-wrap", wrap);
    pre.classList.toggle("blocklite-code-numbered", p.show_line_numbers !== false);
    pre.style.minHeight = `calc(${lines}lh + 1.2em)`;
    pre.style.maxHeight = maxLines !== null ? `calc(${maxLines}lh + 1.2em)` : "";
    const shown = `${language}\0${value}`;
    if (this.shownStatic === shown) return;
    this.shownStatic = shown;
    const rows = value === "" ? [] : value.split("\n");
    if (rows.length > 1 && rows[rows.length - 1] === "") rows.pop();
    this.lines.fill(
      rows,
      (row) => {
        const line = document.createElement("span");
        line.className = "blocklite-code-line";
        line.textContent = row;
        return line;
      },
      codePiece,
    );
    if (language && value !== "" && value.length <= HIGHLIGHT_MAX) this.highlightLater(shown, value, language);
  }

  destroy(): void {
    this.lines.cancel();
  }

  /** Swap the plain lines for highlighted ones, unless the value changed while the chunk loaded. */
  private highlightLater(shown: string, value: string, language: string): void {
    import("../lib/highlight")
      .then(({ highlightLines }) => {
        if (this.shownStatic !== shown || this.interactive) return;
        const lines = highlightLines(value, language);
        if (!lines) return;
        this.lines.cancel();
        this.code.replaceChildren(...lines);
        this.code.classList.add("hljs");
      })
      .catch((err: unknown) => console.warn("blocklite: code highlighting is unavailable", err));
  }
}

/** The holder of one piece of a long value's lines: laid out only near the viewport
 * (display.css), numbered on from the lines before it. */
function codePiece(first: number, count: number): HTMLElement {
  const holder = document.createElement("span");
  holder.className = "blocklite-code-piece";
  holder.style.counterReset = `blocklite-line ${first}`;
  holder.style.containIntrinsicBlockSize = `auto ${count * 1.5}em`;
  return holder;
}

export const codeSpec = componentSpec(Code, { inMessage: true });
