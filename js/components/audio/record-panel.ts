/**
 * The microphone source of gr.Audio: Record, Pause/Resume and Stop buttons over a Capture, with
 * the elapsed time, and (streaming inputs) a WAV chunk every `stream_every` seconds.
 *
 * Why it exists: the recording's life (device open, paused, stopped, the time limit) is separate
 * from the player's. The panel fires the recording events through callbacks; the component turns
 * the finished recording into its value. A refused permission is reported by `onError` (a toast)
 * and the panel goes back to "Record", so the app stays usable.
 */

import { Capture } from "../media/capture";
import { clock } from "../media/decode";
import { LevelMeter } from "./level-meter";

export interface RecordCallbacks {
  event(name: "start_recording" | "pause_recording" | "stop_recording" | "stop"): void;
  /** The whole recording, when the user stopped (not called for a streaming input). */
  done(blob: Blob): void;
  /** A streaming input's chunk (a whole file). */
  chunk(blob: Blob): void;
  error(message: string): void;
  /** A streaming input's pace (null: record one whole file). */
  pace(): StreamPace | null;
}

export interface StreamPace {
  streamEvery: number;
  timeLimit: number | null;
}

export class RecordPanel {
  readonly el = document.createElement("div");
  private readonly record = button("blocklite-audio-record", "Record");
  private readonly pause = button("blocklite-audio-pause-recording", "Pause");
  private readonly stop = button("blocklite-audio-stop-recording", "Stop");
  private readonly status = document.createElement("span");
  private readonly capture = new Capture("audio");
  private started = 0;
  private pausedFor = 0;
  private pausedAt = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private limit: ReturnType<typeof setTimeout> | null = null;
  private stream: StreamPace | null = null;
  private starting = false;
  /** The live level while recording (hidden when `showLevel` is false). */
  readonly meter = new LevelMeter();
  showLevel = true;

  constructor(private readonly on: RecordCallbacks) {
    this.el.className = "blocklite-audio-recorder";
    this.status.className = "blocklite-audio-record-status";
    this.status.setAttribute("aria-live", "polite");
    const buttons = document.createElement("div");
    buttons.className = "blocklite-audio-recorder-buttons";
    buttons.append(this.record, this.pause, this.stop, this.status);
    this.el.append(this.meter.el, buttons);
    this.record.addEventListener("click", () => void this.start(this.on.pace()));
    this.pause.addEventListener("click", () => this.togglePause());
    this.stop.addEventListener("click", () => void this.finish());
    this.show();
  }

  get active(): boolean {
    return this.capture.state !== "inactive" || this.starting;
  }

  /** Start recording; `stream` set: send a chunk every `streamEvery` seconds (streaming input). */
  async start(stream: StreamPace | null = null): Promise<void> {
    if (this.active) return;
    this.stream = stream;
    this.starting = true;
    this.status.textContent = "Starting the microphone…";
    try {
      await this.capture.start();
    } catch (err) {
      this.starting = false;
      this.status.textContent = "";
      this.show();
      return this.on.error(err instanceof Error ? err.message : String(err));
    }
    this.starting = false;
    this.started = performance.now();
    this.pausedFor = 0;
    if (stream) {
      this.capture.segmentEvery(stream.streamEvery, (blob) => this.on.chunk(blob));
      if (stream.timeLimit !== null) this.limit = setTimeout(() => void this.finish(), stream.timeLimit * 1000);
    }
    this.ticker = setInterval(() => this.show(), 250);
    const live = this.capture.live;
    if (live && this.showLevel) this.meter.start(live);
    this.on.event("start_recording");
    this.show();
  }

  private togglePause(): void {
    if (this.capture.state === "recording") {
      this.capture.pause();
      this.pausedAt = performance.now();
      this.on.event("pause_recording");
    } else if (this.capture.state === "paused") {
      this.capture.resume();
      this.pausedFor += performance.now() - this.pausedAt;
      this.on.event("start_recording");
    }
    this.show();
  }

  private async finish(): Promise<void> {
    if (this.capture.state === "inactive") return;
    this.clearTimers();
    const blob = await this.capture.stop();
    this.show();
    this.on.event("stop_recording");
    this.on.event("stop");
    if (this.stream) {
      if (blob.size > 0) this.on.chunk(blob);
    } else if (blob.size > 0) {
      this.on.done(blob);
    }
    this.stream = null;
  }

  private clearTimers(): void {
    this.meter.stop();
    if (this.ticker !== null) clearInterval(this.ticker);
    if (this.limit !== null) clearTimeout(this.limit);
    this.ticker = this.limit = null;
  }

  private show(): void {
    const state = this.capture.state;
    this.record.hidden = state !== "inactive";
    this.pause.hidden = this.stop.hidden = state === "inactive";
    this.pause.textContent = state === "paused" ? "Resume" : "Pause";
    this.el.classList.toggle("blocklite-audio-recording", state === "recording");
    if (state === "inactive") {
      if (!this.starting) this.status.textContent = "";
      return;
    }
    const now = state === "paused" ? this.pausedAt : performance.now();
    const seconds = (now - this.started - this.pausedFor) / 1000;
    this.status.textContent = `${state === "paused" ? "Paused" : "Recording"} ${clock(seconds)}`;
  }

  /** The app went away: release the microphone, keep nothing. */
  destroy(): void {
    this.clearTimers();
    this.capture.release();
  }
}

function button(className: string, text: string): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = `blocklite-audio-control ${className}`;
  b.textContent = text;
  return b;
}
