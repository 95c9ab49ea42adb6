"""After the handoff: the resident's own requests without a code, a withdrawal, a new time,
a message for the officer — decided by the queue, never by the assistant."""

from __future__ import annotations

import pytest

from bot.texts import for_residents
from devtools.synthetic import make_kk, make_nik
from tests.unit.conversation.chat import Chat

KK_LINE = f"#KK#{make_kk(serial=6101)}#BUDI SANTOSO#TALAGASARI#BALARAJA"
KK_LINE_2 = f"#KK#{make_kk(serial=6102)}#RUDI SALIM#BINONG#CURUG"


def chat_with(*lines: str) -> Chat:
    chat = Chat()
    for line in lines:
        chat.says(line)
    assert len(chat.port.status_of) == len(lines)
    return chat


@pytest.mark.parametrize(
    "text", ["status", "cek status permohonan saya", "kode saya hilang min", "kapan jadinya ya?"]
)
def test_status_without_a_code_lists_the_chats_open_requests(text: str) -> None:
    chat = chat_with(KK_LINE, KK_LINE_2)
    said = chat.says(text)
    listing = next(r for r in said if r.startswith(for_residents.OWN_REQUESTS))
    assert "KTP-AAAAA2" in listing and "KTP-AAAAA3" in listing
    assert listing.index("KTP-AAAAA3") < listing.index("KTP-AAAAA2")  # newest first


def test_a_chat_without_requests_is_told_how_status_works_and_nothing_is_revealed() -> None:
    chat = Chat()
    said = chat.says("status permohonan saya gimana")
    assert said == [for_residents.NO_OWN_REQUESTS]
    assert chat.port.asked_status == []


def test_a_lost_code_from_another_chat_is_explained_and_reaches_an_officer() -> None:
    chat = Chat()
    said = chat.says("kode tiket saya hilang, mau tanya progress kk yang saya ajukan")
    assert said[0] == for_residents.NO_OWN_REQUESTS
    assert len(chat.port.forwarded) == 1


@pytest.mark.parametrize("text", ["batal", "batalkan aja permohonannya", "gak jadi deh"])
def test_cancel_with_one_open_request_asks_then_withdraws_it(text: str) -> None:
    chat = chat_with(KK_LINE)
    assert for_residents.ASK_WITHDRAW.format(code="KTP-AAAAA2") in chat.says(text)
    assert for_residents.WITHDRAWN.format(code="KTP-AAAAA2") in chat.says("iya")
    assert chat.port.status_of["KTP-AAAAA2"] == "DIBATALKAN"


def test_no_to_the_withdrawal_keeps_the_request() -> None:
    chat = chat_with(KK_LINE)
    chat.says("batalkan KTP-AAAAA2")
    chat.says("tidak")
    assert chat.port.status_of["KTP-AAAAA2"] == "BARU"


def test_a_withdrawal_after_an_officer_took_it_becomes_a_note() -> None:
    chat = chat_with(KK_LINE)
    chat.port.taken.add("KTP-AAAAA2")
    chat.says("batalkan KTP-AAAAA2")
    assert for_residents.WITHDRAW_NOTED.format(code="KTP-AAAAA2") in chat.says("ya")
    assert chat.port.notes == [("KTP-AAAAA2", "ingin_batal", "")]


def test_cancel_with_two_open_requests_asks_which() -> None:
    chat = chat_with(KK_LINE, KK_LINE_2)
    said = chat.says("batal")
    assert any("Tulis kodenya" in r for r in said)
    assert chat.state.tawaran is None


def test_another_chats_code_gets_the_unknown_code_answer() -> None:
    chat = chat_with(KK_LINE)
    chat.says("batalkan KK-ZZZZZZ")
    assert chat.port.asked_status == ["KK-ZZZZZZ"]
    assert chat.port.status_of["KTP-AAAAA2"] == "BARU"


@pytest.mark.parametrize(
    "text",
    [
        "maaf hari kamis saya tidak bisa datang, bisanya senin",
        "bisa minta jadwal ulang? ada halangan",
        "ga bisa dateng pak, kerja. hari sabtu bisa?",
    ],
)
def test_cannot_come_records_a_reschedule_request_and_says_the_officer_decides(text: str) -> None:
    chat = chat_with(KK_LINE)
    said = chat.says(text)
    assert chat.port.notes == [("KTP-AAAAA2", "minta_jadwal_ulang", text)]
    assert for_residents.RESCHEDULE_NOTED.format(code="KTP-AAAAA2") in said
    assert not any("dijadwalkan ulang menjadi" in r for r in said)


def test_a_message_for_the_officer_is_added_to_the_ticket() -> None:
    chat = chat_with(KK_LINE, KK_LINE_2)
    chat.says("KTP-AAAAA2 tolong sampaikan ke petugas, fotokopi akta sudah saya kirim")
    assert chat.port.notes[0][:2] == ("KTP-AAAAA2", "catatan_warga")


def test_a_new_request_being_built_is_cancelled_not_the_open_ticket() -> None:
    chat = chat_with(KK_LINE)
    chat.says(f"mau urus ktp hilang nik {make_nik(serial=6103)}")
    assert for_residents.CANCELLED in chat.says("batal")
    assert chat.port.status_of["KTP-AAAAA2"] == "BARU"
