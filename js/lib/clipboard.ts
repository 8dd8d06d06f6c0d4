/**
 * Copying text to the clipboard for the copy buttons (gr.Code, gr.JSON, gr.Textbox, gr.Chatbot).
 *
 * Why it exists: the Clipboard API is missing in insecure contexts and may throw or reject; each
 * button wants the same "try, then say Copied, never fail" behaviour, written once here.
 */

/** Write `text` to the clipboard; `done` runs once it is there. Never throws. */
export function copyText(text: string, done?: () => void): void {
  try {
    const clipboard: Clipboard | undefined = navigator.clipboard;
    if (!clipboard) return;
    clipboard.writeText(text).then(
      () => done?.(),
      () => undefined, // refused (no permission, page not focused): nothing to do
    );
  } catch {
    /* no clipboard here (insecure context): nothing to do */
  }
}
