"""Actions around a request: greeting, answers, status, officer handoff, fallback, helpers."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answers import answer_for
from actions.common import latest_text, ticket_code_in
from actions.queue_port import QueuePort, default_port
from bot import replies


class ActionAnswerQuestion(Action):
    def name(self) -> str:
        return "action_answer_question"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        for message in answer_for(tracker):
            dispatcher.utter_message(text=message)
        return []


class ActionCheckStatus(Action):
    """Status by ticket code, only for the chat that made the ticket; any other code gets
    the same answer as an unknown one, so codes cannot be probed."""

    def __init__(self, port: QueuePort | None = None) -> None:
        self.port = port

    def name(self) -> str:
        return "action_check_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        code = ticket_code_in(latest_text(tracker))
        if code is None:
            dispatcher.utter_message(text=replies.ASK_STATUS_CODE)
            return []
        dispatcher.utter_message(text=(self.port or default_port()).status(code, tracker.sender_id))
        return []


class ActionOfferOfficer(Action):
    def name(self) -> str:
        return "action_offer_officer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=replies.OFFER_OFFICER, buttons=replies.YES_NO)
        return [SlotSet("tawarkan_petugas", True)]


class ActionDeclineOfficer(Action):
    def name(self) -> str:
        return "action_decline_officer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=replies.NOT_FORWARDED)
        return [SlotSet("tawarkan_petugas", False)]


def transcript(tracker: Tracker, limit: int = 20) -> list[str]:
    """The resident's last messages and the assistant's replies, oldest first."""
    lines: list[str] = []
    for event in tracker.events:
        if event.get("event") == "user" and event.get("text"):
            lines.append(f"Warga: {event['text']}")
        elif event.get("event") == "bot" and event.get("text"):
            lines.append(f"Asisten: {event['text']}")
    return lines[-limit:]


class ActionForwardToOfficer(Action):
    def __init__(self, port: QueuePort | None = None) -> None:
        self.port = port

    def name(self) -> str:
        return "action_forward_to_officer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        port = self.port or default_port()
        dispatcher.utter_message(text=port.forward(transcript(tracker), tracker.sender_id))
        return [SlotSet("tawarkan_petugas", False)]


class ActionDefaultFallback(Action):
    """First misunderstanding: a hint. Second in a row: offer an officer."""

    def name(self) -> str:
        return "action_default_fallback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        # Reverting the message (as Rasa's own fallback does) lets the rules wait for the
        # next one; the slot is set after the revert so that it stays.
        if misunderstandings_in_a_row(tracker) >= 2:
            dispatcher.utter_message(
                text=replies.OFFER_OFFICER_AFTER_MISUNDERSTANDING, buttons=replies.YES_NO
            )
            return [UserUtteranceReverted(), SlotSet("tawarkan_petugas", True)]
        dispatcher.utter_message(text=replies.NOT_UNDERSTOOD)
        return [UserUtteranceReverted()]


def misunderstandings_in_a_row(tracker: Tracker) -> int:
    """How many of the resident's latest messages in a row the assistant did not understand."""
    count = 0
    for event in reversed(tracker.events):
        if event.get("event") != "user":
            continue
        intent = (event.get("parse_data") or {}).get("intent") or {}
        if intent.get("name") != "nlu_fallback":
            break
        count += 1
    return count


class ActionStartHelper(Action):
    def name(self) -> str:
        return "action_start_helper"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text=replies.HELPER_START)
        return [SlotSet("mode_petugas_desa", True), SlotSet("tawarkan_warga_berikut", False)]
