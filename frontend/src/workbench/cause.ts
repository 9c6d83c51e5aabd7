// What the sandbox knows of a failed call, said in the student's words: the process holding the
// port, whose loopback 127.0.0.1 is, which firewall decided. Shown in the console, the trace and
// the errno explainer (js.wb.cause.* in the message bundles).

import type { FailureCause } from "../events";
import { format, type Texts } from "../messages";

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/** The sentence for {@code cause}; null when there is none. */
export function causeText(cause: FailureCause | null | undefined, texts: Texts): string | null {
  if (!cause) return null;
  switch (cause.kind) {
    case "port-held":
      return format(texts, "wb.cause.portHeld", { port: cause.port, pid: cause.pid, program: cause.program });
    case "port-time-wait":
      return format(texts, "wb.cause.portTimeWait", { port: cause.port });
    case "firewall":
      return format(texts, cause.action === "drop" ? "wb.cause.firewallDrop" : "wb.cause.firewallReject",
        { host: cause.host, port: cause.port, from: cause.from });
    case "nobody-listens": {
      const params = { address: cause.address, port: cause.port, host: cause.host, listeningHost: cause.listeningHost ?? "",
        listeningAddress: cause.listeningAddress ?? "" };
      const nobody = format(texts, "wb.cause.nobodyListens", params);
      if (cause.listeningHost === null) return nobody;
      if (cause.listeningAddress !== null && LOOPBACK.test(cause.listeningAddress)) {
        return `${nobody} ${format(texts, "wb.cause.listensOnItsLoopback", params)}`;
      }
      if (LOOPBACK.test(cause.address)) return `${nobody} ${format(texts, "wb.cause.ownLoopback", params)}`;
      return `${nobody} ${format(texts, "wb.cause.listensElsewhere", params)}`;
    }
    default:
      return null;
  }
}
