/**
 * What an app may change outside its own root element: `head=` content and the document title.
 *
 * Why it exists: an app is embedded in someone's page, which may hold other apps and its own
 * `<title>`, so these rules are explicit and in one place.
 *
 * head: `head=`/`head_paths=` HTML is added to `document.head` once per page (an identical head
 * from a second app, or a re-render, adds nothing). Its `<script>`s run (recreated, so the browser
 * executes them; external ones keep their order), other elements are copied as they are, and a
 * `<title>` in it is skipped: `title=` and the rule below decide the tab title. Trust: this is the
 * app author's own page content, like a `<script>` tag they wrote; it is not sanitized. It must
 * never be built from what a visitor typed.
 *
 * title: an app sets `document.title` (to its translated `title=`) only when it owns the page:
 * its script tag says `data-title` (or `data-title="true"`), or, without the attribute, the page
 * had no non-empty `<title>` of its own when blocklite loaded and this is the only blocklite script
 * on the page. `data-title="false"` never sets it.
 */

import type { AppConfig } from "../../protocol/gradio";
import type { AppFiles } from "../net/app-files";
import { scopeCss } from "./custom-css";
import { type TextValueRule, Translator } from "./i18n";

/** Read once, when the bundle runs (the parser has seen `<head>`), before any app sets a title. */
const pageHadTitle = typeof document !== "undefined" && document.title.trim() !== "";

export type TitleMode = "auto" | "on" | "off";

/** The script tag's `data-title` attribute: absent → auto, "false"/"off"/"no" → off, else on. */
export function parseTitleMode(attr: string | undefined): TitleMode {
  if (attr === undefined) return "auto";
  return ["false", "off", "no"].includes(attr.trim().toLowerCase()) ? "off" : "on";
}

/** Whether an app with this mode sets `document.title`, with `appsOnPage` blocklite scripts on the page. */
export function ownsTitle(mode: TitleMode, appsOnPage: number, hadTitle = pageHadTitle): boolean {
  if (mode !== "auto") return mode === "on";
  return !hadTitle && appsOnPage <= 1;
}

/** How many blocklite apps the page declares. */
export function blockliteScriptCount(): number {
  return document.querySelectorAll('script[type="text/x-blocklite"]').length;
}

const injected = new Set<string>();

/** Add `html` to `document.head` (once per page for the same html); returns whether it was added. */
export function injectHead(html: string, appId: string): boolean {
  if (!html.trim() || injected.has(html)) return false;
  injected.add(html);
  const template = document.createElement("template");
  template.innerHTML = html;
  for (const node of Array.from(template.content.childNodes)) {
    if (!(node instanceof Element) || node.localName === "title") continue;
    const el = node.localName === "script" ? runnable(node) : document.importNode(node, true);
    el.setAttribute("data-blocklite-head", appId);
    document.head.append(el);
  }
  return true;
}

/** A script parsed by innerHTML never runs; a fresh element with the same attributes and text does. */
function runnable(parsed: Element): HTMLScriptElement {
  const script = document.createElement("script");
  for (const attr of Array.from(parsed.attributes)) script.setAttribute(attr.name, attr.value);
  script.textContent = parsed.textContent;
  if (script.src && !parsed.hasAttribute("async")) script.async = false; // keep the order of external scripts
  return script;
}

export interface PagePlace {
  appId: string;
  /** The app's root element (its id scopes the css). */
  root: HTMLElement;
  /** The app's `<style>` goes right before this element, inside the root. */
  styleBefore: HTMLElement;
  titleMode: TitleMode;
  /** Which component types have a text value (the component registry's isTextValue). */
  textValue: TextValueRule;
  /** `url()`s of the app's files become blob: URLs (js/net/app-files.ts). */
  files?: Pick<AppFiles, "adoptCss">;
}

/**
 * Before the layout renders: translate the config's component props (in place), set the root's
 * `lang`, the title (when the app owns it), the head and the scoped css. Returns the translator,
 * which later outputs go through.
 */
export function applyPageOptions(config: AppConfig, place: PagePlace): Translator {
  const i18n = new Translator(config.translations, navigator.languages ?? [navigator.language], place.textValue);
  for (const c of config.components) c.props = i18n.props(c.type, c.props);
  if (i18n.lang) place.root.lang = i18n.lang;
  if (ownsTitle(place.titleMode, blockliteScriptCount())) document.title = String(i18n.value(config.title));
  if (config.head) injectHead(config.head, place.appId);
  if (config.css) {
    const style = document.createElement("style");
    style.dataset.blockliteCss = place.appId;
    let css = config.css;
    try {
      css = scopeCss(config.css, `#${CSS.escape(place.root.id)}`);
    } catch (err) {
      console.warn("blocklite: could not scope the app's css; using it as given", err);
    }
    const apply = (text: string): void => {
      style.textContent = text;
    };
    if (place.files) place.files.adoptCss(css, apply);
    else apply(css);
    place.styleBefore.before(style);
  }
  return i18n;
}
