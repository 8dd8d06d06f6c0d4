/**
 * gr.Image on the page: shows an image (its value, a FileData) and, when interactive, takes one
 * from the sources the app allows: upload (click to pick, or drop), clipboard (paste, or the Paste
 * button) and webcam (preview and Capture).
 *
 * Why it exists: an image lives in the worker; the page uploads what the user gives
 * (`ctx.files.upload`) and shows the value from a blob: URL (`ctx.files.src`), so nothing names
 * the file route in an element. Events as in Gradio: `upload` after the user's image is stored,
 * `input` and `change` when the user changes the value, `clear` from the × button, and `select`
 * (only when a listener exists) with `{index: [x, y], value: null}` in the image's own pixels;
 * a `streaming=True` webcam fires `stream` for each frame.
 * The pieces are beside it: sources.ts (files out of DOM events), webcam.ts, select.ts.
 */

import { glyph } from "../../lib/glyphs";
import { type Dict, isNumber } from "../../lib/guards";
import { setHidden, setText } from "../../lib/dom";
import { asFileData, type FileData, fileName } from "../../net/app-files";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { pixelAt } from "./select";
import { firstImage, hasFiles, imageFromClipboard, imageFromTransfer } from "./sources";
import { Webcam, webcamSettings } from "./webcam";
import imageCss from "./image.css";

type Source = "upload" | "webcam" | "clipboard";
const SOURCE_NAMES: Record<Source, string> = { upload: "Upload", webcam: "Webcam", clipboard: "Paste" };
/** A streaming webcam's frame interval (Gradio's default `stream_every`, 0.5 s). */
const STREAM_EVERY_MS = 500;

export class ImageView extends Component {
  private readonly title = this.groupLabel();
  private readonly toolbar = document.createElement("div");
  private readonly download = document.createElement("a");
  private readonly fullscreen = document.createElement("button");
  private readonly clearButton = document.createElement("button");
  private readonly frame = document.createElement("div");
  private readonly img = document.createElement("img");
  private readonly empty = document.createElement("div");
  private readonly progress = document.createElement("div");
  private readonly sourceBar = document.createElement("div");
  private readonly picker = document.createElement("input");
  private readonly webcam: Webcam;
  private source: Source = "upload";
  /** The FileData whose picture is shown (or loading), as JSON: a render with the same one keeps it. */
  private shownKey = "";
  private busy = false;
  /** The user asked for the camera (clicked the empty webcam frame or the Webcam source): it is
   * never started on its own, so no permission prompt greets a page load. */
  private cameraOn = false;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.toolbar.className = "blocklite-image-toolbar";
    this.download.className = "blocklite-image-button blocklite-image-download";
    this.download.replaceChildren(glyph("download"));
    this.download.setAttribute("aria-label", "Download");
    this.download.title = "Download";
    this.fullscreen.className = "blocklite-image-button blocklite-image-fullscreen";
    this.clearButton.className = "blocklite-image-button blocklite-image-clear";
    iconButton(this.fullscreen, "", "Fullscreen");
    this.fullscreen.replaceChildren(glyph("fullscreen"));
    iconButton(this.clearButton, "×", "Clear");
    this.toolbar.append(this.download, this.fullscreen, this.clearButton);
    this.frame.className = "blocklite-image-frame";
    this.img.className = "blocklite-image-img";
    this.img.draggable = false;
    this.img.hidden = true; // until there is a value to show
    this.empty.className = "blocklite-image-empty";
    this.progress.className = "blocklite-image-progress";
    this.progress.setAttribute("aria-live", "polite");
    this.sourceBar.className = "blocklite-image-sources";
    this.sourceBar.setAttribute("role", "toolbar");
    this.sourceBar.setAttribute("aria-label", "Image source");
    this.picker.type = "file";
    this.picker.accept = "image/*";
    this.picker.hidden = true;
    this.picker.className = "blocklite-image-picker";
    this.webcam = new Webcam(webcamSettings(props.webcam_options), (file) => void this.take(file), (msg) => this.showError("Webcam", msg));
    this.webcam.streamTo = props.streaming === true ? { interval: STREAM_EVERY_MS, onFrame: (file) => this.streamFrame(file) } : null;
    this.frame.append(this.img, this.empty, this.webcam.el, this.progress);
    this.el.append(this.title, this.toolbar, this.frame, this.sourceBar, this.picker);
    this.source = this.sources()[0] ?? "upload";
    this.listen();
    this.render();
  }

  private sources(): Source[] {
    const raw = Array.isArray(this.props.sources) ? this.props.sources : ["upload", "webcam", "clipboard"];
    return raw.filter((s): s is Source => s === "upload" || s === "webcam" || s === "clipboard");
  }

  private value(): FileData | null {
    return asFileData(this.props.value);
  }

  private listen(): void {
    this.picker.addEventListener("change", () => {
      const files = this.picker.files;
      const file = firstImage(files ? [...files] : []);
      if (file) void this.take(file);
      else if (hasFiles(files)) this.refuse();
      this.picker.value = "";
    });
    this.empty.addEventListener("click", () => this.activate());
    this.frame.addEventListener("keydown", (ev: Event) => {
      if (ev instanceof KeyboardEvent && (ev.key === "Enter" || ev.key === " ") && ev.target === this.frame && this.value() === null) {
        ev.preventDefault();
        this.activate();
      }
    });
    this.frame.addEventListener("dragover", (ev: DragEvent) => {
      if (!this.accepts("upload")) return;
      ev.preventDefault();
      this.frame.classList.add("blocklite-image-dragging");
    });
    this.frame.addEventListener("dragleave", () => this.frame.classList.remove("blocklite-image-dragging"));
    this.frame.addEventListener("drop", (ev: DragEvent) => {
      this.frame.classList.remove("blocklite-image-dragging");
      if (!this.accepts("upload")) return;
      ev.preventDefault();
      const file = imageFromTransfer(ev.dataTransfer);
      if (file) void this.take(file);
      else if (hasFiles(ev.dataTransfer?.files)) this.refuse();
    });
    this.el.addEventListener("paste", (ev: ClipboardEvent) => {
      if (!this.accepts("clipboard")) return;
      const file = imageFromTransfer(ev.clipboardData);
      if (!file) return;
      ev.preventDefault();
      void this.take(file);
    });
    this.clearButton.addEventListener("click", () => {
      if (!this.interactive || this.value() === null) return;
      this.props.value = null;
      this.render();
      for (const event of ["clear", "input", "change"]) this.ctx.trigger(this.id, event);
    });
    this.fullscreen.addEventListener("click", () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void this.frame.requestFullscreen?.().catch(() => undefined);
    });
    this.img.addEventListener("click", (ev: MouseEvent) => {
      if (!this.ctx.hasListener(this.id, "select")) return;
      const box = this.img.getBoundingClientRect();
      const at = pixelAt(box, { width: this.img.naturalWidth, height: this.img.naturalHeight }, ev.clientX, ev.clientY);
      if (at) this.ctx.trigger(this.id, "select", { index: at, value: null, selected: true });
    });
  }

  private accepts(source: Source): boolean {
    return this.interactive && !this.busy && this.sources().includes(source);
  }

  /** The empty frame was clicked (or Enter): open the picker, or read the clipboard. */
  private activate(): void {
    if (!this.interactive || this.busy) return;
    if (this.source === "upload") this.picker.click();
    else if (this.source === "clipboard") void this.pasteFromClipboard();
    else {
      this.cameraOn = true;
      this.render();
    }
  }

  private async pasteFromClipboard(): Promise<void> {
    try {
      const file = await imageFromClipboard();
      if (file) await this.take(file);
      else this.showError("Paste", "The clipboard holds no image.");
    } catch (err) {
      this.showError("Paste", err instanceof Error ? err.message : String(err));
    }
  }

  private refuse(): void {
    this.showError("Invalid file type", "Please upload an image file.");
  }

  /** Upload the user's image and make it the value. */
  private async take(file: File): Promise<void> {
    if (!this.interactive || this.busy) return;
    if (!file.type.startsWith("image/")) return this.refuse();
    this.busy = true;
    this.cameraOn = false;
    this.webcam.stop();
    this.setProgress("Uploading…");
    let stored: FileData | undefined;
    try {
      [stored] = await this.ctx.files.upload([file], {
        onProgress: (loaded, total) => this.setProgress(`Uploading… ${total > 0 ? Math.round((loaded / total) * 100) : 0}%`),
      });
    } catch (err) {
      this.showError("Upload failed", err instanceof Error ? err.message : String(err));
    } finally {
      this.busy = false;
      this.setProgress("");
    }
    if (!stored) return this.render();
    this.props.value = stored;
    this.render();
    for (const event of ["upload", "input", "change"]) this.ctx.trigger(this.id, event);
  }

  /** One frame of a `streaming=True` webcam: uploaded, made the value, `stream` fired (the
   * preview stays; no progress text, no `upload`/`change` per frame). */
  private async streamFrame(file: File): Promise<void> {
    if (!this.interactive) return;
    try {
      const [stored] = await this.ctx.files.upload([file]);
      this.props.value = stored;
      this.showPicture(stored);
      this.ctx.trigger(this.id, "stream");
    } catch (err) {
      this.showError("Upload failed", err instanceof Error ? err.message : String(err));
    }
  }

  private setProgress(text: string): void {
    setText(this.progress, text);
    setHidden(this.progress, text === "");
  }

  protected normalize(value: unknown): unknown {
    return asFileData(value);
  }

  getValue(): FileData | null {
    return this.value();
  }

  destroy(): void {
    this.webcam.stop();
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "Image");
    const value = this.value();
    const interactive = this.interactive;
    const sources = this.sources();
    if (!sources.includes(this.source)) this.source = sources[0] ?? "upload";
    const buttons = Array.isArray(p.buttons) ? p.buttons : ["download", "share", "fullscreen"];
    setHidden(this.download, value === null || !buttons.includes("download"));
    setHidden(this.fullscreen, value === null || !buttons.includes("fullscreen"));
    setHidden(this.clearButton, value === null || !interactive);
    this.frame.style.height = cssSize(p.height);
    this.frame.style.width = cssSize(p.width);
    this.frame.tabIndex = interactive && value === null ? 0 : -1; // Tab reaches it; paste lands on it
    this.frame.classList.toggle("blocklite-image-interactive", interactive);
    this.showPicture(value);
    const streaming = p.streaming === true;
    const camera = interactive && (value === null || streaming) && this.source === "webcam" && this.cameraOn;
    setHidden(this.img, value === null || camera);
    setHidden(this.webcam.el, !camera);
    this.webcam.configure(webcamSettings(p.webcam_options));
    if (camera) void this.webcam.start();
    else this.webcam.stop();
    setHidden(this.empty, value !== null || camera);
    const prompt = emptyText(p.placeholder, interactive, this.source);
    setText(this.empty, prompt);
    // An empty interactive frame is the control that picks an image: a button named by its prompt.
    const asButton = interactive && value === null && !camera;
    if (asButton) {
      this.frame.setAttribute("role", "button");
      this.frame.setAttribute("aria-label", prompt);
    } else {
      this.frame.removeAttribute("role");
      this.frame.removeAttribute("aria-label");
    }
    this.renderSources(interactive && value === null ? sources : []);
  }

  private showPicture(value: FileData | null): void {
    const key = value === null ? "" : JSON.stringify([value.path, value.url]);
    this.img.alt = typeof this.props.alt_text === "string" ? this.props.alt_text : "";
    this.img.classList.toggle("blocklite-image-selectable", this.ctx.hasListener(this.id, "select"));
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.img.removeAttribute("src");
    this.download.removeAttribute("href");
    if (value === null) return;
    this.download.download = fileName(value);
    this.ctx.files.src(value).then(
      (href) => {
        if (this.shownKey !== key || href === null) return;
        this.img.src = href;
        this.download.href = href;
      },
      (err: unknown) => this.showError("Image", `Could not load ${fileName(value)}: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  private renderSources(shown: Source[]): void {
    setHidden(this.sourceBar, shown.length < 2);
    const key = JSON.stringify([shown, this.source]);
    if (this.sourceBar.dataset.key === key) return;
    this.sourceBar.dataset.key = key;
    this.sourceBar.replaceChildren(
      ...shown.map((source) => {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "blocklite-image-source";
        button.dataset.source = source;
        button.textContent = SOURCE_NAMES[source];
        button.setAttribute("aria-pressed", String(source === this.source));
        button.addEventListener("click", () => {
          this.source = source;
          this.cameraOn = source === "webcam";
          this.render();
          if (source === "clipboard") void this.pasteFromClipboard();
        });
        return button;
      }),
    );
  }
}

function iconButton(button: HTMLButtonElement, text: string, label: string): void {
  button.type = "button";
  button.textContent = text;
  button.setAttribute("aria-label", label);
  button.title = label;
}

/** `height`/`width` props: a number is pixels, a string any CSS length. */
function cssSize(x: unknown): string {
  if (isNumber(x)) return `${x}px`;
  return typeof x === "string" ? x : "";
}

function emptyText(placeholder: unknown, interactive: boolean, source: Source): string {
  if (!interactive) return "No image";
  if (typeof placeholder === "string" && placeholder.trim() !== "") return placeholder.replace(/^#+\s*/gm, "");
  if (source === "webcam") return "Click to start the webcam";
  return source === "clipboard" ? "Paste an image here (or click to paste)" : "Drop an image here, or click to upload";
}

export const imageSpec = componentSpec(ImageView, { css: imageCss });
