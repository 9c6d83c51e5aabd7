// The lab network as the diagram draws it: which networks each host is on (its addresses inside
// a network's range), what each network's link does to datagrams, what each firewall lets by.

import { format, type Texts } from "../messages";
import type { HostView, RuleView, SubnetView } from "./protocol";

function ipv4(address: string): number | null {
  const parts = address.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** Whether {@code address} is inside {@code cidr} (IPv4, "172.25.4.0/24"). */
export function inRange(address: string, cidr: string): boolean {
  const [base, bits] = cidr.split("/");
  const a = ipv4(address);
  const b = ipv4(base ?? "");
  const size = Number(bits ?? 32);
  if (a === null || b === null || !(size >= 0 && size <= 32)) return false;
  const block = 2 ** (32 - size);
  return Math.floor(a / block) === Math.floor(b / block);
}

/** Each host's place on each network: the network's name, the host's name and its address there. */
export function attachments(hosts: readonly HostView[], networks: readonly SubnetView[]):
    { network: string; host: string; address: string }[] {
  const out: { network: string; host: string; address: string }[] = [];
  for (const network of networks) {
    for (const host of hosts) {
      const address = host.addresses.find((a) => inRange(a, network.cidr));
      if (address !== undefined) out.push({ network: network.name, host: host.name, address });
    }
  }
  return out;
}

/** "lan · 172.25.4.0/24", with what its link does ("loses 20 %, 30 ms") and whether the router reaches it. */
export function networkText(network: SubnetView, texts: Texts): string {
  const traits: string[] = [];
  if (network.loss > 0) traits.push(format(texts, "wb.net.loss", { percent: Math.round(network.loss * 100) }));
  if (network.duplicate > 0) traits.push(format(texts, "wb.net.duplicate", { percent: Math.round(network.duplicate * 100) }));
  if (network.reorder > 0) traits.push(format(texts, "wb.net.reorder", { percent: Math.round(network.reorder * 100) }));
  if (network.delayMs > 0) traits.push(format(texts, "wb.net.delay", { ms: network.delayMs }));
  if (!network.routed) traits.push(format(texts, "wb.net.unrouted"));
  const name = `${network.name} · ${network.cidr}`;
  return traits.length === 0 ? name : `${name} (${traits.join(", ")})`;
}

/** A host's firewall in one line: "firewall: 22/tcp drop · 23/tcp reject"; null without rules. */
export function firewallText(rules: readonly RuleView[] | undefined, texts: Texts): string | null {
  if (!rules || rules.length === 0) return null;
  const rule = (r: RuleView): string => {
    const what = `${r.port ?? format(texts, "wb.net.anyPort")}${r.protocol ? `/${r.protocol}` : ""}`;
    return `${what} ${r.action}${r.from ? ` ${format(texts, "wb.net.from", { from: r.from })}` : ""}`;
  };
  return format(texts, "wb.net.firewall", { rules: rules.map(rule).join(" · ") });
}
