/**
 * gr.ImageSlider on the page: two images over each other and a divider the user drags (or moves
 * with the arrow keys) to show more of one or the other.
 *
 * Why it exists: Gradio's before/after comparison. The value is a pair of FileData (Gradio's
 * SliderData); the first image shows left of the divider, the second right of it, both fitted to
 * the frame the same way so their pixels line up. The divider starts at `slider_position` (a
 * percentage) and is a real slider for keyboards and screen readers. Interactive and empty, each
 * side takes an upload (`upload`, `input`, `change`); × clears (`clear`).
 */

import { glyph } from "../../lib/glyphs";
import { type Dict, isNumber } from "../../lib/guards";
import { setHidden } from "../../lib/dom";
import { asFileData, type FileData, fileName } from "../../net/app-files";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { filePicker } from "../file/upload";
import { firstImage } from "../image/sources";
import sliderCss from "./imageslider.css";

type Pair = [FileData | null, FileData | null];

function pairOf(raw: unknown): Pair | null {
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const pair: Pair = [asFileData(raw[0]), asFileData(raw[1])];
  return pair[0] || pair[1] ? pair : null;
}

function cssSize(x: unknown): string {
  return isNumber(x) ? `${x}px` : typeof x === "string" ? x : "";
}

export class ImageSliderView extends Component {
  private readonly title = this.groupLabel("group", "div");
  private readonly frame = document.createElement("div");
  private readonly images: [HTMLImageElement, HTMLImageElement] = [document.createElement("img"), document.createElement("img")];
  private readonly divider = document.createElement("div");
  private readonly toolbar = document.createElement("div");
  private readonly download = document.createElement("a");
  private readonly fullscreen = document.createElement("button");
  private readonly clearButton = document.createElement("button");
  private readonly slots = document.createElement("div");
  private readonly picker = filePicker((files) => void this.take(files));
  private position = 50;
  private side = 0;
  private shown = ["", ""];
  private dragging = false;
  private readonly resizer = new ResizeObserver(() => this.placeDivider());

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.frame.className = "blocklite-slider-frame";
    this.images.forEach((img, i) => {
      img.className = `blocklite-slider-img blocklite-slider-img-${i}`;
      img.draggable = false;
      img.alt = i === 0 ? "Left image" : "Right image";
      img.addEventListener("load", () => this.placeDivider());
    });
    this.divider.className = "blocklite-slider-divider";
    this.divider.tabIndex = 0;
    this.divider.setAttribute("role", "slider");
    this.divider.setAttribute("aria-label", "Divider position");
    this.divider.setAttribute("aria-valuemin", "0");
    this.divider.setAttribute("aria-valuemax", "100");
    this.toolbar.className = "blocklite-image-toolbar";
    this.download.className = "blocklite-image-button blocklite-image-download";
    this.download.replaceChildren(glyph("download"));
    this.download.setAttribute("aria-label", "Download");
    this.fullscreen.type = "button";
    this.fullscreen.className = "blocklite-image-button blocklite-image-fullscreen";
    this.fullscreen.setAttribute("aria-label", "Fullscreen");
    this.fullscreen.replaceChildren(glyph("fullscreen"));
    this.clearButton.type = "button";
    this.clearButton.className = "blocklite-image-button blocklite-image-clear";
    this.clearButton.setAttribute("aria-label", "Clear");
    this.clearButton.textContent = "×";
    this.toolbar.append(this.download, this.fullscreen, this.clearButton);
    this.slots.className = "blocklite-slider-slots";
    this.frame.append(...this.images, this.divider);
    this.el.append(this.title, this.toolbar, this.frame, this.slots, this.picker.input);
    this.position = isNumber(props.slider_position) ? props.slider_position : 50;
    this.listen();
    this.resizer.observe(this.frame);
    this.render();
  }

  private listen(): void {
    const moveTo = (clientX: number): void => {
      const box = this.images[0].getBoundingClientRect();
      const { left, width } = this.picture();
      if (width <= 0) return;
      this.setPosition(((clientX - box.left - left) / width) * 100);
    };
    this.frame.addEventListener("pointerdown", (ev) => {
      if (ev.button !== 0) return;
      this.dragging = true;
      this.frame.setPointerCapture?.(ev.pointerId);
      moveTo(ev.clientX);
    });
    this.frame.addEventListener("pointermove", (ev) => {
      if (this.dragging) moveTo(ev.clientX);
    });
    const stop = (): void => {
      this.dragging = false;
    };
    this.frame.addEventListener("pointerup", stop);
    this.frame.addEventListener("pointercancel", stop);
    this.divider.addEventListener("keydown", (ev) => {
      const step = ev.shiftKey ? 10 : 1;
      if (ev.key === "ArrowLeft" || ev.key === "ArrowDown") this.setPosition(this.position - step);
      else if (ev.key === "ArrowRight" || ev.key === "ArrowUp") this.setPosition(this.position + step);
      else if (ev.key === "Home") this.setPosition(0);
      else if (ev.key === "End") this.setPosition(100);
      else return;
      ev.preventDefault();
    });
    this.fullscreen.addEventListener("click", () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void this.frame.requestFullscreen?.().catch(() => undefined);
    });
    this.clearButton.addEventListener("click", () => {
      if (!this.interactive) return;
      this.props.value = null;
      this.render();
      for (const event of ["clear", "input", "change"]) this.ctx.trigger(this.id, event);
    });
  }

  private setPosition(percent: number): void {
    this.position = Math.min(100, Math.max(0, percent));
    this.placeDivider();
  }

  /** Where the picture is inside the `<img>` box (`object-fit: contain` letterboxes it). */
  private picture(): { left: number; width: number } {
    const img = this.images[0].naturalWidth > 0 ? this.images[0] : this.images[1];
    const box = img.getBoundingClientRect();
    if (img.naturalWidth <= 0 || img.naturalHeight <= 0 || box.height <= 0) return { left: 0, width: box.width };
    const width = Math.min(box.width, (box.height * img.naturalWidth) / img.naturalHeight);
    return { left: (box.width - width) / 2, width };
  }

  private placeDivider(): void {
    const { left, width } = this.picture();
    const at = width > 0 ? `${left + (width * this.position) / 100}px` : `${this.position}%`;
    this.divider.style.left = at;
    this.images[1].style.clipPath = `inset(0 0 0 ${at})`;
    this.divider.setAttribute("aria-valuenow", String(Math.round(this.position)));
  }

  private async take(files: File[]): Promise<void> {
    const file = firstImage(files);
    if (!file) return this.showError("Invalid file type", "Please upload an image file.");
    let stored: FileData | undefined;
    try {
      [stored] = await this.ctx.files.upload([file]);
    } catch (err) {
      return this.showError("Upload failed", err instanceof Error ? err.message : String(err));
    }
    const pair: Pair = pairOf(this.props.value) ?? [null, null];
    pair[this.side] = stored ?? null;
    this.props.value = pair;
    this.render();
    for (const event of ["upload", "input", "change"]) this.ctx.trigger(this.id, event);
  }

  protected normalize(value: unknown): unknown {
    return pairOf(value);
  }

  destroy(): void {
    this.resizer.disconnect();
  }

  getValue(): Pair | null {
    return pairOf(this.props.value);
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "Image Slider");
    const pair = pairOf(p.value);
    const buttons = Array.isArray(p.buttons) ? p.buttons : ["download", "fullscreen"];
    setHidden(this.download, !pair?.[1] || !buttons.includes("download"));
    setHidden(this.fullscreen, pair === null || !buttons.includes("fullscreen"));
    setHidden(this.clearButton, pair === null || !this.interactive);
    this.frame.style.height = cssSize(p.height);
    this.frame.style.width = cssSize(p.width);
    this.frame.style.maxHeight = cssSize(p.max_height);
    setHidden(this.frame, pair === null);
    this.images.forEach((img, i) => this.show(img, i, pair?.[i] ?? null));
    this.placeDivider();
    this.renderSlots(this.interactive && (pair === null || !pair[0] || !pair[1]) ? pair : undefined);
  }

  private show(img: HTMLImageElement, index: number, file: FileData | null): void {
    const key = file ? JSON.stringify([file.path, file.url]) : "";
    if (this.shown[index] === key) return;
    this.shown[index] = key;
    img.removeAttribute("src");
    if (index === 1) this.download.removeAttribute("href");
    setHidden(img, file === null);
    if (!file) return;
    this.ctx.files.src(file).then(
      (href) => {
        if (this.shown[index] !== key || href === null) return;
        img.src = href;
        if (index === 1) {
          this.download.href = href;
          this.download.download = fileName(file);
        }
      },
      (err: unknown) => this.showError("ImageSlider", `Could not load ${fileName(file)}: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  /** Upload buttons for the sides still empty (undefined: none shown). */
  private renderSlots(pair: Pair | null | undefined): void {
    setHidden(this.slots, pair === undefined);
    if (pair === undefined) return this.slots.replaceChildren();
    const buttons = [0, 1]
      .filter((i) => !pair?.[i])
      .map((i) => {
        const b = document.createElement("button");
        b.type = "button";
        b.className = "blocklite-slider-upload";
        b.dataset.side = String(i);
        b.textContent = i === 0 ? "Upload left image" : "Upload right image";
        b.addEventListener("click", () => {
          this.side = i;
          this.picker.open({ accept: "image/*", multiple: false, directory: false });
        });
        return b;
      });
    this.slots.replaceChildren(...buttons);
  }
}

export const imageSliderSpec = componentSpec(ImageSliderView, { css: sliderCss });
