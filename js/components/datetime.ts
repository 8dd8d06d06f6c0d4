/**
 * DateTime: a text box holding "YYYY-MM-DD HH:MM:SS" (or "YYYY-MM-DD" when `include_time` is false)
 * plus a calendar button that opens the browser's native date(-time) picker.
 *
 * Why it exists: as in Gradio, typing does not change the value until it is committed: Enter commits
 * and fires `submit`, leaving the box commits; a commit fires `change` when the value changed. Text
 * that is not a date is marked invalid (`aria-invalid`) and never sent. A date picked in the native
 * picker is written into the box in the same format and committed at once.
 */

import { type Dict } from "../lib/guards";
import { Component, type ComponentContext, FieldHeader } from "./base";
import { componentSpec } from "./spec";

export class DateTime extends Component {
  private readonly header: FieldHeader;
  private readonly text = document.createElement("input");
  private readonly picker = document.createElement("input");
  private readonly button = document.createElement("button");

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.header = new FieldHeader(this.controlId());
    const { text, picker, button } = this;
    text.type = "text";
    text.id = this.controlId();
    text.className = "blocklite-input blocklite-datetime-text";
    text.autocomplete = "off";
    text.spellcheck = false;
    picker.className = "blocklite-datetime-picker";
    picker.tabIndex = -1;
    picker.setAttribute("aria-hidden", "true");
    button.type = "button";
    button.className = "blocklite-icon-button blocklite-datetime-button";
    button.append(calendarIcon());
    button.setAttribute("aria-label", "Pick a date");
    button.setAttribute("aria-describedby", this.header.label.id); // for which field
    const row = document.createElement("div");
    row.className = "blocklite-datetime-row";
    const pick = document.createElement("span");
    pick.className = "blocklite-datetime-pick";
    pick.append(picker, button);
    row.append(text, pick);

    text.addEventListener("input", () => text.setAttribute("aria-invalid", String(!isValidDateText(text.value))));
    text.addEventListener("keydown", (ev: Event) => {
      if (!(ev instanceof KeyboardEvent) || ev.key !== "Enter" || ev.isComposing || !this.interactive) return;
      ev.preventDefault();
      if (this.commit(text.value)) this.ctx.trigger(this.id, "submit");
    });
    text.addEventListener("blur", () => {
      if (this.interactive) this.commit(text.value);
    });
    button.addEventListener("click", () => {
      picker.value = dateTextToPicker(text.value, this.includeTime);
      try {
        picker.showPicker();
      } catch {
        picker.focus(); // showPicker is refused without a user gesture or on old browsers
      }
    });
    const fromPicker = (): void => {
      const value = pickerToDateText(picker.value, this.includeTime);
      if (value) {
        text.value = value;
        this.commit(value);
      }
    };
    picker.addEventListener("change", fromPicker);
    this.el.append(this.header.label, this.header.info, row);
    this.render();
  }

  private get includeTime(): boolean {
    return this.props.include_time !== false;
  }

  /** Commit typed or picked text; false (and marked invalid) when it is not a date. */
  private commit(raw: string): boolean {
    const value = raw.trim();
    const valid = isValidDateText(value);
    this.text.setAttribute("aria-invalid", String(!valid));
    if (!valid) return false;
    if (value !== this.getValue()) {
      this.props.value = value;
      this.render();
      this.ctx.trigger(this.id, "change");
    }
    return true;
  }

  protected normalize(value: unknown): string {
    return typeof value === "string" ? value : "";
  }

  getValue(): string {
    return typeof this.props.value === "string" ? this.props.value : "";
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    this.header.update(p, "Date and Time");
    const { text, picker, button } = this;
    picker.type = this.includeTime ? "datetime-local" : "date";
    picker.step = "1";
    const value = this.getValue();
    if (document.activeElement !== text && text.value !== value) {
      text.value = value;
      text.removeAttribute("aria-invalid");
    }
    text.placeholder = this.includeTime ? "YYYY-MM-DD HH:MM:SS" : "YYYY-MM-DD";
    text.disabled = !this.interactive;
    text.readOnly = !this.interactive;
    button.disabled = !this.interactive;
    button.hidden = !this.interactive;
    this.header.describe(text);
  }
}

/** A small calendar icon (SVG, so it does not depend on an emoji font). */
function calendarIcon(): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "18");
  svg.setAttribute("height", "18");
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(ns, "path");
  path.setAttribute("d", "M7 3v3M17 3v3M4 9h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1z");
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "2");
  path.setAttribute("stroke-linecap", "round");
  svg.append(path);
  return svg;
}

export const dateTimeSpec = componentSpec(DateTime, { inMessage: true });

// Pure value rules (unit-tested under Node, no DOM).

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * Whether `text` is a date (and time) the server accepts: "YYYY-MM-DD", optionally followed by
 * " HH:MM[:SS]" (or "T" as separator), with a real calendar day; "" (no value) also counts.
 */
export function isValidDateText(text: string): boolean {
  const t = text.trim();
  if (t === "") return true;
  const m = DATE_RE.exec(t);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return true;
}

/** Text value → the native picker's value (`YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DD`), "" if not a date. */
export function dateTextToPicker(text: string, includeTime: boolean): string {
  const m = DATE_RE.exec(text.trim());
  if (!m || !isValidDateText(text)) return "";
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (!includeTime) return day;
  return `${day}T${m[4] ?? "00"}:${m[5] ?? "00"}:${m[6] ?? "00"}`;
}

/** The native picker's value → the text value Gradio uses ("YYYY-MM-DD HH:MM:SS" or "YYYY-MM-DD"). */
export function pickerToDateText(picker: string, includeTime: boolean): string {
  const m = DATE_RE.exec(picker.trim());
  if (!m) return "";
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  if (!includeTime) return day;
  return `${day} ${m[4] ?? "00"}:${m[5] ?? "00"}:${m[6] ?? "00"}`;
}
