/**
 * A `streaming=True` Audio output: chunks decoded and scheduled back to back on one AudioContext.
 *
 * Why it exists: each chunk a generator yields arrives as its own file (is_stream). Playing them
 * through an `<audio>` by swapping `src` leaves a gap per chunk; scheduling each decoded buffer at
 * the end of the previous one (media/schedule.ts) plays them without one. Chunks are decoded in
 * arrival order (a promise chain), so a slow decode never reorders the audio. The schedule of the
 * current run is in `data-stream-schedule` (context seconds), which the browser tests read.
 */

import { ChunkTimeline } from "../media/schedule";

export class StreamPlayer {
  private context: AudioContext | null = null;
  private readonly timeline = new ChunkTimeline();
  private chain: Promise<void> = Promise.resolve();
  private readonly sources = new Set<AudioBufferSourceNode>();

  constructor(
    private readonly host: HTMLElement,
    private readonly onState: (playing: boolean) => void,
    private readonly onError: (message: string) => void,
  ) {}

  private audio(): AudioContext | null {
    if (this.context) return this.context;
    const Ctx = globalThis.AudioContext;
    if (typeof Ctx !== "function") return null;
    this.context = new Ctx();
    return this.context;
  }

  /** Queue one chunk (its bytes); it plays when the ones before it have. */
  push(load: () => Promise<ArrayBuffer>): void {
    this.chain = this.chain.then(async () => {
      const context = this.audio();
      if (!context) return this.onError("This browser has no Web Audio: the stream cannot play.");
      try {
        const buffer = await context.decodeAudioData(await load());
        if (context.state === "suspended") void context.resume().catch(() => undefined);
        const placed = this.timeline.add(buffer.duration, context.currentTime);
        const source = context.createBufferSource();
        source.buffer = buffer;
        source.connect(context.destination);
        source.addEventListener("ended", () => {
          this.sources.delete(source);
          if (this.sources.size === 0) this.onState(false);
        });
        this.sources.add(source);
        source.start(placed.start);
        if (placed.fresh) this.onState(true);
        this.host.dataset.streamSchedule = JSON.stringify(this.timeline.runs.map((r) => [r.start, r.end]));
      } catch (err) {
        this.onError(`A streamed chunk could not be played: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
  }

  /** Stop what is playing and forget the schedule. */
  stop(): void {
    for (const source of this.sources) {
      try {
        source.stop();
      } catch {
        // not started yet
      }
    }
    this.sources.clear();
    this.timeline.reset();
    this.onState(false);
  }

  destroy(): void {
    this.stop();
    void this.context?.close().catch(() => undefined);
    this.context = null;
  }
}
