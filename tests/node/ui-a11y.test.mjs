// Accessibility helpers without a DOM: what a running event's progress says to screen readers
// (js/status/announce.ts). It must change only on steps worth hearing, never with the ticking timer.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { spokenProgress } = await loadUi("status/announce");
const { parseProgress } = await loadUi("status/progress-overlay");

test("progress is spoken in steps of 10 %, with its description", () => {
  const at = (index) => spokenProgress(parseProgress([{ index, length: 40, unit: "steps", desc: "Crunching" }]), null);
  assert.equal(at(0), "Crunching 0%");
  assert.equal(at(3), "Crunching 0%"); // 7.5 %: no new sentence, so no new announcement
  assert.equal(at(4), "Crunching 10%");
  assert.equal(at(39), "Crunching 90%");
  assert.equal(at(40), "Crunching 100%");
  const spoken = new Set(Array.from({ length: 41 }, (_, i) => at(i)));
  assert.equal(spoken.size, 11);
});

test("progress without a description, a description alone, and the innermost level", () => {
  assert.equal(spokenProgress(parseProgress([{ progress: 0.37 }]), null), "30%");
  assert.equal(spokenProgress(parseProgress([{ desc: "Loading model" }]), null), "Loading model");
  const nested = parseProgress([{ desc: "outer", index: 1, length: 2 }, { desc: "inner", index: 9, length: 10 }]);
  assert.equal(spokenProgress(nested, null), "inner 90%");
});

test("queue positions are spoken; plain processing says nothing", () => {
  assert.equal(spokenProgress(null, { rank: 2, size: 5 }), "Queued: 3 of 5");
  assert.equal(spokenProgress(null, { rank: 0, size: 1 }), "");
  assert.equal(spokenProgress(null, null), "");
});
