/**
 * Slider: a range input plus a number box (and Gradio's reset button); the value is a JSON number.
 *
 * Why it exists: Gradio's Slider events are `input` and `change` on every move (from the range or
 * the box), and `release` when the pointer or a value key goes up (payload: the value). The box may
 * hold a half-typed number; it is clamped to [minimum, maximum] when it loses focus. `null` from an
 * output means the minimum, as in Gradio.
 */

import { type Dict, isNumber, num } from "../lib/guards";
import { Component, type ComponentContext, FieldHeader } from "./base";
import { componentSpec } from "./spec";

/** Keys that move a focused range input. */
const VALUE_KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End"]);

export class Slider extends Component {
  private readonly header: FieldHeader;
  private readonly range = document.createElement("input");
  private readonly box = document.createElement("input");
  private readonly reset = document.createElement("button");
  private readonly minText = document.createElement("span");
  private readonly maxText = document.createElement("span");
  private readonly initial: unknown;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.initial = this.props.value;
    this.header = new FieldHeader(this.controlId());
    const { range, box, reset } = this;
    range.type = "range";
    range.id = this.controlId();
    range.className = "blocklite-range";
    box.type = "number";
    box.id = this.controlId("number");
    box.className = "blocklite-input blocklite-slider-number";
    reset.type = "button";
    reset.className = "blocklite-icon-button blocklite-slider-reset";
    reset.textContent = "↺";
    reset.title = "Reset to default";

    range.addEventListener("input", () => this.userSet(Number(range.value)));
    box.addEventListener("input", () => {
      // Out-of-range text waits for blur, which clamps it (the server refuses such values).
      const n = toNumber(box.value);
      const { min, max } = this.bounds();
      if (n !== null && n >= min && n <= max) this.userSet(n, false);
    });
    box.addEventListener("blur", () => {
      const n = toNumber(box.value) ?? this.getValue();
      const { min, max } = this.bounds();
      const clamped = Math.min(Math.max(n, min), max);
      if (clamped !== this.props.value) this.userSet(clamped);
      else box.value = String(clamped);
    });
    const release = (): void => this.ctx.trigger(this.id, "release", this.getValue());
    range.addEventListener("pointerup", release);
    range.addEventListener("keyup", (ev: Event) => {
      if (ev instanceof KeyboardEvent && VALUE_KEYS.has(ev.key)) release();
    });
    box.addEventListener("keydown", (ev: Event) => {
      if (ev instanceof KeyboardEvent && ev.key === "Enter" && !ev.isComposing) release();
    });
    reset.addEventListener("click", () => {
      const v = toNumber(this.initial) ?? this.bounds().min;
      this.userSet(v);
      release();
    });

    const head = document.createElement("div");
    head.className = "blocklite-slider-head";
    const headText = document.createElement("div");
    headText.className = "blocklite-slider-title";
    headText.append(this.header.label, this.header.info);
    const tools = document.createElement("div");
    tools.className = "blocklite-slider-tools";
    tools.append(box, reset);
    head.append(headText, tools);
    const track = document.createElement("div");
    track.className = "blocklite-slider-track";
    this.minText.className = "blocklite-slider-bound";
    this.maxText.className = "blocklite-slider-bound";
    track.append(this.minText, range, this.maxText);
    this.el.append(head, track);
    this.render();
  }

  private bounds(): { min: number; max: number; step: number } {
    const min = num(this.props.minimum) ?? 0;
    const max = Math.max(min, num(this.props.maximum) ?? 100);
    const step = num(this.props.step) ?? 1;
    return { min, max, step: step > 0 ? step : 1 };
  }

  /** The user moved the slider or typed a number: store it, refresh, fire `input` and `change`. */
  private userSet(n: number, fromRange = true): void {
    const { min, max, step } = this.bounds();
    const value = fromRange ? snapToStep(n, min, max, step) : n;
    if (value === this.props.value) return;
    this.props.value = value;
    this.render();
    this.ctx.trigger(this.id, "input");
    this.ctx.trigger(this.id, "change");
  }

  protected normalize(value: unknown): number {
    return toNumber(value) ?? this.bounds().min;
  }

  getValue(): number {
    return toNumber(this.props.value) ?? this.bounds().min;
  }

  render(): void {
    const p = this.props;
    const { range, box } = this;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    this.header.update(p, "Slider");
    const { min, max, step } = this.bounds();
    for (const el of [range, box]) {
      el.min = String(min);
      el.max = String(max);
      el.step = String(step);
      el.disabled = !this.interactive;
    }
    const value = this.getValue();
    if (range.value !== String(value)) range.value = String(value);
    // Keep the box's text while the user types a number that already means this value.
    if (toNumber(box.value) !== value || document.activeElement !== box) {
      if (box.value !== String(value)) box.value = String(value);
    }
    range.style.setProperty("--blocklite-fill", `${fraction(value, min, max)}%`);
    this.minText.textContent = String(min);
    this.maxText.textContent = String(max);
    const label = this.header.label.textContent ?? "";
    box.setAttribute("aria-label", `${label} (number)`);
    this.reset.setAttribute("aria-label", `Reset ${label} to its default`);
    this.reset.hidden = p.show_reset_button === false || !this.interactive;
    this.reset.disabled = !this.interactive;
    this.header.describe(range);
  }
}

export const sliderSpec = componentSpec(Slider, { inMessage: true });

// Pure value rules (unit-tested under Node, no DOM).

/** Number of decimals in `n`'s shortest spelling (for rounding away float noise of step arithmetic). */
function decimals(n: number): number {
  const s = String(n);
  const e = s.match(/e-(\d+)$/);
  if (e) return Number(e[1]);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/**
 * `value` clamped to [min, max] and snapped to `min + k * step` (step ≤ 0: no snapping). As in a
 * range input, a max off the step grid is not reachable: the top is the last grid value below it.
 */
export function snapToStep(value: number, min: number, max: number, step: number): number {
  const v = Math.min(Math.max(value, min), max);
  if (!(step > 0)) return v;
  let k = Math.round((v - min) / step);
  const digits = Math.min(20, Math.max(decimals(step), decimals(min)));
  const at = (i: number): number => Number((min + i * step).toFixed(digits));
  while (k > 0 && at(k) > max) k -= 1;
  return at(k);
}

/** A JSON number from a number or numeric string; null otherwise. */
export function toNumber(x: unknown): number | null {
  if (isNumber(x)) return x;
  if (typeof x === "string" && x.trim() !== "" && Number.isFinite(Number(x))) return Number(x);
  return null;
}

/** Percentage (0–100) of `value` between `min` and `max`, for the slider's filled track. */
export function fraction(value: number, min: number, max: number): number {
  if (!(max > min)) return 0;
  return Math.min(100, Math.max(0, ((value - min) / (max - min)) * 100));
}
