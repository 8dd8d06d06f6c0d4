/**
 * Polite screen-reader announcements of a running event's progress, one live region per app.
 *
 * Why it exists: the progress overlay repaints ten times a second (its timer), which must never
 * reach a screen reader; what is worth hearing is a queue position that changed, or a `gr.Progress`
 * description or a step of 10 %. `spokenProgress` reduces a status to that short sentence (empty when
 * there is nothing to say), so the text, and with it the announcement, changes only on such steps.
 * The live region (`role="status"`, visually hidden) is created when an event starts, before any
 * text goes in, because screen readers ignore live regions that appear already filled.
 */

import type { ProgressUnit as ProgressLevel } from "../../protocol/gradio";

const CLASS = "blocklite-progress-announcer";

/** The sentence for a status: "Queued: 2 of 3", "Loading 30%", "" when there is nothing new to say. */
export function spokenProgress(levels: readonly ProgressLevel[] | null, queue: { rank: number; size: number } | null): string {
  if (levels && levels.length > 0) {
    const p = levels[levels.length - 1];
    const f = p.index !== null && p.length !== null && p.length > 0 ? p.index / p.length : p.progress;
    const pct = f === null ? null : `${Math.floor(Math.min(1, Math.max(0, f)) * 10) * 10}%`;
    return [p.desc, pct].filter((s): s is string => s !== null && s !== "").join(" ");
  }
  if (queue && queue.rank > 0) return `Queued: ${queue.rank + 1} of ${Math.max(queue.size, queue.rank + 1)}`;
  return "";
}

/** The app's announcer region for `from` (created, empty, when missing); null outside an app. */
export function announcer(from: Element): HTMLElement | null {
  const app = from.closest(".blocklite-app");
  if (!(app instanceof HTMLElement)) return null;
  const found = [...app.children].find((c) => c.classList.contains(CLASS));
  if (found instanceof HTMLElement) return found;
  const region = document.createElement("div");
  region.className = `${CLASS} blocklite-sr-only`;
  region.setAttribute("role", "status");
  region.setAttribute("aria-live", "polite");
  app.append(region);
  return region;
}
