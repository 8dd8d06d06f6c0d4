/**
 * Gradio's wire protocol as blocklite speaks it: the queue messages the Python server sends on
 * `queue/data`, the `output` object inside them, the body of `queue/join` and `run/predict`, and the
 * config the page renders.
 *
 * Why it exists: the Python side writes these messages (py/blocklite/server/, progress.py,
 * alerts.py) and the page reads them (js/engine/queue-client.ts, event-run.ts, scheduler.ts,
 * js/status/progress-overlay.ts); this file is the page's single statement of their shape, so a
 * field is added in one place and the compiler finds every reader. Each message is one plain
 * interface with a literal `msg` (a test reads these interfaces with the TypeScript compiler API
 * and compares them with the Python constructors): keep them plain (properties only, optional
 * ones with `?`, no mapped or conditional types) and list every `msg` in QUEUE_MESSAGE_TYPES.
 *
 * Field names are the wire's (snake_case), as Python sends them. Only ES2022 is available here (see
 * protocol/tsconfig.json): page and worker both import this file.
 */

// ---------------------------------------------------------------------------------------------
// Queue messages (`GET queue/data`, one `data: <json>` line each)

/** A queued event's place in the queue (also the answer of `GET queue/status`, with event_id null). */
export interface EstimationMessage {
  msg: "estimation";
  event_id: string | null;
  /** 0-based position among the waiting events (null: unknown). */
  rank: number | null;
  queue_size: number;
  /** Seconds until it starts, when the server has an estimate. */
  rank_eta: number | null;
}

/** The event left the queue and its function started. */
export interface ProcessStartsMessage {
  msg: "process_starts";
  event_id: string;
  /** Expected duration in seconds, when known. */
  eta: number | null;
}

/** One level of `gr.Progress` (all fields may be null). */
export interface ProgressUnit {
  index: number | null;
  length: number | null;
  unit: string | null;
  /** A fraction 0..1 when the handler gave one instead of index/length. */
  progress: number | null;
  desc: string | null;
}

/** `gr.Progress` / `progress.tqdm` moved. */
export interface ProgressMessage {
  msg: "progress";
  event_id: string;
  progress_data: ProgressUnit[];
}

export type LogLevel = "info" | "warning" | "success" | "error";

/** `gr.Info` / `gr.Warning` / `gr.Success` inside a handler: a toast. */
export interface LogMessage {
  msg: "log";
  event_id: string;
  log: string;
  level: LogLevel;
  /** Seconds the toast stays (null: until closed). */
  duration: number | null;
  visible: boolean;
  title: string;
}

/** A generator yielded: the first one carries full values, later ones a diff list per output. */
export interface ProcessGeneratingMessage {
  msg: "process_generating";
  event_id: string;
  output: EventOutput;
  success: boolean;
  time_limit: number | null;
}

/** The event is over: `output` is its result, an error payload, or empty (cancelled). */
export interface ProcessCompletedMessage {
  msg: "process_completed";
  event_id: string;
  output: EventOutput | ErrorOutput | CancelledOutput;
  success: boolean;
  /** The error's title (failures), null on success; absent for a cancelled event. */
  title?: string | null;
  used_cache?: string | null;
  cache_duration?: number | null;
  avg_time?: number | null;
}

/** Keeps the stream alive while the session has a queue (every 15 s). */
export interface HeartbeatMessage {
  msg: "heartbeat";
  event_id: null;
}

/** The server ends the stream (a server without blocklite's keep_open, after its last event). */
export interface CloseStreamMessage {
  msg: "close_stream";
  event_id: null;
}

/** Something failed outside any handler; with event_id null it concerns every pending event. */
export interface UnexpectedErrorMessage {
  msg: "unexpected_error";
  event_id: string | null;
  message: string;
  /** The stream's session is unknown to the server. */
  session_not_found?: boolean;
  success: false;
}

/** A file on the wire: the server path, the URL to load it from, and its facts (Gradio's FileData). */
export interface FileData {
  path: string;
  url?: string | null;
  size?: number | null;
  orig_name?: string | null;
  mime_type?: string | null;
  is_stream: boolean;
  meta?: { _type: "gradio.FileData" };
}

/** A frame of `upload_progress?upload_id=`: `chunk_size` bytes of `orig_name` arrived since the last. */
export interface UploadProgressMessage {
  msg: "update" | "done" | "heartbeat";
  orig_name?: string;
  chunk_size?: number;
}

/** Every message the server sends on `queue/data`. */
export type QueueMessage =
  | EstimationMessage
  | ProcessStartsMessage
  | ProgressMessage
  | LogMessage
  | ProcessGeneratingMessage
  | ProcessCompletedMessage
  | HeartbeatMessage
  | CloseStreamMessage
  | UnexpectedErrorMessage;

/** The `msg` values of QueueMessage, one per interface above. */
export const QUEUE_MESSAGE_TYPES = [
  "estimation",
  "process_starts",
  "progress",
  "log",
  "process_generating",
  "process_completed",
  "heartbeat",
  "close_stream",
  "unexpected_error",
] as const satisfies readonly QueueMessage["msg"][];

/** Compile-time check that QUEUE_MESSAGE_TYPES names every message (an unlisted one fails here). */
const _allListed: Exclude<QueueMessage["msg"], (typeof QUEUE_MESSAGE_TYPES)[number]> extends never ? true : never = true;
void _allListed;

const TYPES: ReadonlySet<unknown> = new Set(QUEUE_MESSAGE_TYPES);

/**
 * Whether a parsed `data:` payload is a queue message: an object whose `msg` is one of ours. Only
 * the discriminant is checked; readers still check the fields they use (the payload crossed a wire).
 */
export function isQueueMessage(x: unknown): x is QueueMessage {
  return typeof x === "object" && x !== null && !Array.isArray(x) && TYPES.has((x as { msg?: unknown }).msg);
}

// ---------------------------------------------------------------------------------------------
// The `output` object (process_generating, process_completed, and the answer of run/predict)

/** A successful (or streamed) result: one value per dependency output. */
export interface EventOutput {
  /** Per output: a value, `{__type__: "update", ...}`, null for a State, or (streaming) a diff list. */
  data: unknown[];
  is_generating: boolean;
  duration: number;
  average_duration: number | null;
  render_config: unknown;
  /** States whose value changed (their `change` listeners fire on the page). */
  changed_state_ids: number[];
  used_cache: string | null;
}

/** A failed event: the message only for gr.Error or with show_error (else null). */
export interface ErrorOutput {
  error: string | null;
  duration?: number | null;
  visible?: boolean;
  title?: string;
}

/** A cancelled event's output: `{}`. */
export interface CancelledOutput {
  data?: undefined;
  error?: undefined;
}

// ---------------------------------------------------------------------------------------------
// Requests

/** The body of `POST queue/join` and `POST run/predict` (Gradio's PredictBody). */
export interface PredictBody {
  /** One value per dependency input (null for States). */
  data: unknown[];
  /** The trigger's payload (SelectData, LikeData...), null when it has none. */
  event_data: unknown;
  /** The dependency's id. */
  fn_index: number;
  trigger_id: number | null;
  session_hash: string;
  /** Named by the page, so its messages can be handled before the join answers. */
  event_id?: string;
}

/** The answer of `POST queue/join`. */
export interface JoinResponse {
  event_id: string;
}

/** The body of `POST cancel`. */
/** The JSON body of every 4xx/5xx answer (FastAPI's shape, which Gradio's clients read). */
export interface ErrorResponse {
  detail: string;
}

export interface CancelBody {
  session_hash: string;
  fn_index: number;
  event_id: string;
}

// ---------------------------------------------------------------------------------------------
// The config (`GET config`), as the page uses it once parsed (js/engine/config.ts parses and
// validates the wire form; wire names are given where they differ).

/** A layout node: a component id and the nodes inside it. */
export interface LayoutNode {
  id: number;
  children: LayoutNode[];
}

export type Dict = Record<string, unknown>;

/** One entry of `components`. */
export interface ComponentConfig {
  id: number;
  type: string;
  props: Dict;
}

export type TriggerMode = "once" | "multiple" | "always_last";

export type ShowProgress = "full" | "minimal" | "hidden";

/** One entry of `dependencies` (a listener). */
export interface Dependency {
  id: number;
  /** `[component id, event name]` pairs that fire it. */
  targets: [number, string][];
  inputs: number[];
  outputs: number[];
  /** null: follow `config.enable_queue`. */
  queue: boolean | null;
  /** Wire: `backend_fn`. */
  backendFn: boolean;
  js: string | null;
  /** Wire: `trigger_after` (the dependency this one chains after). */
  triggerAfter: number | null;
  /** Wire: `trigger_only_on_success`. */
  onlyOnSuccess: boolean;
  /** Wire: `trigger_only_on_failure`. */
  onlyOnFailure: boolean;
  /** Wire: `show_progress`. */
  showProgress: ShowProgress;
  /** Wire: `show_progress_on`: components that show progress instead of the outputs (null: the outputs). */
  showProgressOn: number[] | null;
  /** Wire: `scroll_to_output`. */
  scrollToOutput: boolean;
  /** Dependencies whose running/queued events this one cancels when it fires. */
  cancels: number[];
  /** Wire: `types.cancel`: Gradio's cancel-only dependency (it cancels and runs nothing itself). */
  cancelOnly: boolean;
  /** Wire: `trigger_mode`. */
  triggerMode: TriggerMode;
  /** Wire: `types.generator`. */
  generator: boolean;
  /** Wire: `stream_every`: seconds between the chunks a streaming input (`audio.stream`) sends. */
  streamEvery: number;
  /** Wire: `time_limit`: seconds a streaming input may run (null: no limit). */
  timeLimit: number | null;
}

/** `i18n_translations`: locale → {key: text}. */
export type Translations = Record<string, Record<string, string>>;

/** `theme_vars`: the CSS variables of the app's theme that differ from the bundled Default. */
export interface ThemeVars {
  light: Record<string, string>;
  dark: Record<string, string>;
}

export interface AppConfig {
  /** App root URL without trailing slash. */
  root: string;
  /** Wire: `api_prefix`. */
  apiPrefix: string;
  /** Wire: `enable_queue`. */
  enableQueue: boolean;
  /** Wire: `max_file_size` (bytes; null: no limit). */
  maxFileSize: number | null;
  title: string;
  css: string | null;
  /** `Blocks(js=...)`: JS source run once when the app has rendered. */
  js: string | null;
  /** `head=`/`head_paths=`: HTML for document.head (see js/page/page-options.ts). */
  head: string | null;
  /** Wire: `i18n_translations` (empty without translations). */
  translations: Translations;
  /** Wire: `fill_height`, `fill_width`. */
  fillHeight: boolean;
  fillWidth: boolean;
  /** Wire: `theme_vars` (docs/themes.md). */
  themeVars: ThemeVars;
  components: ComponentConfig[];
  dependencies: Dependency[];
  layout: LayoutNode;
}
