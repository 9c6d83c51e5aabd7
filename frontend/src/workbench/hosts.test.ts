import { describe, expect, it } from "vitest";
import { HostMemory, hostForFile } from "./hosts";

const LAB = ["cliente", "servidor", "base-de-datos"];

function storage(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe("the host each file runs on", () => {
  it("is, until chosen, the host the file's name says", () => {
    expect(hostForFile("servidor.py", LAB)).toBe("servidor");
    expect(hostForFile("server.py", LAB)).toBe("servidor");
    expect(hostForFile("cliente.py", LAB)).toBe("cliente");
    expect(hostForFile("client2.py", LAB)).toBe("cliente");
    expect(hostForFile("base-de-datos_eco.py", LAB)).toBe("base-de-datos");
    expect(hostForFile("eco.py", LAB)).toBe("cliente");
    expect(hostForFile("eco.py", [])).toBeUndefined();
  });

  it("is remembered per file and per network, and forgotten when the network has no such host", () => {
    const store = storage();
    const memory = new HostMemory(store);
    memory.remember("laboratorio", "eco.py", "base-de-datos");
    expect(memory.hostOf("laboratorio", "eco.py", LAB)).toBe("base-de-datos");
    expect(new HostMemory(store).hostOf("laboratorio", "eco.py", LAB)).toBe("base-de-datos");
    expect(memory.hostOf("laboratorio", "servidor.py", LAB)).toBe("servidor");
    expect(memory.hostOf("red-inestable", "eco.py", ["a", "b"])).toBe("a");
    expect(new HostMemory(null).hostOf("laboratorio", "cliente.py", LAB)).toBe("cliente");
  });
});
