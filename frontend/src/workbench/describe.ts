// Sentences about processes in the student's language, shared by the consoles and the tables.

import { format, type Texts } from "../messages";
import type { ProcessView } from "./protocol";

/** "BLOCKED in accept() on fd 3", "STOPPED at line 5", "exited with code 0"… */
export function processStatus(process: ProcessView | undefined, texts: Texts): string {
  if (!process) return format(texts, "wb.state.starting");
  switch (process.state) {
    case "BLOCKED":
      if (process.waitingIn === null) return format(texts, "wb.state.BLOCKED");
      if (process.waitingIn === "next-call") return format(texts, "wb.state.sleepsIn.next-call");
      return format(texts, process.waitingOn === null ? "wb.state.sleepsIn" : "wb.state.sleepsOn", {
        call: process.waitingIn, fd: process.waitingOn ?? "",
      });
    case "STOPPED":
      return format(texts, "wb.state.stoppedAt", { line: process.line });
    case "READY":
      return format(texts, process.throttled ? "wb.state.throttled" : "wb.state.READY");
    case "ZOMBIE":
    case "EXITED": {
      const signal = process.status & 0x7f;
      if (signal !== 0) return format(texts, `wb.state.${process.state}.signal`, { signal: signalName(signal) });
      return format(texts, `wb.state.${process.state}`, { code: (process.status >> 8) & 0xff });
    }
    default:
      return format(texts, `wb.state.${process.state}`);
  }
}

export function isRunning(process: ProcessView | undefined): boolean {
  return process !== undefined && process.state !== "EXITED" && process.state !== "ZOMBIE";
}

/** The names of the signals a program is likely to die of. */
export const SIGNALS: Readonly<Record<number, string>> = { 1: "SIGHUP", 2: "SIGINT", 9: "SIGKILL", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM" };

/** "2 (SIGINT)": the number a wait status carries and the name a student looks up. */
export function signalName(signal: number): string {
  const name = SIGNALS[signal];
  return name ? `${signal} (${name})` : String(signal);
}
