/**
 * Encrypt a JSON value with a passphrase for storage at rest (gr.BrowserState's `secret`).
 *
 * Why it exists: Gradio keeps a BrowserState with a secret encrypted in localStorage, so another
 * app on the same origin (or anyone reading the profile's storage) sees ciphertext. This uses the
 * browser's own Web Crypto: AES-GCM with a key derived from the secret by PBKDF2-SHA-256 over a
 * random salt kept beside the ciphertext; a wrong secret or a changed byte fails authentication and
 * reads as "nothing stored". Web Crypto exists only in secure contexts (https, localhost); elsewhere
 * `sealingAvailable()` is false and callers must not store the value at all.
 */

const ITERATIONS = 100_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface Sealed {
  salt: string;
  iv: string;
  data: string;
}

/** Whether values can be sealed here (Web Crypto needs a secure context). */
export function sealingAvailable(): boolean {
  return typeof crypto !== "undefined" && crypto.subtle !== undefined;
}

/** A key for one secret and salt: derive once, seal and open many times. */
export class SealingKey {
  private constructor(
    private readonly key: CryptoKey,
    readonly salt: Uint8Array<ArrayBuffer>,
  ) {}

  /** Derive the key for `secret` (a fresh random salt unless one is given). */
  static async derive(secret: string, salt?: Uint8Array<ArrayBuffer>): Promise<SealingKey> {
    const useSalt = salt ?? crypto.getRandomValues(new Uint8Array(SALT_BYTES));
    const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), "PBKDF2", false, ["deriveKey"]);
    const key = await crypto.subtle.deriveKey(
      { name: "PBKDF2", hash: "SHA-256", salt: useSalt, iterations: ITERATIONS },
      material,
      { name: "AES-GCM", length: 256 },
      false,
      ["encrypt", "decrypt"],
    );
    return new SealingKey(key, useSalt);
  }

  /** `value` as JSON, encrypted with a fresh IV. */
  async seal(value: unknown): Promise<Sealed> {
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const plain = new TextEncoder().encode(JSON.stringify(value));
    const data = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, this.key, plain));
    return { salt: toBase64(this.salt), iv: toBase64(iv), data: toBase64(data) };
  }

  /** The value sealed in `sealed`, or `undefined` when it was sealed with another secret or altered. */
  async open(sealed: Sealed): Promise<{ value: unknown } | undefined> {
    try {
      const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(sealed.iv) }, this.key, fromBase64(sealed.data));
      return { value: JSON.parse(new TextDecoder().decode(plain)) };
    } catch {
      return undefined;
    }
  }
}

/** Whether `x` has the shape `seal()` returns. */
export function isSealed(x: unknown): x is Sealed {
  if (typeof x !== "object" || x === null) return false;
  const r: Record<string, unknown> = { ...x };
  return typeof r.salt === "string" && typeof r.iv === "string" && typeof r.data === "string";
}

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
