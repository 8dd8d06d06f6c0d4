/**
 * gr.ImageEditor (and its templates Sketchpad, Paint, ImageMask) on the page: a canvas to draw
 * on with brush and eraser over a background, in layers, with crop, undo/redo and clear.
 *
 * Why it exists: the editor's pictures live in the page while the user edits (canvas-model.ts);
 * the app sees them as Gradio's EditorData. After each edit the background, every layer and the
 * composite are exported as PNGs, uploaded (`ctx.files.upload`) and sent as the value
 * `{background, layers, composite}`; then `input` and `change` fire (`upload` too for a new
 * background, `apply` for an applied crop, `clear` for ×). Edits made while an export runs are
 * sent by the next one, so the last value always wins. The background comes from the sources
 * the app allows (upload, paste, webcam: js/components/image/ and file/upload.ts helpers); with
 * none (Sketchpad, Paint) the canvas is blank white. A value from the app is loaded into the
 * canvases (its files through blob: URLs).
 */

import { type Dict, isNumber, numArray } from "../../lib/guards";
import { setHidden, setText } from "../../lib/dom";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { webcamSettings } from "../image/webcam";
import { BackgroundInput } from "./background-input";
import { CornerButtons } from "./corner-buttons";
import { CanvasModel, type Rect, context2d, shadeOutside } from "./canvas-model";
import { type EditorData, editorData, modelFromValue, uploadModel, valueKey } from "./editor-value";
import { EditorToolbar, type Source, type Tool } from "./toolbar";
import { type BrushSettings, type Point, Stroke, type Swatch, brushSettings, eraserSize, layerSettings, radiusFor } from "./tools";
import editorCss from "./imageeditor.css";

export class ImageEditorView extends Component {
  private readonly title = this.groupLabel("group", "div");
  private readonly stage = document.createElement("div");
  private readonly canvas = document.createElement("canvas");
  private readonly prompt = document.createElement("div");
  private readonly status = document.createElement("div");
  private readonly corner = new CornerButtons(this.stage);
  private readonly toolbar: EditorToolbar;
  private readonly input: BackgroundInput;
  private model: CanvasModel;
  private tool: Tool | null = null;
  private brush: BrushSettings | null = null;
  private color: Swatch = { color: "#000000", opacity: 1 };
  private sizes: { brush: number | null; eraser: number | null } = { brush: null, eraser: null };
  private stroke: Stroke | null = null;
  private cropStart: Point | null = null;
  private cropRect: Rect | null = null;
  private drawQueued = false;
  /** The value the canvases show (its key): a value from the app with another key is loaded. */
  private shownKey = "";
  private loading = 0;
  private exporting = false;
  private pendingEvents: string[] | null = null;
  /** The user picked a colour (else the brush's `default_color` is used). */
  private colorChosen = false;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.stage.className = "blocklite-editor-stage";
    this.canvas.className = "blocklite-editor-canvas";
    this.canvas.setAttribute("role", "img");
    this.canvas.setAttribute("aria-label", "Drawing canvas");
    this.prompt.className = "blocklite-editor-prompt";
    this.status.className = "blocklite-editor-status";
    this.status.setAttribute("aria-live", "polite");
    this.input = new BackgroundInput(
      {
        accepts: (source) => this.interactive && this.sources().includes(source),
        take: (file) => void this.takeBackground(file),
        showError: (title, message) => this.showError(title, message),
      },
      webcamSettings(props.webcam_options),
    );
    this.stage.append(this.canvas, this.prompt, this.input.webcam.el, this.corner.el);
    this.toolbar = new EditorToolbar({
      tool: (tool) => this.setTool(tool),
      color: (swatch) => {
        this.color = swatch;
        this.colorChosen = true;
        this.render();
      },
      size: (size) => {
        if (this.tool === "brush" || this.tool === "eraser") this.sizes[this.tool] = size;
      },
      undo: () => this.history("undo"),
      redo: () => this.history("redo"),
      clear: () => this.clear(),
      applyCrop: () => this.applyCrop(),
      selectLayer: (i) => {
        this.model.active = i;
        this.render();
      },
      toggleLayer: (i) => this.edit(() => (this.model.layers[i].visible = !this.model.layers[i].visible)),
      addLayer: () => this.edit(() => this.model.addLayer()),
      source: (source) => {
        if (!this.interactive) return;
        this.input.use(source);
        this.render();
      },
    });
    const [w, h] = this.canvasSize();
    this.model = new CanvasModel(w, h, layerSettings(props.layers).names);
    if (this.sources().length === 0) this.model.whiteBackground();
    this.el.append(this.title, this.toolbar.el, this.stage, this.toolbar.layersEl, this.toolbar.sourcesEl, this.status, this.input.picker.input);
    this.listen();
    this.render();
  }

  private canvasSize(): [number, number] {
    const size = numArray(this.props.canvas_size);
    return [size[0] > 0 ? size[0] : 800, size[1] > 0 ? size[1] : 800];
  }

  private sources(): Source[] {
    const raw = Array.isArray(this.props.sources) ? this.props.sources : [];
    return raw.filter((s): s is Source => s === "upload" || s === "webcam" || s === "clipboard");
  }

  private tools(): Tool[] {
    const out: Tool[] = [];
    if (this.brush) out.push("brush");
    if (eraserSize(this.props.eraser, this.brush) !== null) out.push("eraser");
    if (Array.isArray(this.props.transforms) && this.props.transforms.includes("crop")) out.push("crop");
    return out;
  }

  private size(): number {
    const setting = this.tool === "eraser" ? eraserSize(this.props.eraser, this.brush) : this.brush?.size;
    const chosen = this.tool === "eraser" ? this.sizes.eraser : this.sizes.brush;
    return chosen ?? radiusFor(setting ?? "auto", this.model.width, this.model.height);
  }

  private setTool(tool: Tool): void {
    this.tool = tool;
    this.cropRect = null;
    this.render();
  }

  private listen(): void {
    this.canvas.addEventListener("pointerdown", (ev) => this.down(ev));
    this.canvas.addEventListener("pointermove", (ev) => this.move(ev));
    this.canvas.addEventListener("pointerup", () => this.up());
    this.canvas.addEventListener("pointercancel", () => this.up());
    this.input.listen(this.stage, this.el);
    this.el.addEventListener("keydown", (ev) => {
      if (!this.interactive || !(ev.ctrlKey || ev.metaKey) || ev.target instanceof HTMLInputElement) return;
      const key = ev.key.toLowerCase();
      if (key !== "z" && key !== "y") return;
      ev.preventDefault();
      this.history(key === "y" || ev.shiftKey ? "redo" : "undo");
    });
  }

  private point(ev: PointerEvent): Point {
    const box = this.canvas.getBoundingClientRect();
    return {
      x: ((ev.clientX - box.left) * this.canvas.width) / Math.max(1, box.width),
      y: ((ev.clientY - box.top) * this.canvas.height) / Math.max(1, box.height),
    };
  }

  private down(ev: PointerEvent): void {
    if (!this.interactive || ev.button !== 0 || this.loading > 0) return;
    this.canvas.setPointerCapture?.(ev.pointerId);
    const at = this.point(ev);
    if (this.tool === "crop") {
      this.cropStart = at;
      this.cropRect = { x: at.x, y: at.y, width: 0, height: 0 };
    } else if (this.tool === "brush" || this.tool === "eraser") {
      this.model.checkpoint();
      const layer = this.model.activeLayer();
      layer.visible = true;
      this.stroke = new Stroke(layer.canvas, this.tool === "eraser", this.size(), this.color, at);
    }
    this.queueDraw();
  }

  private move(ev: PointerEvent): void {
    if (!this.stroke && !this.cropStart) return;
    const at = this.point(ev);
    if (this.stroke) this.stroke.to(at);
    else if (this.cropStart) {
      const s = this.cropStart;
      this.cropRect = { x: Math.min(s.x, at.x), y: Math.min(s.y, at.y), width: Math.abs(at.x - s.x), height: Math.abs(at.y - s.y) };
    }
    this.queueDraw();
  }

  private up(): void {
    if (this.stroke) {
      this.stroke.finish();
      this.stroke = null;
      this.render();
      void this.commit(["input", "change"]);
    }
    if (this.cropStart) {
      this.cropStart = null;
      this.render();
    }
  }

  private applyCrop(): void {
    const rect = this.cropRect;
    if (!rect || rect.width < 1 || rect.height < 1) return;
    this.model.checkpoint();
    this.model.crop(rect);
    this.cropRect = null;
    this.render();
    void this.commit(["apply", "input", "change"]);
  }

  /** A change to layers (add, hide): remembered for undo, then sent. */
  private edit(change: () => void): void {
    this.model.checkpoint();
    change();
    this.render();
    void this.commit(["input", "change"]);
  }

  private history(which: "undo" | "redo"): void {
    const done = which === "undo" ? this.model.undo() : this.model.redo();
    if (!done) return;
    this.render();
    void this.commit(["input", "change"]);
  }

  private clear(): void {
    if (!this.interactive) return;
    this.model.checkpoint();
    this.model.background = null;
    if (this.sources().length === 0) this.model.whiteBackground();
    this.model.resetLayers(layerSettings(this.props.layers).names);
    this.cropRect = null;
    this.props.value = null;
    this.shownKey = "";
    this.render();
    for (const event of ["clear", "input", "change"]) this.ctx.trigger(this.id, event);
  }

  /** The user's image as the new background, then sent (`upload`, `input`, `change`). */
  private async takeBackground(file: File): Promise<void> {
    if (!this.interactive) return;
    let bitmap: ImageBitmap;
    try {
      bitmap = await createImageBitmap(file);
    } catch {
      this.render();
      return this.showError("Bad image", `${file.name || "The file"} is not an image the browser can read.`);
    }
    this.model.checkpoint();
    this.model.setBackground(bitmap, this.props.fixed_canvas === true);
    bitmap.close();
    this.render();
    await this.commit(["upload", "input", "change"]);
  }

  /** Export and upload the pictures, make them the value, fire `events` (after the upload). */
  private async commit(events: string[]): Promise<void> {
    this.pendingEvents = [...new Set([...(this.pendingEvents ?? []), ...events])];
    if (this.exporting) return;
    this.exporting = true;
    try {
      while (this.pendingEvents) {
        const fire = this.pendingEvents;
        this.pendingEvents = null;
        const value = await this.upload();
        if (value === undefined) continue;
        this.props.value = value;
        this.shownKey = valueKey(editorData(value));
        for (const event of fire) this.ctx.trigger(this.id, event);
      }
    } finally {
      this.exporting = false;
      this.setStatus("");
    }
  }

  private async upload(): Promise<Dict | undefined> {
    this.setStatus("Saving…");
    try {
      return await uploadModel(this.model, (files) => this.ctx.files.upload(files));
    } catch (err) {
      this.showError("Upload failed", err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }

  private setStatus(text: string): void {
    setText(this.status, text);
    setHidden(this.status, text === "");
  }

  protected normalize(value: unknown): unknown {
    return editorData(value) === null ? null : value;
  }

  /** A value from the app: draw its images into fresh canvases. */
  private async load(value: EditorData | null, key: string): Promise<void> {
    this.loading++;
    try {
      const [w, h] = this.canvasSize();
      const blank = this.sources().length === 0;
      const fresh = await modelFromValue(value, w, h, layerSettings(this.props.layers).names, blank, (file) => this.ctx.files.src(file));
      if (this.shownKey === key) this.model = fresh;
    } catch (err) {
      this.showError("ImageEditor", err instanceof Error ? err.message : String(err));
    } finally {
      this.loading--;
      this.render();
    }
  }

  destroy(): void {
    this.input.stop();
  }

  private queueDraw(): void {
    if (this.drawQueued) return;
    this.drawQueued = true;
    requestAnimationFrame(() => {
      this.drawQueued = false;
      this.draw();
    });
  }

  private draw(): void {
    const m = this.model;
    if (this.canvas.width !== m.width) this.canvas.width = m.width;
    if (this.canvas.height !== m.height) this.canvas.height = m.height;
    const g = context2d(this.canvas);
    const stroke = this.stroke;
    m.drawComposite(g, (i) => {
      if (stroke?.scratch && i === m.active) {
        g.save();
        g.globalAlpha = stroke.swatch.opacity;
        g.drawImage(stroke.scratch, 0, 0);
        g.restore();
      }
    });
    if (this.cropRect && this.tool === "crop") shadeOutside(g, m.width, m.height, this.cropRect);
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "Image Editor");
    const value = editorData(p.value);
    this.corner.update(p.buttons, value?.composite ?? null, this.ctx.files);
    const key = valueKey(value);
    if (key !== this.shownKey) {
      this.shownKey = key;
      void this.load(value, key);
    }
    this.brush = brushSettings(p.brush);
    const tools = this.tools();
    if (this.tool !== null && !tools.includes(this.tool)) this.tool = null;
    if (this.tool === null && this.interactive) this.tool = tools[0] ?? null;
    const brush = this.brush;
    if (brush && (!this.colorChosen || (brush.fixed && !brush.colors.some((c) => c.color === this.color.color)))) this.color = brush.color;
    const interactive = this.interactive;
    this.stage.style.height = isNumber(p.height) ? `${p.height}px` : typeof p.height === "string" ? p.height : "";
    this.stage.style.width = isNumber(p.width) ? `${p.width}px` : typeof p.width === "string" ? p.width : "";
    this.canvas.classList.toggle("blocklite-editor-drawing", interactive && this.tool !== null);
    setHidden(this.toolbar.el, !interactive);
    const sources = interactive ? this.sources() : [];
    this.toolbar.render({
      tool: this.tool,
      tools,
      brush: this.brush,
      color: this.color,
      size: this.size(),
      layers: this.model.layers,
      active: this.model.active,
      layerSettings: interactive ? layerSettings(p.layers) : { names: [], allowAdd: false, disabled: true },
      canUndo: this.model.canUndo,
      canRedo: this.model.canRedo,
      canApplyCrop: this.cropRect !== null && this.cropRect.width >= 1 && this.cropRect.height >= 1,
      sources,
    });
    const camera = this.input.cameraOn && sources.includes("webcam");
    const webcam = this.input.webcam;
    setHidden(webcam.el, !camera);
    webcam.configure(webcamSettings(p.webcam_options));
    if (camera) void webcam.start();
    else webcam.stop();
    const nothing = !interactive && value === null && this.loading === 0; // an output with no image yet
    setHidden(this.canvas, nothing);
    const empty = nothing || (interactive && sources.length > 0 && this.model.background === null && !camera);
    setHidden(this.prompt, !empty);
    const placeholder = typeof p.placeholder === "string" && p.placeholder.trim() ? p.placeholder.replace(/^#+\s*/gm, "") : "";
    setText(this.prompt, nothing ? "No image" : placeholder || "Upload an image (or paste one), or draw on the canvas");
    this.draw();
  }
}

export const imageEditorSpec = componentSpec(ImageEditorView, { css: editorCss });
