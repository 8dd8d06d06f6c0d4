/**
 * The ImageEditor's pictures: a background, named layers (each its own canvas, shown or hidden),
 * the undo/redo history, crop, and the PNG export of background, layers and composite.
 *
 * Why it exists: the component (imageeditor.ts) deals with the DOM and the app; everything about
 * pixels is here, so a stroke, an undo or a crop changes one model the display and the export
 * both read. Canvases are plain 2D canvases; a history step is a copy of every canvas (at most
 * HISTORY_LIMIT steps are kept).
 */

export interface Layer {
  name: string;
  visible: boolean;
  canvas: HTMLCanvasElement;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Snapshot {
  width: number;
  height: number;
  background: HTMLCanvasElement | null;
  layers: Layer[];
  active: number;
}

const HISTORY_LIMIT = 20;

export function newCanvas(width: number, height: number): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(width));
  canvas.height = Math.max(1, Math.round(height));
  return canvas;
}

function context(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const g = canvas.getContext("2d");
  if (!g) throw new Error("This browser cannot draw on a canvas.");
  return g;
}

function copyOf(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const out = newCanvas(canvas.width, canvas.height);
  context(out).drawImage(canvas, 0, 0);
  return out;
}

export class CanvasModel {
  width: number;
  height: number;
  background: HTMLCanvasElement | null = null;
  layers: Layer[] = [];
  active = 0;
  private undoStack: Snapshot[] = [];
  private redoStack: Snapshot[] = [];

  constructor(width: number, height: number, layerNames: string[]) {
    this.width = Math.max(1, Math.round(width));
    this.height = Math.max(1, Math.round(height));
    this.resetLayers(layerNames);
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Empty layers with these names (at least one), the first active. */
  resetLayers(names: string[]): void {
    const list = names.length > 0 ? names : ["Layer 1"];
    this.layers = list.map((name) => ({ name, visible: true, canvas: newCanvas(this.width, this.height) }));
    this.active = 0;
  }

  activeLayer(): Layer {
    return this.layers[Math.min(this.active, this.layers.length - 1)];
  }

  /** A blank white background of the canvas's size (Sketchpad, Paint). */
  whiteBackground(): void {
    const bg = newCanvas(this.width, this.height);
    const g = context(bg);
    g.fillStyle = "#ffffff";
    g.fillRect(0, 0, bg.width, bg.height);
    this.background = bg;
  }

  /**
   * `image` as the background. The canvas takes its size, or, with `fixed`, keeps its size and
   * the image is scaled to fit (aspect kept) in its middle. Layers are emptied to the new size.
   */
  setBackground(image: CanvasImageSource & { width: number; height: number }, fixed: boolean): void {
    const { width, height } = image;
    if (!fixed) {
      this.width = Math.max(1, width);
      this.height = Math.max(1, height);
    }
    const bg = newCanvas(this.width, this.height);
    const scale = fixed ? Math.min(this.width / width, this.height / height) : 1;
    const w = width * scale;
    const h = height * scale;
    context(bg).drawImage(image, (this.width - w) / 2, (this.height - h) / 2, w, h);
    this.background = bg;
    this.resetLayers(this.layers.map((l) => l.name));
  }

  /** Draw `image` into layer `index` (a layer of a value from the app). */
  paintLayer(index: number, image: CanvasImageSource): void {
    while (this.layers.length <= index) this.addLayer();
    context(this.layers[index].canvas).drawImage(image, 0, 0);
  }

  addLayer(): Layer {
    const layer = { name: `Layer ${this.layers.length + 1}`, visible: true, canvas: newCanvas(this.width, this.height) };
    this.layers.push(layer);
    this.active = this.layers.length - 1;
    return layer;
  }

  /** Remember the current pictures (call before changing them). */
  checkpoint(): void {
    this.undoStack.push(this.snapshot());
    if (this.undoStack.length > HISTORY_LIMIT) this.undoStack.shift();
    this.redoStack = [];
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (!previous) return false;
    this.redoStack.push(this.snapshot());
    this.restore(previous);
    return true;
  }

  redo(): boolean {
    const next = this.redoStack.pop();
    if (!next) return false;
    this.undoStack.push(this.snapshot());
    this.restore(next);
    return true;
  }

  forgetHistory(): void {
    this.undoStack = [];
    this.redoStack = [];
  }

  private snapshot(): Snapshot {
    return {
      width: this.width,
      height: this.height,
      background: this.background ? copyOf(this.background) : null,
      layers: this.layers.map((l) => ({ ...l, canvas: copyOf(l.canvas) })),
      active: this.active,
    };
  }

  private restore(s: Snapshot): void {
    this.width = s.width;
    this.height = s.height;
    this.background = s.background;
    this.layers = s.layers;
    this.active = s.active;
  }

  /** Cut every canvas to `rect` (canvas pixels). */
  crop(rect: Rect): void {
    const x = Math.max(0, Math.round(rect.x));
    const y = Math.max(0, Math.round(rect.y));
    const w = Math.min(this.width - x, Math.round(rect.width));
    const h = Math.min(this.height - y, Math.round(rect.height));
    if (w < 1 || h < 1) return;
    const cut = (canvas: HTMLCanvasElement): HTMLCanvasElement => {
      const out = newCanvas(w, h);
      context(out).drawImage(canvas, x, y, w, h, 0, 0, w, h);
      return out;
    };
    this.background = this.background ? cut(this.background) : null;
    for (const layer of this.layers) layer.canvas = cut(layer.canvas);
    this.width = w;
    this.height = h;
  }

  /** Background and visible layers, flattened, into `g` (sized like the model). */
  drawComposite(g: CanvasRenderingContext2D, extra?: (layerIndex: number) => void): void {
    g.clearRect(0, 0, this.width, this.height);
    if (this.background) g.drawImage(this.background, 0, 0);
    this.layers.forEach((layer, i) => {
      if (layer.visible) g.drawImage(layer.canvas, 0, 0);
      extra?.(i);
    });
  }

  /** Whether anything is there to export: a background or a layer with a pixel drawn. */
  isEmpty(): boolean {
    if (this.background) return false;
    return this.layers.every((layer) => {
      const data = context(layer.canvas).getImageData(0, 0, layer.canvas.width, layer.canvas.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return false;
      return true;
    });
  }

  /** The pictures as PNG files: background (or none), every layer, the composite. */
  async exportFiles(): Promise<{ background: File | null; layers: File[]; composite: File }> {
    const composite = newCanvas(this.width, this.height);
    this.drawComposite(context(composite));
    const [background, composed, ...layers] = await Promise.all([
      this.background ? pngFile(this.background, "background.png") : Promise.resolve(null),
      pngFile(composite, "composite.png"),
      ...this.layers.map((layer, i) => pngFile(layer.canvas, `layer_${i}.png`)),
    ]);
    if (!composed || layers.some((l) => l === null)) throw new Error("The browser could not export the picture.");
    return { background, layers: layers.filter((l): l is File => l !== null), composite: composed };
  }
}

/** The crop tool's look: everything outside `r` darkened, `r` outlined. */
export function shadeOutside(g: CanvasRenderingContext2D, width: number, height: number, r: Rect): void {
  g.save();
  g.fillStyle = "rgba(0, 0, 0, 0.45)";
  g.beginPath();
  g.rect(0, 0, width, height);
  g.rect(r.x, r.y, r.width, r.height);
  g.fill("evenodd");
  g.strokeStyle = "#fff";
  g.lineWidth = Math.max(1, width / 400);
  g.strokeRect(r.x, r.y, r.width, r.height);
  g.restore();
}

function pngFile(canvas: HTMLCanvasElement, name: string): Promise<File | null> {
  return new Promise((resolve) =>
    canvas.toBlob((blob) => resolve(blob ? new File([blob], name, { type: "image/png" }) : null), "image/png"),
  );
}

export { context as context2d };
