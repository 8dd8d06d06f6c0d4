/**
 * Picking, dropping and uploading files for a component: the parts File, Files and UploadButton
 * share (and any component with a drop zone may use); and saving a file the user downloads.
 *
 * Why it exists: every file input needs the same steps in the same order: a native picker with
 * the right `accept`/`multiple`/directory flags, drag-and-drop onto an element, the `file_types`
 * check before any byte moves (js/lib/file-types.ts, the worker checks again), then the upload
 * through the app's route with progress, and a toast, not a thrown error, when any step fails.
 */

import type { ComponentContext } from "../base";
import type { FileData } from "../../net/app-files";
import { invalidFileTypeMessage, isAcceptedFile } from "../../lib/file-types";

export interface PickOptions {
  accept: string;
  multiple: boolean;
  directory: boolean;
}

/** A hidden `<input type="file">` that calls `onFiles` with what the user picked. */
export function filePicker(onFiles: (files: File[]) => void): { input: HTMLInputElement; open(options: PickOptions): void } {
  const input = document.createElement("input");
  input.type = "file";
  input.hidden = true;
  input.tabIndex = -1;
  input.addEventListener("change", () => {
    const files = input.files ? [...input.files] : [];
    input.value = ""; // picking the same file again fires change again
    if (files.length > 0) onFiles(files);
  });
  const open = (options: PickOptions): void => {
    input.accept = options.accept;
    input.multiple = options.multiple || options.directory;
    input.toggleAttribute("webkitdirectory", options.directory);
    input.click();
  };
  return { input, open };
}

/** Call `onFiles` with the files dropped on `target` (and mark it while something is dragged over). */
export function acceptDrops(target: HTMLElement, enabled: () => boolean, onFiles: (files: File[]) => void): void {
  let depth = 0;
  const carriesFiles = (ev: DragEvent): boolean => ev.dataTransfer?.types.includes("Files") === true;
  target.addEventListener("dragenter", (ev: DragEvent) => {
    if (!enabled() || !carriesFiles(ev)) return;
    ev.preventDefault();
    depth++;
    target.classList.add("blocklite-dragging");
  });
  target.addEventListener("dragover", (ev: DragEvent) => {
    if (!enabled() || !carriesFiles(ev)) return;
    ev.preventDefault();
    if (ev.dataTransfer) ev.dataTransfer.dropEffect = "copy";
  });
  target.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) target.classList.remove("blocklite-dragging");
  });
  target.addEventListener("drop", (ev: DragEvent) => {
    depth = 0;
    target.classList.remove("blocklite-dragging");
    if (!enabled()) return;
    ev.preventDefault();
    const files = ev.dataTransfer ? [...ev.dataTransfer.files] : [];
    if (files.length > 0) onFiles(files);
  });
}

export interface UploadRequest {
  files: readonly File[];
  fileTypes: readonly string[] | null;
  onProgress?: (loaded: number, total: number) => void;
}

/**
 * Upload `files` after the `file_types` check; the uploaded FileData, or null when nothing was
 * uploaded (a refused type, a file too large, a failed upload: each shown as an error toast).
 */
export async function uploadFiles(ctx: ComponentContext, showError: (title: string, message: string) => void, request: UploadRequest): Promise<FileData[] | null> {
  const refused = request.fileTypes && request.fileTypes.length > 0 ? request.files.filter((f) => !isAcceptedFile(f, request.fileTypes)) : [];
  if (refused.length > 0 && request.fileTypes) {
    showError("Error", `${invalidFileTypeMessage(request.fileTypes)} (${refused.map((f) => f.name).join(", ")})`);
    return null;
  }
  try {
    return await ctx.files.upload(request.files, { onProgress: request.onProgress });
  } catch (err: unknown) {
    showError("Error", err instanceof Error ? err.message : String(err));
    return null;
  }
}

/** Save `href` (a blob: URL of an app file) as `name`, as a click on a download link does. */
export function saveAs(href: string, name: string): void {
  const anchor = document.createElement("a");
  anchor.href = href;
  anchor.download = name;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
}
