/**
 * Code highlighting for Markdown code blocks, loaded only when a page first shows one.
 *
 * Why it exists: highlight.js with a few languages is larger than the rest of the Markdown path, and
 * most apps never show code; keeping it in its own chunk keeps the eager bundle small. It works on
 * text (`textContent`), never on HTML, so it adds no injection risk.
 */

import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import css from "highlight.js/lib/languages/css";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import python from "highlight.js/lib/languages/python";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";

const LANGUAGES = { bash, css, javascript, json, python, sql, typescript, xml, html: xml, js: javascript, ts: typescript, py: python, sh: bash };
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);

/** Highlight every `<code class="language-x">` under `root` whose language is known. */
export function highlightCode(root: ParentNode): void {
  for (const code of root.querySelectorAll<HTMLElement>("pre code[class*='language-']")) {
    const language = [...code.classList].find((c) => c.startsWith("language-"))?.slice("language-".length);
    if (!language || !hljs.getLanguage(language) || code.dataset.highlighted) continue;
    const { value } = hljs.highlight(code.textContent ?? "", { language, ignoreIllegals: true });
    code.innerHTML = value; // highlight.js escapes the text it wraps in spans
    code.classList.add("hljs");
  }
}
