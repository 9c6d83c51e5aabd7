// What the server sends a workspace's pages on /user/queue/sandbox and the commands they send
// back to /app/sandbox/… (org.enchufe.workbench.WorkbenchMessage and WorkbenchController).

import type { SandboxEvent } from "../events";

export type ProcessState = "READY" | "BLOCKED" | "STOPPED" | "ZOMBIE" | "EXITED";

export interface DescriptorView {
  fd: number;
  kind: "console" | "socket" | string;
  family: string | null;
  type: string | null;
  state: string | null;
  local: string | null;
  remote: string | null;
  /** For a listening socket: connections completed and not yet accepted. */
  queued: number | null;
  /** For a client: its connection still waits in the listener's queue. */
  waiting: boolean;
}

export interface ThreadView {
  tid: number;
  name: string;
  state: "READY" | "BLOCKED" | "DONE";
  waitingIn: string | null;
  waitingOn: number | null;
  line: number;
}

export interface ProcessView {
  pid: number;
  ppid: number;
  program: string;
  /** The host it runs on (its gethostname()). */
  host: string;
  state: ProcessState;
  status: number;
  waitingIn: string | null;
  waitingOn: number | null;
  line: number;
  descriptors: DescriptorView[];
  threads: ThreadView[];
  /** It could run but waits: its sandbox used up this second's instructions. */
  throttled?: boolean;
  /** Stopped in step mode: what its current frame holds (kernel/StepVariables); null otherwise. */
  variables?: VariablesView | null;
}

/** A socket variable as the kernel knows it: its descriptor (-1 once closed), addresses and state. */
export interface SocketVariable {
  fd: number;
  local: string | null;
  remote: string | null;
  state: string;
}

export interface VariableView {
  name: string;
  /** The value's type, as type(x).__name__ says. */
  type: string;
  /** Its repr, cut to a bounded length ("…" says where). */
  repr: string;
  socket: SocketVariable | null;
}

export interface VariablesView {
  /** The current frame's names; at module level, the module's. */
  locals: VariableView[];
  /** The module's names, for a frame inside a function (empty at module level). */
  globals: VariableView[];
  moduleLevel: boolean;
}

export interface NetstatRow {
  proto: string;
  local: string;
  foreign: string;
  state: string;
  program: string;
  /** The host the socket belongs to. */
  host?: string;
}

export interface HostView {
  name: string;
  /** Its addresses besides its loopback. */
  addresses: string[];
  /** Its firewall's rules, the first that matches decides (absent: none). */
  firewall?: RuleView[];
}

/** A firewall rule: the port (null: every one), protocol (null: both), action and sources (null: all). */
export interface RuleView {
  port: number | null;
  protocol: string | null;
  action: string;
  from: string | null;
}

/** A network of the topology and what its link does to datagrams between hosts. */
export interface SubnetView {
  name: string;
  cidr: string;
  routed: boolean;
  loss: number;
  duplicate: number;
  reorder: number;
  delayMs: number;
}

/** A datagram a slow link holds on its way from one socket to another. */
export interface DatagramView {
  fromPid: number;
  fromFd: number;
  toPid: number;
  toFd: number;
  bytes: number;
}

export interface NetworkView {
  /** The topology's name ("default": one host on its own). */
  topology: string;
  hosts: HostView[];
  inFlight: DatagramView[];
  /** The topology's networks (none for one host on its own). */
  networks?: SubnetView[];
}

export interface Snapshot {
  processes: ProcessView[];
  netstat: NetstatRow[];
  /** The sandbox's hosts; absent before the first snapshot. */
  network?: NetworkView;
}

export interface Coalesced {
  pid: number;
  name: string;
  errno: string | null;
  count: number;
  bytes: number;
  firstSeq: number;
  lastSeq: number;
}

export interface Totals {
  calls: number;
  errors: number;
  bytesSent: number;
  bytesReceived: number;
}

export interface ConsoleText {
  pid: number;
  stream: "stdout" | "stderr" | "stdin";
  text: string;
}

export interface FileView {
  name: string;
  source: string;
  /** How many times the file was saved (the free sandbox's files; a lesson's have none). */
  version?: number;
}

export type ServerMessage =
  | { type: "events"; events: SandboxEvent[]; coalesced: Coalesced[] }
  | { type: "snapshot"; snapshot: Snapshot; seq: number }
  | { type: "state"; snapshot: Snapshot; seq: number; consoles: ConsoleText[]; recent: SandboxEvent[];
      totals: Record<string, Totals> }
  | { type: "files"; files: FileView[] }
  | { type: "saved"; file: string; source: string; version: number; tab: string | null }
  | { type: "conflict"; file: string; source: string; version: number; tab: string | null }
  | { type: "problem"; code: string; args: Record<string, string | number> };
