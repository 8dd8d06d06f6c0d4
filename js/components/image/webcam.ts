/**
 * The webcam source: a live preview and a capture button that takes one frame as a PNG File.
 *
 * Why it exists: `getUserMedia` needs starting, stopping (the camera light must go off when the
 * user leaves the source or the app goes away) and a canvas to turn a frame into a file. With
 * `webcam_options.mirror` the preview and the captured frame are mirrored, as in Gradio. With
 * `streaming=True` the button starts and stops a stream of frames instead (one every interval,
 * none while the previous one is still being handled).
 */

import { isRecord } from "../../lib/guards";

export interface WebcamSettings {
  mirror: boolean;
  /** `getUserMedia` constraints from `webcam_options.constraints`; null: any camera. */
  constraints: MediaStreamConstraints | null;
}

/** `webcam_options` from the props. */
export function webcamSettings(raw: unknown): WebcamSettings {
  const options = isRecord(raw) ? raw : {};
  const constraints = isRecord(options.constraints) ? constraintsOf(options.constraints) : null;
  return { mirror: options.mirror !== false, constraints };
}

function constraintsOf(raw: Record<string, unknown>): MediaStreamConstraints {
  const video = raw.video;
  const pick = (v: unknown): boolean | MediaTrackConstraints =>
    typeof v === "boolean" ? v : isRecord(v) ? { ...v } : true;
  return { video: video === undefined ? { ...raw } : pick(video), audio: false };
}

export class Webcam {
  readonly el = document.createElement("div");
  readonly video = document.createElement("video");
  readonly capture = document.createElement("button");
  private stream: MediaStream | null = null;
  private readonly status = document.createElement("div");
  private streaming: { timer: ReturnType<typeof setInterval>; pending: boolean } | null = null;
  /** Set by the component: the button streams frames (every `interval` ms) instead of taking one. */
  streamTo: { interval: number; onFrame: (file: File) => Promise<void> } | null = null;

  constructor(
    private settings: WebcamSettings,
    private readonly onFrame: (file: File) => void,
    private readonly onError: (message: string) => void,
  ) {
    this.el.className = "blocklite-image-webcam";
    this.video.className = "blocklite-image-video";
    this.video.muted = true;
    this.video.playsInline = true;
    this.video.autoplay = true;
    this.video.setAttribute("aria-label", "Webcam preview");
    this.capture.type = "button";
    this.capture.className = "blocklite-image-capture";
    this.capture.textContent = "Capture";
    this.capture.disabled = true;
    this.capture.addEventListener("click", () => {
      if (this.streamTo) this.toggleStreaming();
      else void this.takeFrame().then((file) => file && this.onFrame(file));
    });
    this.status.className = "blocklite-image-webcam-status";
    this.status.setAttribute("aria-live", "polite");
    this.el.append(this.video, this.status, this.capture);
  }

  get running(): boolean {
    return this.stream !== null;
  }

  get isStreaming(): boolean {
    return this.streaming !== null;
  }

  configure(settings: WebcamSettings): void {
    this.settings = settings;
    this.video.classList.toggle("blocklite-image-mirrored", settings.mirror);
    const label = this.streamTo ? (this.streaming ? "Stop streaming" : "Start streaming") : "Capture";
    if (this.capture.textContent !== label) this.capture.textContent = label;
  }

  private toggleStreaming(): void {
    const target = this.streamTo;
    if (this.streaming || !target) return this.stopStreaming();
    const state = { timer: setInterval(() => {
      if (state.pending) return; // the previous frame is still on its way: drop this one
      state.pending = true;
      void this.takeFrame()
        .then((file) => (file ? target.onFrame(file) : undefined))
        .finally(() => (state.pending = false));
    }, target.interval), pending: false };
    this.streaming = state;
    this.configure(this.settings);
  }

  private stopStreaming(): void {
    if (this.streaming) clearInterval(this.streaming.timer);
    this.streaming = null;
    this.configure(this.settings);
  }

  async start(): Promise<void> {
    if (this.stream) return;
    this.configure(this.settings);
    if (!navigator.mediaDevices || typeof navigator.mediaDevices.getUserMedia !== "function") {
      this.status.textContent = "No webcam in this browser (it needs a secure page).";
      return;
    }
    this.status.textContent = "Starting the webcam…";
    try {
      const stream = await navigator.mediaDevices.getUserMedia(this.settings.constraints ?? { video: true, audio: false });
      this.stream = stream;
      this.video.srcObject = stream;
      await this.video.play().catch(() => undefined);
      this.status.textContent = "";
      this.capture.disabled = false;
    } catch (err) {
      this.status.textContent = "The webcam could not be started.";
      this.onError(err instanceof Error ? err.message : String(err));
    }
  }

  stop(): void {
    this.stopStreaming();
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
    this.video.srcObject = null;
    this.capture.disabled = true;
  }

  private async takeFrame(): Promise<File | null> {
    const { videoWidth: width, videoHeight: height } = this.video;
    if (!this.stream || width === 0 || height === 0) return null;
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext("2d");
    if (!g) return null;
    if (this.settings.mirror) {
      g.translate(width, 0);
      g.scale(-1, 1);
    }
    g.drawImage(this.video, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    return blob ? new File([blob], "webcam.png", { type: "image/png" }) : null;
  }
}
