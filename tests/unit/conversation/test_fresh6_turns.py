"""Turns the fresh6 part showed going wrong (our own wordings): a greeting that does not ask
what is needed, a question only announced, another service named after an offer, regional
cancels, talk taken as a name, and an example written twice."""

from __future__ import annotations

from datetime import date

import pytest

from bot.texts import for_residents
from devtools.synthetic import make_kk, make_nik
from tests.unit.conversation.chat import Chat

NIK = make_nik("360314", date(1990, 8, 17), female=True, serial=7961)
KK = make_kk("360314", date(2012, 12, 12), serial=7962)


def test_a_greeting_asks_which_service_with_buttons() -> None:
    chat = Chat()
    chat.says("halo admin, selamat siang", "greet", 0.99)
    assert chat.state.diminta == "layanan"
    replies = chat.says("mau bikin kartu keluarga", "minta_kk", 0.99)
    assert chat.state.layanan == "KK"
    assert any("No. KK" in r for r in replies)


def test_thanks_after_the_welcome_is_thanked_not_asked_again() -> None:
    chat = Chat()
    chat.says("selamat pagi", "greet", 0.99)
    replies = chat.says("makasih", "thanks", 0.99)
    assert replies == [for_residents.THANKS]


@pytest.mark.parametrize(
    "text",
    [
        "permisi min 🙏 numpang tanya ya, sy baru kali ini chat kesini",
        "mau nanya dong kak",
        "izin bertanya pak",
        "halo, baru pertama kali chat disini",
    ],
)
def test_a_question_only_announced_asks_what_is_needed(text: str) -> None:
    chat = Chat()
    replies = chat.says(text, "tanya_syarat", 0.4)
    assert replies == [for_residents.HELP_OFFERED]
    assert chat.state.diminta == "layanan"


def test_another_service_named_after_an_offer_is_the_one_started() -> None:
    chat = Chat()
    chat.says("syarat ktp pemula apa aja?", "tanya_syarat", 0.99)
    assert chat.state.tawaran == "mulai:KTP"
    chat.says("mau cetak ulang kartu keluarga yg udah lusuh", "minta_kk", 0.99)
    assert chat.state.layanan == "KK"


@pytest.mark.parametrize(
    "text",
    [
        "teu jadi we a, punten ngarepotkeun. ktp na kapendak",
        "ora sido wis mas, sepurane",
        "ndak jadi mas, sudah ketemu",
        "kagak usah dah bang",
    ],
)
def test_a_regional_cancel_at_the_confirmation_sends_nothing(text: str) -> None:
    chat = Chat()
    chat.says(f"ktp hilang, nik {NIK} kk {KK} nama Laras Ayu desa cengklong kec kosambi")
    assert chat.state.menunggu_konfirmasi
    chat.says(text)
    chat.says("ya")
    assert chat.lines == []


def test_a_long_sentence_answered_to_the_name_question_is_no_name() -> None:
    chat = Chat()
    chat.says(f"kia, nik {NIK} kk {KK}, desa cengklong kec kosambi")
    assert chat.state.diminta == "nama"
    chat.says("waduh mas bojoku wis ngurus dhewe nang kecamatan minggu wingi")
    assert "nama" not in chat.state.fields


def test_an_incomplete_destination_gives_one_example() -> None:
    chat = Chat()
    replies = chat.says("mau buat surat pindah keluar, pindah ke bogor", "minta_skpwni", 0.99)
    text = " ".join(replies)
    assert text.count("Contoh") == 2  # the address's, and the NIK question's


def test_a_short_form_of_the_name_does_not_replace_the_full_one() -> None:
    chat = Chat()
    chat.says("mau bikin KIA buat anak saya Zahra Kamila, kami di Rawa Burung, Kosambi")
    chat.says(f"nik Zahra {NIK}")
    assert chat.state.fields["nama"] == "ZAHRA KAMILA"


def test_talk_beside_the_desa_answer_does_not_rename() -> None:
    chat = Chat()
    for text in ("mau perbarui kk", KK, "saya sendiri, Imam Syafei"):
        chat.says(text)
    assert chat.state.diminta == "desa"
    chat.says("deket SDN Bunar 2, desanya Bunar")
    assert chat.state.fields["nama_kepala_keluarga"] == "IMAM SYAFEI"
    assert chat.state.fields["desa"] == "BUNAR"


def test_a_name_answered_beside_the_place_restated_is_taken() -> None:
    chat = Chat()
    chat.says("mau bikin KK baru, yg lama luntur, desa Margasari kec Tigaraksa")
    chat.says(KK)
    assert chat.state.diminta == "nama_kepala_keluarga"
    chat.says("Mulyadi, saya sendiri, di Margasari Tigaraksa tadi")
    assert chat.state.fields["nama_kepala_keluarga"] == "MULYADI"


@pytest.mark.parametrize(
    "text",
    [
        f"KTP istri saya udah jadi belum ya? NIK nya {NIK} atas nama Ela",
        f"mohon dicek KTP warga kami dgn NIK {NIK} sudah dicetak atau belum?",
        f"surat pindah bapak sy udah jadi belum ya? NIKnya {NIK}",
    ],
)
def test_asking_whether_a_card_is_done_by_nik_is_refused(text: str) -> None:
    chat = Chat()
    assert for_residents.NO_NIK_LOOKUP in chat.says(text)
    assert chat.state.layanan is None


def test_a_lookup_refused_still_forwards_a_wish_for_an_officer() -> None:
    chat = Chat()
    chat.says(
        "ada warga kami yang datanya dobel di sistem, NIK nya keluar dua. tolong hubungkan "
        "dengan petugas yang bisa bantu"
    )
    assert chat.port.forwarded


@pytest.mark.parametrize(
    "text",
    [
        "ada kasus KK tercetak salah, perlu kami bahas dengan petugas dinas secara langsung",
        "mau konsultasi sama petugas soal data ganda",
    ],
)
def test_wanting_to_discuss_with_an_officer_is_forwarded(text: str) -> None:
    chat = Chat()
    chat.says(text)
    assert chat.port.forwarded


def test_a_question_then_a_cancel_then_later_cancels_the_form() -> None:
    chat = Chat()
    chat.says("mau bikin KIA")
    chat.says(
        "oh harus ada akta lahir ya? akta anak sy belum jadi. gak jadi dulu deh, nanti kalo udah ada"
    )
    assert chat.state.layanan is None
    assert not chat.port.forwarded


def test_a_desa_typo_with_its_kecamatan_asks_once_and_keeps_the_kecamatan() -> None:
    chat = Chat()
    replies = chat.says(
        f"KTP sy ilang, nik {NIK} kk {KK}, nama Tati Rohayati, desa Sukadame kec Cikupa"
    )
    assert chat.state.saran_tempat == "SUKADAMAI|CIKUPA"
    assert sum("Sukadamai" in r for r in replies) == 1
    chat.says("iya sukadamai, salah ketik")
    assert chat.state.menunggu_konfirmasi
    assert (chat.state.fields["desa"], chat.state.fields["kecamatan"]) == ("SUKADAMAI", "CIKUPA")


@pytest.mark.parametrize(
    "text",
    [
        "oh gitu, ya udah saya mau daftar aja sekalian",
        "oke deh langsung diproses aja",
        "yaudah lanjut",
    ],
)
def test_yes_to_an_offer_in_other_words_starts_the_request(text: str) -> None:
    chat = Chat()
    chat.says("anak umur 3 tahun bisa dibikinin KIA?", "tanya_syarat", 0.99)
    assert chat.state.tawaran == "mulai:KIA"
    chat.says(text)
    assert chat.state.layanan == "KIA"


@pytest.mark.parametrize("text", ["min", "p", "halo kak"])
def test_only_calling_the_assistant_is_a_greeting(text: str) -> None:
    chat = Chat()
    chat.says(text)
    assert chat.state.diminta == "layanan"
    assert chat.state.gagal == 0


def test_a_document_wanted_but_not_named_asks_which() -> None:
    chat = Chat()
    assert chat.says("saya mau ngurus dokumen tapi bingung yg mana") == [for_residents.HELP_OFFERED]


def test_words_on_the_lines_after_a_hash_line_are_read_apart() -> None:
    chat = Chat()
    chat.says(f"#SKPWNI#{NIK}#Tono Sugiarto\nmau pindah ke Cirebon")
    assert chat.state.fields["nama"] == "TONO SUGIARTO"


def test_a_fee_question_with_hearsay_is_answered_not_forwarded() -> None:
    chat = Chat()
    replies = chat.says(
        "mau tanya, bikin kk itu bayar brp ya? tetangga sy bilang harus nyiapin 50rb buat petugas",
        "tanya_biaya",
        0.41,
    )
    assert any("gratis" in r.lower() for r in replies)
    assert not chat.port.forwarded


@pytest.mark.parametrize(
    "text",
    [
        "pesan sy kemarin gak dibales, sy kirim ulang ya",
        "kecewa bgt format salah terus. pokoknya ini data sy:",
        "saya kirim lagi datanya ya min",
    ],
)
def test_a_resend_announced_waits_for_the_data(text: str) -> None:
    chat = Chat()
    assert chat.says(text) == [for_residents.RESEND_WELCOME]
    assert not chat.port.forwarded
    chat.says(f"KTP rusak, NIK {NIK}, KK {KK}, nama Dede Kurniasih, desa Cikasungka kec Solear")
    assert chat.state.menunggu_konfirmasi


def test_a_question_a_helper_passes_on_is_answered() -> None:
    chat = Chat()
    replies = chat.says(
        "sy staf pelayanan desa Sukawali, warga sering nanya: buat bikin ktp masih perlu surat "
        "pengantar dari RT RW sama desa ga sih skrg?"
    )
    assert chat.state.layanan is None
    assert not any("NIK warga" in r for r in replies)


def test_whether_a_nik_changes_after_a_move_is_answered() -> None:
    chat = Chat()
    replies = chat.says("kalau sy pindah ke kecamatan lain NIK sy berubah ga?")
    assert any("seumur hidup" in r for r in replies)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("eh itu typo, Budi Santoso yg bener", "BUDI SANTOSO"),
        ("yg nama salah, benerin jadi Budi Santoso", "BUDI SANTOSO"),
    ],
)
def test_a_name_corrected_without_its_label_at_the_confirmation(text: str, name: str) -> None:
    chat = Chat()
    chat.says(f"ktp hilang, nik {NIK} kk {KK} nama Budi Santosa desa Bitung Jaya kec Cikupa")
    chat.says(text)
    assert chat.state.fields["nama"] == name
    assert chat.state.menunggu_konfirmasi


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("alamat tujuannya RT 04 bukan RT 02", "JL. MAWAR NO 5 RT 04 RW 03"),
        ("nomor rumahnya 15 bukan 5", "JL. MAWAR NO 15 RT 02 RW 03"),
    ],
)
def test_a_part_of_the_destination_swapped_at_the_confirmation(text: str, address: str) -> None:
    chat = Chat()
    chat.says(
        f"surat pindah, nik {NIK} kk {KK} nama Rina Marlina, pindah ke Jl. Mawar No 5 RT 02 "
        "RW 03 Kel. Sukasari Kec. Bogor Tengah Kota Bogor"
    )
    chat.says(text)
    assert chat.state.fields["alamat_pindah"].startswith(address)


def test_a_new_destination_after_a_colon_at_the_confirmation() -> None:
    chat = Chat()
    chat.says(
        f"surat pindah keluar a.n. Lilis Suryani, NIK {NIK} KK {KK}. Tujuan Perum Bumi Serang "
        "Timur Blok D3 No 9 Kel Kaligandu Kec Serang Kota Serang"
    )
    chat.says(
        "Tujuannya ganti pak, jadi ke rumah mertua aja: Kp Kadubeureum RT 002 RW 001 Desa "
        "Sukamaju Kec Pabuaran Kab Serang"
    )
    assert chat.state.fields["alamat_pindah"].startswith("KP KADUBEUREUM RT 002")


def test_talk_beside_a_restated_number_is_no_name() -> None:
    chat = Chat()
    chat.says(f"kak mau bikin ktp baru, nik {NIK} kk {KK}")
    assert chat.state.diminta == "nama"
    chat.says(f"nik saya {NIK} ya kak, yg barusan itu juga sama kok")
    assert "nama" not in chat.state.fields
