/**
 * The app's own `css=`: inserted as written, plus a copy of each rule that applies inside the app
 * with one class's worth of extra specificity.
 *
 * Why it exists: styles.css keeps host-page CSS out of the app with one unlayered rule of
 * specificity 0,1,0 (`all: revert-layer` on every element of the app), which also beats a bare
 * `h1 { ... }` in the app's own css. Gradio apps write such rules, and they must win as in Gradio.
 * So every top-level style rule (also inside @media/@supports/@container) gets a twin whose
 * selector is `:is(<selector>):is(.blocklite-app, .blocklite-app *)` (pseudo-elements kept at the
 * end): it matches the same elements inside the app, one class more specific. The original rule
 * stays, so selectors outside the app (`:root`, `body`) behave as they do in Gradio. Rules in the
 * author's own `@layer`s are left alone.
 */

const SCOPE = ":is(.blocklite-app, .blocklite-app *)";
const LEGACY_PSEUDO_ELEMENTS = /^:(before|after|first-line|first-letter)\b/i;

/** Split at top-level commas (not inside (), [] or quotes). */
function splitList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "\\") i++;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      parts.push(selector.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selector.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Where a top-level pseudo-element starts in a complex selector (or -1). */
function pseudoElementAt(selector: string): number {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "\\") i++;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === ":" && depth === 0) {
      if (selector[i + 1] === ":" || LEGACY_PSEUDO_ELEMENTS.test(selector.slice(i))) return i;
    }
  }
  return -1;
}

/** The boosted twin of a selector list, or null if it has nothing to boost. */
export function boostedSelector(selector: string): string | null {
  if (selector.includes("&")) return null; // a nested rule: its parent is boosted
  const parts = splitList(selector).map((complex) => {
    const at = pseudoElementAt(complex);
    const main = (at < 0 ? complex : complex.slice(0, at)).trim() || "*";
    const pseudo = at < 0 ? "" : complex.slice(at);
    return `:is(${main})${SCOPE}${pseudo}`;
  });
  return parts.length ? parts.join(", ") : null;
}

function boostRules(list: CSSRuleList, insert: (text: string, index: number) => void): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const rule = list[i];
    if (rule instanceof CSSStyleRule) {
      const twin = boostedSelector(rule.selectorText);
      if (!twin || !rule.cssText.startsWith(rule.selectorText)) continue;
      try {
        insert(twin + rule.cssText.slice(rule.selectorText.length), i + 1);
      } catch {
        // a selector the browser does not accept in :is(): the original rule still applies
      }
    } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule || rule instanceof CSSContainerRule) {
      boostRules(rule.cssRules, (text, index) => rule.insertRule(text, index));
    }
  }
}

/** Insert the app's css before `anchor` (inside the app root); returns the style element. */
export function installAppCss(css: string, anchor: Element): HTMLStyleElement {
  const style = document.createElement("style");
  style.textContent = css;
  anchor.before(style);
  const sheet = style.sheet;
  if (sheet) {
    try {
      boostRules(sheet.cssRules, (text, index) => sheet.insertRule(text, index));
    } catch (err) {
      console.warn("blocklite: could not scope the app's css (it still applies as written)", err);
    }
  }
  return style;
}
