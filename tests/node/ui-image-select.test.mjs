// gr.Image's select coordinates (js/components/image/select.ts): a click maps back to the
// image's own pixels through the contain-fit scale and its letterbox.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadUi } from "./ui-bundle.mjs";

const { pixelAt } = await loadUi("components/image/select");
const natural = { width: 8, height: 6 };

test("a box of the image's own shape: the pixel under the point", () => {
  const box = { left: 10, top: 20, width: 80, height: 60 };
  assert.deepEqual(pixelAt(box, natural, 10, 20), [0, 0]);
  assert.deepEqual(pixelAt(box, natural, 10 + 65, 20 + 15), [6, 1]);
  assert.deepEqual(pixelAt(box, natural, 89.9, 79.9), [7, 5]);
  assert.equal(pixelAt(box, natural, 90, 50), null, "the right edge is outside");
});

test("a letterboxed picture: the bands are no pixel", () => {
  const box = { left: 0, top: 0, width: 160, height: 60 }; // picture 80 wide, centred: 40 px bands
  assert.equal(pixelAt(box, natural, 20, 30), null);
  assert.deepEqual(pixelAt(box, natural, 40, 0), [0, 0]);
  assert.deepEqual(pixelAt(box, natural, 119, 59), [7, 5]);
  assert.equal(pixelAt(box, natural, 121, 30), null);
});

test("no size yet: null", () => {
  assert.equal(pixelAt({ left: 0, top: 0, width: 0, height: 0 }, natural, 0, 0), null);
  assert.equal(pixelAt({ left: 0, top: 0, width: 10, height: 10 }, { width: 0, height: 0 }, 1, 1), null);
});
