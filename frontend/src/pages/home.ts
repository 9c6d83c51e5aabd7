// The home page: a connection indicator, the "open a socket" button and the events it brings.

import type { SandboxEvent } from "../events";
import { format, readTexts } from "../messages";
import { connect, type ConnectionState } from "../stomp/connection";
import { EventListView } from "../views/eventList";

const texts = readTexts();
const button = document.querySelector<HTMLButtonElement>("#open-socket")!;
const status = document.querySelector<HTMLElement>("[data-testid=connection]")!;
const counter = document.querySelector<HTMLElement>("[data-testid=sockets-opened]")!;
const events = new EventListView(
  document.querySelector<HTMLElement>("[data-testid=events]")!,
  document.querySelector<HTMLElement>("[data-testid=events-empty]"),
  texts,
);

function showState(state: ConnectionState): void {
  status.dataset.state = state;
  status.textContent = format(texts, `status.${state}`);
  button.disabled = state !== "connected";
}

const connection = connect({
  onState: showState,
  subscriptions: {
    "/user/queue/events": (body) => events.add(body as SandboxEvent),
    "/user/queue/first-socket": (body) => {
      counter.textContent = String((body as { socketsOpened: number }).socketsOpened);
    },
  },
});

button.addEventListener("click", () => {
  events.clear();
  connection.send("/app/first-socket");
});
