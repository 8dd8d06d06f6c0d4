/**
 * The live waveform while recording (waveform_options.show_recording_waveform): the microphone's
 * loudness over the last few seconds, as bars scrolling in from the right.
 *
 * Why it exists: the user should see that the microphone hears them before they stop. An
 * AnalyserNode reads the live stream (nothing is recorded through it); the loop runs only while
 * the meter is started and its AudioContext is closed on stop.
 */

export class LevelMeter {
  readonly el = document.createElement("canvas");
  private context: AudioContext | null = null;
  private frame = 0;
  private levels: number[] = [];

  constructor(private color = "#f97316") {
    this.el.className = "blocklite-audio-level";
    this.el.setAttribute("aria-hidden", "true");
    this.el.hidden = true;
  }

  setColor(color: string): void {
    this.color = color;
  }

  start(stream: MediaStream): void {
    this.stop();
    const Ctx = globalThis.AudioContext;
    if (typeof Ctx !== "function") return;
    const context = new Ctx();
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    context.createMediaStreamSource(stream).connect(analyser);
    this.context = context;
    this.levels = [];
    this.el.hidden = false;
    const samples = new Float32Array(analyser.fftSize);
    let last = 0;
    const step = (now: number): void => {
      if (now - last > 50) {
        last = now;
        analyser.getFloatTimeDomainData(samples);
        let sum = 0;
        for (const v of samples) sum += v * v;
        this.levels.push(Math.min(1, Math.sqrt(sum / samples.length) * 4));
        this.draw();
      }
      this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private draw(): void {
    const width = Math.max(1, this.el.clientWidth);
    const height = Math.max(1, this.el.clientHeight);
    if (this.el.width !== width || this.el.height !== height) {
      this.el.width = width;
      this.el.height = height;
    }
    const g = this.el.getContext("2d");
    if (!g) return;
    const bar = 4;
    const count = Math.floor(width / bar);
    if (this.levels.length > count) this.levels.splice(0, this.levels.length - count);
    g.clearRect(0, 0, width, height);
    g.fillStyle = this.color;
    this.levels.forEach((level, i) => {
      const h = Math.max(1, level * (height - 2));
      g.fillRect(width - (this.levels.length - i) * bar, (height - h) / 2, bar - 1, h);
    });
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    void this.context?.close().catch(() => undefined);
    this.context = null;
    this.el.hidden = true;
  }
}
