/**
 * Small line icons for the Chatbot's buttons (copy, like, retry...), built with DOM calls.
 *
 * Why it exists: icon buttons read better than words in a message's action row, and building the
 * SVG from fixed path data (never from strings that came over the wire) needs no HTML parsing.
 */

const SVG = "http://www.w3.org/2000/svg";

const PATHS: Record<string, string[]> = {
  copy: ["M9 9h10v11H9z", "M5 15V4h11"],
  check: ["M5 12l5 5L20 7"],
  like: ["M7 10v10H4V10z", "M7 10l4-7c1.5 0 2.5 1 2.2 2.6L12.5 9H19c1 0 2 1 1.7 2.2l-1.8 7C18.6 19.4 18 20 17 20H7"],
  dislike: ["M17 14V4h3v10z", "M17 14l-4 7c-1.5 0-2.5-1-2.2-2.6l.7-3.4H5c-1 0-2-1-1.7-2.2l1.8-7C5.4 4.6 6 4 7 4h10"],
  flag: ["M5 21V4", "M5 4h12l-2.5 4L17 12H5"],
  edit: ["M4 20h4L19 9l-4-4L4 16z", "M13 7l4 4"],
  retry: ["M19 12a7 7 0 1 1-2.1-5", "M19 4v4h-4"],
  undo: ["M9 14L4 9l5-5", "M4 9h10a6 6 0 0 1 0 12h-4"],
  trash: ["M4 7h16", "M9 7V4h6v3", "M6 7l1 13h10l1-13"],
};

/** A 16 px icon drawn in the current text colour; hidden from assistive technology (the button
 * carries the name). */
export function icon(name: keyof typeof PATHS): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "16");
  svg.setAttribute("height", "16");
  svg.setAttribute("fill", "none");
  svg.setAttribute("stroke", "currentColor");
  svg.setAttribute("stroke-width", "2");
  svg.setAttribute("stroke-linecap", "round");
  svg.setAttribute("stroke-linejoin", "round");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  for (const d of PATHS[name] ?? []) {
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

/** A `<button type="button">` with an icon and an accessible name (also its tooltip). */
export function iconButton(name: keyof typeof PATHS, label: string, className: string): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = `blocklite-chat-icon-button ${className}`;
  button.setAttribute("aria-label", label);
  button.title = label;
  button.append(icon(name));
  return button;
}

/** Swap a button's icon (copy → check after copying). */
export function setIcon(button: HTMLElement, name: keyof typeof PATHS): void {
  button.querySelector("svg")?.replaceWith(icon(name));
}
