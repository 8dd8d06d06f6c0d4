/**
 * Where each chunk of a streamed audio output starts on the AudioContext's clock.
 *
 * Why it exists: a `streaming=True` Audio output receives its audio as separate chunks
 * (py/blocklite/components/audio.py marks each `is_stream`). Swapping an `<audio>` element's
 * `src` per chunk leaves an audible gap each time; instead every decoded chunk is scheduled to
 * start exactly where the previous one ends on one AudioContext. A chunk that arrives after the
 * previous one has finished starts a little after "now" (a new run). Pure: Node tests check it.
 */

export interface Scheduled {
  /** Context time the chunk starts at. */
  start: number;
  /** Context time it ends at. */
  end: number;
  /** True when the chunk starts a new run (nothing was playing): the player shows "playing". */
  fresh: boolean;
}

export class ChunkTimeline {
  /** When the last scheduled chunk ends (context time); 0 before any. */
  private endsAt = 0;
  /** Every chunk scheduled so far in this run, in order (tests and the page's progress read it). */
  readonly runs: Scheduled[] = [];

  /** `lead`: how far after `now` a new run starts (seconds), so its first samples are not cut. */
  constructor(private readonly lead = 0.05) {}

  /** Place a chunk of `duration` seconds that arrived at context time `now`. */
  add(duration: number, now: number): Scheduled {
    const fresh = this.endsAt <= now;
    const start = fresh ? now + this.lead : this.endsAt;
    const end = start + Math.max(0, duration);
    this.endsAt = end;
    const placed = { start, end, fresh };
    if (fresh) this.runs.length = 0;
    this.runs.push(placed);
    return placed;
  }

  /** When the scheduled audio ends. */
  get end(): number {
    return this.endsAt;
  }

  /** Forget the schedule (the player was stopped). */
  reset(): void {
    this.endsAt = 0;
    this.runs.length = 0;
  }
}
