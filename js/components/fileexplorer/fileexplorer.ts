/**
 * FileExplorer: the files under the app's `root_dir` as a tree with checkboxes; the value is the
 * checked paths (Gradio's FileExplorerData: each path a list of its parts).
 *
 * Why it exists: gr.FileExplorer lets a user pick files of the app's own filesystem (here the
 * worker's). Folders open on click and are listed then (listing.ts); `file_count="single"` keeps
 * one path checked. Checking fires `input` and `change`, clicking a name `select`
 * (`{index, value: path parts, selected}`). Names are text, never markup.
 */

import { type Dict, isNumber } from "../../lib/guards";
import { Component, type ComponentContext, applyLabel } from "../base";
import { componentSpec } from "../spec";
import { type Entry, listFolder } from "./listing";
import fileExplorerCss from "./fileexplorer.css";

type Path = string[];

/** The checked paths from the wire (a list of lists of strings). */
export function pathsOf(x: unknown): Path[] {
  if (!Array.isArray(x)) return [];
  return x.filter((p): p is unknown[] => Array.isArray(p)).map((p) => p.filter((s): s is string => typeof s === "string"));
}

const key = (path: Path): string => JSON.stringify(path);

function cssSize(x: unknown): string {
  return isNumber(x) ? `${x}px` : typeof x === "string" ? x : "";
}

export class FileExplorer extends Component {
  private readonly title = document.createElement("span");
  private readonly tree = document.createElement("ul");
  private readonly boxes = new Map<string, HTMLInputElement>();
  private loaded = false;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.title.className = "blocklite-label";
    this.title.id = this.controlId("label");
    this.tree.className = "blocklite-fileexplorer-tree";
    this.tree.setAttribute("role", "tree");
    this.tree.setAttribute("aria-labelledby", this.title.id);
    const head = document.createElement("div");
    head.className = "blocklite-block-head";
    head.append(this.title);
    this.el.append(head, this.tree);
    this.render();
  }

  render(): void {
    const p = this.props;
    this.applyOuter(p.container === false ? [] : ["blocklite-container"]);
    applyLabel(this.title, p, "File Explorer");
    this.tree.style.height = cssSize(p.height);
    this.tree.style.maxHeight = cssSize(p.max_height);
    this.tree.style.minHeight = cssSize(p.min_height);
    if (!this.loaded) {
      this.loaded = true;
      void this.fill(this.tree, []);
    }
    const checked = new Set(pathsOf(p.value).map(key));
    for (const [k, box] of this.boxes) {
      box.checked = checked.has(k);
      box.disabled = !this.interactive;
    }
  }

  getValue(): unknown {
    return pathsOf(this.props.value);
  }

  /** List folder `path` into `list` (replacing a "Loading" line). */
  private async fill(list: HTMLElement, path: Path): Promise<void> {
    const loading = document.createElement("li");
    loading.className = "blocklite-fileexplorer-note";
    loading.textContent = "Loading…";
    list.replaceChildren(loading);
    let entries: Entry[];
    try {
      entries = await listFolder(this.ctx.files.rootUrl, this.id, path);
    } catch (err) {
      loading.textContent = "Could not list this folder";
      this.showError("File explorer", err instanceof Error ? err.message : String(err));
      return;
    }
    if (entries.length === 0) loading.textContent = "No files";
    else list.replaceChildren(...entries.map((e) => this.item(e, [...path, e.name])));
  }

  private item(entry: Entry, path: Path): HTMLLIElement {
    const li = document.createElement("li");
    li.setAttribute("role", "treeitem");
    li.className = `blocklite-fileexplorer-${entry.type}`;
    const row = document.createElement("div");
    row.className = "blocklite-fileexplorer-row";
    const checked = new Set(pathsOf(this.props.value).map(key));
    if (entry.valid) {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = checked.has(key(path));
      box.disabled = !this.interactive;
      box.setAttribute("aria-label", `Select ${path.join("/")}`);
      box.addEventListener("change", () => this.toggle(path, box.checked));
      this.boxes.set(key(path), box);
      row.append(box);
    }
    const name = document.createElement("button");
    name.type = "button";
    name.className = "blocklite-fileexplorer-name";
    name.textContent = entry.type === "folder" ? `▸ ${entry.name}` : entry.name;
    row.append(name);
    li.append(row);
    if (entry.type === "folder") {
      const children = document.createElement("ul");
      children.setAttribute("role", "group");
      children.setAttribute("aria-label", path.join("/"));
      children.hidden = true;
      li.setAttribute("aria-expanded", "false");
      li.append(children);
      let listed = false;
      name.addEventListener("click", () => {
        const open = children.hidden;
        children.hidden = !open;
        li.setAttribute("aria-expanded", String(open));
        name.textContent = `${open ? "▾" : "▸"} ${entry.name}`;
        if (open && !listed) {
          listed = true;
          void this.fill(children, path);
        }
        this.selectEvent(path);
      });
    } else {
      name.addEventListener("click", () => {
        if (entry.valid && this.interactive) {
          const box = this.boxes.get(key(path));
          if (box) {
            box.checked = !box.checked;
            this.toggle(path, box.checked);
          }
        }
        this.selectEvent(path);
      });
    }
    return li;
  }

  private selectEvent(path: Path): void {
    if (this.ctx.hasListener(this.id, "select")) this.ctx.trigger(this.id, "select", { index: path, value: path, selected: true });
  }

  private toggle(path: Path, on: boolean): void {
    if (!this.interactive) return;
    const single = this.props.file_count === "single";
    let paths = pathsOf(this.props.value).filter((p) => key(p) !== key(path));
    if (on) paths = single ? [path] : [...paths, path];
    this.props.value = paths;
    this.render();
    this.ctx.trigger(this.id, "input");
    this.ctx.trigger(this.id, "change");
  }
}

export const fileExplorerSpec = componentSpec(FileExplorer, { css: fileExplorerCss });
