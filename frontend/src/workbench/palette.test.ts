import { describe, expect, it } from "vitest";
import { CALLS, invalid, statementsFor, suggestedSocket } from "./palette";

const spec = (name: string) => CALLS.find((c) => c.name === name)!;

describe("click-to-call", () => {
  it("writes the Python a student would type, importing socket first when the file does not", () => {
    expect(statementsFor(spec("socket"), { var: "s", family: "AF_INET", type: "SOCK_STREAM" }, "")).toEqual([
      "import socket", "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"]);
    expect(statementsFor(spec("bind"), { var: "s", host: "127.0.0.1", port: "5000" }, "import socket\n")).toEqual([
      "s.bind(('127.0.0.1', 5000))"]);
    expect(statementsFor(spec("accept"), { var: "s", conn: "ns", addr: "direccion" }, "")).toEqual([
      "ns, direccion = s.accept()"]);
  });

  it("quotes whatever is typed so it stays data", () => {
    expect(spec("send").line({ var: "s", data: "it's \\ ñ\n" })).toBe("s.send(b\"it's \\\\ \\xc3\\xb1\\n\")");
    expect(spec("connect").line({ var: "s", host: "x'); import os; ('", port: "1" })).toBe(
      "s.connect(('x\\'); import os; (\\'', 1))");
  });

  it("refuses names, ports and sizes that are not", () => {
    const field = (kind: string) => ({ key: "k", kind: kind as "var", value: "" });
    expect(invalid(field("var"), "s; import os")).toBe("wb.palette.badName");
    expect(invalid(field("var"), "señal")).toBeNull();
    expect(invalid(field("port"), "65536")).toBe("wb.palette.badPort");
    expect(invalid(field("port"), "5000")).toBeNull();
    expect(invalid(field("count"), "-1")).toBe("wb.palette.badCount");
  });

  it("talks on the socket accept() returned, once there is one and until it is closed", () => {
    const server = "import socket\ns = socket.socket()\ns.bind(('', 5000))\ns.listen(5)\n";
    expect(suggestedSocket(server)).toBeNull();
    expect(suggestedSocket(server + "ns, direccion = s.accept()\n")).toBe("ns");
    expect(suggestedSocket(server + "conexión, dir = s.accept()\ndatos = conexión.recv(1024)\n")).toBe("conexión");
    expect(suggestedSocket(server + "ns, direccion = s.accept()\nns.close()\n")).toBeNull();
    expect(suggestedSocket(server + "ns, d = s.accept()\nns.close()\nc2, d = s.accept()\n")).toBe("c2");
  });
});
