/**
 * Pure value helpers of the components that offer choices (CheckboxGroup, Radio, Dropdown, Dataset).
 *
 * Why it exists: the rules that decide which JSON value a choice component sends (a dropdown's
 * custom text, a toggled checkbox group) must be exact and are easiest to trust when they are tested
 * alone under Node, without a DOM; three components share them. Nothing here touches `document`.
 * (Helpers of a single component live in its module: slider.ts, datetime.ts, colorpicker.ts,
 * highlightedtext.ts, label.ts.)
 */

import { isNumber, jsonEqual } from "../lib/guards";

/** One choice as Gradio's config sends it: a `[label, value]` pair. */
export interface Choice {
  label: string;
  value: unknown;
}

/** `choices` prop → choices: `[label, value]` pairs; a bare value is its own label. */
export function parseChoices(x: unknown): Choice[] {
  if (!Array.isArray(x)) return [];
  const out: Choice[] = [];
  for (const c of x) {
    if (Array.isArray(c) && c.length === 2) out.push({ label: labelText(c[0]), value: c[1] ?? null });
    else if (typeof c === "string" || isNumber(c) || typeof c === "boolean") out.push({ label: String(c), value: c });
  }
  return out;
}

/** Text to show for a label or value that may be anything. */
export function labelText(x: unknown): string {
  if (typeof x === "string") return x;
  if (x === null || x === undefined) return "";
  if (typeof x === "object") {
    try {
      return JSON.stringify(x);
    } catch {
      return String(x);
    }
  }
  return String(x);
}

/** Index of the first choice whose value equals `value` (JSON equality), or -1. */
export function choiceIndex(choices: readonly Choice[], value: unknown): number {
  return choices.findIndex((c) => jsonEqual(c.value, value));
}

/** The label shown for `value`: its choice's label, or the value itself (a custom value). */
export function labelFor(choices: readonly Choice[], value: unknown): string {
  const i = choiceIndex(choices, value);
  return i >= 0 ? choices[i].label : labelText(value);
}

/** A list value (CheckboxGroup, multiselect Dropdown): anything else becomes a one-item list or []. */
export function toList(x: unknown): unknown[] {
  if (Array.isArray(x)) return [...x];
  return x === null || x === undefined ? [] : [x];
}

/** Toggle `value` in `list` the way Gradio does: remove it, or append it (click order). */
export function toggleValue(list: readonly unknown[], value: unknown): unknown[] {
  return list.some((v) => jsonEqual(v, value)) ? list.filter((v) => !jsonEqual(v, value)) : [...list, value];
}

/** Indices of the choices whose label contains `query` (case-insensitive); all of them for "". */
export function filterChoices(choices: readonly Choice[], query: string): number[] {
  const q = query.trim().toLowerCase();
  const out: number[] = [];
  choices.forEach((c, i) => {
    if (q === "" || c.label.toLowerCase().includes(q)) out.push(i);
  });
  return out;
}
