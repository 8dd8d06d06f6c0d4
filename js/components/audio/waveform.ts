/**
 * The waveform: bars drawn on a canvas from the audio's samples, the played part in the progress
 * colour, and pointer input: click or drag to seek, or (trim mode) drag to select a region.
 *
 * Why it exists: Gradio shows audio as a waveform (wavesurfer); this is the same idea with no
 * library: bar heights are the peaks of equal slices (media/wav.ts `peaks`), the canvas is
 * redrawn on resize, progress and selection. Keyboard users seek with the arrow keys.
 */

import { peaks } from "../media/wav";

export interface WaveformColors {
  wave: string;
  progress: string;
  region: string;
}

export class Waveform {
  readonly el = document.createElement("div");
  private readonly canvas = document.createElement("canvas");
  private bars: number[] = [];
  private channels: Float32Array[] = [];
  private progress = 0;
  private region: [number, number] | null = null;
  private dragFrom: number | null = null;
  /** Drag selects a region instead of seeking. */
  trimming = false;
  private readonly resize = new ResizeObserver(() => this.draw());

  constructor(
    private colors: WaveformColors,
    private readonly onSeek: (fraction: number) => void,
    private readonly onRegion: (region: [number, number] | null) => void,
  ) {
    this.el.className = "blocklite-audio-waveform";
    this.el.tabIndex = 0;
    this.el.setAttribute("role", "slider");
    this.el.setAttribute("aria-label", "Playback position");
    this.el.setAttribute("aria-valuemin", "0");
    this.el.setAttribute("aria-valuemax", "100");
    this.canvas.className = "blocklite-audio-canvas";
    this.el.append(this.canvas);
    this.resize.observe(this.el);
    this.el.addEventListener("pointerdown", (ev) => this.pointer(ev, "down"));
    this.el.addEventListener("pointermove", (ev) => this.pointer(ev, "move"));
    this.el.addEventListener("pointerup", (ev) => this.pointer(ev, "up"));
    this.el.addEventListener("keydown", (ev) => {
      const step = ev.key === "ArrowRight" ? 0.05 : ev.key === "ArrowLeft" ? -0.05 : 0;
      if (step === 0) return;
      ev.preventDefault();
      this.onSeek(Math.max(0, Math.min(1, this.progress + step)));
    });
  }

  setColors(colors: WaveformColors): void {
    this.colors = colors;
    this.draw();
  }

  setSamples(channels: Float32Array[]): void {
    this.channels = channels;
    this.bars = [];
    this.region = null;
    this.draw();
  }

  setProgress(fraction: number): void {
    const f = Number.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
    if (Math.abs(f - this.progress) < 1e-4) return;
    this.progress = f;
    this.el.setAttribute("aria-valuenow", String(Math.round(f * 100)));
    this.draw();
  }

  clearRegion(): void {
    this.region = null;
    this.draw();
  }

  private fractionAt(ev: PointerEvent): number {
    const box = this.el.getBoundingClientRect();
    return box.width > 0 ? Math.max(0, Math.min(1, (ev.clientX - box.left) / box.width)) : 0;
  }

  private pointer(ev: PointerEvent, phase: "down" | "move" | "up"): void {
    if (phase === "down") {
      this.el.setPointerCapture?.(ev.pointerId);
      this.dragFrom = this.fractionAt(ev);
      if (!this.trimming) this.onSeek(this.dragFrom);
      return;
    }
    if (this.dragFrom === null) return;
    const at = this.fractionAt(ev);
    if (this.trimming) {
      this.region = Math.abs(at - this.dragFrom) > 0.005 ? [Math.min(at, this.dragFrom), Math.max(at, this.dragFrom)] : null;
      this.draw();
      if (phase === "up") this.onRegion(this.region);
    } else {
      this.onSeek(at);
    }
    if (phase === "up") this.dragFrom = null;
  }

  private draw(): void {
    const width = Math.max(1, Math.round(this.el.clientWidth));
    const height = Math.max(1, Math.round(this.el.clientHeight));
    const ratio = globalThis.devicePixelRatio || 1;
    if (this.canvas.width !== width * ratio || this.canvas.height !== height * ratio) {
      this.canvas.width = width * ratio;
      this.canvas.height = height * ratio;
    }
    const g = this.canvas.getContext("2d");
    if (!g) return;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.clearRect(0, 0, width, height);
    const barWidth = 3;
    const gap = 1;
    const count = Math.max(1, Math.floor(width / (barWidth + gap)));
    if (this.bars.length !== count) this.bars = peaks(this.channels, count);
    if (this.region) {
      g.fillStyle = this.colors.region;
      g.globalAlpha = 0.25;
      g.fillRect(this.region[0] * width, 0, (this.region[1] - this.region[0]) * width, height);
      g.globalAlpha = 1;
    }
    const played = this.progress * width;
    this.bars.forEach((peak, i) => {
      const x = i * (barWidth + gap);
      const h = Math.max(1, peak * (height - 4));
      g.fillStyle = x < played ? this.colors.progress : this.colors.wave;
      g.fillRect(x, (height - h) / 2, barWidth, h);
    });
  }

  destroy(): void {
    this.resize.disconnect();
  }
}
