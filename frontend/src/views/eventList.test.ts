import { beforeEach, describe, expect, it } from "vitest";
import type { SocketEvent, SyscallEvent } from "../events";
import { EventListView, renderEvent, socketSentence } from "./eventList";

const texts = {
  "kind.syscall": "call",
  "kind.socket": "socket",
  "socket.BOUND": "Socket {fd} is bound to {local}.",
  "socket.other": "Socket {fd} moves to {state}.",
  "line": "line {line}",
  "decidedBy.os": "decided by the operating system",
};

const bind: SyscallEvent = {
  kind: "syscall", seq: 2, t: 120, pid: 1, name: "bind",
  args: { fd: 3 }, result: 0, errno: null,
  strace: 'bind(3, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr("127.0.0.1")}, 16) = 0',
  line: 3, decidedBy: "os",
};

const bound: SocketEvent = {
  kind: "socket", seq: 3, t: 130, pid: 1, fd: 3, family: "AF_INET", type: "SOCK_STREAM",
  state: "BOUND", local: { host: "127.0.0.1", port: 40123 }, remote: null,
};

describe("renderEvent", () => {
  it("shows a system call as its strace line, source line and who decided", () => {
    const item = renderEvent(bind, texts);
    expect(item.dataset.kind).toBe("syscall");
    expect(item.querySelector(".badge")!.textContent).toBe("call");
    expect(item.querySelector(".strace")!.textContent).toBe(bind.strace);
    expect(item.querySelector(".event-meta")!.textContent).toBe("line 3 · decided by the operating system");
  });

  it("marks a failed call", () => {
    const refused = { ...bind, result: -1, errno: { name: "EADDRINUSE", number: 98, message: "Address already in use" } };
    expect(renderEvent(refused, texts).querySelector(".strace")!.classList.contains("failed")).toBe(true);
  });

  it("tells a socket's new state in a sentence with its address", () => {
    expect(socketSentence(bound, texts)).toBe("Socket 3 is bound to 127.0.0.1:40123.");
  });

  it("tells of a connection that outlived its socket (no descriptor) by its two addresses", () => {
    const orphan: SocketEvent = { ...bound, fd: -1, state: "TIME_WAIT", local: { host: "127.0.0.1", port: 40123 },
      remote: { host: "127.0.0.1", port: 5000 } };
    const withOrphans = { ...texts, "socket.orphan.TIME_WAIT": "Connection {local} → {remote} waits in TIME_WAIT.",
      "socket.orphan.other": "Connection {local} → {remote} moves to {state}." };
    expect(socketSentence(orphan, withOrphans)).toBe("Connection 127.0.0.1:40123 → 127.0.0.1:5000 waits in TIME_WAIT.");
    expect(socketSentence({ ...orphan, state: "FIN_WAIT" }, withOrphans))
      .toBe("Connection 127.0.0.1:40123 → 127.0.0.1:5000 moves to FIN_WAIT.");
  });

  it("falls back to a general sentence for a state without its own text", () => {
    expect(socketSentence({ ...bound, state: "LISTEN" }, texts)).toBe("Socket 3 moves to LISTEN.");
  });

  it("renders hostile text as text, never as markup", () => {
    const hostile = { ...bind, strace: '<img src=x onerror="alert(1)">' };
    const item = renderEvent(hostile, texts);
    expect(item.querySelector("img")).toBeNull();
    expect(item.querySelector(".strace")!.textContent).toBe(hostile.strace);
  });
});

describe("process and console events", () => {
  const processTexts = { ...texts, "kind.process": "process", "process.EXITED": "Process {pid} exited with code {code}." };

  it("tells a process's end with its exit code", () => {
    const item = renderEvent({ kind: "process", seq: 9, t: 1, pid: 1001, ppid: 1000, change: "EXITED", status: 7 * 256,
      program: "f.py" }, processTexts);
    expect(item.querySelector(".event-text")!.textContent).toBe("Process 1001 exited with code 7.");
  });

  it("shows console text as text", () => {
    const item = renderEvent({ kind: "console", seq: 10, t: 2, pid: 1000, stream: "stderr", text: "<b>boom</b>" }, texts);
    expect(item.querySelector("b")).toBeNull();
    expect(item.querySelector(".console-stderr")!.textContent).toBe("<b>boom</b>");
  });
});

describe("EventListView", () => {
  let list: HTMLOListElement;
  let empty: HTMLParagraphElement;

  beforeEach(() => {
    document.body.innerHTML = '<p id="empty">Nothing yet</p><ol id="list"></ol>';
    list = document.querySelector("#list")!;
    empty = document.querySelector("#empty")!;
  });

  it("appends events in arrival order and hides the empty note", () => {
    const view = new EventListView(list, empty, texts);
    view.add(bind);
    view.add(bound);
    expect([...list.children].map((li) => (li as HTMLElement).dataset.seq)).toEqual(["2", "3"]);
    expect(empty.hidden).toBe(true);
  });

  it("clears back to the empty note", () => {
    const view = new EventListView(list, empty, texts);
    view.add(bind);
    view.clear();
    expect(list.children).toHaveLength(0);
    expect(empty.hidden).toBe(false);
  });
});
