/**
 * Pure value helpers for the catalog components (choices, numbers, dates, highlighted tokens).
 *
 * Why it exists: the rules that decide which JSON value a component sends (a slider snapped to its
 * step, a dropdown's custom text, a date typed by hand) must be exact and are easiest to trust when
 * they are tested alone under Node, without a DOM. Nothing here touches `document`.
 */

import { isNumber, isRecord, jsonEqual } from "../lib/guards";

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

/** "#rgb" or "#rrggbb" → "#rrggbb" (lowercase) for `<input type="color">`; null if not a hex color. */
export function toHexColor(x: unknown): string | null {
  if (typeof x !== "string") return null;
  const s = x.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  if (/^#[0-9a-f]{3}$/.test(s)) return `#${s[1]}${s[1]}${s[2]}${s[2]}${s[3]}${s[3]}`;
  return null;
}

/** One HighlightedText token. */
export interface Token {
  token: string;
  cls: string | number | null;
}

/** HighlightedText value → tokens (accepts `{token, class_or_confidence}` dicts and `[token, class]` pairs). */
export function parseTokens(x: unknown): Token[] {
  if (!Array.isArray(x)) return [];
  const out: Token[] = [];
  for (const item of x) {
    let token: unknown;
    let cls: unknown;
    if (isRecord(item)) [token, cls] = [item.token, item.class_or_confidence];
    else if (Array.isArray(item) && item.length === 2) [token, cls] = item;
    else continue;
    out.push({
      token: labelText(token),
      cls: typeof cls === "string" || isNumber(cls) ? cls : cls === null || cls === undefined ? null : labelText(cls),
    });
  }
  return out;
}

/** Merge neighbouring tokens of the same class (Gradio's `combine_adjacent`). */
export function combineAdjacent(tokens: readonly Token[], separator = ""): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last && last.cls === t.cls) out[out.length - 1] = { token: last.token + separator + t.token, cls: t.cls };
    else out.push({ ...t });
  }
  return out;
}

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
