/**
 * The validating parser of the app config (`GET /config`); its types are in protocol/gradio.ts.
 *
 * Why it exists: the config is the contract between our Python server and this renderer (it mirrors
 * Gradio's, see docs/protocol.md). Parsing it once here, with defaults for optional fields, means the
 * rest of the UI works with typed data and a malformed config becomes one clear error message.
 */

import type { AppConfig, ComponentConfig, Dependency, LayoutNode, TriggerMode } from "../../protocol/gradio";
import { isNumber, isRecord, numArray, str } from "../lib/guards";
import { parseTranslations } from "../page/i18n";
import { parseThemeVars } from "../page/theme";

function parseLayout(x: unknown, depth = 0): LayoutNode | null {
  if (!isRecord(x) || !isNumber(x.id) || depth > 200) return null;
  const children: LayoutNode[] = [];
  if (Array.isArray(x.children)) {
    for (const c of x.children) {
      const node = parseLayout(c, depth + 1);
      if (node) children.push(node);
    }
  }
  return { id: x.id, children };
}

function parseTargets(x: unknown): [number, string][] {
  if (!Array.isArray(x)) return [];
  const out: [number, string][] = [];
  for (const t of x) {
    if (Array.isArray(t) && isNumber(t[0]) && typeof t[1] === "string") out.push([t[0], t[1]]);
  }
  return out;
}

/** `show_progress_on`: an id, a list of ids, or null/absent. An empty list means "nowhere". */
function parseIds(x: unknown): number[] | null {
  if (isNumber(x)) return [x];
  return Array.isArray(x) ? numArray(x) : null;
}

function parseDependency(x: unknown, index: number): Dependency | null {
  if (!isRecord(x)) return null;
  const targets = parseTargets(x.targets);
  const mode = x.trigger_mode;
  const defaultMode: TriggerMode = targets.some(([, e]) => e === "change" || e === "key_up")
    ? "always_last"
    : "once";
  const types = isRecord(x.types) ? x.types : {};
  return {
    id: isNumber(x.id) ? x.id : index,
    targets,
    inputs: numArray(x.inputs),
    outputs: numArray(x.outputs),
    queue: typeof x.queue === "boolean" ? x.queue : null,
    backendFn: x.backend_fn !== false,
    js: typeof x.js === "string" ? x.js : null,
    triggerAfter: isNumber(x.trigger_after) ? x.trigger_after : null,
    onlyOnSuccess: x.trigger_only_on_success === true,
    onlyOnFailure: x.trigger_only_on_failure === true,
    showProgress: x.show_progress === "minimal" || x.show_progress === "hidden" ? x.show_progress : "full",
    showProgressOn: parseIds(x.show_progress_on),
    scrollToOutput: x.scroll_to_output === true,
    cancels: numArray(x.cancels),
    cancelOnly: types.cancel === true,
    triggerMode: mode === "once" || mode === "multiple" || mode === "always_last" ? mode : defaultMode,
    generator: types.generator === true,
    streamEvery: isNumber(x.stream_every) && x.stream_every > 0 ? x.stream_every : 0.5,
    timeLimit: isNumber(x.time_limit) && x.time_limit > 0 ? x.time_limit : null,
  };
}

/** Parse a config; returns an error string when it is unusable. */
export function parseConfig(x: unknown, fallbackRoot: string): AppConfig | string {
  if (!isRecord(x)) return "config is not a JSON object";
  const layout = parseLayout(x.layout);
  if (!layout) return "config has no layout";
  const components: ComponentConfig[] = [];
  if (Array.isArray(x.components)) {
    for (const c of x.components) {
      if (isRecord(c) && isNumber(c.id)) {
        components.push({ id: c.id, type: str(c.type, "unknown"), props: isRecord(c.props) ? c.props : {} });
      }
    }
  }
  const dependencies: Dependency[] = [];
  if (Array.isArray(x.dependencies)) {
    x.dependencies.forEach((d, i) => {
      const dep = parseDependency(d, i);
      if (dep) dependencies.push(dep);
    });
  }
  const root = str(x.root, fallbackRoot).replace(/\/+$/, "");
  return {
    root: root || fallbackRoot.replace(/\/+$/, ""),
    apiPrefix: str(x.api_prefix, "/gradio_api"),
    enableQueue: x.enable_queue !== false,
    maxFileSize: isNumber(x.max_file_size) && x.max_file_size >= 0 ? x.max_file_size : null,
    title: str(x.title),
    css: typeof x.css === "string" && x.css ? x.css : null,
    js: typeof x.js === "string" && x.js.trim() ? x.js : null,
    head: typeof x.head === "string" && x.head.trim() ? x.head : null,
    translations: parseTranslations(x.i18n_translations),
    fillHeight: x.fill_height === true,
    fillWidth: x.fill_width === true,
    themeVars: parseThemeVars(x.theme_vars),
    components,
    dependencies,
    layout,
  };
}

/** Whether a dependency skips the queue (Gradio client's `skip_queue`). */
export function skipsQueue(dep: Dependency, config: AppConfig): boolean {
  return dep.queue !== null ? !dep.queue : !config.enableQueue;
}
