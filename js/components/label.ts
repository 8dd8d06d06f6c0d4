/**
 * Label: a classification result: the top class in large type, then one bar per confidence.
 *
 * Why it exists: gr.Label's value is `{label, confidences: [{label, confidence}]}` (or null). The
 * bars are native `<meter>`s labelled by their class name, so the percentages are readable without
 * sight; `num_top_classes` limits how many show, `show_heading=False` hides the big label, `color`
 * tints the bars. When a `.select` listener exists a click (or Enter) on a row fires `select` with
 * `{index, value: <class label>}`.
 */

import { type Dict, isNumber, isRecord } from "../lib/guards";
import { labelText } from "./choice-values";
import { Component, type ComponentContext, applyLabel } from "./base";
import { componentSpec } from "./spec";

export class Label extends Component {
  private readonly title = document.createElement("div");
  private readonly heading = document.createElement("div");
  private readonly list = document.createElement("div");
  private renderedKey = "";

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.title.className = "blocklite-label";
    this.title.id = this.controlId("label");
    this.el.setAttribute("role", "group");
    this.el.setAttribute("aria-labelledby", this.title.id);
    this.heading.className = "blocklite-label-heading";
    this.heading.setAttribute("aria-live", "polite");
    this.list.className = "blocklite-confidences";
    this.el.append(this.title, this.heading, this.list);
    this.render();
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "Label");
    const { label, confidences } = parseLabel(p.value);
    const top = isNumber(p.num_top_classes) ? confidences.slice(0, Math.max(0, p.num_top_classes)) : confidences;
    this.heading.textContent = label ?? "";
    this.heading.hidden = label === null || p.show_heading === false;
    const selectable = this.ctx.hasListener(this.id, "select");
    const key = JSON.stringify([top, selectable, p.color ?? null, label]);
    if (key === this.renderedKey) return;
    this.renderedKey = key;
    this.list.hidden = top.length === 0;
    this.list.replaceChildren(
      ...top.map((c, i) => {
        const row = document.createElement("div");
        row.className = "blocklite-confidence";
        row.classList.toggle("blocklite-selected", c.label === label);
        const name = document.createElement("span");
        name.className = "blocklite-confidence-label";
        name.id = this.controlId(`conf-${i}`);
        name.textContent = c.label;
        const pct = document.createElement("span");
        pct.className = "blocklite-confidence-value";
        pct.textContent = `${Math.round(c.confidence * 100)}%`;
        const meter = document.createElement("meter");
        meter.min = 0;
        meter.max = 1;
        meter.value = Math.min(1, Math.max(0, c.confidence));
        meter.setAttribute("aria-labelledby", name.id);
        if (typeof p.color === "string" && p.color) row.style.setProperty("--blocklite-bar", p.color);
        const text = document.createElement("div");
        text.className = "blocklite-confidence-text";
        text.append(name, pct);
        row.append(text, meter);
        if (selectable) {
          row.tabIndex = 0;
          row.setAttribute("role", "button");
          const fire = (): void => this.ctx.trigger(this.id, "select", { index: i, value: c.label, selected: true });
          row.addEventListener("click", fire);
          row.addEventListener("keydown", (ev: Event) => {
            if (ev instanceof KeyboardEvent && (ev.key === "Enter" || ev.key === " ")) {
              ev.preventDefault();
              fire();
            }
          });
        }
        return row;
      }),
    );
  }
}

export const labelSpec = componentSpec(Label, { inMessage: true });

/** Label value → `{label, confidences}` (a bare string or number is a label without confidences). */
export function parseLabel(x: unknown): { label: string | null; confidences: { label: string; confidence: number }[] } {
  if (typeof x === "string" || isNumber(x)) return { label: String(x), confidences: [] };
  if (!isRecord(x)) return { label: null, confidences: [] };
  const confidences: { label: string; confidence: number }[] = [];
  if (Array.isArray(x.confidences)) {
    for (const c of x.confidences) {
      if (isRecord(c) && isNumber(c.confidence)) confidences.push({ label: labelText(c.label), confidence: c.confidence });
    }
  }
  const label = x.label === null || x.label === undefined ? null : labelText(x.label);
  return { label, confidences };
}
