"""What the fresh5 and dev7 parts showed the extractor missing (our own wordings): a first
time with the chat, a move told as when something happened, names told through relatives,
titles, signatures and fuller forms, an arrival's purpose told with its verb, a number kept
in brackets, an office named in a complaint and an old spelling of a desa."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.extractor import extract
from bot.intake.places import resolve_place
from devtools.synthetic import make_kk, make_nik

NIK = make_nik("360312", date(1990, 3, 14), serial=7801)
KK = make_kk("360312", date(2017, 5, 20), serial=7802)
SKPWNI = "3201" + "150920259803"


@pytest.mark.parametrize(
    "text",
    [
        "saya baru pertama kali pakai ini, bisa dibantu?",
        "pertama kali nih chat disini, mau tanya",
        "maaf baru pertama kali menggunakan layanan wa ini",
    ],
)
def test_a_first_time_with_the_chat_is_no_first_ktp(text: str) -> None:
    ex = extract(text)
    assert ex.alasan is None and ex.layanan is None


def test_a_first_ktp_is_still_pemula() -> None:
    assert extract("anak saya mau bikin ktp pertama kali, umurnya baru 17").alasan == "PEMULA"


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("kk kami hilang waktu pindahan rumah bulan lalu", "KK"),
        ("ktp sy ketinggalan pas pindahan, kayaknya ilang", "KTP"),
        ("kk ortu saya rusak gara2 pindahan kemarin, mau cetak ulang", "KK"),
    ],
)
def test_a_move_told_as_when_a_card_was_lost_is_no_surat_pindah(text: str, service: str) -> None:
    assert extract(text).layanan == service


def test_the_headship_passing_to_a_relative_is_no_move() -> None:
    text = (
        f"suami sy sudah wafat, kepala keluarga pindah ke istri, Maryati. kk {KK} "
        "desa Sukamantri kec Pasar Kemis"
    )
    ex = extract(text)
    assert ex.layanan == "KK"
    assert ex.values["nama_kepala_keluarga"] == "MARYATI"
    assert "alamat_pindah" not in ex.unresolved


@pytest.mark.parametrize(
    ("text", "slot", "name"),
    [
        (f"gue Fajar, Fajar Nugraha lengkapnya. ktp gue retak, nik {NIK} kk {KK}", "nama",
         "FAJAR NUGRAHA"),
        (f"Sy Rina, lengkapnya Rina Marlina. ktp hilang, nik {NIK} kk {KK}", "nama",
         "RINA MARLINA"),
        (f"ktp Hendra Gunawan, nik {NIK} kk {KK}, desa Sukaasih", "nama", "HENDRA GUNAWAN"),
        (f"KIA Nayla Putri nik {NIK} kk {KK} desa Kutajaya", "nama", "NAYLA PUTRI"),
        (f"cucu perempuan sy Salsabila Zahra udh 17, mau rekam ktp, nik {NIK} kk {KK}", "nama",
         "SALSABILA ZAHRA"),
        (f"bikin KIA buat anak sy yg paling kecil, Raka Aditya. nik {NIK}, kk {KK}", "nama",
         "RAKA ADITYA"),
        (f"kk rusak. istri saya Ibu Neneng Hasanah kepala keluarganya. no kk {KK}",
         "nama_kepala_keluarga", "NENENG HASANAH"),
        (f"Dengan Ibu Yayah Rokayah di sini, kk saya hilang. Nomor KK {KK}",
         "nama_kepala_keluarga", "YAYAH ROKAYAH"),
        (f"Aye Babeh Sanusi, ktp aye patah. nik {NIK} kk {KK}", "nama", "SANUSI"),
        (f"perkenankan saya Dimas Aryo Pambudi, hendak merekam KTP-el. NIK: {NIK}", "nama",
         "DIMAS ARYO PAMBUDI"),
        (f"Selamat pagi, ini saya Euis Komalasari, mau cetak ulang kk. KK {KK} a.n. saya sendiri "
         "(sy janda)", "nama_kepala_keluarga", "EUIS KOMALASARI"),
        (f"{NIK} {KK} Rudi Hartono mau pindah ke Depok", "nama", "RUDI HARTONO"),
    ],
)  # fmt: skip
def test_names_told_in_everyday_ways_are_read(text: str, slot: str, name: str) -> None:
    assert extract(text).values.get(slot) == name


def test_a_letter_signed_on_its_last_line_gives_the_name() -> None:
    text = (
        f"Mohon dibuatkan surat pindah. NIK {NIK}, KK {KK}, alamat tujuan Jl. Melati No. 3 "
        "RT 01 RW 02, Kel. Sukamaju, Kec. Cibinong, Kab. Bogor.\nHormat saya,\nWartini"
    )
    assert extract(text).values.get("nama") == "WARTINI"


def test_a_marital_status_is_no_name() -> None:
    text = f"kk {KK} atas nama saya sendiri (sy duda), desa Sukamantri"
    assert extract(text).values.get("nama_kepala_keluarga") is None


def test_an_arrivals_purpose_told_with_its_verb_is_read() -> None:
    text = f"skpwni nomor {SKPWNI}, mau lapor datang ke kab tangerang ikut suami"
    ex = extract(text)
    assert (ex.layanan, ex.values.get("keperluan")) == ("SKDWN", "IKUT SUAMI")


def test_a_purpose_label_keeps_the_move_word_that_is_the_value() -> None:
    ex = extract(f"pindah datang, skpwni {SKPWNI}, keperluan: pindah tugas")
    assert ex.values.get("keperluan") == "PINDAH TUGAS"
    assert extract("alasan pindah ikut orang tua", layanan="SKDWN").values["keperluan"] == (
        "IKUT ORANG TUA"
    )


def test_documents_named_in_an_arrivals_purpose_are_not_asked_for() -> None:
    ex = extract(f"No. SKPWNI {SKPWNI}. Keperluan: ganti KTP dan KK alamat baru.")
    assert ex.layanan == "SKDWN"
    assert ex.values["keperluan"] == "GANTI KTP DAN KK ALAMAT BARU"


def test_an_arrivals_only_number_is_its_letters() -> None:
    grouped = " ".join(SKPWNI[i : i + 4] for i in range(0, 16, 4))
    ex = extract(f"ini nomornya {grouped}", layanan="SKDWN")
    assert ex.values == {"no_skpwni": SKPWNI}


def test_a_bracketed_label_that_keeps_a_value_belongs_to_the_next_number() -> None:
    values = extract(f"{KK} (nik nya tetep yg tadi {NIK})", layanan="KTP").values
    assert (values["nik"], values["no_kk"]) == (NIK, KK)


def test_a_destination_labelled_for_later_is_read() -> None:
    text = (
        f"tolong buatkan skpwni. nik {NIK} kk {KK}. alamat nanti: Jl. Kapuk No. 9 RT 02 RW 05 "
        "Kel. Kapuk Kec. Cengkareng Kota Jakarta Barat"
    )
    assert extract(text).values["alamat_pindah"].startswith("JL. KAPUK NO. 9")


def test_an_office_named_in_a_complaint_is_no_place() -> None:
    ex = extract("dimintain duit sama oknum di kantor kecamatan katanya biar cepet")
    assert "kecamatan" not in ex.unresolved and "kecamatan" not in ex.values


def test_an_old_spelling_picks_the_desa_among_equally_close_ones() -> None:
    result = resolve_place("Salembaran Jaty", "Kosambi")
    assert result.status == "suggest"
    assert result.suggestion == ("SALEMBARAN JATI", "KOSAMBI")


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("Dewi Lestari, pake w ya bukan v", "Dewi Lestari"),
        ("Raka Pratama, umurnya 9 tahun", "Raka Pratama"),
        ("Siti, Aminah", "Siti, Aminah"),  # two plain parts: nothing to choose
    ],
)
def test_talk_beside_a_plain_name_in_an_answer_is_dropped(answer: str, name: str) -> None:
    from bot.intake.extractor import name_in_answer

    assert name_in_answer(answer) == name


def test_a_name_after_nama_saya_tuh_is_read() -> None:
    text = f"nama saya tuh Galih Permana, mau rekam ktp. nik {NIK} kk {KK}"
    assert extract(text).values["nama"] == "GALIH PERMANA"


def test_writing_that_is_gone_from_a_card_is_damage_not_loss() -> None:
    assert extract("ktp ibu saya tulisannya ilang semua").alasan == "RUSAK"


def test_how_the_name_is_to_be_written_wins_when_told_after_it() -> None:
    text = f"ktp rusak. Nama Hj Salamah binti Arsad, tulis Salamah aja. NIK {NIK}, KK {KK}"
    assert extract(text).values["nama"] == "SALAMAH"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("istri sy Bu Nining Kurniasih ktp nya patah", "NINING KURNIASIH"),
        ("kakak perempuan sy Neng Siti Rohmah mau ganti ktp yang rusak", "SITI ROHMAH"),
        (f"Rudi Hermawan, ktp hilang, nik {NIK} kk {KK}", "RUDI HERMAWAN"),
        (f"Euis Komalasari. KTP saya hilang. NIK {NIK}", "EUIS KOMALASARI"),
    ],
)
def test_a_name_before_the_card_or_the_request_is_read(text: str, name: str) -> None:
    assert extract(text).values.get("nama") == name


def test_a_place_before_the_request_is_no_name() -> None:
    assert "nama" not in extract("Bitung Jaya, ktp hilang").values


@pytest.mark.parametrize(
    "text",
    [
        f"nomor skpwninya {SKPWNI[:4]} {SKPWNI[4:8]} {SKPWNI[8:12]} {SKPWNI[12:]}",
        f"no skpwni: {SKPWNI[:4]}-{SKPWNI[4:8]}-{SKPWNI[8:12]}-{SKPWNI[12:]}",
    ],
)
def test_a_labelled_letter_number_typed_in_groups_is_read_whole(text: str) -> None:
    assert extract(text, layanan="SKDWN").values["no_skpwni"] == SKPWNI


@pytest.mark.parametrize(
    ("text", "slot", "name"),
    [
        (f"Sore, dengan Yusuf Maulana di sini. kk hilang no {KK}", "nama_kepala_keluarga",
         "YUSUF MAULANA"),
        (f"Halo kak, aku Sinta Dewi 👋 KTP aku luntur, nik {NIK} kk {KK}", "nama", "SINTA DEWI"),
        (f"Mohon cetak ulang KK. Nomor {KK}.\n\n- Karsa (kepala keluarga)", "nama_kepala_keluarga",
         "KARSA"),
        (f"#SKPWNI saya Wulan Sari NIK {NIK} no KK {KK}", "nama", "WULAN SARI"),
        (f"mau ganti kk, kepala keluarga di KK diganti istri saya, Bu Rukmini. no KK {KK}",
         "nama_kepala_keluarga",
         "RUKMINI"),
        (f"kia cucu, nama cucunya Bima Ananda. NIK {NIK}", "nama", "BIMA ANANDA"),
    ],
)  # fmt: skip
def test_more_names_told_in_everyday_ways_are_read(text: str, slot: str, name: str) -> None:
    assert extract(text).values.get(slot) == name


def test_a_purpose_ends_with_its_line() -> None:
    text = f"Nomor SKPWNI : {SKPWNI}\nKeperluan : Ikut istri\nMohon bantuannya."
    assert extract(text).values["keperluan"] == "IKUT ISTRI"


def test_kk_nya_before_a_number_is_its_label_in_another_request() -> None:
    ex = extract(f"kk nya {KK} ya td, namanya Bima Ananda", layanan="KIA")
    assert ex.layanan == "KIA" and ex.values["no_kk"] == KK


def test_a_hometown_is_no_street_detail() -> None:
    from bot.intake.fields import address_parts

    assert address_parts("KAMPUNG HALAMANNYA DI KLATEN") == (False, True)


@pytest.mark.parametrize(
    ("text", "slot", "name"),
    [
        (f"Mohon diproses KTP Sdri. Nurul Aini, NIK {NIK}, KK {KK}.\nSalam, Operator (Pak Jaja)",
         "nama", "NURUL AINI"),
        (f"dgn sy sendiri Ahmad Dahlan sbg kepala keluarga, mau cetak kk, no {KK}",
         "nama_kepala_keluarga", "AHMAD DAHLAN"),
        (f"sy Karta kepala keluarganya, kk sy lecek, no kk {KK}", "nama_kepala_keluarga", "KARTA"),
        (f"cetak ulang kk no {KK} kpl keluarga Dadang Hermawan desa Karet", "nama_kepala_keluarga",
         "DADANG HERMAWAN"),
        ("Nomor KK : " + KK + "\nKepala Keluarga : Sdr. Ujang Suryana\n\nBerkas akta sudah siap",
         "nama_kepala_keluarga", "UJANG SURYANA"),
        (f"Dengan hormat\nSaya Fadil Ramadhan umur 17 thn, mau bikin KTP. NIK saya {NIK}", "nama",
         "FADIL RAMADHAN"),
    ],
)  # fmt: skip
def test_names_in_letters_and_with_roles_are_read(text: str, slot: str, name: str) -> None:
    assert extract(text).values.get(slot) == name


def test_numbers_split_over_lines_are_joined_and_keep_their_labels() -> None:
    text = f"nik:\n{NIK[:8]}\n{NIK[8:]}\nkk:\n{KK[:8]}\n{KK[8:]}\nmau bikin ktp"
    values = extract(text).values
    assert (values["nik"], values["no_kk"]) == (NIK, KK)


def test_a_label_before_a_number_beats_the_next_numbers_label() -> None:
    text = f"NIK. {NIK[:4]}.{NIK[4:6]}.{NIK[6:10]}.{NIK[10:12]}.{NIK[12:]} / No.KK. {KK}"
    values = extract(text).values
    assert (values["nik"], values["no_kk"]) == (NIK, KK)


def test_a_kia_letter_listing_the_parents_ktp_is_a_kia() -> None:
    text = f"mau mengajukan Kartu Identitas Anak. NIK anak {NIK}. Akta dan KTP kami sudah lengkap."
    assert extract(text).layanan == "KIA"
    assert extract("mau bikin kia dan ktp").ambiguous["layanan"] == ("KIA", "KTP")


@pytest.mark.parametrize(
    "text",
    [
        "ada warga baru bawa skpwni nomor 1871052026110399263, keperluan kerja",
        "sy dapat surat pindah, nomornya 357818102026929. mau daftar disini",
    ],
)
def test_a_letter_number_that_is_no_nik_is_read_after_its_name(text: str) -> None:
    ex = extract(text)
    assert ex.layanan == "SKDWN"
    assert ex.values["no_skpwni"].isdigit() and len(ex.values["no_skpwni"]) != 16


def test_mau_pindah_datang_is_an_arrival() -> None:
    assert extract("mau pindah datang, no skpwni 3302171120269901").layanan == "SKDWN"
    assert extract("mau pindah ke bogor").layanan == "SKPWNI"


def test_a_destination_after_a_move_and_ke_is_read() -> None:
    text = f"adik sy mau pindah ikut istrinya ke Jl Veteran No 2 RT 02 Kel Kauman Kota Malang. nik {NIK} kk {KK}"
    assert extract(text).values["alamat_pindah"].startswith("JL VETERAN")


def test_a_city_kecamatan_holding_a_kelurahan_named_beside_it_is_referred() -> None:
    ex = extract("rumah sy di pondok pucung karang tengah, bikin ktp bisa ga")
    assert ex.referral and "Kota Tangerang" in ex.referral


def test_a_desa_written_as_it_sounds_is_suggested() -> None:
    assert resolve_place("kohot", "pakuhaji").suggestion == ("KOHOD", "PAKUHAJI")


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("kalo udah pindah ke bekasi ktp yg lama diapain", "ktp_saat_pindah"),
        ("ktp lamanya ditarik di sini ga kalau pindah keluar kabupaten", "ktp_saat_pindah"),
        ("berapa lama kk jadi", "lama_proses"),
    ],
)
def test_an_old_card_is_not_how_long_it_takes(question: str, topic: str) -> None:
    from bot.dialogue.answers import best_topic

    assert best_topic(question)[0].id == topic
