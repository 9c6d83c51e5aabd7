// One STOMP connection to the server per page, over the WebSocket at /ws. It reconnects by
// itself and reports its state so pages can show "connecting…" and disable what needs it.

import { Client, type IMessage } from "@stomp/stompjs";

export type ConnectionState = "connecting" | "connected" | "disconnected";

export interface Connection {
  send(destination: string, body?: unknown): void;
}

export interface ConnectionOptions {
  onState(state: ConnectionState): void;
  /** Destination → handler of each message's parsed JSON body. */
  subscriptions: Record<string, (body: unknown) => void>;
}

export function webSocketUrl(location: Location): string {
  const scheme = location.protocol === "https:" ? "wss:" : "ws:";
  return `${scheme}//${location.host}/ws`;
}

export function connect(options: ConnectionOptions, url = webSocketUrl(window.location)): Connection {
  const client = new Client({
    brokerURL: url,
    reconnectDelay: 2000,
    heartbeatIncoming: 10000,
    heartbeatOutgoing: 10000,
  });
  client.onConnect = () => {
    for (const [destination, handler] of Object.entries(options.subscriptions)) {
      client.subscribe(destination, (message: IMessage) => handler(JSON.parse(message.body)));
    }
    options.onState("connected");
  };
  client.onWebSocketClose = () => options.onState(client.active ? "disconnected" : "connecting");
  options.onState("connecting");
  client.activate();
  return {
    send(destination, body) {
      client.publish({ destination, body: body === undefined ? "" : JSON.stringify(body) });
    },
  };
}
