/**
 * gr.Timer: shows nothing; while `active`, fires its `tick` listeners every `value` seconds.
 *
 * Why it exists: Gradio's way to run events on a schedule (`timer.tick(...)`, and components built
 * with `every=`). As in Gradio's frontend, a tick is skipped while the page is hidden, and a tick
 * that comes while the previous one of the same listener still runs is dropped by the listener's
 * `trigger_mode` (the event runner's job, not the timer's). Updates (`gr.Timer(active=False)`,
 * `gr.Timer(value=2)`) stop, start or retime it; `destroy()` (the app unmounting) stops it for good.
 */

import { type Dict, isNumber } from "../lib/guards";
import { Component, type ComponentContext } from "./base";
import { componentSpec } from "./spec";

export class Timer extends Component {
  private interval: ReturnType<typeof setInterval> | null = null;
  /** The period the interval runs with, in seconds (0: stopped). */
  private period = 0;
  private destroyed = false;

  constructor(id: number, type: string, props: Dict, ctx: ComponentContext) {
    super(id, type, props, ctx);
    this.render();
  }

  get headless(): boolean {
    return true;
  }

  protected normalize(value: unknown): number | null {
    return isNumber(value) ? value : null;
  }

  getValue(): number | null {
    return isNumber(this.props.value) ? this.props.value : null;
  }

  setPending(): void {
    // nothing to show
  }

  /** Whether it is ticking now (for tests and the app handle). */
  get running(): boolean {
    return this.interval !== null;
  }

  render(): void {
    this.el.hidden = true;
    this.el.dataset.blockliteId = String(this.id);
    const seconds = this.getValue() ?? 1;
    const want = !this.destroyed && this.props.active !== false && seconds > 0 ? seconds : 0;
    if (want === this.period) return;
    this.stop();
    this.period = want;
    if (want === 0) return;
    this.interval = setInterval(() => {
      if (typeof document !== "undefined" && document.visibilityState === "hidden") return;
      this.ctx.trigger(this.id, "tick");
    }, want * 1000);
  }

  destroy(): void {
    this.destroyed = true;
    this.stop();
    this.period = 0;
  }

  private stop(): void {
    if (this.interval !== null) clearInterval(this.interval);
    this.interval = null;
  }
}

export const timerSpec = componentSpec(Timer, { headless: true });
