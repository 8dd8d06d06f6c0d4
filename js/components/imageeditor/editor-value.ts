/**
 * The ImageEditor's value on the wire (Gradio's EditorData) to and from the canvases.
 *
 * Why it exists: two directions with their own rules. Out: the model's PNGs are uploaded in one
 * request and become `{background, layers, composite, id}` FileData (the order of the upload's
 * answer is the order sent). In: a value from the app (a handler's output, an example) is drawn
 * into a fresh model: the background (else the composite, when there are no layers) sizes the
 * canvas; without either, the first layer does.
 */

import { type Dict, isRecord } from "../../lib/guards";
import { asFileData, type FileData } from "../../net/app-files";
import { CanvasModel } from "./canvas-model";

export interface EditorData {
  background: FileData | null;
  layers: FileData[];
  composite: FileData | null;
}

/** EditorData from the wire; null for no value (or one with no image at all). */
export function editorData(raw: unknown): EditorData | null {
  if (!isRecord(raw)) return null;
  const layers = Array.isArray(raw.layers) ? raw.layers.map(asFileData).filter((f): f is FileData => f !== null) : [];
  const value = { background: asFileData(raw.background), layers, composite: asFileData(raw.composite) };
  return value.background || value.composite || layers.length > 0 ? value : null;
}

/** Which files a value names (two values with the same key show the same pictures). */
export function valueKey(v: EditorData | null): string {
  return v === null ? "" : JSON.stringify([v.background?.path, v.layers.map((l) => l.path), v.composite?.path]);
}

/** Export and upload the model's pictures; the value that names them. */
export async function uploadModel(model: CanvasModel, upload: (files: File[]) => Promise<FileData[]>): Promise<Dict> {
  const files = await model.exportFiles();
  const all = [...(files.background ? [files.background] : []), ...files.layers, files.composite];
  const stored = await upload(all);
  if (stored.length !== all.length) throw new Error("The upload did not store every picture.");
  const background = files.background ? stored.shift() ?? null : null;
  const composite = stored.pop() ?? null;
  return { background, layers: stored, composite, id: null };
}

type Source = (file: FileData) => Promise<string | null>;

async function picture(file: FileData, src: Source): Promise<HTMLImageElement> {
  const href = await src(file);
  if (href === null) throw new Error(`Cannot load ${file.orig_name ?? file.path}.`);
  const img = new Image();
  img.src = href;
  await img.decode();
  return img;
}

/** A model showing `value` (or the empty canvas: white when `blank`). */
export async function modelFromValue(
  value: EditorData | null,
  width: number,
  height: number,
  layerNames: string[],
  blank: boolean,
  src: Source,
): Promise<CanvasModel> {
  const model = new CanvasModel(width, height, layerNames);
  const base = value?.background ?? (value && value.layers.length === 0 ? value.composite : null);
  if (base) model.setBackground(await picture(base, src), false);
  else if (blank) model.whiteBackground();
  const layers = await Promise.all((value?.layers ?? []).map((layer) => picture(layer, src)));
  if (!base && layers.length > 0) {
    model.width = layers[0].width;
    model.height = layers[0].height;
    model.resetLayers(layerNames);
  }
  layers.forEach((img, i) => model.paintLayer(i, img));
  return model;
}
