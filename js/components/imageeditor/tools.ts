/**
 * The ImageEditor's drawing tools: the brush and eraser settings the props give (gr.Brush,
 * gr.Eraser, gr.LayerOptions as dicts) and a stroke drawn with them.
 *
 * Why it exists: the props are untrusted JSON and need reading into a typed form once; a stroke
 * has rules of its own (a brush colour with opacity is drawn on a scratch canvas and laid on the
 * layer once, so overlapping segments do not darken; the eraser clears the layer's pixels).
 */

import { isNumber, isRecord } from "../../lib/guards";
import { context2d, newCanvas } from "./canvas-model";

export interface Swatch {
  color: string;
  opacity: number;
}

export interface BrushSettings {
  colors: Swatch[];
  color: Swatch;
  size: number | "auto";
  /** `color_mode="fixed"`: only the palette's colours. */
  fixed: boolean;
}

export interface LayerSettings {
  names: string[];
  allowAdd: boolean;
  disabled: boolean;
}

function swatch(raw: unknown): Swatch | null {
  if (typeof raw === "string" && raw.trim() !== "") return { color: raw, opacity: 1 };
  if (Array.isArray(raw) && typeof raw[0] === "string") {
    const opacity = isNumber(raw[1]) ? Math.min(1, Math.max(0, raw[1])) : 1;
    return { color: raw[0], opacity };
  }
  return null;
}

function size(raw: unknown): number | "auto" {
  return isNumber(raw) && raw > 0 ? raw : "auto";
}

/** `props.brush` (false: no brush). */
export function brushSettings(raw: unknown): BrushSettings | null {
  if (raw === false) return null;
  const options = isRecord(raw) ? raw : {};
  const list = Array.isArray(options.colors) ? options.colors : options.colors === undefined ? [] : [options.colors];
  const colors = list.map(swatch).filter((s): s is Swatch => s !== null);
  if (colors.length === 0) colors.push({ color: "#000000", opacity: 1 });
  const color = swatch(options.default_color) ?? colors[0];
  return { colors, color, size: size(options.default_size), fixed: options.color_mode === "fixed" };
}

/** `props.eraser` (false, or no brush: no eraser); its size. */
export function eraserSize(raw: unknown, brush: BrushSettings | null): number | "auto" | null {
  if (raw === false || brush === null) return null;
  return size(isRecord(raw) ? raw.default_size : undefined);
}

/** `props.layers`. */
export function layerSettings(raw: unknown): LayerSettings {
  const options = isRecord(raw) ? raw : {};
  const names = Array.isArray(options.layers) ? options.layers.filter((n): n is string => typeof n === "string") : [];
  return {
    names: names.length > 0 ? names : ["Layer 1"],
    allowAdd: options.allow_additional_layers !== false,
    disabled: options.disabled === true,
  };
}

/** "auto": a radius of 1/50 of the picture's smaller side, as Gradio's default. */
export function radiusFor(setting: number | "auto", width: number, height: number): number {
  return setting === "auto" ? Math.max(1, Math.round(Math.min(width, height) / 50)) : setting;
}

export interface Point {
  x: number;
  y: number;
}

/** One press-drag-release of the brush or the eraser on a layer canvas. */
export class Stroke {
  /** The brush's marks so far (laid on the layer by `finish`); null for the eraser. */
  readonly scratch: HTMLCanvasElement | null;
  private last: Point;

  constructor(
    private readonly target: HTMLCanvasElement,
    readonly erase: boolean,
    private readonly radius: number,
    readonly swatch: Swatch,
    start: Point,
  ) {
    this.scratch = erase ? null : newCanvas(target.width, target.height);
    this.last = start;
    this.segment(start, start);
  }

  to(point: Point): void {
    this.segment(this.last, point);
    this.last = point;
  }

  private segment(from: Point, to: Point): void {
    const g = context2d(this.scratch ?? this.target);
    g.save();
    g.globalCompositeOperation = this.erase ? "destination-out" : "source-over";
    g.strokeStyle = this.erase ? "#000" : this.swatch.color;
    g.fillStyle = g.strokeStyle;
    g.lineWidth = this.radius * 2;
    g.lineCap = "round";
    g.lineJoin = "round";
    g.beginPath();
    if (from.x === to.x && from.y === to.y) {
      g.arc(to.x, to.y, this.radius, 0, Math.PI * 2);
      g.fill();
    } else {
      g.moveTo(from.x, from.y);
      g.lineTo(to.x, to.y);
      g.stroke();
    }
    g.restore();
  }

  /** The brush's marks onto the layer at the swatch's opacity. */
  finish(): void {
    if (!this.scratch) return;
    const g = context2d(this.target);
    g.save();
    g.globalAlpha = this.swatch.opacity;
    g.drawImage(this.scratch, 0, 0);
    g.restore();
  }
}
