/**
 * How a media file reaches Audio and Video: a picker and a drop target for files of one kind,
 * then the upload through the shim (`ctx.files.upload`) with progress.
 *
 * Why it exists: both components take a user's file the same way and refuse the wrong kind the
 * same way (a toast naming what is expected), and both need the stored FileData back.
 */

import type { FileData } from "../../net/app-files";
import type { ComponentContext } from "../base";

export type MediaKind = "audio" | "video";

const EXTENSIONS: Record<MediaKind, readonly string[]> = {
  audio: [".wav", ".mp3", ".ogg", ".oga", ".flac", ".m4a", ".aac", ".opus", ".webm", ".weba"],
  video: [".mp4", ".webm", ".ogv", ".mov", ".m4v", ".mkv", ".avi"],
};

/** Whether `file` is audio (or video): by its type, else by its name. */
export function isMedia(file: File, kind: MediaKind): boolean {
  if (file.type.startsWith(`${kind}/`)) return true;
  const name = file.name.toLowerCase();
  return EXTENSIONS[kind].some((ext) => name.endsWith(ext));
}

/** A hidden file input accepting `kind`, plus drop handling on `zone`; `onFile` gets the first file. */
export function acceptMedia(zone: HTMLElement, kind: MediaKind, enabled: () => boolean, onFile: (file: File) => void): HTMLInputElement {
  const picker = document.createElement("input");
  picker.type = "file";
  picker.accept = `${kind}/*`;
  picker.hidden = true;
  picker.className = `blocklite-${kind}-picker`;
  picker.addEventListener("change", () => {
    const file = picker.files?.[0];
    picker.value = "";
    if (file) onFile(file);
  });
  zone.addEventListener("dragover", (ev: DragEvent) => {
    if (!enabled()) return;
    ev.preventDefault();
    zone.classList.add("blocklite-media-dragging");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("blocklite-media-dragging"));
  zone.addEventListener("drop", (ev: DragEvent) => {
    zone.classList.remove("blocklite-media-dragging");
    if (!enabled()) return;
    ev.preventDefault();
    const file = ev.dataTransfer?.files[0];
    if (file) onFile(file);
  });
  return picker;
}

/** Upload `file` (progress to `onProgress`); the stored FileData, or null after a toast. */
export async function uploadMedia(ctx: ComponentContext, file: File, onProgress: (text: string) => void): Promise<FileData | null> {
  onProgress("Uploading…");
  try {
    const [stored] = await ctx.files.upload([file], {
      onProgress: (loaded, total) => onProgress(`Uploading… ${total > 0 ? Math.round((loaded / total) * 100) : 0}%`),
    });
    return stored ?? null;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (ctx.showError) ctx.showError("Upload failed", message);
    else console.warn(`blocklite: Upload failed: ${message}`);
    return null;
  } finally {
    onProgress("");
  }
}

/** `height`/`width` props: a number is pixels, a string any CSS length. */
export function cssSize(x: unknown): string {
  if (typeof x === "number" && Number.isFinite(x)) return `${x}px`;
  return typeof x === "string" ? x : "";
}
