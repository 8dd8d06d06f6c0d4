/**
 * The worker's side of watching handlers: numbers each run of user code (and each synchronous
 * call into Python for a request, eventId ""), tells the page when one starts and ends, and answers
 * Python's "was this run asked to stop?" from the page's stop flags.
 *
 * Why it exists: the page cannot reach a worker stuck in Python (its messages wait behind the
 * handler), so it needs to know *which* event's code is running to (a) tell a long sync handler
 * (busy, no pongs) from a dead worker, and (b) interrupt exactly that handler. Python marks the
 * runs (py/blocklite/handler_window.py) and calls the functions below; they only post messages and
 * read shared memory, so they never throw into Python.
 */

import { CONTROL_SIGNAL, CONTROL_TARGET, type FromWorker } from "../protocol/worker";

export interface HandlerWatch {
  /** A handler run of `eventId` starts; returns its number. */
  enter(eventId: unknown): number;
  /** Run `run` is over. */
  leave(run: unknown): void;
  /** Whether the page asked to stop a run that is still going (nested runs count). */
  stopRequested(run: unknown): boolean;
  /** Block for up to `ms` milliseconds, waking at once when the page raises the interrupt flag. */
  wait(ms: unknown): void;
  /** Use the page's stop flags (null: none; stopRequested is then always false). */
  useControl(control: Int32Array | null): void;
  readonly control: Int32Array | null;
}

export function createHandlerWatch(post: (message: FromWorker) => void, checkInterrupt: () => void): HandlerWatch {
  let next = 0;
  let control: Int32Array | null = null;
  const active = new Map<number, string>();
  return {
    enter(eventId) {
      const run = ++next;
      const id = typeof eventId === "string" ? eventId : "";
      active.set(run, id);
      post({ type: "handler", state: "start", run, eventId: id });
      return run;
    },
    leave(run) {
      const n = Number(run);
      const eventId = active.get(n) ?? "";
      if (!active.delete(n)) return;
      post({ type: "handler", state: "end", run: n, eventId });
    },
    stopRequested() {
      if (!control) return false;
      const target = Atomics.load(control, CONTROL_TARGET);
      return target !== 0 && active.has(target);
    },
    wait(ms) {
      if (!control) return;
      const timeout = Math.max(0, Number(ms) || 0);
      Atomics.wait(control, CONTROL_SIGNAL, 0, timeout);
      // Woken by the page (or the time is up): let Python see a pending interrupt now; it raises
      // (through handler_window's SIGINT handler) only when the target run is still going.
      checkInterrupt();
    },
    useControl(shared) {
      control = shared;
    },
    get control() {
      return control;
    },
  };
}
