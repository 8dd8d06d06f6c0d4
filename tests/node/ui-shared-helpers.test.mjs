// The small helpers the components share (js/clipboard.ts, js/components/sanitize.ts's escapeHtml):
// each copy button and each escaping site relies on these, so their contracts are checked here.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { copyText } = await loadUi("lib/clipboard");
const { escapeHtml } = await loadUi("components/sanitize");

function withClipboard(clipboard, run) {
  const saved = Object.getOwnPropertyDescriptor(globalThis, "navigator");
  Object.defineProperty(globalThis, "navigator", { value: { clipboard }, configurable: true });
  try {
    return run();
  } finally {
    if (saved) Object.defineProperty(globalThis, "navigator", saved);
    else delete globalThis.navigator;
  }
}

test("copyText writes the text and then calls done", async () => {
  const written = [];
  let done = 0;
  withClipboard({ writeText: async (text) => void written.push(text) }, () => copyText("hello", () => (done += 1)));
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.deepEqual(written, ["hello"]);
  assert.equal(done, 1);
});

test("copyText never throws: no clipboard, a refusal or a throwing API", async () => {
  let done = 0;
  const count = () => (done += 1);
  withClipboard(undefined, () => copyText("a", count));
  withClipboard({ writeText: () => Promise.reject(new Error("denied")) }, () => copyText("b", count));
  withClipboard({ writeText: () => { throw new Error("insecure"); } }, () => copyText("c", count));
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(done, 0);
});

test("escapeHtml escapes markup characters only", () => {
  assert.equal(escapeHtml(`<a href="x">'&'</a> ok`), "&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62; ok");
});
