/**
 * The Dataframe's keyboard, as a pure function: which key on the grid does what.
 *
 * Why it exists: the spreadsheet keys (arrows, Home/End, PageUp/PageDown, Tab, Enter/F2 to edit,
 * typing over a cell, Delete to clear it, Ctrl+C to copy it, the menu key) are easier to get right, and to test under Node, apart from
 * the DOM that performs them (dataframe.ts).
 */

export interface Cursor {
  position: number;
  col: number;
}

export type KeyAction =
  | { kind: "move"; to: Cursor }
  | { kind: "edit"; text: string | null }
  | { kind: "menu" }
  | { kind: "copy" }
  | { kind: "clear" }
  | { kind: "none" };

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const PAGE = 10;
const STARTS = new Set(["ArrowDown", "ArrowUp", "ArrowLeft", "ArrowRight", "Home", "End", "PageDown", "PageUp"]);

/** What `e` does on a grid of `rows` × `cols` with the active cell `active` (null: none yet). */
export function keyAction(e: KeyInput, active: Cursor | null, rows: number, cols: number): KeyAction {
  if (rows === 0 || cols === 0) return { kind: "none" };
  const clamp = (position: number, col: number): KeyAction => ({
    kind: "move",
    to: { position: Math.max(0, Math.min(rows - 1, position)), col: Math.max(0, Math.min(cols - 1, col)) },
  });
  if (!active) return STARTS.has(e.key) ? clamp(0, 0) : { kind: "none" };
  const { position, col } = active;
  switch (e.key) {
    case "ArrowDown":
      return clamp(position + 1, col);
    case "ArrowUp":
      return clamp(position - 1, col);
    case "ArrowLeft":
      return clamp(position, col - 1);
    case "ArrowRight":
      return clamp(position, col + 1);
    case "Home":
      return clamp(e.ctrlKey ? 0 : position, 0);
    case "End":
      return clamp(e.ctrlKey ? rows - 1 : position, cols - 1);
    case "PageDown":
      return clamp(position + PAGE, col);
    case "PageUp":
      return clamp(position - PAGE, col);
    case "Tab": {
      const next = col + (e.shiftKey ? -1 : 1);
      return next >= 0 && next < cols ? clamp(position, next) : { kind: "none" }; // else leave the grid
    }
    case "Enter":
    case "F2":
      return { kind: "edit", text: null };
    case "ContextMenu":
      return { kind: "menu" };
    case "Delete":
    case "Backspace":
      return { kind: "clear" };
    default:
      if (e.shiftKey && e.key === "F10") return { kind: "menu" };
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "c") return { kind: "copy" };
      if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) return { kind: "edit", text: e.key };
      return { kind: "none" };
  }
}
