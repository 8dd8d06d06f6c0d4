/**
 * HTML sanitizing for components that show markup from Python (gr.HTML).
 *
 * Why it exists: markup from a handler may carry scripts, event handlers or `javascript:` links;
 * everything passes through a private DOMPurify instance (our settings never touch the host page's
 * copy) with the same policy as Markdown: links open in a new tab with `rel="noopener noreferrer"`.
 */

import DOMPurify from "dompurify";

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** HTML string → sanitized HTML string. Never throws (falls back to escaped text). */
export function sanitizeHtml(html: string): string {
  try {
    if (!purifier) {
      const p = DOMPurify(window);
      p.addHook("afterSanitizeAttributes", (node: Element) => {
        if (node.tagName === "A" && node.hasAttribute("href")) {
          node.setAttribute("target", "_blank");
          node.setAttribute("rel", "noopener noreferrer");
        }
      });
      purifier = p;
    }
    return purifier.sanitize(html, { ADD_ATTR: ["target"] });
  } catch {
    return html.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  }
}
