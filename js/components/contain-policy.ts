/**
 * The policy for contained content: which tags, attributes and inline CSS a value from a handler,
 * a user or an example may keep (which URLs count as remote: js/page/network.ts, re-exported here).
 *
 * Why it exists: sanitized markup must not escape its component (style rules, overlays, forms,
 * `<base>`, clobbered globals...). The rules are allowlists, kept here as plain data and pure
 * functions (no DOM) so that they are the single documented list (README "Trust") and can be
 * tested in Node; js/components/sanitize.ts applies them through DOMPurify hooks.
 */

import { isRemoteUrl } from "../page/network";

export { isRemoteUrl };

/** HTML tags contained content keeps (everything else is removed; its text stays unless it is
 * script-like, as DOMPurify does). No style/link/form controls/base/meta/iframe/object/embed. */
export const CONTAINED_HTML_TAGS: readonly string[] = [
  "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br", "caption",
  "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em",
  "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img",
  "input", "ins", "kbd", "li", "main", "mark", "nav", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby",
  "s", "samp", "section", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table",
  "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr",
];

/** SVG tags contained content keeps: shapes, text and paint servers; no `<style>`,
 * `<foreignObject>`, `<script>`, animation or filters. */
export const CONTAINED_SVG_TAGS: readonly string[] = [
  "svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "text", "tspan", "title",
  "desc", "defs", "lineargradient", "radialgradient", "stop", "clippath", "symbol", "use", "image", "marker",
];

/** MathML tags contained content keeps (presentation only: no `annotation-xml`, which can hold
 * HTML, no `mpadded`/`menclose`/`mstyle`). */
export const CONTAINED_MATH_TAGS: readonly string[] = [
  "math", "mi", "mn", "mo", "ms", "mtext", "mrow", "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot",
  "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mspace", "semantics", "annotation",
];

/** Attributes contained content keeps (on any kept tag; `style` is filtered by `filterStyle`,
 * `class` by `filterClass`, URLs by DOMPurify and `isRemoteUrl`). No `id`/`name` clobbering
 * (DOMPurify prefixes them with `user-content-`), no `data-*`, no `formaction`/`form`, no `srcdoc`. */
export const CONTAINED_ATTRS: readonly string[] = [
  "href", "src", "srcset", "sizes", "alt", "title", "width", "height", "align", "valign", "colspan", "rowspan",
  "scope", "headers", "dir", "lang", "start", "reversed", "type", "open", "datetime", "cite", "controls",
  "loop", "muted", "playsinline", "poster", "preload", "checked", "disabled", "style", "class", "id", "name",
  "role", "abbr", "span", "value", "media",
  // SVG geometry and paint
  "viewbox", "preserveaspectratio", "xmlns", "d", "fill", "fill-opacity", "fill-rule", "clip-rule", "stroke",
  "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "opacity",
  "cx", "cy", "r", "rx", "ry", "x", "y", "x1", "y1", "x2", "y2", "dx", "dy", "points", "transform",
  "font-size", "font-family", "font-weight", "text-anchor", "dominant-baseline", "offset", "stop-color",
  "stop-opacity", "gradientunits", "gradienttransform", "clip-path", "xlink:href", "refx", "refy",
  "markerwidth", "markerheight", "orient",
];

/** Inline CSS properties contained content keeps (longhands, as the browser's CSSOM lists them).
 * Nothing that positions, transforms, filters, animates or loads: no position/inset/z-index,
 * transform/translate, filter, clip-path, mask, content, cursor, background-image, url(). */
const CSS_PROPERTIES = new Set([
  "color", "background-color", "opacity", "visibility",
  "text-align", "text-align-last", "text-indent", "text-transform", "text-decoration-line",
  "text-decoration-color", "text-decoration-style", "text-decoration-thickness", "text-underline-offset",
  "text-wrap", "text-wrap-mode", "text-wrap-style", "white-space", "white-space-collapse", "word-break",
  "overflow-wrap", "word-wrap", "hyphens", "letter-spacing", "word-spacing", "line-height", "vertical-align",
  "direction", "unicode-bidi", "tab-size",
  "font-family", "font-size", "font-style", "font-weight", "font-variant", "font-variant-caps",
  "font-variant-ligatures", "font-variant-numeric", "font-variant-east-asian", "font-variant-alternates",
  "font-variant-position", "font-stretch", "font-kerning", "font-feature-settings", "font-size-adjust",
  "font-optical-sizing", "font-variation-settings", "font-language-override",
  "margin-top", "margin-right", "margin-bottom", "margin-left", "margin-block-start", "margin-block-end",
  "margin-inline-start", "margin-inline-end",
  "padding-top", "padding-right", "padding-bottom", "padding-left", "padding-block-start",
  "padding-block-end", "padding-inline-start", "padding-inline-end",
  "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
  "border-top-style", "border-right-style", "border-bottom-style", "border-left-style",
  "border-top-color", "border-right-color", "border-bottom-color", "border-left-color",
  "border-top-left-radius", "border-top-right-radius", "border-bottom-left-radius", "border-bottom-right-radius",
  "border-collapse", "border-spacing", "border-image-outset", "border-image-repeat", "border-image-slice",
  "border-image-width",
  "width", "height", "min-width", "min-height", "max-width", "max-height", "box-sizing",
  "display", "float", "clear", "overflow-x", "overflow-y",
  "list-style-type", "list-style-position", "table-layout", "caption-side", "empty-cells",
  "gap", "row-gap", "column-gap", "flex-direction", "flex-wrap", "flex-grow", "flex-shrink", "flex-basis",
  "justify-content", "justify-items", "justify-self", "align-items", "align-self", "align-content", "order",
  "grid-template-columns", "grid-template-rows", "grid-column-start", "grid-column-end", "grid-row-start",
  "grid-row-end", "grid-auto-flow",
]);

/** Properties whose value must be a non-negative length (no negative margins pulling content out). */
const NON_NEGATIVE = /^(margin|padding|text-indent|width|height|min-|max-|border-.*-width|gap|row-gap|column-gap|flex-basis)/;
const NON_NEGATIVE_VALUE = /^(auto|0|\d*\.?\d+(px|em|rem|ex|ch|pt|pc|cm|mm|in|%|vw|vh|vmin|vmax|lh)?|fit-content|max-content|min-content|none|thin|medium|thick|normal|initial|inherit|unset)$/;
const DISPLAY_VALUES = new Set([
  "block", "inline", "inline-block", "flex", "inline-flex", "grid", "inline-grid", "none", "flow-root",
  "list-item", "table", "inline-table", "table-row", "table-cell", "table-row-group", "table-header-group",
  "table-footer-group", "table-column", "table-column-group", "table-caption", "contents",
]);
const OVERFLOW_VALUES = new Set(["auto", "hidden", "scroll", "clip"]);
/** Functions and characters that may load, reach the host page or hide a trick. */
const FORBIDDEN_IN_VALUE = /url\s*\(|image-set|image\s*\(|element\s*\(|expression|attr\s*\(|paint\s*\(|src\s*\(|[\\<>{};@]/i;

/** Whether `property: value` (a longhand, lower case) may stay in contained content. */
export function allowedDeclaration(property: string, value: string): boolean {
  const prop = property.trim().toLowerCase();
  const val = value.trim().toLowerCase();
  if (!CSS_PROPERTIES.has(prop) || val === "" || FORBIDDEN_IN_VALUE.test(val)) return false;
  if (prop === "display") return DISPLAY_VALUES.has(val);
  if (prop === "overflow-x" || prop === "overflow-y") return OVERFLOW_VALUES.has(val);
  if (NON_NEGATIVE.test(prop)) return NON_NEGATIVE_VALUE.test(val);
  return true;
}

/** The declarations of an inline style that contained content keeps, as `style` text ("" = none).
 * `!important` is dropped (it only fights the app's own rules). */
export function filterStyle(declarations: Iterable<readonly [string, string]>): string {
  const kept: string[] = [];
  for (const [prop, value] of declarations) {
    if (allowedDeclaration(prop, value)) kept.push(`${prop.trim().toLowerCase()}: ${value.trim()}`);
  }
  return kept.join("; ");
}

/** Class tokens contained content keeps: only `language-…` (fenced code, for highlighting), so
 * that a value can never borrow the host page's or blocklite's own classes. */
export function filterClass(value: string): string {
  return value
    .split(/\s+/)
    .filter((token) => /^language-[\w+#.-]{1,40}$/.test(token))
    .join(" ");
}


/** Whether any candidate of a `srcset` is remote. */
export function isRemoteSrcset(srcset: string, baseUrl: string, pageOrigin: string): boolean {
  return srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .some((url) => isRemoteUrl(url, baseUrl, pageOrigin));
}

/** An SVG `use`/`image` reference may only point inside the same markup (`#id`) or be a data: image. */
export function allowedSvgRef(tag: string, href: string): boolean {
  const h = href.trim();
  if (h.startsWith("#")) return true;
  return tag === "image" && /^data:image\/(png|jpe?g|gif|webp);/i.test(h);
}

/** SVG attributes that may hold a `url(...)` reference (paint servers, clip paths, markers). */
export const SVG_REF_ATTRS: readonly string[] = ["fill", "stroke", "clip-path", "marker-start", "marker-mid", "marker-end", "mask", "filter"];

/** An SVG presentation value may reference only the same markup: `url(#id)`, never another file. */
export function allowedSvgPaint(value: string): boolean {
  const v = value.trim();
  if (!/url\s*\(/i.test(v)) return !/[\\<>]/.test(v);
  return /^url\(\s*['"]?#[\w.-]+['"]?\s*\)(\s+[\w#(),.%\s-]*)?$/i.test(v);
}
