// The workbench's state as the server's messages build it, without any DOM: consoles per process,
// the trace, the totals and the latest snapshot. Views read it; tests drive it with messages.

import type { ProcessEvent, SandboxEvent, SyscallEvent } from "../events";
import type { Coalesced, ConsoleText, ProcessView, ServerMessage, Snapshot, Totals } from "./protocol";

/** Characters a console keeps; older output scrolls away as in a terminal. */
export const CONSOLE_LIMIT = 100_000;
/** Trace rows kept in the page. */
export const TRACE_LIMIT = 2_000;

export interface ConsoleModel {
  pid: number;
  ppid: number;
  program: string;
  segments: { stream: ConsoleText["stream"]; text: string }[];
  chars: number;
  /** Bumped whenever the console's text changes, so a view knows to redraw. */
  version: number;
}

export type TraceRow =
  | { kind: "call"; seq: number; pid: number; name: string; strace: string; line: number | null; failed: boolean;
      errno: string | null; event: SyscallEvent }
  | { kind: "coalesced"; seq: number; pid: number; name: string; errno: string | null; count: number; bytes: number }
  | { kind: "exit"; seq: number; pid: number; code: number; signal: number }
  | { kind: "thread"; seq: number; pid: number; tid: number; name: string; started: boolean }
  | { kind: "link"; seq: number; pid: number; fate: string; network: string; to: string; bytes: number };

/** What a message changed, so the page redraws only that. */
export interface Changes {
  consoles: boolean;
  trace: boolean;
  tables: boolean;
  reset: boolean;
}

const emptyTotals = (): Totals => ({ calls: 0, errors: 0, bytesSent: 0, bytesReceived: 0 });

export class WorkbenchModel {
  /** The last event applied; events up to it are already in the model. */
  seq = 0;
  snapshot: Snapshot = { processes: [], netstat: [] };
  private snapshotSeq = -1;
  readonly consoles = new Map<number, ConsoleModel>();
  trace: TraceRow[] = [];
  readonly totals = new Map<number, Totals>();
  /** Every call, coalesced ones included: what the burst test checks. */
  callCount = 0;
  /** Consoles of finished processes the student cleared away: not brought back by a snapshot. */
  private readonly cleared = new Set<number>();

  /** Removes the consoles of processes that have ended; the pids removed. */
  clearFinished(): number[] {
    const removed: number[] = [];
    // Gone from the snapshot (reaped) counts only with its exit seen: a process just created may not be in one yet.
    const exited = new Set(this.trace.filter((row) => row.kind === "exit").map((row) => row.pid));
    for (const pid of this.consoles.keys()) {
      const state = this.process(pid)?.state;
      if (state === "EXITED" || (state === undefined && exited.has(pid))) {
        this.consoles.delete(pid);
        this.cleared.add(pid);
        removed.push(pid);
      }
    }
    return removed;
  }

  apply(message: ServerMessage): Changes {
    const changes: Changes = { consoles: false, trace: false, tables: false, reset: false };
    switch (message.type) {
      case "state":
        this.reset();
        changes.reset = changes.consoles = changes.trace = changes.tables = true;
        this.snapshot = message.snapshot;
        this.snapshotSeq = message.seq;
        for (const process of message.snapshot.processes) this.consoleOf(process.pid, process.ppid, process.program);
        for (const text of message.consoles) this.write(text.pid, text.stream, text.text);
        for (const event of message.recent) this.event(event, changes, false);
        for (const [pid, totals] of Object.entries(message.totals)) {
          this.totals.set(Number(pid), { ...totals });
          this.callCount += totals.calls;
        }
        this.seq = message.seq;
        break;
      case "events": {
        const start = this.seq;
        for (const event of message.events) {
          if (event.seq <= this.seq) continue;
          this.event(event, changes, true);
          this.seq = event.seq;
        }
        for (const folded of message.coalesced) {
          if (folded.lastSeq <= start) continue;
          this.coalesced(folded);
          this.seq = Math.max(this.seq, folded.lastSeq);
          changes.trace = true;
        }
        break;
      }
      case "snapshot":
        if (message.seq >= this.snapshotSeq) {
          this.snapshot = message.snapshot;
          this.snapshotSeq = message.seq;
          for (const process of message.snapshot.processes) this.consoleOf(process.pid, process.ppid, process.program);
          changes.tables = true;
          changes.consoles = true;
        }
        break;
      default:
        break;
    }
    return changes;
  }

  /** The process as the latest snapshot shows it. */
  process(pid: number): ProcessView | undefined {
    return this.snapshot.processes.find((p) => p.pid === pid);
  }

  totalsOf(pid: number): Totals {
    return this.totals.get(pid) ?? emptyTotals();
  }

  private reset(): void {
    this.consoles.clear();
    this.trace = [];
    this.totals.clear();
    this.callCount = 0;
    this.seq = 0;
  }

  private event(event: SandboxEvent, changes: Changes, count: boolean): void {
    switch (event.kind) {
      case "console":
        // A state message brings consoles whole; its recent events only add the trace.
        if (count) {
          this.write(event.pid, event.stream, event.text);
          changes.consoles = true;
        }
        break;
      case "syscall":
        this.push({
          kind: "call", seq: event.seq, pid: event.pid, name: event.name, strace: event.strace, line: event.line,
          failed: event.errno !== null, errno: event.errno?.name ?? null, event,
        });
        if (count) this.count(event.pid, event.name, event.errno !== null, moved(event));
        changes.trace = true;
        break;
      case "process":
        this.process_(event, changes);
        break;
      case "socket":
        changes.tables = true;
        break;
      case "thread":
        this.push({ kind: "thread", seq: event.seq, pid: event.pid, tid: event.tid, name: event.name,
          started: event.change === "STARTED" });
        changes.trace = true;
        changes.tables = true;
        break;
      case "link":
        this.push({ kind: "link", seq: event.seq, pid: event.pid, fate: event.fate, network: event.network, to: event.to,
          bytes: event.bytes });
        changes.trace = true;
        break;
    }
  }

  private process_(event: ProcessEvent, changes: Changes): void {
    if (event.change === "CREATED" || event.change === "FORKED") {
      this.consoleOf(event.pid, event.ppid, event.program);
      changes.consoles = true;
    } else if (event.change === "EXITED") {
      this.push({ kind: "exit", seq: event.seq, pid: event.pid, code: (event.status >> 8) & 0xff, signal: event.status & 0x7f });
      changes.trace = true;
    }
    changes.tables = true;
  }

  private coalesced(folded: Coalesced): void {
    this.push({
      kind: "coalesced", seq: folded.lastSeq, pid: folded.pid, name: folded.name, errno: folded.errno, count: folded.count,
      bytes: folded.bytes,
    });
    const totals = this.totals.get(folded.pid) ?? emptyTotals();
    totals.calls += folded.count;
    if (folded.errno !== null) totals.errors += folded.count;
    if (isSend(folded.name)) totals.bytesSent += folded.bytes;
    else totals.bytesReceived += folded.bytes;
    this.totals.set(folded.pid, totals);
    this.callCount += folded.count;
  }

  private count(pid: number, name: string, failed: boolean, bytes: number): void {
    const totals = this.totals.get(pid) ?? emptyTotals();
    totals.calls++;
    if (failed) totals.errors++;
    if (isSend(name)) totals.bytesSent += bytes;
    else totals.bytesReceived += bytes;
    this.totals.set(pid, totals);
    this.callCount++;
  }

  private push(row: TraceRow): void {
    this.trace.push(row);
    if (this.trace.length > TRACE_LIMIT) this.trace.splice(0, this.trace.length - TRACE_LIMIT);
  }

  private consoleOf(pid: number, ppid: number, program: string): ConsoleModel {
    let console = this.consoles.get(pid);
    if (!console && this.cleared.has(pid)) {
      // Written to no more: a console no view shows.
      return { pid, ppid, program, segments: [], chars: 0, version: 0 };
    }
    if (!console) {
      console = { pid, ppid, program, segments: [], chars: 0, version: 0 };
      this.consoles.set(pid, console);
    }
    return console;
  }

  private write(pid: number, stream: ConsoleText["stream"], text: string): void {
    const console = this.consoleOf(pid, 0, "");
    const last = console.segments[console.segments.length - 1];
    if (last && last.stream === stream) last.text += text;
    else console.segments.push({ stream, text });
    console.chars += text.length;
    while (console.chars > CONSOLE_LIMIT && console.segments.length > 0) {
      const first = console.segments[0]!;
      const excess = console.chars - CONSOLE_LIMIT;
      if (first.text.length > excess) {
        first.text = first.text.slice(excess);
        console.chars -= excess;
      } else {
        console.segments.shift();
        console.chars -= first.text.length;
      }
    }
    console.version++;
  }
}

function isSend(name: string): boolean {
  return name === "send" || name === "sendto" || name === "sendmsg" || name === "write";
}

/** Bytes a successful send/recv/read/write moved, as the server counts them. */
export function moved(event: SyscallEvent): number {
  const moves = ["send", "sendto", "sendmsg", "write", "recv", "recvfrom", "recvmsg", "read"].includes(event.name);
  return moves && event.errno === null && event.result > 0 ? event.result : 0;
}
