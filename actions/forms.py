"""Form validators: one per service form, all sharing `bot.dialogue.fill`."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.answers import answer_for
from actions.common import latest_intent
from bot.catalog import default_catalog
from bot.dialogue import SUGGESTION_SLOT, fill
from bot.errors import FieldError
from bot.fields import check_name, check_phone

# Messages with these intents leave the form to the rules (cancel) or get an answer
# inside it (questions); anything else is data for the form.
LEAVE_FORM = {"batal"}
QUESTIONS = {
    "tanya_syarat",
    "tanya_format",
    "tanya_biaya",
    "tanya_jam",
    "tanya_lokasi",
    "tanya_lama",
    "tanya_istilah",
}
QUESTION_CONFIDENCE = 0.85


class ValidateRequestForm(FormValidationAction):
    """Fills a service form from whatever the resident writes, through `bot.dialogue`."""

    service_code = ""

    def name(self) -> str:
        return f"validate_{self.service_code.lower()}_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent, confidence = latest_intent(tracker)
        if intent in LEAVE_FORM:
            return []
        requested = tracker.get_slot("requested_slot")
        if intent in QUESTIONS and confidence >= QUESTION_CONFIDENCE and requested:
            for message in answer_for(tracker):
                dispatcher.utter_message(text=message)
            return [SlotSet(requested, None)]
        service = default_catalog()[self.service_code]
        names = [*service.field_names, SUGGESTION_SLOT]
        current = {name: tracker.get_slot(name) for name in names}
        step = fill(service, current, tracker.latest_message.get("text") or "", requested)
        for message in step.messages:
            dispatcher.utter_message(text=message)
        events: list[EventType] = [SlotSet("layanan", service.code)]
        events += [SlotSet(name, value) for name, value in step.values.items()]
        if requested and requested not in step.values:
            events.append(SlotSet(requested, tracker.get_slot(requested)))
        return events


class ValidateKtpForm(ValidateRequestForm):
    service_code = "KTP"


class ValidateKkForm(ValidateRequestForm):
    service_code = "KK"


class ValidateKiaForm(ValidateRequestForm):
    service_code = "KIA"


class ValidateSkpwniForm(ValidateRequestForm):
    service_code = "SKPWNI"


class ValidateSkdwnForm(ValidateRequestForm):
    service_code = "SKDWN"


class ValidateWargaForm(FormValidationAction):
    """A village-office helper gives the resident's name and phone."""

    def name(self) -> str:
        return "validate_warga_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        intent, _ = latest_intent(tracker)
        if intent in LEAVE_FORM:
            return []
        requested = tracker.get_slot("requested_slot")
        text = tracker.latest_message.get("text") or ""
        if requested == "nama_warga":
            try:
                return [SlotSet("nama_warga", check_name("nama_warga", text))]
            except FieldError as exc:
                dispatcher.utter_message(text=f"{exc.message} Contoh: SITI AMINAH")
                return [SlotSet("nama_warga", None)]
        if requested == "telepon_warga":
            try:
                return [SlotSet("telepon_warga", check_phone("telepon_warga", text))]
            except FieldError as exc:
                dispatcher.utter_message(text=f"{exc.message} Contoh: 0812 3456 7890")
                return [SlotSet("telepon_warga", None)]
        return [SlotSet("mode_petugas_desa", True)]
