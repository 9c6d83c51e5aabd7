import { describe, expect, it } from "vitest";
import { causeText } from "./cause";

const texts = {
  "wb.cause.portHeld": "Port {port} is already held by process {pid} ({program}).",
  "wb.cause.portTimeWait": "Port {port} lingers in TIME_WAIT.",
  "wb.cause.nobodyListens": "Nobody listens on port {port} of {address} (host {host}).",
  "wb.cause.ownLoopback": "127.0.0.1 is always the caller's own machine, here {host}; the server listens on port {port} of {listeningHost}: connect to {listeningAddress}.",
  "wb.cause.listensElsewhere": "{listeningHost} ({listeningAddress}) does listen on port {port}.",
  "wb.cause.listensOnItsLoopback": "{listeningHost} listens on port {port}, but only on its own 127.0.0.1.",
  "wb.cause.firewallReject": "Refused by {host}'s firewall (port {port} from {from}).",
  "wb.cause.firewallDrop": "{host}'s firewall dropped it (port {port} from {from}).",
};

describe("what the sandbox knows of a failure", () => {
  it("names the process holding a port", () => {
    expect(causeText({ kind: "port-held", port: 5000, pid: 1003, program: "servidor.py" }, texts))
      .toBe("Port 5000 is already held by process 1003 (servidor.py).");
    expect(causeText({ kind: "port-time-wait", port: 5000 }, texts)).toBe("Port 5000 lingers in TIME_WAIT.");
  });

  it("says whose machine 127.0.0.1 is when the server runs on another host", () => {
    expect(causeText({ kind: "nobody-listens", address: "127.0.0.1", port: 5000, host: "cliente", listeningHost: "servidor",
      listeningAddress: "172.25.4.4" }, texts)).toBe("Nobody listens on port 5000 of 127.0.0.1 (host cliente). "
      + "127.0.0.1 is always the caller's own machine, here cliente; the server listens on port 5000 of servidor: connect to 172.25.4.4.");
    expect(causeText({ kind: "nobody-listens", address: "172.25.4.4", port: 5000, host: "servidor", listeningHost: "servidor",
      listeningAddress: "127.0.0.1" }, texts)).toBe("Nobody listens on port 5000 of 172.25.4.4 (host servidor). "
      + "servidor listens on port 5000, but only on its own 127.0.0.1.");
    expect(causeText({ kind: "nobody-listens", address: "172.25.4.3", port: 5000, host: "tercero", listeningHost: "servidor",
      listeningAddress: "172.25.4.4" }, texts)).toBe("Nobody listens on port 5000 of 172.25.4.3 (host tercero). "
      + "servidor (172.25.4.4) does listen on port 5000.");
    expect(causeText({ kind: "nobody-listens", address: "127.0.0.1", port: 5000, host: "enchufe", listeningHost: null,
      listeningAddress: null }, texts)).toBe("Nobody listens on port 5000 of 127.0.0.1 (host enchufe).");
  });

  it("tells a firewall's reject and drop apart from nobody listening", () => {
    expect(causeText({ kind: "firewall", host: "servidor", port: 23, from: "172.25.4.2", action: "reject" }, texts))
      .toBe("Refused by servidor's firewall (port 23 from 172.25.4.2).");
    expect(causeText({ kind: "firewall", host: "servidor", port: 22, from: "172.25.4.2", action: "drop" }, texts))
      .toBe("servidor's firewall dropped it (port 22 from 172.25.4.2).");
    expect(causeText(null, texts)).toBeNull();
  });
});
