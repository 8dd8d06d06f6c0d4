/**
 * Decides which dependencies run: targets, `trigger_mode`, `.then/.success/.failure` chains,
 * `cancels=[...]`, `load` and `unload`; applies outputs and shows toasts. One run itself (js=, queue
 * messages, progress, cancel) is an EventRun (event-run.ts).
 *
 * Why it exists: this is Gradio's event semantics on the page side, kept apart from the wire protocol
 * (queue-client.ts) and from the DOM of each component (components/): a dependency fires on any of its
 * `targets` (`gr.on`, `[[root, "load"]]` once the app is rendered), the trigger's payload travels as
 * `event_data`, `trigger_mode` (once / multiple / always_last), streaming diffs for generators
 * (applied in order, painted at most once per frame, see outputs.ts), `{__type__: "update"}` merges,
 * firing `change` on outputs whose value really changed and on the States named in
 * `changed_state_ids`.
 */

import type { QueueClient } from "./queue-client";
import type { AppConfig, Dependency, ErrorOutput, EventOutput, LogMessage, ProcessCompletedMessage } from "../../protocol/gradio";
import { type Component, isUpdate } from "../components/base";
import { EventRun, type RunHost } from "./event-run";
import { isNumber, numArray } from "../lib/guards";
import type { ToastLevel, Toaster } from "../status/toast";

const LEVELS: ReadonlySet<string> = new Set(["info", "warning", "success", "error"]);

export class EventRunner implements RunHost {
  /** The runs of each dependency that have not settled yet. */
  private readonly running = new Map<number, Set<EventRun>>();
  private unloaded = false;
  private closed = false;
  /** always_last: dependencies to fire once more (with this trigger) when the running one ends. */
  private readonly again = new Map<number, { triggerId: number | null; eventData: unknown }>();
  /** "id:event" of every target, for `hasListener`. */
  private readonly targets: ReadonlySet<string>;
  /** Fired by every dependency that finishes (tests and the app handle listen here). */
  onSettled: ((depId: number, success: boolean) => void) | null = null;
  /** Rewrites an output for a component of `type` before it is applied (the app's translations). */
  translate: (type: string, value: unknown) => unknown = (_type, value) => value;

  constructor(
    readonly config: AppConfig,
    readonly components: Map<number, Component>,
    readonly client: Pick<QueueClient, "submit" | "cancel">,
    readonly toaster: Pick<Toaster, "show" | "error">,
  ) {
    this.targets = new Set(config.dependencies.flatMap((d) => d.targets.map(([t, e]) => `${t}:${e}`)));
  }

  /**
   * A component (or the Blocks, for `load`) emitted `event`: fire every dependency targeting it, with
   * `data` as the event's payload. Never throws (it runs inside DOM listeners).
   */
  trigger(id: number, event: string, data: unknown = null): void {
    if (this.closed || !this.hasListener(id, event)) return;
    for (const dep of this.config.dependencies) {
      if (!dep.targets.some(([t, e]) => t === id && e === event)) continue;
      try {
        this.fire(dep, id, data);
      } catch (err) {
        console.error(`blocklite: could not run listener ${dep.id} (${event} of ${id})`, err);
      }
    }
  }

  /**
   * The app is rendered: fire every dependency with a `load` target (`demo.load`, value functions),
   * once each, as Gradio does (the target, normally the root Blocks, is the trigger).
   */
  load(): void {
    for (const dep of this.config.dependencies) {
      const target = dep.targets.find(([, e]) => e === "load");
      if (!target) continue;
      try {
        this.fire(dep, target[0]);
      } catch (err) {
        console.error(`blocklite: could not run load listener ${dep.id}`, err);
      }
    }
  }

  /** Whether some dependency listens to `event` of component `id`. */
  hasListener(id: number, event: string): boolean {
    return this.targets.has(`${id}:${event}`);
  }

  /** The pace of the listeners of (id, event): their shortest stream_every and time_limit. */
  listenerPace(id: number, event: string): { streamEvery: number; timeLimit: number | null } | null {
    const deps = this.config.dependencies.filter((d) => d.targets.some(([t, e]) => t === id && e === event));
    if (deps.length === 0) return null;
    const limits = deps.flatMap((d) => (d.timeLimit === null ? [] : [d.timeLimit]));
    return { streamEvery: Math.min(...deps.map((d) => d.streamEvery)), timeLimit: limits.length ? Math.min(...limits) : null };
  }

  /** Whether any dependency is running (for hang detection: a busy worker may not answer pings). */
  busy(): boolean {
    return this.running.size > 0;
  }

  /**
   * Run `dep` once (its trigger is `triggerId`): cancel what it `cancels`, then run its js and/or
   * Python function, unless `trigger_mode` says to skip it (or to run it again when the running one
   * ends). Returns the run, or null when nothing runs.
   */
  fire(dep: Dependency, triggerId: number | null, eventData: unknown = null): EventRun | null {
    if (this.closed) return null;
    if (dep.cancels.length > 0) this.cancel(dep.cancels);
    // Gradio's cancel-only listener, and fn=None without js (a pure Stop button): nothing to run.
    if (dep.cancelOnly || (!dep.backendFn && dep.js === null)) return null;
    const runs = this.running.get(dep.id);
    if (runs && runs.size > 0 && dep.triggerMode !== "multiple") {
      if (dep.triggerMode === "always_last") this.again.set(dep.id, { triggerId, eventData });
      return null;
    }
    const run = new EventRun(this, dep, triggerId, eventData);
    if (runs) runs.add(run);
    else this.running.set(dep.id, new Set([run]));
    run.start();
    return run;
  }

  /** Cancel every running or queued event of these dependencies (and their pending re-runs). */
  cancel(depIds: readonly number[]): void {
    for (const id of depIds) {
      this.again.delete(id);
      for (const run of [...(this.running.get(id) ?? [])]) {
        try {
          run.cancel();
        } catch (err) {
          console.warn(`blocklite: could not cancel an event of listener ${id}`, err);
        }
      }
    }
  }

  /**
   * Fire the `unload` listeners (best effort, once): resolves when they have finished or after
   * `timeoutMs`, whichever comes first.
   */
  unload(timeoutMs = 2000): Promise<void> {
    if (this.unloaded || this.closed) return Promise.resolve();
    this.unloaded = true;
    const runs: Promise<boolean>[] = [];
    for (const dep of this.config.dependencies) {
      const target = dep.targets.find(([, e]) => e === "unload");
      if (!target) continue;
      try {
        const run = this.fire(dep, target[0]);
        if (run) runs.push(run.finished);
      } catch (err) {
        console.warn(`blocklite: could not run unload listener ${dep.id}`, err);
      }
    }
    if (runs.length === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      void Promise.all(runs).then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Stop for good (the app is unmounted): no new events; running ones stop showing progress. */
  close(): void {
    this.closed = true;
    this.again.clear();
    const runs = [...this.running.values()].flatMap((set) => [...set]);
    for (const run of runs) run.cancel();
    this.running.clear();
  }

  /** A run is over: bookkeeping, `onSettled`, chained listeners, and an always_last re-run. */
  settled(run: EventRun, success: boolean): void {
    const dep = run.dep;
    const runs = this.running.get(dep.id);
    runs?.delete(run);
    if (runs && runs.size === 0) this.running.delete(dep.id);
    try {
      this.onSettled?.(dep.id, success);
    } catch (err) {
      console.error(err);
    }
    for (const next of this.config.dependencies) {
      if (next.triggerAfter !== dep.id) continue;
      if (next.onlyOnSuccess && !success) continue;
      if (next.onlyOnFailure && success) continue;
      try {
        this.fire(next, run.triggerId);
      } catch (err) {
        console.error(`blocklite: could not run listener ${next.id}`, err);
      }
    }
    const again = this.running.has(dep.id) ? undefined : this.again.get(dep.id);
    if (again) {
      this.again.delete(dep.id);
      this.fire(dep, again.triggerId, again.eventData);
    }
  }

  /**
   * Apply `data[i]` to `outputs[i]` (`null` resets an output to its empty value, an update dict sets
   * only the props it names, `gr.skip()` sets nothing), then fire `change` on every output whose
   * value changed.
   */
  applyOutputs(dep: Dependency, data: readonly unknown[] | ReadonlyMap<number, unknown>): void {
    const changed: number[] = [];
    for (const [i, value] of data.entries()) {
      const id = dep.outputs[i];
      const comp = id === undefined ? undefined : this.components.get(id);
      if (id === undefined || !comp) continue;
      try {
        const out = this.translate(comp.type, value);
        if (isUpdate(out) ? comp.update(out) : comp.setValue(out)) changed.push(id);
      } catch (err) {
        console.error(`blocklite: could not update component ${id}`, err);
      }
    }
    for (const id of changed) this.trigger(id, "change");
  }

  /** Fire the `change` listeners of the States the server reports as changed. */
  statesChanged(output: Partial<EventOutput>): void {
    for (const id of numArray(output.changed_state_ids)) this.trigger(id, "change");
  }

  log(msg: LogMessage): void {
    if (msg.visible === false) return;
    const level: ToastLevel = typeof msg.level === "string" && LEVELS.has(msg.level) ? toLevel(msg.level) : "info";
    const title = typeof msg.title === "string" && msg.title ? msg.title : level[0].toUpperCase() + level.slice(1);
    this.toaster.show({ level, title, message: typeof msg.log === "string" ? msg.log : "", duration: duration(msg) });
  }

  errorToast(out: Partial<ErrorOutput>, msg: ProcessCompletedMessage): void {
    if (out.visible === false) {
      console.error("blocklite: event failed", out.error ?? "");
      return;
    }
    const title = typeof out.title === "string" && out.title ? out.title : typeof msg.title === "string" && msg.title ? msg.title : "Error";
    const message = typeof out.error === "string" && out.error ? out.error : "An error occurred.";
    this.toaster.error(title, message, duration(out));
  }
}

/** `duration` in seconds: absent → 10, null → sticky (null), a number → itself. */
function duration(x: { duration?: unknown }): number | null {
  if (!("duration" in x) || x.duration === undefined) return 10;
  return isNumber(x.duration) ? x.duration : null;
}

function toLevel(s: string): ToastLevel {
  return s === "warning" || s === "success" || s === "error" ? s : "info";
}
