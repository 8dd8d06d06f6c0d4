/**
 * Where on an image a click landed, in the image's own pixels (`gr.SelectData.index = [x, y]`).
 *
 * Why it exists: the image is shown scaled to fit its frame (`object-fit: contain`), so the point
 * under the pointer must be mapped back through that scale and the letterbox around it. A click
 * on the letterbox is no pixel: null. Pure arithmetic, so it is unit-tested in Node.
 */

export interface ShownBox {
  /** The `<img>` element's box on screen (getBoundingClientRect). */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The pixel `[x, y]` of an image of `natural` size shown contained in `box`, under the point
 * (`clientX`, `clientY`); null outside the picture (or before it has a size). */
export function pixelAt(
  box: ShownBox,
  natural: { width: number; height: number },
  clientX: number,
  clientY: number,
): [number, number] | null {
  if (natural.width <= 0 || natural.height <= 0 || box.width <= 0 || box.height <= 0) return null;
  const scale = Math.max(natural.width / box.width, natural.height / box.height);
  const offsetX = (box.width - natural.width / scale) / 2;
  const offsetY = (box.height - natural.height / scale) / 2;
  const x = Math.floor((clientX - box.left - offsetX) * scale);
  const y = Math.floor((clientY - box.top - offsetY) * scale);
  if (x < 0 || y < 0 || x >= natural.width || y >= natural.height) return null;
  return [x, y];
}
