/**
 * Small DOM writes that touch the element only when the value changes.
 *
 * Why it exists: views redrawn on every streamed update (chat messages, progress overlays) and
 * components redrawn on every output (labels) must leave unchanged elements alone, or observers,
 * screen readers and style recalculation see churn (a label rewritten per click cost ~0.3 ms).
 * Also `element`, the one-line constructor the app's own chrome (status line, error boxes) uses.
 */

/** A new `<tag class="className">` with `text` as its content, if given. */
export function element(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Set `hidden` only if it differs. */
export function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/** Set the class attribute only if it differs. */
export function setClass(el: HTMLElement, className: string): void {
  if (el.className !== className) el.className = className;
}

/** Set the text only if it differs (a rewrite replaces the text node even when it is the same). */
export function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
