/**
 * File (and Files, the same type "file"): a drop zone that uploads, and a list of the files held.
 *
 * Why it exists: gr.File is how apps take and give generic files. Interactive and empty, it is a
 * drop zone ("Drop File Here - or - Click to Upload") that picks by `file_count`/`file_types`;
 * holding files, it lists each one's name and size with a download link, loaded through the app's
 * file route as a blob: URL (the file lives in the worker). The events are Gradio's: `upload` and
 * `change` after an upload, `clear` (the × in the corner), `delete` (one file's ×, its FileData as
 * data), `download` (its FileData), and `select` (`{index, value: name}`) on a file's name.
 */

import { type Dict, isNumber, str } from "../../lib/guards";
import { acceptFor, fileTypesOf } from "../../lib/file-types";
import { glyph } from "../../lib/glyphs";
import { asFileData, type FileData, fileName, formatBytes } from "../../net/app-files";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { acceptDrops, filePicker, uploadFiles } from "./upload";
import fileCss from "./file.css";

/** The files a value holds (one FileData, a list of them, or nothing). */
export function filesOf(value: unknown): FileData[] {
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return items.map(asFileData).filter((f): f is FileData => f !== null);
}

/** A CSS length from Gradio's `height` (a number of pixels or a CSS string). */
export function cssLength(value: unknown): string {
  if (isNumber(value)) return `${value}px`;
  return typeof value === "string" ? value : "";
}

export class FileComponent extends Component {
  private readonly title = this.groupLabel();
  private readonly head = document.createElement("div");
  private readonly clearButton = document.createElement("button");
  private readonly addButton = document.createElement("button");
  private readonly zone = document.createElement("button");
  private readonly status = document.createElement("div");
  private readonly list = document.createElement("table");
  private readonly picker = filePicker((files) => void this.take(files));
  private uploading = false;
  private listKey = "";

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.head.className = "blocklite-block-head";
    for (const [button, text, label] of [
      [this.addButton, "+", "Upload more files"],
      [this.clearButton, "×", "Clear"],
    ] as const) {
      button.type = "button";
      button.className = "blocklite-icon-button";
      button.textContent = text;
      button.setAttribute("aria-label", label);
      button.title = label;
    }
    const tools = document.createElement("div");
    tools.className = "blocklite-file-tools";
    tools.append(this.addButton, this.clearButton);
    this.head.append(this.title, tools);
    this.zone.type = "button";
    this.zone.className = "blocklite-file-drop";
    this.status.className = "blocklite-file-status";
    this.status.setAttribute("role", "status");
    this.list.className = "blocklite-file-list";
    this.el.append(this.head, this.zone, this.status, this.list, this.picker.input);
    this.zone.addEventListener("click", () => this.openPicker());
    this.addButton.addEventListener("click", () => this.openPicker());
    this.clearButton.addEventListener("click", () => this.clearAll());
    acceptDrops(this.el, () => this.interactive && !this.uploading, (files) => void this.take(files));
    this.render();
  }

  private get many(): boolean {
    const count = str(this.props.file_count, "single");
    return count === "multiple" || count === "directory";
  }

  private openPicker(): void {
    if (!this.interactive || this.uploading) return;
    const count = str(this.props.file_count, "single");
    this.picker.open({ accept: acceptFor(fileTypesOf(this.props.file_types)), multiple: count === "multiple", directory: count === "directory" });
  }

  /** Upload what the user picked or dropped; the value becomes (or, multiple, grows by) it. */
  private async take(picked: File[]): Promise<void> {
    const files = this.many ? picked : picked.slice(0, 1);
    this.uploading = true;
    this.showProgress(0, files.reduce((sum, f) => sum + f.size, 0));
    this.render();
    const uploaded = await uploadFiles(this.ctx, (title, message) => this.showError(title, message), {
      files,
      fileTypes: fileTypesOf(this.props.file_types),
      onProgress: (loaded, total) => this.showProgress(loaded, total),
    });
    this.uploading = false;
    this.status.textContent = "";
    if (uploaded === null) return this.render();
    this.props.value = this.many ? [...filesOf(this.props.value), ...uploaded] : uploaded[0];
    this.render();
    this.ctx.trigger(this.id, "change");
    this.ctx.trigger(this.id, "upload");
  }

  private showProgress(loaded: number, total: number): void {
    const percent = total > 0 ? Math.floor((loaded / total) * 100) : 0;
    this.status.textContent = `Uploading… ${percent}%`;
  }

  private clearAll(): void {
    if (!this.interactive) return;
    this.props.value = null;
    this.render();
    this.ctx.trigger(this.id, "change");
    this.ctx.trigger(this.id, "clear");
  }

  private remove(index: number): void {
    const files = filesOf(this.props.value);
    const [removed] = files.splice(index, 1);
    this.props.value = this.many ? (files.length > 0 ? files : null) : null;
    this.render();
    this.ctx.trigger(this.id, "change");
    this.ctx.trigger(this.id, "delete", removed);
  }

  getValue(): unknown {
    const files = filesOf(this.props.value);
    if (files.length === 0) return null;
    return this.many ? files : files[0];
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "File");
    const files = filesOf(p.value);
    const editable = this.interactive && !this.uploading;
    this.zone.hidden = !this.interactive || files.length > 0;
    this.zone.disabled = !editable;
    this.zone.replaceChildren(...dropText("Drop File Here"));
    this.zone.style.minHeight = cssLength(p.height);
    this.list.style.maxHeight = cssLength(p.height);
    this.addButton.hidden = !this.interactive || !this.many || files.length === 0;
    this.clearButton.hidden = !this.interactive || files.length === 0;
    this.addButton.disabled = this.clearButton.disabled = !editable;
    this.list.hidden = files.length === 0;
    const selectable = this.ctx.hasListener(this.id, "select");
    const key = JSON.stringify([files, editable, selectable, this.many]);
    if (key !== this.listKey) {
      this.listKey = key;
      this.list.replaceChildren(...files.map((file, i) => this.row(file, i, editable, selectable)));
    }
  }

  private row(file: FileData, index: number, editable: boolean, selectable: boolean): HTMLTableRowElement {
    const row = document.createElement("tr");
    const name = document.createElement("td");
    name.className = "blocklite-file-name";
    const shown = fileName(file);
    if (selectable) {
      const pick = document.createElement("button");
      pick.type = "button";
      pick.className = "blocklite-file-select";
      pick.textContent = shown;
      pick.addEventListener("click", () => this.ctx.trigger(this.id, "select", { index, value: shown, selected: true }));
      name.append(pick);
    } else name.textContent = shown;
    const link = document.createElement("td");
    link.className = "blocklite-file-download";
    // Gradio's row: the name, then the size as the download link with an arrow
    const anchor = document.createElement("a");
    anchor.append(isNumber(file.size) ? formatBytes(file.size) : "", glyph("download"));
    anchor.setAttribute("aria-label", `Download ${shown}`);
    anchor.download = shown;
    anchor.setAttribute("aria-disabled", "true");
    anchor.addEventListener("click", (ev: MouseEvent) => {
      if (!anchor.href) ev.preventDefault(); // still loading from the worker
      else this.ctx.trigger(this.id, "download", file);
    });
    void this.ctx.files.src(file).then(
      (href) => {
        if (href === null) return;
        anchor.href = href;
        anchor.removeAttribute("aria-disabled");
      },
      (err: unknown) => console.warn(`blocklite: could not load ${shown}`, err),
    );
    link.append(anchor);
    row.append(name, link);
    if (editable && this.many) {
      const cell = document.createElement("td");
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "blocklite-icon-button blocklite-file-remove";
      remove.textContent = "×";
      remove.setAttribute("aria-label", `Remove ${shown}`);
      remove.addEventListener("click", () => this.remove(index));
      cell.append(remove);
      row.append(cell);
    }
    return row;
  }
}

/** Gradio's drop zone text: "Drop File Here", "- or -", "Click to Upload". */
function dropText(first: string): (HTMLElement | SVGSVGElement)[] {
  const icon = glyph("upload");
  icon.classList.add("blocklite-file-drop-icon");
  return [icon, ...[first, "- or -", "Click to Upload"].map((text) => {
    const line = document.createElement("span");
    line.textContent = text;
    return line;
  })];
}

export const fileSpec = componentSpec(FileComponent, { css: fileCss, inMessage: true });
