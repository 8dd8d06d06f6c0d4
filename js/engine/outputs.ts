/**
 * Output frames for streaming (generator) listeners: every `process_generating` message is folded
 * into one pending patch per output, and the patches reach the components at most once per
 * animation frame.
 *
 * Why it exists: a generator may yield far faster than the page can paint (a burst of 1000 diffs
 * arrives in a few milliseconds). Re-rendering the outputs and firing their `change` listeners for
 * each message would block the page; applying only what is current when a frame is drawn keeps it
 * responsive. Nothing is lost: the diffs themselves are applied in order by the event runner, and
 * folding keeps every prop an intermediate `gr.update(...)` set, so applying the folded patch once
 * equals applying every message in turn. A hidden tab draws no frames, so a timer flushes too.
 * The exception is a streaming media output's chunk (a FileData with `is_stream`, gr.Audio and
 * gr.Video with streaming=True): each chunk is media to play, not a state to replace, so one never
 * folds over another (the pending one is applied first).
 */

import { isUpdate } from "../components/base";
import { isRecord } from "../lib/guards";

/** Whether an output value is a chunk of streamed media (every one must reach its component). */
export function isStreamChunk(x: unknown): boolean {
  const value = isUpdate(x) ? x.value : x;
  return isRecord(value) && value.is_stream === true;
}

/** `next` folded onto `prev`: applying the result once equals applying `prev` then `next`. */
export function mergeOutput(prev: unknown, next: unknown): unknown {
  if (!isUpdate(next)) return isUpdate(prev) ? { ...prev, value: next } : next;
  if (isUpdate(prev)) return { ...prev, ...next };
  // A plain value then an update: the value stays unless the update sets one.
  return { value: prev, ...next };
}

/** Flushes (index → value) patches through `apply`, at most once per frame (or `flush()` now). */
export class FrameBatcher {
  private pending = new Map<number, unknown>();
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /**
   * @param apply receives the folded patches; exceptions are reported, never thrown.
   * @param fallbackMs flush after this long even when no frame is drawn (hidden tab).
   */
  constructor(
    private readonly apply: (patches: Map<number, unknown>) => void,
    private readonly fallbackMs = 100,
  ) {}

  /** Queue one message's values (index i ↔ output i) for the next frame. */
  push(values: readonly unknown[]): void {
    if (values.some((value, i) => this.pending.has(i) && isStreamChunk(value))) this.flush();
    this.fold(values);
    this.schedule();
  }

  /** Apply one message's values now, together with anything still pending (a final message). */
  pushNow(values: readonly unknown[]): void {
    if (values.some((value, i) => this.pending.has(i) && isStreamChunk(value))) this.flush();
    this.fold(values);
    this.flush();
  }

  private fold(values: readonly unknown[]): void {
    values.forEach((value, i) => {
      this.pending.set(i, this.pending.has(i) ? mergeOutput(this.pending.get(i), value) : value);
    });
  }

  /** Apply what is pending now (and cancel the scheduled flush). */
  flush(): void {
    this.cancel();
    if (this.pending.size === 0) return;
    const patches = this.pending;
    this.pending = new Map();
    try {
      this.apply(patches);
    } catch (err) {
      console.error("blocklite: could not apply outputs", err);
    }
  }

  private schedule(): void {
    if (this.frame !== null || this.timer !== null) return;
    const run = (): void => this.flush();
    if (typeof requestAnimationFrame === "function") this.frame = requestAnimationFrame(run);
    this.timer = setTimeout(run, this.frame === null ? 0 : this.fallbackMs);
  }

  private cancel(): void {
    if (this.frame !== null && typeof cancelAnimationFrame === "function") cancelAnimationFrame(this.frame);
    if (this.timer !== null) clearTimeout(this.timer);
    this.frame = null;
    this.timer = null;
  }
}
