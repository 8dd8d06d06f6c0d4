/**
 * HTML sanitizing for everything that shows markup from Python (gr.HTML, gr.Markdown, chat messages).
 *
 * Why it exists: markup may carry scripts, event handlers or `javascript:` links, and markup that is
 * not the app author's may also try to leave its component (style rules, overlays, forms, `<base>`,
 * clobbered globals). Two policies, by where a value came from (README "Trust"):
 * - "trusted": the app's own code (a value in the initial config: `gr.HTML("...")`, `gr.Markdown`
 *   literals, Interface descriptions). DOMPurify's defaults, as today and as Gradio.
 * - "contained": values from handlers, users and examples. Allowlists of tags, attributes and
 *   inline CSS (contain-policy.ts); the element showing them also gets `CONTAINED_CLASS`, which
 *   clips paint to its box (display.css), so a missed trick still cannot draw over the host page.
 * Both policies open links in a new tab with `rel="noopener noreferrer"`, and when the page is
 * offline (js/page/network.ts) both drop remote media URLs, leaving the alt text as a placeholder.
 * Private DOMPurify instances keep our settings from the host page's copy.
 */

import DOMPurify from "dompurify";
import { isOffline, isRemote } from "../page/network";
import {
  CONTAINED_ATTRS,
  CONTAINED_HTML_TAGS,
  CONTAINED_MATH_TAGS,
  CONTAINED_SVG_TAGS,
  SVG_REF_ATTRS,
  allowedSvgPaint,
  allowedSvgRef,
  filterClass,
  filterStyle,
  isRemoteSrcset,
} from "./contain-policy";

type Purifier = ReturnType<typeof DOMPurify>;
export type Trust = "trusted" | "contained";

/** The class of an element that shows contained content (display.css clips it to its box). */
export const CONTAINED_CLASS = "blocklite-contained";
/** The class of a media element whose remote source the offline switch removed. */
export const BLOCKED_CLASS = "blocklite-blocked";

const purifiers = new Map<string, Purifier>();

/** The declarations of `el`'s inline style, as the browser parsed them (longhands). */
function declarations(el: HTMLElement | SVGElement): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 0; i < el.style.length; i++) {
    const prop = el.style.item(i);
    out.push([prop, el.style.getPropertyValue(prop)]);
  }
  return out;
}

function setOrRemove(el: Element, name: string, value: string): void {
  if (value) el.setAttribute(name, value);
  else el.removeAttribute(name);
}

/** Offline: no remote source on media; an image keeps its alt text (or says why it is empty). */
function blockRemoteMedia(el: Element): void {
  let blocked = false;
  for (const name of ["src", "poster"]) {
    const v = el.getAttribute(name);
    if (v !== null && isRemote(v)) {
      el.removeAttribute(name);
      blocked = true;
    }
  }
  const srcset = el.getAttribute("srcset");
  if (srcset !== null && isRemoteSrcset(srcset, document.baseURI, location.origin)) {
    el.removeAttribute("srcset");
    blocked = true;
  }
  for (const name of ["href", "xlink:href"]) {
    const v = el.getAttribute(name);
    if (v !== null && el.localName === "image" && isRemote(v)) {
      el.removeAttribute(name);
      blocked = true;
    }
  }
  if (!blocked) return;
  el.classList.add(BLOCKED_CLASS);
  el.setAttribute("title", "Remote content blocked");
  if (el.localName === "img" && !el.getAttribute("alt")) el.setAttribute("alt", "[remote image blocked]");
}

function isMedia(el: Element): boolean {
  return ["img", "source", "video", "audio", "image", "picture"].includes(el.localName);
}

/** Media other than plain images (`img`, a `picture`'s `source`s): contained content never loads
 * these from another origin, even online. */
function isNonImageMedia(el: Element): boolean {
  if (!isMedia(el)) return false;
  const image = el.localName === "img" || el.localName === "picture" || (el.localName === "source" && el.parentElement?.localName === "picture");
  return !image;
}

function linkInNewTab(node: Element): void {
  if (node.localName === "a" && node.hasAttribute("href")) {
    node.setAttribute("target", "_blank");
    node.setAttribute("rel", "noopener noreferrer");
  }
}

/** The contained policy's per-element fixes, after DOMPurify kept only allowlisted attributes. */
function containElement(node: Element): void {
  if ((node instanceof HTMLElement || node instanceof SVGElement) && node.hasAttribute("style")) {
    setOrRemove(node, "style", filterStyle(declarations(node)));
  }
  const cls = node.getAttribute("class");
  if (cls !== null) setOrRemove(node, "class", filterClass(cls));
  if (node.localName === "input") {
    // Only GitHub task-list checkboxes: disabled, never submitting, never named.
    for (const name of ["name", "value", "form", "formaction"]) node.removeAttribute(name);
    node.setAttribute("type", "checkbox");
    node.setAttribute("disabled", "");
  }
  if (node.localName === "svg") node.removeAttribute("transform");
  for (const name of SVG_REF_ATTRS) {
    const v = node.getAttribute(name);
    if (v !== null && !allowedSvgPaint(v)) node.removeAttribute(name);
  }
  if (node.localName === "use" || node.localName === "image") {
    for (const name of ["href", "xlink:href"]) {
      const v = node.getAttribute(name);
      if (v !== null && !allowedSvgRef(node.localName, v)) node.removeAttribute(name);
    }
  }
  if (node.localName === "video" || node.localName === "audio") node.setAttribute("controls", "");
}

/** Trusted markup keeps its styles, but offline no `url()` in an inline style may load. */
function offlineStyle(node: Element): void {
  if (!(node instanceof HTMLElement || node instanceof SVGElement)) return;
  const style = node.getAttribute("style");
  if (style === null || !/url\s*\(/i.test(style)) return;
  const kept = declarations(node).filter(([, v]) => !/url\s*\(/i.test(v));
  setOrRemove(node, "style", kept.map(([p, v]) => `${p}: ${v}`).join("; "));
}

/** A DOMPurify instance with one policy (the config is set once: a config passed to each
 * sanitize() call is parsed again every time, which costs more than sanitizing a short text). */
function makePurifier(trust: Trust, returnFragment: boolean): Purifier {
  const p = DOMPurify(window);
  p.addHook("afterSanitizeAttributes", (node: Element) => {
    linkInNewTab(node);
    if (trust === "contained") containElement(node);
    // Online, contained content may load plain remote images only: no remote video, audio or
    // SVG images (their own placeholder rules as offline).
    const onlyImages = trust === "contained" && !isOffline() && isNonImageMedia(node);
    if (onlyImages) blockRemoteMedia(node);
    if (isOffline()) {
      if (isMedia(node)) blockRemoteMedia(node);
      if (trust === "trusted") offlineStyle(node);
    }
  });
  const fragment = returnFragment ? { RETURN_DOM_FRAGMENT: true } : {};
  if (trust === "trusted") {
    p.setConfig({ ADD_ATTR: ["target"], ...fragment });
  } else {
    p.setConfig({
      ALLOWED_TAGS: [...CONTAINED_HTML_TAGS, ...CONTAINED_SVG_TAGS, ...CONTAINED_MATH_TAGS],
      ALLOWED_ATTR: [...CONTAINED_ATTRS, "target", "rel"],
      ALLOW_DATA_ATTR: false,
      SANITIZE_NAMED_PROPS: true,
      ...fragment,
    });
  }
  return p;
}

function purifier(trust: Trust, returnFragment: boolean): Purifier {
  const key = `${trust}:${returnFragment}`;
  let p = purifiers.get(key);
  if (!p) {
    p = makePurifier(trust, returnFragment);
    purifiers.set(key, p);
  }
  return p;
}

/** `s` with the characters that mean something in HTML escaped: shows as the text itself. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML string → sanitized HTML string under `trust`'s policy. Never throws (falls back to escaped text). */
export function sanitizeHtml(html: string, trust: Trust = "contained"): string {
  try {
    return purifier(trust, false).sanitize(html);
  } catch {
    return escapeHtml(html);
  }
}

/** HTML string → sanitized nodes, ready to insert (same policies as `sanitizeHtml`), without
 * serializing the result and parsing it again. Never throws (falls back to the text). */
export function sanitizeToFragment(html: string, trust: Trust = "contained"): DocumentFragment {
  try {
    const result: unknown = purifier(trust, true).sanitize(html);
    if (result instanceof DocumentFragment) return result;
  } catch {
    /* fall through to plain text */
  }
  const fragment = document.createDocumentFragment();
  fragment.append(html);
  return fragment;
}

/** Mark `el` as showing content of `trust` (contained content is clipped to `el`'s box). */
export function markTrust(el: HTMLElement, trust: Trust): void {
  el.classList.toggle(CONTAINED_CLASS, trust === "contained");
}
