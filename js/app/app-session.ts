/**
 * A rendered app: its config, the queue client (the session with the Python server), the event
 * scheduler and the components, from the config's arrival to `unload`.
 *
 * Why it exists: once Python has booted, the app is a session of Gradio's protocol; this class wires
 * the engine (queue client, scheduler, renderer, interactivity rule) to the page options and the
 * component registry, and is what unmount takes apart again.
 */

import type { AppConfig } from "../../protocol/gradio";
import type { Component, ComponentContext } from "../components/base";
import { isTextValue } from "../components/registry";
import { parseConfig } from "../engine/config";
import { describeError, runAppJs } from "../engine/frontend-fn";
import { isInteractive } from "../engine/interactive";
import { type ClientHooks, QueueClient } from "../engine/queue-client";
import { createInnerComponent, renderLayout } from "../engine/render";
import { EventRunner } from "../engine/scheduler";
import { type AppFiles, createAppFiles } from "../net/app-files";
import { type TitleMode, applyPageOptions } from "../page/page-options";
import type { Toaster } from "../status/toast";

/** `GET config` of the app at `rootUrl`, parsed; throws with a readable message when unusable. */
export async function fetchConfig(rootUrl: string): Promise<AppConfig> {
  const response = await fetch(`${rootUrl}config`);
  if (!response.ok) throw new Error(`GET config answered ${response.status}`);
  const json: unknown = await response.json();
  const config = parseConfig(json, rootUrl);
  if (typeof config === "string") throw new Error(config);
  return config;
}

/** Where the session renders. */
export interface SessionPlace {
  appId: string;
  root: HTMLElement;
  /** The layout renders into it (the app's css goes right before it). */
  main: HTMLElement;
  titleMode: TitleMode;
}

export class AppSession {
  readonly client: QueueClient;
  readonly runner: EventRunner;
  readonly components = new Map<number, Component>();
  /** Uploads, and blob: URLs for the app's files (revoked when the session ends). */
  readonly files: AppFiles;

  /** Opens the queue session's stream at once, so the first event does not wait for it. */
  constructor(
    readonly config: AppConfig,
    private readonly toaster: Toaster,
    hooks: ClientHooks = {},
  ) {
    this.files = createAppFiles(`${config.root}/`, config.maxFileSize);
    this.client = new QueueClient(config, hooks);
    this.client.connect();
    this.runner = new EventRunner(config, this.components, this.client, toaster);
  }

  /** Translations, title, head and css= (page-options.ts), then the layout into `place.main`. */
  render(place: SessionPlace): void {
    const { config, runner } = this;
    const ctx: ComponentContext = {
      appId: place.appId,
      trigger: (cid, event, data) => runner.trigger(cid, event, data),
      hasListener: (cid, event) => runner.hasListener(cid, event),
      listenerPace: (cid, event) => runner.listenerPace(cid, event),
      isInteractive: (cid, props) => isInteractive(cid, props.interactive, props.value, config.dependencies),
      createInner: (type, props) => createInnerComponent(place.appId, type, props, this.files),
      trustsConfig: true, // this config is the app's own code (values from handlers come later)
      files: this.files,
      showError: (title, message) => this.toaster.error(title, message),
    };
    // Later outputs are translated as they arrive.
    const i18n = applyPageOptions(config, {
      appId: place.appId,
      root: place.root,
      styleBefore: place.main,
      titleMode: place.titleMode,
      textValue: isTextValue,
      files: this.files,
    });
    runner.translate = (type, value) => i18n.output(type, value);
    place.root.classList.toggle("blocklite-fill-height", config.fillHeight);
    place.root.classList.toggle("blocklite-fill-width", config.fillWidth);
    for (const [cid, comp] of renderLayout(config, place.main, ctx)) this.components.set(cid, comp);
  }

  /** The UI is visible: run `Blocks(js=...)` once and fire the `load` listeners. */
  start(): void {
    if (this.config.js) {
      // Blocks(js=...): its failure is the app author's, shown but not fatal.
      runAppJs(this.config.js).catch((err: unknown) => {
        console.warn("blocklite: the app's js failed", err);
        this.toaster.error("JavaScript error", describeError(err));
      });
    }
    // gr.BrowserState values are read asynchronously (decrypted): load listeners send them.
    const starting = [...this.components.values()].map((comp) => comp.ready().catch(() => undefined));
    void Promise.all(starting).then(() => this.runner.load());
  }

  /** Stop every component's timers and the like (they outlive the DOM otherwise). */
  destroyComponents(): void {
    this.files.dispose();
    for (const comp of this.components.values()) {
      try {
        comp.destroy();
      } catch (err) {
        console.warn(`blocklite: could not stop component ${comp.id}`, err);
      }
    }
  }
}
