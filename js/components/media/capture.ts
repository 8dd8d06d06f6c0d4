/**
 * Recording from the microphone or the webcam with MediaRecorder: start, pause, resume, stop, and
 * (for streaming inputs) a complete file every few seconds.
 *
 * Why it exists: Audio and Video both record, and both must release the device (the camera light
 * and the browser's "recording" dot go off) when the user stops, leaves the source or the app goes
 * away. A segment is a whole file (the recorder is restarted on the same stream), because a
 * MediaRecorder's timeslice pieces after the first cannot be decoded on their own.
 */

export type CaptureKind = "audio" | "video";

/** The first container MediaRecorder here can write for `kind` ("" lets the browser choose). */
export function recorderType(kind: CaptureKind): string {
  const wanted = kind === "audio" ? ["audio/webm;codecs=opus", "audio/webm", "audio/ogg", "audio/mp4"] : ["video/webm;codecs=vp8,opus", "video/webm", "video/mp4"];
  if (typeof MediaRecorder === "undefined") return "";
  return wanted.find((t) => MediaRecorder.isTypeSupported(t)) ?? "";
}

export class Capture {
  private stream: MediaStream | null = null;
  private recorder: MediaRecorder | null = null;
  private chunks: Blob[] = [];
  private segmentTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly kind: CaptureKind) {}

  /** The live stream (for a webcam preview), or null when not recording. */
  get live(): MediaStream | null {
    return this.stream;
  }

  get state(): "inactive" | "recording" | "paused" {
    return this.recorder?.state ?? "inactive";
  }

  /** Open the device and start recording; rejects with a readable message when it cannot. */
  async start(constraints: MediaStreamConstraints | null = null): Promise<void> {
    if (this.recorder) return;
    if (!navigator.mediaDevices || typeof navigator.mediaDevices.getUserMedia !== "function" || typeof MediaRecorder === "undefined") {
      throw new Error(`This browser cannot record ${this.kind === "audio" ? "audio" : "video"} here (it needs a secure page).`);
    }
    try {
      this.stream = await navigator.mediaDevices.getUserMedia(constraints ?? (this.kind === "audio" ? { audio: true } : { video: true, audio: true }));
    } catch (err) {
      const name = err instanceof Error ? err.name : "";
      const device = this.kind === "audio" ? "microphone" : "camera";
      if (name === "NotAllowedError" || name === "SecurityError") throw new Error(`Permission to use the ${device} was denied.`);
      if (name === "NotFoundError") throw new Error(`No ${device} was found.`);
      throw new Error(`The ${device} could not be started: ${err instanceof Error ? err.message : String(err)}`);
    }
    this.begin();
  }

  private begin(): void {
    if (!this.stream) return;
    const type = recorderType(this.kind);
    const recorder = new MediaRecorder(this.stream, type ? { mimeType: type } : undefined);
    this.chunks = [];
    recorder.addEventListener("dataavailable", (ev: BlobEvent) => {
      if (ev.data.size > 0) this.chunks.push(ev.data);
    });
    recorder.start();
    this.recorder = recorder;
  }

  pause(): void {
    if (this.recorder?.state === "recording") this.recorder.pause();
  }

  resume(): void {
    if (this.recorder?.state === "paused") this.recorder.resume();
  }

  /** Finish the current recording (the device stays open); its file. */
  private finish(): Promise<Blob> {
    const recorder = this.recorder;
    this.recorder = null;
    if (!recorder || recorder.state === "inactive") return Promise.resolve(new Blob(this.chunks));
    return new Promise((resolve) => {
      recorder.addEventListener("stop", () => resolve(new Blob(this.chunks, { type: recorder.mimeType || this.chunks[0]?.type || "" })), { once: true });
      recorder.stop();
    });
  }

  /** Every `seconds`, hand the recording so far to `onSegment` as a whole file and go on. */
  segmentEvery(seconds: number, onSegment: (blob: Blob) => void): void {
    this.stopSegments();
    this.segmentTimer = setInterval(() => {
      if (!this.recorder || this.recorder.state !== "recording") return;
      void this.finish().then((blob) => {
        if (this.stream) this.begin();
        if (blob.size > 0) onSegment(blob);
      });
    }, Math.max(100, seconds * 1000));
  }

  private stopSegments(): void {
    if (this.segmentTimer !== null) clearInterval(this.segmentTimer);
    this.segmentTimer = null;
  }

  /** Stop recording and release the device; the recording (empty when nothing was recorded). */
  async stop(): Promise<Blob> {
    this.stopSegments();
    const blob = await this.finish();
    this.release();
    return blob;
  }

  /** Release the device without keeping anything (the app went away). */
  release(): void {
    this.stopSegments();
    if (this.recorder && this.recorder.state !== "inactive") this.recorder.stop();
    this.recorder = null;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
  }
}
