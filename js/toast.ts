/**
 * Toast notifications: Python errors, `gr.Info/Warning/Success` logs and transport errors.
 *
 * Why it exists: every error needs a visible place to go without replacing the app. Toasts stack in
 * a live region at the top right, errors use `role="alert"`, each has a close button and dismisses
 * itself after `duration` seconds (null duration: stays until closed).
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

  constructor(appRoot: HTMLElement) {
    this.region = document.createElement("div");
    this.region.className = "blocklite-toasts";
    this.region.setAttribute("aria-live", "polite");
    this.region.setAttribute("aria-relevant", "additions");
    appRoot.append(this.region);
  }

  /** Make sure the region is still attached (the app root's content may be replaced). */
  attach(appRoot: HTMLElement): void {
    if (this.region.parentElement !== appRoot) appRoot.append(this.region);
  }

  show(opts: ToastOptions): HTMLElement {
    const toast = document.createElement("div");
    toast.className = `blocklite-toast blocklite-toast-${opts.level}`;
    toast.setAttribute("role", opts.level === "error" ? "alert" : "status");
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
    close.setAttribute("aria-label", "Close");
    close.textContent = "×";
    toast.append(icon, body, close);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const dismiss = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      toast.remove();
    };
    close.addEventListener("click", dismiss);
    if (opts.duration !== null && Number.isFinite(opts.duration) && opts.duration > 0) {
      const ms = opts.duration * 1000;
      timer = setTimeout(dismiss, ms);
      // Pause while the pointer is over the toast, so it can be read.
      toast.addEventListener("mouseenter", () => clearTimeout(timer));
      toast.addEventListener("mouseleave", () => {
        timer = setTimeout(dismiss, Math.min(ms, 3000));
      });
      toast.style.setProperty("--blocklite-toast-duration", `${opts.duration}s`);
      toast.classList.add("blocklite-toast-timed");
    }
    this.region.append(toast);
    return toast;
  }

  error(title: string, message: string, duration: number | null = 10): HTMLElement {
    return this.show({ level: "error", title, message, duration });
  }
}

const ICONS: Record<ToastLevel, string> = { info: "i", warning: "!", success: "✓", error: "!" };
