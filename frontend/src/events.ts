// The events the sandbox streams, as the server's Java records serialise them (org.enchufe.events).

export interface Sockaddr {
  host: string;
  port: number;
}

export interface ErrnoInfo {
  name: string;
  number: number;
  message: string;
  /** What the sandbox knows of why (org.enchufe.events.FailureCause); absent or null when nothing more. */
  cause?: FailureCause | null;
}

/** Why a call failed, as the sandbox knows it: who holds the port, where nobody listens, which firewall decided. */
export type FailureCause =
  | { kind: "port-held"; port: number; pid: number; program: string }
  | { kind: "port-time-wait"; port: number }
  | { kind: "nobody-listens"; address: string; port: number; host: string; listeningHost: string | null;
      listeningAddress: string | null }
  | { kind: "firewall"; host: string; port: number; from: string; action: "reject" | "drop" | string };

interface EventBase {
  seq: number;
  /** Microseconds since the sandbox started. */
  t: number;
  pid: number;
}

export interface SyscallEvent extends EventBase {
  kind: "syscall";
  name: string;
  args: Record<string, unknown>;
  result: number;
  errno: ErrnoInfo | null;
  strace: string;
  line: number | null;
  decidedBy: "os" | "sandbox";
}

export type SocketState =
  | "CREATED" | "BOUND" | "LISTEN" | "SYN_SENT" | "ESTABLISHED"
  | "CLOSE_WAIT" | "FIN_WAIT" | "TIME_WAIT" | "CLOSED";

export interface SocketEvent extends EventBase {
  kind: "socket";
  fd: number;
  family: string;
  type: string;
  state: SocketState;
  local: Sockaddr | null;
  remote: Sockaddr | null;
  /** For a listening socket: connections completed and not yet accepted (its listen queue). */
  queued?: number | null;
}

export interface ProcessEvent extends EventBase {
  kind: "process";
  ppid: number;
  change: "CREATED" | "FORKED" | "EXITED" | "REAPED";
  /** The wait status for EXITED and REAPED: exit code × 256. */
  status: number;
  program: string;
}

export interface ConsoleEvent extends EventBase {
  kind: "console";
  stream: "stdout" | "stderr" | "stdin";
  text: string;
}

export interface ThreadEvent extends EventBase {
  kind: "thread";
  tid: number;
  name: string;
  change: "STARTED" | "ENDED";
}

/** What a topology's network did to a datagram (the sandbox's doing): lost, duplicated, reordered, or a firewall's. */
export interface LinkEvent extends EventBase {
  kind: "link";
  fd: number;
  fate: "LOST" | "DUPLICATED" | "REORDERED" | "FILTERED";
  network: string;
  to: string;
  bytes: number;
}

export type SandboxEvent = SyscallEvent | SocketEvent | ProcessEvent | ConsoleEvent | ThreadEvent | LinkEvent;

export function formatAddress(address: Sockaddr | null): string {
  if (address === null) return "—";
  return address.host.includes(":") ? `[${address.host}]:${address.port}` : `${address.host}:${address.port}`;
}
