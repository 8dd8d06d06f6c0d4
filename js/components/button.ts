/**
 * Button: a native `<button>` showing `props.value`.
 *
 * Why it exists: buttons are the usual event source (`click`). Variant and size become classes both in
 * Gradio's spelling (`primary lg`, for user CSS written for Gradio) and prefixed
 * (`blocklite-variant-primary blocklite-size-lg`). A `link` prop opens that URL in a new tab; an
 * `icon` URL (http(s), relative, or a data: image) is shown before the text.
 */

import { type Dict, str } from "../lib/guards";
import { mayFetch } from "../page/network";
import { Component, type ComponentContext } from "./base";
import { componentSpec } from "./spec";

const VARIANTS = new Set(["primary", "secondary", "stop", "huggingface"]);
const SIZES = new Set(["sm", "md", "lg"]);

export class Button extends Component {
  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    // Gradio's Button defaults to interactive=True (and sends it); be lenient when the prop is absent.
    if (typeof this.props.interactive !== "boolean") this.interactive = true;
    this.el.addEventListener("click", () => {
      if (!this.interactive) return;
      const link = this.props.link;
      if (typeof link === "string" && link) window.open(link, "_blank", "noopener");
      this.ctx.trigger(this.id, "click");
    });
    this.render();
  }

  protected tagName(): string {
    return "button";
  }

  /** Gradio shows no progress on buttons (an output button keeps its label). */
  get showsStatus(): boolean {
    return false;
  }

  /** The text on the button: its value (a file button shows its label instead). */
  protected buttonText(): string {
    const value = this.props.value;
    return value === null || value === undefined ? "" : String(value);
  }

  render(): void {
    const p = this.props;
    const variant = VARIANTS.has(str(p.variant)) ? str(p.variant) : "secondary";
    const size = SIZES.has(str(p.size)) ? str(p.size) : "lg";
    this.applyOuter([variant, size, `blocklite-variant-${variant}`, `blocklite-size-${size}`]);
    const text = this.buttonText();
    const icon = safeIconUrl(p.icon);
    const shownIcon = this.el.querySelector("img.blocklite-button-icon")?.getAttribute("src") ?? null;
    if (this.el.textContent !== text || shownIcon !== icon) {
      this.el.textContent = "";
      if (icon !== null) {
        const img = document.createElement("img");
        img.className = "blocklite-button-icon";
        img.alt = "";
        img.src = icon;
        this.el.append(img);
      }
      this.el.append(text);
    }
    if (this.el instanceof HTMLButtonElement) {
      this.el.type = "button";
      this.el.disabled = !this.interactive;
    }
  }
}

/** An icon URL that cannot run script: http(s), relative, or a data: image; null otherwise. */
export function safeIconUrl(value: unknown): string | null {
  if (typeof value !== "string" || value.trim() === "") return null;
  const url = value.trim();
  if (/^data:image\/(png|gif|jpeg|webp|svg\+xml)[;,]/i.test(url)) return url;
  try {
    const parsed = new URL(url, document.baseURI);
    if (!mayFetch(url)) return null; // the page is offline (js/page/network.ts)
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

export const buttonSpec = componentSpec(Button, { textValue: true });
