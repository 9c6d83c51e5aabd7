// Lesson 18's timeline: each connection a server accepted, drawn as a bar from its accept() to the
// close of its last copy (after fork() the parent and the child each hold one), one panel per
// server program, all on one time scale, so serial service (bars one after another) and parallel
// service (bars one above another) are seen at a glance, side by side. Each panel keeps the
// server's latest round: the connections of the latest client program that reached it.
// A view is a function of events → SVG; no text from the events goes in as markup.

import type { SandboxEvent } from "../events";
import { format, formatCount, type Texts } from "../messages";
import { PROBE_PREFIX } from "./checker";

/** Bars a panel keeps: a round of clients, bounded for a program that connects in a loop. */
const BARS = 8;

export interface Connection {
  /** The server program (a forked child runs its parent's file). */
  program: string;
  /** The process that accepted it. */
  acceptedBy: number;
  /** The processes that answered over it (the child, after fork()). */
  servedBy: number[];
  /** The thread started for it after its accept() and before its answer, if any. */
  thread: string | null;
  /** The client program's pid, when its connect() was seen. */
  client: number | null;
  /** Microseconds of the sandbox's clock. */
  from: number;
  /** Null while a copy of it is still open. */
  to: number | null;
  seq: number;
  /** The child that served it (after fork()): when it ended, and when its parent collected it. */
  child: ChildLife | null;
}

/** A forked child's end: a zombie from {@code exited} until its parent's wait() ({@code reaped}). */
export interface ChildLife {
  pid: number;
  exited: number | null;
  reaped: number | null;
}

export interface Panel {
  program: string;
  connections: Connection[];
  /** Children that ended and whose parent has not collected them (yet). */
  zombies: number;
  /** The most connections in service at one moment: 1 is serial service. */
  overlap: number;
  start: number;
  /** The latest end, or the latest event's time while a connection is still open. */
  end: number;
}

const ACCEPT = new Set(["accept", "accept4"]);
const SEND = new Set(["send", "sendto", "sendmsg", "write"]);

/** The connections from the events seen so far: a pure function of them, what the tests read. */
export class TimelineModel {
  private readonly programs = new Map<number, string>();
  /** Listening descriptors ("pid:fd") → their port; bound ones not yet listening too. */
  private readonly ports = new Map<string, number>();
  /** Per port, the client pids whose connect() succeeded and whose accept() is still to come (FIFO, as the listen queue). */
  private readonly queued = new Map<number, number[]>();
  /** Open copies ("pid:fd") of accepted connections. */
  private readonly copies = new Map<string, Connection>();
  private readonly holders = new Map<Connection, number>();
  private readonly byProgram = new Map<string, Connection[]>();
  /** Forked children by pid, so that a connection they served shows their end. */
  private readonly children = new Map<number, ChildLife>();
  private latest = 0;

  see(events: readonly SandboxEvent[], reset: boolean): void {
    if (reset) {
      for (const map of [this.programs, this.ports, this.queued, this.copies, this.holders, this.byProgram, this.children]) map.clear();
      this.latest = 0;
    }
    for (const e of events) {
      this.latest = Math.max(this.latest, e.t);
      switch (e.kind) {
        case "process":
          if (e.change === "CREATED" || e.change === "FORKED") {
            this.programs.set(e.pid, e.program);
            if (e.change === "FORKED") {
              this.inherit(e.ppid, e.pid);
              this.children.set(e.pid, { pid: e.pid, exited: null, reaped: null });
            }
          } else if (e.change === "REAPED") {
            const child = this.children.get(e.pid);
            if (child) child.reaped = e.t;
            this.children.delete(e.pid);
          } else if (e.change === "EXITED") {
            const child = this.children.get(e.pid);
            if (child) child.exited = e.t;
            for (const key of [...this.copies.keys()].filter((k) => k.startsWith(`${e.pid}:`))) this.release(key, e.t);
            for (const key of [...this.ports.keys()].filter((k) => k.startsWith(`${e.pid}:`))) this.ports.delete(key);
          }
          break;
        case "thread":
          if (e.change === "STARTED") this.threadStarted(e.pid, e.name);
          break;
        case "syscall":
          if (e.errno === null) this.call(e.pid, e.name, e.args, e.result, e.t, e.seq);
          break;
      }
    }
  }

  private call(pid: number, name: string, args: Record<string, unknown>, result: number, t: number, seq: number): void {
    const key = `${pid}:${String(args.fd)}`;
    if (name === "bind") {
      const port = portOf(args.addr);
      if (port !== null) this.ports.set(key, port);
    } else if (name === "connect") {
      const port = portOf(args.addr);
      if (port !== null) this.queued.set(port, [...(this.queued.get(port) ?? []), pid].slice(-64));
    } else if (ACCEPT.has(name)) {
      const port = this.ports.get(key);
      const client = port === undefined ? null : this.queued.get(port)?.shift() ?? null;
      const program = this.programs.get(pid) ?? `pid ${pid}`;
      const c: Connection = { program, acceptedBy: pid, servedBy: [], thread: null, client, from: t, to: null, seq, child: null };
      this.copies.set(`${pid}:${result}`, c);
      this.holders.set(c, 1);
      this.remember(c);
    } else if (SEND.has(name)) {
      const c = this.copies.get(key);
      if (c && !c.servedBy.includes(pid)) {
        c.servedBy.push(pid);
        if (c.child === null && pid !== c.acceptedBy) c.child = this.children.get(pid) ?? null;
      }
    } else if (name === "close") {
      if (this.copies.has(key)) this.release(key, t);
      this.ports.delete(key);
    }
  }

  /** A round is the connections of one client program: a new one replaces the server's previous round. */
  private remember(c: Connection): void {
    const list = this.byProgram.get(c.program) ?? [];
    const last = list[list.length - 1];
    const round = last && last.client !== c.client ? [c] : [...list, c].slice(-BARS);
    for (const old of list) {
      if (!round.includes(old)) this.holders.delete(old);
    }
    this.byProgram.set(c.program, round);
  }

  private inherit(parent: number, child: number): void {
    for (const [key, c] of [...this.copies]) {
      if (key.startsWith(`${parent}:`)) {
        this.copies.set(`${child}:${key.slice(key.indexOf(":") + 1)}`, c);
        this.holders.set(c, (this.holders.get(c) ?? 0) + 1);
      }
    }
    for (const [key, port] of [...this.ports]) {
      if (key.startsWith(`${parent}:`)) this.ports.set(`${child}:${key.slice(key.indexOf(":") + 1)}`, port);
    }
  }

  /** The thread a server starts right after accept(), before anyone answered: that connection's. */
  private threadStarted(pid: number, name: string): void {
    const waiting = [...this.copies.values()].filter((c) => c.acceptedBy === pid && c.thread === null && c.servedBy.length === 0);
    const newest = waiting.sort((a, b) => b.seq - a.seq)[0];
    if (newest) newest.thread = name;
  }

  private release(key: string, t: number): void {
    const c = this.copies.get(key)!;
    this.copies.delete(key);
    const left = (this.holders.get(c) ?? 1) - 1;
    this.holders.set(c, left);
    if (left === 0) {
      c.to = t;
      this.holders.delete(c);
    }
  }

  /** One panel per server program (probes' left out), in the order they first accepted. */
  panels(): Panel[] {
    return [...this.byProgram.entries()]
      .filter(([program]) => !program.startsWith(PROBE_PREFIX))
      .map(([program, connections]) => {
        const start = Math.min(...connections.map((c) => c.from));
        const end = Math.max(...connections.map((c) => c.to ?? this.latest));
        const zombies = connections.filter((c) => c.child?.exited != null && c.child.reaped === null).length;
        return { program, connections, zombies, overlap: overlapOf(connections, this.latest), start, end };
      });
  }
}

function portOf(address: unknown): number | null {
  if (address && typeof address === "object" && "port" in address && typeof address.port === "number") return address.port;
  return null;
}

/** The most intervals holding at one moment (an open one lasts until now). */
export function overlapOf(connections: readonly Connection[], now: number): number {
  const edges = connections.flatMap((c) => [[c.from, 1], [c.to ?? now, -1]] as [number, number][]);
  // An end and a start at the same instant do not overlap: ends first.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let most = 0;
  for (const [, step] of edges) {
    open += step;
    most = Math.max(most, open);
  }
  return most;
}

/** Who served a connection, as a bar's label says it. */
export function servedByOf(c: Connection, texts: Texts): string {
  const child = c.servedBy.find((pid) => pid !== c.acceptedBy);
  if (child !== undefined) return format(texts, "lesson.timeline.child", { pid: child });
  if (c.thread !== null) return format(texts, "lesson.timeline.thread", { thread: c.thread, pid: c.acceptedBy });
  return format(texts, "lesson.timeline.process", { pid: c.acceptedBy });
}

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 320;
const LEFT = 8;
const RIGHT = 8;
const ROW = 30;
const TOP = 8;
const AXIS = 22;

const seconds = (micros: number) => (micros / 1_000_000).toFixed(1);

export class TimelineView {
  private readonly model = new TimelineModel();
  private frame = 0;

  constructor(private readonly container: HTMLElement, private readonly empty: HTMLElement, private readonly texts: Texts) {
  }

  see(events: readonly SandboxEvent[], reset: boolean): void {
    this.model.see(events, reset);
    if (this.frame === 0) this.frame = window.requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render(): void {
    const panels = this.model.panels();
    this.empty.hidden = panels.length > 0;
    // One scale for every panel: the same second is as wide in each, so they compare side by side.
    const span = Math.max(1_000_000, ...panels.map((p) => p.end - p.start));
    this.container.replaceChildren(...panels.map((p) => this.panel(p, span)));
  }

  private panel(p: Panel, span: number): HTMLElement {
    const figure = document.createElement("figure");
    figure.className = "timeline-panel";
    figure.dataset.testid = "timeline-panel";
    figure.dataset.program = p.program;
    figure.dataset.overlap = String(p.overlap);
    const caption = document.createElement("figcaption");
    const name = document.createElement("strong");
    name.textContent = p.program;
    const summary = document.createElement("span");
    summary.className = "timeline-summary";
    summary.dataset.testid = "timeline-summary";
    summary.textContent = format(this.texts, p.overlap > 1 ? "lesson.timeline.parallel" : "lesson.timeline.serial",
      { count: p.connections.length, seconds: seconds(p.end - p.start), overlap: p.overlap })
      + (p.zombies > 0 ? formatCount(this.texts, "lesson.timeline.zombies", p.zombies) : "");
    figure.dataset.zombies = String(p.zombies);
    caption.append(name, " ", summary);

    const x = (t: number) => LEFT + ((t - p.start) / span) * (WIDTH - LEFT - RIGHT);
    const height = TOP + p.connections.length * ROW + AXIS;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", `0 0 ${WIDTH} ${height}`);
    svg.setAttribute("width", "100%");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", `${p.program}: ${summary.textContent}. ` + p.connections.map((c, i) =>
      this.describe(c, i, p.start)).join(". "));
    svg.classList.add("timeline");
    for (let s = 0; s * 1_000_000 <= span; s++) {
      const at = x(p.start + s * 1_000_000);
      svg.append(line(at, TOP - 4, at, height - AXIS + 4, "timeline-tick"),
        text(at, height - 6, `${s} s`, "timeline-axis"));
    }
    p.connections.forEach((c, i) => {
      const y = TOP + i * ROW;
      const group = document.createElementNS(SVG, "g");
      group.dataset.testid = "timeline-bar";
      group.dataset.from = String(c.from);
      group.dataset.to = c.to === null ? "" : String(c.to);
      if (c.to === null) group.classList.add("open");
      const bar = document.createElementNS(SVG, "rect");
      const x1 = x(c.from);
      const x2 = Math.max(x1 + 3, x(c.to ?? p.end));
      bar.setAttribute("x", String(x1));
      bar.setAttribute("y", String(y + 2));
      bar.setAttribute("width", String(x2 - x1));
      bar.setAttribute("height", String(ROW - 6));
      bar.setAttribute("rx", "3");
      const title = document.createElementNS(SVG, "title");
      title.textContent = this.describe(c, i, p.start);
      const label = text(x1 + 4, y + ROW / 2 + 3, `${i + 1} · ${servedByOf(c, this.texts)}`, "timeline-label");
      label.setAttribute("text-anchor", "start");
      group.append(title, bar, label);
      const life = c.child;
      if (life?.exited != null) {
        // The child's end: a zombie from its exit until its parent's wait(), up to the panel's edge if never collected.
        const last = p.start + span;
        const zombie = line(x(Math.min(life.exited, last)), y + ROW - 3, x(Math.min(life.reaped ?? last, last)), y + ROW - 3,
          "timeline-zombie");
        if (life.reaped === null) zombie.classList.add("unreaped");
        zombie.dataset.testid = "timeline-zombie";
        group.append(zombie);
      }
      svg.append(group);
    });
    figure.append(caption, svg);
    return figure;
  }

  private describe(c: Connection, i: number, start: number): string {
    const bar = format(this.texts, c.to === null ? "lesson.timeline.barOpen" : "lesson.timeline.bar", {
      n: i + 1, from: seconds(c.from - start), to: c.to === null ? "" : seconds(c.to - start), by: servedByOf(c, this.texts),
    });
    const life = c.child;
    if (life?.exited == null) return bar;
    return bar + "; " + format(this.texts, life.reaped === null ? "lesson.timeline.zombieOpen" : "lesson.timeline.zombie",
      { pid: life.pid, from: seconds(life.exited - start), to: life.reaped === null ? "" : seconds(life.reaped - start) });
  }
}

function text(x: number, y: number, content: string, className: string): SVGTextElement {
  const t = document.createElementNS(SVG, "text");
  t.setAttribute("x", String(x));
  t.setAttribute("y", String(y));
  t.setAttribute("text-anchor", "middle");
  t.classList.add(className);
  t.textContent = content;
  return t;
}

function line(x1: number, y1: number, x2: number, y2: number, className: string): SVGLineElement {
  const l = document.createElementNS(SVG, "line");
  l.setAttribute("x1", String(x1));
  l.setAttribute("y1", String(y1));
  l.setAttribute("x2", String(x2));
  l.setAttribute("y2", String(y2));
  l.classList.add(className);
  return l;
}
