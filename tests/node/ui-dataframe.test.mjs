// gr.Dataframe's table logic (js/components/dataframe/table-model.ts): the wire value, sorting
// (a view over the data, which keeps its order), search and per-column filters, edits typed by
// the column's datatype, rows and columns added and removed, and the TSV copy.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { TableModel, tableValue, parseCell, matchesFilter, columnTypes } = await loadUi("components/dataframe/table-model");
const { entriesOf } = await loadUi("components/fileexplorer/listing");
const { pathsOf } = await loadUi("components/fileexplorer/fileexplorer");

const value = () => tableValue({
  headers: ["name", "n"],
  data: [["b", 10], ["a", 9], ["c", null], ["A", 100]],
  metadata: null,
});
const names = (m) => m.view.map((r) => m.data[r][0]);

test("the wire value: malformed rows and cells are made safe", () => {
  const v = tableValue({ headers: ["x", 2], data: [[1, { a: 1 }], "bad", [true]], metadata: "no" });
  assert.deepEqual(v, { headers: ["x", "2"], data: [[1, '{"a":1}'], [true]], metadata: null });
  assert.deepEqual(tableValue(null, ["h"]), { headers: ["h"], data: [], metadata: null });
  assert.deepEqual(columnTypes(["number", "oops"], 3), ["number", "str", "str"]);
  assert.deepEqual(columnTypes("bool", 2), ["bool", "bool"]);
});

test("sorting cycles asc, desc, none; numbers by value; empty cells last; data order kept", () => {
  const m = new TableModel(value(), ["str", "number"]);
  m.cycleSort(1);
  assert.deepEqual(names(m), ["a", "b", "A", "c"]);
  m.cycleSort(1);
  assert.deepEqual(names(m), ["A", "b", "a", "c"], "descending, the empty cell still last");
  m.cycleSort(1);
  assert.equal(m.sortDirection, "none");
  assert.deepEqual(names(m), ["b", "a", "c", "A"]);
  m.cycleSort(0);
  assert.deepEqual(names(m).map((s) => s.toLowerCase()), ["a", "a", "b", "c"]);
  assert.deepEqual(m.toValue().data.map((r) => r[0]), ["b", "a", "c", "A"], "the value is unsorted");
});

test("search matches any cell, case-insensitively; filters compare numbers or contain text", () => {
  const m = new TableModel(value(), ["str", "number"]);
  m.setQuery("A");
  assert.deepEqual(names(m), ["a", "A"]);
  m.setQuery("");
  m.setFilter(1, ">=10");
  assert.deepEqual(names(m), ["b", "A"]);
  m.setFilter(1, "");
  m.setFilter(0, "c");
  assert.deepEqual(names(m), ["c"]);
  assert.equal(matchesFilter(5, "!=5"), false);
  assert.equal(matchesFilter("x", "=X"), true);
  assert.equal(matchesFilter(null, "<3"), false, "an empty cell is no number");
});

test("an edit is typed by its column: numbers parsed, bools from text, others kept", () => {
  assert.equal(parseCell(" 4.5 ", "number"), 4.5);
  assert.equal(parseCell("", "number"), null);
  assert.equal(parseCell("four", "number"), "four");
  assert.equal(parseCell("true", "bool"), true);
  assert.equal(parseCell("no", "bool"), false);
  const m = new TableModel({ ...value(), metadata: { styling: [["color: red"]] } }, ["str", "number"]);
  assert.deepEqual(m.setCell(1, 1, "7"), { previous: 9, value: 7 });
  assert.equal(m.setCell(1, 1, "7"), null, "no change, no event");
  assert.equal(m.toValue().data[1][1], 7);
  assert.equal(m.metadata, null, "a Styler's styles no longer match edited data");
});

test("rows and columns are added and removed; the sorted column follows", () => {
  const m = new TableModel(value(), ["str", "number"]);
  m.cycleSort(1);
  m.addColumn(0);
  assert.deepEqual(m.headers, ["3", "name", "n"]);
  assert.equal(m.sortColumn, 2);
  m.addRow(1);
  assert.deepEqual(m.data[1], ["", "", null]);
  assert.equal(m.data.length, 5);
  m.removeRow(1);
  m.removeColumn(0);
  assert.deepEqual(m.toValue().data[0], ["b", 10]);
  m.removeColumn(1);
  assert.equal(m.sortColumn, null);
  m.removeColumn(0);
  assert.deepEqual(m.headers, ["name"], "the last column stays");
});

test("copy is TSV with a header line; tabs and newlines in cells become spaces", () => {
  const m = new TableModel(tableValue({ headers: ["a", "b"], data: [["x\ty", null], [1, true]] }), "str");
  assert.equal(m.toTsv(), "a\tb\nx y\t\n1\ttrue");
});

test("a Styler's display values and styles are read per cell, anything else ignored", () => {
  const m = new TableModel(tableValue({ headers: ["a"], data: [[1.234]], metadata: { display_value: [["1.2"]], styling: [[5]] } }), "number");
  assert.deepEqual(m.styleOf(0, 0), { display: "1.2", css: "" });
  assert.deepEqual(m.styleOf(3, 0), { display: null, css: "" });
});

test("file explorer: ls answers and values from the wire are checked", () => {
  assert.deepEqual(entriesOf([{ name: "a", type: "folder", valid: true }, { name: 3 }, "x", { name: "b" }]), [
    { name: "a", type: "folder", valid: true },
    { name: "b", type: "file", valid: false },
  ]);
  assert.deepEqual(entriesOf({ detail: "no" }), []);
  assert.deepEqual(pathsOf([["a", "b"], "c", [1, "d"]]), [["a", "b"], ["d"]]);
});

const { keyAction } = await loadUi("components/dataframe/keys");
const key = (k, mods = {}) => ({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...mods });

test("keys: arrows and pages move within the grid, Tab leaves it at the edges", () => {
  const at = { position: 2, col: 1 };
  assert.deepEqual(keyAction(key("ArrowDown"), at, 5, 3), { kind: "move", to: { position: 3, col: 1 } });
  assert.deepEqual(keyAction(key("ArrowLeft"), { position: 0, col: 0 }, 5, 3), { kind: "move", to: { position: 0, col: 0 } });
  assert.deepEqual(keyAction(key("PageDown"), at, 5, 3), { kind: "move", to: { position: 4, col: 1 } });
  assert.deepEqual(keyAction(key("End", { ctrlKey: true }), at, 5, 3), { kind: "move", to: { position: 4, col: 2 } });
  assert.deepEqual(keyAction(key("Tab"), at, 5, 3), { kind: "move", to: { position: 2, col: 2 } });
  assert.deepEqual(keyAction(key("Tab"), { position: 2, col: 2 }, 5, 3), { kind: "none" });
  assert.deepEqual(keyAction(key("Tab", { shiftKey: true }), { position: 2, col: 0 }, 5, 3), { kind: "none" });
  assert.deepEqual(keyAction(key("ArrowDown"), null, 5, 3), { kind: "move", to: { position: 0, col: 0 } }, "the first key picks the first cell");
  assert.deepEqual(keyAction(key("ArrowDown"), at, 0, 3), { kind: "none" });
});

test("keys: Enter/F2 edit, a character types over, the menu key opens the menu, shortcuts pass", () => {
  const at = { position: 0, col: 0 };
  assert.deepEqual(keyAction(key("Enter"), at, 2, 2), { kind: "edit", text: null });
  assert.deepEqual(keyAction(key("F2"), at, 2, 2), { kind: "edit", text: null });
  assert.deepEqual(keyAction(key("x"), at, 2, 2), { kind: "edit", text: "x" });
  assert.deepEqual(keyAction(key("s", { ctrlKey: true }), at, 2, 2), { kind: "none" }, "a shortcut passes");
  assert.deepEqual(keyAction(key("ContextMenu"), at, 2, 2), { kind: "menu" });
  assert.deepEqual(keyAction(key("F10", { shiftKey: true }), at, 2, 2), { kind: "menu" });
  assert.deepEqual(keyAction(key("x"), null, 2, 2), { kind: "none" });
});

test("keys: Delete and Backspace clear, Ctrl/Cmd+C copies the cell", () => {
  const at = { position: 0, col: 0 };
  assert.deepEqual(keyAction(key("Delete"), at, 2, 2), { kind: "clear" });
  assert.deepEqual(keyAction(key("Backspace"), at, 2, 2), { kind: "clear" });
  assert.deepEqual(keyAction(key("c", { ctrlKey: true }), at, 2, 2), { kind: "copy" });
  assert.deepEqual(keyAction(key("C", { metaKey: true }), at, 2, 2), { kind: "copy" });
  assert.deepEqual(keyAction(key("c", { ctrlKey: true, altKey: true }), at, 2, 2), { kind: "none" });
});

test("select data names the data row, whatever the sort", () => {
  const m = new TableModel(value(), ["str", "number"]);
  m.cycleSort(0);
  assert.deepEqual(m.selectData(1, 1), { index: [1, 1], value: 9, row_value: ["a", 9], col_value: [10, 9, null, 100], selected: true });
});
