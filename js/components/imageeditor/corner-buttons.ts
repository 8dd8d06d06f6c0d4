/**
 * The ImageEditor's corner buttons (`buttons`: "download" saves the composite, "fullscreen" shows
 * the canvas alone; both by default, as Gradio's).
 *
 * Why it exists: the download link must follow the value (a blob: URL of the composite the app
 * holds, never the file route), which is its own small piece of state.
 */

import { glyph } from "../../lib/glyphs";
import { setHidden } from "../../lib/dom";
import { type AppFiles, type FileData, fileName } from "../../net/app-files";

export class CornerButtons {
  readonly el = document.createElement("div");
  private readonly download = document.createElement("a");
  private readonly fullscreen = document.createElement("button");
  private shown = "";

  constructor(target: HTMLElement) {
    this.el.className = "blocklite-image-toolbar blocklite-editor-corner";
    this.download.className = "blocklite-image-button blocklite-image-download";
    this.download.setAttribute("aria-label", "Download");
    this.download.title = "Download";
    this.download.replaceChildren(glyph("download"));
    this.fullscreen.type = "button";
    this.fullscreen.className = "blocklite-image-button blocklite-image-fullscreen";
    this.fullscreen.setAttribute("aria-label", "Fullscreen");
    this.fullscreen.title = "Fullscreen";
    this.fullscreen.replaceChildren(glyph("fullscreen"));
    this.fullscreen.addEventListener("click", () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void target.requestFullscreen?.().catch(() => undefined);
    });
    this.el.append(this.download, this.fullscreen);
  }

  update(buttons: unknown, composite: FileData | null, files: AppFiles): void {
    const list = Array.isArray(buttons) ? buttons : ["download", "share", "fullscreen"];
    setHidden(this.download, composite === null || !list.includes("download"));
    setHidden(this.fullscreen, !list.includes("fullscreen"));
    const key = composite ? composite.path : "";
    if (key === this.shown) return;
    this.shown = key;
    this.download.removeAttribute("href");
    if (!composite) return;
    this.download.download = fileName(composite);
    files.src(composite).then(
      (href) => {
        if (href !== null && this.shown === key) this.download.href = href;
      },
      () => undefined, // the canvas shows the picture; a failed link stays without href
    );
  }
}
