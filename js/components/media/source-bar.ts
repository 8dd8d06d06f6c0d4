/**
 * The row of source buttons under Audio and Video ("Upload" / "Microphone" / "Webcam").
 *
 * Why it exists: both components switch between the sources the app allows the same way; the bar
 * is rebuilt only when the shown sources or the chosen one change, and is hidden with fewer than two.
 */

import { setHidden } from "../../lib/dom";

export class SourceBar<S extends string> {
  readonly el = document.createElement("div");

  constructor(
    private readonly kind: string,
    private readonly names: Record<S, string>,
    private readonly onPick: (source: S) => void,
  ) {
    this.el.className = `blocklite-${kind}-sources`;
    this.el.setAttribute("role", "toolbar");
    this.el.setAttribute("aria-label", `${kind[0]!.toUpperCase()}${kind.slice(1)} source`);
  }

  /** Show `shown` with `chosen` pressed. */
  show(shown: readonly S[], chosen: S): void {
    setHidden(this.el, shown.length < 2);
    const key = JSON.stringify([shown, chosen]);
    if (this.el.dataset.key === key) return;
    this.el.dataset.key = key;
    this.el.replaceChildren(
      ...shown.map((source) => {
        const b = document.createElement("button");
        b.type = "button";
        b.className = `blocklite-${this.kind}-source`;
        b.dataset.source = source;
        b.textContent = this.names[source];
        b.setAttribute("aria-pressed", String(source === chosen));
        b.addEventListener("click", () => this.onPick(source));
        return b;
      }),
    );
  }
}
