/**
 * Stop (`cancels=`) for an event whose handler is running in the worker right now.
 *
 * Why it exists: the page's `POST cancel` waits in the worker's message queue behind a sync
 * handler, so it cannot stop one. When the worker reports that the cancelled event's handler is
 * running, the page stops it itself: with cross-origin isolation it raises Pyodide's interrupt
 * (js/net/worker-host.ts `interrupt`); if the handler is still running STOP_GRACE_MS later (no
 * isolation, or code that never checks for interrupts), the worker is restarted. A Stop that comes
 * before the worker has said the handler started is remembered for that long too.
 */

import type { WorkerHost } from "../net/worker-host";

export const STOP_GRACE_MS = 1000;

export class HandlerStopper {
  /** Events cancelled on the page whose grace period is still running. */
  private readonly wanted = new Set<string>();

  constructor(
    private readonly host: () => WorkerHost | null,
    private readonly restart: (why: string) => void,
  ) {}

  /** The page is cancelling `eventId`. */
  stop(eventId: string): void {
    this.wanted.add(eventId);
    this.apply(eventId);
    setTimeout(() => this.check(eventId), STOP_GRACE_MS);
  }

  /** The worker reported a handler starting or ending. */
  handlersChanged(): void {
    for (const eventId of this.wanted) this.apply(eventId);
  }

  /** Forget every Stop (the worker was replaced). */
  clear(): void {
    this.wanted.clear();
  }

  private apply(eventId: string): void {
    const host = this.host();
    if (host && host.running(eventId)) host.interrupt(eventId);
  }

  private check(eventId: string): void {
    if (!this.wanted.delete(eventId)) return; // forgotten: the worker was replaced meanwhile
    const host = this.host();
    if (!host || !host.running(eventId)) return;
    const why = host.control
      ? "a handler did not stop within 1 s of Stop"
      : "a handler did not stop within 1 s of Stop, and this page is not cross-origin isolated, so Python cannot be interrupted";
    this.restart(why);
  }
}
