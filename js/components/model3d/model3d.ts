/**
 * gr.Model3D on the page: a 3D model (its value, a FileData) in an orbit viewer; interactive and
 * empty, a drop zone that takes a model file.
 *
 * Why it exists: the viewer (viewer.ts, three.js) is large, so it is imported only when a Model3D
 * first has a model to show: a page without one never loads it. The file comes through the app's
 * files (a blob: URL, read as bytes) and its extension picks the loader. Events as Gradio's:
 * `upload` and `change` after the user's file is stored, `clear` (and `change`) from ×. When the
 * model is shown the element gets `data-loaded="true"`; a model that cannot be shown (a format the
 * viewer lacks, a broken file, no WebGL) is a toast and a line of text in the frame.
 */

import { glyph } from "../../lib/glyphs";
import { type Dict, isNumber } from "../../lib/guards";
import { setHidden, setText } from "../../lib/dom";
import { asFileData, type FileData, fileName } from "../../net/app-files";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { acceptDrops, filePicker } from "../file/upload";
import type { Viewer, ViewerOptions } from "./viewer";
import model3dCss from "./model3d.css";

const EXTENSIONS = [".obj", ".glb", ".gltf", ".stl", ".splat", ".ply"];

function extensionOf(file: FileData): string {
  const name = (file.orig_name || file.path).split("?")[0];
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

function numberOr(x: unknown, fallback: number | null): number | null {
  return isNumber(x) ? x : fallback;
}

export class Model3DView extends Component {
  private readonly title = this.groupLabel("group", "div");
  private readonly frame = document.createElement("div");
  private readonly canvas = document.createElement("canvas");
  private readonly status = document.createElement("div");
  private readonly empty = document.createElement("div");
  private readonly toolbar = document.createElement("div");
  private readonly resetButton = document.createElement("button");
  private readonly download = document.createElement("a");
  private readonly clearButton = document.createElement("button");
  private readonly picker = filePicker((files) => void this.take(files));
  private viewer: Viewer | null = null;
  private shownKey = "";
  private resizer: ResizeObserver | null = null;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.frame.className = "blocklite-model3d-frame";
    this.canvas.className = "blocklite-model3d-canvas";
    this.canvas.setAttribute("aria-label", "3D model viewer");
    this.status.className = "blocklite-model3d-status";
    this.status.setAttribute("aria-live", "polite");
    this.empty.className = "blocklite-model3d-empty";
    this.empty.tabIndex = 0;
    this.empty.setAttribute("role", "button");
    this.toolbar.className = "blocklite-image-toolbar";
    for (const [button, text, label] of [
      [this.resetButton, "↺", "Reset view"],
      [this.clearButton, "×", "Clear"],
    ] as const) {
      button.type = "button";
      button.className = "blocklite-image-button";
      button.textContent = text;
      button.setAttribute("aria-label", label);
      button.title = label;
    }
    this.download.className = "blocklite-image-button blocklite-image-download";
    this.download.setAttribute("aria-label", "Download");
    this.download.replaceChildren(glyph("download"));
    this.toolbar.append(this.resetButton, this.download, this.clearButton);
    this.frame.append(this.canvas, this.status);
    this.el.append(this.title, this.toolbar, this.frame, this.empty, this.picker.input);
    this.resetButton.addEventListener("click", () => this.viewer?.reset());
    this.clearButton.addEventListener("click", () => {
      if (!this.interactive) return;
      this.props.value = null;
      this.render();
      for (const event of ["clear", "change"]) this.ctx.trigger(this.id, event);
    });
    const open = (): void => {
      if (this.interactive) this.picker.open({ accept: EXTENSIONS.join(","), multiple: false, directory: false });
    };
    this.empty.addEventListener("click", open);
    this.empty.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === " ") {
        ev.preventDefault();
        open();
      }
    });
    acceptDrops(this.empty, () => this.interactive, (files) => void this.take(files));
    this.render();
  }

  private async take(files: File[]): Promise<void> {
    const file = files[0];
    if (!file) return;
    if (!EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))) {
      return this.showError("Invalid file type", `A 3D model is one of ${EXTENSIONS.join(", ")}.`);
    }
    try {
      const [stored] = await this.ctx.files.upload([file]);
      if (!stored) return;
      this.props.value = stored;
    } catch (err) {
      return this.showError("Upload failed", err instanceof Error ? err.message : String(err));
    }
    this.render();
    for (const event of ["upload", "change"]) this.ctx.trigger(this.id, event);
  }

  protected normalize(value: unknown): unknown {
    return asFileData(value);
  }

  destroy(): void {
    this.resizer?.disconnect();
    this.viewer?.dispose();
  }

  private options(): ViewerOptions {
    const p = this.props;
    const color = Array.isArray(p.clear_color) ? p.clear_color : [];
    const camera = Array.isArray(p.camera_position) ? p.camera_position : [];
    const mode = p.display_mode === "wireframe" || p.display_mode === "point_cloud" ? p.display_mode : "solid";
    return {
      clearColor: [numberOr(color[0], 0) ?? 0, numberOr(color[1], 0) ?? 0, numberOr(color[2], 0) ?? 0, numberOr(color[3], 0) ?? 0],
      camera: [numberOr(camera[0], null), numberOr(camera[1], null), numberOr(camera[2], null)],
      zoomSpeed: numberOr(p.zoom_speed, 1) ?? 1,
      panSpeed: numberOr(p.pan_speed, 1) ?? 1,
      displayMode: mode,
    };
  }

  private async show(file: FileData, key: string): Promise<void> {
    this.el.dataset.loaded = "false";
    setText(this.status, "Loading the model…");
    try {
      const href = await this.ctx.files.src(file);
      if (href === null) throw new Error("The model cannot be loaded (the page is offline).");
      const response = await fetch(href);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.arrayBuffer();
      if (this.shownKey !== key) return;
      if (!this.viewer) {
        const { createViewer } = await import("./viewer");
        this.viewer = createViewer(this.canvas, this.options());
        this.resizer = new ResizeObserver(() => this.viewer?.resize());
        this.resizer.observe(this.canvas);
      }
      await this.viewer.load(data, extensionOf(file));
      if (this.shownKey !== key) return;
      this.download.href = href;
      this.download.download = fileName(file);
      setText(this.status, "");
      this.el.dataset.loaded = "true";
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      setText(this.status, `${fileName(file)} could not be shown.`);
      this.showError("Model3D", `${fileName(file)}: ${message}`);
    }
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "3D Model");
    const value = asFileData(p.value);
    this.frame.style.height = isNumber(p.height) ? `${p.height}px` : typeof p.height === "string" ? p.height : "";
    setHidden(this.frame, value === null);
    setHidden(this.toolbar, value === null);
    setHidden(this.clearButton, !this.interactive);
    setHidden(this.empty, value !== null);
    setText(this.empty, this.interactive ? "Drop a 3D model here (.obj, .glb, .gltf, .stl, .ply), or click to upload" : "No model");
    const key = value ? JSON.stringify([value.path, value.url]) : "";
    if (key === this.shownKey) return;
    this.shownKey = key;
    delete this.el.dataset.loaded;
    if (value) void this.show(value, key);
  }
}

export const model3dSpec = componentSpec(Model3DView, { css: model3dCss });
