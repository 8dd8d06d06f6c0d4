/**
 * The ImageEditor's controls: tools (brush, eraser, crop), undo/redo/clear, the brush palette
 * and size, the layer list and the background sources.
 *
 * Why it exists: the controls are many small buttons whose state (pressed, disabled, hidden)
 * follows the editor's; building them here keeps imageeditor.ts about the picture and the app.
 * Every control is a real button or input with an accessible name.
 */

import type { Layer } from "./canvas-model";
import type { BrushSettings, LayerSettings, Swatch } from "./tools";

export type Tool = "brush" | "eraser" | "crop";
export type Source = "upload" | "webcam" | "clipboard";

export interface ToolbarState {
  tool: Tool | null;
  tools: Tool[];
  brush: BrushSettings | null;
  color: Swatch;
  size: number;
  layers: Layer[];
  active: number;
  layerSettings: LayerSettings;
  canUndo: boolean;
  canRedo: boolean;
  canApplyCrop: boolean;
  sources: Source[];
}

export interface ToolbarActions {
  tool(tool: Tool): void;
  color(swatch: Swatch): void;
  size(size: number): void;
  undo(): void;
  redo(): void;
  clear(): void;
  applyCrop(): void;
  selectLayer(index: number): void;
  toggleLayer(index: number): void;
  addLayer(): void;
  source(source: Source): void;
}

const TOOL_NAMES: Record<Tool, string> = { brush: "Brush", eraser: "Eraser", crop: "Crop" };
const SOURCE_NAMES: Record<Source, string> = { upload: "Upload", webcam: "Webcam", clipboard: "Paste" };

function button(text: string, label: string, onClick: () => void, cls = "blocklite-editor-button"): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.className = cls;
  b.textContent = text;
  b.setAttribute("aria-label", label);
  b.title = label;
  b.addEventListener("click", onClick);
  return b;
}

export class EditorToolbar {
  readonly el = document.createElement("div");
  readonly layersEl = document.createElement("div");
  readonly sourcesEl = document.createElement("div");
  private readonly tools = document.createElement("div");
  private readonly palette = document.createElement("div");
  private readonly sizeInput = document.createElement("input");
  private readonly colorInput = document.createElement("input");
  private readonly undoButton: HTMLButtonElement;
  private readonly redoButton: HTMLButtonElement;
  private readonly applyButton: HTMLButtonElement;
  private key = "";

  constructor(private readonly actions: ToolbarActions) {
    this.el.className = "blocklite-editor-toolbar";
    this.el.setAttribute("role", "toolbar");
    this.el.setAttribute("aria-label", "Editing tools");
    this.tools.className = "blocklite-editor-tools";
    this.palette.className = "blocklite-editor-palette";
    this.sizeInput.type = "range";
    this.sizeInput.min = "1";
    this.sizeInput.max = "100";
    this.sizeInput.className = "blocklite-editor-size";
    this.sizeInput.setAttribute("aria-label", "Brush size");
    this.sizeInput.addEventListener("input", () => actions.size(Number(this.sizeInput.value)));
    this.colorInput.type = "color";
    this.colorInput.className = "blocklite-editor-color";
    this.colorInput.setAttribute("aria-label", "Brush colour");
    this.colorInput.addEventListener("input", () => actions.color({ color: this.colorInput.value, opacity: 1 }));
    this.undoButton = button("↶", "Undo", () => actions.undo());
    this.redoButton = button("↷", "Redo", () => actions.redo());
    this.applyButton = button("Apply crop", "Apply crop", () => actions.applyCrop(), "blocklite-editor-apply");
    const clear = button("×", "Clear", () => actions.clear());
    const history = document.createElement("div");
    history.className = "blocklite-editor-history";
    history.append(this.undoButton, this.redoButton, clear);
    this.el.append(this.tools, this.palette, this.sizeInput, this.applyButton, history);
    this.layersEl.className = "blocklite-editor-layers";
    this.layersEl.setAttribute("role", "group");
    this.layersEl.setAttribute("aria-label", "Layers");
    this.sourcesEl.className = "blocklite-editor-sources";
    this.sourcesEl.setAttribute("role", "toolbar");
    this.sourcesEl.setAttribute("aria-label", "Background source");
  }

  render(s: ToolbarState): void {
    this.undoButton.disabled = !s.canUndo;
    this.redoButton.disabled = !s.canRedo;
    this.applyButton.hidden = !(s.tool === "crop" && s.canApplyCrop);
    const drawing = s.tool === "brush" || s.tool === "eraser";
    this.sizeInput.hidden = !drawing;
    if (Number(this.sizeInput.value) !== s.size) this.sizeInput.value = String(s.size);
    const key = JSON.stringify([
      s.tool, s.tools, s.color, s.brush?.colors, s.brush?.fixed, s.sources,
      s.layers.map((l) => [l.name, l.visible]), s.active, s.layerSettings,
    ]);
    if (key === this.key) return;
    this.key = key;
    this.tools.replaceChildren(
      ...s.tools.map((tool) => {
        const b = button(TOOL_NAMES[tool], TOOL_NAMES[tool], () => this.actions.tool(tool), "blocklite-editor-tool");
        b.dataset.tool = tool;
        b.setAttribute("aria-pressed", String(s.tool === tool));
        return b;
      }),
    );
    this.renderPalette(s);
    this.renderLayers(s);
    this.sourcesEl.hidden = s.sources.length === 0;
    this.sourcesEl.replaceChildren(
      ...s.sources.map((source) => {
        const b = button(SOURCE_NAMES[source], SOURCE_NAMES[source], () => this.actions.source(source), "blocklite-editor-source");
        b.dataset.source = source;
        return b;
      }),
    );
  }

  private renderPalette(s: ToolbarState): void {
    this.palette.hidden = s.tool !== "brush" || s.brush === null;
    if (!s.brush) return this.palette.replaceChildren();
    const swatches: HTMLElement[] = s.brush.colors.map((sw) => {
      const b = button("", `Colour ${sw.color}`, () => this.actions.color(sw), "blocklite-editor-swatch");
      b.style.backgroundColor = sw.color;
      b.style.opacity = String(Math.max(0.25, sw.opacity));
      b.setAttribute("aria-pressed", String(sw.color === s.color.color && sw.opacity === s.color.opacity));
      return b;
    });
    if (!s.brush.fixed) swatches.push(this.colorInput);
    this.palette.replaceChildren(...swatches);
  }

  private renderLayers(s: ToolbarState): void {
    this.layersEl.hidden = s.layerSettings.disabled;
    if (s.layerSettings.disabled) return this.layersEl.replaceChildren();
    const rows: HTMLElement[] = s.layers.map((layer, i) => {
      const row = document.createElement("div");
      row.className = "blocklite-editor-layer";
      const pick = button(layer.name, `Select ${layer.name}`, () => this.actions.selectLayer(i), "blocklite-editor-layer-name");
      pick.setAttribute("aria-pressed", String(i === s.active));
      const eye = button(layer.visible ? "Hide" : "Show", `${layer.visible ? "Hide" : "Show"} ${layer.name}`, () => this.actions.toggleLayer(i), "blocklite-editor-layer-eye");
      row.append(pick, eye);
      return row;
    });
    if (s.layerSettings.allowAdd) rows.push(button("+ Layer", "Add layer", () => this.actions.addLayer(), "blocklite-editor-add-layer"));
    this.layersEl.replaceChildren(...rows);
  }
}
