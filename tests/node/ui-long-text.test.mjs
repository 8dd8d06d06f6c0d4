// Long-text helpers (js/lib/md-chunks.ts, js/lib/direction.ts): how a long Markdown value is cut
// into pieces that render one per task, and the explicit direction a long Textbox value gets.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { splitMarkdown, CHUNK_AT } = await loadUi("lib/md-chunks");
const { directionFor, LONG_TEXT } = await loadUi("lib/direction");

const paragraphs = (n) => Array.from({ length: n }, (_, i) => `Paragraph ${i} with some words in it.`).join("\n\n");

test("a short text is one piece", () => {
  assert.deepEqual(splitMarkdown("a\n\nb", 100), ["a\n\nb"]);
});

test("pieces are cut at blank lines, about `size` long, and join back to the source", () => {
  const source = paragraphs(2000);
  const pieces = splitMarkdown(source, 5000);
  assert.ok(pieces.length > 10);
  assert.equal(pieces.join("\n"), source);
  for (const [i, piece] of pieces.slice(0, -1).entries()) {
    assert.ok(piece.length >= 5000 && piece.length < 5100, `${piece.length}`);
    assert.ok(piece.endsWith("."), "a piece ends with a whole paragraph");
    assert.ok(pieces[i + 1].startsWith("\nParagraph"), "the next starts at the blank line");
  }
});

test("no cut inside a code fence, even at its blank lines", () => {
  const fence = "```\n" + Array.from({ length: 400 }, (_, i) => `line ${i}\n`).join("\n") + "```";
  const source = `${paragraphs(5)}\n\n${fence}\n\n${paragraphs(5)}`;
  const pieces = splitMarkdown(source, 100);
  assert.equal(pieces.join("\n"), source);
  assert.equal(pieces.filter((p) => p.includes("```")).length, 1, "the fence stays in one piece");
  assert.ok(pieces.some((p) => p.includes(fence)));
});

test("the threshold is well above ordinary values", () => {
  assert.ok(CHUNK_AT >= 100_000);
});

test("direction: auto for ordinary values; the first letter decides for long ones", () => {
  assert.equal(directionFor("שלום"), "auto");
  assert.equal(directionFor("x".repeat(LONG_TEXT + 1)), "ltr");
  assert.equal(directionFor("123 " + "שלום ".repeat(LONG_TEXT / 4)), "rtl");
  assert.equal(directionFor("  مرحبا " + "a".repeat(LONG_TEXT)), "rtl");
  assert.equal(directionFor("1".repeat(LONG_TEXT + 1)), "ltr");
});
