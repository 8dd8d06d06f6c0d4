/**
 * Gallery: a grid of images and videos with captions; a click selects one and opens the preview.
 *
 * Why it exists: gr.Gallery is how apps show many images. The grid has `columns` columns (fitted
 * to fewer items when `fit_columns`), `height` and `object_fit`; a click fires `select` with
 * `{index, value: item}` and, when `allow_preview`, shows the item large (`preview_open`), with
 * previous/next (buttons, ←/→), download and close (`preview_close`, Esc). `preview=True` starts
 * there and `selected_index` chooses the item. Interactive, it takes uploads (a drop zone while
 * empty, + to add) and a × per item (`delete`). Every source is loaded through the app's file
 * route (blob: URLs), so a static page shows the worker's files.
 */

import { type Dict, isNumber } from "../../lib/guards";
import { acceptFor, fileTypesOf } from "../../lib/file-types";
import { type FileData, fileName } from "../../net/app-files";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { cssLength } from "../file/file";
import { acceptDrops, filePicker, saveAs, uploadFiles } from "../file/upload";
import { type GalleryItem, galleryItems, itemValue, mediaElement } from "./items";
import { Preview } from "./preview";
import galleryCss from "./gallery.css";

const FITS = new Set(["contain", "cover", "fill", "none", "scale-down"]);

/** The number of columns: Gradio's `columns` (a number, or one per breakpoint: the widest wins). */
export function columnCount(columns: unknown, items: number, fit: boolean): number {
  const list = Array.isArray(columns) ? columns.filter(isNumber) : isNumber(columns) ? [columns] : [];
  const wanted = Math.max(1, Math.floor(list.length > 0 ? list[list.length - 1] : 2));
  return fit && items > 0 ? Math.min(wanted, items) : wanted;
}

export class Gallery extends Component {
  private readonly title = this.groupLabel();
  private readonly head = document.createElement("div");
  private readonly addButton = document.createElement("button");
  private readonly grid = document.createElement("div");
  private readonly zone = document.createElement("button");
  private readonly status = document.createElement("div");
  private readonly preview: Preview;
  private readonly picker = filePicker((files) => void this.take(files));
  private gridKey = "";
  private shownSelected: unknown = undefined;
  private uploading = false;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.head.className = "blocklite-block-head";
    this.addButton.type = "button";
    this.addButton.className = "blocklite-icon-button";
    this.addButton.textContent = "+";
    this.addButton.setAttribute("aria-label", "Upload more images");
    this.addButton.addEventListener("click", () => this.openPicker());
    this.head.append(this.title, this.addButton);
    this.grid.className = "blocklite-gallery-grid";
    this.grid.setAttribute("role", "list");
    this.zone.type = "button";
    this.zone.className = "blocklite-file-drop";
    for (const text of ["Drop Image(s) Here", "- or -", "Click to Upload"]) {
      const line = document.createElement("span");
      line.textContent = text;
      this.zone.append(line);
    }
    this.zone.addEventListener("click", () => this.openPicker());
    this.status.className = "blocklite-file-status";
    this.status.setAttribute("role", "status");
    this.preview = new Preview(ctx.files, {
      select: (index) => this.select(index),
      close: () => this.closePreview(),
      download: (item) => void this.download(item.file),
    });
    this.el.append(this.head, this.preview.el, this.grid, this.zone, this.status, this.picker.input);
    acceptDrops(this.el, () => this.interactive && !this.uploading, (files) => void this.take(files));
    this.render();
  }

  private items(): GalleryItem[] {
    return galleryItems(this.props.value);
  }

  getValue(): unknown {
    const items = this.items();
    return items.length > 0 ? items.map(itemValue) : null;
  }

  protected normalize(value: unknown): unknown {
    return value ?? [];
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "Gallery");
    const items = this.items();
    const editable = this.interactive && !this.uploading;
    this.zone.hidden = !this.interactive || items.length > 0;
    this.zone.disabled = !editable;
    this.addButton.hidden = !this.interactive || items.length === 0;
    this.addButton.disabled = !editable;
    const columns = columnCount(p.columns, items.length, p.fit_columns !== false);
    this.grid.style.gridTemplateColumns = `repeat(${columns}, minmax(0, 1fr))`;
    this.grid.style.height = cssLength(p.height);
    this.grid.hidden = items.length === 0;
    const fit = typeof p.object_fit === "string" && FITS.has(p.object_fit) ? p.object_fit : "cover";
    const key = JSON.stringify([items, editable, fit]);
    if (key !== this.gridKey) {
      this.gridKey = key;
      this.grid.replaceChildren(...items.map((item, i) => this.thumbnail(item, i, fit, editable)));
    }
    this.syncPreview(items);
  }

  /** Open or move the preview when `preview`/`selected_index` say so (on load and on updates). */
  private syncPreview(items: GalleryItem[]): void {
    const p = this.props;
    const selected = isNumber(p.selected_index) ? p.selected_index : null;
    const wanted = JSON.stringify([selected, p.preview === true]);
    const changedByApp = wanted !== this.shownSelected;
    this.shownSelected = wanted;
    if (items.length === 0) return this.preview.hide();
    const allow = p.allow_preview !== false;
    if (changedByApp && allow && (selected !== null || p.preview === true)) {
      this.preview.show(items, Math.min(Math.max(selected ?? 0, 0), items.length - 1), this.buttons());
    } else if (this.preview.open) {
      this.preview.show(items, Math.min(this.preview.index, items.length - 1), this.buttons());
    }
  }

  private buttons(): { download: boolean; fullscreen: boolean } {
    const list = Array.isArray(this.props.buttons) ? this.props.buttons : ["download", "fullscreen"];
    return { download: list.includes("download"), fullscreen: list.includes("fullscreen") };
  }

  private thumbnail(item: GalleryItem, index: number, fit: string, editable: boolean): HTMLElement {
    const cell = document.createElement("div");
    cell.className = "blocklite-gallery-item";
    cell.setAttribute("role", "listitem");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "blocklite-gallery-thumb";
    button.setAttribute("aria-label", item.caption ?? fileName(item.file));
    const media = mediaElement(item, this.ctx.files, false);
    media.style.objectFit = fit;
    button.append(media);
    if (item.caption !== null) {
      const caption = document.createElement("span");
      caption.className = "blocklite-gallery-caption";
      caption.textContent = item.caption;
      button.append(caption);
    }
    button.addEventListener("click", () => this.select(index));
    cell.append(button);
    if (editable) {
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "blocklite-icon-button blocklite-gallery-remove";
      remove.textContent = "×";
      remove.setAttribute("aria-label", `Remove ${item.caption ?? fileName(item.file)}`);
      remove.addEventListener("click", () => this.remove(index));
      cell.append(remove);
    }
    return cell;
  }

  /** The user chose item `index` (in the grid or the preview). */
  private select(index: number): void {
    const items = this.items();
    const item = items[index];
    if (!item) return;
    const opening = !this.preview.open;
    if (this.props.allow_preview !== false) this.preview.show(items, index, this.buttons());
    this.props.selected_index = index;
    this.shownSelected = JSON.stringify([index, this.props.preview === true]);
    this.ctx.trigger(this.id, "select", { index, value: itemValue(item), selected: true });
    if (opening && this.preview.open) this.ctx.trigger(this.id, "preview_open");
  }

  private closePreview(): void {
    this.preview.hide();
    this.props.selected_index = null;
    this.shownSelected = JSON.stringify([null, this.props.preview === true]);
    this.ctx.trigger(this.id, "preview_close");
  }

  private remove(index: number): void {
    const items = this.items();
    const [removed] = items.splice(index, 1);
    this.props.value = items.map(itemValue);
    this.render();
    this.ctx.trigger(this.id, "change");
    this.ctx.trigger(this.id, "delete", removed.file);
  }

  private openPicker(): void {
    if (!this.interactive || this.uploading) return;
    const types = fileTypesOf(this.props.file_types);
    this.picker.open({ accept: acceptFor(types ?? ["image", "video"]), multiple: true, directory: false });
  }

  private async take(files: File[]): Promise<void> {
    this.uploading = true;
    this.status.textContent = "Uploading…";
    this.render();
    const uploaded = await uploadFiles(this.ctx, (title, message) => this.showError(title, message), {
      files,
      fileTypes: fileTypesOf(this.props.file_types) ?? ["image", "video"],
      onProgress: (loaded, total) => {
        this.status.textContent = `Uploading… ${total > 0 ? Math.floor((loaded / total) * 100) : 0}%`;
      },
    });
    this.uploading = false;
    this.status.textContent = "";
    if (uploaded === null) return this.render();
    const added = uploaded.map((file) => (file.mime_type?.startsWith("video/") ? { video: file, caption: null } : { image: file, caption: null }));
    this.props.value = [...this.items().map(itemValue), ...added];
    this.render();
    this.ctx.trigger(this.id, "change");
    this.ctx.trigger(this.id, "upload");
  }

  private async download(file: FileData): Promise<void> {
    const href = await this.ctx.files.src(file).catch(() => null);
    if (href === null) return this.showError("Error", `Could not download ${fileName(file)}`);
    saveAs(href, fileName(file));
  }

  destroy(): void {
    this.preview.hide();
  }
}

export const gallerySpec = componentSpec(Gallery, { css: galleryCss });
