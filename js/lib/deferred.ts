/**
 * A promise together with its resolve and reject functions.
 *
 * Why it exists: an app's `ready` and `booted` promises (and the worker its route waits for) are
 * settled later by callbacks that do not run inside the promise's executor.
 */

export interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/**
 * A new deferred. Its promise never reports an unhandled rejection: failures are shown in the page,
 * and whoever awaits the promise still sees the rejection.
 */
export function deferred<T = void>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
