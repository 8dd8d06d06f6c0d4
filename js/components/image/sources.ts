/**
 * The image a user gives: picked in the file dialog, dropped on the frame, or pasted.
 *
 * Why it exists: three DOM events (a file input's `change`, `drop`, `paste`) each carry files in
 * their own way; the component wants one answer, "this image File, or nothing". Only images count
 * (`image/*`, as Gradio's upload area accepts); a pasted image without a name gets one.
 */

/** The first image among `files` (a FileList or DataTransfer items), or null. */
export function firstImage(files: Iterable<File> | null | undefined): File | null {
  if (!files) return null;
  for (const file of files) if (file.type.startsWith("image/")) return file;
  return null;
}

/** Whether `files` hold anything at all (to tell "not an image" from "nothing"). */
export function hasFiles(files: { length: number } | null | undefined): boolean {
  return !!files && files.length > 0;
}

/** The image a paste or drop carries: its files first, then file items (a screenshot paste). */
export function imageFromTransfer(data: DataTransfer | null): File | null {
  if (!data) return null;
  const fromFiles = firstImage(data.files);
  if (fromFiles) return named(fromFiles);
  for (const item of data.items) {
    if (item.kind === "file" && item.type.startsWith("image/")) {
      const file = item.getAsFile();
      if (file) return named(file);
    }
  }
  return null;
}

/** The image the async clipboard holds (the Paste button), or null (none, or no permission). */
export async function imageFromClipboard(): Promise<File | null> {
  if (!navigator.clipboard || typeof navigator.clipboard.read !== "function") return null;
  const items = await navigator.clipboard.read();
  for (const item of items) {
    const type = item.types.find((t) => t.startsWith("image/"));
    if (type) return named(new File([await item.getType(type)], "", { type }));
  }
  return null;
}

/** A file with a name ("clipboard.png" for a nameless paste). */
function named(file: File): File {
  if (file.name) return file;
  const ext = file.type.split("/")[1]?.split("+")[0] || "png";
  return new File([file], `clipboard.${ext}`, { type: file.type });
}
