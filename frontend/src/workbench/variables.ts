// Step mode's variables: what the stopped frame holds, as Python Tutor's frames and VS Code's
// Variables view show it — each name with its value's bounded repr, a socket as its descriptor,
// its two addresses and its state; the module's names apart, folded, when inside a function.

import { format, type Texts } from "../messages";
import { el } from "./dom";
import type { VariablesView, VariableView } from "./protocol";

/** The value as the view shows it: the repr, or for a socket what the kernel knows of it. */
export function valueText(variable: VariableView, texts: Texts): string {
  const socket = variable.socket;
  if (socket === null) return variable.repr;
  if (socket.fd < 0) return format(texts, "wb.vars.socketClosed");
  const key = socket.remote === null ? "wb.vars.socket" : "wb.vars.socketConnected";
  return format(texts, key, { fd: socket.fd, local: socket.local ?? "—", remote: socket.remote ?? "", state: socket.state });
}

function table(variables: readonly VariableView[], texts: Texts, testId: string): HTMLElement {
  if (variables.length === 0) return el("p", "empty", format(texts, "wb.vars.none"), { "data-testid": `${testId}-empty` });
  const rows = el("dl", "variables-list", undefined, { "data-testid": testId });
  for (const variable of variables) {
    const name = el("dt", "variable-name", variable.name, { "data-testid": "variable-name" });
    const value = el("dd", variable.socket ? "variable-value variable-socket" : "variable-value", valueText(variable, texts),
      { "data-testid": "variable-value", title: variable.type });
    rows.append(name, value);
  }
  return rows;
}

/** Draws {@code view} into {@code container}; keeps whether the module's names were unfolded. */
export function renderVariables(container: HTMLElement, view: VariablesView | null | undefined, texts: Texts): void {
  container.hidden = !view;
  if (!view) {
    container.replaceChildren();
    return;
  }
  const wasOpen = container.querySelector<HTMLDetailsElement>("details")?.open ?? false;
  const parts: Node[] = [el("h4", "variables-title", format(texts, "wb.vars.title")), table(view.locals, texts, "variables-locals")];
  if (!view.moduleLevel) {
    const globals = el("details", "variables-globals", undefined, { "data-testid": "variables-globals" });
    globals.open = wasOpen;
    globals.append(el("summary", "", format(texts, "wb.vars.globals", { count: view.globals.length })),
      table(view.globals, texts, "variables-globals-list"));
    parts.push(globals);
  }
  container.replaceChildren(...parts);
}
