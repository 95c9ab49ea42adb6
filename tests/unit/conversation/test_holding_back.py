"""Residents who hold back, want a person, or ask about a request by NIK (dev3 kinds)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.texts import for_residents
from devtools.synthetic import make_kk, make_nik
from tests.unit.conversation.chat import Chat

NIK = make_nik(serial=7301)
KK = make_kk(serial=7302)
FREE_TEXT = f"ktp saya rusak, nama Dedi Kurnia, nik {NIK}, kk {KK}, desa Bitung Jaya kec Cikupa"


@pytest.mark.parametrize(
    "holding_back",
    [
        "Mohon maaf, permohonan tadi saya batalkan saja. Terima kasih.",
        "jangan dikirim dulu kak, saya mau cek lagi datanya",
        "tunda dulu ya min, besok saya kabari",
        "skip dulu deh, nanti saya lanjut lagi",
        "saya urungkan dulu, makasih",
    ],
)
def test_holding_back_at_the_confirmation_cancels_and_queues_nothing(holding_back: str) -> None:
    chat = Chat()
    chat.says(FREE_TEXT)
    assert chat.state.menunggu_konfirmasi
    assert for_residents.CANCELLED in chat.says(holding_back)
    assert chat.lines == [] and not chat.state.layanan


def test_holding_back_while_a_number_is_asked_cancels_instead_of_reading_it() -> None:
    chat = Chat()
    chat.says("mau lapor pindah datang")
    assert for_residents.CANCELLED in chat.says("skip dulu min, suratnya ketinggalan di rumah")
    assert not chat.state.layanan


def test_a_question_about_cancelling_is_answered_not_taken_as_a_cancel() -> None:
    chat = Chat()
    chat.says(FREE_TEXT)
    assert for_residents.CANCELLED not in chat.says("kalau nanti mau batal gimana caranya?")
    assert chat.state.menunggu_konfirmasi


@pytest.mark.parametrize(
    "wish",
    [
        "ini bot ya? dari tadi jawabannya muter muter terus, saya mau admin manusia aja",
        "pengen ngobrol sama manusia beneran, bukan robot",
    ],
)
def test_a_long_wish_for_a_person_is_forwarded(wish: str) -> None:
    chat = Chat()
    chat.says(wish)
    assert chat.port.forwarded


def test_asking_to_check_a_request_by_nik_is_refused_without_starting_a_form() -> None:
    chat = Chat()
    said = chat.says(f"kk saya kok lama ya, ini nik saya {NIK} tolong dicek udah sampe mana")
    assert for_residents.NO_NIK_LOOKUP in said
    assert not chat.state.layanan and chat.lines == []


def test_the_reason_said_in_a_question_is_kept_when_the_offered_request_starts() -> None:
    chat = Chat()
    chat.says("ktp suami saya hilang kecopetan, gimana ya ngurusnya?")
    assert (chat.state.tawaran or "").startswith("mulai:KTP")
    chat.says("iya mau")
    assert chat.state.layanan == "KTP" and chat.state.fields.get("alasan") == "HILANG"
    assert chat.state.diminta != "alasan"


def test_a_declined_offer_keeps_nothing_of_the_question() -> None:
    chat = Chat()
    chat.says("ktp saya hilang gimana ngurusnya?")
    chat.says("tidak, makasih")
    assert chat.state.fields == {} and not chat.state.layanan


def test_an_answer_that_names_a_place_is_still_the_answer_to_the_question_asked() -> None:
    chat = Chat()
    chat.says("mau lapor pindah datang, no skpwni SKPWNI/3671/11112026/0904")
    assert chat.state.diminta == "keperluan"
    chat.says("beli rumah di Cikupa")
    assert chat.state.fields.get("keperluan") == "BELI RUMAH DI CIKUPA"
    assert chat.state.menunggu_konfirmasi


def test_a_question_with_a_misread_name_in_it_is_answered_not_made_a_form() -> None:
    chat = Chat()
    said = " ".join(chat.says("adik saya umurnya 16 tapi sudah menikah, boleh rekam ktp belum?"))
    assert "menikah" in said.lower()
    assert not chat.state.layanan and "nama" not in chat.state.fields


@pytest.mark.parametrize(
    "message",
    [
        "mau pindah keluar, sy warga kelurahan Serua Indah kecamatan Ciputat",
        "mau bikin surat pindah, saya penduduk kel. Cipondoh",
    ],
)
def test_a_move_out_by_a_resident_of_a_city_is_referred_there(message: str) -> None:
    chat = Chat()
    said = " ".join(chat.says(message))
    assert "bukan wilayah Kabupaten Tangerang" in said and not chat.state.layanan


@pytest.mark.parametrize(
    ("parent", "expected"),
    [
        ("Ibunya Bu Yanti Kurniasih, hp 0857 0000 9612", "YANTI KURNIASIH"),
        ("orang tua: Bapak Karim Hidayat no hp 0812 3456 7890", "KARIM HIDAYAT"),
    ],
)
def test_a_helpers_kia_request_takes_the_named_parent_as_the_resident(
    parent: str, expected: str
) -> None:
    chat = Chat()
    chat.says("saya kader posyandu, mau daftarin warga")
    chat.says(
        f"KIA anak Aqila Humaira, nik anak {make_nik(born=date(2019, 3, 14), female=True, serial=7303)}, "
        f"kk {KK}, desa Talok kec Kresek. {parent}"
    )
    assert chat.state.warga.get("nama_warga") == expected
    assert chat.state.menunggu_konfirmasi


def test_data_instead_of_yes_after_the_offer_starts_the_offered_request() -> None:
    chat = Chat()
    chat.says("saya baru datang dari Bogor, sudah bawa surat pindah, terus gimana?")
    assert (chat.state.tawaran or "").startswith("mulai:")
    replies = chat.says("no surat pindahnya 3201-PD-2026-0451")
    assert chat.state.layanan == "SKDWN"
    assert chat.state.fields.get("no_skpwni") == "3201-PD-2026-0451"
    assert not any("belum paham" in r for r in replies)


def test_a_bare_number_after_a_kk_offer_is_the_no_kk_not_lost_as_a_nik() -> None:
    chat = Chat()
    chat.says("syarat bikin kk baru apa aja?")
    assert chat.state.tawaran == "mulai:KK"
    chat.says(f"nomornya {KK}, kepala keluarga Sutisna")
    assert chat.state.layanan == "KK"
    assert chat.state.fields["no_kk"] == KK
    assert chat.state.fields["nama_kepala_keluarga"] == "SUTISNA"


def test_a_mistyped_desa_sent_before_the_service_becomes_a_yes_no_question_once_it_is_known() -> (
    None
):
    chat = Chat()
    chat.says("kec. kelapa dua, desanya bojong nagka")
    replies = chat.says(f"mau urus kia anak saya Fadil Ramadhan, nik {NIK}, kk {KK}")
    assert replies == ["Maksud Bapak/Ibu Desa Bojong Nangka, Kec. Kelapa Dua? Balas ya atau tidak."]
    chat.says("ya")
    assert chat.state.fields["desa"] == "BOJONG NANGKA"


def test_data_after_an_unclear_question_about_a_service_is_a_request_for_that_service() -> None:
    chat = Chat()
    chat.says("kemarin kia anak saya katanya ditolak, kenapa ya? ya sudah saya ajukan ulang")
    chat.says(f"nik anak {NIK}, kk {KK}, nama Rafa Alfarizi, desa Bitung Jaya kec Cikupa")
    assert chat.state.layanan == "KIA"
    assert chat.state.menunggu_konfirmasi


def test_a_helper_who_cancels_before_sending_anything_is_told_it_is_cancelled() -> None:
    chat = Chat()
    chat.says("saya kader posyandu, mau daftarkan warga")
    assert for_residents.CANCELLED in chat.says("ga jadi deh, batal aja")


def test_a_helper_who_names_themself_is_not_taken_as_the_resident() -> None:
    chat = Chat()
    chat.says(
        "Selamat siang, saya Hendra, staf pelayanan Desa Sukamulya. Mau ajukan KTP hilang warga:"
    )
    assert "nama" not in chat.state.fields
    chat.says(f"nama warga Wati Sumarni, nik {NIK}, kk {KK}, desa Bunar kec Sukamulya")
    assert chat.state.fields["nama"] == "WATI SUMARNI"


def test_the_service_and_reason_a_helper_names_first_are_kept_for_the_data_that_follows() -> None:
    chat = Chat()
    chat.says("saya operator desa, mau input ktp warga yang rusak")
    assert chat.state.layanan == "KTP" and chat.state.fields.get("alasan") == "RUSAK"


def test_a_cancel_in_the_last_clause_cancels_after_a_remark_with_a_question_word() -> None:
    chat = Chat()
    chat.says("mau lapor pindah datang")
    chat.says("oh ternyata harus ke kecamatan dulu ya, yaudah batalin aja")
    assert chat.state.layanan is None and not chat.lines


def test_a_request_after_a_past_cancel_is_a_new_request() -> None:
    chat = Chat()
    chat.says("tadi sudah batal, sekarang mau bikin kk")
    assert chat.state.layanan == "KK"
