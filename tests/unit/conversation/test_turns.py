"""The conversation, turn by turn, without Rasa: what residents and helpers really send."""

from __future__ import annotations

import pytest

from bot.texts import for_residents
from devtools.synthetic import make_kk, make_nik
from tests.unit.conversation.chat import Chat

NIK = make_nik(female=True, serial=7101)
KK = make_kk(serial=7102)
KTP_LINE = f"#KTP#{NIK}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#"


def dashed(number: str) -> str:
    return "-".join(number[i : i + 4] for i in range(0, 16, 4))


def test_a_first_timer_is_asked_one_field_at_a_time_and_the_line_is_queued() -> None:
    chat = Chat()
    assert any("NIK" in r for r in chat.says("mau bikin ktp, ktp sy ilang"))
    assert any("Kartu Keluarga" in r for r in chat.says(NIK))
    chat.says(KK)
    chat.says("siti aminah")
    confirmation = chat.says("bitung jaya")
    assert KTP_LINE in confirmation
    assert chat.state.menunggu_konfirmasi
    chat.says("ya")
    assert chat.lines == [KTP_LINE]
    assert chat.state.layanan is None and chat.state.fields == {}


@pytest.mark.parametrize(
    "message",
    [
        f"Dengan hormat, saya bermaksud mengurus KTP elektronik saya yang hilang. Berikut data "
        f"saya: NIK: {NIK}, No. KK: {KK}, Nama: Siti Aminah, Alamat: Desa Bitung Jaya, "
        f"Kecamatan Cikupa. Atas perhatiannya saya ucapkan terima kasih.",
        f"ktp saya hilang nik {dashed(NIK)} kk {dashed(KK)} nama siti aminah ds bitung jaya kec cikupa",
        f"KTP ilang min. NIK {NIK} no kk {KK} an. Siti Aminah, bitung jaya cikupa",
        f"#KTP {NIK} {KK} siti aminah bitung jaya cikupa hilang",
    ],
)
def test_a_complete_request_in_one_message_goes_straight_to_confirmation(message: str) -> None:
    chat = Chat()
    assert KTP_LINE in chat.says(message)
    chat.says("iya betul")
    assert chat.lines == [KTP_LINE]


@pytest.mark.parametrize(
    "typed",
    [
        f"#KK#{KK}#BUDI SANTOSO#TALAGASARI#BALARAJA",
        f"#kk#{KK}#budi santoso#talagasari#balaraja",
    ],
)
def test_a_correct_hash_line_is_queued_in_one_turn(typed: str) -> None:
    chat = Chat()
    chat.says(typed)
    assert chat.lines == [f"#KK#{KK}#BUDI SANTOSO#TALAGASARI#BALARAJA"]


def test_a_repaired_hash_line_is_shown_for_confirmation_first() -> None:
    chat = Chat()
    said = chat.says(f"#KK#{KK}#Budi Santoso#Talagasari#Kec. Balaraja#")
    assert f"#KK#{KK}#BUDI SANTOSO#TALAGASARI#BALARAJA" in said
    assert chat.lines == []
    chat.says("ya")
    assert chat.lines == [f"#KK#{KK}#BUDI SANTOSO#TALAGASARI#BALARAJA"]


def test_a_hash_line_with_a_bad_number_keeps_the_rest_and_asks_only_that() -> None:
    chat = Chat()
    said = chat.says(f"#KTP#{NIK[:-2]}#{KK}#SITI AMINAH#BITUNG JAYA#CIKUPA#HILANG#")
    assert chat.state.diminta == "nik"
    assert chat.state.fields["nama"] == "SITI AMINAH"
    assert any("NIK" in r for r in said)
    assert KTP_LINE in chat.says(NIK)


@pytest.mark.parametrize("restated", ["cikupa", "kecamatannya cikupa", "kec. Cikupa ya"])
def test_restating_the_kecamatan_after_a_unique_desa_is_not_a_misunderstanding(
    restated: str,
) -> None:
    chat = Chat()
    chat.says(f"mau urus ktp hilang nik {NIK} kk {KK}")
    chat.says("bitung jaya")
    assert chat.state.fields["kecamatan"] == "CIKUPA"
    said = chat.says(restated)
    assert for_residents.NOT_UNDERSTOOD not in said
    assert chat.state.diminta == "nama"
    assert chat.state.gagal == 0


def test_restating_a_value_at_confirmation_keeps_the_request_waiting_for_yes() -> None:
    chat = Chat()
    chat.says(KTP_LINE.replace("#KTP#", "mau ktp #KTP#") + " tolong dicek")
    chat.says(f"ktp hilang nik {NIK} kk {KK} nama siti aminah desa bitung jaya kec cikupa")
    assert chat.state.menunggu_konfirmasi
    said = chat.says("kecamatan cikupa")
    assert for_residents.NOTHING_CHANGED in said
    assert chat.state.menunggu_konfirmasi
    chat.says("ya")
    assert chat.lines == [KTP_LINE]


def test_a_correction_at_confirmation_changes_that_field_and_confirms_again() -> None:
    chat = Chat()
    chat.says(f"ktp hilang nik {NIK} kk {KK} nama siti aminah desa bitung jaya kec cikupa")
    said = chat.says("salah, namanya Siti Aminah Putri")
    assert KTP_LINE.replace("SITI AMINAH", "SITI AMINAH PUTRI") in said
    chat.says("ya")
    assert chat.lines == [KTP_LINE.replace("SITI AMINAH", "SITI AMINAH PUTRI")]


@pytest.mark.parametrize("word", ["ya", "iya", "oke", "tidak", "siap kak", "halo"])
def test_a_reply_word_is_never_taken_as_a_name(word: str) -> None:
    chat = Chat()
    chat.says(f"mau urus ktp hilang nik {NIK} kk {KK}")
    assert chat.state.diminta == "nama"
    chat.says(word)
    assert "nama" not in chat.state.fields
    assert chat.state.diminta == "nama"


@pytest.mark.parametrize("word", ["iya siap", "oke", "belum tau", "gak tau nik nya"])
def test_words_at_the_nik_question_get_a_gentle_request_for_digits(word: str) -> None:
    chat = Chat()
    chat.says("mau bikin ktp baru")
    said = chat.says(word)
    assert chat.state.diminta == "nik"
    assert not any("posisi" in r.lower() or "huruf" in r.lower() for r in said)
    assert any("16 angka" in r for r in said)


@pytest.mark.parametrize(
    "question",
    [
        "ktp rusak gimana ngurusnya",
        "syarat bikin kk baru apa aja ya?",
        "kalau ktp hilang harus bawa apa?",
    ],
)
def test_a_question_is_answered_first_and_then_the_request_is_offered(question: str) -> None:
    chat = Chat()
    said = chat.says(question)
    assert chat.state.layanan is None
    assert chat.state.tawaran and chat.state.tawaran.startswith("mulai:")
    assert any("mulai permohonan" in r for r in said)
    chat.says("iya")
    assert chat.state.layanan is not None
    assert chat.state.diminta is not None


def test_a_question_inside_a_request_is_answered_and_the_field_asked_again() -> None:
    chat = Chat()
    chat.says("mau urus ktp hilang")
    said = chat.says("biayanya berapa ya?")
    assert chat.state.diminta == "nik"
    assert any("NIK" in r for r in said)
    assert len(said) >= 2


@pytest.mark.parametrize(
    "complaint",
    [
        "sudah dua minggu kk saya belum selesai, kecewa",
        "kok lama banget ya ktp saya ga jadi jadi",
        "saya mau komplain, dari bulan lalu belum ada kabar",
    ],
)
def test_a_complaint_goes_to_an_officer_with_the_transcript(complaint: str) -> None:
    chat = Chat()
    chat.says("halo", intent="greet", confidence=0.99)
    said = chat.says(complaint)
    assert len(chat.port.forwarded) == 1
    assert chat.port.forwarded[0][-1] == f"Warga: {complaint}"
    assert any("UMUM-" in r for r in said)
    assert chat.lines == []


def test_a_complaint_with_a_ticket_code_gets_the_status_too() -> None:
    chat = Chat()
    chat.says("udah seminggu KTP-7QX4M2H belum ada kabar")
    assert chat.port.asked_status == ["KTP-7QX4M2H"]
    assert len(chat.port.forwarded) == 1


@pytest.mark.parametrize(
    "text", ["mau bicara dengan petugas", "sambungkan ke admin asli dong", "petugas"]
)
def test_asking_for_a_person_forwards_at_once(text: str) -> None:
    chat = Chat()
    chat.says(text)
    assert len(chat.port.forwarded) == 1


@pytest.mark.parametrize("cancel", ["batal", "gak jadi deh", "batalkan aja min"])
def test_cancel_at_any_point_queues_nothing(cancel: str) -> None:
    chat = Chat()
    chat.says(f"ktp hilang nik {NIK} kk {KK} nama siti aminah desa bitung jaya kec cikupa")
    assert for_residents.CANCELLED in chat.says(cancel)
    assert chat.state.layanan is None
    chat.says("ya")
    assert chat.lines == []


def test_a_city_resident_is_referred_and_no_request_is_started() -> None:
    chat = Chat()
    said = chat.says("mau bikin ktp, saya tinggal di ciputat")
    assert any("Kota Tangerang Selatan" in r for r in said)
    assert chat.state.layanan is None
    assert chat.lines == []


def test_data_before_the_service_is_kept_while_the_service_is_asked() -> None:
    chat = Chat()
    chat.says(f"nik saya {NIK} kk {KK}")
    assert chat.state.diminta == "layanan"
    chat.says("ktp saya hilang")
    assert chat.state.fields["nik"] == NIK
    assert chat.state.diminta == "nama"


def test_a_helper_pastes_a_request_and_is_asked_the_resident_last() -> None:
    chat = Chat()
    chat.says("saya petugas desa, mau daftarkan warga")
    assert chat.state.mode_petugas_desa
    said = chat.says(f"ktp hilang nik {NIK} kk {KK} nama siti aminah desa bitung jaya kec cikupa")
    assert chat.state.diminta == "telepon_warga"  # the resident is the applicant
    assert not any("angka" in r for r in said)
    assert KTP_LINE in chat.says("0812 3456 7890")
    chat.says("ya")
    assert chat.lines == [KTP_LINE]
    helper = chat.port.submitted[0][1]
    assert helper is not None and helper["resident_phone"] == "081234567890"
    assert chat.state.tawaran == "warga_berikut"


def test_a_helper_who_declares_and_pastes_in_one_message_is_asked_nothing_twice() -> None:
    chat = Chat()
    said = chat.says(
        f"saya operator desa bitung jaya, mau daftarkan warga: ktp hilang nik {NIK} kk {KK} "
        "nama siti aminah desa bitung jaya kec cikupa, hp 081234567890"
    )
    assert chat.state.mode_petugas_desa
    assert chat.state.menunggu_konfirmasi
    assert not any(r == for_residents.HELPER_START for r in said)


def test_a_helper_is_asked_the_parent_of_a_child_and_ya_is_not_a_name() -> None:
    chat = Chat()
    chat.says("saya kader posyandu mau bantu daftarkan warga")
    chat.says(f"KIA anak: nik {NIK} kk {KK} nama putri ayu desa bitung jaya kec cikupa")
    assert chat.state.diminta == "nama_warga"
    chat.says("ya")
    assert chat.state.diminta == "nama_warga" and "nama_warga" not in chat.state.warga
    chat.says("nama warganya bu Rina, hp 0813 1111 2222")
    assert chat.state.warga == {"nama_warga": "RINA", "telepon_warga": "081311112222"}
    assert chat.state.menunggu_konfirmasi
    assert chat.state.fields["nama"] == "PUTRI AYU"


def test_two_misunderstandings_in_a_row_offer_an_officer() -> None:
    chat = Chat()
    assert for_residents.NOT_UNDERSTOOD in chat.says("qwerty zxcv")
    assert for_residents.OFFER_OFFICER_AFTER_MISUNDERSTANDING in chat.says("asdf ghjk")
    chat.says("ya")
    assert len(chat.port.forwarded) == 1


def test_an_ambiguous_desa_asks_its_kecamatan_once() -> None:
    chat = Chat()
    chat.says(f"mau urus kk no kk {KK} kepala keluarga budi santoso")
    said = chat.says("desa talagasari")
    assert chat.state.diminta == "kecamatan"
    assert sum("ecamatan" in r for r in said) == 1
    chat.says("balaraja")
    assert chat.state.menunggu_konfirmasi


def test_no_reply_ever_says_a_request_is_approved() -> None:
    chat = Chat()
    said = chat.says(f"ktp hilang nik {NIK} kk {KK} nama siti aminah desa bitung jaya kec cikupa")
    said += chat.says("ya")
    assert not any("disetujui" in r.lower() for r in said)


@pytest.mark.parametrize(
    "text",
    [
        f"tolong cek nik saya {NIK} sudah terdaftar belum",
        f"nik {NIK} ini atas nama siapa ya?",
        "min bisa cek data saya? nik saya yang tadi",
        f"apakah nik {NIK} sudah aktif",
    ],
)
def test_a_look_up_by_nik_is_refused_and_reveals_nothing(text: str) -> None:
    chat = Chat()
    said = chat.says(text)
    assert for_residents.NO_NIK_LOOKUP in said
    assert chat.port.asked_status == [] and chat.lines == []


def test_a_status_question_with_a_code_goes_to_the_queue_for_this_chat() -> None:
    chat = Chat()
    chat.says("cek status ktp - 7qx4m2h")
    assert chat.port.asked_status == ["KTP-7QX4M2H"]


@pytest.mark.parametrize(
    ("typed", "desa", "kecamatan"),
    [
        ("desa bitung jya kec cikupa", "BITUNG JAYA", "CIKUPA"),
        ("ds talagasri, kec balaraja", "TALAGASARI", "BALARAJA"),
        ("kel. binog kecamatan curug", "BINONG", "CURUG"),
    ],
)
def test_a_desa_typo_with_its_kecamatan_is_matched_inside_that_kecamatan(
    typed: str, desa: str, kecamatan: str
) -> None:
    chat = Chat()
    chat.says(f"mau cetak ulang kk, no kk {KK}, kepala keluarga budi santoso")
    said = chat.says(typed)
    if chat.state.saran_tempat:
        assert chat.state.saran_tempat == f"{desa}|{kecamatan}"
        assert sum("Maksud" in r for r in said) == 1
        said = chat.says("iya")
    assert (chat.state.fields["desa"], chat.state.fields["kecamatan"]) == (desa, kecamatan)
    assert chat.state.menunggu_konfirmasi


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2212", "-"])
def test_numbers_grouped_with_any_kind_of_dash_are_read(dash: str) -> None:
    chat = Chat()
    grouped = [dash.join(n[i : i + 4] for i in range(0, 16, 4)) for n in (NIK, KK)]
    said = chat.says(
        f"ktp hilang, nik: {grouped[0]} kk: {grouped[1]} nama siti aminah bitung jaya cikupa"
    )
    assert KTP_LINE in said


def test_a_sentence_that_agrees_sends_the_request_instead_of_looping() -> None:
    chat = Chat()
    chat.says(f"ktp hilang nik {NIK} kk {KK} nama siti aminah desa bitung jaya kec cikupa")
    chat.says("Ya, semua data tersebut sudah sesuai.")
    assert chat.lines == [KTP_LINE]


def test_the_nik_named_first_answers_the_nik_question_even_beside_the_word_kk() -> None:
    chat = Chat()
    chat.says("mau bikin ktp, ktp sy ilang")
    chat.says(f"nik saya yang tertulis di kk {NIK}")
    assert chat.state.fields.get("nik") == NIK
