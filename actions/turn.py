"""The one action of the assistant: each message is a turn decided in `bot.dialogue`.

Rasa's NLU gives the intent (a hint); the tracker's slots give the state; the replies and the
changed slots go back. Nothing is decided here.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.queue_port import QueuePort, default_port
from bot.dialogue import Incoming, State, respond
from bot.dialogue.retrieval import default_retriever
from bot.reference.gazetteer import default_gazetteer


def transcript(tracker: Tracker, limit: int = 20) -> tuple[str, ...]:
    """The conversation before the latest message, oldest first."""
    lines: list[str] = []
    events = list(tracker.events)
    latest = next(
        (i for i in range(len(events) - 1, -1, -1) if events[i].get("event") == "user"), None
    )
    for event in events[:latest]:
        if event.get("event") == "user" and event.get("text"):
            lines.append(f"Warga: {event['text']}")
        elif event.get("event") == "bot" and event.get("text"):
            lines.append(f"Asisten: {event['text']}")
    return tuple(lines[-limit:])


def warm_up() -> None:
    """Build the gazetteer and the answer retriever when the action server starts, so the
    first resident does not wait for them."""
    default_gazetteer()
    default_retriever()


def incoming(tracker: Tracker) -> Incoming:
    intent = tracker.latest_message.get("intent") or {}
    return Incoming(
        text=str(tracker.latest_message.get("text") or ""),
        sender_id=tracker.sender_id,
        intent=intent.get("name"),
        confidence=float(intent.get("confidence") or 0.0),
        transcript=transcript(tracker),
    )


class ActionTurn(Action):
    def __init__(self, port: QueuePort | None = None) -> None:
        self.port = port
        warm_up()

    def name(self) -> str:
        return "action_turn"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        before = State.from_slots(tracker.current_slot_values())
        outcome = respond(before, incoming(tracker), self.port or default_port())
        for reply in outcome.replies:
            buttons = [{"title": t, "payload": p} for t, p in reply.buttons]
            dispatcher.utter_message(text=reply.text, buttons=buttons or None)
        return changed_slots(before.to_slots(), outcome.state.to_slots())


def changed_slots(before: dict[str, Any], after: dict[str, Any]) -> list[EventType]:
    return [SlotSet(name, value) for name, value in after.items() if before.get(name) != value]
