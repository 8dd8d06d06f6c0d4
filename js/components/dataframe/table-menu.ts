/**
 * The Dataframe's cell menu (right-click, or the ⋮ key "ContextMenu"): add a row above or below,
 * delete the row, add a column left or right, delete the column.
 *
 * Why it exists: Gradio lets the user reshape a table whose `row_count` / `column_count` is
 * "dynamic"; the menu offers only what the counts allow (and no column changes when
 * `static_columns` are set). It is a plain list of buttons, closed by Escape, a pick, or a click
 * elsewhere.
 */

export interface MenuAction {
  label: string;
  run(): void;
}

export class TableMenu {
  readonly el = document.createElement("div");
  private readonly closeOnOutside = (e: Event): void => {
    if (!(e.target instanceof Node) || !this.el.contains(e.target)) this.close();
  };

  constructor() {
    this.el.className = "blocklite-dataframe-menu";
    this.el.setAttribute("role", "menu");
    this.el.hidden = true;
    this.el.addEventListener("keydown", (e) => {
      if (e.key === "Escape") {
        e.stopPropagation();
        this.close();
      }
    });
  }

  /** Show `actions` at (x, y) relative to the block; nothing when there are none. */
  open(actions: MenuAction[], x: number, y: number): void {
    if (actions.length === 0) return;
    const buttons = actions.map((action) => {
      const b = document.createElement("button");
      b.type = "button";
      b.setAttribute("role", "menuitem");
      b.textContent = action.label;
      b.addEventListener("click", () => {
        this.close();
        action.run();
      });
      return b;
    });
    this.el.replaceChildren(...buttons);
    this.el.style.left = `${x}px`;
    this.el.style.top = `${y}px`;
    this.el.hidden = false;
    buttons[0].focus();
    setTimeout(() => document.addEventListener("pointerdown", this.closeOnOutside), 0);
  }

  close(): void {
    if (this.el.hidden) return;
    this.el.hidden = true;
    document.removeEventListener("pointerdown", this.closeOnOutside);
  }
}
