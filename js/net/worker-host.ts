/**
 * Owns one app's worker: starts it, narrows its control messages, relays its console output, and
 * watches that it is alive.
 *
 * Why it exists: worker plumbing (boot message, `status`/`ready`/`app-error`/`fatal`, `onerror` and
 * `messageerror`, ping/pong hang detection) is separate from what the page shows; js/app/start-app.ts
 * turns the callbacks below into UI. Listeners here never throw: a malformed message is logged and ignored.
 */

import type { AppError, BootMessage, BootPhase, FromWorker, PingMessage, PlainError } from "../../protocol/worker";
import { isNumber, isRecord, str } from "../lib/guards";

export interface HostCallbacks {
  status(phase: BootPhase): void;
  ready(timings: Record<string, number>): void;
  appError(error: AppError): void;
  fatal(error: PlainError): void;
  /** `responsive === false`: no pong for too long while idle; true: it answered again. */
  responsive(ok: boolean): void;
  /** Whether the app is legitimately busy (a running event may block Python and delay pongs). */
  busy(): boolean;
}

const PING_EVERY_MS = 3000;
const HANG_AFTER_MS = 15000;
const PHASES: ReadonlySet<string> = new Set(["loading-python", "installing", "running-app"]);

function parseFromWorker(x: unknown): FromWorker | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case "status":
      return typeof x.phase === "string" && PHASES.has(x.phase) ? { type: "status", phase: toPhase(x.phase) } : null;
    case "ready": {
      const timings: Record<string, number> = {};
      if (isRecord(x.timings)) for (const [k, v] of Object.entries(x.timings)) if (isNumber(v)) timings[k] = v;
      return { type: "ready", timings };
    }
    case "app-error": {
      const e = isRecord(x.error) ? x.error : {};
      return {
        type: "app-error",
        error: {
          name: str(e.name, "Error"),
          message: str(e.message),
          traceback: str(e.traceback, str(e.message)),
          lineno: isNumber(e.lineno) ? e.lineno : null,
          stack: typeof e.stack === "string" ? e.stack : undefined,
        },
      };
    }
    case "fatal": {
      const e = isRecord(x.error) ? x.error : {};
      return { type: "fatal", error: { name: str(e.name, "Error"), message: str(e.message, "unknown error"), stack: typeof e.stack === "string" ? e.stack : undefined } };
    }
    case "console":
      return { type: "console", level: x.level === "warn" || x.level === "error" ? x.level : "log", text: str(x.text) };
    case "pong":
      return isNumber(x.id) ? { type: "pong", id: x.id } : null;
    default:
      return null;
  }
}

function toPhase(s: string): BootPhase {
  return s === "installing" ? "installing" : s === "running-app" ? "running-app" : "loading-python";
}

export class WorkerHost {
  readonly worker: Worker;
  /** When the oldest unanswered ping was sent (null: the worker has answered since). */
  private waitingSince: number | null = null;
  private pingId = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private unresponsive = false;
  private booting = true;
  private dead = false;

  constructor(workerUrl: URL, private readonly cb: HostCallbacks) {
    this.worker = new Worker(workerUrl, { type: "module", name: "blocklite" });
    this.worker.addEventListener("message", (ev: MessageEvent<unknown>) => {
      try {
        this.onMessage(ev.data);
      } catch (err) {
        console.error("blocklite: error while handling a worker message", err);
      }
    });
    this.worker.addEventListener("error", (ev: Event) => {
      ev.preventDefault();
      // A module worker that fails to load fires a plain Event; a runtime failure an ErrorEvent.
      const text = ev instanceof ErrorEvent && ev.message ? ev.message : `the worker failed to load or crashed (${workerUrl.href})`;
      const where = ev instanceof ErrorEvent && ev.filename ? ` (${ev.filename}:${ev.lineno})` : "";
      this.die({ name: "WorkerError", message: `${text}${where}` });
    });
    this.worker.addEventListener("messageerror", () => {
      console.error("blocklite: a message from the worker could not be deserialized");
      this.die({ name: "MessageError", message: "a message from the worker could not be read" });
    });
    this.timer = setInterval(() => this.tick(), PING_EVERY_MS);
  }

  boot(msg: BootMessage): void {
    this.worker.postMessage(msg);
  }

  private onMessage(data: unknown): void {
    const msg = parseFromWorker(data);
    this.waitingSince = null;
    if (this.unresponsive) {
      this.unresponsive = false;
      this.cb.responsive(true);
    }
    if (!msg) {
      console.warn("blocklite: ignoring an unknown message from the worker", data);
      return;
    }
    switch (msg.type) {
      case "status":
        this.cb.status(msg.phase);
        break;
      case "ready":
        this.booting = false;
        this.cb.ready(msg.timings);
        break;
      case "app-error":
        this.booting = false;
        this.cb.appError(msg.error);
        break;
      case "fatal":
        this.die(msg.error);
        break;
      case "console":
        (msg.level === "error" ? console.error : msg.level === "warn" ? console.warn : console.log)(msg.text);
        break;
      case "pong":
        break;
    }
  }

  private die(error: PlainError): void {
    if (this.dead) return;
    this.dead = true;
    this.booting = false;
    clearInterval(this.timer);
    this.cb.fatal(error);
  }

  private tick(): void {
    if (this.dead) return;
    const now = performance.now();
    // A booting or busy worker may run Python synchronously and cannot answer: only idle time counts.
    // Measuring from the unanswered ping (not from the last tick) avoids false alarms when a
    // background tab throttles this timer.
    if (this.booting || this.cb.busy()) this.waitingSince = now;
    else this.waitingSince ??= now;
    if (!this.unresponsive && now - this.waitingSince > HANG_AFTER_MS) {
      this.unresponsive = true;
      this.cb.responsive(false);
    }
    const ping: PingMessage = { type: "ping", id: ++this.pingId };
    try {
      this.worker.postMessage(ping);
    } catch {
      /* the worker is gone; onerror reports it */
    }
  }

  /** Stop the worker and the watchdog (used when the app is removed). */
  terminate(): void {
    this.dead = true;
    clearInterval(this.timer);
    this.worker.terminate();
  }
}
