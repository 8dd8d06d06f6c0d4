/**
 * Owns one app's worker: starts it, narrows its control messages, relays its console output,
 * watches that it is alive, and can interrupt the handler it runs.
 *
 * Why it exists: worker plumbing (boot message, `status`/`ready`/`app-error`/`fatal`, `onerror`,
 * `messageerror`, `closing`, the heartbeat, the shared stop flags) is separate from what the page
 * shows; js/app/start-app.ts turns the callbacks below into UI. Listeners here never throw.
 *
 * Alive or dead: the worker reports every handler run and every synchronous call into Python for a
 * request (`handler` start/end). While one runs, Python may block the worker for as long as it
 * takes, so silence is legitimate ("busy"); while none runs (a request waiting on an async handler
 * or on the queue does not block the worker), a ping unanswered for DEAD_AFTER_MS means the worker is gone (terminated, closed,
 * crashed, out of memory) and `lost` is called: within ~2 s. A handler silent for BUSY_NOTICE_MS is
 * reported as `responsive(false)` (the page offers a restart). Where Web Locks exist (secure
 * contexts), the worker also holds a lock for its whole life (BootMessage.lifeline) and the page
 * waits for it: the browser grants it to the page the moment the worker is gone, even in the middle
 * of a handler, which pings alone cannot tell from a long handler.
 */

import type { AppError, BootMessage, BootPhase, PingMessage, PlainError } from "../../protocol/worker";
import { CONTROL_SIGNAL, CONTROL_TARGET, SIGINT } from "../../protocol/worker";
import { parseFromWorker } from "./worker-messages";

export interface HostCallbacks {
  status(phase: BootPhase): void;
  ready(timings: Record<string, number>): void;
  appError(error: AppError): void;
  /** The worker failed while booting (it cannot run the app). */
  fatal(error: PlainError): void;
  /** The worker went away or stopped answering after boot (`why` says how). */
  lost(why: string): void;
  /** `responsive === false`: a handler has kept the worker silent for long; true: it answered again. */
  responsive(ok: boolean): void;
  /** A handler run started or ended (the app uses it to stop a cancelled event). */
  handlers?(): void;
}

/** How the page can stop a running handler: see `interrupt`. */
export type StopResult = "interrupted" | "blocked" | "idle";

const PING_EVERY_MS = 400;
const DEAD_AFTER_MS = 1100;
const BUSY_NOTICE_MS = 15000;

/** Stop flags shared with the worker, when the page is cross-origin isolated (else null). */
function sharedControl(): Int32Array | null {
  if (typeof SharedArrayBuffer !== "function" || !globalThis.crossOriginIsolated) return null;
  return new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
}

/** A fresh Web Lock name for one worker's life, or null where Web Locks are missing. */
function lifelineName(): string | null {
  if (typeof navigator === "undefined" || !("locks" in navigator)) return null;
  return `blocklite-worker-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export class WorkerHost {
  readonly worker: Worker;
  /** The page's stop flags (null: the page is not cross-origin isolated). */
  readonly control = sharedControl();
  /** When the oldest unanswered ping was sent (null: the worker has answered since). */
  private waitingSince: number | null = null;
  private lastTick = performance.now();
  private pingId = 0;
  private timer: ReturnType<typeof setInterval> | undefined;
  private unresponsive = false;
  private booting = true;
  private dead = false;
  /** Handler runs going on in the worker: run number → event id. */
  private readonly runs = new Map<number, string>();
  /** The worker's lifeline lock (null: no Web Locks here) and how to stop waiting for it. */
  private readonly lifeline = lifelineName();
  private readonly lifelineWait = new AbortController();

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
      this.die({ name: "MessageError", message: "a message from the worker could not be read" });
    });
    // Code on the page that terminates this worker (not the host itself) is seen at once: the
    // browser frees a worker stuck in wasm (and its lifeline lock) only ~2 s later.
    const terminate = this.worker.terminate.bind(this.worker);
    this.worker.terminate = (): void => {
      terminate();
      this.die({ name: "WorkerTerminated", message: "the worker was terminated" });
    };
    this.timer = setInterval(() => this.tick(), PING_EVERY_MS);
  }

  boot(msg: Omit<BootMessage, "control">): void {
    const boot: BootMessage = { ...msg };
    if (this.control) boot.control = this.control;
    if (this.lifeline) boot.lifeline = this.lifeline;
    this.worker.postMessage(boot);
  }

  /** Whether a handler of this event is running in the worker now. */
  running(eventId: string): boolean {
    return this.runOf(eventId) !== null;
  }

  /**
   * Stop the handler of `eventId` if it is running: with shared flags, interrupt it (Python raises
   * in the handler, within a bytecode check or a `time.sleep` wake-up); without, report "blocked"
   * (only terminating the worker can stop it). "idle": it is not running (the cancel request will
   * reach the worker).
   */
  interrupt(eventId: string): StopResult {
    const run = this.runOf(eventId);
    if (run === null) return "idle";
    if (!this.control) return "blocked";
    Atomics.store(this.control, CONTROL_TARGET, run);
    Atomics.store(this.control, CONTROL_SIGNAL, SIGINT);
    Atomics.notify(this.control, CONTROL_SIGNAL);
    return "interrupted";
  }

  private runOf(eventId: string): number | null {
    for (const [run, id] of this.runs) if (id === eventId) return run;
    return null;
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
      case "handler":
        if (msg.state === "start") this.runs.set(msg.run, msg.eventId);
        else this.runs.delete(msg.run);
        this.cb.handlers?.();
        break;
      case "closing":
        this.die({ name: "WorkerClosed", message: "the worker closed itself" });
        break;
      case "lifeline":
        this.awaitEnd();
        break;
      case "pong":
        break;
    }
  }

  /** The worker holds its lifeline: ask for the same lock, which is granted once the worker is gone. */
  private awaitEnd(): void {
    if (!this.lifeline || this.dead) return;
    navigator.locks
      .request(this.lifeline, { signal: this.lifelineWait.signal }, () => {
        this.die({ name: "WorkerLost", message: "the worker ended (terminated, crashed or out of memory)" });
      })
      .catch(() => {}); // aborted: the page stopped the worker itself
  }

  private die(error: PlainError): void {
    if (this.dead) return;
    const booting = this.booting;
    this.stop();
    if (booting) this.cb.fatal(error);
    else this.cb.lost(`${error.name}: ${error.message}`);
  }

  private tick(): void {
    if (this.dead) return;
    const now = performance.now();
    const late = now - this.lastTick > 3 * PING_EVERY_MS; // the page was throttled or blocked
    this.lastTick = now;
    // A booting worker, or one in a handler, may run Python synchronously and cannot answer:
    // only idle time counts. Measuring from the unanswered ping (not from the last tick), and
    // not judging after a late tick, avoids false alarms in a throttled background tab.
    const inHandler = this.runs.size > 0;
    if (late || this.booting) this.waitingSince = now;
    else this.waitingSince ??= now;
    const silent = now - this.waitingSince;
    if (!inHandler && silent > DEAD_AFTER_MS) {
      this.die({ name: "WorkerLost", message: "the worker stopped answering" });
      return;
    }
    if (inHandler && !this.unresponsive && silent > BUSY_NOTICE_MS) {
      this.unresponsive = true;
      this.cb.responsive(false);
    }
    const ping: PingMessage = { type: "ping", id: ++this.pingId };
    try {
      this.worker.postMessage(ping);
    } catch {
      /* the worker is gone; the next ticks report it */
    }
  }

  private stop(): void {
    this.dead = true;
    this.booting = false;
    this.runs.clear();
    clearInterval(this.timer);
    this.lifelineWait.abort();
    this.worker.terminate();
  }

  /** Stop the worker and the watchdog without reporting anything (unmount, restart). */
  terminate(): void {
    this.stop();
  }
}
