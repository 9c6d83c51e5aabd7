// Which host of the lab network each file runs on: the one the student chose for it, remembered in
// the browser per network and file, else a host named like the file (servidor.py → servidor,
// client.py → cliente), else the network's first.

/** The host a file runs on by default: one whose role the file's name says, else the first. */
export function hostForFile(file: string, hosts: readonly string[]): string | undefined {
  const roles: [RegExp, RegExp][] = [[/serv/i, /serv/i], [/client/i, /client/i]];
  for (const [fileRole, hostRole] of roles) {
    if (!fileRole.test(file)) continue;
    const host = hosts.find((h) => hostRole.test(h) || file.toLowerCase().startsWith(h.toLowerCase()));
    if (host !== undefined) return host;
  }
  return hosts.find((h) => file.toLowerCase().startsWith(h.toLowerCase())) ?? hosts[0];
}

/** The host chosen for each file, kept in the browser's storage for each network. */
export class HostMemory {
  constructor(private readonly storage: Pick<Storage, "getItem" | "setItem"> | null) {}

  private key(network: string): string {
    return `enchufe-hosts:${network}`;
  }

  private read(network: string): Record<string, string> {
    try {
      const stored = this.storage?.getItem(this.key(network));
      const parsed: unknown = stored ? JSON.parse(stored) : {};
      return parsed !== null && typeof parsed === "object" ? parsed as Record<string, string> : {};
    } catch {
      return {};
    }
  }

  /** The host {@code file} runs on in {@code network}: its remembered one while the network has it, else the default. */
  hostOf(network: string, file: string, hosts: readonly string[]): string | undefined {
    const remembered = this.read(network)[file];
    return remembered !== undefined && hosts.includes(remembered) ? remembered : hostForFile(file, hosts);
  }

  remember(network: string, file: string, host: string): void {
    const chosen = this.read(network);
    chosen[file] = host;
    try {
      this.storage?.setItem(this.key(network), JSON.stringify(chosen));
    } catch {
      // Private windows may refuse storage: the choice lasts as long as the page.
    }
  }
}
