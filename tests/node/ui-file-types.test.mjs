// js/lib/file-types.ts: the page's `file_types` rule must match the worker's
// (tests/py/components/test_file_types.py checks the same cases there).
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { acceptFor, isAcceptedFile, invalidFileTypeMessage, fileTypesOf } = await loadUi("lib/file-types");

test("acceptFor maps categories to MIME wildcards and keeps extensions", () => {
  assert.equal(acceptFor(["image", ".pdf"]), "image/*, .pdf");
  assert.equal(acceptFor(null), "");
  assert.equal(acceptFor(["file", ".txt"]), "");
});

test("isAcceptedFile: extension (case-insensitive, not the whole name), category by MIME, 'file'", () => {
  assert.equal(isAcceptedFile({ name: "Report.PDF", type: "application/pdf" }, [".pdf"]), true);
  assert.equal(isAcceptedFile({ name: ".pdf", type: "" }, [".pdf"]), false);
  assert.equal(isAcceptedFile({ name: "a.png", type: "image/png" }, ["image"]), true);
  assert.equal(isAcceptedFile({ name: "a.txt", type: "text/plain" }, ["image", ".csv"]), false);
  assert.equal(isAcceptedFile({ name: "a.bin", type: "" }, ["file"]), true);
  assert.equal(isAcceptedFile({ name: "a.bin", type: "" }, null), true);
});

test("the message is Gradio's, naming the list as Python prints it", () => {
  assert.equal(
    invalidFileTypeMessage(["image", ".pdf"]),
    "Invalid file type. Please upload a file that is one of these formats: ['image', '.pdf']",
  );
  assert.deepEqual(fileTypesOf(["a", 3, ".b"]), ["a", ".b"]);
  assert.equal(fileTypesOf("image"), null);
});
