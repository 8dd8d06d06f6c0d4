/**
 * Light or dark mode for one app: the `.dark` class on its root, as in Gradio (so user CSS written
 * as `.dark .my-thing {}` works), which switches the theme to its dark values.
 *
 * Why it exists: the mode follows the system (`prefers-color-scheme`) unless something chose one:
 * `?__theme=dark|light` in the page URL (Gradio's switch, for every app on the page), then the
 * script tag's `data-theme="dark|light|system"`, then the app handle's `setColorScheme()` or the
 * footer's switch at run time. The class is set before the app boots, so nothing flashes.
 */

export type SchemeChoice = "light" | "dark" | "system";
export type Scheme = "light" | "dark";

export function parseScheme(x: unknown): SchemeChoice | null {
  return x === "light" || x === "dark" || x === "system" ? x : null;
}

/** The choice the page makes for an app: the URL's `__theme`, else the script tag's, else system. */
export function initialScheme(fromScript: string | undefined): SchemeChoice {
  const fromUrl = parseScheme(new URLSearchParams(location.search).get("__theme"));
  if (fromUrl) return fromUrl;
  if (fromScript !== undefined) {
    const choice = parseScheme(fromScript.trim().toLowerCase());
    if (choice) return choice;
    console.warn(`blocklite: data-theme="${fromScript}" is not light, dark or system; following the system`);
  }
  return "system";
}

export class ColorScheme {
  private current: SchemeChoice;
  private readonly media: MediaQueryList | null;
  private readonly listeners = new Set<(scheme: Scheme) => void>();
  private readonly onSystemChange = (): void => {
    if (this.current === "system") this.apply();
  };

  constructor(private readonly root: HTMLElement, choice: SchemeChoice) {
    this.current = choice;
    this.media = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
    this.media?.addEventListener("change", this.onSystemChange);
    this.apply();
  }

  get choice(): SchemeChoice {
    return this.current;
  }

  /** The mode in effect now. */
  get effective(): Scheme {
    if (this.current !== "system") return this.current;
    return this.media?.matches ? "dark" : "light";
  }

  set(choice: SchemeChoice): void {
    this.current = choice;
    this.apply();
  }

  /** Called with the new mode whenever it changes (also when the system's changes). */
  onChange(listener: (scheme: Scheme) => void): void {
    this.listeners.add(listener);
  }

  destroy(): void {
    this.media?.removeEventListener("change", this.onSystemChange);
    this.listeners.clear();
  }

  private apply(): void {
    const scheme = this.effective;
    this.root.classList.toggle("dark", scheme === "dark");
    this.root.dataset.blockliteScheme = scheme;
    for (const listener of this.listeners) {
      try {
        listener(scheme);
      } catch (err) {
        console.warn("blocklite: a color-scheme listener failed", err);
      }
    }
  }
}
