/**
 * One piece of a chat message's content as DOM: text (Markdown through the same pipeline as
 * gr.Markdown: marked, the shared sanitizer, lazily loaded code highlighting and KaTeX), a file
 * (image, audio, video or a download link) or a component (rendered by the component's own class).
 *
 * Why it exists: the message view (message.ts) only decides *which* items to redraw; how an
 * item looks lives here, so the Markdown and URL-safety rules are in one place.
 */

import { setClass } from "../../lib/dom";
import { type Dict } from "../../lib/guards";
import type { Component, ComponentContext } from "../base";
import { safeIconUrl } from "../button";
import type { ChatFile, ChatItem } from "./model";
import { escapeCustomTags, parseFile } from "./model";
import { isMarkupTag } from "../html-tags";
import { type Delimiter, highlightLater, placeMath, protectMath, renderMarkdownFragment } from "../markdown";
import { CONTAINED_CLASS } from "../sanitize";
import { CHUNK_AT, splitMarkdown } from "../../lib/md-chunks";
import { mayFetch } from "../../page/network";

/** How text is shown (from the Chatbot's props). */
export interface TextSettings {
  markdown: boolean;
  lineBreaks: boolean;
  delimiters: Delimiter[];
  allowTags: unknown;
  rtl: boolean;
  downloads: boolean;
}

type Maths = ReturnType<typeof protectMath>["maths"];

function prepare(text: string, s: TextSettings): { text: string; maths: Maths } {
  return protectMath(escapeCustomTags(text, s.allowTags, isMarkupTag), s.delimiters);
}

/** Fill `el` with `text`, as sanitized Markdown or as plain text. */
export function renderText(el: HTMLElement, text: string, s: TextSettings): void {
  if (s.rtl) el.dir = "rtl";
  else el.removeAttribute("dir");
  if (!s.markdown) {
    setClass(el, "blocklite-chat-text blocklite-chat-plain");
    el.textContent = text;
    return;
  }
  // A message is never the app author's markup: contained, and sanitized on its own, so no
  // message can close, open or style anything of another (README "Trust").
  setClass(el, `blocklite-chat-text blocklite-prose ${CONTAINED_CLASS}`);
  const { text: source, maths } = prepare(text, s);
  const token = {};
  renderToken.set(el, token);
  const pieces = source.length > CHUNK_AT ? splitMarkdown(source) : [source];
  el.replaceChildren();
  // A long message (lib/md-chunks.ts) shows its first piece now and one more per task; a newer
  // render of the same element (a streamed update) stops the older one.
  el.toggleAttribute("data-rendering", pieces.length > 1);
  const step = (): void => {
    if (renderToken.get(el) !== token) return;
    const piece = pieces.shift();
    if (piece === undefined) return;
    const holder = pieces.length === 0 && el.childNodes.length === 0 ? el : document.createElement("div");
    holder.append(renderMarkdownFragment(piece, { breaks: s.lineBreaks, trust: "contained" }));
    if (holder !== el) el.append(holder);
    if (maths.length > 0) placeMath(holder, maths);
    highlightLater(holder);
    if (pieces.length > 0) setTimeout(step, 0);
    else el.removeAttribute("data-rendering");
  };
  step();
}

/** The latest render of each text element (long messages render in pieces across tasks). */
const renderToken = new WeakMap<HTMLElement, object>();

/** A URL a link or media element may load: http(s) or relative (data: only for images). */
export function safeMediaUrl(url: string): string | null {
  try {
    const parsed = new URL(url, document.baseURI);
    if (!mayFetch(url)) return null; // the page is offline (js/page/network.ts)
    return parsed.protocol === "http:" || parsed.protocol === "https:" || parsed.protocol === "blob:" ? url : null;
  } catch {
    return null;
  }
}

function kindOf(file: ChatFile): "image" | "audio" | "video" | "other" {
  const mime = file.mime.toLowerCase();
  const ext = file.name.split(".").pop()?.toLowerCase() ?? "";
  if (mime.startsWith("image/") || ["png", "jpg", "jpeg", "gif", "webp", "svg"].includes(ext)) return "image";
  if (mime.startsWith("audio/") || ["mp3", "wav", "ogg", "m4a"].includes(ext)) return "audio";
  if (mime.startsWith("video/") || ["mp4", "webm", "mov"].includes(ext)) return "video";
  return "other";
}

function renderFile(file: ChatFile, alt: string | null, s: TextSettings): HTMLElement {
  const kind = kindOf(file);
  const wrap = document.createElement("div");
  wrap.className = `blocklite-chat-file blocklite-chat-file-${kind}`;
  const url = kind === "image" ? safeIconUrl(file.url) : safeMediaUrl(file.url);
  if (url === null) {
    wrap.textContent = alt ?? file.name;
    return wrap;
  }
  if (kind === "image") {
    const img = document.createElement("img");
    img.src = url;
    img.alt = alt ?? file.name;
    img.loading = "lazy";
    wrap.append(img);
  } else if (kind === "audio" || kind === "video") {
    const media = document.createElement(kind);
    media.controls = true;
    media.preload = "metadata";
    media.src = url;
    if (alt) media.setAttribute("aria-label", alt);
    wrap.append(media);
  }
  if (kind === "other" || s.downloads) {
    const link = document.createElement("a");
    link.className = "blocklite-chat-file-link";
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = kind === "other" ? alt ?? file.name : `Download ${file.name}`;
    if (kind !== "other") link.download = file.name;
    wrap.append(link);
  }
  return wrap;
}

/** Components that show one file: drawn as a file item (the media components live elsewhere). */
const FILE_COMPONENTS: ReadonlySet<string> = new Set(["image", "audio", "video", "file", "model3d"]);

/** A content item as shown: its element and, for a component item, the component (which the
 * message destroys when the item is replaced or removed). */
export interface RenderedItem {
  el: HTMLElement;
  component: Component | null;
}

function placeholder(component: string): RenderedItem {
  const el = document.createElement("div");
  el.className = "blocklite-chat-component-placeholder";
  el.textContent = `[${component}]`;
  return { el, component: null };
}

/** Builds the display-only component of a component item (the chatbot's `ctx.createInner`). */
export type CreateInner = ComponentContext["createInner"];

function renderComponent(component: string, value: unknown, props: Dict, s: TextSettings, createInner: CreateInner): RenderedItem {
  const file = FILE_COMPONENTS.has(component) ? parseFile(Array.isArray(value) ? value[0] : value) : null;
  if (file) return { el: renderFile(file, typeof props.label === "string" ? props.label : null, s), component: null };
  // Only types that display a value may appear (the registry says which); timers, states, layouts,
  // chatbots, buttons... would run or hold things a message has no business with: a placeholder.
  const comp = createInner(component, { ...props, value });
  if (comp === null) return placeholder(component);
  comp.el.classList.add("blocklite-chat-component");
  return { el: comp.el, component: comp };
}

/** One content item as a new element (and its component, if it is one). */
export function renderItem(item: ChatItem, s: TextSettings, createInner: CreateInner): RenderedItem {
  if (item.kind === "text") {
    const el = document.createElement("div");
    renderText(el, item.text, s);
    return { el, component: null };
  }
  if (item.kind === "file") return { el: renderFile(item.file, item.alt, s), component: null };
  try {
    return renderComponent(item.component, item.value, item.props, s, createInner);
  } catch (err) {
    console.warn(`blocklite: could not show a ${item.component} in a chat message`, err);
    return placeholder(item.component);
  }
}
