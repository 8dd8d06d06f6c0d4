/**
 * gr.Audio on the page: plays its value (a FileData) with a waveform, and, when interactive, takes
 * audio from the sources the app allows: upload (click or drop) and the microphone (record, pause,
 * stop). Recordings and trimmed audio are sent as WAV. A `streaming=True` output plays its chunks
 * gaplessly (stream-player.ts); a `.stream` listener gets a WAV chunk every `stream_every` seconds.
 *
 * Why it exists: audio lives in the worker; the page uploads what the user gives
 * (`ctx.files.upload`) and plays the value from a blob: URL (`ctx.files.src`). Events as Gradio's:
 * play, pause, stop (the end, or a stopped recording), start/pause/stop_recording, upload, input,
 * change, clear, stream. Pieces beside it: player.ts, waveform.ts, record-panel.ts, stream-player.ts.
 */

import { glyph } from "../../lib/glyphs";
import { type Dict, isNumber, isRecord } from "../../lib/guards";
import { setHidden, setText } from "../../lib/dom";
import { asFileData, type FileData, fileName } from "../../net/app-files";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { recordingAsWav, wavFile } from "../media/decode";
import { sliceSeconds } from "../media/wav";
import { SourceBar } from "../media/source-bar";
import { acceptMedia, isMedia, uploadMedia } from "../media/intake";
import { cuesFromList, parseCues } from "../media/captions";
import { Player } from "./player";
import { RecordPanel } from "./record-panel";
import { StreamPlayer } from "./stream-player";
import type { WaveformColors } from "./waveform";
import audioCss from "./audio.css";

type Source = "upload" | "microphone";

export class AudioView extends Component {
  private readonly title = this.groupLabel("group", "div");
  private readonly toolbar = document.createElement("div");
  private readonly download = document.createElement("a");
  private readonly trim = document.createElement("button");
  private readonly clearButton = document.createElement("button");
  private readonly frame = document.createElement("div");
  private readonly empty = document.createElement("div");
  private readonly progress = document.createElement("div");
  private readonly trimBar = document.createElement("div");
  private readonly applyTrim = document.createElement("button");
  private readonly cancelTrim = document.createElement("button");
  private readonly sourceBar = new SourceBar<Source>("audio", { upload: "Upload", microphone: "Microphone" }, (source) => {
    this.source = source;
    this.render();
  });
  private readonly streamStatus = document.createElement("div");
  private readonly streamBar = document.createElement("div");
  private readonly streamStop = document.createElement("button");
  private readonly picker: HTMLInputElement;
  private readonly player: Player;
  private readonly recorder: RecordPanel;
  private readonly streamer: StreamPlayer;
  private source: Source = "upload";
  private shownKey = "";
  private busy = false;
  private trimming = false;
  private autoRecorded = false;
  private subtitlesKey = "";

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.toolbar.className = "blocklite-audio-toolbar";
    this.download.className = "blocklite-audio-button blocklite-audio-download";
    this.download.replaceChildren(glyph("download"));
    labelled(this.download, "Download");
    for (const [b, text, label] of [[this.trim, "✂", "Trim"], [this.clearButton, "×", "Clear"]] as const) {
      b.type = "button";
      b.className = `blocklite-audio-button blocklite-audio-${label.toLowerCase()}`;
      b.textContent = text;
      labelled(b, label);
    }
    this.toolbar.append(this.download, this.trim, this.clearButton);
    this.frame.className = "blocklite-audio-frame";
    this.empty.className = "blocklite-audio-empty";
    this.progress.className = "blocklite-audio-progress";
    this.progress.setAttribute("aria-live", "polite");
    this.streamStatus.className = "blocklite-audio-stream";
    this.streamStatus.setAttribute("role", "status");
    this.streamBar.className = "blocklite-audio-streambar";
    this.streamStop.type = "button";
    this.streamStop.className = "blocklite-audio-control blocklite-audio-stream-stop";
    this.streamStop.textContent = "Stop";
    this.streamStop.addEventListener("click", () => this.streamer.stop());
    this.streamBar.append(this.streamStatus, this.streamStop);
    this.player = new Player(this.colors(), {
      event: (name) => this.fire(name),
      region: (selected) => (this.applyTrim.disabled = !selected),
    });
    this.recorder = new RecordPanel({
      event: (name) => {
        this.render();
        this.fire(name);
      },
      pace: () => (this.streamsInput() ? (this.ctx.listenerPace?.(this.id, "stream") ?? { streamEvery: 0.5, timeLimit: null }) : null),
      done: (blob) => void this.takeRecording(blob),
      chunk: (blob) => void this.sendChunk(blob),
      error: (message) => this.showError("Microphone", message),
    });
    this.streamer = new StreamPlayer(
      this.streamStatus,
      (playing) => {
        setText(this.streamStatus, playing ? "Streaming…" : this.streamStatus.dataset.streamSchedule ? "Stream ended" : "");
        setHidden(this.streamStop, !playing);
      },
      (message) => this.showError("Audio", message),
    );
    this.trimBar.className = "blocklite-audio-trimbar";
    for (const [b, text] of [[this.applyTrim, "Apply trim"], [this.cancelTrim, "Cancel"]] as const) {
      b.type = "button";
      b.className = "blocklite-audio-control";
      b.textContent = text;
    }
    this.trimBar.append(this.applyTrim, this.cancelTrim);
    this.picker = acceptMedia(this.frame, "audio", () => this.accepts("upload"), (file) => void this.take(file));
    this.frame.append(this.empty, this.recorder.el, this.player.el, this.streamBar, this.trimBar, this.progress);
    this.el.append(this.title, this.toolbar, this.frame, this.sourceBar.el, this.picker);
    this.source = this.sources()[0] ?? "upload";
    this.listen();
    this.render();
  }

  private sources(): Source[] {
    const raw = Array.isArray(this.props.sources) ? this.props.sources : ["upload", "microphone"];
    return raw.filter((s): s is Source => s === "upload" || s === "microphone");
  }

  private value(): FileData | null {
    return asFileData(this.props.value);
  }

  private options(): Dict {
    return isRecord(this.props.waveform_options) ? this.props.waveform_options : {};
  }

  private sampleRate(): number {
    const rate = this.options().sample_rate;
    return isNumber(rate) && rate >= 3000 && rate <= 384000 ? rate : 44100;
  }

  private colors(): WaveformColors {
    const o = this.options();
    const pick = (x: unknown, fallback: string): string => (typeof x === "string" && x ? x : fallback);
    // Gradio's defaults: a light gray wave, the theme's accent for progress and the trim region.
    const accent = this.el.isConnected ? getComputedStyle(this.el).getPropertyValue("--bl-primary").trim() : "";
    return {
      wave: pick(o.waveform_color, "#9ca3af"),
      progress: pick(o.waveform_progress_color, accent || "#f97316"),
      region: pick(o.trim_region_color, accent || "#f97316"),
    };
  }

  private fire(event: string): void {
    this.ctx.trigger(this.id, event);
  }

  private accepts(source: Source): boolean {
    return this.interactive && !this.busy && this.sources().includes(source);
  }

  private listen(): void {
    const pick = (): void => {
      if (this.accepts("upload") && this.source === "upload") this.picker.click();
    };
    this.empty.addEventListener("click", pick);
    this.empty.addEventListener("keydown", (ev: KeyboardEvent) => {
      if (ev.key !== "Enter" && ev.key !== " ") return;
      ev.preventDefault();
      pick();
    });
    this.clearButton.addEventListener("click", () => {
      if (!this.interactive || this.value() === null) return;
      this.props.value = null;
      this.trimming = false;
      this.render();
      for (const event of ["clear", "input", "change"]) this.fire(event);
    });
    this.trim.addEventListener("click", () => this.setTrimming(!this.trimming));
    this.cancelTrim.addEventListener("click", () => this.setTrimming(false));
    this.applyTrim.addEventListener("click", () => void this.trimToRegion());
  }

  private setTrimming(on: boolean): void {
    this.trimming = on && this.player.decoded !== null;
    this.player.waveform.trimming = this.trimming;
    this.player.waveform.clearRegion();
    this.player.region = null;
    this.applyTrim.disabled = true;
    this.render();
  }

  private async trimToRegion(): Promise<void> {
    const decoded = this.player.decoded;
    const region = this.player.region;
    const value = this.value();
    if (!decoded || !region || !value) return;
    const samples = sliceSeconds(decoded.channels, decoded.sampleRate, region[0], region[1]);
    const base = fileName(value).replace(/\.[^.]*$/, "") || "audio";
    this.setTrimming(false);
    await this.store(wavFile(samples, decoded.sampleRate, `${base}-trimmed.wav`), ["input", "change"]);
  }

  private async take(file: File): Promise<void> {
    if (!this.accepts("upload")) return;
    if (!isMedia(file, "audio")) return this.showError("Invalid file type", "Please upload an audio file.");
    await this.store(file, ["upload", "input", "change"]);
  }

  private async takeRecording(blob: Blob): Promise<void> {
    let file: File;
    try {
      file = await recordingAsWav(blob, this.sampleRate());
    } catch (err) {
      return this.showError("Microphone", `The recording could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
    await this.store(file, ["input", "change"]);
  }

  /** A streaming input's chunk: sent as WAV, as the value of one `stream` event. */
  private async sendChunk(blob: Blob): Promise<void> {
    let file: File;
    try {
      file = await recordingAsWav(blob, this.sampleRate(), "chunk.wav");
    } catch {
      return; // a segment too short to decode: the next one carries on
    }
    const [stored] = await this.ctx.files.upload([file]).catch(() => [] as FileData[]);
    if (!stored) return;
    this.props.value = stored;
    this.fire("stream");
  }

  private async store(file: File, events: string[]): Promise<void> {
    this.busy = true;
    const stored = await uploadMedia(this.ctx, file, (text) => {
      setText(this.progress, text);
      setHidden(this.progress, text === "");
    });
    this.busy = false;
    if (!stored) return this.render();
    this.props.value = stored;
    this.render();
    for (const event of events) this.fire(event);
  }

  protected normalize(value: unknown): unknown {
    return asFileData(value);
  }

  getValue(): FileData | null {
    return this.value();
  }

  destroy(): void {
    this.player.destroy();
    this.recorder.destroy();
    this.streamer.destroy();
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "Audio");
    setHidden(this.title, p.show_label === false);
    const value = this.value();
    const interactive = this.interactive;
    const sources = this.sources();
    if (!sources.includes(this.source)) this.source = sources[0] ?? "upload";
    const streaming = value?.is_stream === true;
    const recording = this.recorder.active;
    const buttons = Array.isArray(p.buttons) ? p.buttons : ["download", "share"];
    setHidden(this.download, value === null || streaming || !buttons.includes("download"));
    setHidden(this.trim, value === null || streaming || !interactive || p.editable === false || recording);
    setHidden(this.clearButton, value === null || !interactive || recording);
    setHidden(this.trimBar, !this.trimming);
    this.player.audio.loop = p.loop === true;
    this.player.waveform.setColors(this.colors());
    this.recorder.meter.setColor(this.colors().progress);
    this.recorder.showLevel = this.options().show_recording_waveform !== false;
    this.showValue(value, streaming);
    this.loadSubtitles(p.subtitles);
    const showRecorder = recording || (interactive && value === null && this.source === "microphone");
    setHidden(this.recorder.el, !showRecorder);
    setHidden(this.player.el, value === null || streaming || recording);
    setHidden(this.streamBar, !streaming);
    setHidden(this.empty, value !== null || showRecorder);
    setText(this.empty, interactive ? "Drop an audio file here, or click to upload" : "No audio");
    const clickable = interactive && this.source === "upload";
    this.empty.classList.toggle("blocklite-audio-clickable", clickable);
    this.empty.tabIndex = clickable ? 0 : -1;
    if (clickable) this.empty.setAttribute("role", "button");
    else this.empty.removeAttribute("role");
    this.sourceBar.show(interactive && value === null && !recording ? sources : [], this.source);
    if (p.recording === true && !this.autoRecorded && showRecorder && !recording) {
      this.autoRecorded = true;
      void this.startRecording();
    }
  }

  private startRecording(): Promise<void> {
    return this.recorder.start(this.streamsInput() ? (this.ctx.listenerPace?.(this.id, "stream") ?? { streamEvery: 0.5, timeLimit: null }) : null);
  }

  /** Whether recordings go to a `.stream` listener in chunks. */
  private streamsInput(): boolean {
    return this.props.streaming === true && this.ctx.hasListener(this.id, "stream");
  }

  private showValue(value: FileData | null, streaming: boolean): void {
    const key = value === null ? "" : JSON.stringify([value.path, value.url]);
    if (key === this.shownKey) return;
    this.shownKey = key;
    if (this.trimming) {
      this.trimming = this.player.waveform.trimming = false; // a new value: trim mode ends
      setHidden(this.trimBar, true);
    }
    this.download.removeAttribute("href");
    if (value === null || this.recorder.active) {
      if (value === null) this.player.unload();
      return;
    }
    if (streaming) {
      this.player.unload();
      this.streamer.push(async () => {
        const href = await this.ctx.files.src(value);
        if (href === null) throw new Error("the chunk has no URL");
        return (await fetch(href)).arrayBuffer();
      });
      return;
    }
    this.download.download = fileName(value);
    this.ctx.files.src(value).then(
      (href) => {
        if (this.shownKey !== key || href === null) return;
        this.download.href = href;
        this.player.waveform.setColors(this.colors()); // the theme's accent, now that it is on the page
        this.player.load(href, fileName(value), this.sampleRate());
        const start = this.props.playback_position;
        if (isNumber(start) && start > 0) this.player.audio.addEventListener("loadedmetadata", () => this.player.seek(start), { once: true });
        if (this.props.autoplay === true) void this.player.audio.play().catch(() => undefined);
      },
      (err: unknown) => this.showError("Audio", `Could not load ${fileName(value)}: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  /** The `subtitles` prop: Gradio's cue list, or a subtitle file (fetched and parsed). */
  private loadSubtitles(raw: unknown): void {
    const key = JSON.stringify(raw ?? null);
    if (key === this.subtitlesKey) return;
    this.subtitlesKey = key;
    const file = asFileData(raw);
    this.player.cues = file ? [] : cuesFromList(raw);
    if (!file) return;
    this.ctx.files
      .src(file)
      .then((href) => (href === null ? "" : fetch(href).then((r) => r.text())))
      .then(
        (text) => {
          if (this.subtitlesKey === key) this.player.cues = parseCues(text);
        },
        (err: unknown) => this.showError("Audio", `The subtitles could not be loaded: ${err instanceof Error ? err.message : String(err)}`),
      );
  }

}

function labelled(el: HTMLElement, label: string): void {
  el.setAttribute("aria-label", label);
  el.title = label;
}

export const audioSpec = componentSpec(AudioView, { css: audioCss });
