/**
 * An app's theme on the page: its CSS variables, set on the app's root element.
 *
 * Why it exists: the page bundle already carries the Default theme (theme-default.css); the config's
 * `theme_vars` lists what this app's theme changes, as `{light: {name: value}, dark: {...}}` with
 * Gradio's variable names (without `--`). They become one stylesheet in the `blocklite.theme` layer
 * scoped to this root (`#app-1` for light, `#app-1.dark` for dark), so two apps on one page can have
 * different themes and the app's own `css=` (unlayered) still wins. Values are set through the
 * CSSOM (`setProperty`), so a value cannot break out of its declaration.
 */

import type { ThemeVars } from "../../protocol/gradio";
import { isRecord } from "../lib/guards";

export type { ThemeVars };

const NAME = /^[a-z0-9][a-z0-9-]*$/;

function parseMap(x: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(x)) return out;
  for (const [name, value] of Object.entries(x)) {
    if (NAME.test(name) && typeof value === "string") out[name] = value;
  }
  return out;
}

/** `theme_vars` from the config (anything malformed is dropped). */
export function parseThemeVars(x: unknown): ThemeVars {
  const r = isRecord(x) ? x : {};
  return { light: parseMap(r.light), dark: parseMap(r.dark) };
}

/**
 * Put `vars` on `root` (which must have an id); returns the style element holding them (remove it to
 * undo), or null when the theme changes nothing.
 */
export function applyThemeVars(root: HTMLElement, vars: ThemeVars): HTMLStyleElement | null {
  if (!Object.keys(vars.light).length && !Object.keys(vars.dark).length) return null;
  const scope = `#${CSS.escape(root.id)}`;
  const style = document.createElement("style");
  style.dataset.blockliteTheme = root.id;
  style.textContent = `@layer blocklite.theme { ${scope} {} ${scope}.dark {} }`;
  document.head.append(style);
  const layer = style.sheet?.cssRules[0];
  if (!(layer instanceof CSSLayerBlockRule)) return style;
  const [light, dark] = [layer.cssRules[0], layer.cssRules[1]];
  if (light instanceof CSSStyleRule) for (const [k, v] of Object.entries(vars.light)) light.style.setProperty(`--${k}`, v);
  if (dark instanceof CSSStyleRule) for (const [k, v] of Object.entries(vars.dark)) dark.style.setProperty(`--${k}`, v);
  return style;
}
