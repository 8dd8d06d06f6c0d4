/**
 * Textbox: a `<textarea>` as in Gradio, or an `<input>` for passwords, emails and `max_lines=1`.
 *
 * Why it exists: the most common component; its events follow Gradio: `input` and `change` on every
 * user edit (`change` also when an output sets a new value, fired by the event runner), `submit` on
 * Enter when `lines` is 1 (Shift+Enter when it is more), `focus`/`blur`, and `select` when the user
 * selects text (only if a `.select` listener exists), with Gradio's SelectData payload
 * `{index: [start, end], value: <selected text>, selected: true}`.
 */

import { directionFor } from "../lib/direction";
import { copyText } from "../lib/clipboard";
import { type Dict, asText, num } from "../lib/guards";
import { Component, type ComponentContext, FieldHeader } from "./base";
import { componentSpec } from "./spec";

type Control = HTMLInputElement | HTMLTextAreaElement;

export class Textbox extends Component {
  private readonly header: FieldHeader;
  private control: Control | null = null;
  /** The selection last reported to `select` listeners ("start:end"), so one gesture fires once. */
  private lastSelection = "";

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.header = new FieldHeader(this.controlId());
    this.el.append(this.header.label, this.header.info);
    this.render();
    if (props.autofocus === true) {
      // After the renderer has put the app in the page (it does so in the same task).
      queueMicrotask(() => {
        if (this.el.isConnected && this.interactive) this.control?.focus({ preventScroll: true });
      });
    }
  }

  protected normalize(value: unknown): string {
    return asText(value);
  }

  getValue(): string {
    return asText(this.props.value);
  }

  private copyButton: HTMLButtonElement | null = null;

  /** `show_copy_button`: a small button that copies the value to the clipboard. */
  private renderCopyButton(show: boolean): void {
    if (!show) {
      this.copyButton?.remove();
      this.copyButton = null;
      return;
    }
    if (this.copyButton) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "blocklite-copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy the text");
    button.addEventListener("click", () => {
      const text = this.getValue();
      const done = (): void => {
        button.textContent = "Copied";
        setTimeout(() => (button.textContent = "Copy"), 1500);
      };
      copyText(text, done);
      this.ctx.trigger(this.id, "copy");
    });
    this.copyButton = button;
    this.header.label.after(button);
  }

  private actionButtons: Record<"submit" | "stop", HTMLButtonElement | null> = { submit: null, stop: null };

  /** `submit_btn` / `stop_btn`: a button beside the text that fires `submit` / `stop`. */
  private renderActionButton(kind: "submit" | "stop", setting: unknown): void {
    const wanted = setting === true || (typeof setting === "string" && setting !== "");
    const current = this.actionButtons[kind];
    if (!wanted) {
      current?.remove();
      this.actionButtons[kind] = null;
      return;
    }
    const label = typeof setting === "string" ? setting : kind === "submit" ? "Submit" : "Stop";
    const button = current ?? document.createElement("button");
    if (!current) {
      button.type = "button";
      button.className = `blocklite-textbox-action blocklite-textbox-${kind}`;
      button.addEventListener("click", () => {
        // Stop stays usable while the box is locked (ChatInterface locks it during a reply).
        if (this.interactive || kind === "stop") this.ctx.trigger(this.id, kind);
      });
      this.el.append(button);
      this.actionButtons[kind] = button;
    }
    button.textContent = label;
    button.disabled = kind === "submit" && !this.interactive;
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    this.renderCopyButton(p.show_copy_button === true);
    this.header.update(p, "Textbox");
    const lines = Math.max(1, num(p.lines) ?? 1);
    const t = p.type;
    const multiline = !(t === "password" || t === "email" || (lines === 1 && num(p.max_lines) === 1));
    let control = this.control;
    if (!control || (control instanceof HTMLTextAreaElement) !== multiline) {
      control = this.createControl(multiline);
    }
    // Runs on every output: write only what changed (a same-value write of `dir`, `rows` or a
    // style still invalidates the box's style and layout, ~0.4 ms per click).
    if (control instanceof HTMLTextAreaElement) {
      if (control.rows !== lines) control.rows = lines;
      const maxLines = num(p.max_lines);
      const maxHeight = maxLines && maxLines >= lines ? `calc(${maxLines}lh + 1.2em)` : "";
      if (control.style.maxHeight !== maxHeight) control.style.maxHeight = maxHeight;
    } else {
      const type = t === "password" || t === "email" ? t : "text";
      if (control.type !== type) control.type = type;
    }
    const value = this.getValue();
    // The direction first: setting a long value under dir="auto" is quadratic (lib/direction.ts).
    const dir = p.rtl === true ? "rtl" : directionFor(value);
    if (control.dir !== dir) control.dir = dir;
    if (control.value !== value) control.value = value;
    const placeholder = typeof p.placeholder === "string" ? p.placeholder : "";
    if (control.placeholder !== placeholder) control.placeholder = placeholder;
    const maxLength = num(p.max_length);
    if (maxLength !== null && maxLength >= 0) {
      if (control.maxLength !== maxLength) control.maxLength = maxLength;
    } else if (control.hasAttribute("maxlength")) control.removeAttribute("maxlength");
    this.keepFocus(control);
    if (control.readOnly !== !this.interactive) control.readOnly = !this.interactive;
    if (control.disabled !== !this.interactive) control.disabled = !this.interactive;
    const align = p.text_align === "right" || p.text_align === "left" ? p.text_align : "";
    if (control.style.textAlign !== align) control.style.textAlign = align;
    this.header.describe(control);
    // After the text in the page, so Tab reaches the text first, then its buttons.
    this.renderActionButton("submit", p.submit_btn);
    this.renderActionButton("stop", p.stop_btn);
  }

  /** Set while the box, focused when it was locked, waits to be editable again. */
  private refocus = false;

  /**
   * Locking a focused box (interactive=False while a handler runs) drops its focus; give it back
   * when the box is editable again, unless the user has moved on meanwhile. Keyboard users keep
   * typing message after message (ChatInterface).
   */
  private keepFocus(control: Control): void {
    if (!this.interactive) {
      if (!control.disabled && document.activeElement === control) this.refocus = true;
      return;
    }
    if (!this.refocus || !control.disabled) return;
    this.refocus = false;
    const active = document.activeElement;
    if (active === null || active === document.body || this.el.contains(active)) {
      control.disabled = false; // focus() needs an enabled control
      control.focus({ preventScroll: true });
    }
  }

  private createControl(multiline: boolean): Control {
    const old = this.control;
    const hadFocus = old !== null && document.activeElement === old;
    const control = multiline ? document.createElement("textarea") : document.createElement("input");
    control.id = this.controlId();
    control.className = "blocklite-input";
    control.spellcheck = true;
    if (old) {
      control.value = old.value;
      old.replaceWith(control);
    } else {
      this.el.append(control);
    }
    this.control = control;
    control.addEventListener("input", () => {
      this.props.value = control.value;
      this.ctx.trigger(this.id, "input");
      this.ctx.trigger(this.id, "change");
    });
    control.addEventListener("keydown", (ev: Event) => {
      if (!(ev instanceof KeyboardEvent) || ev.key !== "Enter" || ev.isComposing || !this.interactive) return;
      const submit = Math.max(1, num(this.props.lines) ?? 1) > 1 ? ev.shiftKey : !ev.shiftKey;
      if (submit) {
        ev.preventDefault();
        this.ctx.trigger(this.id, "submit");
      }
    });
    const onSelect = (): void => this.reportSelection(control);
    for (const name of ["select", "mouseup", "keyup"]) control.addEventListener(name, onSelect);
    const forget = (): void => {
      this.lastSelection = "";
    };
    control.addEventListener("mousedown", forget);
    control.addEventListener("focus", () => this.ctx.trigger(this.id, "focus"));
    control.addEventListener("blur", () => {
      forget();
      this.ctx.trigger(this.id, "blur");
    });
    if (hadFocus) {
      control.focus();
      const end = control.value.length;
      control.setSelectionRange(end, end);
    }
    return control;
  }

  /** Fire `select` with SelectData when the selection is new and not empty (browsers send several events per gesture). */
  private reportSelection(control: Control): void {
    const start = control.selectionStart;
    const end = control.selectionEnd;
    if (start === null || end === null || start === end) {
      this.lastSelection = "";
      return;
    }
    const value = control.value.substring(start, end);
    const key = `${start}:${end}:${value}`;
    if (key === this.lastSelection || !this.ctx.hasListener(this.id, "select")) return;
    this.lastSelection = key;
    this.ctx.trigger(this.id, "select", { index: [start, end], value, selected: true });
  }
}

export const textboxSpec = componentSpec(Textbox, { textValue: true, inMessage: true });
