/**
 * Code highlighting for Markdown code blocks and gr.Code, loaded only when a page first shows code.
 *
 * Why it exists: highlight.js with a few languages is larger than the rest of the Markdown path, and
 * most apps never show code; keeping it in its own chunk keeps the eager bundle small. It works on
 * text (`textContent`), never on HTML, so it adds no injection risk.
 */

import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import css from "highlight.js/lib/languages/css";
import dockerfile from "highlight.js/lib/languages/dockerfile";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import latex from "highlight.js/lib/languages/latex";
import markdown from "highlight.js/lib/languages/markdown";
import python from "highlight.js/lib/languages/python";
import r from "highlight.js/lib/languages/r";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import xml from "highlight.js/lib/languages/xml";
import yaml from "highlight.js/lib/languages/yaml";

/** Markdown fence names and gr.Code's `language` values (Gradio's names: "shell", "dockerfile", ...). */
const LANGUAGES = {
  bash, c, cpp, css, dockerfile, javascript, json, latex, markdown, python, r, sql, typescript, xml, yaml,
  html: xml, js: javascript, ts: typescript, py: python, sh: bash, shell: bash, md: markdown, yml: yaml,
};
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

/**
 * `text` highlighted as `language`, one element per line (gr.Code numbers and wraps lines), or null
 * when the language is unknown. A token that spans lines (a docstring) is split into one span per
 * line with the same classes, so every line stands alone.
 */
export function highlightLines(text: string, name: string): HTMLElement[] | null {
  const language = name.startsWith("sql-") ? "sql" : name; // gr.Code's SQL dialects share one grammar
  if (!hljs.getLanguage(language)) return null;
  const parsed = document.createElement("template");
  parsed.innerHTML = hljs.highlight(text, { language, ignoreIllegals: true }).value;
  const lines = [codeLine()];
  const walk = (node: Node, classes: readonly string[]): void => {
    for (const child of node.childNodes) {
      if (child instanceof Element) {
        walk(child, [...classes, child.className]);
        continue;
      }
      (child.textContent ?? "").split("\n").forEach((part, i) => {
        if (i > 0) lines.push(codeLine());
        if (part) lines[lines.length - 1].append(wrapped(part, classes));
      });
    }
  };
  walk(parsed.content, []);
  if (lines.length > 1 && lines[lines.length - 1].childNodes.length === 0) lines.pop();
  return lines;
}

function codeLine(): HTMLElement {
  const line = document.createElement("span");
  line.className = "blocklite-code-line";
  return line;
}

function wrapped(text: string, classes: readonly string[]): Node {
  let node: Node = document.createTextNode(text);
  for (let i = classes.length - 1; i >= 0; i--) {
    const span = document.createElement("span");
    span.className = classes[i];
    span.append(node);
    node = span;
  }
  return node;
}
