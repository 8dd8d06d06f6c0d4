/**
 * Toast notifications: Python errors, `gr.Info/Warning/Success` logs and transport errors.
 *
 * Why it exists: every error needs a visible place to go without replacing the app. Toasts stack at
 * the top right in two lists that exist before any toast does, so screen readers announce what is
 * added: errors (each toast `role="alert"`, announced at once) above the rest (a `role="status"`
 * list, `aria-live="polite"`, one announcement per new toast). Each toast has a close button
 * (Escape inside a toast closes it too; focus then moves to a neighbouring toast rather than being
 * lost) and dismisses itself after `duration` seconds (null duration: stays until closed); the
 * countdown pauses while the pointer is over the toast or focus is inside it.
 */

export type ToastLevel = "info" | "warning" | "success" | "error";

export interface ToastOptions {
  level: ToastLevel;
  title: string;
  message: string;
  /** Seconds before auto-dismiss; null keeps the toast until closed. */
  duration: number | null;
}

export class Toaster {
  private readonly region: HTMLElement;
  private readonly alerts: HTMLElement;
  private readonly statuses: HTMLElement;

  constructor(appRoot: HTMLElement) {
    this.region = document.createElement("div");
    this.region.className = "blocklite-toasts";
    this.alerts = document.createElement("div");
    this.alerts.className = "blocklite-toast-list blocklite-toast-alerts";
    this.statuses = document.createElement("div");
    this.statuses.className = "blocklite-toast-list blocklite-toast-statuses";
    this.statuses.setAttribute("role", "status");
    this.statuses.setAttribute("aria-live", "polite");
    this.statuses.setAttribute("aria-relevant", "additions");
    // role=status is atomic by default: announce the new toast, not the whole stack again.
    this.statuses.setAttribute("aria-atomic", "false");
    this.region.append(this.alerts, this.statuses);
    appRoot.append(this.region);
  }

  /** Make sure the region is still attached (the app root's content may be replaced). */
  attach(appRoot: HTMLElement): void {
    if (this.region.parentElement !== appRoot) appRoot.append(this.region);
  }

  show(opts: ToastOptions): HTMLElement {
    const toast = document.createElement("div");
    toast.className = `blocklite-toast blocklite-toast-${opts.level}`;
    if (opts.level === "error") toast.setAttribute("role", "alert");
    const icon = document.createElement("span");
    icon.className = "blocklite-toast-icon";
    icon.setAttribute("aria-hidden", "true");
    icon.textContent = ICONS[opts.level];
    const body = document.createElement("div");
    body.className = "blocklite-toast-body";
    const title = document.createElement("div");
    title.className = "blocklite-toast-title";
    title.textContent = opts.title;
    const message = document.createElement("div");
    message.className = "blocklite-toast-message";
    message.textContent = opts.message;
    body.append(title, message);
    const close = document.createElement("button");
    close.type = "button";
    close.className = "blocklite-toast-close";
    close.setAttribute("aria-label", `Close notification: ${opts.title}`);
    close.textContent = "×";
    toast.append(icon, body, close);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const dismiss = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      if (toast.contains(document.activeElement)) this.focusNeighbour(toast);
      toast.remove();
    };
    close.addEventListener("click", dismiss);
    toast.addEventListener("keydown", (ev: Event) => {
      if (ev instanceof KeyboardEvent && ev.key === "Escape") {
        ev.preventDefault();
        dismiss();
      }
    });
    if (opts.duration !== null && Number.isFinite(opts.duration) && opts.duration > 0) {
      const ms = opts.duration * 1000;
      timer = setTimeout(dismiss, ms);
      // Pause while the pointer is over the toast or focus is in it, so it can be read and reached.
      const pause = (): void => clearTimeout(timer);
      const resume = (): void => {
        if (toast.matches(":hover") || toast.contains(document.activeElement)) return;
        clearTimeout(timer);
        timer = setTimeout(dismiss, Math.min(ms, 3000));
      };
      toast.addEventListener("mouseenter", pause);
      toast.addEventListener("focusin", pause);
      toast.addEventListener("mouseleave", resume);
      toast.addEventListener("focusout", () => setTimeout(resume, 0));
      toast.style.setProperty("--blocklite-toast-duration", `${opts.duration}s`);
      toast.classList.add("blocklite-toast-timed");
    }
    (opts.level === "error" ? this.alerts : this.statuses).append(toast);
    return toast;
  }

  error(title: string, message: string, duration: number | null = 10): HTMLElement {
    return this.show({ level: "error", title, message, duration });
  }

  /** The toast with focus is going away: move focus to the next toast's close button (or the previous). */
  private focusNeighbour(toast: HTMLElement): void {
    const all = [...this.region.querySelectorAll<HTMLElement>(".blocklite-toast")];
    const at = all.indexOf(toast);
    const next = all[at + 1] ?? all[at - 1];
    next?.querySelector<HTMLButtonElement>(".blocklite-toast-close")?.focus();
  }
}

const ICONS: Record<ToastLevel, string> = { info: "i", warning: "!", success: "✓", error: "!" };
