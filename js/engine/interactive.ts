/**
 * Gradio's rule for whether a component is interactive (editable) or static.
 *
 * Why it exists: Gradio does not send the final answer in the config; the frontend derives it from
 * the component's `interactive` prop, its value, and how the dependencies use it. Both the renderer
 * and the unit tests need exactly the same rule, so it lives alone and pure.
 */

import type { Dependency } from "../../protocol/gradio";

/** Gradio treats these as "no default value" (empty list, empty string, 0, null/undefined/false). */
export function isEmptyValue(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || value === "" || value === 0 || !value;
}

/**
 * `interactive === false` → static; `=== true` → interactive; otherwise interactive iff the component
 * is an input of some dependency, or it is nobody's output and has no (non-empty) value.
 */
export function isInteractive(
  id: number,
  interactiveProp: unknown,
  value: unknown,
  dependencies: readonly Dependency[],
): boolean {
  if (interactiveProp === false) return false;
  if (interactiveProp === true) return true;
  if (dependencies.some((d) => d.inputs.includes(id))) return true;
  if (dependencies.some((d) => d.outputs.includes(id))) return false;
  return isEmptyValue(value);
}
