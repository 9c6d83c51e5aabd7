// One console per process: its output (stderr in another colour, typed input echoed), a title
// with pid, program and state, an input line for stdin and the buttons that act on it.

import type { FailureCause } from "../events";
import { format, type Texts } from "../messages";
import { causeText } from "./cause";
import { isRunning, processStatus } from "./describe";
import { button, el } from "./dom";
import type { ConsoleModel, WorkbenchModel } from "./model";
import { tracebackFrames } from "./traceback";
import { renderVariables } from "./variables";

export interface ConsoleActions {
  type(pid: number, text: string): void;
  endOfInput(pid: number): void;
  interrupt(pid: number): void;
  kill(pid: number): void;
  step(pid: number): void;
  resume(pid: number): void;
  pause(pid: number): void;
  select(pid: number): void;
  explain(errno: string, cause: FailureCause | null): void;
  /** A traceback's frame was clicked: show that line of that file. */
  showSource(file: string, line: number): void;
}

interface Controls {
  step: HTMLButtonElement;
  resume: HTMLButtonElement;
  pause: HTMLButtonElement;
  interrupt: HTMLButtonElement;
  kill: HTMLButtonElement;
}

interface Card {
  root: HTMLElement;
  fold: HTMLButtonElement;
  title: HTMLElement;
  status: HTMLElement;
  output: HTMLElement;
  errors: HTMLElement;
  errnos: string;
  /** Step mode's variables of the stopped process, and the view they were drawn from. */
  variables: HTMLElement;
  variablesShown: string;
  input: HTMLInputElement;
  controls: Controls;
  version: number;
}

export class ConsolesView {
  private readonly cards = new Map<number, Card>();

  constructor(
    private readonly container: HTMLElement,
    private readonly empty: HTMLElement,
    private readonly texts: Texts,
    private readonly actions: ConsoleActions,
  ) {}

  render(model: WorkbenchModel): void {
    for (const [pid, card] of this.cards) {
      if (!model.consoles.has(pid)) {
        card.root.remove();
        this.cards.delete(pid);
      }
    }
    for (const console of model.consoles.values()) {
      let card = this.cards.get(console.pid);
      if (!card) {
        card = this.card(console);
        this.cards.set(console.pid, card);
        this.container.append(card.root);
        // A new console is shown where the student looks, not below the fold.
        card.root.scrollIntoView?.({ block: "nearest" });
      }
      this.update(card, console, model);
    }
    this.empty.hidden = model.consoles.size > 0;
  }

  /** Focuses the input line of a process's console. */
  focus(pid: number): void {
    this.cards.get(pid)?.input.focus();
  }

  private card(console: ConsoleModel): Card {
    const t = this.texts;
    const pid = console.pid;
    const root = el("section", "console-card", undefined, { "data-testid": "console", "data-pid": String(pid) });
    const head = el("header", "console-head");
    const fold = el("button", "console-fold small", "▾", { type: "button", "data-testid": "console-fold",
      "aria-expanded": "true", "aria-label": format(t, "wb.fold", { pid }) });
    fold.addEventListener("click", () => {
      const open = fold.getAttribute("aria-expanded") !== "true";
      fold.setAttribute("aria-expanded", String(open));
      fold.textContent = open ? "▾" : "▸";
      root.classList.toggle("folded", !open);
    });
    const title = el("h3", "console-title");
    title.addEventListener("click", () => this.actions.select(pid));
    const status = el("span", "console-status", "", { "data-testid": "console-status" });
    const controls: Controls = {
      step: button(format(t, "wb.step"), "small", "console-step", () => this.actions.step(pid)),
      resume: button(format(t, "wb.continue"), "small", "console-continue", () => this.actions.resume(pid)),
      pause: button(format(t, "wb.pause"), "small", "console-pause", () => this.actions.pause(pid)),
      interrupt: button("Ctrl-C", "small", "console-interrupt", () => this.actions.interrupt(pid)),
      kill: button(format(t, "wb.kill"), "small danger", "console-kill", () => this.actions.kill(pid)),
    };
    controls.interrupt.title = format(t, "wb.interruptHelp");
    const buttons = el("div", "console-buttons");
    buttons.append(...Object.values(controls));
    head.append(fold, title, status, buttons);
    const output = el("pre", "console-output", undefined, { "data-testid": "console-output", tabindex: "0",
      "aria-live": "polite", "aria-label": format(t, "wb.outputOf", { pid }) });
    const form = el("form", "console-input");
    const input = el("input", "", undefined, { type: "text", "data-testid": "console-input", autocomplete: "off",
      spellcheck: "false", "aria-label": format(t, "wb.inputOf", { pid }), placeholder: format(t, "wb.inputPlaceholder") });
    input.addEventListener("keydown", (e) => {
      if (e.ctrlKey && (e.key === "c" || e.key === "C") && input.selectionStart === input.selectionEnd) {
        e.preventDefault();
        this.actions.interrupt(pid);
      } else if (e.ctrlKey && (e.key === "d" || e.key === "D")) {
        e.preventDefault();
        this.actions.endOfInput(pid);
      }
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.actions.type(pid, input.value);
      input.value = "";
    });
    form.append(el("span", "prompt", "›", { "aria-hidden": "true" }), input);
    const errors = el("div", "console-errors");
    const variables = el("section", "console-variables", undefined, { "data-testid": "variables" });
    variables.hidden = true;
    root.append(head, output, variables, errors, form);
    return { root, fold, title, status, output, errors, errnos: "", variables, variablesShown: "null", input, controls,
      version: -1 };
  }

  private segment(stream: string, text: string): HTMLElement {
    return segmentOf(stream, text, (file, line) => this.actions.showSource(file, line));
  }

  private update(card: Card, console: ConsoleModel, model: WorkbenchModel): void {
    const process = model.process(console.pid);
    const program = process?.program ?? console.program;
    card.title.textContent = format(this.texts, "wb.consoleTitle", { program, pid: console.pid, host: process?.host ?? "" });
    card.status.textContent = processStatus(process, this.texts);
    card.root.dataset.state = process?.state ?? "READY";
    const running = isRunning(process);
    const stopped = process?.state === "STOPPED";
    card.controls.step.hidden = !stopped;
    card.controls.resume.hidden = !stopped;
    card.controls.pause.hidden = !running || stopped;
    card.controls.interrupt.hidden = !running;
    card.controls.kill.hidden = !running;
    card.input.disabled = !running;
    // A finished process reads nothing more: its console offers no line to type in.
    card.input.form!.hidden = !running;
    const shown = JSON.stringify(stopped ? process.variables ?? null : null);
    if (shown !== card.variablesShown) {
      const appeared = card.variablesShown === "null";
      card.variablesShown = shown;
      renderVariables(card.variables, stopped ? process.variables : null, this.texts);
      // Stopped at a line: its variables are where the student looks.
      if (appeared && stopped) card.root.scrollIntoView?.({ block: "nearest" });
    }
    const failures = failuresOf(model, console.pid);
    const shownFailures = JSON.stringify(failures.map((f) => [f.errno, f.cause]));
    if (shownFailures !== card.errnos) {
      card.errnos = shownFailures;
      const chips: Node[] = failures.map((f) => button(format(this.texts, "wb.explain", { errno: f.errno }), "small errno-chip",
        "console-errno", () => this.actions.explain(f.errno, f.cause)));
      // The latest failure's cause, said where the traceback is.
      const why = causeText(failures.at(-1)?.cause, this.texts);
      if (why !== null) chips.push(el("p", "console-cause", why, { "data-testid": "console-cause" }));
      card.errors.replaceChildren(...chips);
    }
    if (card.version !== console.version) {
      const output = card.output;
      const atBottom = output.scrollHeight - output.scrollTop - output.clientHeight < 24;
      output.replaceChildren(...console.segments.map((s) => this.segment(s.stream, s.text)));
      if (atBottom) output.scrollTop = output.scrollHeight;
      card.version = console.version;
    }
  }
}

/** What a process wrote, a traceback's frames (on stderr) made links to their line in the editor. */
function segmentOf(stream: string, text: string, showSource: (file: string, line: number) => void): HTMLElement {
  const span = el("span", `out-${stream}`);
  const frames = stream === "stderr" ? tracebackFrames(text) : [];
  if (frames.length === 0) {
    span.textContent = text;
    return span;
  }
  let at = 0;
  for (const frame of frames) {
    span.append(text.slice(at, frame.start));
    const link = el("button", "traceback-link", text.slice(frame.start, frame.end),
      { type: "button", "data-testid": "traceback-line" });
    link.addEventListener("click", () => showSource(frame.file, frame.line));
    span.append(link);
    at = frame.end;
  }
  span.append(text.slice(at));
  return span;
}

/** A failure a console offers to explain: the errno and what the sandbox knew of its latest occurrence. */
export interface Failure {
  errno: string;
  cause: FailureCause | null;
}

/** The errors a process's calls got, each once with its latest cause, the latest last (at most three). */
export function failuresOf(model: WorkbenchModel, pid: number): Failure[] {
  const seen: Failure[] = [];
  for (const row of model.trace) {
    if (row.kind === "call" && row.pid === pid && row.errno !== null) {
      const at = seen.findIndex((f) => f.errno === row.errno);
      if (at >= 0) seen.splice(at, 1);
      seen.push({ errno: row.errno, cause: row.event.errno?.cause ?? null });
    }
  }
  return seen.slice(-3);
}
