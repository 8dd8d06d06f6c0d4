/**
 * Narrows what a worker posts to the page into `FromWorker` (protocol/worker.ts).
 *
 * Why it exists: a message from the worker is untyped at run time; WorkerHost acts only on what
 * this parser accepts, so a malformed message is ignored (and logged) instead of crashing a listener.
 */

import type { BootPhase, FromWorker } from "../../protocol/worker";
import { isNumber, isRecord, str } from "../lib/guards";

const PHASES: ReadonlySet<string> = new Set(["loading-python", "installing", "running-app"]);

function toPhase(s: string): BootPhase {
  return s === "installing" ? "installing" : s === "running-app" ? "running-app" : "loading-python";
}

export function parseFromWorker(x: unknown): FromWorker | null {
  if (!isRecord(x)) return null;
  switch (x.type) {
    case "status":
      return typeof x.phase === "string" && PHASES.has(x.phase) ? { type: "status", phase: toPhase(x.phase) } : null;
    case "ready": {
      const timings: Record<string, number> = {};
      if (isRecord(x.timings)) for (const [k, v] of Object.entries(x.timings)) if (isNumber(v)) timings[k] = v;
      return { type: "ready", timings };
    }
    case "app-error": {
      const e = isRecord(x.error) ? x.error : {};
      return {
        type: "app-error",
        error: {
          name: str(e.name, "Error"),
          message: str(e.message),
          traceback: str(e.traceback, str(e.message)),
          lineno: isNumber(e.lineno) ? e.lineno : null,
          stack: typeof e.stack === "string" ? e.stack : undefined,
        },
      };
    }
    case "fatal": {
      const e = isRecord(x.error) ? x.error : {};
      return { type: "fatal", error: { name: str(e.name, "Error"), message: str(e.message, "unknown error"), stack: typeof e.stack === "string" ? e.stack : undefined } };
    }
    case "console":
      return { type: "console", level: x.level === "warn" || x.level === "error" ? x.level : "log", text: str(x.text) };
    case "pong":
      return isNumber(x.id) ? { type: "pong", id: x.id } : null;
    case "handler":
      return (x.state === "start" || x.state === "end") && isNumber(x.run)
        ? { type: "handler", state: x.state, run: x.run, eventId: str(x.eventId) }
        : null;
    case "closing":
      return { type: "closing" };
    case "lifeline":
      return { type: "lifeline" };
    default:
      return null;
  }
}
