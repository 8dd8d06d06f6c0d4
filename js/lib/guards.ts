/**
 * Small runtime type guards.
 *
 * Why it exists: everything the page receives (worker messages, config JSON, SSE payloads) is untyped
 * at run time. We narrow it with these guards instead of `as` casts, so malformed input degrades to a
 * visible error rather than a crash deep inside the renderer.
 */

export type Dict = Record<string, unknown>;

export function isRecord(x: unknown): x is Dict {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

export function isNumber(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

export function str(x: unknown, fallback = ""): string {
  return typeof x === "string" ? x : fallback;
}

/** A text value as components show it: strings as they are, null/undefined as "", others stringified. */
export function asText(x: unknown): string {
  return typeof x === "string" ? x : x === null || x === undefined ? "" : String(x);
}

export function num(x: unknown): number | null {
  return isNumber(x) ? x : null;
}

export function numArray(x: unknown): number[] {
  return Array.isArray(x) ? x.filter(isNumber) : [];
}

/** Structural equality for JSON-like values (used to decide whether a value really changed). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

/** A random session hash, like Gradio's client (`Math.random().toString(36).substring(2)`). */
export function randomHash(): string {
  return Math.random().toString(36).substring(2, 13).padEnd(11, "0");
}
