/**
 * UploadButton and DownloadButton: buttons whose values are files.
 *
 * Why it exists: they look and size like gr.Button (its classes, label as text, icon) but act on
 * files. UploadButton opens the picker on click (firing `click`), uploads what is picked, then its
 * value is the upload and `upload` and `change` fire. DownloadButton's value is a file: a click
 * fires `click` and saves the file from a blob: URL (loaded through the app's file route).
 */

import { type Dict, str } from "../../lib/guards";
import { acceptFor, fileTypesOf } from "../../lib/file-types";
import { type FileData, fileName } from "../../net/app-files";
import { Button } from "../button";
import type { ComponentContext } from "../base";
import { componentSpec } from "../spec";
import { filesOf } from "./file";
import { filePicker, saveAs, uploadFiles } from "./upload";
import fileCss from "./file.css";

/** A Button showing `props.label` (the value is a file, not the text). */
abstract class FileButton extends Button {
  /** Gradio shows these buttons' label, not their value. */
  protected buttonText(): string {
    return str(this.props.label);
  }
}

export class UploadButton extends FileButton {
  /** Not in the document: a click on an input inside the button would reach the button again. */
  private readonly picker = filePicker((files) => void this.take(files));
  private busy = false;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.el.addEventListener("click", () => {
      if (!this.interactive || this.busy) return;
      const count = str(this.props.file_count, "single");
      this.picker.open({ accept: acceptFor(fileTypesOf(this.props.file_types)), multiple: count === "multiple", directory: count === "directory" });
    });
  }

  private get many(): boolean {
    const count = str(this.props.file_count, "single");
    return count === "multiple" || count === "directory";
  }

  private async take(picked: File[]): Promise<void> {
    this.busy = true;
    this.el.setAttribute("aria-busy", "true");
    const uploaded = await uploadFiles(this.ctx, (title, message) => this.showError(title, message), {
      files: this.many ? picked : picked.slice(0, 1),
      fileTypes: fileTypesOf(this.props.file_types),
    });
    this.busy = false;
    this.el.removeAttribute("aria-busy");
    if (uploaded === null) return;
    this.props.value = this.many ? uploaded : uploaded[0];
    this.ctx.trigger(this.id, "change");
    this.ctx.trigger(this.id, "upload");
  }

  getValue(): unknown {
    const files = filesOf(this.props.value);
    if (files.length === 0) return null;
    return this.many ? files : files[0];
  }
}

export class DownloadButton extends FileButton {
  private href: string | null = null;
  private loadedFor = "";

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.el.addEventListener("click", () => {
      if (this.interactive) void this.save();
    });
  }

  private file(): FileData | null {
    return filesOf(this.props.value)[0] ?? null;
  }

  /** Save the current file (its blob: URL is made on first use and kept while the value holds). */
  private async save(): Promise<void> {
    const file = this.file();
    if (file === null) return;
    const key = JSON.stringify(file);
    if (this.loadedFor !== key) {
      this.href = null;
      try {
        this.href = await this.ctx.files.src(file);
      } catch (err: unknown) {
        this.showError("Error", `Could not download ${fileName(file)}: ${err instanceof Error ? err.message : String(err)}`);
        return;
      }
      this.loadedFor = key;
    }
    if (this.href === null) return;
    saveAs(this.href, fileName(file));
  }
}

export const uploadButtonSpec = componentSpec(UploadButton, { css: fileCss });
export const downloadButtonSpec = componentSpec(DownloadButton, { css: fileCss });
