/**
 * A Gallery's preview: one item large, its caption, previous/next, download, fullscreen, close,
 * and a strip of thumbnails to jump with.
 *
 * Why it exists: the preview has its own keyboard contract (←/→ move, Esc closes) and its own
 * element tree; keeping it apart leaves gallery.ts with the grid and the value. It reports what
 * the user does through `actions` (the gallery fires the events).
 */

import { type AppFiles, fileName } from "../../net/app-files";
import { type GalleryItem, mediaElement } from "./items";

export interface PreviewActions {
  select(index: number): void;
  close(): void;
  download(item: GalleryItem): void;
}

export class Preview {
  readonly el = document.createElement("div");
  private readonly stage = document.createElement("div");
  private readonly caption = document.createElement("div");
  private readonly strip = document.createElement("div");
  private readonly downloadButton: HTMLButtonElement;
  private readonly fullscreenButton: HTMLButtonElement;
  private items: GalleryItem[] = [];
  private shownKey = "";
  private stripKey = "";
  index = 0;

  constructor(
    private readonly files: AppFiles,
    private readonly actions: PreviewActions,
  ) {
    this.el.className = "blocklite-gallery-preview";
    this.el.hidden = true;
    this.el.tabIndex = -1;
    this.el.setAttribute("role", "region");
    this.el.setAttribute("aria-label", "Preview");
    const tools = document.createElement("div");
    tools.className = "blocklite-gallery-tools";
    this.downloadButton = tool("⤓", "Download", () => {
      const item = this.items[this.index];
      if (item) this.actions.download(item);
    });
    this.fullscreenButton = tool("⛶", "Fullscreen", () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void this.el.requestFullscreen?.().catch(() => undefined);
    });
    tools.append(this.downloadButton, this.fullscreenButton, tool("×", "Close", () => this.actions.close()));
    const previous = tool("‹", "Previous", () => this.step(-1));
    const next = tool("›", "Next", () => this.step(1));
    previous.classList.add("blocklite-gallery-prev");
    next.classList.add("blocklite-gallery-next");
    this.stage.className = "blocklite-gallery-stage";
    this.caption.className = "blocklite-gallery-preview-caption";
    this.strip.className = "blocklite-gallery-strip";
    const frame = document.createElement("div");
    frame.className = "blocklite-gallery-frame";
    frame.append(previous, this.stage, next);
    this.el.append(tools, frame, this.caption, this.strip);
    this.el.addEventListener("keydown", (ev: KeyboardEvent) => {
      if (ev.key === "ArrowLeft" || ev.key === "ArrowRight") {
        ev.preventDefault();
        this.step(ev.key === "ArrowLeft" ? -1 : 1);
      } else if (ev.key === "Escape") {
        ev.preventDefault();
        this.actions.close();
      }
    });
  }

  get open(): boolean {
    return !this.el.hidden;
  }

  /** Show item `index` of `items` (rebuilding only what changed). */
  show(items: GalleryItem[], index: number, buttons: { download: boolean; fullscreen: boolean }): void {
    const wasOpen = this.open;
    this.items = items;
    this.index = index;
    this.el.hidden = false;
    this.downloadButton.hidden = !buttons.download;
    this.fullscreenButton.hidden = !buttons.fullscreen;
    const item = items[index];
    const key = JSON.stringify(item);
    if (key !== this.shownKey) {
      this.shownKey = key;
      const media = mediaElement(item, this.files, true);
      this.stage.replaceChildren(media);
      this.caption.textContent = item.caption ?? "";
      this.caption.hidden = item.caption === null;
    }
    const stripKey = JSON.stringify(items);
    if (stripKey !== this.stripKey) {
      this.stripKey = stripKey;
      this.strip.replaceChildren(
        ...items.map((entry, i) => {
          const thumb = document.createElement("button");
          thumb.type = "button";
          thumb.className = "blocklite-gallery-strip-item";
          thumb.setAttribute("aria-label", entry.caption ?? fileName(entry.file));
          thumb.append(mediaElement(entry, this.files, false));
          thumb.addEventListener("click", () => this.actions.select(i));
          return thumb;
        }),
      );
    }
    this.strip.querySelectorAll(".blocklite-gallery-strip-item").forEach((thumb, i) => {
      thumb.classList.toggle("blocklite-selected", i === index);
      if (i === index) thumb.setAttribute("aria-current", "true");
      else thumb.removeAttribute("aria-current");
    });
    if (!wasOpen) this.el.focus({ preventScroll: true });
  }

  hide(): void {
    this.el.hidden = true;
  }

  private step(delta: number): void {
    if (this.items.length === 0) return;
    this.actions.select((this.index + delta + this.items.length) % this.items.length);
  }
}

function tool(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "blocklite-icon-button";
  button.textContent = text;
  button.setAttribute("aria-label", label);
  button.title = label;
  button.addEventListener("click", onClick);
  return button;
}
