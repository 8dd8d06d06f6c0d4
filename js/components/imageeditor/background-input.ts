/**
 * Where an ImageEditor's background comes from: the sources the app allows (upload: the picker
 * or a drop on the canvas; clipboard: a paste or the async clipboard; webcam: a preview whose
 * Capture gives one frame).
 *
 * Why it exists: each source delivers a File its own way; the editor wants "this image file"
 * once, or a toast saying what was wrong. The helpers are gr.Image's (image/sources.ts,
 * image/webcam.ts) and the file components' picker (file/upload.ts).
 */

import { filePicker } from "../file/upload";
import { firstImage, imageFromClipboard, imageFromTransfer } from "../image/sources";
import { Webcam, type WebcamSettings } from "../image/webcam";
import type { Source } from "./toolbar";

export interface BackgroundHost {
  /** Whether `source` may deliver now (interactive, allowed by `sources`). */
  accepts(source: Source): boolean;
  take(file: File): void;
  showError(title: string, message: string): void;
}

export class BackgroundInput {
  readonly picker = filePicker((files) => this.takeFirst(files));
  readonly webcam: Webcam;
  cameraOn = false;

  constructor(
    private readonly host: BackgroundHost,
    settings: WebcamSettings,
  ) {
    this.webcam = new Webcam(settings, (file) => this.deliver(file), (msg) => host.showError("Webcam", msg));
  }

  /** Drops on `stage`, pastes inside `root`. */
  listen(stage: HTMLElement, root: HTMLElement): void {
    stage.addEventListener("dragover", (ev) => {
      if (this.host.accepts("upload")) ev.preventDefault();
    });
    stage.addEventListener("drop", (ev) => {
      if (!this.host.accepts("upload")) return;
      ev.preventDefault();
      const file = imageFromTransfer(ev.dataTransfer);
      if (file) this.deliver(file);
      else this.refuse();
    });
    root.addEventListener("paste", (ev) => {
      if (!this.host.accepts("clipboard")) return;
      const file = imageFromTransfer(ev.clipboardData);
      if (!file) return;
      ev.preventDefault();
      this.deliver(file);
    });
  }

  /** A source button was pressed. */
  use(source: Source): void {
    this.cameraOn = source === "webcam" ? !this.cameraOn : false;
    if (source === "upload") this.picker.open({ accept: "image/*", multiple: false, directory: false });
    else if (source === "clipboard") void this.paste();
  }

  stop(): void {
    this.cameraOn = false;
    this.webcam.stop();
  }

  private async paste(): Promise<void> {
    try {
      const file = await imageFromClipboard();
      if (file) this.deliver(file);
      else this.host.showError("Paste", "The clipboard holds no image.");
    } catch (err) {
      this.host.showError("Paste", err instanceof Error ? err.message : String(err));
    }
  }

  private takeFirst(files: File[]): void {
    const file = firstImage(files);
    if (file) this.deliver(file);
    else this.refuse();
  }

  private deliver(file: File): void {
    if (!file.type.startsWith("image/")) return this.refuse();
    this.stop();
    this.host.take(file);
  }

  private refuse(): void {
    this.host.showError("Invalid file type", "Please upload an image file.");
  }
}
