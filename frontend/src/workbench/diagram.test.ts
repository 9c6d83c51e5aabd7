import { describe, expect, it } from "vitest";
import { diagramOf } from "./diagram";
import type { DescriptorView, ProcessView } from "./protocol";

const socket = (fd: number, state: string, local: string, remote: string | null, extra: Partial<DescriptorView> = {}): DescriptorView =>
  ({ fd, kind: "socket", family: "AF_INET", type: "SOCK_STREAM", state, local, remote, queued: null, waiting: false, ...extra });
const process = (pid: number, program: string, descriptors: DescriptorView[], state: ProcessView["state"] = "BLOCKED",
  host = "enchufe"): ProcessView =>
  ({ pid, ppid: 0, program, host, state, status: 0, waitingIn: null, waitingOn: null, line: 1, descriptors, threads: [] });
const plugsPerProcess = (d: ReturnType<typeof diagramOf>): number[] => d.hosts.flatMap((h) => h.processes.map((p) => p.plugs.length));

describe("the network diagram", () => {
  it("joins a forked child to its parent", () => {
    const child = { ...process(1001, "eco.py", []), ppid: 1000 };
    const diagram = diagramOf({ netstat: [], processes: [process(1000, "eco.py", []), child] });
    expect(diagram.links).toEqual([{ from: "proc/1000", to: "proc/1001", kind: "fork", protocol: "" }]);
    expect(diagram.hosts[0]!.processes[1]!.parent).toBe(1000);
  });

  it("keeps an ended client's datagrams to a live socket, counted, its socket drawn faded", () => {
    const sendto = (seq: number, pid: number, port: number) => ({ kind: "call" as const, seq, pid, name: "sendto", strace: "",
      line: 4, failed: false, errno: null, event: { kind: "syscall", seq, t: seq, pid, name: "sendto", result: 4, line: 4,
        decidedBy: "os", errno: null, strace: "", args: { fd: 3, addr: { host: "127.0.0.1", port } } } as never });
    const server = process(1000, "udp_srv.py", [socket(3, "UNCONNECTED", "127.0.0.1:6000", null, { type: "SOCK_DGRAM" })]);
    const diagram = diagramOf({ netstat: [], processes: [server] }, [sendto(1, 1001, 6000), sendto(2, 1001, 6000),
      sendto(3, 1001, 7000)], () => ({ program: "udp_cli.py" }));
    expect(diagram.links).toEqual([{ from: "1001/3", to: "1000/3", kind: "exchanged", protocol: "SOCK_DGRAM", count: 2 }]);
    const ended = diagram.hosts[0]!.processes.find((p) => p.pid === 1001)!;
    expect(ended).toMatchObject({ program: "udp_cli.py", ended: true });
    expect(ended.plugs.map((p) => p.id)).toEqual(["1001/3"]);
  });

  it("joins the two ends of a connection once and leaves the listener alone", () => {
    const diagram = diagramOf({ netstat: [], processes: [
      process(1000, "servidor.py", [socket(3, "LISTEN", "0.0.0.0:5000", null, { queued: 0 }),
        socket(4, "ESTABLISHED", "127.0.0.1:5000", "127.0.0.1:40000")]),
      process(1001, "cliente.py", [socket(3, "ESTABLISHED", "127.0.0.1:40000", "127.0.0.1:5000")]),
    ] });
    expect(diagram.links).toEqual([{ from: "1000/4", to: "1001/3", kind: "connection", protocol: "SOCK_STREAM" }]);
    expect(plugsPerProcess(diagram)).toEqual([2, 1]);
  });

  it("draws a client still in the listen queue to the listener that will accept it", () => {
    const diagram = diagramOf({ netstat: [], processes: [
      process(1000, "lento.py", [socket(3, "LISTEN", "0.0.0.0:5000", null, { queued: 1 })]),
      process(1001, "cliente.py", [socket(3, "ESTABLISHED", "127.0.0.1:40000", "127.0.0.1:5000", { waiting: true })]),
    ] });
    expect(diagram.links).toEqual([{ from: "1001/3", to: "1000/3", kind: "queued", protocol: "SOCK_STREAM" }]);
  });

  it("leaves out ended processes", () => {
    expect(plugsPerProcess(diagramOf({ netstat: [], processes: [process(1000, "a.py", [], "EXITED")] }))).toEqual([]);
  });

  const lab = { topology: "laboratorio", inFlight: [], hosts: [
    { name: "cliente", addresses: ["172.25.4.2"] }, { name: "servidor", addresses: ["172.25.4.4"] }, { name: "bd", addresses: ["10.0.9.5"] }] };

  it("puts each process in its host's box, every host of the topology drawn, and joins a connection across hosts", () => {
    const diagram = diagramOf({ netstat: [], network: lab, processes: [
      process(1000, "servidor.py", [socket(3, "LISTEN", "0.0.0.0:5000", null, { queued: 0 }),
        socket(4, "ESTABLISHED", "172.25.4.4:5000", "172.25.4.2:32768")], "BLOCKED", "servidor"),
      process(1001, "cliente.py", [socket(3, "ESTABLISHED", "172.25.4.2:32768", "172.25.4.4:5000")], "BLOCKED", "cliente"),
    ] });
    expect(diagram.hosts.map((h) => [h.name, h.processes.map((p) => p.pid)])).toEqual(
      [["cliente", [1001]], ["servidor", [1000]], ["bd", []]]);
    expect(diagram.links).toEqual([{ from: "1001/3", to: "1000/4", kind: "connection", protocol: "SOCK_STREAM" }]);
  });

  it("never joins loopback connections of two different hosts, though their addresses are the same", () => {
    const loop = (pid: number, host: string, local: string, remote: string) =>
      process(pid, `${host}.py`, [socket(3, "ESTABLISHED", local, remote)], "BLOCKED", host);
    const diagram = diagramOf({ netstat: [], network: lab, processes: [
      loop(1000, "cliente", "127.0.0.1:5000", "127.0.0.1:32768"), loop(1001, "servidor", "127.0.0.1:32768", "127.0.0.1:5000"),
      loop(1002, "servidor", "127.0.0.1:5000", "127.0.0.1:32768"),
    ] });
    expect(diagram.links).toEqual([{ from: "1001/3", to: "1002/3", kind: "connection", protocol: "SOCK_STREAM" }]);
  });

  it("sends a client waiting in a queue to the listener of the host that owns the address", () => {
    const diagram = diagramOf({ netstat: [], network: lab, processes: [
      process(1000, "a.py", [socket(3, "LISTEN", "0.0.0.0:5000", null, { queued: 1 })], "BLOCKED", "cliente"),
      process(1001, "b.py", [socket(3, "LISTEN", "0.0.0.0:5000", null, { queued: 1 })], "BLOCKED", "servidor"),
      process(1002, "c.py", [socket(3, "ESTABLISHED", "172.25.4.2:40000", "172.25.4.4:5000", { waiting: true })], "BLOCKED", "cliente"),
    ] });
    expect(diagram.links).toEqual([{ from: "1002/3", to: "1001/3", kind: "queued", protocol: "SOCK_STREAM" }]);
  });

  it("draws the datagrams a slow link holds as one line per pair of sockets with their count", () => {
    const udp = (pid: number, host: string, local: string) =>
      process(pid, `${host}.py`, [socket(3, "BOUND", local, null, { type: "SOCK_DGRAM" })], "BLOCKED", host);
    const diagram = diagramOf({ netstat: [], processes: [udp(1000, "cliente", "0.0.0.0:40000"), udp(1001, "servidor", "0.0.0.0:7000")],
      network: { ...lab, inFlight: [
        { fromPid: 1000, fromFd: 3, toPid: 1001, toFd: 3, bytes: 5 }, { fromPid: 1000, fromFd: 3, toPid: 1001, toFd: 3, bytes: 9 },
        { fromPid: 1000, fromFd: 3, toPid: 1999, toFd: 3, bytes: 1 }] } });
    expect(diagram.links).toEqual([{ from: "1000/3", to: "1001/3", kind: "datagram", protocol: "SOCK_DGRAM", count: 2 }]);
  });
});
