// The process view (slide 21: each process and its descriptor table, fd → domain, type, state,
// local and remote address) and netstat -a of the sandbox, both redrawn from each snapshot.

import { format, type Texts } from "../messages";
import { processStatus } from "./describe";
import { el } from "./dom";
import type { DescriptorView, ProcessView, Snapshot } from "./protocol";

/** A descriptor table's rows as the view shows them. */
export function descriptorRows(process: ProcessView, texts: Texts): string[][] {
  return process.descriptors.map((d: DescriptorView) => d.kind === "socket"
    ? [String(d.fd), format(texts, "wb.fd.socket"), d.family ?? "", d.type ?? "", d.state ?? "", d.local || "—", d.remote || "—"]
    : [String(d.fd), format(texts, "wb.fd.console"), "", "", "", d.local ?? "", ""]);
}

function table(headers: string[], rows: string[][], testId: string): HTMLTableElement {
  const t = el("table", "data-table", undefined, { "data-testid": testId });
  const head = el("tr");
  head.append(...headers.map((h) => el("th", "", h, { scope: "col" })));
  t.createTHead().append(head);
  const body = t.createTBody();
  for (const row of rows) {
    const tr = el("tr");
    tr.append(...row.map((cell) => el("td", "", cell)));
    body.append(tr);
  }
  return t;
}

export class ProcessesView {
  constructor(private readonly container: HTMLElement, private readonly texts: Texts) {}

  render(snapshot: Snapshot): void {
    const t = this.texts;
    if (snapshot.processes.length === 0) {
      this.container.replaceChildren(el("p", "empty", format(t, "wb.noProcesses")));
      return;
    }
    const headers = ["fd", "wb.col.what", "wb.col.family", "wb.col.type", "wb.col.state", "wb.col.local", "wb.col.remote"]
      .map((k) => (k === "fd" ? "fd" : format(t, k)));
    this.container.replaceChildren(...snapshot.processes.map((p) => {
      const block = el("article", "process-block", undefined, { "data-testid": "process", "data-pid": String(p.pid) });
      block.dataset.state = p.state;
      const title = el("h4", "process-title", format(t, "wb.processTitle", { pid: p.pid, ppid: p.ppid, program: p.program }));
      const status = el("span", "process-status", processStatus(p, t));
      title.append(" ", status);
      block.append(title);
      if (p.descriptors.length > 0) block.append(table(headers, descriptorRows(p, t), "fd-table"));
      const threads = p.threads.filter((th) => th.state !== "DONE");
      if (threads.length > 1) {
        block.append(el("p", "threads", format(t, "wb.threads", {
          list: threads.map((th) => `${th.name} (${th.state}${th.waitingIn ? ": " + th.waitingIn : ""})`).join(", "),
        })));
      }
      return block;
    }));
  }
}

export class NetstatView {
  constructor(private readonly container: HTMLElement, private readonly texts: Texts) {}

  render(snapshot: Snapshot): void {
    const t = this.texts;
    // Several hosts: each row says whose it is, as netstat run on each machine would.
    const hosts = (snapshot.network?.hosts.length ?? 1) > 1;
    const headers = [...(hosts ? [format(t, "wb.col.host")] : []), "Proto", format(t, "wb.col.local"),
      format(t, "wb.col.foreign"), format(t, "wb.col.state"), format(t, "wb.col.program")];
    const rows = snapshot.netstat.map((r) => [...(hosts ? [r.host ?? ""] : []), r.proto, r.local, r.foreign, r.state, r.program]);
    const parts: Node[] = [el("p", "view-note", format(t, "wb.netstatNote"))];
    parts.push(rows.length === 0 ? el("p", "empty", format(t, "wb.noSockets")) : table(headers, rows, "netstat-table"));
    this.container.replaceChildren(...parts);
  }
}
