import { describe, expect, it } from "vitest";
import type { SyscallEvent } from "../events";
import { byteRows, bytesLiteral, hexDump, ipv4Bytes, portBytes } from "./bytes";
import { WorkbenchModel } from "./model";

const enc = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("the byte inspector", () => {
  it("writes ports and IPv4 addresses in network byte order", () => {
    expect(portBytes(5000)).toBe("13 88");
    expect(portBytes(80)).toBe("00 50");
    expect(ipv4Bytes("127.0.0.1")).toBe("7f 00 00 01");
    expect(ipv4Bytes("::1")).toBeNull();
    expect(ipv4Bytes("300.1.1.1")).toBeNull();
  });

  it("dumps bytes as hexdump -C does", () => {
    expect(hexDump(enc("hola, servidor\n\u0000!"))).toEqual([
      "0000  68 6f 6c 61 2c 20 73 65 72 76 69 64 6f 72 0a 00  |hola, servidor..|",
      "0010  21                                               |!|",
    ]);
  });

  it("writes bytes as Python's literal", () => {
    expect(bytesLiteral(enc("hola\n"))).toBe("b'hola\\n'");
    expect(bytesLiteral(new Uint8Array([0, 255, 0x5c]))).toBe("b'\\x00\\xff\\\\'");
    expect(bytesLiteral(enc("it's"))).toBe("b\"it's\"");
  });

  it("takes the data-moving calls of the trace with their bytes and addresses", () => {
    const model = new WorkbenchModel();
    const call = (seq: number, name: string, args: Record<string, unknown>, result: number): SyscallEvent => ({
      kind: "syscall", seq, t: seq, pid: 1001, name, args, result, errno: null, strace: "", line: 1, decidedBy: "os" });
    model.apply({ type: "events", coalesced: [], events: [
      call(1, "connect", { fd: 3, addr: { host: "127.0.0.1", port: 5000 } }, 0),
      call(2, "sendto", { fd: 3, len: 4, bytes: btoa("hola"), truncated: false, addr: { host: "127.0.0.1", port: 5000 } }, 4),
      call(3, "recv", { fd: 3, len: 1024, bytes: btoa("HOLA"), truncated: false }, 4),
    ] });
    const rows = byteRows(model.trace);
    expect(rows.map((r) => [r.call, r.direction, bytesLiteral(r.bytes)])).toEqual([
      ["connect", "addr", "b''"], ["sendto", "out", "b'hola'"], ["recv", "in", "b'HOLA'"]]);
    expect(rows[1]!.address).toEqual({ host: "127.0.0.1", port: 5000 });
  });

  it("takes sendmsg and recvmsg as the calls that move data they are", () => {
    const model = new WorkbenchModel();
    const call = (seq: number, name: string, args: Record<string, unknown>, result: number): SyscallEvent => ({
      kind: "syscall", seq, t: seq, pid: 1001, name, args, result, errno: null, strace: "", line: 1, decidedBy: "os" });
    model.apply({ type: "events", coalesced: [], events: [
      call(1, "sendmsg", { fd: 3, len: 4, bytes: btoa("toma"), truncated: false }, 4),
      call(2, "recvmsg", { fd: 4, len: 16, bytes: btoa("toma"), truncated: false }, 4),
    ] });
    expect(byteRows(model.trace).map((r) => [r.call, r.direction, bytesLiteral(r.bytes)])).toEqual([
      ["sendmsg", "out", "b'toma'"], ["recvmsg", "in", "b'toma'"]]);
  });
});
