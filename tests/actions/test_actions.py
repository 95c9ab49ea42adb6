"""Actions with hand-built trackers and a dispatcher; the whole event list is asserted."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import ActiveLoop, SlotSet, UserUtteranceReverted
from rasa_sdk.executor import CollectingDispatcher

from actions.forms import ValidateKtpForm, ValidateWargaForm
from actions.request import (
    ActionCancelRequest,
    ActionCheckLine,
    ActionConfirmRequest,
    ActionCorrectField,
    ActionSubmitRequest,
)
from actions.support import ActionCheckStatus, ActionDefaultFallback, ActionForwardToOfficer
from bot.parser import Verdict
from bot.synthetic import make_kk, make_nik

NIK = make_nik(female=True, serial=9201)
KK = make_kk(serial=9202)
KTP_SLOTS = {
    "layanan": "KTP",
    "nik": NIK,
    "no_kk": KK,
    "nama": "SITI AMINAH",
    "desa": "BITUNG JAYA",
    "kecamatan": "CIKUPA",
    "alasan": "HILANG",
}
RESET = [
    SlotSet(name, None)
    for name in (
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
] + [
    SlotSet("menunggu_konfirmasi", False),
    SlotSet("lanjut_form", None),
    SlotSet("requested_slot", None),
]


class FakePort:
    """Records what the actions hand to the queue."""

    def __init__(self) -> None:
        self.submitted: list[tuple[str | None, str, Any]] = []
        self.forwarded: list[list[str]] = []

    def submit(self, verdict: Verdict, sender_id: str, helper: Any) -> list[str]:
        self.submitted.append((verdict.canonical, sender_id, helper))
        return ["Terima kasih, kode KTP-TEST22."]

    def status(self, code: str, sender_id: str) -> str:
        return f"status {code} untuk {sender_id}"

    def forward(self, transcript: list[str], sender_id: str) -> str:
        self.forwarded.append(transcript)
        return "diteruskan UMUM-TEST22"


def tracker(
    text: str,
    intent: str,
    slots: dict[str, Any] | None = None,
    requested: str | None = None,
    loop: str | None = None,
    events: list[dict[str, Any]] | None = None,
    confidence: float = 0.99,
) -> Tracker:
    all_slots = {"requested_slot": requested, **(slots or {})}
    return Tracker(
        "telegram:42",
        all_slots,
        {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []},
        events or [],
        False,
        None,
        {"name": loop} if loop else {},
        "action_listen",
    )


def run(action: Any, t: Tracker) -> tuple[list[Any], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, t, {}))
    return events, dispatcher.messages


def texts(messages: list[dict[str, Any]]) -> list[str]:
    return [m.get("text") or "" for m in messages]


def test_the_ktp_form_takes_the_asked_number_and_says_nothing() -> None:
    events, messages = run(
        ValidateKtpForm(), tracker(NIK, "beri_data", requested="nik", loop="ktp_form")
    )
    assert events == [SlotSet("layanan", "KTP"), SlotSet("nik", NIK)]
    assert messages == []


def test_a_short_nik_is_refused_with_the_count_and_asked_again() -> None:
    events, messages = run(
        ValidateKtpForm(), tracker(NIK[:-1], "beri_data", requested="nik", loop="ktp_form")
    )
    assert events == [SlotSet("layanan", "KTP"), SlotSet("nik", None)]
    assert texts(messages)[0].startswith("NIK harus 16 angka; yang Bapak/Ibu kirim 15 angka.")


def test_an_unlabelled_number_answers_the_kk_question() -> None:
    events, _ = run(
        ValidateKtpForm(),
        tracker(KK, "beri_data", {"nik": NIK}, requested="no_kk", loop="ktp_form"),
    )
    assert events == [SlotSet("layanan", "KTP"), SlotSet("no_kk", KK)]


def test_a_near_miss_desa_asks_yes_or_no() -> None:
    events, messages = run(
        ValidateKtpForm(), tracker("bitun jaya", "beri_data", requested="desa", loop="ktp_form")
    )
    assert SlotSet("saran_tempat", "Bitung Jaya|Cikupa") in events
    assert SlotSet("desa", None) in events
    assert texts(messages) == [
        "Maksud Bapak/Ibu Desa Bitung Jaya, Kec. Cikupa? Balas ya atau tidak."
    ]


def test_yes_to_the_suggestion_fills_desa_and_kecamatan() -> None:
    t = tracker(
        "ya", "affirm", {"saran_tempat": "Bitung Jaya|Cikupa"}, requested="desa", loop="ktp_form"
    )
    events, _ = run(ValidateKtpForm(), t)
    assert events == [
        SlotSet("layanan", "KTP"),
        SlotSet("desa", "BITUNG JAYA"),
        SlotSet("kecamatan", "CIKUPA"),
        SlotSet("saran_tempat", None),
    ]


def test_cancel_inside_the_form_leaves_it_to_the_rules() -> None:
    events, messages = run(
        ValidateKtpForm(), tracker("batal", "batal", requested="nik", loop="ktp_form")
    )
    assert (events, messages) == ([], [])


def test_a_question_inside_the_form_is_answered_and_the_slot_asked_again() -> None:
    t = tracker("syarat ktp hilang apa", "tanya_syarat", requested="nik", loop="ktp_form")
    events, messages = run(ValidateKtpForm(), t)
    assert events == [SlotSet("nik", None)]
    assert "kepolisian" in texts(messages)[0]


def test_the_helper_form_refuses_a_bad_phone_number() -> None:
    events, messages = run(
        ValidateWargaForm(),
        tracker("12345", "beri_data", requested="telepon_warga", loop="warga_form"),
    )
    assert events == [SlotSet("telepon_warga", None)]
    assert "08" in texts(messages)[0]


def test_confirmation_shows_the_canonical_line_alone_and_waits() -> None:
    events, messages = run(ActionConfirmRequest(), tracker("", "beri_data", KTP_SLOTS))
    assert events == [SlotSet("menunggu_konfirmasi", True)]
    assert f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#" in texts(messages)
    assert any("kepolisian" in m for m in texts(messages))


def test_yes_hands_the_request_to_the_queue_and_forgets_it() -> None:
    port = FakePort()
    events, messages = run(
        ActionSubmitRequest(port),
        tracker("ya", "affirm", {**KTP_SLOTS, "menunggu_konfirmasi": True}),
    )
    assert port.submitted == [
        (f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#", "telegram:42", None)
    ]
    assert events == RESET
    assert texts(messages) == ["Terima kasih, kode KTP-TEST22."]


def test_a_helper_submission_carries_the_resident_and_offers_the_next() -> None:
    port = FakePort()
    slots = {
        **KTP_SLOTS,
        "mode_petugas_desa": True,
        "nama_warga": "SITI AMINAH",
        "telepon_warga": "081234567890",
    }
    events, messages = run(ActionSubmitRequest(port), tracker("ya", "affirm", slots))
    assert port.submitted[0][2] == {
        "helper_name": "petugas desa/kecamatan",
        "resident_name": "SITI AMINAH",
        "resident_phone": "081234567890",
    }
    assert events == RESET + [
        SlotSet("nama_warga", None),
        SlotSet("telepon_warga", None),
        SlotSet("tawarkan_warga_berikut", True),
    ]
    assert "warga lain" in texts(messages)[-1]


def test_a_correct_hash_line_is_queued_at_once() -> None:
    port = FakePort()
    line = f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"
    events, _ = run(ActionCheckLine(port), tracker(line, "kirim_format"))
    assert port.submitted[0][0] == line
    assert events == [SlotSet("lanjut_form", None), *RESET]


def test_a_hash_line_with_a_missing_kk_keeps_the_rest_and_continues_in_the_form() -> None:
    port = FakePort()
    events, messages = run(
        ActionCheckLine(port),
        tracker(f"#KTP#{NIK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#", "kirim_format"),
    )
    assert port.submitted == []
    assert events == [
        SlotSet("layanan", "KTP"),
        SlotSet("nik", NIK),
        SlotSet("nama", "SITI AMINAH"),
        SlotSet("desa", "BITUNG JAYA"),
        SlotSet("kecamatan", "CIKUPA"),
        SlotSet("alasan", "HILANG"),
        SlotSet("lanjut_form", "ktp_form"),
    ]
    assert texts(messages)[0].startswith("No. KK belum ada.")


def test_a_correction_changes_the_name_and_confirms_again() -> None:
    t = tracker(
        "salah, namanya siti aminah putri", "koreksi", {**KTP_SLOTS, "menunggu_konfirmasi": True}
    )
    events, messages = run(ActionCorrectField(), t)
    assert events == [SlotSet("nama", "SITI AMINAH PUTRI"), SlotSet("menunggu_konfirmasi", True)]
    assert f"#KTP#{NIK}#{KK}#SITI AMINAH PUTRI#BITUNG JAYA#CIKUPA#HILANG#" in texts(messages)


def test_cancel_forgets_everything_and_deactivates_the_form() -> None:
    events, messages = run(
        ActionCancelRequest(), tracker("batal", "batal", KTP_SLOTS, loop="ktp_form")
    )
    assert events == [ActiveLoop(None), *RESET, SlotSet("tawarkan_warga_berikut", False)]
    assert "Tidak ada yang dikirim" in texts(messages)[0]


def test_status_needs_a_code_and_goes_to_the_queue_with_the_chat() -> None:
    _, messages = run(ActionCheckStatus(FakePort()), tracker("cek status ktp-7qx4m2", "cek_status"))
    assert texts(messages) == ["status KTP-7QX4M2 untuk telegram:42"]
    _, messages = run(ActionCheckStatus(FakePort()), tracker("status saya", "cek_status"))
    assert "kode" in texts(messages)[0]


def fallback_events(n: int) -> list[dict[str, Any]]:
    user = {"event": "user", "text": "xx", "parse_data": {"intent": {"name": "nlu_fallback"}}}
    return [user] * n


def test_one_misunderstanding_gets_a_hint_two_in_a_row_an_officer() -> None:
    events, messages = run(
        ActionDefaultFallback(), tracker("xx", "nlu_fallback", events=fallback_events(1))
    )
    assert events == [UserUtteranceReverted()]
    assert "belum paham" in texts(messages)[0]
    events, messages = run(
        ActionDefaultFallback(), tracker("xx", "nlu_fallback", events=fallback_events(2))
    )
    assert events == [UserUtteranceReverted(), SlotSet("tawarkan_petugas", True)]
    assert "petugas" in texts(messages)[0]


def test_forwarding_sends_the_transcript() -> None:
    port = FakePort()
    history = [{"event": "user", "text": "bagaimana akta"}, {"event": "bot", "text": "Maaf"}]
    events, _ = run(ActionForwardToOfficer(port), tracker("ya", "affirm", events=history))
    assert port.forwarded == [["Warga: bagaimana akta", "Asisten: Maaf"]]
    assert events == [SlotSet("tawarkan_petugas", False)]


def test_a_correction_that_names_no_value_changes_nothing_and_asks_what_to_change() -> None:
    t = tracker("nama salah", "koreksi", {**KTP_SLOTS, "menunggu_konfirmasi": True})
    events, messages = run(ActionCorrectField(), t)
    assert events == [SlotSet("menunggu_konfirmasi", True)]
    assert messages[0]["response"] == "utter_ask_correction"


def test_a_kecamatan_correction_keeps_a_desa_that_exists_there_too() -> None:
    slots = {
        **KTP_SLOTS,
        "desa": "TALAGASARI",
        "kecamatan": "BALARAJA",
        "menunggu_konfirmasi": True,
    }
    events, messages = run(
        ActionCorrectField(), tracker("kecamatannya salah harusnya cikupa", "koreksi", slots)
    )
    assert events == [SlotSet("kecamatan", "CIKUPA"), SlotSet("menunggu_konfirmasi", True)]
    assert f"#KTP#{NIK}#{KK}#SITI AMINAH#TALAGASARI#CIKUPA#HILANG#" in texts(messages)


def test_an_invalid_correction_keeps_the_request_and_says_why() -> None:
    t = tracker("ubah desa zzzz", "koreksi", {**KTP_SLOTS, "menunggu_konfirmasi": True})
    events, messages = run(ActionCorrectField(), t)
    assert events == [SlotSet("menunggu_konfirmasi", True)]
    assert "tidak ditemukan" in texts(messages)[0]
