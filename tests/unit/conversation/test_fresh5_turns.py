"""Turns the fresh5 and dev7 parts showed going wrong (our own wordings): an officer asked for
with a ticket code, reports of money asked, a place answered with its label after it, a part
of an address swapped after sending, a helper's first question, a letter's addressee, a
purpose answered beside a restated number and a `#` line with its places out of order."""

from __future__ import annotations

from datetime import date

import pytest

from bot.texts import for_residents
from devtools.synthetic import make_kk, make_nik
from tests.unit.conversation.chat import Chat

NIK = make_nik("360316", date(1988, 9, 9), serial=7901)
KK = make_kk("360316", date(2014, 7, 1), serial=7902)
SKPWNI = "3173" + "051020259904"


def test_an_officer_asked_for_beside_a_ticket_code_is_forwarded_with_the_status() -> None:
    chat = Chat()
    replies = chat.says("kode KK-7QX4M2 kok ditolak terus, tolong hubungkan ke petugas saja")
    assert chat.port.asked_status == ["KK-7QX4M2"]
    assert chat.port.forwarded
    assert any("KK-7QX4M2" in r for r in replies)


@pytest.mark.parametrize(
    "text",
    [
        "kemarin sy dimintain 200rb sama orang kecamatan biar ktp cepet, sy mau lapor",
        "di loket ada yg minta duit 50 ribu buat kk, saya ga terima",
        "saya mau melaporkan petugas yang narik uang rokok waktu rekam ktp",
    ],
)
def test_a_report_of_money_asked_goes_to_an_officer(text: str) -> None:
    chat = Chat()
    chat.says(text)
    assert chat.port.forwarded
    assert not chat.lines


def test_a_first_time_with_the_chat_gets_no_ktp_answer() -> None:
    chat = Chat()
    replies = chat.says("halo, sy baru pertama kali pake layanan ini, bisa dibantu?")
    assert chat.state.layanan is None
    assert not any("pemula" in r.lower() for r in replies)


def test_a_place_answered_with_its_label_after_it_is_taken() -> None:
    chat = Chat()
    for text in ("ktp saya rusak", NIK, KK, "Dedi Kurnia"):
        chat.says(text)
    assert chat.state.diminta == "desa"
    chat.says("kayu agung desanya")
    assert (chat.state.fields["desa"], chat.state.fields["kecamatan"]) == ("KAYU AGUNG", "SEPATAN")


def test_a_part_of_the_address_swapped_after_sending_amends_the_request() -> None:
    chat = Chat()
    address = "JL. DAHLIA NO. 4 RT 02 RW 03 KEL. CIBUBUR KEC. CIRACAS KAB. JAKARTA TIMUR"
    chat.says(f"#SKPWNI#{NIK}#{KK}#DEDI KURNIA#{address}")
    assert chat.lines
    replies = chat.says("alamatnya ada yg salah, bukan Kab. Jakarta Timur tapi Kota Jakarta Timur")
    assert chat.lines[-1].endswith("KEC. CIRACAS KOTA JAKARTA TIMUR")
    assert any("KOTA JAKARTA TIMUR" in r for r in replies)


def test_a_desa_corrected_with_tp_at_the_confirmation() -> None:
    chat = Chat()
    chat.says(f"ktp hilang nik {NIK} kk {KK} Dedi Kurnia desa Kayu Agung kec sepatan")
    assert chat.state.menunggu_konfirmasi
    chat.says("eh desanya salah, bkn Kayu Agung tp Karet")
    assert chat.state.fields["desa"] == "KARET"


def test_a_helper_naming_the_service_is_asked_the_residents_first_field() -> None:
    chat = Chat()
    replies = chat.says("bu, saya mau daftarin warga bikin kia")
    assert chat.state.mode_petugas_desa
    assert chat.state.diminta == "nik"
    assert replies[-1].startswith("Berapa NIK anak")


def test_a_helpers_resident_named_after_warga_sy_is_the_family_head() -> None:
    chat = Chat()
    chat.says(f"bantu warga sy Pak Sarmili, kk nya hilang, no {KK}, desa Karet Sepatan")
    assert chat.state.fields["nama_kepala_keluarga"] == "SARMILI"
    assert chat.state.diminta == "telepon_warga"


def test_a_letters_addressee_does_not_make_the_writer_a_helper() -> None:
    chat = Chat()
    chat.says(
        "Yth. Petugas Pelayanan KTP.\nSaya Dedi Kurnia, NIK "
        f"{NIK}, No. KK {KK}, mohon penggantian KTP-el yang rusak. Desa Karet, Kec. Sepatan."
    )
    assert not chat.state.mode_petugas_desa
    assert chat.state.fields["nama"] == "DEDI KURNIA"
    assert chat.state.menunggu_konfirmasi


def test_the_purpose_answered_beside_a_restated_number_is_taken() -> None:
    chat = Chat()
    chat.says(f"mau lapor pindah datang, no skpwni {SKPWNI}")
    assert chat.state.diminta == "keperluan"
    chat.says(f"ikut istri. nomor skpwni nya {SKPWNI} ya")
    assert chat.state.fields["keperluan"] == "IKUT ISTRI"


def test_a_hash_line_with_its_places_out_of_order_is_read_by_their_labels() -> None:
    chat = Chat()
    chat.says(f"#KTP# {NIK} # {KK} # Ds. Karet # Kec. Sepatan # Dedi Kurnia # hilang")
    assert chat.state.menunggu_konfirmasi
    chat.says("ya")
    assert chat.lines == [f"#KTP#{NIK}#{KK}#DEDI KURNIA#KARET#SEPATAN#HILANG#"]


def test_a_help_request_naming_nothing_is_asked_which_service() -> None:
    chat = Chat()
    replies = chat.says("permisi, saya butuh bantuan, baru pertama kali chat ke sini")
    assert chat.state.diminta == "layanan"
    assert replies == [for_residents.HELP_OFFERED]
    chat.says("kk hilang")
    assert chat.state.layanan == "KK"


@pytest.mark.parametrize(
    "text",
    [
        "mau bikin kk baru abis cerai, berkas apa yang harus dibawa",
        "rekam ktp bisa di kelurahan ga atau mesti ke dukcapil",
        "mau urus kia anak, bawa apa aja?",
    ],
)
def test_a_question_beside_request_words_is_answered_first(text: str) -> None:
    chat = Chat()
    chat.says(text)
    assert chat.state.diminta is None
    assert (chat.state.tawaran or "").startswith("mulai:")


def test_a_destination_corrected_after_its_mark_keeps_only_the_new_address() -> None:
    chat = Chat()
    chat.says(
        f"surat pindah nik {NIK} kk {KK} nama Dedi Kurnia pindah ke Desa Sukatani "
        "Kecamatan Rajeg Kabupaten Lebak"
    )
    assert chat.state.menunggu_konfirmasi
    chat.says(
        "kurang RT nya, tambahin ya. jadi Desa Sukatani RT 02 RW 01 Kecamatan Rajeg Kabupaten Lebak"
    )
    assert chat.state.fields["alamat_pindah"] == (
        "DESA SUKATANI RT 02 RW 01 KECAMATAN RAJEG KABUPATEN LEBAK"
    )


def test_a_helpers_own_office_village_is_no_residents_address() -> None:
    chat = Chat()
    replies = chat.says("sy petugas desa Kayu Agung mau input warga")
    assert chat.state.mode_petugas_desa
    assert "desa" not in chat.state.fields
    assert replies == [for_residents.HELPER_START, for_residents.HELPER_WHICH_SERVICE]
    assert chat.state.diminta == "layanan"


def test_a_complaint_ending_in_a_plea_is_forwarded_without_an_unrelated_answer() -> None:
    chat = Chat()
    replies = chat.says("sudah 3 minggu ktp saya belum jadi, gimana ini?")
    assert chat.port.forwarded
    assert replies[0] == for_residents.COMPLAINT_HEARD
    assert len(replies) == 2


def test_a_desa_answered_with_where_and_a_short_form_is_asked_back() -> None:
    chat = Chat()
    for text in ("ktp saya hilang", NIK, KK, "Dedi Kurnia"):
        chat.says(text)
    replies = chat.says("di bitung")
    assert chat.state.saran_tempat == "BITUNG JAYA|CIKUPA"
    assert "Bitung Jaya" in replies[-1]


def test_a_printed_card_with_wrong_data_goes_to_an_officer() -> None:
    chat = Chat()
    chat.says("kk kami baru jadi minggu lalu, tanggal lahir suami sy salah, harusnya 1985")
    assert chat.port.forwarded
    assert not chat.lines


def test_a_check_of_someones_data_by_nik_is_refused() -> None:
    chat = Chat()
    replies = chat.says(f"mohon dicek data warga NIK {NIK} sudah masuk kk baru belum")
    assert any("tidak bisa" in r for r in replies)
    assert not chat.lines


def test_a_hash_line_with_desa_and_kecamatan_swapped_is_read_right() -> None:
    chat = Chat()
    chat.says(f"#ktp#{NIK}#{KK}#Dedi Kurnia#sepatan#karet#rusak")
    assert (chat.state.fields["desa"], chat.state.fields["kecamatan"]) == ("KARET", "SEPATAN")


def test_a_helper_giving_the_destination_when_asked_the_phone_has_it_applied() -> None:
    chat = Chat()
    chat.says(
        f"kami dari desa Karet. Warga kami Pak Dedi Kurnia mau pindah ke kampung halamannya "
        f"di Garut. NIK {NIK} KK {KK}"
    )
    assert chat.state.diminta == "alamat_pindah"
    chat.says("alamat tujuannya Kp. Cibatu RT 01 RW 02 Desa Cibatu Kec. Cibatu Kab. Garut")
    assert chat.state.fields["alamat_pindah"].startswith("KP. CIBATU")


def test_a_resident_holding_a_letter_from_elsewhere_is_arriving() -> None:
    chat = Chat()
    chat.says("saya sudah pegang surat pindah dari dukcapil kota bekasi, selanjutnya gimana?")
    assert chat.state.tawaran == "mulai:SKDWN"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("tinggal di Kel. Jatake Kec. Jatiuwung, ktp hilang", "Kota Tangerang"),
        (f"ktp rusak {NIK} / {KK} / Dedi Kurnia / Pondok Jaya / Pondok Aren", "Tangerang Selatan"),
    ],
)
def test_a_kelurahan_of_a_city_kecamatan_named_beside_it_is_referred(
    text: str, office: str
) -> None:
    chat = Chat()
    replies = chat.says(text)
    assert any(office in r for r in replies)
    assert not chat.state.menunggu_konfirmasi


@pytest.mark.parametrize("text", ["udahan aja min, makasih", "cukup sampai sini dulu ya"])
def test_stopping_in_everyday_words_cancels(text: str) -> None:
    chat = Chat()
    chat.says("mau urus kk")
    chat.says(text)
    assert chat.state.layanan is None
    assert not chat.lines


def test_a_question_about_what_to_do_if_money_is_asked_is_answered_not_forwarded() -> None:
    chat = Chat()
    replies = chat.says("kalau ada yang minta duit buat bikin ktp, lapor kemana?")
    assert not chat.port.forwarded
    assert any("gratis" in r.lower() for r in replies)


@pytest.mark.parametrize("text", ["bentar ya kak", "sy cari kk nya dulu", "tunggu sebentar"])
def test_a_resident_fetching_the_answer_is_waited_for(text: str) -> None:
    chat = Chat()
    chat.says("ktp saya hilang")
    replies = chat.says(text)
    assert replies == [for_residents.WAITING]
    assert chat.state.diminta == "nik"
    chat.says(NIK)
    assert chat.state.fields["nik"] == NIK


def test_kk_nya_jg_sekalian_labels_the_number_and_keeps_the_service() -> None:
    chat = Chat()
    chat.says("ktp ilang")
    chat.says(f"nik sy {NIK}, eh kk nya jg sekalian {KK}")
    assert chat.state.layanan == "KTP"
    assert chat.state.fields["no_kk"] == KK


def test_a_fuller_name_sent_later_replaces_the_short_one() -> None:
    chat = Chat()
    for text in ("ktp ilang", NIK, KK, "dedi"):
        chat.says(text)
    chat.says("lengkapnya Dedi Kurnia")
    assert chat.state.fields["nama"] == "DEDI KURNIA"


def test_a_scrambled_hash_line_is_read_by_what_each_value_is() -> None:
    chat = Chat()
    chat.says(f"#KTP#SEPATAN#KARET#{NIK}#DEDI KURNIA#{KK}#HILANG#")
    assert chat.state.menunggu_konfirmasi
    assert chat.state.fields["nama"] == "DEDI KURNIA"
    assert (chat.state.fields["desa"], chat.state.fields["kecamatan"]) == ("KARET", "SEPATAN")


def test_a_scrambled_hash_line_without_a_reason_does_not_break_the_turn() -> None:
    chat = Chat()
    replies = chat.says(f"#KTP#SEPATAN#KARET#{NIK}#DEDI KURNIA#{KK}#")
    assert replies
    assert not chat.lines


def test_a_request_deleted_at_the_confirmation_is_cancelled() -> None:
    chat = Chat()
    chat.says(f"kk warga {KK} kepala keluarga Sarmili desa Karet kec Sepatan, mohon cetak ulang")
    assert chat.state.menunggu_konfirmasi
    chat.says("pak mohon dihapus saja permohonan barusan, warganya mau datang langsung")
    assert not chat.state.menunggu_konfirmasi
    assert not chat.lines


def test_a_helpers_follow_up_on_sent_requests_goes_to_an_officer() -> None:
    chat = Chat()
    chat.says("kemarin sy kirim 4 permohonan KIA warga, baru 1 yg ada kabar, sisanya gmn ya?")
    assert chat.port.forwarded


def test_a_forgotten_code_with_a_nik_lookup_is_refused() -> None:
    chat = Chat()
    replies = chat.says(f"sy udh daftar ktp minggu lalu tp lupa kodenya, cek pake nik aja {NIK}")
    assert any("tidak bisa" in r for r in replies)


def test_a_name_answer_with_the_age_is_the_name() -> None:
    chat = Chat()
    for text in ("kia", NIK, KK):
        chat.says(text)
    chat.says("Nayla Azzahra, masih 5 thn")
    assert chat.state.fields["nama"] == "NAYLA AZZAHRA"


def test_whose_house_before_a_destination_is_left_out() -> None:
    chat = Chat()
    for text in ("mau urus surat pindah keluar", NIK, KK, "Dedi Kurnia"):
        chat.says(text)
    chat.says("ke rumah mertua di Jl Kaliurang Km 7 RT 05 RW 12 Desa Sinduharjo Kab Sleman")
    assert chat.state.fields["alamat_pindah"].startswith("JL KALIURANG")


def test_how_to_get_a_named_document_is_answered_with_its_requirements() -> None:
    chat = Chat()
    replies = chat.says("bang mau urus kk nih, caranya gmn")
    assert chat.state.tawaran == "mulai:KK"
    assert not any("belum yakin" in r for r in replies)


def test_a_helper_asking_to_be_connected_to_an_officer_is_forwarded() -> None:
    chat = Chat()
    chat.says(
        "sy perangkat desa Karet, pengajuan KK warga blm selesai2, tolong sambungkan ke petugas"
    )
    assert chat.port.forwarded


def test_a_place_answer_beside_a_restated_number_is_taken() -> None:
    chat = Chat()
    for text in ("ktp hilang", f"nik {NIK} kk {KK}", "Dedi Kurnia"):
        chat.says(text)
    assert chat.state.diminta == "desa"
    chat.says(f"karet. nik {NIK} ya itu td")
    assert chat.state.fields["desa"] == "KARET"


def test_a_newcomers_letter_number_right_after_skpwni_no_is_read() -> None:
    chat = Chat()
    chat.says(f"warga pendatang dari Lebak, skpwni no {SKPWNI}. keperluannya ikut orang tua")
    assert chat.state.layanan == "SKDWN"
    assert chat.state.fields["no_skpwni"] == SKPWNI
