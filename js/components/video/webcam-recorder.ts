/**
 * The webcam source of gr.Video: a live (mirrored) preview, Record and Stop; the recording is a
 * WebM (or MP4) file from MediaRecorder.
 *
 * Why it exists: the device must be opened only when the user asks, and released when they stop,
 * leave the source, or the app goes away. A refused permission is reported by `onError` (a toast)
 * and the panel goes back to "Record". Gradio flips a mirrored recording with ffmpeg; a browser
 * only mirrors the preview (docs/media.md).
 */

import { isRecord } from "../../lib/guards";
import { Capture } from "../media/capture";
import { clock } from "../media/decode";

export interface WebcamCallbacks {
  event(name: "start_recording" | "stop_recording"): void;
  done(file: File): void;
  error(message: string): void;
}

export class WebcamRecorder {
  readonly el = document.createElement("div");
  private readonly preview = document.createElement("video");
  private readonly record = document.createElement("button");
  private readonly stop = document.createElement("button");
  private readonly status = document.createElement("span");
  private readonly capture = new Capture("video");
  private ticker: ReturnType<typeof setInterval> | null = null;
  private started = 0;
  private starting = false;
  private constraints: MediaStreamConstraints = { video: true, audio: true };

  constructor(private readonly on: WebcamCallbacks) {
    this.el.className = "blocklite-video-webcam";
    this.preview.className = "blocklite-video-preview";
    this.preview.muted = true;
    this.preview.playsInline = true;
    this.preview.autoplay = true;
    this.preview.setAttribute("aria-label", "Webcam preview");
    for (const [b, text, name] of [[this.record, "Record", "record"], [this.stop, "Stop", "stop-recording"]] as const) {
      b.type = "button";
      b.className = `blocklite-video-control blocklite-video-${name}`;
      b.textContent = text;
    }
    this.status.className = "blocklite-video-record-status";
    this.status.setAttribute("aria-live", "polite");
    const bar = document.createElement("div");
    bar.className = "blocklite-video-recorder";
    bar.append(this.record, this.stop, this.status);
    this.el.append(this.preview, bar);
    this.record.addEventListener("click", () => void this.start());
    this.stop.addEventListener("click", () => void this.finish());
    this.show();
  }

  get active(): boolean {
    return this.capture.state !== "inactive" || this.starting;
  }

  /** `webcam_options` and `include_audio` from the props. */
  configure(options: unknown, includeAudio: boolean): void {
    const o = isRecord(options) ? options : {};
    const raw = isRecord(o.constraints) ? o.constraints : null;
    const asked: unknown = raw ? (raw.video !== undefined ? raw.video : raw) : true;
    const video: boolean | MediaTrackConstraints = typeof asked === "boolean" ? asked : isRecord(asked) ? { ...asked } : true;
    this.constraints = { video, audio: includeAudio };
    this.preview.classList.toggle("blocklite-video-mirrored", o.mirror !== false);
  }

  private async start(): Promise<void> {
    if (this.active) return;
    this.starting = true;
    this.status.textContent = "Starting the webcam…";
    try {
      await this.capture.start(this.constraints);
    } catch (err) {
      this.starting = false;
      this.status.textContent = "";
      this.show();
      return this.on.error(err instanceof Error ? err.message : String(err));
    }
    this.starting = false;
    this.preview.srcObject = this.capture.live;
    void this.preview.play().catch(() => undefined);
    this.started = performance.now();
    this.ticker = setInterval(() => this.show(), 250);
    this.on.event("start_recording");
    this.show();
  }

  private async finish(): Promise<void> {
    if (this.capture.state === "inactive") return;
    if (this.ticker !== null) clearInterval(this.ticker);
    this.ticker = null;
    const blob = await this.capture.stop();
    this.preview.srcObject = null;
    this.show();
    this.on.event("stop_recording");
    const ext = blob.type.includes("mp4") ? "mp4" : "webm";
    if (blob.size > 0) this.on.done(new File([blob], `webcam.${ext}`, { type: blob.type.split(";")[0] || `video/${ext}` }));
  }

  private show(): void {
    const on = this.capture.state !== "inactive";
    this.record.hidden = on;
    this.stop.hidden = !on;
    this.preview.hidden = !on; // no black box before the camera is on
    if (on) this.status.textContent = `Recording ${clock((performance.now() - this.started) / 1000)}`;
    else if (!this.starting) this.status.textContent = "";
  }

  destroy(): void {
    if (this.ticker !== null) clearInterval(this.ticker);
    this.capture.release();
    this.preview.srcObject = null;
  }
}
