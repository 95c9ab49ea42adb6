"""A complaint or a question that mentions the village office is not a helper starting to
register residents (fresh3 kinds, our own wordings)."""

from __future__ import annotations

import pytest

from bot.texts import for_residents
from tests.unit.conversation.chat import Chat


@pytest.mark.parametrize(
    "text",
    [
        "saya dari kantor desa, berkas kk tiga warga kami belum diproses sejak bulan lalu, tolong dicek",
        "kami perangkat desa, sudah dua minggu ktp warga yang kami ajukan belum jadi juga",
    ],
)
def test_a_helpers_complaint_goes_to_an_officer(text: str) -> None:
    chat = Chat()
    replies = chat.says(text)
    assert chat.port.forwarded
    assert for_residents.HELPER_START not in replies


@pytest.mark.parametrize(
    "text",
    [
        "petugas desa minta 200 ribu buat bikin ktp, emang bayar ya?",
        "apakah staf kelurahan boleh narik biaya pembuatan kk?",
    ],
)
def test_a_question_about_village_staff_is_answered(text: str) -> None:
    chat = Chat()
    replies = chat.says(text, "tanya_syarat", 0.9)
    assert for_residents.HELPER_START not in replies
    assert not chat.state.mode_petugas_desa
    assert any("gratis" in r.lower() or "tidak dipungut" in r.lower() for r in replies)


def test_a_helper_who_declares_themself_is_still_asked_for_the_residents_data() -> None:
    chat = Chat()
    replies = chat.says("saya operator desa, mau mendaftarkan beberapa warga")
    assert for_residents.HELPER_START in replies
    assert chat.state.mode_petugas_desa
