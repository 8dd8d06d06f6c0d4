/**
 * One fired event of a dependency, from its `js=` function (if any) through the queue to its last
 * message: applies streamed and final outputs, shows its status over the outputs, can be cancelled,
 * and reports once to the runner (scheduler.ts) when it is over.
 *
 * Why it exists: the runner decides *whether* a dependency runs (targets, trigger_mode, chains,
 * cancels); this class is *how* one run goes, so its state (event id, last streamed values, the
 * frame batcher, the progress display, "cancelled") lives in one object that a Stop button can
 * reach. Nothing here throws into a listener: failures become toasts and a failed settle.
 *
 * Cancelling (a `cancels=[...]` listener fired): the run settles at once as completed, as Gradio's
 * client does (so `.then`/`.success` chains run and the outputs keep what was shown), later messages
 * are ignored, and `POST cancel` goes to the server as soon as the server knows the event (its first
 * message or the join's answer), so it can stop the function.
 */

import { type EventMessage, type QueueClient, newEventId } from "./queue-client";
import type { AppConfig, Dependency, ErrorOutput, EventOutput, LogMessage, ProcessCompletedMessage } from "../../protocol/gradio";
import { skipsQueue } from "./config";
import type { Component } from "../components/base";
import { applyDiff, isDiffList } from "./diff";
import { compileListener, describeError, valuesFor } from "./frontend-fn";
import { isRecord } from "../lib/guards";
import { FrameBatcher } from "./outputs";
import { EventStatus } from "../status/progress-overlay";
import type { Toaster } from "../status/toast";

/** What a run needs from the runner. */
export interface RunHost {
  readonly config: AppConfig;
  readonly components: Map<number, Component>;
  readonly client: Pick<QueueClient, "submit" | "cancel">;
  readonly toaster: Pick<Toaster, "show" | "error">;
  applyOutputs(dep: Dependency, data: readonly unknown[] | ReadonlyMap<number, unknown>): void;
  statesChanged(output: Partial<EventOutput>): void;
  log(msg: LogMessage): void;
  errorToast(out: Partial<ErrorOutput>, msg: ProcessCompletedMessage): void;
  /** Called exactly once, when the run is over. */
  settled(run: EventRun, success: boolean): void;
}

/** Messages that come from the server's stream (so the server knows the event). */
const FROM_SERVER: ReadonlySet<unknown> = new Set(["estimation", "process_starts", "progress", "log", "process_generating", "process_completed"]);

export class EventRun {
  readonly eventId = newEventId();
  /** Resolves with `success` when the run is over. */
  readonly finished: Promise<boolean>;
  private resolveFinished: (success: boolean) => void = () => undefined;
  private settledFlag = false;
  private cancelled = false;
  /** Submitted through the queue (cancellable on the server). */
  private queued = false;
  private submitted = false;
  private known = false;
  private cancelPosted = false;
  private status: EventStatus | null = null;
  private last: unknown[] | null = null;
  private readonly batcher: FrameBatcher;

  constructor(
    private readonly host: RunHost,
    readonly dep: Dependency,
    readonly triggerId: number | null,
    private readonly eventData: unknown,
  ) {
    this.finished = new Promise((resolve) => {
      this.resolveFinished = resolve;
    });
    this.batcher = new FrameBatcher((patches) => this.host.applyOutputs(this.dep, patches));
  }

  get settled(): boolean {
    return this.settledFlag;
  }

  /** Start it: the `js=` function first (if any), then the Python function (if any). */
  start(): void {
    const { dep, host } = this;
    const inputs = dep.inputs.map((id) => host.components.get(id)?.getValue() ?? null);
    if (dep.js === null) {
      this.submit(inputs);
      return;
    }
    let fn: ReturnType<typeof compileListener>;
    try {
      fn = compileListener(dep.js);
    } catch (err) {
      this.jsFailed(err);
      return;
    }
    const outputs = dep.outputs.map((id) => host.components.get(id)?.getValue() ?? null);
    fn([...inputs, ...outputs]).then(
      (result) => {
        if (this.settledFlag) return; // cancelled meanwhile
        if (!dep.backendFn) {
          const values = valuesFor(result, dep.outputs.length);
          if (values) host.applyOutputs(dep, values);
          this.settle(true);
        } else {
          this.submit(valuesFor(result, dep.inputs.length) ?? inputs);
        }
      },
      (err: unknown) => this.jsFailed(err),
    );
  }

  /** Stop it (a `cancels=[...]` listener fired). */
  cancel(): void {
    if (this.settledFlag) return;
    this.cancelled = true;
    if (this.submitted && this.queued && this.known) this.postCancel();
    this.batcher.flush(); // what arrived before the Stop stays
    this.settle(true);
  }

  private submit(data: unknown[]): void {
    const { dep, host } = this;
    if (!dep.backendFn) {
      this.settle(true);
      return;
    }
    const hostIds = dep.showProgressOn ?? dep.outputs;
    const hosts = hostIds.map((id) => host.components.get(id)).filter((c): c is Component => c !== undefined);
    this.status = new EventStatus(hosts, dep.showProgress);
    this.queued = !skipsQueue(dep, host.config);
    this.submitted = true;
    const onMessage = (msg: EventMessage): void => this.onMessage(msg);
    host.client.submit(dep.id, data, this.triggerId, this.queued, onMessage, this.eventData, this.eventId).then(
      () => this.markKnown(),
      (err: unknown) => onMessage({ msg: "transport_error", message: err instanceof Error ? err.message : String(err) }),
    );
  }

  private markKnown(): void {
    this.known = true;
    if (this.cancelled) this.postCancel();
  }

  private postCancel(): void {
    if (this.cancelPosted || !this.queued) return;
    this.cancelPosted = true;
    void this.host.client.cancel(this.dep.id, this.eventId);
  }

  private onMessage(msg: EventMessage): void {
    if (FROM_SERVER.has(msg.msg) && !this.known) this.markKnown();
    if (this.settledFlag) return;
    const { host } = this;
    switch (msg.msg) {
      case "estimation":
        this.status?.estimation(msg);
        break;
      case "process_starts":
        this.status?.processing(msg);
        break;
      case "progress":
        this.status?.progress(msg);
        break;
      case "log":
        host.log(msg);
        break;
      case "process_generating": {
        const out: Partial<EventOutput> = isRecord(msg.output) ? msg.output : {};
        if (!Array.isArray(out.data)) break;
        if (this.last === null) this.last = [...out.data];
        else {
          const prev = this.last;
          this.last = out.data.map((edits: unknown, i: number) => {
            if (!isDiffList(edits)) return edits;
            const r = applyDiff(prev[i], edits);
            if (r.problems.length) console.warn("blocklite: could not apply diff", r.problems);
            return r.value;
          });
        }
        this.status?.generating();
        this.batcher.push(this.last);
        host.statesChanged(out);
        break;
      }
      case "process_completed": {
        const out: Partial<EventOutput & ErrorOutput> = isRecord(msg.output) ? msg.output : {};
        if (msg.success === false || "error" in out) {
          this.batcher.flush(); // what a generator yielded before failing stays
          host.errorToast(out, msg);
          this.settle(false);
          break;
        }
        this.batcher.pushNow(Array.isArray(out.data) ? out.data : []);
        host.statesChanged(out);
        this.settle(true);
        this.scrollToOutput();
        break;
      }
      case "unexpected_error":
      case "transport_error":
        this.batcher.flush();
        host.toaster.error("Error", typeof msg.message === "string" && msg.message ? msg.message : "An error occurred.");
        this.settle(false);
        break;
      default:
        break;
    }
  }

  private jsFailed(err: unknown): void {
    if (this.settledFlag) return;
    console.warn(`blocklite: the js= function of listener ${this.dep.id} failed`, err);
    this.host.toaster.error("JavaScript error", describeError(err));
    this.settle(false);
  }

  private settle(success: boolean): void {
    if (this.settledFlag) return;
    this.settledFlag = true;
    this.status?.end();
    this.resolveFinished(success);
    this.host.settled(this, success);
  }

  /** `scroll_to_output`: bring the first visible output into view if it is not. */
  private scrollToOutput(): void {
    if (!this.dep.scrollToOutput || this.cancelled) return;
    for (const id of this.dep.outputs) {
      const el = this.host.components.get(id)?.el;
      if (!el || !el.isConnected || el.hidden) continue;
      const box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) {
        const smooth = !window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
        el.scrollIntoView({ block: "start", behavior: smooth ? "smooth" : "auto" });
      }
      return;
    }
  }
}
