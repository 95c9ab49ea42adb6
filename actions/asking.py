"""`action_ask_<slot>`: the form questions, one at a time, each with an example."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.catalog import default_catalog
from bot.dialogue import SUGGESTION_SLOT
from bot.replies import QUESTIONS, question_for

REASON_BUTTONS = [
    {"title": "PEMULA", "payload": "pemula"},
    {"title": "HILANG", "payload": "hilang"},
    {"title": "RUSAK", "payload": "rusak"},
]


class AskSlot(Action):
    """Asks for `slot`, worded for the service of the active form."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        if self.slot in ("desa", "kecamatan") and tracker.get_slot(SUGGESTION_SLOT):
            return []  # "Maksud Bapak/Ibu Desa …?" was just asked
        form = (tracker.active_loop or {}).get("name") or ""
        service = default_catalog().services.get(form.removesuffix("_form").upper())
        buttons = REASON_BUTTONS if self.slot == "alasan" else []
        dispatcher.utter_message(text=question_for(self.slot, service), buttons=buttons)
        return []


# One action class per slot, so Rasa finds `action_ask_nik`, `action_ask_no_kk`, ...
for _slot in QUESTIONS:
    globals()[f"Ask_{_slot}"] = type(f"Ask_{_slot}", (AskSlot,), {"slot": _slot})
