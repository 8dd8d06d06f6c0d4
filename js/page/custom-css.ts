/**
 * The app's `css=` (and `css_paths=`), scoped to its root element.
 *
 * Why it exists: a page may hold several apps and its own content, so one app's rules must not
 * style the rest. Gradio users write selectors for their components (`#my-id`, `.my-class`) and for
 * the app itself (`.gradio-container`, sometimes `body`/`:root`). Every style rule is rewritten to
 * sit under the app root (`#app-1 #my-id`), and a leading `.gradio-container`, `body`, `html`,
 * `:root` or `gradio-app` means the root itself (`#app-1.dark`, `#app-1 > .x`). The id prefix also
 * makes a user rule outrank blocklite's own class-based styles, as users expect. The browser parses
 * the CSS (an inert document's CSSOM); rules inside @media/@supports/@layer/@container are scoped
 * too; @keyframes, @font-face and @import are kept as they are.
 */

/** Compounds that name the app itself rather than something inside it. */
const ROOT = /^(?:html|body|:root|gradio-app|\.gradio-container)(?![\w-])/i;

/** `css` with every selector scoped under `scope` (a selector for the app root, e.g. `#app-1`). */
export function scopeCss(css: string, scope: string): string {
  const doc = document.implementation.createHTMLDocument("");
  const style = doc.createElement("style");
  style.textContent = css;
  doc.head.append(style);
  const sheet = style.sheet;
  if (!sheet) return css;
  return scopeRules(sheet.cssRules, scope).join("\n");
}

function scopeRules(rules: CSSRuleList, scope: string): string[] {
  const out: string[] = [];
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) {
      rule.selectorText = scopeSelector(rule.selectorText, scope);
      out.push(rule.cssText);
    } else if (rule instanceof CSSGroupingRule) {
      // @media, @supports, @layer {…}, @container: scope the rules inside, keep the condition.
      const inner = scopeRules(rule.cssRules, scope);
      const text = rule.cssText;
      out.push(`${text.slice(0, text.indexOf("{"))}{\n${inner.join("\n")}\n}`);
    } else {
      out.push(rule.cssText);
    }
  }
  return out;
}

/** A selector list with each selector scoped under `scope`. */
export function scopeSelector(list: string, scope: string): string {
  return splitSelectors(list)
    .map((s) => scopeOne(s.trim(), scope))
    .join(", ");
}

/** A leading `.dark`: Gradio's dark-mode class, which blocklite puts on the app root itself. */
const DARK = /^\.dark(?![\w-])/;

function scopeOne(selector: string, scope: string): string {
  const dark = DARK.exec(selector);
  if (dark) {
    const rest = selector.slice(dark[0].length);
    if (rest === "") return `${scope}.dark`;
    if (!/^[\s>+~]/.test(rest)) return `${scope}.dark${rest}`; // `.dark.x`, `.dark:hover`
    return scopeOne(rest.trim(), `${scope}.dark`); // `.dark .x`, `.dark > .x`, `.dark .gradio-container .x`
  }
  let rest = selector;
  let isRoot = false;
  for (let m = ROOT.exec(rest); m; m = ROOT.exec(rest)) {
    isRoot = true;
    rest = rest.slice(m[0].length);
    const combinator = /^\s*([>+~]?)\s*/.exec(rest)?.[0] ?? "";
    if (combinator === "") return scope + rest; // the compound goes on: `.gradio-container.dark`
    const next = rest.slice(combinator.length);
    if (ROOT.test(next)) {
      rest = next; // `html body`, `body .gradio-container`: still the root
      continue;
    }
    return next ? `${scope} ${combinator.trim() ? `${combinator.trim()} ` : ""}${next}` : scope;
  }
  return isRoot ? scope : `${scope} ${selector}`;
}

/** Split a selector list on its top-level commas (not those inside `:is(...)`, `[a="x,y"]`). */
function splitSelectors(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.filter((p) => p.trim() !== "");
}
