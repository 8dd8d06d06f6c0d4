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

/** One MediaRecorder run and the data it produced (its own array: a restarted run never mixes in). */
interface Run {
  recorder: MediaRecorder;
  chunks: Blob[];
}

export class Capture {
  private stream: MediaStream | null = null;
  private run: Run | null = null;
  private segmentTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly kind: CaptureKind) {}

  /** The live stream (for a webcam preview), or null when not recording. */
  get live(): MediaStream | null {
    return this.stream;
  }

  get state(): "inactive" | "recording" | "paused" {
    return this.run?.recorder.state ?? "inactive";
  }

  /** Open the device and start recording; rejects with a readable message when it cannot. */
  async start(constraints: MediaStreamConstraints | null = null): Promise<void> {
    if (this.run) return;
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
    this.run = this.begin();
  }

  private begin(): Run | null {
    if (!this.stream) return null;
    const type = recorderType(this.kind);
    const recorder = new MediaRecorder(this.stream, type ? { mimeType: type } : undefined);
    const chunks: Blob[] = [];
    recorder.addEventListener("dataavailable", (ev: BlobEvent) => {
      if (ev.data.size > 0) chunks.push(ev.data);
    });
    recorder.start();
    return { recorder, chunks };
  }

  pause(): void {
    if (this.run?.recorder.state === "recording") this.run.recorder.pause();
  }

  resume(): void {
    if (this.run?.recorder.state === "paused") this.run.recorder.resume();
  }

  /** The file a finished run recorded. */
  private static end(run: Run | null): Promise<Blob> {
    if (!run) return Promise.resolve(new Blob([]));
    const { recorder, chunks } = run;
    const file = (): Blob => new Blob(chunks, { type: recorder.mimeType || chunks[0]?.type || "" });
    if (recorder.state === "inactive") return Promise.resolve(file());
    return new Promise((resolve) => {
      recorder.addEventListener("stop", () => resolve(file()), { once: true });
      recorder.stop();
    });
  }

  /** Every `seconds`, hand the recording so far to `onSegment` as a whole file and go on (the
   * next run starts before the last one stops, so the recorder is never idle in between). */
  segmentEvery(seconds: number, onSegment: (blob: Blob) => void): void {
    this.stopSegments();
    this.segmentTimer = setInterval(() => {
      const done = this.run;
      if (!done || done.recorder.state !== "recording") return;
      this.run = this.begin();
      void Capture.end(done).then((blob) => {
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
    const run = this.run;
    this.run = null;
    const blob = await Capture.end(run);
    this.release();
    return blob;
  }

  /** Release the device without keeping anything (the app went away). */
  release(): void {
    this.stopSegments();
    if (this.run && this.run.recorder.state !== "inactive") this.run.recorder.stop();
    this.run = null;
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = null;
  }
}
