"""Actions of a request: check a `#` line, confirm, hand off, correct, cancel."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answers import checklist_for
from actions.common import FORM_OF_SERVICE, latest_text, request_fields, reset_request
from actions.queue_port import QueuePort, default_port
from bot import replies
from bot.catalog import default_catalog
from bot.dialogue import readable_fields
from bot.extractor import corrections
from bot.parser import Verdict, parse, render


def confirmation(dispatcher: CollectingDispatcher, verdict: Verdict) -> None:
    """The canonical line in its own message, the fields, warnings and the checklist."""
    assert verdict.service is not None and verdict.canonical is not None
    service = verdict.service
    dispatcher.utter_message(text=f"Mohon periksa permohonan {service.title} Bapak/Ibu:")
    dispatcher.utter_message(text=verdict.canonical)
    dispatcher.utter_message(text=readable_fields(service, verdict.fields))
    for warning in verdict.warnings:
        dispatcher.utter_message(text=f"Catatan: {warning.message}")
    dispatcher.utter_message(text=checklist_for(verdict))
    dispatcher.utter_message(
        text=replies.CONFIRM_PROMPT,
        buttons=[{"title": "Ya, kirim", "payload": "ya"}, {"title": "Batal", "payload": "batal"}],
    )


def _verdict_of_slots(tracker: Tracker) -> Verdict | None:
    layanan = tracker.get_slot("layanan")
    if layanan not in FORM_OF_SERVICE:
        return None
    fields = request_fields(tracker, layanan)
    if not all(fields.values()):
        return None
    return parse(render(default_catalog()[layanan], fields))


class ActionConfirmRequest(Action):
    def name(self) -> str:
        return "action_confirm_request"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        verdict = _verdict_of_slots(tracker)
        if verdict is None or not verdict.ok:
            for error in verdict.errors if verdict else []:
                dispatcher.utter_message(text=error.message)
            dispatcher.utter_message(response="utter_ask_what_service")
            return reset_request()
        confirmation(dispatcher, verdict)
        return [SlotSet("menunggu_konfirmasi", True)]


class ActionCheckLine(Action):
    """A `#` line: queued at once when right; otherwise the errors and the form for the rest."""

    def __init__(self, port: QueuePort | None = None) -> None:
        self.port = port

    def name(self) -> str:
        return "action_check_line"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        verdict = parse(latest_text(tracker))
        if verdict.ok:
            return [SlotSet("lanjut_form", None)] + submit(
                dispatcher, tracker, verdict, self.port or default_port()
            )
        for error in verdict.errors:
            dispatcher.utter_message(text=error.message)
        if verdict.service is None:
            return [SlotSet("lanjut_form", None)]
        bad = {e.field for e in verdict.errors}
        good = {k: v for k, v in verdict.fields.items() if k not in bad}
        dispatcher.utter_message(text="Bagian yang lain sudah benar; saya tanyakan yang kurang.")
        events: list[EventType] = [SlotSet("layanan", verdict.service.code)]
        events += [SlotSet(k, v) for k, v in good.items()]
        return events + [SlotSet("lanjut_form", FORM_OF_SERVICE[verdict.service.code])]


def submit(
    dispatcher: CollectingDispatcher, tracker: Tracker, verdict: Verdict, port: QueuePort
) -> list[EventType]:
    """Hand the request to the officers' queue and tell the resident what happens next."""
    helper = None
    if tracker.get_slot("mode_petugas_desa"):
        helper = {
            "helper_name": "petugas desa/kecamatan",
            "resident_name": tracker.get_slot("nama_warga"),
            "resident_phone": tracker.get_slot("telepon_warga"),
        }
    for message in port.submit(verdict, tracker.sender_id, helper):
        dispatcher.utter_message(text=message)
    events = reset_request()
    if helper is not None:
        dispatcher.utter_message(text=replies.ASK_NEXT_RESIDENT, buttons=replies.YES_NO)
        events += [
            SlotSet("nama_warga", None),
            SlotSet("telepon_warga", None),
            SlotSet("tawarkan_warga_berikut", True),
        ]
    return events


class ActionSubmitRequest(Action):
    def __init__(self, port: QueuePort | None = None) -> None:
        self.port = port

    def name(self) -> str:
        return "action_submit_request"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        verdict = _verdict_of_slots(tracker)
        if verdict is None or not verdict.ok:
            dispatcher.utter_message(response="utter_ask_what_service")
            return reset_request()
        return submit(dispatcher, tracker, verdict, self.port or default_port())


class ActionCorrectField(Action):
    """'salah, namanya …', 'ubah desa …': change the named field(s), then confirm again.
    A correction that is not understood or not valid changes nothing."""

    def name(self) -> str:
        return "action_correct_field"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        layanan = tracker.get_slot("layanan")
        if layanan not in FORM_OF_SERVICE:
            dispatcher.utter_message(response="utter_ask_what_service")
            return []
        service = default_catalog()[layanan]
        fields = request_fields(tracker, layanan)
        changes = {
            name: value
            for name, value in corrections(
                latest_text(tracker), layanan=layanan, current=fields
            ).items()
            if name in fields
        }
        still_waiting: list[EventType] = [SlotSet("menunggu_konfirmasi", True)]
        if not changes or not all({**fields, **changes}.values()):
            dispatcher.utter_message(response="utter_ask_correction")
            return still_waiting
        verdict = parse(render(service, {**fields, **changes}))
        if not verdict.ok:
            for error in verdict.errors:
                dispatcher.utter_message(text=error.message)
            return still_waiting
        confirmation(dispatcher, verdict)
        return [SlotSet(name, verdict.fields[name]) for name in changes] + still_waiting


class ActionCancelRequest(Action):
    def name(self) -> str:
        return "action_cancel_request"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        busy = tracker.active_loop.get("name") or tracker.get_slot("menunggu_konfirmasi")
        dispatcher.utter_message(text=replies.CANCELLED if busy else replies.NOTHING_TO_CANCEL)
        return [ActiveLoop(None), *reset_request(), SlotSet("tawarkan_warga_berikut", False)]
