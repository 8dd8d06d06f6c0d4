// Value rules of the catalog components: choices and lists (js/components/choice-values.ts), slider
// steps, dates, colours, highlighted tokens and labels (each in its component's module) — what the
// page sends and how it reads outputs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const modules = ["choice-values", "slider", "datetime", "colorpicker", "highlightedtext", "label"];
const v = Object.assign({}, ...(await Promise.all(modules.map((m) => loadUi(`components/${m}`)))));

test("choices are [label, value] pairs; bare values label themselves; junk is dropped", () => {
  assert.deepEqual(v.parseChoices([["Apple", "a"], "Cherry", 3, ["N", null], { x: 1 }, ["only"]]), [
    { label: "Apple", value: "a" },
    { label: "Cherry", value: "Cherry" },
    { label: "3", value: 3 },
    { label: "N", value: null },
  ]);
  assert.deepEqual(v.parseChoices(null), []);
  assert.equal(v.parseChoices([[1, 1]])[0].label, "1");
});

test("labels of values: a choice's label, else the value itself (custom values)", () => {
  const choices = v.parseChoices([["Red", "r"], ["One", 1], ["Obj", { k: [1] }]]);
  assert.equal(v.labelFor(choices, "r"), "Red");
  assert.equal(v.labelFor(choices, 1), "One");
  assert.equal(v.labelFor(choices, { k: [1] }), "Obj", "JSON equality, not identity");
  assert.equal(v.labelFor(choices, "gamma"), "gamma");
  assert.equal(v.choiceIndex(choices, "1"), -1, "a string is not the number");
});

test("lists toggle in click order, like Gradio's CheckboxGroup", () => {
  assert.deepEqual(v.toggleValue(["a"], "b"), ["a", "b"]);
  assert.deepEqual(v.toggleValue(["a", "b"], "a"), ["b"]);
  assert.deepEqual(v.toggleValue(["b"], "a"), ["b", "a"]);
  assert.deepEqual(v.toList(null), []);
  assert.deepEqual(v.toList("x"), ["x"]);
  const src = [1];
  assert.notEqual(v.toList(src), src, "a copy, so props are never mutated in place");
});

test("filtering is a case-insensitive substring match on labels", () => {
  const choices = v.parseChoices(["Red", "Green", "Blue", "blueberry"]);
  assert.deepEqual(v.filterChoices(choices, ""), [0, 1, 2, 3]);
  assert.deepEqual(v.filterChoices(choices, "BLU"), [2, 3]);
  assert.deepEqual(v.filterChoices(choices, " re "), [0, 1]);
  assert.deepEqual(v.filterChoices(choices, "zzz"), []);
});

test("slider values snap to min + k*step inside [min, max], without float noise", () => {
  assert.equal(v.snapToStep(4.4, 0, 10, 1), 4);
  assert.equal(v.snapToStep(12, 0, 10, 1), 10);
  assert.equal(v.snapToStep(-3, 0, 10, 1), 0);
  assert.equal(v.snapToStep(0.30000000000000004, 0, 1, 0.1), 0.3);
  assert.equal(v.snapToStep(0.7, 0, 1, 0.1), 0.7);
  assert.equal(v.snapToStep(7, 1, 10, 3), 7);
  assert.equal(v.snapToStep(8.6, 1, 10, 3), 10);
  assert.equal(v.snapToStep(9.9, 1, 9.5, 3), 7, "a max off the grid is not reachable (as in a range input)");
  assert.equal(v.snapToStep(0.00123, 0, 0.01, 0.0001), 0.0012);
  assert.equal(v.snapToStep(5.5, 0, 10, 0), 5.5, "no step: no snapping");
  assert.equal(v.fraction(5, 0, 10), 50);
  assert.equal(v.fraction(15, 0, 10), 100);
  assert.equal(v.fraction(1, 1, 1), 0);
});

test("numbers from JSON numbers or numeric strings only", () => {
  assert.equal(v.toNumber(3), 3);
  assert.equal(v.toNumber(" 2.5 "), 2.5);
  for (const x of ["", "abc", null, undefined, NaN, Infinity, true, [1]]) assert.equal(v.toNumber(x), null, String(x));
});

test("date text is validated like the server parses it (ISO date, optional time, real days)", () => {
  for (const ok of ["", "2024-05-01", "2024-05-01 10:00:00", "2024-05-01T10:00", "2024-02-29", "2024-05-01 23:59:59.5"]) {
    assert.equal(v.isValidDateText(ok), true, ok);
  }
  for (const bad of ["now", "2024-5-1", "2023-02-29", "2024-13-01", "2024-05-01 24:00:00", "2024-05-01 10:60", "x"]) {
    assert.equal(v.isValidDateText(bad), false, bad);
  }
});

test("dates convert between the text value and the native pickers", () => {
  assert.equal(v.dateTextToPicker("2024-05-01 10:20:30", true), "2024-05-01T10:20:30");
  assert.equal(v.dateTextToPicker("2024-05-01", true), "2024-05-01T00:00:00");
  assert.equal(v.dateTextToPicker("2024-05-01 10:20:30", false), "2024-05-01");
  assert.equal(v.dateTextToPicker("garbage", true), "");
  assert.equal(v.pickerToDateText("2024-07-04T08:15", true), "2024-07-04 08:15:00");
  assert.equal(v.pickerToDateText("2024-07-04T08:15:30", true), "2024-07-04 08:15:30");
  assert.equal(v.pickerToDateText("2024-07-04", false), "2024-07-04");
  assert.equal(v.pickerToDateText("", true), "");
});

test("hex colours for <input type=color>", () => {
  assert.equal(v.toHexColor("#FF8800"), "#ff8800");
  assert.equal(v.toHexColor("#f80"), "#ff8800");
  for (const bad of ["red", "#ff88", "ff8800", null, 3]) assert.equal(v.toHexColor(bad), null, String(bad));
});

test("highlighted tokens from dicts or pairs; adjacent same-class tokens combine", () => {
  const tokens = v.parseTokens([
    { token: "The ", class_or_confidence: null },
    ["big", "adj"],
    { token: " cat", class_or_confidence: "adj" },
    { token: "!", class_or_confidence: 0.5 },
    "junk",
  ]);
  assert.deepEqual(tokens, [
    { token: "The ", cls: null },
    { token: "big", cls: "adj" },
    { token: " cat", cls: "adj" },
    { token: "!", cls: 0.5 },
  ]);
  assert.deepEqual(v.combineAdjacent(tokens, "_"), [
    { token: "The ", cls: null },
    { token: "big_ cat", cls: "adj" },
    { token: "!", cls: 0.5 },
  ]);
  assert.deepEqual(v.combineAdjacent(v.combineAdjacent(tokens)), v.combineAdjacent(tokens), "idempotent");
});

test("label values: dicts with confidences, bare labels, null", () => {
  assert.deepEqual(v.parseLabel({ label: "cat", confidences: [{ label: "cat", confidence: 0.9 }, { label: "x" }] }), {
    label: "cat",
    confidences: [{ label: "cat", confidence: 0.9 }],
  });
  assert.deepEqual(v.parseLabel("dog"), { label: "dog", confidences: [] });
  assert.deepEqual(v.parseLabel(7), { label: "7", confidences: [] });
  assert.deepEqual(v.parseLabel(null), { label: null, confidences: [] });
  assert.deepEqual(v.parseLabel({ label: null, confidences: [] }), { label: null, confidences: [] });
});
