/**
 * A text input put over a table cell or header for renaming: Enter or leaving keeps the text,
 * Escape drops it, and clicks and keys stay inside (no sort, no grid navigation meanwhile).
 *
 * Why it exists: renaming a column is a small editor of its own, kept out of dataframe.ts.
 */

/** Replace `host`'s content with an input holding `value`; `finish` runs once. */
export function inlineInput(host: HTMLElement, value: string, label: string, finish: (keep: boolean, text: string) => void): void {
  const input = document.createElement("input");
  input.type = "text";
  input.className = "blocklite-dataframe-editor";
  input.value = value;
  input.setAttribute("aria-label", label);
  let done = false;
  const end = (keep: boolean): void => {
    if (done) return;
    done = true;
    finish(keep, input.value);
  };
  input.addEventListener("click", (e) => e.stopPropagation());
  input.addEventListener("keydown", (e) => {
    e.stopPropagation();
    if (e.key === "Enter" || e.key === "Escape") {
      e.preventDefault();
      end(e.key === "Enter");
    }
  });
  input.addEventListener("blur", () => end(true));
  host.replaceChildren(input);
  input.focus();
  input.select();
}
