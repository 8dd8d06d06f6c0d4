/**
 * WAV encoding and the numbers a waveform is drawn from, as pure functions of samples.
 *
 * Why it exists: the page sends recordings and trimmed audio to Python as 16-bit PCM WAV, the one
 * format the standard library's `wave` module reads (py/blocklite/components/audio_io.py), so a
 * handler gets them without ffmpeg. Kept free of the DOM so Node tests check the bytes.
 */

/** Float samples (one array per channel, -1..1) as a 16-bit PCM WAV file. */
export function encodeWav(channels: readonly Float32Array[], sampleRate: number): Uint8Array {
  const count = channels.length === 0 ? 0 : Math.min(...channels.map((c) => c.length));
  const channelCount = Math.max(1, channels.length);
  const dataBytes = count * channelCount * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const text = (at: number, s: string): void => {
    for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
  };
  const rate = Math.round(sampleRate);
  text(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, channelCount, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * channelCount * 2, true); // byte rate
  view.setUint16(32, channelCount * 2, true); // block align
  view.setUint16(34, 16, true); // bits per sample
  text(36, "data");
  view.setUint32(40, dataBytes, true);
  let at = 44;
  for (let i = 0; i < count; i++) {
    for (let c = 0; c < channels.length; c++) {
      view.setInt16(at, toInt16(channels[c]![i]!), true);
      at += 2;
    }
  }
  return out;
}

/** A float sample as a 16-bit one (clipped to -1..1; NaN is silence). */
export function toInt16(x: number): number {
  if (!(x === x)) return 0;
  const clipped = Math.max(-1, Math.min(1, x));
  return clipped < 0 ? Math.round(clipped * 0x8000) : Math.round(clipped * 0x7fff);
}

/** The samples between `start` and `end` seconds of each channel (clamped to the audio). */
export function sliceSeconds(channels: readonly Float32Array[], sampleRate: number, start: number, end: number): Float32Array[] {
  const length = channels[0]?.length ?? 0;
  const from = Math.max(0, Math.min(length, Math.floor(Math.min(start, end) * sampleRate)));
  const to = Math.max(from, Math.min(length, Math.ceil(Math.max(start, end) * sampleRate)));
  return channels.map((c) => c.slice(from, to));
}

/** The loudest absolute sample of each of `bars` equal slices, across channels: bar heights 0..1. */
export function peaks(channels: readonly Float32Array[], bars: number): number[] {
  const length = channels[0]?.length ?? 0;
  const n = Math.max(0, Math.floor(bars));
  const out = new Array<number>(n).fill(0);
  if (length === 0 || n === 0) return out;
  for (let b = 0; b < n; b++) {
    const from = Math.floor((b * length) / n);
    const to = Math.max(from + 1, Math.floor(((b + 1) * length) / n));
    let peak = 0;
    for (const c of channels) {
      for (let i = from; i < to && i < length; i++) {
        const v = Math.abs(c[i]!);
        if (v > peak) peak = v;
      }
    }
    out[b] = Math.min(1, peak);
  }
  return out;
}
