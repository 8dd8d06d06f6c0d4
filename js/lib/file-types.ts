/**
 * `file_types=` on the page: the `accept` attribute of a file picker, and the check made before
 * an upload, by the rule the worker applies (py/blocklite/components/file_types.py).
 *
 * Why it exists: File, UploadButton, Image, Gallery and MultimodalTextbox all take `file_types`
 * (".pdf", "image", "file"...). Checking here spares the upload of a file the app would refuse
 * and says so at once; the worker's check still holds for any client.
 */

/** The `accept` attribute for `fileTypes` ("" accepts anything). */
export function acceptFor(fileTypes: readonly string[] | null | undefined): string {
  if (!fileTypes || fileTypes.includes("file")) return "";
  return fileTypes.map((kind) => (kind.startsWith(".") ? kind : `${kind}/*`)).join(", ");
}

/** Whether a file (its name and MIME type) is one of `fileTypes`; null or empty accepts all. */
export function isAcceptedFile(file: { name: string; type: string }, fileTypes: readonly string[] | null | undefined): boolean {
  if (!fileTypes || fileTypes.length === 0) return true;
  const name = file.name.toLowerCase();
  return fileTypes.some((kind) => {
    if (kind === "file") return true;
    if (kind.startsWith(".")) return name.length > kind.length && name.endsWith(kind.toLowerCase());
    return file.type.startsWith(`${kind}/`);
  });
}

/** Gradio's message for a file that is not one of `fileTypes`. */
export function invalidFileTypeMessage(fileTypes: readonly string[]): string {
  return `Invalid file type. Please upload a file that is one of these formats: [${fileTypes.map((t) => `'${t}'`).join(", ")}]`;
}

/** `file_types` from a component's props (a list of strings), or null. */
export function fileTypesOf(raw: unknown): string[] | null {
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string") : null;
}
