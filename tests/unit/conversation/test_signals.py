"""Whole-message cues that are not data, in residents' own words."""

from __future__ import annotations

import pytest

from bot.dialogue.signals import (
    agrees,
    asks_for_service,
    complaint,
    is_cancel,
    is_helper,
    is_no,
    is_yes,
    name_is_a_word,
    starts_with_yes,
    strip_courtesy,
    ticket_code_in,
    wants_human,
)


@pytest.mark.parametrize(
    "text",
    [
        "ya",
        "Iya",
        "iyaa kak",
        "y",
        "ok min",
        "oke siap",
        "betul",
        "sudah benar",
        "ya benar semua",
        "bener kak makasih",
        "sip",
        "lanjut",
        "iya betul, kirim",
    ],
)
def test_agreement_in_many_wordings_is_yes(text: str) -> None:
    assert is_yes(text) and not is_no(text)


@pytest.mark.parametrize(
    "text", ["tidak", "gak", "nggak kak", "bukan", "bukan itu", "salah", "tdk", "ga usah makasih"]
)
def test_disagreement_in_many_wordings_is_no(text: str) -> None:
    assert is_no(text) and not is_yes(text)


@pytest.mark.parametrize(
    "text",
    ["sudah", "ya tapi namanya salah", "ktp saya hilang", "iya nik saya 3603", "tidak tahu ya"],
)
def test_a_sentence_with_more_than_agreement_is_not_a_plain_yes(text: str) -> None:
    assert not is_yes(text)


def test_agreement_followed_by_a_restatement_starts_with_yes() -> None:
    assert starts_with_yes("iya betul, desa cukanggalih kec curug")
    assert not starts_with_yes("desa cukanggalih, iya")


@pytest.mark.parametrize(
    "text",
    [
        "batal",
        "batalkan",
        "gak jadi deh",
        "ga jd kak, makasih",
        "cancel",
        "tidak jadi bikin ktp",
        "batalkan aja, nanti sy dtg langsung ke kantor",
    ],
)
def test_cancel_in_many_wordings(text: str) -> None:
    assert is_cancel(text)


@pytest.mark.parametrize("text", ["ktp saya batal dicetak kemarin karena listrik mati, gimana ya"])
def test_a_long_story_mentioning_batal_is_not_a_cancel(text: str) -> None:
    assert not is_cancel(text)


@pytest.mark.parametrize(
    "text",
    [
        "sudah dua minggu kk saya belum selesai, kecewa",
        "kok lama banget ktp sy",
        "udah sebulan belum ada kabar",
        "ktp sy udh jadi blm? daftar tgl 10",
        "saya mau komplain soal pelayanan",
    ],
)
def test_complaints_and_follow_ups(text: str) -> None:
    assert complaint(text)


@pytest.mark.parametrize("text", ["berapa lama ktp jadi?", "mau bikin kk baru", "syarat kia apa"])
def test_questions_and_requests_are_not_complaints(text: str) -> None:
    assert not complaint(text)


@pytest.mark.parametrize(
    "text",
    [
        "saya petugas desa",
        "sy operator desa sukamulya",
        "mau daftarkan warga",
        "kader posyandu, bantu warga",
    ],
)
def test_a_helper_declares_themself(text: str) -> None:
    assert is_helper(text) and not wants_human(text)


@pytest.mark.parametrize(
    "text", ["mau bicara dengan petugas", "petugas", "sambungkan ke admin asli"]
)
def test_asking_for_a_person(text: str) -> None:
    assert wants_human(text)


@pytest.mark.parametrize(
    "text",
    [
        "mau urus ktp hilang",
        "urus ktp",
        "tolong buatkan kia anak saya",
        "saya bermaksud mengurus kk",
    ],
)
def test_asking_for_a_document_is_a_request(text: str) -> None:
    assert asks_for_service(text)


@pytest.mark.parametrize("text", ["mau bikin ktp, syaratnya apa?", "mau urus kk gimana caranya"])
def test_a_request_with_a_question_cue_is_a_question(text: str) -> None:
    assert not asks_for_service(text)


@pytest.mark.parametrize("text", ["ya", "oke", "tidak", "halo", "siap kak", "nama saya"])
def test_reply_words_are_not_names(text: str) -> None:
    assert name_is_a_word(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Raka kak", "Raka"), ("namanya bu Rina", "Rina"), ("nama warganya Komariah", "Komariah")],
)
def test_courtesy_words_around_a_name_are_dropped(text: str, name: str) -> None:
    assert strip_courtesy(text) == name


def test_a_ticket_code_is_found_however_it_is_spaced() -> None:
    assert ticket_code_in("cek status ktp - 7qx4m2h ya") == "KTP-7QX4M2H"
    assert ticket_code_in("status ktp saya?") is None


@pytest.mark.parametrize(
    "text",
    [
        "Ya, semua data sudah sesuai.",
        "betul pak, silakan diproses",
        "muhun",
        "inggih leres",
        "data sudah benar, lanjut",
        "sip sudah pas",
    ],
)
def test_agreement_in_a_sentence_at_confirmation(text: str) -> None:
    assert agrees(text)


@pytest.mark.parametrize("text", ["belum benar", "ya tapi desanya salah", "sudah benar belum?"])
def test_a_sentence_with_a_no_or_a_question_does_not_agree(text: str) -> None:
    assert not agrees(text)
