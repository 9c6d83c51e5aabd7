// The list of events as they arrive: one item per event, newest last. Everything from an event is
// placed with textContent, so nothing a program prints or names can become markup.

import { formatAddress, type SandboxEvent, type SocketEvent, type SyscallEvent } from "../events";
import { format, type Texts } from "../messages";

export function renderEvent(event: SandboxEvent, texts: Texts): HTMLLIElement {
  const item = document.createElement("li");
  item.className = `event event-${event.kind}`;
  item.dataset.seq = String(event.seq);
  item.dataset.kind = event.kind;
  item.append(badge(format(texts, `kind.${event.kind}`)));
  switch (event.kind) {
    case "syscall":
      item.append(...syscallParts(event, texts));
      break;
    case "socket":
      item.append(text("span", "event-text", socketSentence(event, texts)));
      break;
    case "process":
      item.append(text("span", "event-text", format(texts, `process.${event.change}`, {
        pid: event.pid, ppid: event.ppid, code: event.status >> 8, program: event.program,
      })));
      break;
    case "thread":
      item.append(text("span", "event-text", format(texts, `thread.${event.change}`, { pid: event.pid, tid: event.tid,
        name: event.name })));
      break;
    case "console":
      item.append(text("code", `console console-${event.stream}`, event.text));
      break;
  }
  return item;
}

function syscallParts(event: SyscallEvent, texts: Texts): Node[] {
  const line = text("code", "strace", event.strace);
  if (event.errno !== null) line.classList.add("failed");
  const parts: Node[] = [line];
  const meta: string[] = [];
  if (event.line !== null) meta.push(format(texts, "line", { line: event.line }));
  meta.push(format(texts, `decidedBy.${event.decidedBy}`));
  const metaSpan = text("span", "event-meta", meta.join(" · "));
  // The same words and meaning as the workbench's trace rows (trace.ts decidedBy).
  metaSpan.title = format(texts, `decidedBy.${event.decidedBy}.help`);
  metaSpan.dataset.decided = event.decidedBy;
  parts.push(metaSpan);
  return parts;
}

export function socketSentence(event: SocketEvent, texts: Texts): string {
  const params = {
    fd: event.fd,
    family: event.family,
    type: event.type,
    state: event.state,
    local: formatAddress(event.local),
    remote: formatAddress(event.remote),
  };
  // A connection that outlived its socket (FIN_WAIT, TIME_WAIT) has no descriptor: fd is -1.
  const key = event.fd < 0 ? `socket.orphan.${event.state}` : `socket.${event.state}`;
  return format(texts, key in texts ? key : event.fd < 0 ? "socket.orphan.other" : "socket.other", params);
}

function badge(label: string): HTMLElement {
  return text("span", "badge", label);
}

function text<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = content;
  return element;
}

/** Appends each event to a list element, hiding the "nothing yet" note once one arrives. */
export class EventListView {
  constructor(
    private readonly list: HTMLElement,
    private readonly empty: HTMLElement | null,
    private readonly texts: Texts,
  ) {}

  add(event: SandboxEvent): void {
    this.list.append(renderEvent(event, this.texts));
    if (this.empty) this.empty.hidden = true;
  }

  clear(): void {
    this.list.replaceChildren();
    if (this.empty) this.empty.hidden = false;
  }
}
