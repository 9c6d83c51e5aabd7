// The byte inspector: what each send/recv/read/write carried, as text and as hex, and for every
// address a call named, the bytes it has in network byte order (htons(5000) → 13 88).

import { format, type Texts } from "../messages";
import { el } from "./dom";
import type { TraceRow } from "./model";

/** Shown at most, newest last. */
export const BYTE_ROWS_SHOWN = 100;

export interface Address {
  host?: string;
  port?: number;
  path?: string;
}

export interface ByteRow {
  seq: number;
  pid: number;
  call: string;
  fd: number;
  /** Data sent or received, or an address a call named (bind, connect, accept). */
  direction: "out" | "in" | "addr";
  length: number;
  bytes: Uint8Array;
  truncated: boolean;
  address: Address | null;
}

const OUT = new Set(["send", "sendto", "sendmsg", "write"]);
const IN = new Set(["recv", "recvfrom", "recvmsg", "read"]);
const NAMING = new Set(["bind", "connect", "accept"]);

/** The bytes of the calls that moved data, from the trace (the server sends at most 256 per call). */
export function byteRows(trace: readonly TraceRow[], limit = BYTE_ROWS_SHOWN): ByteRow[] {
  const rows: ByteRow[] = [];
  for (let i = trace.length - 1; i >= 0 && rows.length < limit; i--) {
    const row = trace[i]!;
    if (row.kind !== "call" || row.failed) continue;
    const args = row.event.args as Record<string, unknown>;
    if (NAMING.has(row.name) && isAddress(args.addr) && args.addr.port !== undefined) {
      rows.push({ seq: row.seq, pid: row.pid, call: row.name, fd: Number(args.fd ?? -1), direction: "addr", length: 0,
        bytes: new Uint8Array(0), truncated: false, address: args.addr });
      continue;
    }
    if (!(OUT.has(row.name) || IN.has(row.name))) continue;
    if (typeof args.bytes !== "string") continue;
    rows.push({
      seq: row.seq, pid: row.pid, call: row.name, fd: Number(args.fd ?? -1), direction: OUT.has(row.name) ? "out" : "in",
      length: row.event.result, bytes: fromBase64(args.bytes), truncated: args.truncated === true,
      address: isAddress(args.addr) ? args.addr : null,
    });
  }
  return rows.reverse();
}

function isAddress(value: unknown): value is Address {
  return typeof value === "object" && value !== null && ("port" in value || "path" in value);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const hex2 = (b: number): string => b.toString(16).padStart(2, "0");

/** hexdump -C's lines: offset, 16 bytes in hex, the printable ones as text. */
export function hexDump(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += 16) {
    const chunk = [...bytes.subarray(at, at + 16)];
    const hex = chunk.map(hex2).join(" ").padEnd(47, " ");
    const text = chunk.map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");
    lines.push(`${at.toString(16).padStart(4, "0")}  ${hex}  |${text}|`);
  }
  return lines;
}

/** The bytes as Python writes a bytes literal: b'hola\\n\\x00'. */
export function bytesLiteral(bytes: Uint8Array): string {
  let body = "";
  const quote = bytes.includes(0x27) && !bytes.includes(0x22) ? '"' : "'";
  for (const b of bytes) {
    if (b === 0x5c) body += "\\\\";
    else if (b === quote.charCodeAt(0)) body += "\\" + quote;
    else if (b === 0x0a) body += "\\n";
    else if (b === 0x0d) body += "\\r";
    else if (b === 0x09) body += "\\t";
    else if (b >= 0x20 && b < 0x7f) body += String.fromCharCode(b);
    else body += "\\x" + hex2(b);
  }
  return `b${quote}${body}${quote}`;
}

/** A port in network byte order: 5000 → "13 88". */
export function portBytes(port: number): string {
  return `${hex2((port >> 8) & 0xff)} ${hex2(port & 0xff)}`;
}

/** An IPv4 address as its four bytes: 127.0.0.1 → "7f 00 00 01"; null for anything else. */
export function ipv4Bytes(host: string): string | null {
  const parts = host.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.map((p) => hex2(Number(p))).join(" ");
}

export class BytesView {
  constructor(private readonly container: HTMLElement, private readonly empty: HTMLElement, private readonly texts: Texts) {}

  render(trace: readonly TraceRow[]): void {
    const rows = byteRows(trace);
    this.empty.hidden = rows.length > 0;
    this.container.replaceChildren(...rows.map((row) => this.entry(row)));
  }

  private entry(row: ByteRow): HTMLElement {
    const t = this.texts;
    const item = el("details", `bytes-entry bytes-${row.direction}`, undefined, { "data-testid": "bytes-entry" });
    const summary = el("summary", "");
    if (row.direction === "addr") {
      const a = row.address!;
      // "@" (at an address): every font has it, where ⌖ drew an empty box.
      summary.append(el("span", "bytes-dir", "@", { "aria-hidden": "true", "data-testid": "bytes-addr-mark" }),
        el("span", "bytes-who", format(t, "wb.bytes.addr", { pid: row.pid, call: row.call, fd: row.fd })),
        el("code", "bytes-text", a.host!.includes(":") ? `[${a.host}]:${a.port}` : `${a.host}:${a.port}`));
      item.append(summary);
      this.addressOrder(item, row);
      item.open = true;
      return item;
    }
    summary.append(
      el("span", "bytes-dir", row.direction === "out" ? "→" : "←", { "aria-hidden": "true" }),
      el("span", "bytes-who", format(t, `wb.bytes.${row.direction}`, { pid: row.pid, call: row.call, fd: row.fd, count: row.length })),
      el("code", "bytes-text", bytesLiteral(row.bytes) + (row.truncated ? "…" : "")),
    );
    item.append(summary, el("pre", "bytes-hex", hexDump(row.bytes).join("\n"), { "data-testid": "bytes-hex" }));
    if (row.truncated) item.append(el("p", "view-note", format(t, "wb.bytes.truncated", { shown: row.bytes.length })));
    this.addressOrder(item, row);
    return item;
  }

  private addressOrder(item: HTMLElement, row: ByteRow): void {
    if (row.address?.port === undefined || row.address.host === undefined) return;
    const ip = ipv4Bytes(row.address.host);
    item.append(el("p", "bytes-order", format(this.texts, ip === null ? "wb.bytes.port" : "wb.bytes.address", {
      host: row.address.host, port: row.address.port, portBytes: portBytes(row.address.port), ipBytes: ip ?? "",
    }), { "data-testid": "bytes-order" }));
  }
}
