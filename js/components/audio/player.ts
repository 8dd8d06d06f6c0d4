/**
 * Playing one audio value: an `<audio>` element from the file's blob: URL, a play/pause button,
 * the time, and the waveform drawn from the decoded samples (click or drag to seek), plus trim
 * mode (select a region; the component uploads the region as WAV).
 *
 * Why it exists: the component's value changes (upload, recording, outputs) while the player's
 * job stays the same. A file the browser cannot decode or play gets a message in place of the
 * waveform (docs/media.md); the rest of the app is untouched.
 */

import { type Cue, cueAt } from "../media/captions";
import { clock, type Decoded, decodeAudio } from "../media/decode";
import { Waveform, type WaveformColors } from "./waveform";

export interface PlayerCallbacks {
  /** "play", "pause" or "stop" (the end). */
  event(name: "play" | "pause" | "stop"): void;
  region(selected: boolean): void;
}

export class Player {
  readonly el = document.createElement("div");
  readonly audio = document.createElement("audio");
  private readonly play = document.createElement("button");
  private readonly time = document.createElement("span");
  private readonly message = document.createElement("div");
  private readonly caption = document.createElement("div");
  /** Play/pause and the time. */
  private readonly bar = document.createElement("div");
  /** The subtitles shown under the waveform as the audio plays. */
  cues: Cue[] = [];
  readonly waveform: Waveform;
  /** The decoded samples of the shown audio (null until decoded, or when it cannot be). */
  decoded: Decoded | null = null;
  region: [number, number] | null = null;
  private loadId = 0;
  /** The shown file's name, for messages. */
  private name = "";
  private frame = 0;

  constructor(colors: WaveformColors, private readonly on: PlayerCallbacks) {
    this.el.className = "blocklite-audio-player";
    this.audio.className = "blocklite-audio-element";
    this.audio.preload = "auto";
    this.play.type = "button";
    this.play.className = "blocklite-audio-control blocklite-audio-play";
    this.time.className = "blocklite-audio-time";
    this.message.className = "blocklite-audio-message";
    this.message.setAttribute("role", "status");
    this.message.hidden = true;
    this.waveform = new Waveform(
      colors,
      (fraction) => this.seek(fraction * this.duration()),
      (region) => {
        this.region = region && this.decoded ? [region[0] * this.decoded.duration, region[1] * this.decoded.duration] : null;
        this.on.region(this.region !== null);
      },
    );
    this.bar.className = "blocklite-audio-controls";
    this.bar.append(this.play, this.time);
    this.caption.className = "blocklite-audio-caption";
    this.caption.setAttribute("aria-live", "polite");
    this.el.append(this.waveform.el, this.message, this.caption, this.bar, this.audio);
    this.play.addEventListener("click", () => {
      if (this.audio.paused) void this.audio.play().catch((err: unknown) => this.fail(err));
      else this.audio.pause();
    });
    this.audio.addEventListener("play", () => {
      this.on.event("play");
      this.tick();
    });
    this.audio.addEventListener("pause", () => {
      if (!this.audio.ended) this.on.event("pause");
      this.showTime();
    });
    this.audio.addEventListener("ended", () => this.on.event("stop"));
    this.audio.addEventListener("timeupdate", () => this.showTime());
    this.audio.addEventListener("loadedmetadata", () => this.showTime());
    this.audio.addEventListener("error", () => {
      if (this.audio.getAttribute("src")) this.fail();
    });
    this.showTime();
  }

  /** Show the file at `href` (`name` for messages); decode it at `sampleRate` for the waveform. */
  load(href: string, name: string, sampleRate: number): void {
    const id = ++this.loadId;
    this.decoded = null;
    this.region = null;
    this.name = name;
    this.audio.controls = false;
    this.el.classList.remove("blocklite-audio-native");
    this.message.hidden = true;
    this.waveform.el.hidden = false;
    this.bar.hidden = false;
    this.waveform.setSamples([]);
    this.audio.src = href;
    void fetch(href)
      .then((response) => response.arrayBuffer())
      .then((bytes) => decodeAudio(bytes, sampleRate))
      .then((decoded) => {
        if (id !== this.loadId) return;
        this.decoded = decoded;
        this.waveform.setSamples(decoded.channels);
        this.el.dataset.duration = decoded.duration.toFixed(3);
        this.showTime();
      })
      .catch(() => {
        // No samples (a remote file without CORS, a format Web Audio does not decode): no
        // waveform, the browser's own controls. If the element cannot play it either, its
        // "error" event says so.
        if (id !== this.loadId) return;
        this.waveform.el.hidden = true;
        this.audio.controls = true;
        this.el.classList.add("blocklite-audio-native");
      });
  }

  unload(): void {
    this.loadId++;
    this.audio.pause();
    this.audio.removeAttribute("src");
    this.audio.load();
    this.decoded = null;
    delete this.el.dataset.duration;
  }

  /** The file cannot be played here: a message instead of the waveform and controls. */
  private fail(err: unknown = null): void {
    const detail = err instanceof Error && err.message ? ` (${err.message})` : "";
    this.message.textContent = `This browser cannot play ${this.name || "this audio"}${detail}.`;
    this.message.hidden = false;
    this.waveform.el.hidden = true;
    this.bar.hidden = true;
    this.audio.controls = false;
    this.el.classList.remove("blocklite-audio-native");
  }

  duration(): number {
    const d = this.audio.duration;
    return Number.isFinite(d) && d > 0 ? d : (this.decoded?.duration ?? 0);
  }

  seek(seconds: number): void {
    const d = this.duration();
    if (d <= 0) return;
    this.audio.currentTime = Math.max(0, Math.min(d, seconds));
    this.showTime();
  }

  private tick(): void {
    cancelAnimationFrame(this.frame);
    const step = (): void => {
      this.showTime();
      if (!this.audio.paused) this.frame = requestAnimationFrame(step);
    };
    this.frame = requestAnimationFrame(step);
  }

  private showTime(): void {
    const d = this.duration();
    this.time.textContent = `${clock(this.audio.currentTime)} / ${clock(d)}`;
    this.waveform.setProgress(d > 0 ? this.audio.currentTime / d : 0);
    const line = cueAt(this.cues, this.audio.currentTime);
    if (this.caption.textContent !== line) this.caption.textContent = line;
    this.caption.hidden = line === "";
    const playing = !this.audio.paused;
    this.play.textContent = playing ? "Pause" : "Play";
    this.play.setAttribute("aria-label", playing ? "Pause" : "Play");
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.unload();
    this.waveform.destroy();
  }
}
