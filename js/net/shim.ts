/**
 * Replaces `fetch` and `EventSource` once per page so that requests to an app's virtual root go to
 * that app's worker.
 *
 * Why it exists: the UI (and any user code or Gradio's own JS client) talks to the Python app with
 * ordinary HTTP APIs. Only URLs under a registered root (`<origin>/__blocklite__/<app-id>/`) are
 * rerouted; every other request reaches the real network untouched.
 */

import { WorkerEventSource } from "./event-source";
import { findRoute, resolveUrl, sendToWorker, shimState } from "./transport";

export function installShim(): void {
  const state = shimState();
  if (state.installed) return;
  state.installed = true;

  const originalFetch = globalThis.fetch;
  const shimFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = resolveUrl(input);
    const route = findRoute(url);
    if (!route || url === null) return originalFetch.call(globalThis, input, init);
    let request: Request;
    try {
      request = new Request(input instanceof Request ? input : url, init);
    } catch (err) {
      return Promise.reject(err);
    }
    return sendToWorker(route, request);
  };
  globalThis.fetch = shimFetch;

  const OriginalEventSource: typeof EventSource | undefined = globalThis.EventSource;
  const target = OriginalEventSource ?? WorkerEventSource;
  const proxy: typeof target = new Proxy(target, {
    construct(base, args: unknown[], newTarget): object {
      const url = resolveUrl(args[0]);
      const route = findRoute(url);
      if (route && url !== null) {
        const init = args[1];
        const withCredentials = typeof init === "object" && init !== null && "withCredentials" in init;
        return new WorkerEventSource(route, url, { withCredentials: withCredentials && Boolean(init.withCredentials) });
      }
      if (!OriginalEventSource) throw new TypeError("EventSource is not available here");
      return Reflect.construct(base, args, newTarget === proxy ? base : newTarget);
    },
  });
  Object.defineProperty(globalThis, "EventSource", { value: proxy, writable: true, configurable: true });
}
