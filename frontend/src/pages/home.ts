// The home page: a connection indicator, the "open a socket" button and the events it brings.

import type { SandboxEvent } from "../events";
import { format, readTexts } from "../messages";
import { connect, type ConnectionState } from "../stomp/connection";
import { EventListView } from "../views/eventList";

const texts = readTexts();
const button = document.querySelector<HTMLButtonElement>("#open-socket")!;
const status = document.querySelector<HTMLElement>("[data-testid=connection]")!;
const counter = document.querySelector<HTMLElement>("[data-testid=sockets-opened]")!;
const problem = document.querySelector<HTMLElement>("[data-testid=first-problem]")!;
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
      const answer = body as { socketsOpened?: number; retryAfter?: number };
      problem.hidden = answer.retryAfter === undefined;
      if (answer.retryAfter !== undefined) {
        problem.textContent = format(texts, "first.tooFast", { seconds: answer.retryAfter });
      } else {
        counter.textContent = String(answer.socketsOpened);
      }
    },
  },
});

button.addEventListener("click", () => {
  events.clear();
  connection.send("/app/first-socket");
});
