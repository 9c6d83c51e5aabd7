// Click-to-call, for newcomers: a palette of socket calls, each with a form for its arguments.
// A click sends the Python line the form writes; the server runs it in the file's interactive
// process and appends it to the file, so the program grows one real call at a time.

import { format, type Texts } from "../messages";
import { bytesLiteral } from "./bytes";
import { button, el } from "./dom";

type FieldKind = "var" | "host" | "port" | "count" | "text" | "choice";

interface Field {
  key: string;
  kind: FieldKind;
  value: string;
  choices?: string[];
}

export interface CallSpec {
  name: string;
  fields: Field[];
  line(v: Record<string, string>): string;
}

const pyStr = (text: string): string => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
const pyBytes = (text: string): string => bytesLiteral(new TextEncoder().encode(text));
const address = (v: Record<string, string>): string => `(${pyStr(v.host ?? "")}, ${v.port})`;

export const CALLS: CallSpec[] = [
  { name: "socket", fields: [{ key: "var", kind: "var", value: "s" },
    { key: "family", kind: "choice", value: "AF_INET", choices: ["AF_INET", "AF_INET6", "AF_UNIX"] },
    { key: "type", kind: "choice", value: "SOCK_STREAM", choices: ["SOCK_STREAM", "SOCK_DGRAM"] }],
    line: (v) => `${v.var} = socket.socket(socket.${v.family}, socket.${v.type})` },
  { name: "bind", fields: [{ key: "var", kind: "var", value: "s" }, { key: "host", kind: "host", value: "127.0.0.1" },
    { key: "port", kind: "port", value: "5000" }], line: (v) => `${v.var}.bind(${address(v)})` },
  { name: "listen", fields: [{ key: "var", kind: "var", value: "s" }, { key: "backlog", kind: "count", value: "5" }],
    line: (v) => `${v.var}.listen(${v.backlog})` },
  { name: "accept", fields: [{ key: "var", kind: "var", value: "s" }, { key: "conn", kind: "var", value: "ns" },
    { key: "addr", kind: "var", value: "direccion" }], line: (v) => `${v.conn}, ${v.addr} = ${v.var}.accept()` },
  { name: "connect", fields: [{ key: "var", kind: "var", value: "s" }, { key: "host", kind: "host", value: "127.0.0.1" },
    { key: "port", kind: "port", value: "5000" }], line: (v) => `${v.var}.connect(${address(v)})` },
  { name: "send", fields: [{ key: "var", kind: "var", value: "s" }, { key: "data", kind: "text", value: "hola" }],
    line: (v) => `${v.var}.send(${pyBytes(v.data ?? "")})` },
  { name: "recv", fields: [{ key: "var", kind: "var", value: "s" }, { key: "result", kind: "var", value: "datos" },
    { key: "size", kind: "count", value: "1024" }], line: (v) => `${v.result} = ${v.var}.recv(${v.size})` },
  { name: "sendto", fields: [{ key: "var", kind: "var", value: "s" }, { key: "data", kind: "text", value: "hola" },
    { key: "host", kind: "host", value: "127.0.0.1" }, { key: "port", kind: "port", value: "5000" }],
    line: (v) => `${v.var}.sendto(${pyBytes(v.data ?? "")}, ${address(v)})` },
  { name: "recvfrom", fields: [{ key: "var", kind: "var", value: "s" }, { key: "result", kind: "var", value: "datos" },
    { key: "addr", kind: "var", value: "origen" }, { key: "size", kind: "count", value: "1024" }],
    line: (v) => `${v.result}, ${v.addr} = ${v.var}.recvfrom(${v.size})` },
  { name: "print", fields: [{ key: "value", kind: "var", value: "datos" }], line: (v) => `print(${v.value})` },
  { name: "shutdown", fields: [{ key: "var", kind: "var", value: "s" },
    { key: "how", kind: "choice", value: "SHUT_WR", choices: ["SHUT_WR", "SHUT_RD", "SHUT_RDWR"] }],
    line: (v) => `${v.var}.shutdown(socket.${v.how})` },
  { name: "close", fields: [{ key: "var", kind: "var", value: "s" }], line: (v) => `${v.var}.close()` },
];

const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;

/** Why a field's value cannot go into the call (a message key), or null when it can. */
export function invalid(field: Field, value: string): string | null {
  switch (field.kind) {
    case "var":
      return IDENTIFIER.test(value) ? null : "wb.palette.badName";
    case "port":
      return /^\d{1,5}$/.test(value) && Number(value) <= 65535 ? null : "wb.palette.badPort";
    case "count":
      return /^\d{1,7}$/.test(value) ? null : "wb.palette.badCount";
    case "host":
      return value.length > 0 && value.length <= 253 ? null : "wb.palette.badHost";
    default:
      return value.length <= 200 ? null : "wb.palette.badText";
  }
}

/** The lines a call sends: `import socket` first when the file does not import it yet. */
export function statementsFor(spec: CallSpec, values: Record<string, string>, source: string): string[] {
  const line = spec.line(values);
  const needsImport = /socket\./.test(line) && !/^\s*import\s+socket\b/m.test(source);
  return needsImport ? ["import socket", line] : [line];
}

/** The calls that talk on a connection: after accept() they are about the socket it returned. */
const CONNECTION_CALLS = new Set(["send", "recv", "shutdown", "close"]);

/**
 * The socket a call on a connection means by default: the one the file's latest accept() returned
 * (`ns, direccion = s.accept()` → ns) while the file has not closed it; null when there is none.
 */
export function suggestedSocket(source: string): string | null {
  let socket: string | null = null;
  for (const line of source.split("\n")) {
    const accepted = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*,\s*[\p{L}_][\p{L}\p{N}_]*\s*=\s*[\p{L}_][\p{L}\p{N}_]*\.accept\(\s*\)/u.exec(line);
    if (accepted) socket = accepted[1]!;
    else if (socket !== null && new RegExp(`^\\s*${socket}\\.close\\(\\s*\\)`, "u").test(line)) socket = null;
  }
  return socket;
}

export class PaletteView {
  private selected: CallSpec = CALLS[0]!;
  private readonly values = new Map<string, Record<string, string>>();
  /** The calls whose socket the student typed: theirs is kept, the others follow the file. */
  private readonly socketTyped = new Set<string>();

  constructor(
    private readonly container: HTMLElement,
    private readonly texts: Texts,
    private readonly currentSource: () => string,
    private readonly send: (statements: string[]) => void,
  ) {
    this.render();
  }

  private valuesOf(spec: CallSpec): Record<string, string> {
    let values = this.values.get(spec.name);
    if (!values) {
      values = Object.fromEntries(spec.fields.map((f) => [f.key, f.value]));
      this.values.set(spec.name, values);
    }
    if (CONNECTION_CALLS.has(spec.name) && !this.socketTyped.has(spec.name)) {
      values.var = suggestedSocket(this.currentSource()) ?? spec.fields[0]!.value;
    }
    return values;
  }

  private render(): void {
    const t = this.texts;
    const calls = el("div", "palette-calls", undefined, { role: "toolbar", "aria-label": format(t, "wb.palette.calls") });
    for (const spec of CALLS) {
      const b = button(`${spec.name}()`, "small palette-pick", `pick-${spec.name}`, () => {
        this.selected = spec;
        this.render();
      });
      b.setAttribute("aria-pressed", String(spec === this.selected));
      calls.append(b);
    }
    const spec = this.selected;
    const values = this.valuesOf(spec);
    const form = el("form", "palette-form", undefined, { "data-testid": "palette-form" });
    form.append(el("p", "palette-help", format(t, `wb.palette.${spec.name}.help`)));
    const fields = el("div", "palette-fields");
    const preview = el("code", "palette-preview", "", { "data-testid": "palette-preview" });
    const error = el("p", "palette-error", "", { role: "alert" });
    const callButton = el("button", "primary", format(t, "wb.palette.call"), { type: "submit", "data-testid": "palette-call",
      "data-needs-connection": "" });
    const update = (): void => {
      const problem = spec.fields.map((f) => invalid(f, values[f.key] ?? "")).find((p) => p !== null) ?? null;
      error.textContent = problem === null ? "" : format(t, problem);
      callButton.disabled = problem !== null;
      preview.textContent = problem === null ? statementsFor(spec, values, this.currentSource()).join("\n") : "";
    };
    for (const field of spec.fields) {
      const label = el("label", "palette-field");
      label.append(el("span", "", format(t, `wb.palette.field.${field.key}`)));
      let input: HTMLInputElement | HTMLSelectElement;
      if (field.kind === "choice") {
        input = el("select", "");
        input.append(...(field.choices ?? []).map((c) => new Option(c, c)));
      } else {
        input = el("input", "", undefined, { type: field.kind === "port" || field.kind === "count" ? "number" : "text",
          spellcheck: "false", autocomplete: "off" });
      }
      input.value = values[field.key] ?? "";
      input.dataset.testid = `palette-${field.key}`;
      input.addEventListener("input", () => {
        values[field.key] = input.value;
        if (field.key === "var") this.socketTyped.add(spec.name);
        update();
      });
      label.append(input);
      fields.append(label);
    }
    form.append(fields, el("span", "palette-preview-label", format(t, "wb.palette.preview")), preview, error, callButton);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!callButton.disabled) this.send(statementsFor(spec, values, this.currentSource()));
    });
    update();
    this.container.replaceChildren(calls, form);
  }
}
