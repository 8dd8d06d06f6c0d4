// js/components/multimodal/attachments.ts: a MultimodalTextbox's value read from the wire, which
// picked files it accepts and how a pick joins the attachments (file_count), which show as
// thumbnails, and when pasted text becomes a file. The DOM side is tested in Chromium
// (tests/browser/test_multimodal.py).
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const m = await loadUi("components/multimodal/attachments");

const file = (path, extra = {}) => ({
  path, url: null, size: null, orig_name: null, mime_type: null, is_stream: false,
  meta: { _type: "gradio.FileData" }, ...extra,
});

test("the value: Gradio's {text, files}, a string, or empty for anything else", () => {
  assert.deepEqual(m.asMultimodalValue("hi"), { text: "hi", files: [] });
  assert.deepEqual(m.asMultimodalValue(null), { text: "", files: [] });
  assert.deepEqual(m.asMultimodalValue([1, 2]), { text: "", files: [] });
  assert.deepEqual(m.asMultimodalValue({ text: 3, files: "x" }), { text: "", files: [] });
  const value = m.asMultimodalValue({
    text: "look",
    files: [{ path: "/c/a.png", url: "u", size: 4, orig_name: "a.png", mime_type: "image/png" }, { nopath: 1 }, "b"],
  });
  assert.equal(value.text, "look");
  assert.deepEqual(value.files, [file("/c/a.png", { url: "u", size: 4, orig_name: "a.png", mime_type: "image/png" })]);
});

test("file_count: single replaces, multiple and directory add", () => {
  assert.equal(m.fileCountOf("multiple"), "multiple");
  assert.equal(m.fileCountOf("directory"), "directory");
  assert.equal(m.fileCountOf("lots"), "single");
  assert.deepEqual(m.toUpload(["a", "b"], "single"), ["a"]);
  assert.deepEqual(m.toUpload(["a", "b"], "multiple"), ["a", "b"]);
  const a = file("/a"), b = file("/b"), c = file("/c");
  assert.deepEqual(m.joinFiles([a], [b], "single"), [b]);
  assert.deepEqual(m.joinFiles([a], [b, c], "multiple"), [a, b, c]);
  assert.deepEqual(m.joinFiles([a], [], "single"), [a]);
  assert.deepEqual(m.withoutFile([a, b, c], 1), [a, c]);
});

test("file_types sorts picked files into accepted and refused", () => {
  const png = { name: "a.png", type: "image/png" };
  const pdf = { name: "b.pdf", type: "application/pdf" };
  assert.deepEqual(m.sortByType([png, pdf], ["image"]), { accepted: [png], refused: [pdf] });
  assert.deepEqual(m.sortByType([png, pdf], null), { accepted: [png, pdf], refused: [] });
  assert.deepEqual(m.sortByType([png, pdf], [".PDF"]), { accepted: [pdf], refused: [png] });
});

test("thumbnails for images (MIME, else extension), never for SVG", () => {
  assert.equal(m.isImageFile(file("/x/a.png", { mime_type: "image/png" })), true);
  assert.equal(m.isImageFile(file("/x/photo.JPG")), true);
  assert.equal(m.isImageFile(file("/x/a.svg", { mime_type: "image/svg+xml" })), false);
  assert.equal(m.isImageFile(file("/x/a.png", { mime_type: "text/plain" })), false);
  assert.equal(m.isImageFile(file("/x/notes.txt")), false);
});

test("the redraw key follows paths and URLs; long pasted text becomes a file", () => {
  assert.equal(m.filesKey([file("/a")]), m.filesKey([file("/a")]));
  assert.notEqual(m.filesKey([file("/a")]), m.filesKey([file("/a", { url: "u" })]));
  assert.equal(m.pastedTextIsFile("x".repeat(1001), 1000), true);
  assert.equal(m.pastedTextIsFile("x".repeat(1000), 1000), false);
  assert.equal(m.pastedTextIsFile("x".repeat(5000), null), false);
});
