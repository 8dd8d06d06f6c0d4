/**
 * gr.AnnotatedImage on the page: the base image with each annotation's overlay PNG on top, and a
 * legend of the labels.
 *
 * Why it exists: Gradio's detection/segmentation display. The worker has already drawn every
 * box or mask as an image-sized RGBA PNG in the label's colour (components/annotation_masks.py),
 * so the page stacks them over the picture. Hovering a legend entry (or focusing it) brings its
 * annotation forward and dims the others; clicking it fires `select` with the annotation's index
 * and label, as Gradio's legend does. Labels without a `color_map` colour get a hue each in the
 * legend and on their overlay (the worker drew them red), as Gradio's page does.
 */

import { glyph } from "../../lib/glyphs";
import { type Dict, isNumber, isRecord } from "../../lib/guards";
import { setHidden } from "../../lib/dom";
import { asFileData, type FileData, fileName } from "../../net/app-files";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import annotatedCss from "./annotatedimage.css";

interface Annotation {
  image: FileData;
  label: string;
}

interface Annotated {
  image: FileData;
  annotations: Annotation[];
}

function annotatedOf(raw: unknown): Annotated | null {
  if (!isRecord(raw)) return null;
  const image = asFileData(raw.image);
  if (!image) return null;
  const list = Array.isArray(raw.annotations) ? raw.annotations : [];
  const annotations = list.flatMap((a): Annotation[] => {
    if (!isRecord(a)) return [];
    const file = asFileData(a.image);
    return file ? [{ image: file, label: typeof a.label === "string" ? a.label : String(a.label ?? "") }] : [];
  });
  return { image, annotations };
}

function cssSize(x: unknown): string {
  return isNumber(x) ? `${x}px` : typeof x === "string" ? x : "";
}

export class AnnotatedImageView extends Component {
  private readonly title = this.groupLabel("group", "div");
  private readonly frame = document.createElement("div");
  private readonly base = document.createElement("img");
  private readonly overlays = document.createElement("div");
  private readonly legend = document.createElement("div");
  private readonly fullscreen = document.createElement("button");
  private readonly empty = document.createElement("div");
  private shownKey = "";

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.frame.className = "blocklite-annotated-frame";
    this.base.className = "blocklite-annotated-base";
    this.base.alt = "";
    this.overlays.className = "blocklite-annotated-overlays";
    this.legend.className = "blocklite-annotated-legend";
    this.legend.setAttribute("role", "list");
    this.legend.setAttribute("aria-label", "Annotations");
    this.fullscreen.type = "button";
    this.fullscreen.className = "blocklite-image-button blocklite-image-fullscreen blocklite-annotated-fullscreen";
    this.fullscreen.setAttribute("aria-label", "Fullscreen");
    this.fullscreen.replaceChildren(glyph("fullscreen"));
    this.fullscreen.addEventListener("click", () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void this.frame.requestFullscreen?.().catch(() => undefined);
    });
    this.empty.className = "blocklite-annotated-empty";
    this.empty.textContent = "No image";
    this.frame.append(this.base, this.overlays, this.fullscreen);
    this.el.append(this.title, this.frame, this.empty, this.legend);
    this.render();
  }

  protected normalize(value: unknown): unknown {
    return annotatedOf(value);
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "Annotated Image");
    const value = annotatedOf(p.value);
    setHidden(this.frame, value === null);
    setHidden(this.empty, value !== null);
    const buttons = Array.isArray(p.buttons) ? p.buttons : ["fullscreen"];
    setHidden(this.fullscreen, !buttons.includes("fullscreen"));
    this.frame.style.height = cssSize(p.height);
    this.frame.style.width = cssSize(p.width);
    const key = JSON.stringify([value, p.color_map, p.show_legend]);
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.base.removeAttribute("src");
    this.overlays.replaceChildren();
    this.legend.replaceChildren();
    if (!value) return;
    void this.load(this.base, value.image, key);
    const colors = isRecord(p.color_map) ? p.color_map : {};
    const count = value.annotations.length;
    value.annotations.forEach((a, i) => {
      const overlay = document.createElement("img");
      overlay.className = "blocklite-annotated-mask";
      overlay.alt = "";
      overlay.dataset.index = String(i);
      const own = typeof colors[a.label] === "string" ? String(colors[a.label]) : null;
      const hue = Math.round((i * 360) / Math.max(1, count));
      if (!own && hue !== 0) overlay.style.filter = `hue-rotate(${hue}deg)`;
      void this.load(overlay, a.image, key);
      this.overlays.append(overlay);
      const item = document.createElement("button");
      item.type = "button";
      item.className = "blocklite-annotated-label";
      item.setAttribute("role", "listitem");
      item.textContent = a.label;
      item.style.backgroundColor = own ?? `hsla(${hue}, 75%, 50%, 0.35)`;
      const focus = (on: boolean): void => this.highlight(on ? i : null);
      item.addEventListener("mouseenter", () => focus(true));
      item.addEventListener("mouseleave", () => focus(false));
      item.addEventListener("focus", () => focus(true));
      item.addEventListener("blur", () => focus(false));
      item.addEventListener("click", () => this.ctx.trigger(this.id, "select", { index: i, value: a.label, selected: true }));
      this.legend.append(item);
    });
    setHidden(this.legend, p.show_legend === false || count === 0);
  }

  private highlight(index: number | null): void {
    for (const mask of this.overlays.children) {
      if (!(mask instanceof HTMLElement)) continue;
      const mine = index === null || mask.dataset.index === String(index);
      mask.classList.toggle("blocklite-annotated-dim", !mine);
      mask.classList.toggle("blocklite-annotated-active", index !== null && mine);
    }
  }

  private async load(img: HTMLImageElement, file: FileData, key: string): Promise<void> {
    try {
      const href = await this.ctx.files.src(file);
      if (href !== null && this.shownKey === key) img.src = href;
    } catch (err) {
      this.showError("AnnotatedImage", `Could not load ${fileName(file)}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

export const annotatedImageSpec = componentSpec(AnnotatedImageView, { css: annotatedCss });
