/**
 * The chips of a multiselect Dropdown: one per selected value, each with a remove button.
 *
 * Why it exists: the chips must be removable with the keyboard as well as the mouse (each remove
 * button is in the tab order; Enter, Space, Delete or Backspace removes its chip), and a repaint
 * after a removal must not drop keyboard focus: it moves to the chip now in the same place, or to
 * `fallback` (the combobox) when none is left.
 */

export interface TokenItem {
  label: string;
  /** Called when the user removes the chip; null for a read-only chip (no remove button). */
  remove: (() => void) | null;
}

export function paintTokens(container: HTMLElement, items: readonly TokenItem[], fallback: HTMLElement): void {
  const focusedAt = [...container.querySelectorAll("button")].findIndex((b) => b === document.activeElement);
  container.hidden = items.length === 0;
  container.replaceChildren(...items.map(token));
  if (focusedAt < 0) return;
  const buttons = [...container.querySelectorAll("button")];
  (buttons[Math.min(focusedAt, buttons.length - 1)] ?? fallback).focus();
}

function token(item: TokenItem): HTMLElement {
  const el = document.createElement("span");
  el.className = "blocklite-token";
  const text = document.createElement("span");
  text.textContent = item.label;
  el.append(text);
  const remove = item.remove;
  if (remove === null) return el;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "blocklite-token-remove";
  button.textContent = "×";
  button.setAttribute("aria-label", `Remove ${item.label}`);
  button.addEventListener("click", () => remove());
  button.addEventListener("keydown", (ev: Event) => {
    if (ev instanceof KeyboardEvent && (ev.key === "Delete" || ev.key === "Backspace")) {
      ev.preventDefault();
      remove();
    }
  });
  el.append(button);
  return el;
}
