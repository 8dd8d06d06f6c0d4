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
