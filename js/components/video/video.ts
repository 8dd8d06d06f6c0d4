/**
 * gr.Video on the page: plays its value in a native `<video>` from a blob: URL (subtitles as a
 * `<track>`), and, when interactive, takes a video from the sources the app allows: upload (click
 * or drop) and the webcam (record, stop: a WebM upload). A `streaming=True` output plays its
 * chunks one after another.
 *
 * Why it exists: the video lives in the worker; the page uploads what the user gives and plays the
 * value through `ctx.files.src`. No conversion happens anywhere (Gradio's ffmpeg steps are not
 * available in a browser): a file this browser cannot play gets a message in the frame, and the
 * app carries on. Events as Gradio's: play, pause, end and stop (the end), start/stop_recording,
 * upload, input, change, clear.
 */

import { glyph } from "../../lib/glyphs";
import { type Dict, isNumber } from "../../lib/guards";
import { setHidden, setText } from "../../lib/dom";
import { type FileData, fileName } from "../../net/app-files";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { SourceBar } from "../media/source-bar";
import { acceptMedia, cssSize, isMedia, uploadMedia } from "../media/intake";
import { storedValue, videoValue, type VideoValue } from "./value";
import { WebcamRecorder } from "./webcam-recorder";
import videoCss from "./video.css";

type Source = "upload" | "webcam";

export class VideoView extends Component {
  private readonly title = this.groupLabel("group", "div");
  private readonly toolbar = document.createElement("div");
  private readonly download = document.createElement("a");
  private readonly clearButton = document.createElement("button");
  private readonly frame = document.createElement("div");
  private readonly video = document.createElement("video");
  private readonly message = document.createElement("div");
  private readonly empty = document.createElement("div");
  private readonly progress = document.createElement("div");
  private readonly sourceBar = new SourceBar<Source>("video", { upload: "Upload", webcam: "Webcam" }, (source) => {
    this.source = source;
    this.render();
  });
  private readonly picker: HTMLInputElement;
  private readonly webcam: WebcamRecorder;
  private source: Source = "upload";
  private shownKey = "";
  private busy = false;
  /** Streamed chunks waiting to play (blob: URLs), in arrival order. */
  private readonly queue: string[] = [];
  private streamingNow = false;
  private streamChain: Promise<void> = Promise.resolve();

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.toolbar.className = "blocklite-video-toolbar";
    this.download.className = "blocklite-video-button blocklite-video-download";
    this.download.replaceChildren(glyph("download"));
    this.download.setAttribute("aria-label", "Download");
    this.download.title = "Download";
    this.clearButton.type = "button";
    this.clearButton.className = "blocklite-video-button blocklite-video-clear";
    this.clearButton.textContent = "×";
    this.clearButton.setAttribute("aria-label", "Clear");
    this.clearButton.title = "Clear";
    this.toolbar.append(this.download, this.clearButton);
    this.frame.className = "blocklite-video-frame";
    this.video.className = "blocklite-video-player";
    this.video.controls = true;
    this.video.playsInline = true;
    this.video.preload = "metadata";
    this.message.className = "blocklite-video-message";
    this.message.setAttribute("role", "status");
    this.empty.className = "blocklite-video-empty";
    this.progress.className = "blocklite-video-progress";
    this.progress.setAttribute("aria-live", "polite");
    this.webcam = new WebcamRecorder({
      event: (name) => {
        this.render();
        this.ctx.trigger(this.id, name);
      },
      done: (file) => void this.store(file, ["input", "change"]),
      error: (message) => this.showError("Webcam", message),
    });
    this.picker = acceptMedia(this.frame, "video", () => this.accepts("upload"), (file) => void this.take(file));
    this.frame.append(this.video, this.message, this.empty, this.webcam.el, this.progress);
    this.el.append(this.title, this.toolbar, this.frame, this.sourceBar.el, this.picker);
    this.source = this.sources()[0] ?? "upload";
    this.listen();
    this.render();
  }

  private sources(): Source[] {
    const raw = Array.isArray(this.props.sources) ? this.props.sources : ["upload", "webcam"];
    return raw.filter((s): s is Source => s === "upload" || s === "webcam");
  }

  private value(): VideoValue | null {
    return videoValue(this.props.value);
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
      this.render();
      for (const event of ["clear", "input", "change"]) this.ctx.trigger(this.id, event);
    });
    this.video.addEventListener("play", () => this.ctx.trigger(this.id, "play"));
    this.video.addEventListener("pause", () => {
      if (!this.video.ended) this.ctx.trigger(this.id, "pause");
    });
    this.video.addEventListener("ended", () => {
      if (this.streamingNow && this.playNext()) return;
      this.ctx.trigger(this.id, "end");
      this.ctx.trigger(this.id, "stop");
    });
    this.video.addEventListener("error", () => {
      const value = this.value();
      if (!value || !this.video.getAttribute("src")) return;
      setText(this.message, `This browser cannot play ${fileName(value.video)}.`);
      setHidden(this.message, false);
      setHidden(this.video, true);
    });
  }

  private async take(file: File): Promise<void> {
    if (!this.accepts("upload")) return;
    if (!isMedia(file, "video")) return this.showError("Invalid file type", "Please upload a video file.");
    await this.store(file, ["upload", "input", "change"]);
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
    for (const event of events) this.ctx.trigger(this.id, event);
  }

  protected normalize(value: unknown): unknown {
    return storedValue(videoValue(value));
  }

  getValue(): FileData | null {
    return this.value()?.video ?? null;
  }

  destroy(): void {
    this.webcam.destroy();
    this.video.removeAttribute("src");
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "Video");
    setHidden(this.title, p.show_label === false);
    const value = this.value();
    const interactive = this.interactive;
    const sources = this.sources();
    if (!sources.includes(this.source)) this.source = sources[0] ?? "upload";
    const recording = this.webcam.active;
    const buttons = Array.isArray(p.buttons) ? p.buttons : ["download"];
    setHidden(this.download, value === null || value.video.is_stream === true || !buttons.includes("download"));
    setHidden(this.clearButton, value === null || !interactive || recording);
    this.frame.style.height = cssSize(p.height);
    this.frame.style.width = cssSize(p.width);
    this.video.loop = p.loop === true;
    this.showValue(value);
    const camera = recording || (interactive && value === null && this.source === "webcam");
    this.webcam.configure(p.webcam_options, p.include_audio !== false);
    setHidden(this.webcam.el, !camera);
    if (value === null || camera) setHidden(this.message, true);
    setHidden(this.video, value === null || camera || !this.message.hidden);
    setHidden(this.empty, value !== null || camera);
    setText(this.empty, interactive ? "Drop a video here, or click to upload" : "No video");
    const clickable = interactive && this.source === "upload";
    this.empty.classList.toggle("blocklite-video-clickable", clickable);
    this.empty.tabIndex = clickable ? 0 : -1;
    if (clickable) this.empty.setAttribute("role", "button");
    else this.empty.removeAttribute("role");
    this.sourceBar.show(interactive && value === null && !recording ? sources : [], this.source);
  }

  private showValue(value: VideoValue | null): void {
    const key = value === null ? "" : JSON.stringify([value.video.path, value.video.url, value.subtitles?.path ?? null]);
    if (key === this.shownKey) return;
    this.shownKey = key;
    setHidden(this.message, true);
    if (value === null) {
      this.stopStream();
      this.video.removeAttribute("src");
      this.video.replaceChildren();
      this.video.load();
      return;
    }
    const files = this.ctx.files;
    if (value.video.is_stream === true) {
      // Chunks are queued in arrival order, each one (a later chunk never drops an earlier one).
      const chunk = value.video;
      this.streamChain = this.streamChain
        .then(() => files.src(chunk))
        .then(
          (href) => {
            if (href !== null) this.enqueue(href);
          },
          (err: unknown) => this.showError("Video", `A streamed chunk could not be loaded: ${err instanceof Error ? err.message : String(err)}`),
        );
      return;
    }
    Promise.all([files.src(value.video), value.subtitles ? files.src(value.subtitles) : Promise.resolve(null)]).then(
      ([href, track]) => {
        if (this.shownKey !== key || href === null) return;
        this.stopStream();
        this.download.download = fileName(value.video);
        this.download.href = href;
        this.video.replaceChildren();
        if (track) {
          const el = document.createElement("track");
          el.kind = "subtitles";
          el.label = "Subtitles";
          el.default = true;
          el.src = track;
          this.video.append(el);
        }
        this.video.src = href;
        const start = this.props.playback_position;
        if (isNumber(start) && start > 0) this.video.addEventListener("loadedmetadata", () => (this.video.currentTime = start), { once: true });
        if (this.props.autoplay === true) void this.video.play().catch(() => undefined);
      },
      (err: unknown) => this.showError("Video", `Could not load ${fileName(value.video)}: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  /** A streamed chunk: play it now if nothing is playing, else after the ones queued. */
  private enqueue(href: string): void {
    this.queue.push(href);
    if (!this.streamingNow || this.video.ended) this.playNext();
    else this.el.dataset.streamQueued = String(this.queue.length);
  }

  private playNext(): boolean {
    const next = this.queue.shift();
    this.el.dataset.streamQueued = String(this.queue.length);
    if (next === undefined) {
      this.streamingNow = false;
      return false;
    }
    this.streamingNow = true;
    this.video.src = next;
    this.el.dataset.streamPlayed = String(Number(this.el.dataset.streamPlayed ?? "0") + 1);
    void this.video.play().catch(() => undefined);
    return true;
  }

  private stopStream(): void {
    this.queue.length = 0;
    this.streamingNow = false;
  }

}

export const videoSpec = componentSpec(VideoView, { css: videoCss });
