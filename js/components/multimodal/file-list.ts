/**
 * The attachments row of a MultimodalTextbox: a thumbnail for each image, a name chip for any
 * other file, each with a remove button, and a chip per upload in progress.
 *
 * Why it exists: drawing attachments is its own job (blob: URLs loaded later, progress updated
 * while bytes go to the worker), kept out of multimodal.ts so that file stays about text and
 * events. Names come from the wire and are set as text only; pictures load from the blob: URLs
 * `ctx.files.src` makes, so no element ever names the app's file route.
 */

import { type FileData, type AppFiles, fileName, formatBytes } from "../../net/app-files";
import { element, setHidden } from "../../lib/dom";
import { filesKey, isImageFile } from "./attachments";

export interface FileListOptions {
  files: AppFiles;
  /** The user asked to remove attachment `index`. */
  onRemove(index: number): void;
}

/** One upload on its way: its names and how far it got. */
export interface PendingUpload {
  readonly names: string[];
  setProgress(loaded: number, total: number): void;
  done(): void;
}

export class FileList {
  readonly el = element("div", "blocklite-mm-files");
  private readonly shown = element("div", "blocklite-mm-shown");
  private readonly pending = element("div", "blocklite-mm-pending");
  private key = "";
  private removable = true;

  constructor(private readonly options: FileListOptions) {
    this.el.setAttribute("role", "list");
    this.el.setAttribute("aria-label", "Attached files");
    this.el.append(this.shown, this.pending);
    setHidden(this.el, true);
  }

  /** Show `files`; redraws only when the list (or whether it may be edited) changed. */
  update(files: readonly FileData[], removable: boolean): void {
    const key = filesKey(files);
    if (key === this.key && removable === this.removable) return;
    this.key = key;
    this.removable = removable;
    this.shown.replaceChildren(...files.map((file, index) => this.item(file, index)));
    this.refreshHidden();
  }

  /** A chip for an upload that has started; call `done()` when it has finished (or failed). */
  startUpload(names: string[]): PendingUpload {
    const chip = element("div", "blocklite-mm-file blocklite-mm-uploading");
    chip.setAttribute("role", "listitem");
    const label = element("span", "blocklite-mm-file-name", names.join(", "));
    const bar = document.createElement("progress");
    bar.className = "blocklite-mm-progress";
    bar.max = 1;
    bar.value = 0;
    bar.setAttribute("aria-label", `Uploading ${names.join(", ")}`);
    chip.append(label, bar);
    this.pending.append(chip);
    this.refreshHidden();
    return {
      names,
      setProgress: (loaded, total) => {
        bar.value = total > 0 ? Math.min(1, loaded / total) : 0;
      },
      done: () => {
        chip.remove();
        this.refreshHidden();
      },
    };
  }

  private refreshHidden(): void {
    setHidden(this.el, this.shown.childElementCount === 0 && this.pending.childElementCount === 0);
  }

  private item(file: FileData, index: number): HTMLElement {
    const name = fileName(file);
    const image = isImageFile(file);
    const item = element("div", `blocklite-mm-file ${image ? "blocklite-mm-thumb" : "blocklite-mm-chip"}`);
    item.setAttribute("role", "listitem");
    item.title = name;
    if (image) {
      const img = document.createElement("img");
      img.alt = name;
      img.className = "blocklite-mm-thumb-img";
      item.append(img);
      void this.options.files.src(file).then(
        (src) => {
          if (src !== null) img.src = src;
        },
        (err: unknown) => console.warn(`blocklite: could not load ${name}`, err),
      );
    } else {
      item.append(element("span", "blocklite-mm-file-name", name));
      if (typeof file.size === "number") item.append(element("span", "blocklite-mm-file-size", formatBytes(file.size)));
    }
    if (this.removable) {
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "blocklite-mm-remove";
      remove.textContent = "×";
      remove.setAttribute("aria-label", `Remove ${name}`);
      remove.title = `Remove ${name}`;
      remove.addEventListener("click", () => this.options.onRemove(index));
      item.append(remove);
    }
    return item;
  }
}
