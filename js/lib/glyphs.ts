/**
 * Small line icons drawn as inline SVG (download, fullscreen, close...), in the text colour.
 *
 * Why it exists: a Unicode glyph such as ⛶ is missing from many system fonts and shows as a box;
 * an SVG path draws the same everywhere. The paths are constants of this module, never markup
 * from the wire.
 */

const PATHS = {
  download: "M12 4v11M7 10l5 5 5-5M5 20h14",
  fullscreen: "M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5",
  close: "M6 6l12 12M18 6 6 18",
  upload: "M12 15V4M7 9l5-5 5 5M5 20h14",
  previous: "M15 5l-7 7 7 7",
  next: "M9 5l7 7-7 7",
} as const;

export type GlyphName = keyof typeof PATHS;

const SVG = "http://www.w3.org/2000/svg";

/** An `aria-hidden` 1em icon; the button holding it carries the accessible name. */
export function glyph(name: GlyphName): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("width", "1em");
  svg.setAttribute("height", "1em");
  svg.setAttribute("fill", "none");
  svg.setAttribute("stroke", "currentColor");
  svg.setAttribute("stroke-width", "2");
  svg.setAttribute("stroke-linecap", "round");
  svg.setAttribute("stroke-linejoin", "round");
  svg.setAttribute("aria-hidden", "true");
  svg.classList.add("blocklite-glyph");
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", PATHS[name]);
  svg.append(path);
  return svg;
}
