/**
 * Finds `<script type="text/x-blocklite">` tags and starts one app per tag.
 *
 * Why it exists: this is the whole user-facing embedding API: write Python in a script tag, get an
 * app right after it (or inside the element named by `data-target`). Apps are numbered app-1,
 * app-2... in document order; a tag is started only once, so `scan()` can be called again after
 * adding tags dynamically.
 */

import type { AppHandle } from "./handle";
import { startApp } from "./start-app";
import { initialScheme } from "../page/color-scheme";
import { dedent } from "../lib/dedent";
import { parseTitleMode } from "../page/page-options";
import { parseOffline, setOffline } from "../page/network";

let counter = 0;

/** The dist/ folder: where this bundle, worker.js, pyodide/ and the wheels live. */
export const distUrl = new URL("./", import.meta.url).href;

function mountPoint(script: HTMLScriptElement): HTMLElement {
  const root = document.createElement("div");
  root.className = "blocklite-app";
  const targetId = script.dataset.target;
  const target = targetId ? document.getElementById(targetId) : null;
  if (targetId && !target) console.warn(`blocklite: no element with id "${targetId}"; rendering after the script`);
  if (target) target.append(root);
  else script.after(root);
  return root;
}

/** Start every blocklite script not started yet; returns the new apps. */
export function scan(apps: Map<string, AppHandle>): AppHandle[] {
  const started: AppHandle[] = [];
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[type="text/x-blocklite"]');
  for (const script of scripts) {
    if (script.dataset.blockliteApp) continue;
    const id = `app-${++counter}`;
    setOffline(parseOffline(script.dataset.offline)); // the page's network switch (js/page/network.ts)
    script.dataset.blockliteApp = id;
    const root = mountPoint(script);
    root.id = id;
    const handle = startApp({
      id,
      root,
      code: dedent(script.textContent ?? ""),
      distUrl,
      workerUrl: new URL("./worker.js", import.meta.url),
      titleMode: parseTitleMode(script.dataset.title),
      colorScheme: initialScheme(script.dataset.theme),
    });
    apps.set(id, handle);
    started.push(handle);
  }
  return started;
}
