/**
 * The page's network switch: `offline` (the script tag's `data-offline` attribute).
 *
 * Why it exists: an offline or privacy-sensitive app must not make the visitor's browser fetch
 * anything the app did not ship. This is the one place the switch is read and stored; the
 * sanitizer (js/components/sanitize.ts) asks it whether remote media may load, and later features
 * (fonts, run-time package installs, a built site's CSP) read the same key. It is page-wide: one
 * blocklite script tag saying `data-offline` makes the whole page offline, since a fetch made for
 * any app on the page reveals the same visitor.
 */

/** The key later features read (script-tag attribute `data-offline`). */
export const OFFLINE_KEY = "offline";

let offline = false;

/** The attribute's value → whether it switches offline on: present and not "false"/"off"/"no"/"0". */
export function parseOffline(attr: string | undefined): boolean {
  if (attr === undefined) return false;
  return !["false", "off", "no", "0"].includes(attr.trim().toLowerCase());
}

/** Switch the page offline (never back on: a later app cannot loosen what an earlier one asked). */
export function setOffline(on: boolean): void {
  if (on) offline = true;
}

/** Whether content the app did not ship may be fetched. */
export function isOffline(): boolean {
  return offline;
}

/** Whether `url` (as written in an attribute) would be fetched from another origin than `pageOrigin`.
 * data: and blob: URLs are local; anything unparsable counts as remote (blocked when offline). */
export function isRemoteUrl(url: string, baseUrl: string, pageOrigin: string): boolean {
  const trimmed = url.trim();
  if (trimmed === "") return false;
  try {
    const parsed = new URL(trimmed, baseUrl);
    if (parsed.protocol === "data:" || parsed.protocol === "blob:") return false;
    return parsed.origin !== pageOrigin;
  } catch {
    return true;
  }
}

/** `isRemoteUrl` for a URL written in this page (resolved against its base, compared with its origin). */
export function isRemote(url: string): boolean {
  return isRemoteUrl(url, document.baseURI, location.origin);
}

/** Whether the page may fetch `url` to show it (an icon, an avatar, a chat file): always online;
 * offline only from the page's own origin (or a data:/blob: URL). */
export function mayFetch(url: string): boolean {
  return !offline || !isRemote(url);
}
