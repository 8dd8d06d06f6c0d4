/**
 * HTML sanitizing for components that show markup from Python (gr.HTML).
 *
 * Why it exists: markup from a handler may carry scripts, event handlers or `javascript:` links;
 * everything passes through a private DOMPurify instance (our settings never touch the host page's
 * copy) with the same policy as Markdown: links open in a new tab with `rel="noopener noreferrer"`.
 */

import DOMPurify from "dompurify";

type Purifier = ReturnType<typeof DOMPurify>;

let purifier: Purifier | null = null;
let fragmentPurifier: Purifier | null = null;

/** A DOMPurify instance with our policy (the config is set once: a config passed to each
 * sanitize() call is parsed again every time, which costs more than sanitizing a short text). */
function makePurifier(returnFragment: boolean): Purifier {
  const p = DOMPurify(window);
  p.addHook("afterSanitizeAttributes", (node: Element) => {
    if (node.tagName === "A" && node.hasAttribute("href")) {
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
  });
  p.setConfig(returnFragment ? { ADD_ATTR: ["target"], RETURN_DOM_FRAGMENT: true } : { ADD_ATTR: ["target"] });
  return p;
}

/** `s` with the characters that mean something in HTML escaped: shows as the text itself. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** HTML string → sanitized HTML string. Never throws (falls back to escaped text). */
export function sanitizeHtml(html: string): string {
  try {
    purifier ??= makePurifier(false);
    return purifier.sanitize(html);
  } catch {
    return escapeHtml(html);
  }
}

/** HTML string → sanitized nodes, ready to insert (same policy as `sanitizeHtml`), without
 * serializing the result and parsing it again: for views that render many small pieces. Never
 * throws (falls back to the text). */
export function sanitizeToFragment(html: string): DocumentFragment {
  try {
    fragmentPurifier ??= makePurifier(true);
    const result: unknown = fragmentPurifier.sanitize(html);
    if (result instanceof DocumentFragment) return result;
  } catch {
    /* fall through to plain text */
  }
  const fragment = document.createDocumentFragment();
  fragment.append(html);
  return fragment;
}

/**
 * Many HTML strings → one sanitized fragment each, cleaned in a single pass (one parse instead of
 * one per string: a 500-message chat history renders markedly faster). Each string is wrapped in
 * an element marked with a random nonce; if the result is not exactly those wrappers in order
 * (a string with unbalanced tags closed or swallowed a wrapper), every string is sanitized on its
 * own instead, so one string can never move content into another's.
 */
export function sanitizeManyToFragments(htmls: readonly string[]): DocumentFragment[] {
  if (htmls.length < 2) return htmls.map(sanitizeToFragment);
  const nonce = `bl${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const joined = htmls.map((html, i) => `<div data-blocklite-part="${nonce}-${i}">${html}</div>`).join("");
  const whole = sanitizeToFragment(joined);
  const parts = [...whole.childNodes];
  const intact =
    parts.length === htmls.length &&
    parts.every((node, i) => node instanceof HTMLDivElement && node.getAttribute("data-blocklite-part") === `${nonce}-${i}`) &&
    !parts.some((node) => node instanceof Element && node.querySelector(`[data-blocklite-part^="${nonce}"]`));
  if (!intact) return htmls.map(sanitizeToFragment);
  return parts.map((node) => {
    const fragment = document.createDocumentFragment();
    fragment.append(...node.childNodes);
    return fragment;
  });
}
