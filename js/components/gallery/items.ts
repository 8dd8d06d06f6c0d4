/**
 * A Gallery's value read from the wire, and the media element one item shows in.
 *
 * Why it exists: the grid, the preview and the value sent back all need the same reading of
 * Gradio's GalleryData (`[{image: FileData, caption}, {video: FileData, caption}]`), and the same
 * rule for turning an item into an `<img>` or `<video>` whose source is loaded through the app's
 * file route (a blob: URL, js/net/app-files.ts).
 */

import { isRecord } from "../../lib/guards";
import { asFileData, type AppFiles, type FileData, fileName } from "../../net/app-files";

export interface GalleryItem {
  kind: "image" | "video";
  file: FileData;
  caption: string | null;
}

/** The items of a Gallery value; anything that is not an item is left out. */
export function galleryItems(value: unknown): GalleryItem[] {
  if (!Array.isArray(value)) return [];
  const items: GalleryItem[] = [];
  for (const entry of value) {
    if (!isRecord(entry)) continue;
    const kind = isRecord(entry.video) && !isRecord(entry.image) ? "video" : "image";
    const file = asFileData(kind === "video" ? entry.video : entry.image);
    if (file === null) continue;
    items.push({ kind, file, caption: typeof entry.caption === "string" ? entry.caption : null });
  }
  return items;
}

/** An item as the wire carries it (what the page sends back as the value). */
export function itemValue(item: GalleryItem): { image?: FileData; video?: FileData; caption: string | null } {
  return item.kind === "video" ? { video: item.file, caption: item.caption } : { image: item.file, caption: item.caption };
}

/** An `<img>` or muted `<video>` for `item`; its source is set once loaded from the app. */
export function mediaElement(item: GalleryItem, files: AppFiles, controls: boolean): HTMLImageElement | HTMLVideoElement {
  let el: HTMLImageElement | HTMLVideoElement;
  if (item.kind === "video") {
    const video = document.createElement("video");
    video.muted = !controls;
    video.controls = controls;
    video.preload = "metadata";
    video.setAttribute("aria-label", item.caption ?? fileName(item.file));
    el = video;
  } else {
    const img = document.createElement("img");
    img.alt = item.caption ?? fileName(item.file);
    img.decoding = "async";
    el = img;
  }
  void files.src(item.file).then(
    (href) => {
      if (href !== null) el.src = href;
    },
    (err: unknown) => console.warn(`blocklite: could not load ${fileName(item.file)}`, err),
  );
  return el;
}
