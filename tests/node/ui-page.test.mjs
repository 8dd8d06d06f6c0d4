// js/page/page-options.ts: when an app may set document.title (the DOM parts run in the browser tests).
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { ownsTitle, parseTitleMode } = await loadUi("page/page-options");

test("data-title: absent is auto, false/off/no is off, anything else is on", () => {
  assert.equal(parseTitleMode(undefined), "auto");
  for (const v of ["", "true", "on", "yes", "x"]) assert.equal(parseTitleMode(v), "on", v);
  for (const v of ["false", "OFF", " no "]) assert.equal(parseTitleMode(v), "off", v);
});

test("auto: the only app on a page without a title of its own owns the title", () => {
  assert.equal(ownsTitle("auto", 1, false), true);
  assert.equal(ownsTitle("auto", 2, false), false, "two apps: neither owns the page");
  assert.equal(ownsTitle("auto", 1, true), false, "the page named itself");
  assert.equal(ownsTitle("on", 3, true), true, "the script tag opted in");
  assert.equal(ownsTitle("off", 1, false), false, "the script tag opted out");
});
