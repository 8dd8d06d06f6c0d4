/**
 * What the page's scripts and tests get for one app (`blocklite.apps.get("app-1")`), and the options
 * an app is started with.
 *
 * Why it exists: the handle is blocklite's public JavaScript API; it is declared apart from the
 * class that implements it (start-app.ts) so that its shape is read in one place.
 */

import type { AppConfig } from "../../protocol/gradio";
import type { Component } from "../components/base";
import type { RoutedRequest } from "../net/transport";
import type { TitleMode } from "../page/page-options";
import type { Scheme, SchemeChoice } from "../page/color-scheme";

export type AppState = "booting" | "ready" | "rendered" | "app-error" | "fatal" | "unmounted";

export interface AppHandle {
  readonly id: string;
  readonly root: HTMLElement;
  /** Absolute URL of the app's virtual root, ending in "/". */
  readonly rootUrl: string;
  /** Resolves when the app is usable (Python ran it and its UI is rendered); rejects if it cannot start. */
  readonly ready: Promise<void>;
  /** Resolves earlier, as soon as Python has run the app (before the config is fetched and rendered). */
  readonly booted: Promise<void>;
  /** Every request the shim routed to this app's worker. */
  readonly requests: RoutedRequest[];
  readonly state: AppState;
  readonly components: Map<number, Component>;
  readonly config: AppConfig | null;
  /** The queue session's hash (what handlers see as `gr.Request.session_hash`), once rendered. */
  readonly sessionHash: string | null;
  readonly timings: Record<string, number>;
  /** Light or dark mode: "system" follows the visitor's setting (the default). */
  setColorScheme(mode: SchemeChoice): void;
  /** The mode in effect now. */
  getColorScheme(): Scheme;
  /**
   * The app's current worker (a new one after each restart); tests and debugging use it, e.g.
   * `worker.terminate()` to see the page notice the loss and offer a restart.
   */
  readonly worker: Worker | null;
  /** How many times the worker was restarted (by the Restart button, a Stop, or `restart()`). */
  readonly restarts: number;
  /**
   * Replace the worker with a new one running the same code (what the Restart button does): events
   * still waiting fail with a message, the components keep what they show, State starts over.
   */
  restart(): Promise<void>;
  /** Stop the worker (nothing is reported; the app is left as it is). */
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
  /** The script tag's `data-title` (see js/page/page-options.ts): whether this app may set document.title. */
  titleMode?: TitleMode;
  /** The initial light/dark choice (see js/page/color-scheme.ts for where it comes from). */
  colorScheme?: SchemeChoice;
}
