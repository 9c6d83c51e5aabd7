import { describe, expect, it } from "vitest";
import { diagramOf } from "./diagram";
import type { DescriptorView, ProcessView } from "./protocol";

const socket = (fd: number, state: string, local: string, remote: string | null, extra: Partial<DescriptorView> = {}): DescriptorView =>
  ({ fd, kind: "socket", family: "AF_INET", type: "SOCK_STREAM", state, local, remote, queued: null, waiting: false, ...extra });
const process = (pid: number, program: string, descriptors: DescriptorView[], state: ProcessView["state"] = "BLOCKED"): ProcessView =>
  ({ pid, ppid: 0, program, host: "enchufe", state, status: 0, waitingIn: null, waitingOn: null, line: 1, descriptors, threads: [] });

describe("the network diagram", () => {
  it("joins the two ends of a connection once and leaves the listener alone", () => {
    const diagram = diagramOf({ netstat: [], processes: [
      process(1000, "servidor.py", [socket(3, "LISTEN", "0.0.0.0:5000", null, { queued: 0 }),
        socket(4, "ESTABLISHED", "127.0.0.1:5000", "127.0.0.1:40000")]),
      process(1001, "cliente.py", [socket(3, "ESTABLISHED", "127.0.0.1:40000", "127.0.0.1:5000")]),
    ] });
    expect(diagram.links).toEqual([{ from: "1000/4", to: "1001/3", kind: "connection", protocol: "SOCK_STREAM" }]);
    expect(diagram.processes.map((p) => p.plugs.length)).toEqual([2, 1]);
  });

  it("draws a client still in the listen queue to the listener that will accept it", () => {
    const diagram = diagramOf({ netstat: [], processes: [
      process(1000, "lento.py", [socket(3, "LISTEN", "0.0.0.0:5000", null, { queued: 1 })]),
      process(1001, "cliente.py", [socket(3, "ESTABLISHED", "127.0.0.1:40000", "127.0.0.1:5000", { waiting: true })]),
    ] });
    expect(diagram.links).toEqual([{ from: "1001/3", to: "1000/3", kind: "queued", protocol: "SOCK_STREAM" }]);
  });

  it("leaves out ended processes", () => {
    expect(diagramOf({ netstat: [], processes: [process(1000, "a.py", [], "EXITED")] }).processes).toEqual([]);
  });
});
