/**
 * One running app on the page, from its script tag to unmount: the lifecycle that ties the worker,
 * the transport route, the view and (once Python is ready) the rendered session together.
 *
 * Why it exists: it is where the pieces meet. WorkerHost (js/net/worker-host.ts) reports boot
 * progress and failures, the transport route makes `fetch(rootUrl + ...)` reach this worker, the
 * view (app-view.ts) shows where the app is, and an AppSession (app-session.ts) takes over once the
 * config is known. Each method below handles one of those moments.
 *
 * A worker that dies after boot (WorkerHost `lost`) is reported with a Restart button; Stop on a
 * handler that cannot be interrupted restarts it at once (stopper.ts). A restart (`restartWorker`)
 * fails the events still waiting, starts a new worker with the same code, renders the new session
 * and writes back what the components showed (recovery.ts): State starts from its default.
 */

import type { AppConfig } from "../../protocol/gradio";
import type { AppError, PlainError } from "../../protocol/worker";
import type { Component } from "../components/base";
import { type Deferred, deferred } from "../lib/deferred";
import { loadComponents } from "../engine/render";
import { type AppRoute, failRoute, registerRoute } from "../net/transport";
import { WorkerHost } from "../net/worker-host";
import { ColorScheme, type Scheme, type SchemeChoice, parseScheme } from "../page/color-scheme";
import { applyThemeVars } from "../page/theme";
import { AppSession, fetchConfig } from "./app-session";
import { AppView } from "./app-view";
import type { AppHandle, AppOptions, AppState } from "./handle";
import { captureValues, restoreValues, typesOf } from "./recovery";
import { HandlerStopper } from "./stopper";

/** What the page says when events were lost with their worker. */
const LOST_EVENT = "This event was lost: the Python worker stopped. Run it again.";
const KEPT = "What the inputs and outputs showed is kept; State values start from their defaults.";

/** Start the app described by `opts`; its handle reports how it goes (see AppHandle). */
export function startApp(opts: AppOptions): AppHandle {
  return new App(opts);
}

class App implements AppHandle {
  readonly id: string;
  readonly root: HTMLElement;
  readonly rootUrl: string;
  readonly ready: Promise<void>;
  readonly booted: Promise<void>;
  readonly requests: AppRoute["requests"];
  components = new Map<number, Component>();
  config: AppConfig | null = null;
  sessionHash: string | null = null;
  timings: Record<string, number> = {};

  private readonly readyD = deferred();
  private readonly bootedD = deferred();
  /** The worker, once Python has booted: requests routed to this app wait for it (one per boot). */
  private workerReady: Deferred<Worker> = deferred<Worker>();
  private readonly route: AppRoute;
  private readonly scheme: ColorScheme;
  private readonly view: AppView;
  private host: WorkerHost | null = null;
  private session: AppSession | null = null;
  private themeStyle: HTMLStyleElement | null = null;
  private unmounting: Promise<void> | null = null;
  private restarting: Promise<void> | null = null;
  /** Set while a restarted worker boots: the values to write into the new UI, and what it said. */
  private carried: { values: Map<number, unknown>; types: Map<number, string>; notice: string } | null = null;
  private readonly stopper = new HandlerStopper(
    () => this.host,
    (why) => void this.restartWorker(`The Python worker was restarted: ${why}. ${KEPT}`),
  );
  /** How many times the worker was restarted. */
  restarts = 0;

  constructor(private readonly opts: AppOptions) {
    this.id = opts.id;
    this.root = opts.root;
    this.rootUrl = `${location.origin}/__blocklite__/${opts.id}/`;
    this.ready = this.readyD.promise;
    this.booted = this.bootedD.promise;
    this.route = { rootUrl: this.rootUrl, worker: this.workerReady.promise, requests: [], inflight: 0, live: new Set() };
    this.requests = this.route.requests;
    registerRoute(this.route);
    this.scheme = new ColorScheme(this.root, opts.colorScheme ?? "system");
    this.view = new AppView(this.id, this.root, this.scheme);
    this.startWorker();
  }

  get state(): AppState {
    return this.view.state;
  }

  /** The current worker (tests and debugging: terminating it shows how the page recovers). */
  get worker(): Worker | null {
    return this.host?.worker ?? null;
  }

  // The handle's methods are arrow properties: they keep working when taken off the handle.
  readonly setColorScheme = (mode: SchemeChoice): void => {
    const choice = parseScheme(mode);
    if (!choice) throw new TypeError(`setColorScheme: expected "light", "dark" or "system", got ${String(mode)}`);
    this.scheme.set(choice);
  };

  readonly getColorScheme = (): Scheme => this.scheme.effective;

  readonly restart = (): Promise<void> => this.restartWorker(`The Python worker was restarted. ${KEPT}`);

  readonly terminate = (): void => {
    this.session?.client.close();
    this.host?.terminate();
  };

  readonly unmount = (): Promise<void> => {
    this.unmounting ??= this.teardown();
    return this.unmounting;
  };

  /** Start the worker and boot the app's code in it; a worker that cannot start is a fatal error. */
  private startWorker(): void {
    try {
      this.host = new WorkerHost(this.opts.workerUrl, {
        status: (phase) => this.view.setPhase(phase),
        ready: (timings) => this.onBooted(timings),
        appError: (error) => this.onAppError(error),
        fatal: (error) => this.onFatal(error),
        lost: (why) => this.onLost(why),
        responsive: (ok) => this.view.setResponsive(ok, this.restartAction),
        handlers: () => this.stopper.handlersChanged(),
      });
      this.host.boot({
        type: "boot",
        appId: this.id,
        code: this.opts.code,
        rootUrl: this.rootUrl,
        distUrl: this.opts.distUrl,
        filename: `<${this.id}>`,
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.view.showFatal({ name: "WorkerError", message: `could not start the worker: ${message}` });
      failRoute(this.route, message);
      this.bootedD.reject(err);
      this.readyD.reject(err);
    }
  }

  private readonly restartAction = { label: "Restart", run: (): void => void this.restart() };

  /** Python ran the app: requests may flow; fetch the config and render. */
  private onBooted(timings: Record<string, number>): void {
    if (!this.host) return;
    this.timings = timings;
    this.workerReady.resolve(this.host.worker);
    if (this.carried) return; // a restart: restartWorker renders
    this.view.setState("ready");
    this.bootedD.resolve();
    this.render().catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      this.view.showFatal({ name: "ConfigError", message: `could not load the app's config: ${message}` });
      this.readyD.reject(err);
    });
  }

  /** The app's Python code raised: show its traceback; the app will not start. */
  private onAppError(error: AppError): void {
    this.view.showAppError(error);
    this.failStart(new Error(`${error.name}: ${error.message}`));
  }

  /** The worker stopped: show it and fail every request still routed to it. */
  private onFatal(error: PlainError): void {
    this.view.showFatal(error);
    failRoute(this.route, `the worker stopped (${error.message})`);
    this.failStart(new Error(error.message));
  }

  /** The worker went away after boot: fail what waited on it, say so, offer a restart. */
  private onLost(why: string): void {
    this.session?.client.failPending(LOST_EVENT);
    this.session?.client.close();
    failRoute(this.route, `the worker stopped (${why})`);
    this.view.connectionNotice.hide();
    this.view.workerLost(why, this.restartAction);
  }

  /**
   * Replace the worker: fail the events still waiting (each shows an error), take the components'
   * values, boot the same code in a new worker, render its session and write the values back.
   */
  private restartWorker(notice: string): Promise<void> {
    if (this.unmounting || this.view.state !== "rendered") return Promise.resolve();
    this.restarting ??= this.replaceWorker(notice).finally(() => (this.restarting = null));
    return this.restarting;
  }

  private async replaceWorker(notice: string): Promise<void> {
    const old = this.session;
    this.carried = old ? { values: captureValues(old.components), types: typesOf(old.components), notice } : null;
    this.view.workerNotice.show("Restarting the Python worker…");
    this.view.connectionNotice.hide();
    if (old) {
      old.client.failPending(LOST_EVENT);
      old.runner.close();
      old.client.close();
      old.destroyComponents();
    }
    this.session = null;
    this.stopper.clear();
    this.host?.terminate();
    failRoute(this.route, "the worker was restarted");
    this.workerReady = deferred<Worker>();
    this.route.worker = this.workerReady.promise;
    this.restarts++;
    const booted = this.workerReady.promise;
    this.startWorker();
    try {
      await booted;
      await this.render();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.view.workerLost(`the restart failed: ${message}`, this.restartAction);
    } finally {
      this.carried = null;
    }
  }

  private failStart(err: Error): void {
    this.workerReady.reject(err);
    this.bootedD.reject(err);
    this.readyD.reject(err);
  }

  private async render(): Promise<void> {
    const carried = this.carried;
    if (!carried) this.view.setStatus("Loading the app…");
    const config = await fetchConfig(this.rootUrl);
    await loadComponents(config); // the chunks of the large components it names
    if (this.unmounting) return; // unmounted while the config was on its way
    this.config = config;
    this.themeStyle?.remove();
    this.themeStyle = applyThemeVars(this.root, config.themeVars);
    const session = new AppSession(config, this.view.toaster, {
      cancelling: (eventId) => this.stopper.stop(eventId),
      connection: (lost) => this.view.setConnection(lost),
    });
    this.session = session;
    this.sessionHash = session.client.sessionHash;
    this.view.main.replaceChildren();
    // A restart renders again: the app's css= comes again with its config (head= is deduplicated).
    for (const style of this.root.querySelectorAll(`style[data-blocklite-css="${CSS.escape(this.id)}"]`)) style.remove();
    session.render({ appId: this.id, root: this.root, main: this.view.main, titleMode: this.opts.titleMode ?? "auto" });
    this.components = session.components;
    if (carried) {
      // The page was not reloaded: no `load` listeners, the UI keeps what it showed.
      restoreValues(session.components, carried.values, carried.types);
      this.view.workerNotice.show(carried.notice);
      return;
    }
    this.view.rendered();
    window.addEventListener("pagehide", this.onPageHide);
    this.readyD.resolve();
    session.start();
  }

  /** A page that is really going away (not into the back/forward cache) fires `unload` listeners. */
  private readonly onPageHide = (ev: PageTransitionEvent): void => {
    if (ev.persisted) return;
    void this.session?.runner.unload().catch((err: unknown) => console.warn("blocklite: unload listeners failed", err));
  };

  private async teardown(): Promise<void> {
    window.removeEventListener("pagehide", this.onPageHide);
    this.session?.destroyComponents();
    try {
      await this.session?.runner.unload();
    } catch (err) {
      console.warn("blocklite: unload listeners failed", err);
    }
    this.session?.runner.close();
    this.terminate();
    failRoute(this.route, "the app was unmounted");
    this.themeStyle?.remove();
    this.scheme.destroy();
    this.view.clear();
    this.view.setState("unmounted");
  }
}
