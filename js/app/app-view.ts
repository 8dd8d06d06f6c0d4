/**
 * The app's own chrome inside its root element: the boot status line, the "worker is not
 * responding" notice, the element the UI renders into, the footer, toasts, and the two error views
 * (the app's Python failed; blocklite itself stopped).
 *
 * Why it exists: everything that can go wrong must end up visible inside the app root, and the
 * root's `data-blocklite-state` must say where the app is; this class owns those DOM writes so the
 * lifecycle (start-app.ts) only says what happened.
 */

import type { AppError, BootPhase, PlainError } from "../../protocol/worker";
import { element } from "../lib/dom";
import type { ColorScheme } from "../page/color-scheme";
import { createFooter } from "../page/footer";
import { Notice, type NoticeAction } from "../status/notice";
import { Toaster } from "../status/toast";
import type { AppState } from "./handle";

const PHASE_TEXT: Record<BootPhase, string> = {
  "loading-python": "Loading Python…",
  installing: "Installing packages…",
  "running-app": "Starting the app…",
};

export class AppView {
  /** Where the rendered UI goes. */
  readonly main = element("div", "blocklite-main");
  readonly toaster: Toaster;
  private readonly status = element("div", "blocklite-status", "Loading Python…");
  /** What happened to the worker (not responding, stopped, restarted). */
  readonly workerNotice = new Notice("worker");
  /** The event stream is lost and reconnecting. */
  readonly connectionNotice = new Notice("connection");
  private current: AppState = "booting";

  constructor(
    private readonly id: string,
    private readonly root: HTMLElement,
    scheme: ColorScheme,
  ) {
    root.classList.add("blocklite-app", "gradio-container"); // the class Gradio users' css and js name
    root.id ||= id;
    root.dataset.blockliteState = "booting";
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");
    this.status.prepend(element("span", "blocklite-spinner"));
    root.replaceChildren(this.status, this.workerNotice.el, this.connectionNotice.el, this.main, createFooter(scheme));
    this.toaster = new Toaster(root);
  }

  get state(): AppState {
    return this.current;
  }

  setState(state: AppState): void {
    this.current = state;
    this.root.dataset.blockliteState = state;
  }

  /** The status line's text (boot phases, then "Loading the app…"). */
  setStatus(text: string): void {
    const label = this.status.lastChild;
    if (label && label.nodeType === Node.TEXT_NODE) label.textContent = text;
    else this.status.append(text);
  }

  setPhase(phase: BootPhase): void {
    this.setStatus(PHASE_TEXT[phase]);
  }

  /** Show or hide the "not responding" notice (a handler has kept the worker silent for long). */
  setResponsive(ok: boolean, restart: NoticeAction): void {
    if (ok) this.workerNotice.hide();
    else this.workerNotice.show("The Python worker is not responding. It may be stuck in a long computation.", restart);
  }

  /** The worker is gone (`why`); the app stays on screen until the user restarts it. */
  workerLost(why: string, restart: NoticeAction): void {
    this.workerNotice.show(
      `The Python worker stopped (${why}). Restart it to continue: what the inputs and outputs show is kept, State values start from their defaults.`,
      restart,
    );
  }

  /** The session stream dropped (true) or is back (false), as Gradio words it. */
  setConnection(lost: boolean): void {
    if (lost) this.connectionNotice.show("Connection to the app was lost. Attempting reconnection…");
    else if (this.connectionNotice.visible) {
      this.connectionNotice.hide();
      this.toaster.show({ level: "info", title: "Info", message: "Connection re-established.", duration: 5 });
    }
  }

  /** The UI is in place: the status line goes. */
  rendered(): void {
    this.status.remove();
    this.setState("rendered");
  }

  /** The app's Python code failed: its traceback replaces everything. */
  showAppError(error: AppError): void {
    this.setState("app-error");
    const box = element("div", "blocklite-error");
    box.setAttribute("role", "alert");
    box.append(
      element("div", "blocklite-error-title", error.lineno !== null ? `Error on line ${error.lineno}` : "Error in the app"),
      element("div", "blocklite-error-message", `${error.name}: ${error.message}`),
      element("pre", "blocklite-traceback", error.traceback),
    );
    this.root.replaceChildren(box);
    this.toaster.attach(this.root);
    console.error(`blocklite: ${this.id} failed\n${error.traceback}`);
  }

  /** blocklite stopped (worker crash, config unusable): a banner, over the UI if it was rendered. */
  showFatal(error: PlainError): void {
    const box = element("div", "blocklite-error blocklite-fatal");
    box.setAttribute("role", "alert");
    box.append(
      element("div", "blocklite-error-title", "blocklite stopped"),
      element("div", "blocklite-error-message", `${error.name}: ${error.message}`),
    );
    if (this.current === "rendered") this.root.prepend(box); // keep the UI visible under the banner
    else this.root.replaceChildren(box);
    this.status.remove();
    this.workerNotice.hide();
    this.connectionNotice.hide();
    this.toaster.attach(this.root);
    this.setState("fatal");
    console.error(`blocklite: ${this.id}: ${error.name}: ${error.message}`, error.stack ?? "");
  }

  /** Empty the root (unmount). */
  clear(): void {
    this.root.replaceChildren();
  }
}
