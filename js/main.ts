/**
 * Entry point of dist/blocklite.js: injects the styles, installs the fetch/EventSource shim, starts
 * every `<script type="text/x-blocklite">` on the page, and exposes `globalThis.blocklite`.
 *
 * Why it exists: the page loads one module script; everything else follows from here.
 *
 * `blocklite.apps` is a Map from app id to its handle (also indexable as `blocklite.apps["app-1"]`);
 * see AppHandle in app/handle.ts for what a handle offers (`root`, `ready`, `rendered`, `requests`...).
 */

import type { AppHandle } from "./app/handle";
import { scan } from "./app/loader";
import { componentStyles } from "./components/registry";
import { installShim } from "./net/shim";
import displayCss from "./styles/display.css";
import formsCss from "./styles/forms.css";
import frameCss from "./styles/frame.css";
import layoutCss from "./styles/layout.css";
import themeDefaults from "./page/theme-default.css";

/**
 * In this order: frame.css's `@layer` statement fixes the order of the layers the others use; the
 * stylesheets components bring (beside their modules, see js/components/spec.ts) come last.
 */
const STYLES = [frameCss, themeDefaults, formsCss, displayCss, layoutCss, componentStyles()].join("\n");

const VERSION = "0.1.0";

interface BlockliteApi {
  version: string;
  apps: Map<string, AppHandle>;
  /** Start script tags added after load. */
  scan(): AppHandle[];
}

declare global {
  // eslint-disable-next-line no-var
  var blocklite: BlockliteApi | undefined;
}

function injectStyles(): void {
  if (document.querySelector("style[data-blocklite]")) return;
  const style = document.createElement("style");
  style.dataset.blocklite = VERSION;
  style.textContent = STYLES;
  document.head.prepend(style);
}

/** A Map whose entries are also readable as properties (`apps["app-1"]`), for convenience in tests. */
class AppMap extends Map<string, AppHandle> {
  set(key: string, value: AppHandle): this {
    Object.defineProperty(this, key, { value, enumerable: true, configurable: true });
    return super.set(key, value);
  }
}

function init(): void {
  if (globalThis.blocklite) return; // a second copy of the bundle on the same page
  const apps = new AppMap();
  const api: BlockliteApi = { version: VERSION, apps, scan: () => scan(apps) };
  globalThis.blocklite = api;
  installShim();
  const start = (): void => {
    injectStyles();
    scan(apps);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}

init();
