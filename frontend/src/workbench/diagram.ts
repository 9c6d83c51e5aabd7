// The network diagram: the sandbox's hosts with their processes, each socket a plug labelled with
// its fd, address and state, connections as lines between the plugs of both ends (across hosts
// too), and connections still waiting in a listen queue as dashed lines to the listener with the
// queue's length. A forked child is joined to its parent; a process that ended after exchanging
// datagrams stays drawn, faded, with what it exchanged, so a UDP exchange is not lost with its client.

import { format, formatCount, type Texts } from "../messages";
import { processStatus } from "./describe";
import { el } from "./dom";
import type { TraceRow } from "./model";
import type { DescriptorView, RuleView, Snapshot, SubnetView } from "./protocol";
import { attachments, firewallText, networkText } from "./topology";

export interface Plug {
  id: string;
  pid: number;
  /** The host its process runs on: loopback addresses only join plugs of one host. */
  host: string;
  fd: number;
  socket: DescriptorView;
}

export interface Link {
  from: string;
  to: string;
  /**
   * "connection": both ends established; "queued": a client waiting in the listener's queue;
   * "datagram": datagrams a slow link holds on their way from one socket to the other.
   */
  kind: "connection" | "queued" | "datagram" | "fork" | "exchanged" | "attached";
  protocol: string;
  /** For "attached" (a host on a network): its address there. */
  label?: string;
  /** For "datagram": how many are on their way; for "exchanged": how many went between the two. */
  count?: number;
}

/** An ended process's name and host, as far as the page still knows them. */
export type ProgramOf = (pid: number) => { program: string; host?: string } | undefined;

export interface DiagramProcess {
  pid: number;
  program: string;
  plugs: Plug[];
  /** The parent when it is drawn too (a forked child). */
  parent?: number;
  /** Ended: drawn faded, with the datagrams it exchanged. */
  ended?: boolean;
}

export interface Diagram {
  /** Every host of the topology, each with its processes (a host without any is drawn empty). */
  hosts: { name: string; addresses: string[]; firewall?: RuleView[]; processes: DiagramProcess[] }[];
  /** The topology's networks, each joined to the hosts on it by an "attached" link. */
  networks: SubnetView[];
  links: Link[];
}

const plugId = (pid: number, fd: number): string => `${pid}/${fd}`;

/** Which plugs there are and which are joined, from a snapshot. */
export function diagramOf(snapshot: Snapshot, trace: readonly TraceRow[] = [], programOf: ProgramOf = () => undefined): Diagram {
  const live = snapshot.processes.filter((p) => p.state !== "EXITED");
  const declared = snapshot.network?.hosts ?? [];
  const hosts = declared.map((h) => ({ name: h.name, addresses: h.addresses, firewall: h.firewall ?? [],
    processes: [] as DiagramProcess[] }));
  const networks = snapshot.network?.networks ?? [];
  const livePids = new Set(live.map((p) => p.pid));
  for (const p of live) {
    let host = hosts.find((h) => h.name === p.host);
    if (!host) {
      host = { name: p.host, addresses: [], firewall: [], processes: [] };
      hosts.push(host);
    }
    host.processes.push({
      pid: p.pid,
      program: p.program,
      plugs: p.descriptors.filter((d) => d.kind === "socket")
        .map((d) => ({ id: plugId(p.pid, d.fd), pid: p.pid, host: p.host, fd: d.fd, socket: d })),
      ...(livePids.has(p.ppid) && live.find((q) => q.pid === p.ppid)?.host === p.host ? { parent: p.ppid } : {}),
    });
  }
  const exchanges = exchangesOf(trace, live.flatMap((p) => p.descriptors
    .filter((d) => d.kind === "socket" && d.type === "SOCK_DGRAM")
    .map((d) => ({ id: plugId(p.pid, d.fd), pid: p.pid, host: p.host, fd: d.fd, socket: d }))), livePids);
  const ended = new Map<number, DiagramProcess>();
  for (const plug of exchanges.ended.slice(-PAST_SHOWN)) {
    const known = programOf(plug.pid);
    let process = ended.get(plug.pid);
    if (!process) {
      process = { pid: plug.pid, program: known?.program ?? "?", plugs: [], ended: true };
      ended.set(plug.pid, process);
      (hosts.find((h) => h.name === (known?.host ?? plug.host)) ?? hosts.find((h) => h.name === plug.host))?.processes.push(process);
    }
    process.plugs.push(plug);
  }
  const plugs = hosts.flatMap((h) => h.processes.flatMap((p) => p.plugs));
  // Two plugs may be the ends of one connection only on one host when its addresses are loopback
  // (every host has its own 127.0.0.1), or when the listener's host owns the address.
  const owner = (address: string): string | undefined => {
    const ip = address.slice(0, address.lastIndexOf(":")).replace(/^::ffff:/, "");
    return isLoopback(ip) ? undefined : hosts.find((h) => h.addresses.includes(ip))?.name;
  };
  const sameMachine = (a: Plug, b: Plug, address: string): boolean => {
    const host = owner(address);
    return host === undefined ? a.host === b.host : b.host === host;
  };
  const links: Link[] = [];
  const seen = new Set<string>();
  for (const plug of plugs) {
    const s = plug.socket;
    if (s.remote === null || s.remote === "" || s.local === null) continue;
    if (s.waiting) {
      const listener = plugs.find((o) => o.socket.state === "LISTEN" && sameEndpoint(o.socket.local, s.remote!)
        && sameMachine(plug, o, s.remote!));
      if (listener) links.push({ from: plug.id, to: listener.id, kind: "queued", protocol: s.type ?? "" });
      continue;
    }
    const peer = plugs.find((o) => o !== plug && o.socket.type === s.type && o.socket.local === s.remote
      && o.socket.remote === s.local && sameMachine(plug, o, s.remote!));
    if (!peer) continue;
    const key = [plug.id, peer.id].sort().join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ from: plug.id, to: peer.id, kind: "connection", protocol: s.type ?? "" });
  }
  const present = new Set(plugs.map((p) => p.id));
  const flying = new Map<string, Link>();
  for (const d of snapshot.network?.inFlight ?? []) {
    const from = plugId(d.fromPid, d.fromFd);
    const to = plugId(d.toPid, d.toFd);
    if (!present.has(from) || !present.has(to)) continue;
    const link = flying.get(`${from}>${to}`);
    if (link) link.count = (link.count ?? 0) + 1;
    else flying.set(`${from}>${to}`, { from, to, kind: "datagram", protocol: "SOCK_DGRAM", count: 1 });
  }
  links.push(...flying.values());
  for (const h of hosts) {
    for (const p of h.processes) {
      if (p.parent !== undefined) links.push({ from: `proc/${p.parent}`, to: `proc/${p.pid}`, kind: "fork", protocol: "" });
    }
  }
  links.push(...exchanges.links.filter((l) => ended.has(Number(l.from.split("/")[0]))));
  for (const a of attachments(declared, networks)) {
    links.push({ from: `host/${a.host}`, to: `net/${a.network}`, kind: "attached", protocol: "", label: a.address });
  }
  return { hosts, networks, links };
}

/** At most this many sockets of ended processes stay drawn. */
const PAST_SHOWN = 6;

/**
 * The datagrams ended processes sent to live datagram sockets, read from the trace (their sendto
 * calls): a socket for each ended sender, as a plug, and a link from it to the socket it reached
 * with how many datagrams went.
 */
export function exchangesOf(trace: readonly TraceRow[], liveDatagramPlugs: readonly Plug[], live: ReadonlySet<number>):
    { ended: Plug[]; links: Link[] } {
  const plugs = new Map<string, Plug>();
  const links = new Map<string, Link>();
  for (const row of trace) {
    if (row.kind !== "call" || row.failed || row.name !== "sendto" || live.has(row.pid)) continue;
    const args = row.event.args as Record<string, unknown>;
    const a = args.addr as { host?: string; port?: number } | null | undefined;
    if (!a || a.host === undefined || a.port === undefined) continue;
    const to = liveDatagramPlugs.find((p) => sameEndpoint(p.socket.local, `${a.host}:${a.port}`));
    if (!to) continue;
    const fd = Number(args.fd ?? -1);
    const id = `${plugId(row.pid, fd)}`;
    if (!plugs.has(id)) {
      plugs.set(id, { id, pid: row.pid, host: to.host, fd, socket: { fd, kind: "socket", family: to.socket.family,
        type: "SOCK_DGRAM", state: "CLOSED", local: null, remote: null, queued: null, waiting: false } as DescriptorView });
    }
    const key = `${id}>${to.id}`;
    const link = links.get(key) ?? { from: id, to: to.id, kind: "exchanged" as const, protocol: "SOCK_DGRAM", count: 0 };
    link.count = (link.count ?? 0) + 1;
    links.set(key, link);
  }
  return { ended: [...plugs.values()], links: [...links.values()] };
}

function isLoopback(ip: string): boolean {
  return ip.startsWith("127.") || ip === "::1" || ip === "localhost";
}

/** A listener bound to 0.0.0.0:5000 (or :::5000) is the one a client connecting to any-host:5000 reaches. */
function sameEndpoint(listening: string | null, target: string): boolean {
  if (listening === null) return false;
  if (listening === target) return true;
  const port = (a: string): string => a.slice(a.lastIndexOf(":") + 1);
  const host = (a: string): string => a.slice(0, a.lastIndexOf(":"));
  return port(listening) === port(target) && (host(listening) === "0.0.0.0" || host(listening) === "::");
}

const SVG = "http://www.w3.org/2000/svg";

export class DiagramView {
  private diagram: Diagram = { hosts: [], networks: [], links: [] };

  constructor(private readonly container: HTMLElement, private readonly texts: Texts,
              private readonly programOf: ProgramOf = () => undefined) {
    if (typeof ResizeObserver !== "undefined") new ResizeObserver(() => this.drawLinks()).observe(container);
  }

  render(snapshot: Snapshot, trace: readonly TraceRow[] = []): void {
    const t = this.texts;
    this.diagram = diagramOf(snapshot, trace, this.programOf);
    const boxes: HTMLElement[] = [];
    const single = this.diagram.hosts.length <= 1;
    if (this.diagram.networks.length > 0) {
      // The lab's networks above its hosts, each host joined to the ones it has an address on.
      const strip = el("div", "diagram-networks");
      for (const n of this.diagram.networks) {
        strip.append(el("div", `diagram-network${n.routed ? "" : " unrouted"}`, networkText(n, t),
          { "data-testid": "diagram-network", "data-network": n.name, "data-node": `net/${n.name}` }));
      }
      boxes.push(strip);
    }
    for (const h of this.diagram.hosts) {
      const host = el("div", "host", undefined, { "data-testid": "diagram-host", "data-host": h.name, "data-node": `host/${h.name}` });
      host.append(el("h4", "host-name", single && h.addresses.length === 0
        ? format(t, "wb.diagram.host", { name: h.name })
        : format(t, "wb.diagram.namedHost", { name: h.name, addresses: h.addresses.join(", ") || "127.0.0.1" })));
      const firewall = firewallText(h.firewall, t);
      if (firewall !== null) host.append(el("p", "diagram-firewall", firewall, { "data-testid": "diagram-firewall" }));
      const row = el("div", "host-processes");
      if (h.processes.length === 0) row.append(el("p", "empty", format(t, single ? "wb.noProcesses" : "wb.diagram.idleHost")));
      for (const p of h.processes) {
        const box = el("div", `diagram-process${p.ended ? " ended" : ""}`, undefined, { "data-testid": "diagram-process",
          "data-pid": String(p.pid), "data-node": `proc/${p.pid}`, ...(p.ended ? { "data-ended": "true" } : {}) });
        const view = snapshot.processes.find((v) => v.pid === p.pid);
        box.append(el("div", "diagram-process-name", `${p.program} · pid ${p.pid}`),
          el("div", "diagram-process-state", p.ended ? format(t, "wb.diagram.ended") : processStatus(view, t)));
        if (p.parent !== undefined) {
          box.append(el("div", "diagram-process-parent", format(t, "wb.diagram.childOf", { ppid: p.parent }),
            { "data-testid": "diagram-parent" }));
        }
        for (const plug of p.plugs) box.append(this.plug(plug));
        row.append(box);
      }
      host.append(row);
      boxes.push(host);
    }
    if (boxes.length === 0) {
      const host = el("div", "host", undefined, { "data-testid": "diagram-host" });
      host.append(el("h4", "host-name", format(t, "wb.diagram.host", { name: "enchufe" })), el("p", "empty", format(t, "wb.noProcesses")));
      boxes.push(host);
    }
    const svg = document.createElementNS(SVG, "svg");
    svg.classList.add("diagram-links");
    svg.setAttribute("aria-hidden", "true");
    this.container.replaceChildren(...boxes, svg);
    this.drawLinks();
  }

  private plug(plug: Plug): HTMLElement {
    const s = plug.socket;
    const item = el("div", `plug plug-${(s.state ?? "").toLowerCase()}`, undefined, {
      "data-testid": "plug", "data-plug": plug.id, "data-node": plug.id, "data-state": s.state ?? "" });
    item.append(el("span", "plug-fd", `fd ${plug.fd}`), el("span", "plug-kind", `${s.type === "SOCK_DGRAM" ? "UDP" : s.family === "AF_UNIX" ? "UNIX" : "TCP"}`),
      el("span", "plug-state", s.state ?? ""), el("span", "plug-address", s.local || "—"));
    if (s.queued !== null && s.state === "LISTEN") {
      item.append(el("span", "plug-queue", format(this.texts, "wb.diagram.queue", { count: s.queued }), { "data-testid": "plug-queue" }));
    }
    return item;
  }

  /** Lines from plug to plug, measured from where the layout put them. */
  private drawLinks(): void {
    const svg = this.container.querySelector<SVGSVGElement>("svg.diagram-links");
    if (!svg) return;
    const origin = this.container.getBoundingClientRect();
    svg.setAttribute("width", String(this.container.scrollWidth));
    svg.setAttribute("height", String(this.container.scrollHeight));
    const paths: SVGElement[] = [];
    for (const link of this.diagram.links) {
      const a = this.container.querySelector(`[data-node="${link.from}"]`)?.getBoundingClientRect();
      const b = this.container.querySelector(`[data-node="${link.to}"]`)?.getBoundingClientRect();
      if (!a || !b) continue;
      if (link.kind === "attached") {
        // A host on several networks: its lines leave from spread points of its top edge.
        const own = this.diagram.links.filter((l) => l.kind === "attached" && l.from === link.from);
        const share = (own.indexOf(link) + 1) / (own.length + 1);
        paths.push(...this.attachment(a, b, origin, link.label ?? "", share));
        continue;
      }
      const [from, to] = a.left <= b.left ? [a, b] : [b, a];
      const x1 = from.right - origin.left;
      const y1 = from.top + from.height / 2 - origin.top;
      const x2 = to.left - origin.left;
      const y2 = to.top + to.height / 2 - origin.top;
      const bend = Math.max(30, Math.abs(x2 - x1) / 2);
      const path = document.createElementNS(SVG, "path");
      path.setAttribute("d", `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`);
      path.setAttribute("class", `link link-${link.kind}`);
      path.setAttribute("data-testid", `link-${link.kind}`);
      paths.push(path);
      if (link.kind === "datagram" || link.kind === "exchanged") {
        const label = document.createElementNS(SVG, "text");
        label.setAttribute("x", String((x1 + x2) / 2));
        label.setAttribute("y", String((y1 + y2) / 2 - 6));
        label.setAttribute("class", "link-label");
        label.setAttribute("data-testid", link.kind === "datagram" ? "datagrams-in-flight" : "datagrams-exchanged");
        label.textContent = link.kind === "datagram"
          ? format(this.texts, "wb.diagram.inFlight", { count: link.count ?? 1 })
          : formatCount(this.texts, "wb.diagram.exchanged", link.count ?? 1);
        paths.push(label);
      }
    }
    svg.replaceChildren(...paths);
  }

  /** A host's line up to a network drawn above it, labelled with its address there. */
  private attachment(host: DOMRect, network: DOMRect, origin: DOMRect, address: string, share: number): SVGElement[] {
    const x1 = host.left + host.width * share - origin.left;
    const y1 = host.top - origin.top;
    const x2 = Math.min(Math.max(x1, network.left - origin.left + 8), network.right - origin.left - 8);
    const y2 = network.bottom - origin.top;
    const line = document.createElementNS(SVG, "path");
    line.setAttribute("d", `M ${x1} ${y1} C ${x1} ${(y1 + y2) / 2}, ${x2} ${(y1 + y2) / 2}, ${x2} ${y2}`);
    line.setAttribute("class", "link link-attached");
    line.setAttribute("data-testid", "link-attached");
    const label = document.createElementNS(SVG, "text");
    label.setAttribute("x", String(x1 + 6));
    label.setAttribute("y", String(y1 - 4));
    label.setAttribute("class", "link-label");
    label.textContent = address;
    return [line, label];
  }
}
