/**
 * One running app on the page: its root element, worker, status line, error display and, once
 * Python is ready, the rendered UI.
 *
 * Why it exists: it is where the pieces meet: WorkerHost (worker plumbing) reports boot progress and
 * failures, the transport route makes `fetch(rootUrl + ...)` reach this worker, and the renderer,
 * queue client and event runner take over once the config is known. Everything that can go wrong
 * ends up visible inside the app root.
 */

import { QueueClient } from "../engine/queue-client";
import { ColorScheme, type Scheme, type SchemeChoice, parseScheme } from "../page/color-scheme";
import { describeError, runAppJs } from "../engine/frontend-fn";
import type { AppConfig } from "../../protocol/gradio";
import { parseConfig } from "../engine/config";
import type { Component } from "../components/base";
import { EventRunner } from "../engine/scheduler";
import { createFooter } from "../page/footer";
import { WorkerHost } from "../net/worker-host";
import { isInteractive } from "../engine/interactive";
import type { AppError, BootPhase, PlainError } from "../../protocol/worker";
import { type TitleMode, applyPageOptions } from "../page/page-options";
import { renderLayout } from "../engine/render";
import { applyThemeVars } from "../page/theme";
import { Toaster } from "../status/toast";
import { type AppRoute, type RoutedRequest, failRoute, registerRoute } from "../net/transport";

export interface AppHandle {
  id: string;
  root: HTMLElement;
  /** Absolute URL of the app's virtual root, ending in "/". */
  rootUrl: string;
  /** Resolves when the app is usable (Python ran it and its UI is rendered); rejects if it cannot start. */
  ready: Promise<void>;
  /** Resolves earlier, as soon as Python has run the app (before the config is fetched and rendered). */
  booted: Promise<void>;
  /** Every request the shim routed to this app's worker. */
  requests: RoutedRequest[];
  state: "booting" | "ready" | "rendered" | "app-error" | "fatal" | "unmounted";
  components: Map<number, Component>;
  config: AppConfig | null;
  /** The queue session's hash (what handlers see as `gr.Request.session_hash`), once rendered. */
  sessionHash: string | null;
  timings: Record<string, number>;
  /** Light or dark mode: "system" follows the visitor's setting (the default). */
  setColorScheme(mode: SchemeChoice): void;
  /** The mode in effect now. */
  getColorScheme(): Scheme;
  /** Stop the worker. */
  terminate(): void;
  /**
   * Remove the app: stop its timers, fire its `unload` listeners (waiting up to 2 s for them), close
   * the event stream, terminate the worker and empty the root element. Safe to call twice.
   */
  unmount(): Promise<void>;
}

export interface AppOptions {
  id: string;
  root: HTMLElement;
  code: string;
  distUrl: string;
  workerUrl: URL;
  /** The script tag's `data-title` (see page.ts): whether this app may set document.title. */
  titleMode?: TitleMode;
  /** The initial light/dark choice (see color-scheme.ts for where it comes from). */
  colorScheme?: SchemeChoice;
}

const PHASE_TEXT: Record<BootPhase, string> = {
  "loading-python": "Loading Python…",
  installing: "Installing packages…",
  "running-app": "Starting the app…",
};

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve = (): void => undefined;
  let reject = (_: unknown): void => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // failures are shown in the page; no unhandled-rejection noise
  return { promise, resolve, reject };
}

export function startApp(opts: AppOptions): AppHandle {
  const { id, root } = opts;
  const rootUrl = `${location.origin}/__blocklite__/${id}/`;
  const booted = deferred();
  const ready = deferred();
  let resolveWorker: (w: Worker) => void = () => undefined;
  let rejectWorker: (e: unknown) => void = () => undefined;
  const workerPromise = new Promise<Worker>((res, rej) => {
    resolveWorker = res;
    rejectWorker = rej;
  });
  workerPromise.catch(() => undefined);
  const route: AppRoute = { rootUrl, worker: workerPromise, requests: [], inflight: 0, live: new Set() };
  registerRoute(route);

  root.classList.add("blocklite-app", "gradio-container"); // the class Gradio users' css and js name
  root.id ||= id;
  root.dataset.blockliteState = "booting";
  const status = el("div", "blocklite-status", "Loading Python…");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  status.prepend(el("span", "blocklite-spinner"));
  const main = el("div", "blocklite-main");
  const notice = el("div", "blocklite-notice", "The Python worker is not responding. It may be stuck in a long computation.");
  notice.setAttribute("role", "status");
  notice.hidden = true;
  const scheme = new ColorScheme(root, opts.colorScheme ?? "system");
  root.replaceChildren(status, notice, main, createFooter(scheme));
  const toaster = new Toaster(root);
  let themeStyle: HTMLStyleElement | null = null;

  let runner: EventRunner | null = null;
  let client: QueueClient | null = null;
  const handle: AppHandle = {
    id,
    root,
    rootUrl,
    ready: ready.promise,
    booted: booted.promise,
    requests: route.requests,
    state: "booting",
    components: new Map(),
    config: null,
    sessionHash: null,
    timings: {},
    setColorScheme: (mode: SchemeChoice) => {
      const choice = parseScheme(mode);
      if (!choice) throw new TypeError(`setColorScheme: expected "light", "dark" or "system", got ${String(mode)}`);
      scheme.set(choice);
    },
    getColorScheme: () => scheme.effective,
    terminate: () => {
      client?.close();
      host?.terminate();
    },
    unmount: () => unmount(),
  };
  // A page that is really going away (not into the back/forward cache) fires `unload` listeners.
  const onPageHide = (ev: PageTransitionEvent): void => {
    if (ev.persisted) return;
    void runner?.unload().catch((err: unknown) => console.warn("blocklite: unload listeners failed", err));
  };
  let unmounting: Promise<void> | null = null;
  const unmount = (): Promise<void> => {
    unmounting ??= (async () => {
      window.removeEventListener("pagehide", onPageHide);
      for (const comp of handle.components.values()) {
        try {
          comp.destroy();
        } catch (err) {
          console.warn(`blocklite: could not stop component ${comp.id}`, err);
        }
      }
      try {
        await runner?.unload();
      } catch (err) {
        console.warn("blocklite: unload listeners failed", err);
      }
      runner?.close();
      handle.terminate();
      failRoute(route, "the app was unmounted");
      themeStyle?.remove();
      scheme.destroy();
      root.replaceChildren();
      setState("unmounted");
    })();
    return unmounting;
  };
  const setState = (s: AppHandle["state"]): void => {
    handle.state = s;
    root.dataset.blockliteState = s;
  };
  const setStatus = (text: string): void => {
    const label = status.lastChild;
    if (label && label.nodeType === Node.TEXT_NODE) label.textContent = text;
    else status.append(text);
  };

  const showAppError = (error: AppError): void => {
    setState("app-error");
    const box = el("div", "blocklite-error");
    box.setAttribute("role", "alert");
    box.append(
      el("div", "blocklite-error-title", error.lineno !== null ? `Error on line ${error.lineno}` : "Error in the app"),
      el("div", "blocklite-error-message", `${error.name}: ${error.message}`),
      el("pre", "blocklite-traceback", error.traceback),
    );
    root.replaceChildren(box);
    toaster.attach(root);
    console.error(`blocklite: ${id} failed\n${error.traceback}`);
  };

  const showFatal = (error: PlainError): void => {
    const box = el("div", "blocklite-error blocklite-fatal");
    box.setAttribute("role", "alert");
    box.append(
      el("div", "blocklite-error-title", "blocklite stopped"),
      el("div", "blocklite-error-message", `${error.name}: ${error.message}`),
    );
    if (handle.state === "rendered") root.prepend(box); // keep the UI visible under the banner
    else root.replaceChildren(box);
    status.remove();
    notice.hidden = true;
    toaster.attach(root);
    setState("fatal");
    console.error(`blocklite: ${id}: ${error.name}: ${error.message}`, error.stack ?? "");
  };

  const render = async (): Promise<void> => {
    setStatus("Loading the app…");
    const response = await fetch(`${rootUrl}config`);
    if (!response.ok) throw new Error(`GET config answered ${response.status}`);
    const json: unknown = await response.json();
    const config = parseConfig(json, rootUrl);
    if (typeof config === "string") throw new Error(config);
    if (unmounting) return; // unmounted while the config was on its way
    handle.config = config;
    themeStyle = applyThemeVars(root, config.themeVars);
    client = new QueueClient(config);
    handle.sessionHash = client.sessionHash;
    client.connect();
    const components = new Map<number, Component>();
    runner = new EventRunner(config, components, client, toaster);
    const r = runner;
    const ctx = {
      appId: id,
      trigger: (cid: number, event: string, data?: unknown) => r.trigger(cid, event, data),
      hasListener: (cid: number, event: string) => r.hasListener(cid, event),
      isInteractive: (cid: number, props: Record<string, unknown>) =>
        isInteractive(cid, props.interactive, props.value, config.dependencies),
    };
    // Translations, title, head and css= (page.ts); later outputs are translated as they arrive.
    const i18n = applyPageOptions(config, { appId: id, root, styleBefore: main, titleMode: opts.titleMode ?? "auto" });
    r.translate = (type, value) => i18n.output(type, value);
    root.classList.toggle("blocklite-fill-height", config.fillHeight);
    root.classList.toggle("blocklite-fill-width", config.fillWidth);
    for (const [cid, comp] of renderLayout(config, main, ctx)) components.set(cid, comp);
    handle.components = components;
    status.remove();
    setState("rendered");
    window.addEventListener("pagehide", onPageHide);
    ready.resolve();
    if (config.js) {
      // Blocks(js=...): run once now; its failure is the app author's, shown but not fatal.
      runAppJs(config.js).catch((err: unknown) => {
        console.warn("blocklite: the app's js failed", err);
        toaster.error("JavaScript error", describeError(err));
      });
    }
    r.load();
  };

  let host: WorkerHost | null = null;
  try {
    host = new WorkerHost(opts.workerUrl, {
      status: (phase) => setStatus(PHASE_TEXT[phase]),
      ready: (timings) => {
        if (!host) return;
        handle.timings = timings;
        setState("ready");
        resolveWorker(host.worker);
        booted.resolve();
        render().catch((err: unknown) => {
          const message = err instanceof Error ? err.message : String(err);
          showFatal({ name: "ConfigError", message: `could not load the app's config: ${message}` });
          ready.reject(err);
        });
      },
      appError: (error) => {
        showAppError(error);
        const err = new Error(`${error.name}: ${error.message}`);
        rejectWorker(err);
        booted.reject(err);
        ready.reject(err);
      },
      fatal: (error) => {
        showFatal(error);
        failRoute(route, `the worker stopped (${error.message})`);
        const err = new Error(error.message);
        rejectWorker(err);
        booted.reject(err);
        ready.reject(err);
      },
      responsive: (ok) => {
        notice.hidden = ok;
      },
      busy: () => route.inflight > 0 || (runner?.busy() ?? false),
    });
    host.boot({
      type: "boot",
      appId: id,
      code: opts.code,
      rootUrl,
      distUrl: opts.distUrl,
      filename: `<${id}>`,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    showFatal({ name: "WorkerError", message: `could not start the worker: ${message}` });
    failRoute(route, message);
    booted.reject(err);
    ready.reject(err);
  }
  return handle;
}
