"""Helpers shared by the actions: the latest intent, inline answers, slot resets."""

from __future__ import annotations

import re

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet

from bot.catalog import default_catalog

REQUEST_SLOTS = (
    "layanan",
    "alasan",
    "nik",
    "no_kk",
    "nama",
    "nama_kepala_keluarga",
    "desa",
    "kecamatan",
    "alamat_pindah",
    "no_skpwni",
    "keperluan",
    "saran_tempat",
)
FORM_OF_SERVICE = {s.code: f"{s.code.lower()}_form" for s in default_catalog()}
_TICKET_CODE = re.compile(r"\b(KK|KTP|KIA|PINDAH|UMUM)-([A-HJ-NP-Z2-9]{6,})\b", re.IGNORECASE)


def latest_intent(tracker: Tracker) -> tuple[str | None, float]:
    intent = tracker.latest_message.get("intent") or {}
    return intent.get("name"), float(intent.get("confidence") or 0.0)


def latest_text(tracker: Tracker) -> str:
    return str(tracker.latest_message.get("text") or "")


def entity(tracker: Tracker, name: str) -> str | None:
    value = next(tracker.get_latest_entity_values(name), None)
    return str(value) if value is not None else None


def ticket_code_in(text: str) -> str | None:
    match = _TICKET_CODE.search(text)
    return f"{match.group(1)}-{match.group(2)}".upper() if match else None


def request_fields(tracker: Tracker, layanan: str) -> dict[str, str]:
    service = default_catalog()[layanan]
    return {name: str(tracker.get_slot(name) or "") for name in service.field_names}


def reset_request() -> list[EventType]:
    """Forget the request being filled (not the helper's resident or mode)."""
    return [SlotSet(name, None) for name in REQUEST_SLOTS] + [
        SlotSet("menunggu_konfirmasi", False),
        SlotSet("lanjut_form", None),
        SlotSet("requested_slot", None),
    ]
