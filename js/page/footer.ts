/**
 * The app's footer: a small light/dark switch.
 *
 * Why it exists: visitors can flip an app between light and dark without touching the page; the
 * button is a toggle (`aria-pressed` says whether dark mode is on) that follows the mode when it
 * changes another way (system setting, `setColorScheme()`).
 */

import type { ColorScheme, Scheme } from "./color-scheme";

export function createFooter(scheme: ColorScheme): HTMLElement {
  const footer = document.createElement("footer");
  footer.className = "blocklite-footer";
  const toggle = document.createElement("button");
  toggle.type = "button";
  toggle.className = "blocklite-scheme-toggle";
  const icon = document.createElement("span");
  icon.setAttribute("aria-hidden", "true");
  const text = document.createElement("span");
  text.textContent = "Dark mode";
  toggle.append(icon, text);
  const show = (mode: Scheme): void => {
    toggle.setAttribute("aria-pressed", String(mode === "dark"));
    icon.textContent = mode === "dark" ? "☾" : "☀";
  };
  show(scheme.effective);
  scheme.onChange(show);
  toggle.addEventListener("click", () => scheme.set(scheme.effective === "dark" ? "light" : "dark"));
  footer.append(toggle);
  return footer;
}
