import { describe, expect, it } from "vitest";
import { diagramOf } from "./diagram";
import type { Snapshot } from "./protocol";
import { attachments, firewallText, inRange, networkText } from "./topology";

const texts = {
  "wb.net.loss": "loses {percent} %", "wb.net.delay": "takes {ms} ms", "wb.net.unrouted": "not routed",
  "wb.net.anyPort": "any port", "wb.net.from": "from {from}", "wb.net.firewall": "firewall: {rules}",
};

const lab: Snapshot = { processes: [], netstat: [], network: {
  topology: "laboratorio", inFlight: [],
  hosts: [
    { name: "cliente", addresses: ["172.25.4.2"] },
    { name: "servidor", addresses: ["172.25.4.4", "10.0.9.4"], firewall: [
      { port: 22, protocol: "tcp", action: "drop", from: null }, { port: 23, protocol: "tcp", action: "reject", from: null }] },
    { name: "base-de-datos", addresses: ["10.0.9.5"] },
  ],
  networks: [
    { name: "lan", cidr: "172.25.4.0/24", routed: true, loss: 0, duplicate: 0, reorder: 0, delayMs: 0 },
    { name: "interna", cidr: "10.0.9.0/24", routed: false, loss: 0.2, duplicate: 0, reorder: 0, delayMs: 30 },
  ],
} };

describe("the lab network in the diagram", () => {
  it("joins each host to the networks its addresses are in", () => {
    expect(inRange("172.25.4.9", "172.25.4.0/24")).toBe(true);
    expect(inRange("172.25.5.9", "172.25.4.0/24")).toBe(false);
    expect(inRange("::1", "172.25.4.0/24")).toBe(false);
    expect(attachments(lab.network!.hosts, lab.network!.networks!)).toEqual([
      { network: "lan", host: "cliente", address: "172.25.4.2" },
      { network: "lan", host: "servidor", address: "172.25.4.4" },
      { network: "interna", host: "servidor", address: "10.0.9.4" },
      { network: "interna", host: "base-de-datos", address: "10.0.9.5" },
    ]);
    const diagram = diagramOf(lab);
    expect(diagram.networks.map((n) => n.name)).toEqual(["lan", "interna"]);
    expect(diagram.links.filter((l) => l.kind === "attached").map((l) => `${l.from}>${l.to}`))
      .toEqual(["host/cliente>net/lan", "host/servidor>net/lan", "host/servidor>net/interna", "host/base-de-datos>net/interna"]);
  });

  it("says what a network's link does and what a firewall lets by", () => {
    expect(networkText(lab.network!.networks![0]!, texts)).toBe("lan · 172.25.4.0/24");
    expect(networkText(lab.network!.networks![1]!, texts)).toBe("interna · 10.0.9.0/24 (loses 20 %, takes 30 ms, not routed)");
    expect(firewallText(lab.network!.hosts[1]!.firewall, texts)).toBe("firewall: 22/tcp drop · 23/tcp reject");
    expect(firewallText([{ port: null, protocol: null, action: "drop", from: "172.25.4.0/24" }], texts))
      .toBe("firewall: any port drop from 172.25.4.0/24");
    expect(firewallText([], texts)).toBeNull();
  });
});
