/**
 * Runs dependencies: collects input values, submits through the queue client, applies outputs,
 * shows progress/toasts, and chains `.then/.success/.failure` listeners.
 *
 * Why it exists: this is Gradio's event semantics on the page side, kept apart from the wire protocol
 * (client.ts) and from the DOM of each component (components/): a dependency fires on any of its
 * `targets` (`gr.on`, `[[root, "load"]]` once the app is rendered), the trigger's payload travels as
 * `event_data`, `trigger_mode` (once / multiple / always_last), streaming diffs for generators
 * (applied in order, painted at most once per frame, see outputs.ts), `{__type__: "update"}` merges,
 * firing `change` on outputs whose value really changed and on the States named in
 * `changed_state_ids`.
 */

import type { QueueClient } from "./client";
import { type AppConfig, type Dependency, skipsQueue } from "./config";
import { type Component, isUpdate } from "./components/base";
import { applyDiff, isDiffList } from "./diff";
import { type Dict, isNumber, isRecord, numArray } from "./guards";
import { FrameBatcher } from "./outputs";
import type { ToastLevel, Toaster } from "./toast";

const LEVELS: ReadonlySet<string> = new Set(["info", "warning", "success", "error"]);

export class EventRunner {
  private readonly running = new Map<number, number>();
  /** always_last: dependencies to fire once more (with this trigger) when the running one ends. */
  private readonly again = new Map<number, { triggerId: number | null; eventData: unknown }>();
  /** "id:event" of every target, for `hasListener`. */
  private readonly targets: ReadonlySet<string>;
  /** Fired by every dependency that finishes (tests and the app handle listen here). */
  onSettled: ((depId: number, success: boolean) => void) | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly components: Map<number, Component>,
    private readonly client: QueueClient,
    private readonly toaster: Toaster,
  ) {
    this.targets = new Set(config.dependencies.flatMap((d) => d.targets.map(([t, e]) => `${t}:${e}`)));
  }

  /**
   * A component (or the Blocks, for `load`) emitted `event`: fire every dependency targeting it, with
   * `data` as the event's payload. Never throws (it runs inside DOM listeners).
   */
  trigger(id: number, event: string, data: unknown = null): void {
    if (!this.hasListener(id, event)) return;
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

  /** Whether any dependency is running (for hang detection: a busy worker may not answer pings). */
  busy(): boolean {
    return this.running.size > 0;
  }

  fire(dep: Dependency, triggerId: number | null, eventData: unknown = null): void {
    if (!dep.backendFn) {
      if (dep.js) console.warn(`blocklite: js-only listener ${dep.id} is not supported yet`);
      return;
    }
    const pending = this.running.get(dep.id) ?? 0;
    if (pending > 0 && dep.triggerMode !== "multiple") {
      if (dep.triggerMode === "always_last") this.again.set(dep.id, { triggerId, eventData });
      return;
    }
    this.running.set(dep.id, pending + 1);
    const data = dep.inputs.map((id) => this.components.get(id)?.getValue() ?? null);
    const outputs = dep.outputs.map((id) => this.components.get(id)).filter((c): c is Component => c !== undefined);
    const showProgress = dep.showProgress !== "hidden";
    let last: unknown[] | null = null;
    let settled = false;
    const batcher = new FrameBatcher((patches) => this.applyOutputs(dep, patches));

    const setPending = (on: boolean): void => {
      if (showProgress || !on) for (const c of outputs) c.setPending(on);
    };
    const settle = (success: boolean): void => {
      if (settled) return;
      settled = true;
      setPending(false);
      this.finish(dep, success, triggerId);
    };

    const onMessage = (msg: Dict): void => {
      switch (msg.msg) {
        case "estimation":
        case "process_starts":
          setPending(true);
          break;
        case "log":
          this.log(msg);
          break;
        case "process_generating": {
          const out = isRecord(msg.output) ? msg.output : {};
          if (!Array.isArray(out.data)) break;
          if (last === null) last = [...out.data];
          else {
            const prev = last;
            last = out.data.map((edits: unknown, i: number) => {
              if (!isDiffList(edits)) return edits;
              const r = applyDiff(prev[i], edits);
              if (r.problems.length) console.warn("blocklite: could not apply diff", r.problems);
              return r.value;
            });
          }
          setPending(false);
          batcher.push(last);
          this.statesChanged(out);
          break;
        }
        case "process_completed": {
          const out = isRecord(msg.output) ? msg.output : {};
          if (msg.success === false || "error" in out) {
            batcher.flush(); // what a generator yielded before failing stays
            this.errorToast(out, msg);
            settle(false);
            break;
          }
          batcher.pushNow(Array.isArray(out.data) ? out.data : []);
          this.statesChanged(out);
          settle(true);
          break;
        }
        case "unexpected_error":
        case "transport_error":
          batcher.flush();
          this.toaster.error("Error", typeof msg.message === "string" && msg.message ? msg.message : "An error occurred.");
          settle(false);
          break;
        default:
          break;
      }
    };
    // Pending from the click on, as Gradio shows it (the worker may not report process_starts
    // before a quick handler has already finished).
    setPending(true);
    const queued = !skipsQueue(dep, this.config);
    void this.client.submit(dep.id, data, triggerId, queued, onMessage, eventData).catch((err: unknown) => {
      onMessage({ msg: "transport_error", message: err instanceof Error ? err.message : String(err) });
    });
  }

  private finish(dep: Dependency, success: boolean, triggerId: number | null): void {
    const left = (this.running.get(dep.id) ?? 1) - 1;
    if (left > 0) this.running.set(dep.id, left);
    else this.running.delete(dep.id);
    try {
      this.onSettled?.(dep.id, success);
    } catch (err) {
      console.error(err);
    }
    for (const next of this.config.dependencies) {
      if (next.triggerAfter !== dep.id) continue;
      if (next.onlyOnSuccess && !success) continue;
      if (next.onlyOnFailure && success) continue;
      this.fire(next, triggerId);
    }
    const again = left <= 0 ? this.again.get(dep.id) : undefined;
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
        if (isUpdate(value) ? comp.update(value) : comp.setValue(value)) changed.push(id);
      } catch (err) {
        console.error(`blocklite: could not update component ${id}`, err);
      }
    }
    for (const id of changed) this.trigger(id, "change");
  }

  /** Fire the `change` listeners of the States the server reports as changed. */
  private statesChanged(output: Dict): void {
    for (const id of numArray(output.changed_state_ids)) this.trigger(id, "change");
  }

  private log(msg: Dict): void {
    if (msg.visible === false) return;
    const level: ToastLevel = typeof msg.level === "string" && LEVELS.has(msg.level) ? toLevel(msg.level) : "info";
    const title = typeof msg.title === "string" && msg.title ? msg.title : level[0].toUpperCase() + level.slice(1);
    this.toaster.show({ level, title, message: typeof msg.log === "string" ? msg.log : "", duration: duration(msg) });
  }

  private errorToast(out: Dict, msg: Dict): void {
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
function duration(x: Dict): number | null {
  if (!("duration" in x) || x.duration === undefined) return 10;
  return isNumber(x.duration) ? x.duration : null;
}

function toLevel(s: string): ToastLevel {
  return s === "warning" || s === "success" || s === "error" ? s : "info";
}
