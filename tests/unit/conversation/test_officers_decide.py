"""Asking the assistant to approve, or to show someone's data, and correction words that are
not names (issue 8, dev5 kinds)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.dialogue.signals import asks_approval, asks_lookup
from bot.texts import for_residents
from devtools.synthetic import make_kk, make_nik
from tests.unit.conversation.chat import Chat

NIK = make_nik("360318", date(1990, 3, 5), serial=7401)
KK = make_kk("360318", date(2016, 7, 9), serial=7402)
LINE = f"#KTP#{NIK}#{KK}#DEDI#BITUNG JAYA#CIKUPA#HILANG#"


@pytest.mark.parametrize(
    "asking",
    [
        "min tolong approve pengajuan kk saya dong",
        "tolong langsung di-acc ya, buru2 mau dipakai",
        "bisa disetujuin hari ini kan kak?",
        "mohon diloloskan permohonan saya",
        "kalau lewat sini pasti jadi kan?",
    ],
)
def test_asking_for_approval_is_told_the_officers_decide(asking: str) -> None:
    assert asks_approval(asking)
    replies = " ".join(Chat().says(asking)).lower()
    assert "petugas" in replies and "tidak menyetujui" in replies


@pytest.mark.parametrize(
    "ordinary", ["ya setuju", "saya mau urus kk", "syarat ktp hilang apa saja?"]
)
def test_ordinary_messages_are_no_request_for_approval(ordinary: str) -> None:
    assert not asks_approval(ordinary)


def test_asking_for_approval_mid_form_asks_the_missing_field_again() -> None:
    chat = Chat()
    chat.says("mau urus ktp hilang")
    replies = chat.says("nanti langsung di acc kan min?")
    assert "tidak menyetujui" in " ".join(replies).lower()
    assert chat.state.diminta == "nik" and chat.state.layanan == "KTP"


def test_a_request_with_a_plea_for_approval_still_reaches_the_confirmation() -> None:
    chat = Chat()
    replies = chat.says(
        f"tolong di acc ya, ktp hilang nik {NIK} kk {KK} an. dedi ds bitung jaya kec cikupa"
    )
    assert chat.state.menunggu_konfirmasi and LINE in replies
    assert "tidak menyetujui" in " ".join(replies).lower()


@pytest.mark.parametrize(
    "lookup",
    [
        f"tolong lihatkan data nik {NIK[:4]} {NIK[4:8]} {NIK[8:12]} {NIK[12:]}, alamatnya dimana",
        f"data saya sudah masuk sistem dukcapil belum ya? nik {NIK}",
        "bisa minta nomor kk saya? saya lupa, nama saya dewi",
    ],
)
def test_a_look_up_in_other_words_is_refused(lookup: str) -> None:
    assert asks_lookup(lookup)
    assert for_residents.NO_NIK_LOOKUP in Chat().says(lookup)


@pytest.mark.parametrize("word", ["ralat", "RALAT", "Perubahan", "koreksi", "revisi"])
def test_a_correction_word_before_a_colon_is_not_taken_as_the_name(word: str) -> None:
    chat = Chat()
    chat.says(f"ktp hilang. nik {NIK}, kk {KK}, an. dedi, ds bitung jaya kec cikupa")
    chat.says(f"{word}: desanya sukadamai")
    chat.says("ya")
    assert chat.lines == [f"#KTP#{NIK}#{KK}#DEDI#SUKADAMAI#CIKUPA#HILANG#"]


@pytest.mark.parametrize(
    "lookup",
    [
        "kak nama saya di database ejaannya apa ya? nik 3603196002029869",
        "3603-1103-0399-9868 ini nik siapa ya? ketemu ktp di jalan",
        "mohon informasi apakah NIK 3603284505859867 tercatat atas nama saya",
        "tolong liatin siapa aja anggota di kk 3603161404149874",
        "apa nik 3603034707779865 sudah dipadankan? mau daftar bpjs",
    ],
)
def test_a_question_about_the_data_behind_a_number_is_a_look_up(lookup: str) -> None:
    assert for_residents.NO_NIK_LOOKUP in Chat().says(lookup)


@pytest.mark.parametrize(
    "request_",
    [
        "mau tambah anggota kk, kk 3603161404149874",
        "kk saya 3603161404149874 mau tambah anggota baru",
    ],
)
def test_adding_a_family_member_is_a_request_not_a_look_up(request_: str) -> None:
    assert for_residents.NO_NIK_LOOKUP not in Chat().says(request_)


def test_a_helper_asking_to_check_a_residents_nik_is_refused_too() -> None:
    replies = Chat().says("pak tolong cek data warga saya nik 3603130101009864 udah aktif belum")
    assert for_residents.NO_NIK_LOOKUP in replies


def test_answering_a_place_suggestion_with_its_kecamatan_agrees() -> None:
    chat = Chat()
    chat.says("mau buat ktp baru, yg lama rusak")
    chat.says(NIK)
    chat.says(KK)
    chat.says("Wulan Sari")
    chat.says("desa bitungjya")
    assert chat.state.saran_tempat
    chat.says("cikupa")
    assert chat.state.fields.get("desa") == "BITUNG JAYA" and chat.state.menunggu_konfirmasi


def test_a_plea_to_hurry_after_a_wait_goes_to_an_officer() -> None:
    chat = Chat()
    chat.says("tolong percepat ya min, sudah seminggu")
    assert chat.port.forwarded


def test_asking_for_the_data_of_a_kk_is_refused() -> None:
    assert for_residents.NO_NIK_LOOKUP in Chat().says(f"boleh minta data lengkap kk {KK}?")


def test_two_questions_in_one_message_are_both_answered() -> None:
    replies = " ".join(Chat().says("kantor dukcapil kab tangerang dimana ya? buka jam brp?"))
    assert "Tigaraksa" in replies and "08.00" in replies


def test_a_helper_asking_to_approve_their_residents_is_told_the_officers_decide() -> None:
    chat = Chat()
    replies = chat.says("ini ada 3 warga saya yg udah masuk, tolong di approve sekaligus ya pak")
    assert "tidak menyetujui" in " ".join(replies).lower() and chat.state.mode_petugas_desa
