/**
 * The rules of a MultimodalTextbox's value and attachments, apart from its DOM.
 *
 * Why it exists: what the value may be (Gradio's `{text, files: [FileData]}`, read from untrusted
 * outputs), which picked or dropped files are accepted (`file_types`), how a new pick joins the
 * files already attached (`file_count`: single replaces, multiple adds) and which attachments show
 * as thumbnails are plain functions, tested under Node (tests/node/ui-multimodal.test.mjs) without
 * a document.
 */

import { type FileData, asFileData, fileName } from "../../net/app-files";
import { isRecord } from "../../lib/guards";
import { isAcceptedFile } from "../../lib/file-types";

export interface MultimodalValue {
  text: string;
  files: FileData[];
}

/** The value from an output or the config: a string, `{text?, files?}`, anything else empty. */
export function asMultimodalValue(x: unknown): MultimodalValue {
  if (typeof x === "string") return { text: x, files: [] };
  if (!isRecord(x)) return { text: "", files: [] };
  const text = typeof x.text === "string" ? x.text : "";
  const files = Array.isArray(x.files) ? x.files.map(asFileData).filter((f): f is FileData => f !== null) : [];
  return { text, files };
}

/** `file_count` from props: "single" unless "multiple" or "directory". */
export type FileCount = "single" | "multiple" | "directory";
export function fileCountOf(raw: unknown): FileCount {
  return raw === "multiple" || raw === "directory" ? raw : "single";
}

/** Picked files split into those `fileTypes` accepts and those it refuses. */
export function sortByType<T extends { name: string; type: string }>(
  files: readonly T[],
  fileTypes: readonly string[] | null,
): { accepted: T[]; refused: T[] } {
  const accepted: T[] = [];
  const refused: T[] = [];
  for (const file of files) (isAcceptedFile(file, fileTypes) ? accepted : refused).push(file);
  return { accepted, refused };
}

/** The files a pick may add: with "single", only the first. */
export function toUpload<T>(files: readonly T[], count: FileCount): T[] {
  return count === "single" ? files.slice(0, 1) : [...files];
}

/** The attachments after `added` were uploaded: "single" keeps only the new one. */
export function joinFiles(current: readonly FileData[], added: readonly FileData[], count: FileCount): FileData[] {
  if (added.length === 0) return [...current];
  return count === "single" ? [added[added.length - 1]] : [...current, ...added];
}

/** The attachments without the one at `index`. */
export function withoutFile(current: readonly FileData[], index: number): FileData[] {
  return current.filter((_, i) => i !== index);
}

const IMAGE_EXTENSIONS = new Set(["png", "jpg", "jpeg", "gif", "webp", "bmp", "avif", "ico"]);

/** Whether an attachment shows as a picture (its MIME type, else its extension; never SVG). */
export function isImageFile(file: FileData): boolean {
  const mime = (file.mime_type ?? "").toLowerCase();
  if (mime === "image/svg+xml") return false;
  if (mime.startsWith("image/")) return true;
  const ext = fileName(file).split(".").pop()?.toLowerCase() ?? "";
  return mime === "" && IMAGE_EXTENSIONS.has(ext);
}

/** A key that changes when the list of attachments does (to redraw them only then). */
export function filesKey(files: readonly FileData[]): string {
  return JSON.stringify(files.map((f) => [f.path, f.url]));
}

/** Pasted text too long to keep as text (`max_plain_text_length`) becomes a text file, as in Gradio. */
export function pastedTextIsFile(text: string, maxPlainTextLength: number | null): boolean {
  return maxPlainTextLength !== null && maxPlainTextLength >= 0 && text.length > maxPlainTextLength;
}
