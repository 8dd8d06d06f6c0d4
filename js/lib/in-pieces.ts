/**
 * Filling an element with very many nodes without freezing the page.
 *
 * Why it exists: a multi-megabyte value shown as one node per line or token (gr.Code's lines,
 * gr.HighlightedText's tokens) costs seconds of DOM work and layout in a single task. `Pieces`
 * puts the first `PIECE` nodes in at once and the rest one piece per task, with `data-rendering`
 * on the element until the last one is in (as long Markdown does, js/components/markdown.ts); a new
 * value cancels what is still pending.
 */

/** Nodes added per task. */
export const PIECE = 2000;

export class Pieces {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly parent: HTMLElement) {}

  /**
   * Replace the element's children by `make(item)` for every item (in pieces when many). With
   * `wrap`, each piece of a long list goes into the element `wrap(first index, count)` returns
   * (e.g. one with `content-visibility: auto`, so pieces off screen cost no layout). `tail` goes
   * after the last item (a closing bracket).
   */
  fill<T>(items: readonly T[], make: (item: T) => Node, wrap?: (first: number, count: number) => HTMLElement, tail?: Node): void {
    this.cancel();
    const piece = (first: number): Node[] => {
      const nodes = items.slice(first, first + PIECE).map(make);
      if (!wrap || items.length <= PIECE) return nodes;
      const holder = wrap(first, nodes.length);
      holder.append(...nodes);
      return [holder];
    };
    this.parent.replaceChildren(...piece(0));
    if (items.length <= PIECE) {
      if (tail) this.parent.append(tail);
      return;
    }
    this.parent.dataset.rendering = "";
    let next = PIECE;
    const step = (): void => {
      this.parent.append(...piece(next));
      next += PIECE;
      if (next < items.length) {
        this.timer = setTimeout(step, 0);
        return;
      }
      if (tail) this.parent.append(tail);
      this.cancel();
    };
    this.timer = setTimeout(step, 0);
  }

  /** Stop adding what is still pending (a new value, or the component is going away); also how a
   * fill that is done clears its timer and `data-rendering`. */
  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    delete this.parent.dataset.rendering;
  }
}
