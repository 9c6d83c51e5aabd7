// The errno explainer: what an error means, its usual causes and how to make it happen, in the
// student's language (js.errno.<NAME>.* in the message bundles).

import type { FailureCause } from "../events";
import { format, type Texts } from "../messages";
import { causeText } from "./cause";
import { button, el } from "./dom";

export class ErrnoExplainer {
  constructor(private readonly panel: HTMLElement, private readonly texts: Texts) {}

  /** Whether the bundles explain {@code errno}. */
  knows(errno: string): boolean {
    return `errno.${errno}.what` in this.texts;
  }

  /** Explains {@code errno}; {@code cause}: what the sandbox knows of the failure the student clicked. */
  show(errno: string, cause: FailureCause | null = null): void {
    const t = this.texts;
    const parts: Node[] = [el("h3", "", errno, { "data-testid": "errno-name" })];
    const why = causeText(cause, t);
    if (why !== null) {
      const mine = el("p", "errno-cause", undefined, { "data-testid": "errno-cause" });
      mine.append(el("strong", "", format(t, "wb.cause.mine")), ` ${why}`);
      parts.push(mine);
    }
    if (this.knows(errno)) {
      parts.push(el("p", "errno-what", format(t, `errno.${errno}.what`), { "data-testid": "errno-what" }));
      parts.push(el("h4", "", format(t, "wb.errno.causes")), el("p", "", format(t, `errno.${errno}.causes`)));
      parts.push(el("h4", "", format(t, "wb.errno.reproduce")), el("p", "", format(t, `errno.${errno}.reproduce`)));
    } else {
      parts.push(el("p", "errno-what", format(t, "wb.errno.unknown", { errno }), { "data-testid": "errno-what" }));
    }
    parts.push(button(format(t, "wb.close"), "small", "errno-close", () => { this.panel.hidden = true; }));
    this.panel.replaceChildren(...parts);
    this.panel.hidden = false;
    this.panel.focus();
  }
}
