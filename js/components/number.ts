/**
 * Number: `<input type="number">` with `minimum`/`maximum`/`step`; its value is a JS number or null.
 *
 * Why it exists: numbers travel as JSON numbers (null when the box is empty or not yet a valid number),
 * and the same Gradio events as Textbox apply (`input`, `change`, `submit` on Enter, `focus`, `blur`).
 */

import { type Dict, isNumber, num } from "../lib/guards";
import { Component, type ComponentContext, FieldHeader } from "./base";
import { componentSpec } from "./spec";

export class NumberBox extends Component {
  private readonly header: FieldHeader;
  private readonly control = document.createElement("input");

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.header = new FieldHeader(this.controlId());
    const c = this.control;
    c.type = "number";
    c.id = this.controlId();
    c.className = "blocklite-input";
    c.addEventListener("input", () => {
      const raw = c.value.trim();
      const n = raw === "" ? NaN : Number(raw);
      this.props.value = Number.isFinite(n) ? n : null;
      this.ctx.trigger(this.id, "input");
      this.ctx.trigger(this.id, "change");
    });
    c.addEventListener("keydown", (ev: Event) => {
      if (ev instanceof KeyboardEvent && ev.key === "Enter" && !ev.isComposing && this.interactive) {
        ev.preventDefault();
        this.ctx.trigger(this.id, "submit");
      }
    });
    c.addEventListener("focus", () => this.ctx.trigger(this.id, "focus"));
    c.addEventListener("blur", () => this.ctx.trigger(this.id, "blur"));
    this.el.append(this.header.label, this.header.info, c);
    this.render();
  }

  getValue(): number | null {
    const v = this.props.value;
    if (isNumber(v)) return v;
    if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
    return null;
  }

  render(): void {
    const p = this.props;
    const c = this.control;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    this.header.update(p, "Number");
    setNumberAttr(c, "min", p.minimum);
    setNumberAttr(c, "max", p.maximum);
    const step = num(p.step);
    c.step = step !== null && step > 0 ? String(step) : "any";
    const value = this.getValue();
    const current = c.value.trim() === "" ? null : Number(c.value);
    // Do not rewrite the box while the user's text already means this value (keeps "1." or "1e").
    if (current !== value) c.value = value === null ? "" : String(value);
    c.placeholder = typeof p.placeholder === "string" ? p.placeholder : "";
    c.readOnly = !this.interactive;
    c.disabled = !this.interactive;
    this.header.describe(c);
  }
}

function setNumberAttr(el: HTMLInputElement, name: string, value: unknown): void {
  if (isNumber(value)) el.setAttribute(name, String(value));
  else el.removeAttribute(name);
}

export const numberSpec = componentSpec(NumberBox, { inMessage: true });
