/**
 * Icon buttons for the Chatbot (copy, like, retry...). The icons are line drawings painted by CSS
 * masks in the text colour (js/chat.css, `[data-icon="copy"]`).
 *
 * Why it exists: a 500-message history has a copy button per message; drawing icons with CSS
 * instead of SVG elements keeps each button a single node, which halves the DOM a long history
 * creates, and no markup from the wire is ever involved.
 */

export type IconName = "copy" | "check" | "like" | "dislike" | "flag" | "edit" | "retry" | "undo" | "trash";

/** A `<button type="button">` showing an icon, with an accessible name (also its tooltip). */
export function iconButton(name: IconName, label: string, className: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = `blocklite-chat-icon-button ${className}`;
  button.dataset.icon = name;
  button.setAttribute("aria-label", label);
  button.title = label;
  return button;
}

/** Swap an element's icon (copy → check after copying). */
export function setIcon(el: HTMLElement, name: IconName): void {
  el.dataset.icon = name;
}
