/**
 * Small DOM writes that touch the element only when the value changes.
 *
 * Why it exists: views redrawn on every streamed update (chat messages, progress overlays) must
 * leave unchanged elements alone, or observers, screen readers and style recalculation see churn.
 */

/** Set `hidden` only if it differs. */
export function setHidden(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

/** Set the class attribute only if it differs. */
export function setClass(el: HTMLElement, className: string): void {
  if (el.className !== className) el.className = className;
}
