"""What the dev5 corpus showed the extractor missing: surat pindah numbers, purposes and
addresses written at length, and titles before names."""

from __future__ import annotations

import pytest

from bot.dialogue.request import free_text
from bot.intake.extractor import extract


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "melaporkan kedatangan dengan SKPWNI nomor 470/1123/DUKCAPIL/X/2026",
            "470/1123/DUKCAPIL/X/2026",
        ),
        ("sy baru pindah ke cikupa, skpwni sdh ada no 3275/PD/2026/00123", "3275/PD/2026/00123"),
        ("pindah datang, ini suratnya 3201/PWN/2026/0456 ya", "3201/PWN/2026/0456"),
    ],
)
def test_a_letter_number_is_the_skpwni_number(text: str, number: str) -> None:
    assert extract(text).values.get("no_skpwni") == number


@pytest.mark.parametrize(
    "text", ["lahir 12/05/2026", "No KK: 3603/2209/0316/9138", "rt 02/03 no 12/4/5"]
)
def test_dates_grouped_numbers_and_rt_rw_are_no_skpwni_number(text: str) -> None:
    assert "no_skpwni" not in extract(text).values


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("keperluannya pindah domisili kerja, ngontrak di Legok", "PINDAH DOMISILI KERJA, NGONTRAK DI LEGOK"),
        ("keperluan: balik ke kampung halaman, numpang KK orang tua. nomor SKPWNI 3578/PWN/2026/002301",
         "BALIK KE KAMPUNG HALAMAN, NUMPANG KK ORANG TUA"),
        ("no skpwni 3275/PWN/2026/000418, keperluan buat KK baru di sini", "BUAT KK BARU DI SINI"),
        ("keperluan ikut suami, terima kasih", "IKUT SUAMI"),
        ("keperluan untuk sekolah anak, nik 3603180503909701", "SEKOLAH ANAK"),
    ],
)  # fmt: skip
def test_a_purpose_runs_on_over_commas_until_a_label_or_thanks(text: str, purpose: str) -> None:
    assert extract(text, layanan="SKDWN").values["keperluan"] == purpose


def test_a_partial_destination_gives_way_to_the_full_address_labelled_later() -> None:
    text = (
        "surat pindah. NIK 3603.0302.0280.9822, KK 3603.0303.0306.9826, nama Joko Susilo. "
        "Pindah ke Lampung ikut orang tua, alamat: Jl. Raden Intan No. 9 RT 002 RW 001 "
        "Kel. Enggal Kec. Enggal Kota Bandar Lampung"
    )
    values = extract(text).values
    assert values["alamat_pindah"].startswith("JL. RADEN INTAN NO. 9")
    assert values["alamat_pindah"].endswith("KOTA BANDAR LAMPUNG")


def test_the_reason_told_after_an_address_is_not_part_of_it() -> None:
    answer = (
        "ke Dusun Krajan RT 01 RW 03 Desa Sukorejo Kec. Gondangwetan Kab. Pasuruan, pulang kampung"
    )
    assert (
        free_text(answer)
        == "DUSUN KRAJAN RT 01 RW 03 DESA SUKOREJO KEC. GONDANGWETAN KAB. PASURUAN"
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Nama: Ir. Haryanto Wibisono", "HARYANTO WIBISONO"),
        ("atas nama Drs. Bambang", "BAMBANG"),
        ("nama saya dr. Siti Rahma", "SITI RAHMA"),
    ],
)
def test_a_title_before_a_name_is_not_the_name(text: str, name: str) -> None:
    assert extract(text, layanan="KTP").values["nama"] == name


@pytest.mark.parametrize(
    ("text", "slot", "name"),
    [
        ("pak RT bilang saya (Asep Saepudin) harus urus ktp hilang lewat sini. nik 3603160303909832", "nama", "ASEP SAEPUDIN"),
        ("ini kk lama 3603131606169838. saya Taufik Hidayat yang jadi kepala keluarga, di Tegal Angus Teluknaga",
         "nama_kepala_keluarga", "TAUFIK HIDAYAT"),
        ("Wa'alaikumsalam, iya pak ini Ujang Sopandi yang tadi nelpon. ktp saya hilang, nik 3603072802989836",
         "nama", "UJANG SOPANDI"),
        ("punten, abdi Dadang Suherman ti desa Pekayon Sukadiri, ktp abdi leungit. nik 3603100606829839",
         "nama", "DADANG SUHERMAN"),
        ("ganti kk, no 3603180503249846, kepala keluarganya almarhum bapak saya Suhendi eh sekarang "
         "ibu saya Rohayati. desa Bunder kec Cikupa", "nama_kepala_keluarga", "ROHAYATI"),
    ],
)  # fmt: skip
def test_a_name_introduced_in_passing_is_read(text: str, slot: str, name: str) -> None:
    assert extract(text).values.get(slot) == name


def test_a_place_after_the_head_of_family_phrase_is_not_the_name() -> None:
    values = extract(
        "saya yang jadi kepala keluarga, di Tegal Angus Teluknaga", layanan="KK"
    ).values
    assert "nama_kepala_keluarga" not in values and values["desa"] == "TEGAL ANGUS"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Kartu Identitas Anak untuk putri saya, Naura Salsabila, NIK 3603164808149873, "
         "No. KK 3603160505139880, domisili Desa Pondok Jaya Kec. Sepatan", "nama", "NAURA SALSABILA"),
        ("KIA anak saya, nik 3603292909209880, kk 3603290909199890, Sindangsono", "desa", "SINDANGSONO"),
        ("saya Pak Ruslan dari kantor desa Pabuaran, ajukan KTP pemula warga: 3603024803089870 "
         "3603020308109875 Citra Lestari, Pabuaran Jayanti", "nama", "CITRA LESTARI"),
        ("kk 3603100502159889, kepala keluarganya tetap Suparno", "nama_kepala_keluarga", "SUPARNO"),
    ],
)  # fmt: skip
def test_the_value_is_read_where_a_place_or_a_helper_stood_beside_it(
    text: str, field: str, value: str
) -> None:
    values = extract(text).values
    assert values.get(field) == value
    assert "nama" not in values or values["nama"] not in {"DOMISILI", "SINDANGSONO", "RUSLAN"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("kia buat si kecil, Anindya Zahra namanya. nik 3603134106189715 kk 3603130802169716", "ANINDYA ZAHRA"),
        ("saya ibunya Anindya Zahra mau bikin kia, nik anak 3603134106189715", "ANINDYA ZAHRA"),
        ("ktp saya hilang, Budi namanya", "BUDI"),
    ],
)  # fmt: skip
def test_a_name_before_namanya_or_after_ibunya_is_read(text: str, name: str) -> None:
    assert extract(text).values.get("nama") == name


def test_a_letter_number_with_skpwni_inside_is_read_whole() -> None:
    values = extract(
        "pindah datang, no suratnya 3201/SKPWNI/2026/1188, keperluannya ikut istri"
    ).values
    assert values["no_skpwni"] == "3201/SKPWNI/2026/1188"
