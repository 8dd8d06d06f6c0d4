// js/page/custom-css.ts: the selector rewriting (the CSSOM walk itself runs in the browser tests).
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { scopeSelector } = await loadUi("page/custom-css");

test("css selectors are scoped under the app root; app-level selectors mean the root", () => {
  const s = (sel) => scopeSelector(sel, "#app-1");
  assert.equal(s("#warning"), "#app-1 #warning");
  assert.equal(s(".feedback textarea"), "#app-1 .feedback textarea");
  assert.equal(s(".gradio-container"), "#app-1");
  assert.equal(s(".gradio-container .x"), "#app-1 .x");
  assert.equal(s(".gradio-container > .x"), "#app-1 > .x");
  assert.equal(s(".gradio-container.dark .x"), "#app-1.dark .x");
  assert.equal(s("body"), "#app-1");
  assert.equal(s("html body .gradio-container button:hover"), "#app-1 button:hover");
  assert.equal(s(":root"), "#app-1");
  assert.equal(s(".gradio-container-6 .x"), "#app-1 .gradio-container-6 .x", "only the exact class is the root");
  assert.equal(s("#a, .b"), "#app-1 #a, #app-1 .b");
  assert.equal(s(':is(.a, .b) [title="x, y"]'), '#app-1 :is(.a, .b) [title="x, y"]');
  assert.equal(s("bodyguard"), "#app-1 bodyguard");
});

test("a leading .dark is the app root in dark mode (the class sits on the root)", () => {
  const s = (sel) => scopeSelector(sel, "#app-1");
  assert.equal(s(".dark .x"), "#app-1.dark .x");
  assert.equal(s(".dark"), "#app-1.dark");
  assert.equal(s(".dark > .x"), "#app-1.dark > .x");
  assert.equal(s(".dark.compact .x"), "#app-1.dark.compact .x");
  assert.equal(s(".dark .gradio-container .x"), "#app-1.dark .x");
  assert.equal(s("body.dark .x"), "#app-1.dark .x");
  assert.equal(s(".darker .x"), "#app-1 .darker .x", "only the exact class");
});
