import { describe, expect, it } from "vitest";
import { format, formatCount, readTexts } from "./messages";

describe("format", () => {
  it("fills named placeholders", () => {
    expect(format({ greet: "Hola {name}, fd {fd}" }, "greet", { name: "Ana", fd: 3 })).toBe("Hola Ana, fd 3");
  });

  it("leaves unknown placeholders and shows the key when the text is missing", () => {
    expect(format({ a: "{x} {y}" }, "a", { x: 1 })).toBe("1 {y}");
    expect(format({}, "missing.key")).toBe("missing.key");
  });
});

describe("formatCount", () => {
  it("says one in the singular and any other count in the plural", () => {
    const texts = { "p.one": "{count} proceso vivo", "p.other": "{count} procesos vivos" };
    expect(formatCount(texts, "p", 1)).toBe("1 proceso vivo");
    expect(formatCount(texts, "p", 0)).toBe("0 procesos vivos");
    expect(formatCount(texts, "p", 2)).toBe("2 procesos vivos");
  });
});

describe("readTexts", () => {
  it("reads the JSON the server placed in the page", () => {
    document.body.innerHTML = '<script type="application/json" id="enchufe-messages">{"a":"b"}</script>';
    expect(readTexts(document)).toEqual({ a: "b" });
  });

  it("survives a broken block", () => {
    document.body.innerHTML = '<script type="application/json" id="enchufe-messages">{oops</script>';
    expect(readTexts(document)).toEqual({});
  });
});
