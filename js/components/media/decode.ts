/**
 * Audio bytes → samples in the page (WebAudio `decodeAudioData`), and back to a WAV File.
 *
 * Why it exists: the waveform is drawn from the audio's own samples, trimming cuts them, and a
 * recording (WebM/Opus from MediaRecorder) is sent to Python as WAV (wav.ts) so that a handler
 * reads it with the standard library. An OfflineAudioContext decodes without a user gesture and
 * resamples to the rate asked for (waveform_options.sample_rate).
 */

import { encodeWav } from "./wav";

export interface Decoded {
  channels: Float32Array[];
  sampleRate: number;
  duration: number;
}

/** Decode `data` (any format this browser plays) at `sampleRate`; rejects when it cannot. */
export async function decodeAudio(data: ArrayBuffer, sampleRate = 44100): Promise<Decoded> {
  const Offline = globalThis.OfflineAudioContext;
  if (typeof Offline !== "function") throw new Error("This browser has no Web Audio.");
  const context = new Offline(1, 1, sampleRate);
  const buffer = await context.decodeAudioData(data.slice(0));
  const channels: Float32Array[] = [];
  for (let c = 0; c < buffer.numberOfChannels; c++) channels.push(buffer.getChannelData(c));
  return { channels, sampleRate: buffer.sampleRate, duration: buffer.duration };
}

/** Samples as a WAV File called `name`. */
export function wavFile(channels: readonly Float32Array[], sampleRate: number, name: string): File {
  const bytes = encodeWav(channels, sampleRate);
  return new File([bytes.buffer instanceof ArrayBuffer ? bytes.buffer : new Uint8Array(bytes)], name, { type: "audio/wav" });
}

/** A recording (any container) as a WAV File at `sampleRate`. */
export async function recordingAsWav(blob: Blob, sampleRate: number, name = "recording.wav"): Promise<File> {
  const decoded = await decodeAudio(await blob.arrayBuffer(), sampleRate);
  return wavFile(decoded.channels, decoded.sampleRate, name);
}

/** `m:ss` for a number of seconds. */
export function clock(seconds: number): string {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
