import { describe, expect, it } from "vitest";
import type { VariablesView } from "./protocol";
import { renderVariables, valueText } from "./variables";

const texts = {
  "wb.vars.title": "Variables at this line",
  "wb.vars.globals": "The module's global variables ({count})",
  "wb.vars.none": "None yet.",
  "wb.vars.socket": "socket · fd {fd} · {local} · {state}",
  "wb.vars.socketConnected": "socket · fd {fd} · {local} ⇄ {remote} · {state}",
  "wb.vars.socketClosed": "closed socket",
};

const inFunction: VariablesView = {
  moduleLevel: false,
  locals: [
    { name: "datos", type: "bytes", repr: "b'<script>hola</script>'", socket: null },
    { name: "ns", type: "socket", repr: "<socket object>",
      socket: { fd: 4, local: "127.0.0.1:5000", remote: "127.0.0.1:40312", state: "ESTABLISHED" } },
  ],
  globals: [{ name: "s", type: "socket", repr: "<socket object>", socket: { fd: 3, local: "0.0.0.0:5000", remote: null, state: "LISTEN" } }],
};

describe("step mode's variables", () => {
  it("show a socket as its descriptor, its addresses and its state, any other value as its repr", () => {
    expect(valueText(inFunction.locals[0]!, texts)).toBe("b'<script>hola</script>'");
    expect(valueText(inFunction.locals[1]!, texts)).toBe("socket · fd 4 · 127.0.0.1:5000 ⇄ 127.0.0.1:40312 · ESTABLISHED");
    expect(valueText(inFunction.globals[0]!, texts)).toBe("socket · fd 3 · 0.0.0.0:5000 · LISTEN");
    expect(valueText({ name: "c", type: "socket", repr: "", socket: { fd: -1, local: null, remote: null, state: "CLOSED" } }, texts))
      .toBe("closed socket");
  });

  it("list the frame's names as text and fold the module's apart, staying unfolded once opened", () => {
    const panel = document.createElement("section");
    renderVariables(panel, inFunction, texts);
    expect(panel.hidden).toBe(false);
    expect(panel.querySelector("script")).toBeNull();
    expect([...panel.querySelectorAll("[data-testid=variables-locals] dt")].map((d) => d.textContent)).toEqual(["datos", "ns"]);
    const globals = panel.querySelector<HTMLDetailsElement>("[data-testid=variables-globals]")!;
    expect(globals.open).toBe(false);
    expect(globals.querySelector("summary")!.textContent).toBe("The module's global variables (1)");
    globals.open = true;
    renderVariables(panel, inFunction, texts);
    expect(panel.querySelector<HTMLDetailsElement>("[data-testid=variables-globals]")!.open).toBe(true);

    renderVariables(panel, { moduleLevel: true, locals: [], globals: [] }, texts);
    expect(panel.querySelector("[data-testid=variables-globals]")).toBeNull();
    expect(panel.querySelector("[data-testid=variables-locals-empty]")!.textContent).toBe("None yet.");
    renderVariables(panel, null, texts);
    expect(panel.hidden).toBe(true);
  });
});
