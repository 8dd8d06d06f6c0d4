/**
 * ClearButton: renders exactly like Button; only its outer element also carries `blocklite-button`.
 *
 * Why it exists: the DOM contract gives every component the class `blocklite-<type>`, so a
 * ClearButton gets `blocklite-clearbutton`; the extra class lets it share Button's styles (and any
 * user CSS written for buttons). Clearing itself is the server's `js=` listener, run by the events.
 */

import { Button } from "./button";
import { componentSpec } from "./spec";

export class ClearButton extends Button {
  render(): void {
    super.render();
    this.el.classList.add("blocklite-button");
  }
}

export const clearButtonSpec = componentSpec(ClearButton, { textValue: true });
