/**
 * The status shown over a running event's outputs (Gradio's StatusTracker): a cover with a spinner
 * or progress bars and descriptions, and a corner line "queue: 2/3 | 0.4s", "processing | 1.2s" or
 * "3/10 steps | 1.2s" with the elapsed time (and the ETA when the server gives one).
 *
 * Why it exists: `gr.Progress`, queue positions and "something is running" all need one visible,
 * consistent place, and Gradio's `show_progress` modes decide how much of it appears: "full" (cover,
 * bars, text, timer), "minimal" (a small timer badge and the pulsing border only), "hidden"
 * (nothing). While a generator streams, the cover steps aside so its values can be seen (as Gradio
 * does). The cover fades in after a short delay (CSS), so a quick event does not flash it.
 *
 * Several events may show on the same component; the one started last is shown, and when it ends
 * the previous one (if still running) comes back. Pure helpers (`parseProgress`, `fractions`,
 * `statusText`, `progressLabel`) are unit-tested under Node. Screen readers hear only queue
 * positions and progress steps, politely (announce.ts); the outputs are `aria-busy` meanwhile.
 */

import { isNumber, isRecord } from "../lib/guards";
import type { EstimationMessage, ProcessStartsMessage, ProgressMessage, ProgressUnit, ShowProgress } from "../../protocol/gradio";
import { announcer, spokenProgress } from "./announce";
import { setClass, setHidden, setText } from "../lib/dom";

/** One level of progress, validated: the wire's ProgressUnit (protocol/gradio.ts). */
export type ProgressLevel = ProgressUnit;

/** Where a status can show: a component's element and its pending flag (pulse border, aria-busy). */
export interface StatusHost {
  readonly el: HTMLElement;
  setPending(on: boolean): void;
  /** False for components that never show a status (buttons, State, Timer). */
  readonly showsStatus?: boolean;
}

type Phase = "pending" | "queued" | "processing" | "generating";

/** A `progress` message's `progress_data`, validated (null when absent or empty). */
export function parseProgress(x: unknown): ProgressLevel[] | null {
  if (!Array.isArray(x)) return null;
  const levels: ProgressLevel[] = [];
  for (const p of x) {
    if (!isRecord(p)) continue;
    levels.push({
      index: isNumber(p.index) ? p.index : null,
      length: isNumber(p.length) ? p.length : null,
      unit: typeof p.unit === "string" ? p.unit : null,
      progress: isNumber(p.progress) ? p.progress : null,
      desc: typeof p.desc === "string" ? p.desc : null,
    });
  }
  return levels.length ? levels : null;
}

/** Each level's completed fraction (index/length, else progress), clamped to 0..1; null if unknown. */
export function fractions(levels: readonly ProgressLevel[]): (number | null)[] {
  return levels.map((p) => {
    const f = p.index !== null && p.length !== null && p.length > 0 ? p.index / p.length : p.progress;
    return f === null ? null : Math.min(1, Math.max(0, f));
  });
}

/** "loop - 30.0%" for each level that has a description or a fraction, joined with " / ". */
export function progressLabel(levels: readonly ProgressLevel[]): string {
  const f = fractions(levels);
  const parts: string[] = [];
  levels.forEach((p, i) => {
    const pct = f[i] === null ? null : `${(100 * (f[i] ?? 0)).toFixed(1)}%`;
    if (p.desc === null && pct === null) return;
    parts.push([p.desc, pct].filter((s) => s !== null && s !== "").join(" - "));
  });
  return parts.join(" / ");
}

/** The corner line: steps, queue position or "processing", then the elapsed (and expected) time. */
export function statusText(
  levels: readonly ProgressLevel[] | null,
  queue: { rank: number; size: number } | null,
  elapsed: number,
  eta: number | null,
): string {
  let head = "";
  const steps = (levels ?? []).filter((p) => p.index !== null);
  if (steps.length) {
    head = steps.map((p) => `${siNumber(p.index ?? 0)}${p.length !== null ? `/${siNumber(p.length)}` : ""} ${p.unit ?? ""}`.trim()).join(" ");
  } else if (queue && queue.rank > 0) {
    head = `queue: ${queue.rank + 1}/${Math.max(queue.size, queue.rank + 1)}`;
  } else {
    head = "processing";
  }
  const time = eta !== null && eta > elapsed ? `${elapsed.toFixed(1)}/${eta.toFixed(1)}s` : `${elapsed.toFixed(1)}s`;
  return `${head} | ${time}`;
}

/** 1234 → "1.2k", like Gradio's pretty_si. */
function siNumber(n: number): string {
  const units = ["", "k", "M", "G", "T"];
  let i = 0;
  while (Math.abs(n) >= 1000 && i < units.length - 1) {
    n /= 1000;
    i++;
  }
  return i === 0 ? String(Math.round(n * 100) / 100) : `${n.toFixed(1)}${units[i]}`;
}

/** One component's overlay, shared by the events that show on it (the last one started wins). */
class Overlay {
  readonly el = document.createElement("div");
  readonly stack: EventStatus[] = [];
  private readonly meta = document.createElement("div");
  private readonly center = document.createElement("div");
  private readonly spinner = document.createElement("span");
  private readonly label = document.createElement("div");
  private readonly track = document.createElement("div");
  private readonly bar = document.createElement("div");

  constructor(readonly host: StatusHost) {
    this.meta.className = "blocklite-tracker-meta";
    this.center.className = "blocklite-tracker-center";
    this.spinner.className = "blocklite-spinner";
    this.label.className = "blocklite-progress-label";
    this.track.className = "blocklite-progress-track";
    this.track.setAttribute("role", "progressbar");
    this.track.setAttribute("aria-valuemin", "0");
    this.track.setAttribute("aria-valuemax", "100");
    this.bar.className = "blocklite-progress-bar";
    this.track.append(this.bar);
    this.center.append(this.spinner, this.label, this.track);
    this.el.append(this.meta, this.center);
  }

  /** Show the top of the stack (or remove the overlay when nothing runs here). */
  paint(): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      this.el.remove();
      this.host.setPending(false);
      return;
    }
    this.host.setPending(true);
    if (this.el.parentElement !== this.host.el) this.host.el.append(this.el);
    const v = top.view();
    // Paint runs on every message of a streaming event: write only what changed, so a stream's
    // status costs no DOM mutations between visible changes (the timer ticks once a second).
    setClass(this.el, `blocklite-tracker blocklite-tracker-${top.mode} blocklite-tracker-${v.phase}`);
    setText(this.meta, top.mode === "minimal" ? v.timer : v.text);
    const f = v.levels ? fractions(v.levels) : [];
    const last = f.length ? f[f.length - 1] : null;
    const label = v.levels ? progressLabel(v.levels) : "";
    setHidden(this.spinner, last !== null);
    setHidden(this.label, label === "");
    setText(this.label, label);
    setHidden(this.track, last === null);
    if (last !== null) {
      const pct = Math.round(last * 1000) / 10;
      if (this.bar.style.width !== `${pct}%`) this.bar.style.width = `${pct}%`;
      setAttr(this.track, "aria-valuenow", String(pct));
      setAttr(this.track, "aria-label", label || "Progress");
    }
  }
}

function setAttr(el: HTMLElement, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

const overlays = new WeakMap<StatusHost, Overlay>();

/** How long an event runs before its progress is drawn (ms). */
export const ATTACH_DELAY_MS = 100;

/** The status of one running event on its hosts. Methods never throw. */
export class EventStatus {
  private phase: Phase = "pending";
  private levels: ProgressLevel[] | null = null;
  private queue: { rank: number; size: number } | null = null;
  private eta: number | null = null;
  private readonly started = performance.now();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly shown: Overlay[] = [];
  private readonly hosts: StatusHost[] = [];
  private ended = false;
  /** The app's live region (full progress only) and the sentence this event last put there. */
  private region: HTMLElement | null = null;
  private spoken = "";

  constructor(hosts: readonly StatusHost[], readonly mode: ShowProgress) {
    if (mode === "hidden") return;
    for (const host of hosts) {
      // Nowhere to show it: a component that shows no status, or no DOM at all (unit tests).
      if (host.showsStatus === false || typeof HTMLElement === "undefined" || !(host.el instanceof HTMLElement)) continue;
      this.hosts.push(host);
    }
    if (this.hosts.length === 0) return;
    if (mode === "full") this.safely(() => (this.region = announcer(this.hosts[0].el)));
    // Nothing is drawn for the first 100 ms: a quick event (most are) ends before that, and its
    // messages then cost no DOM work at all on the way to its output.
    this.timer = setTimeout(() => this.attach(), ATTACH_DELAY_MS);
  }

  private attach(): void {
    if (this.ended) return;
    for (const host of this.hosts) {
      let overlay = overlays.get(host);
      if (!overlay) {
        overlay = new Overlay(host);
        overlays.set(host, overlay);
      }
      overlay.stack.push(this);
      this.shown.push(overlay);
    }
    this.timer = setInterval(() => this.paint(), 100);
    this.paint();
  }

  /** What the overlays show now. */
  view(): { phase: Phase; text: string; timer: string; levels: ProgressLevel[] | null } {
    const elapsed = (performance.now() - this.started) / 1000;
    return {
      phase: this.phase,
      text: statusText(this.levels, this.queue, elapsed, this.eta),
      timer: `${elapsed.toFixed(1)}s`,
      levels: this.phase === "generating" ? null : this.levels,
    };
  }

  /** An `estimation` message. */
  estimation(msg: EstimationMessage): void {
    const rank = isNumber(msg.rank) ? msg.rank : 0;
    this.queue = { rank, size: isNumber(msg.queue_size) ? msg.queue_size : rank + 1 };
    if (isNumber(msg.rank_eta)) this.eta = msg.rank_eta;
    if (this.phase === "pending" || this.phase === "queued") this.phase = rank > 0 ? "queued" : "pending";
    this.paint();
  }

  /** `process_starts`: the event left the queue. */
  processing(msg: ProcessStartsMessage): void {
    this.queue = null;
    if (isNumber(msg.eta)) this.eta = msg.eta;
    if (this.phase !== "generating") this.phase = "processing";
    this.paint();
  }

  /** A `progress` message (the cover comes back even while streaming, as in Gradio). */
  progress(msg: ProgressMessage): void {
    this.levels = parseProgress(msg.progress_data);
    this.queue = null;
    this.phase = "processing";
    this.paint();
  }

  /** `process_generating`: values are streaming; only the border stays. */
  generating(): void {
    this.phase = "generating";
    this.paint();
  }

  /** The event is over: remove it from every host. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.timer !== null) {
      clearTimeout(this.timer);
      clearInterval(this.timer);
    }
    for (const overlay of this.shown) {
      const i = overlay.stack.indexOf(this);
      if (i >= 0) overlay.stack.splice(i, 1);
      this.safely(() => overlay.paint());
    }
    if (this.region && this.spoken !== "" && this.region.textContent === this.spoken) this.region.textContent = "";
  }

  private paint(): void {
    if (this.ended) return;
    for (const overlay of this.shown) {
      if (overlay.stack[overlay.stack.length - 1] === this) this.safely(() => overlay.paint());
    }
    this.announce();
  }

  /** Tell screen readers about a new queue position or progress step (never the ticking timer). */
  private announce(): void {
    if (!this.region || this.shown.length === 0) return;
    const spoken = spokenProgress(this.phase === "generating" ? null : this.levels, this.queue);
    if (spoken === this.spoken) return;
    this.spoken = spoken;
    if (spoken !== "") this.region.textContent = spoken;
  }

  private safely(f: () => void): void {
    try {
      f();
    } catch (err) {
      console.warn("blocklite: could not show an event's progress", err);
    }
  }
}
