/**
 * ColorPicker: a native `<input type="color">` swatch beside a hex text box; the value is "#rrggbb".
 *
 * Why it exists: the swatch opens the browser's picker, the box lets people type or paste a hex
 * code. Events as in Gradio: `input` and `change` when the user picks or types a valid color,
 * `submit` on Enter (and when the native picker commits), `focus`/`blur` once for the pair of
 * controls (moving between them is not a blur). A null value shows black but sends null.
 */

import { type Dict } from "../lib/guards";
import { Component, type ComponentContext, FieldHeader } from "./base";
import { componentSpec } from "./spec";

export class ColorPicker extends Component {
  private readonly header: FieldHeader;
  private readonly swatch = document.createElement("input");
  private readonly hex = document.createElement("input");
  private readonly row = document.createElement("div");

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.header = new FieldHeader(this.controlId());
    const { swatch, hex, row } = this;
    swatch.type = "color";
    swatch.id = this.controlId();
    swatch.className = "blocklite-color-swatch";
    hex.type = "text";
    hex.id = this.controlId("hex");
    hex.className = "blocklite-input blocklite-color-hex";
    hex.maxLength = 7;
    hex.spellcheck = false;
    hex.autocomplete = "off";
    row.className = "blocklite-color-row";
    row.append(swatch, hex);

    swatch.addEventListener("input", () => this.userSet(swatch.value));
    swatch.addEventListener("change", () => this.ctx.trigger(this.id, "submit"));
    hex.addEventListener("input", () => {
      const v = toHexColor(hex.value);
      hex.setAttribute("aria-invalid", String(v === null && hex.value.trim() !== ""));
      if (v !== null) this.userSet(v, false);
    });
    hex.addEventListener("blur", () => this.render());
    for (const c of [swatch, hex]) {
      c.addEventListener("keydown", (ev: Event) => {
        if (ev instanceof KeyboardEvent && ev.key === "Enter" && !ev.isComposing && this.interactive) {
          ev.preventDefault();
          this.ctx.trigger(this.id, "submit");
        }
      });
    }
    row.addEventListener("focusin", (ev: Event) => {
      if (!(ev instanceof FocusEvent) || !(ev.relatedTarget instanceof Node) || !row.contains(ev.relatedTarget)) {
        this.ctx.trigger(this.id, "focus");
      }
    });
    row.addEventListener("focusout", (ev: Event) => {
      if (!(ev instanceof FocusEvent) || !(ev.relatedTarget instanceof Node) || !row.contains(ev.relatedTarget)) {
        this.ctx.trigger(this.id, "blur");
      }
    });
    this.el.append(this.header.label, this.header.info, row);
    this.render();
  }

  private userSet(color: string, repaintHex = true): void {
    if (!this.interactive || color === this.props.value) return;
    this.props.value = color;
    if (repaintHex) this.render();
    else this.swatch.value = color;
    this.ctx.trigger(this.id, "input");
    this.ctx.trigger(this.id, "change");
  }

  protected normalize(value: unknown): string | null {
    return typeof value === "string" ? value : null;
  }

  getValue(): string | null {
    return typeof this.props.value === "string" ? this.props.value : null;
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    this.header.update(p, "Color Picker");
    const value = this.getValue();
    const hex = toHexColor(value);
    this.swatch.value = hex ?? "#000000";
    if (document.activeElement !== this.hex || toHexColor(this.hex.value) !== hex) {
      this.hex.value = value ?? "";
      this.hex.removeAttribute("aria-invalid");
    }
    this.hex.setAttribute("aria-label", `${this.header.label.textContent ?? ""} (hex code)`);
    this.hex.placeholder = "#000000";
    for (const c of [this.swatch, this.hex]) c.disabled = !this.interactive;
    this.header.describe(this.swatch);
    this.header.describe(this.hex);
  }
}

export const colorPickerSpec = componentSpec(ColorPicker, { inMessage: true });

/** "#rgb" or "#rrggbb" → "#rrggbb" (lowercase) for `<input type="color">`; null if not a hex color. */
export function toHexColor(x: unknown): string | null {
  if (typeof x !== "string") return null;
  const s = x.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  if (/^#[0-9a-f]{3}$/.test(s)) return `#${s[1]}${s[1]}${s[2]}${s[2]}${s[3]}${s[3]}`;
  return null;
}
