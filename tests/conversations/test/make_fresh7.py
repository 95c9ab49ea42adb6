"""Builder of the `fresh7_*.yml` part of the test split (issue 8 conversation corpus).

Written by an independent author who read only /work/shared/design.md, /work/shared/data/*,
tests/conversations/README.md, tests/conversations/corpus.py and devtools/synthetic.py (and
called `bot.intake.parser.parse` to check the expected lines); no code of the assistant and no
other corpus file or builder was read. Every message below is written by hand, one by one.

Run from the project root:

    .venv/bin/python -m tests.conversations.test.make_fresh7

It deletes its own old `fresh7_*.yml` beside this file and writes one `fresh7_<category>.yml`
per category, ids `fresh7-<category-with-dashes>-NN`. Numbers come only from
`devtools.synthetic` (region = the kecamatan's 6-digit Kemendagri code; SKPWNI numbers =
origin kecamatan code + issue date + serial), serials cycling through 9400-9499; a mistyped
number that is then corrected is one digit off a synthetic one. The builder fails loudly when
an expected line is not the parser's canonical form, a number is not synthetic, a field left
out has no answer, or a message is written twice.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
PREFIX = "fresh7"

# Kemendagri kecamatan codes of Kabupaten Tangerang (36.03), without dots.
KEC = {
    "Balaraja": "360301",
    "Jayanti": "360302",
    "Tigaraksa": "360303",
    "Jambe": "360304",
    "Cisoka": "360305",
    "Kresek": "360306",
    "Kronjo": "360307",
    "Mauk": "360308",
    "Kemiri": "360309",
    "Sukadiri": "360310",
    "Rajeg": "360311",
    "Pasar Kemis": "360312",
    "Teluknaga": "360313",
    "Kosambi": "360314",
    "Pakuhaji": "360315",
    "Sepatan": "360316",
    "Curug": "360317",
    "Cikupa": "360318",
    "Panongan": "360319",
    "Legok": "360320",
    "Pagedangan": "360322",
    "Cisauk": "360323",
    "Sukamulya": "360327",
    "Kelapa Dua": "360328",
    "Sindang Jaya": "360329",
    "Sepatan Timur": "360330",
    "Solear": "360331",
    "Gunung Kaler": "360332",
    "Mekar Baru": "360333",
}
# Kecamatan codes outside 36.03 used here (origins of SKPWNI, referrals), from the tables.
OTHER = {
    "367105": "Cipondoh, Kota Tangerang",
    "367106": "Ciledug, Kota Tangerang",
    "367107": "Karawaci, Kota Tangerang",
    "367108": "Periuk, Kota Tangerang",
    "367401": "Serpong, Kota Tangerang Selatan",
    "367403": "Pondok Aren, Kota Tangerang Selatan",
    "367404": "Ciputat, Kota Tangerang Selatan",
    "367406": "Pamulang, Kota Tangerang Selatan",
    "360405": "Kramatwatu, Kabupaten Serang",
    "317301": "Cengkareng, Jakarta Barat",
    "327302": "Coblong, Kota Bandung",
    "360201": "Malingping, Kabupaten Lebak",
    "320501": "Garut Kota, Kabupaten Garut",
    "180104": "Natar, Kabupaten Lampung Selatan",
    "332901": "Salem, Kabupaten Brebes",
    "337401": "Semarang Tengah, Kota Semarang",
    "367201": "Cibeber, Kota Cilegon",
    "320101": "Cibinong, Kabupaten Bogor",
    "321602": "Babelan, Kabupaten Bekasi",
}
FORMAT = {
    "KTP": ("nik", "no_kk", "nama", "desa", "kecamatan", "alasan"),
    "KK": ("no_kk", "nama_kepala_keluarga", "desa", "kecamatan"),
    "KIA": ("nik", "no_kk", "nama", "desa", "kecamatan"),
    "SKPWNI": ("nik", "no_kk", "nama", "alamat_pindah"),
    "SKDWN": ("no_skpwni", "keperluan"),
}

_SERIALS = itertools.cycle(range(9400, 9500))
MADE: set[str] = set()
TYPOS: set[str] = set()
CONVS: list[dict] = []


# --- numbers -------------------------------------------------------------------------------
def _day(text: str) -> date:
    year, month, day = (int(part) for part in text.split("-"))
    return date(year, month, day)


def _region(place: str) -> str:
    region = KEC.get(place, place)
    assert region in KEC.values() or region in OTHER, place
    return region


def nik(place: str, born: str, female: bool = False) -> str:
    number = make_nik(_region(place), _day(born), female, next(_SERIALS))
    assert number not in MADE, number
    MADE.add(number)
    return number


def kk(place: str, recorded: str) -> str:
    number = make_kk(_region(place), _day(recorded), next(_SERIALS))
    assert number not in MADE, number
    MADE.add(number)
    return number


def skpwni(origin: str, issued: str) -> str:
    """An SKPWNI number: origin region code + issue date DDMMYY + serial (same layout as KK)."""
    return kk(origin, issued)


def typo(number: str, position: int, digit: str) -> str:
    """The number as someone mistyped it: one digit (0-based position) changed."""
    assert number in MADE and number[position] != digit
    wrong = number[:position] + digit + number[position + 1 :]
    TYPOS.add(wrong)
    return wrong


def fmt(number: str, pattern: str) -> str:
    """The number written the way a person groups it: each '#' takes the next digit."""
    assert pattern.count("#") == len(number), pattern
    digits = iter(number)
    return "".join(next(digits) if ch == "#" else ch for ch in pattern)


# --- expected lines ------------------------------------------------------------------------
def ktp(n: str, k: str, nama: str, desa: str, kec: str, alasan: str) -> str:
    return f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#"


def kartu(k: str, kepala: str, desa: str, kec: str) -> str:
    return f"#KK#{k}#{kepala}#{desa}#{kec}"


def kia(n: str, k: str, nama: str, desa: str, kec: str) -> str:
    return f"#KIA#{n}#{k}#{nama}#{desa}#{kec}"


def keluar(n: str, k: str, nama: str, alamat: str) -> str:
    return f"#SKPWNI#{n}#{k}#{nama}#{alamat}"


def datang(no: str, keperluan: str) -> str:
    return f"#SKDWN#{no}#{keperluan}"


# --- one conversation ----------------------------------------------------------------------
def add(
    category: str,
    persona: str,
    turns: list[str],
    *,
    answers: dict[str, str] | None = None,
    left: str = "",
    confirm: str | None = None,
    line: str | None = None,
    facts: list[list[str]] | None = None,
    control: str | None = None,
    referral_to: str | None = None,
) -> None:
    """`left`: the `#` fields the scripted turns leave out (their count is `missing`)."""
    fields = left.split()
    conv: dict = {"id": "", "category": category, "persona": persona, "turns": list(turns)}
    if answers:
        conv["answers"] = dict(answers)
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = len(fields)
    expect: dict = {}
    if control:
        expect["control"] = control
    if referral_to:
        expect["referral_to"] = referral_to
    if line:
        expect["line"] = line
        service = line.split("#")[1]
        for name in fields:
            assert name in FORMAT[service], (line, name)
            assert name in (answers or {}), (line, name)
    if facts:
        expect["facts"] = facts
    conv["expect"] = expect
    CONVS.append(conv)


def helper_contact(nama: str, telepon: str) -> dict[str, str]:
    return {"nama_warga": nama, "telepon_warga": telepon}


# === formal_one_message =====================================================================
def formal_one_message() -> None:
    c = "formal_one_message"

    n, k = nik("Cikupa", "1986-11-23", True), kk("Cikupa", "2011-02-14")
    add(
        c,
        "resident",
        [
            "Dengan hormat,\n\nYang bertanda tangan di bawah ini:\nNama : Siti Rohmah\n"
            f"NIK : {n}\nNo. KK : {k}\n"
            "Alamat : Kp. Bitung RT 003/RW 002, Desa Bitung Jaya, Kecamatan Cikupa\n\n"
            "bermaksud mengajukan permohonan pencetakan ulang KTP elektronik saya yang hilang "
            "pada hari Senin lalu sewaktu pulang kerja naik angkot. Surat keterangan kehilangan "
            "dari Polsek Cikupa sudah saya buat.\n\nDemikian permohonan ini saya sampaikan. Atas "
            "perhatian Bapak/Ibu saya ucapkan terima kasih.\n\nHormat saya,\nSiti Rohmah"
        ],
        line=ktp(n, k, "SITI ROHMAH", "BITUNG JAYA", "CIKUPA", "HILANG"),
    )

    k = kk("Tigaraksa", "2009-07-20")
    add(
        c,
        "helper",
        [
            "Kepada Yth.\nPetugas Layanan Disdukcapil Kabupaten Tangerang\ndi Tempat\n\n"
            "Dengan hormat,\nBersama ini kami Pemerintah Desa Pasir Nangka Kecamatan Tigaraksa "
            "mengajukan permohonan pembaruan Kartu Keluarga warga kami, dengan data sebagai "
            f"berikut:\n1. Nomor KK : {k}\n2. Nama Kepala Keluarga : JUHRI\n"
            "3. Keterangan : penambahan anggota keluarga (kelahiran anak ke-3)\n\n"
            "Demikian kami sampaikan, atas kerja samanya diucapkan terima kasih.\n\n"
            "Kaur Pemerintahan Desa Pasir Nangka"
        ],
        answers=helper_contact("Bapak Juhri", "0812-0000-9417"),
        line=kartu(k, "JUHRI", "PASIR NANGKA", "TIGARAKSA"),
    )

    n, k = nik("Panongan", "2019-04-09", True), kk("Panongan", "2016-05-30")
    add(
        c,
        "resident",
        [
            "Selamat pagi Bapak/Ibu petugas.\nPerkenankan saya Dewi Anggraeni mengajukan "
            "permohonan pembuatan Kartu Identitas Anak (KIA) untuk putri saya dengan data "
            f"berikut.\nNama anak: Nayla Putri Ramadhani\nNIK anak: {n}\nNomor KK: {k}\n"
            "Alamat: Perumahan Villa Mutiara, Kelurahan Mekar Bakti, Kecamatan Panongan\n"
            "Akta kelahiran anak sudah ada. Terima kasih atas bantuannya 🙏"
        ],
        line=kia(n, k, "NAYLA PUTRI RAMADHANI", "MEKAR BAKTI", "PANONGAN"),
    )

    n, k = nik("Curug", "1979-01-30"), kk("Curug", "2013-10-08")
    add(
        c,
        "resident",
        [
            "Perihal : Permohonan Penggantian KTP-el Rusak\n\nAssalamu'alaikum Wr. Wb.\n"
            "Saya yang bertanda tangan di bawah ini,\n- Nama lengkap : Bambang Sutrisno\n"
            f"- NIK : {n}\n- Nomor Kartu Keluarga : {k}\n- Kelurahan : Sukabakti\n"
            "- Kecamatan : Curug\nmemohon penggantian KTP elektronik karena fisik kartu sudah "
            "rusak (retak di bagian chip dan tulisannya pudar). KTP yang rusak akan saya bawa "
            "saat pengambilan.\nWassalamu'alaikum Wr. Wb."
        ],
        line=ktp(n, k, "BAMBANG SUTRISNO", "SUKABAKTI", "CURUG", "RUSAK"),
    )

    n, k = nik("Kronjo", "2009-02-11", True), kk("Kronjo", "2010-06-21")
    add(
        c,
        "first_timer",
        [
            "Kepada Yth. Admin Dukcapil Kab Tangerang\n\nsaya yang bertanda tangan dibawah ini, "
            "nama Aulia Rahmawati, pelajar SMA kelas 12, bermaksud untuk membuat KTP elektronik "
            "untuk pertama kalinya dikarenakan saya telah berusia 17 tahun pada bulan Februari "
            f"kemarin. Adapun data saya yaitu NIK {n} dan nomor KK {k}, beralamat di Desa Kronjo "
            "Kecamatan Kronjo.\nMohon maaf apabila ada penulisan yang kurang tepat, karena saya "
            "baru pertama kali mengurus. Terima kasih."
        ],
        line=ktp(n, k, "AULIA RAHMAWATI", "KRONJO", "KRONJO", "PEMULA"),
    )

    n, k = nik("Sepatan", "1983-08-02"), kk("Sepatan", "2014-03-17")
    add(
        c,
        "resident",
        [
            f"Dengan hormat,\nSaya, Hendra Gunawan, NIK {n}, Nomor KK {k}, penduduk Kelurahan "
            "Sepatan, Kecamatan Sepatan, dengan ini mengajukan permohonan Surat Keterangan "
            "Pindah Warga Negara Indonesia (SKPWNI) karena mutasi pekerjaan.\n"
            "Alamat tujuan pindah: Perum Kragilan Permai Blok C2 No. 7, Kec. Kragilan, "
            "Kab. Serang\nBesar harapan saya permohonan ini dapat diproses. Terima kasih."
        ],
        line=keluar(
            n,
            k,
            "HENDRA GUNAWAN",
            "PERUM KRAGILAN PERMAI BLOK C2 NO. 7, KEC. KRAGILAN, KAB. SERANG",
        ),
    )

    n, k = nik("Pakuhaji", "2021-12-05"), kk("Pakuhaji", "2018-01-25")
    add(
        c,
        "helper",
        [
            "Yth. Bapak/Ibu Petugas Disdukcapil,\nKami kader Posyandu Melati Desa Kohod, "
            "Kecamatan Pakuhaji, mohon bantuan penerbitan KIA untuk balita binaan kami:\n"
            f"Nama: Muhammad Rizki Alfarizi\nNIK: {n}\nNo. KK: {k}\nOrang tua (ibu) balita "
            "tidak memiliki HP, sehingga kami yang mengirimkan. Terima kasih atas perhatiannya."
        ],
        answers=helper_contact(
            "Ibu Sumiati, ibunya Rizki", "pakai nomor saya saja ya: 0857 0000 9423"
        ),
        line=kia(n, k, "MUHAMMAD RIZKI ALFARIZI", "KOHOD", "PAKUHAJI"),
    )

    no = skpwni("360405", "2026-10-19")
    add(
        c,
        "resident",
        [
            "Assalamualaikum Wr. Wb.\nDengan hormat, saya Ratna Sari bermaksud melaporkan "
            "kedatangan saya sebagai penduduk baru di Desa Ranca Kalapa, Kecamatan Panongan. "
            "Surat pindah (SKPWNI) dari Disdukcapil Kabupaten Serang sudah saya terima dengan "
            f"nomor {no}.\nKeperluan: ikut suami\nMohon petunjuk dan bantuannya. Terima kasih.\n"
            "Wassalamualaikum Wr. Wb."
        ],
        line=datang(no, "IKUT SUAMI"),
    )

    k = kk("Teluknaga", "2026-09-14")
    add(
        c,
        "resident",
        [
            "Kepada Yth. Disdukcapil Kabupaten Tangerang.\nDengan hormat, saya Muhammad Iqbal, "
            "kepala keluarga baru (menikah bulan Agustus 2026), warga Desa Lemo Kecamatan "
            f"Teluknaga, mengajukan permohonan pencetakan Kartu Keluarga dengan nomor KK {k}. "
            "Buku nikah dari KUA Teluknaga sudah ada. Sebelumnya saya masih satu KK dengan "
            "orang tua.\nAtas perhatiannya saya sampaikan terima kasih."
        ],
        line=kartu(k, "MUHAMMAD IQBAL", "LEMO", "TELUKNAGA"),
    )


# === dashed_numbers =========================================================================
def dashed_numbers() -> None:
    c = "dashed_numbers"

    n, k = nik("Pasar Kemis", "1988-05-07"), kk("Pasar Kemis", "2015-08-11")
    add(
        c,
        "resident",
        [
            "min ktp sy ilang pas di pasar, dompet sekalian 😭\n"
            f"nik {fmt(n, '####-####-####-####')}\nkk {fmt(k, '####-####-####-####')}\n"
            "nama Agus Salim\nkel kutabumi kec pasar kemis"
        ],
        line=ktp(n, k, "AGUS SALIM", "KUTABUMI", "PASAR KEMIS", "HILANG"),
    )

    k = kk("Sepatan Timur", "2017-02-06")
    add(
        c,
        "resident",
        [
            f"Mau cetak ulang KK. No KK {fmt(k, '####.####.####.####')} a.n. kepala keluarga "
            "Sarmili, ds Kedaung Barat kec Sepatan Timur. Makasih bu"
        ],
        line=kartu(k, "SARMILI", "KEDAUNG BARAT", "SEPATAN TIMUR"),
    )

    n, k = nik("Sukamulya", "2017-06-14", True), kk("Sukamulya", "2012-11-02")
    add(
        c,
        "first_timer",
        [
            f"permisi, saya mau buat kia anak. ini nik anak saya {fmt(n, '#### ## #### ## ## ##')}"
            f", kk {fmt(k, '###### ###### ####')}. desa Benda kecamatan Sukamulya"
        ],
        answers={"nama": "Namanya Alya Zahira"},
        left="nama",
        line=kia(n, k, "ALYA ZAHIRA", "BENDA", "SUKAMULYA"),
    )

    n, k = nik("Pagedangan", "1975-12-15"), kk("Pagedangan", "2010-04-27")
    add(
        c,
        "helper",
        [
            "Selamat siang, saya staf desa Cijantra mau ajukan KTP rusak utk warga:\n"
            f"Nama: Wahyudin\nNIK: {fmt(n, '###### ###### ####')}\n"
            f"KK: {fmt(k, '###### ###### ####')}\nDesa Cijantra, Kec. Pagedangan\n"
            "Ktp nya kelipat di dompet jadi patah dua."
        ],
        answers=helper_contact("Pak Wahyudin", "0813-0000-9436"),
        line=ktp(n, k, "WAHYUDIN", "CIJANTRA", "PAGEDANGAN", "RUSAK"),
    )

    n, k = nik("Panongan", "1990-10-03", True), kk("Panongan", "2019-12-09")
    add(
        c,
        "resident",
        [
            "Assalamualaikum. Saya mau urus surat pindah keluar ya pak.\n"
            f"NIK {fmt(n, '#### #### #### ## ##')}\nKK {fmt(k, '####-####-####-####')}\n"
            "Nama Lestari Handayani\nPindah ke: Komplek Bumi Cibeber Asri Blok D No. 3, "
            "Kec. Cibeber, Kota Cilegon"
        ],
        line=keluar(
            n,
            k,
            "LESTARI HANDAYANI",
            "KOMPLEK BUMI CIBEBER ASRI BLOK D NO. 3, KEC. CIBEBER, KOTA CILEGON",
        ),
    )

    no = skpwni("317301", "2026-11-02")
    add(
        c,
        "resident",
        [
            f"pak mau lapor datang, no skpwni {fmt(no, '######-######-####')} dr jakbar, "
            "keperluannya pindah kerja"
        ],
        line=datang(no, "PINDAH KERJA"),
    )

    n, k = nik("Panongan", "2008-07-09"), kk("Panongan", "2008-09-15")
    add(
        c,
        "resident",
        [
            "mau daftar ktp pemula buat saya sendiri\n"
            f"NIK: {fmt(n, '####.####.####.####')}\nNo.KK: {fmt(k, '####.####.####.####')}\n"
            "Nama: Rizal Fahlevi\nDesa Ranca Iyuh, Panongan"
        ],
        line=ktp(n, k, "RIZAL FAHLEVI", "RANCA IYUH", "PANONGAN", "PEMULA"),
    )

    k = kk("Tigaraksa", "2012-01-30")
    add(
        c,
        "first_timer",
        [
            "sy mau minta KK baru soalnya yg lama udah lecek bgt ga kebaca. nomornya "
            f"{fmt(k, '### ### ### ### ####')} Desa matagara tigaraksa"
        ],
        answers={"nama_kepala_keluarga": "kepala keluarganya saya sendiri, Ahmad Junaedi"},
        left="nama_kepala_keluarga",
        line=kartu(k, "AHMAD JUNAEDI", "MATAGARA", "TIGARAKSA"),
    )

    n, k = nik("Sukadiri", "2014-03-22"), kk("Sukadiri", "2013-05-19")
    add(
        c,
        "resident",
        [
            f"KIA buat anak sy\nNIK anak : {fmt(n, '#### - #### - #### - ####')}\n"
            f"No KK : {fmt(k, '#### - #### - #### - ####')}\nnama : Bagas Saputra\n"
            "ds karang serang kec sukadiri\nfotonya nanti nyusul ya"
        ],
        line=kia(n, k, "BAGAS SAPUTRA", "KARANG SERANG", "SUKADIRI"),
    )


# === name_introduced ========================================================================
def name_introduced() -> None:
    c = "name_introduced"

    n, k = nik("Legok", "2009-05-28", True), kk("Legok", "2011-08-03")
    add(
        c,
        "first_timer",
        [
            "Halo kak 👋 perkenalkan aku Salsabila Putri, umurku baru 17 bulan Mei kemarin dan "
            f"mau bikin KTP pertama. NIK aku {n}, KK {k}"
        ],
        answers={"desa": "aku tinggal di desa Babat", "kecamatan": "kecamatannya legok kak"},
        left="desa kecamatan",
        line=ktp(n, k, "SALSABILA PUTRI", "BABAT", "LEGOK", "PEMULA"),
    )

    k = kk("Kresek", "2007-03-12")
    add(
        c,
        "resident",
        [
            "Assalamualaikum, saya Pak Darmawan dari Desa Talok, Kresek. Mau cetak ulang KK, "
            "kemarin KK nya kena air pas hujan gede, tulisannya luntur. Nomor KK "
            f"{fmt(k, '#### #### #### ####')}, kepala keluarga saya sendiri."
        ],
        line=kartu(k, "DARMAWAN", "TALOK", "KRESEK"),
    )

    n, k = nik("Cisauk", "1992-09-17"), kk("Cisauk", "2020-02-03")
    add(
        c,
        "resident",
        [
            "Sore. Dengan Mulyadi di sini, dari Kelurahan Cisauk, Kecamatan Cisauk. Ktp saya "
            f"udah ga kebaca di mesin bank, katanya chipnya rusak. NIK {n} KK {k}. Mohon "
            "dibantu ya"
        ],
        line=ktp(n, k, "MULYADI", "CISAUK", "CISAUK", "RUSAK"),
    )

    n, k = nik("Cisoka", "2020-08-30"), kk("Cisoka", "2016-10-10")
    add(
        c,
        "first_timer",
        [
            "Assalamualaikum, saya ibu Nurlela dari desa Cibugel kec Cisoka. Maaf saya baru "
            "pertama kali pake beginian. Mau bikin KIA buat anak saya yang bungsu, NIK nya "
            f"{n} terus KK {k}"
        ],
        answers={"nama": "nama anak saya Fathan Al Ghifari"},
        left="nama",
        line=kia(n, k, "FATHAN AL GHIFARI", "CIBUGEL", "CISOKA"),
    )

    n, k = nik("Balaraja", "1994-02-19"), kk("Balaraja", "2021-06-08")
    add(
        c,
        "resident",
        [
            "nama sy Yusuf Maulana, skrg kerja di Bekasi jd mau pindah domisili sekalian. "
            f"nik {n}, kk {k}. alamat baru: Perum Babelan Indah Blok F7 No. 12, Kec. Babelan, "
            "Kab. Bekasi"
        ],
        line=keluar(
            n, k, "YUSUF MAULANA", "PERUM BABELAN INDAH BLOK F7 NO. 12, KEC. BABELAN, KAB. BEKASI"
        ),
    )

    n, k = nik("Pasar Kemis", "1969-04-01", True), kk("Pasar Kemis", "2008-12-22")
    add(
        c,
        "helper",
        [
            "Pagi pak/bu, saya Ade, operator Desa Sukamantri Kec. Pasar Kemis. Izin ajukan KTP "
            f"hilang untuk warga kami an. Ibu Rukiah, NIK {n}, KK {k}. Beliau sudah ada surat "
            "kehilangan dari polsek."
        ],
        answers=helper_contact("Rukiah", "0812 0000 9447 (nomor anaknya)"),
        line=ktp(n, k, "RUKIAH", "SUKAMANTRI", "PASAR KEMIS", "HILANG"),
    )

    n, k = nik("Sepatan Timur", "1982-12-09", True), kk("Sepatan Timur", "2009-05-14")
    add(
        c,
        "resident",
        [
            "Ini saya Tini Suhartini, yg kemarin nanya soal ktp ilang. Sekarang mau ngajuin "
            "beneran.",
            f"NIK {n} KK {k} desa gempol sari sepatan timur",
        ],
        line=ktp(n, k, "TINI SUHARTINI", "GEMPOL SARI", "SEPATAN TIMUR", "HILANG"),
    )

    no = skpwni("327302", "2026-10-05")
    add(
        c,
        "resident",
        [
            "Perkenalkan, saya Rudi Hartono, baru pindah dari Coblong, Kota Bandung ke Desa "
            "Situ Gadung, Pagedangan. Mau lapor kedatangan, nomor SKPWNI saya "
            f"{no}, keperluan pindah: tugas kantor."
        ],
        line=datang(no, "TUGAS KANTOR"),
    )

    k = kk("Cikupa", "2026-07-27")
    add(
        c,
        "first_timer",
        [
            "halo min saya Fajar, lengkapnya Fajar Ramadhan. baru nikah bulan juni, kemarin "
            "udah dibikinin KK baru sama desa tapi belum dicetak katanya suruh ajuin disini. "
            f"no KK nya {k}"
        ],
        answers={"desa": "desa bojong", "kecamatan": "cikupa min"},
        left="desa kecamatan",
        line=kartu(k, "FAJAR RAMADHAN", "BOJONG", "CIKUPA"),
    )


# === half_remembered_format =================================================================
def half_remembered_format() -> None:
    c = "half_remembered_format"

    n, k = nik("Curug", "1985-03-03"), kk("Curug", "2012-07-07")
    add(
        c,
        "resident",
        [f"ktp#{n}#{k}#ahmad fauzi#kadu jaya#curug#hilang"],
        line=ktp(n, k, "AHMAD FAUZI", "KADU JAYA", "CURUG", "HILANG"),
    )

    k = kk("Pakuhaji", "2016-09-01")
    add(
        c,
        "resident",
        [f"KK/{k}/Sanwani/Rawa Boni/Pakuhaji"],
        line=kartu(k, "SANWANI", "RAWA BONI", "PAKUHAJI"),
    )

    n, k = nik("Cisauk", "2016-01-18", True), kk("Cisauk", "2015-03-04")
    add(
        c,
        "first_timer",
        [
            f"#KIA#NIK anak {n}#KK {k}#nama Aqila Nur Fadilah#desa Cibogo#kec cisauk\n"
            "bener gak gini formatnya? 🙏"
        ],
        line=kia(n, k, "AQILA NUR FADILAH", "CIBOGO", "CISAUK"),
    )

    n, k = nik("Kosambi", "1977-10-10"), kk("Kosambi", "2009-11-19")
    add(
        c,
        "resident",
        [f"#KTP#RUSAK#Yayan Sopyan#{n}#{k}#Belimbing#Kosambi#"],
        line=ktp(n, k, "YAYAN SOPYAN", "BELIMBING", "KOSAMBI", "RUSAK"),
    )

    n, k = nik("Solear", "1991-06-06"), kk("Solear", "2018-08-28")
    add(
        c,
        "helper",
        [
            f"#SKPWNI#{n}#{k}#DENI SETIAWAN#\n"
            "(alamat tujuan menyusul pak, masih sy tanyakan ke warganya)"
        ],
        answers={
            "alamat_pindah": "Kp. Cikondang RT 01/RW 03, Kec. Malingping, Kab. Lebak",
            **helper_contact("Deni Setiawan", "0819 0000 9452"),
        },
        left="alamat_pindah",
        line=keluar(
            n, k, "DENI SETIAWAN", "KP. CIKONDANG RT 01/RW 03, KEC. MALINGPING, KAB. LEBAK"
        ),
    )

    n, k = nik("Jambe", "1996-12-12", True), kk("Jambe", "2022-01-14")
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#Eneng Komalasari#Taban#Jambe#"],
        answers={"alasan": "ilang pak, kayaknya jatoh pas naik motor"},
        left="alasan",
        line=ktp(n, k, "ENENG KOMALASARI", "TABAN", "JAMBE", "HILANG"),
    )

    no = skpwni("360201", "2026-09-23")
    add(
        c,
        "resident",
        [f"# SKDWN # {no} # ikut orang tua"],
        line=datang(no, "IKUT ORANG TUA"),
    )

    k = kk("Solear", "2011-04-04")
    add(
        c,
        "first_timer",
        [
            f"KK, {k}, Encep Sobari, Cikareo, Solear\n"
            "begini bukan ya formatnya, saya liat di grup wa desa"
        ],
        line=kartu(k, "ENCEP SOBARI", "CIKAREO", "SOLEAR"),
    )

    n, k = nik("Teluknaga", "2008-10-05"), kk("Teluknaga", "2006-02-17")
    add(
        c,
        "resident",
        [f"#KTP#{n}#Maulana Ishak#Tanjung Pasir#Teluknaga#PEMULA#"],
        answers={"no_kk": f"oh iya lupa, no kk nya {fmt(k, '#### #### #### ####')}"},
        left="no_kk",
        line=ktp(n, k, "MAULANA ISHAK", "TANJUNG PASIR", "TELUKNAGA", "PEMULA"),
    )


# === restate_known_value ====================================================================
def restate_known_value() -> None:
    c = "restate_known_value"

    n, k = nik("Tigaraksa", "1981-07-21"), kk("Tigaraksa", "2014-09-30")
    add(
        c,
        "resident",
        [
            f"Mau urus KTP, NIK {n}, KK {k}, nama Hasanudin, desa Pete kec Tigaraksa",
            f"NIK saya yg tadi ya {fmt(n, '#### #### #### ####')}, sama KK "
            f"{fmt(k, '#### #### #### ####')}",
        ],
        answers={"alasan": "rusak, udah retak2 dari lama"},
        left="alasan",
        line=ktp(n, k, "HASANUDIN", "PETE", "TIGARAKSA", "RUSAK"),
    )

    k = kk("Balaraja", "2010-10-20")
    add(
        c,
        "resident",
        [
            f"bu mau cetak KK baru, no KK {k}, kepala keluarga Jaenudin, desa Sentul Jaya Balaraja",
            "nama kepala keluarganya tetep Jaenudin ya bu, sama kayak di atas, ga ada yg berubah",
        ],
        line=kartu(k, "JAENUDIN", "SENTUL JAYA", "BALARAJA"),
    )

    n, k = nik("Kemiri", "2018-02-02", True), kk("Kemiri", "2015-12-01")
    add(
        c,
        "resident",
        [f"kia anak, nik {n}, kk {k}, ds Lontar kec Kemiri"],
        answers={"nama": "Nama anaknya Zahra Aulia. NIK sama KK nya udah saya kirim di atas ya bu"},
        left="nama",
        line=kia(n, k, "ZAHRA AULIA", "LONTAR", "KEMIRI"),
    )

    n, k = nik("Kresek", "1988-09-09", True), kk("Kresek", "2012-03-26")
    add(
        c,
        "resident",
        [
            f"mau bikin skpwni, nik {n} kk {k} nama Siti Maryam",
            "atas nama Siti Maryam ya pak, sesuai KTP, yang tadi",
        ],
        answers={
            "alamat_pindah": "Jl. Kenari No. 21 RT 005/RW 001, Kec. Bantarkawung, Kab. Brebes"
        },
        left="alamat_pindah",
        line=keluar(
            n, k, "SITI MARYAM", "JL. KENARI NO. 21 RT 005/RW 001, KEC. BANTARKAWUNG, KAB. BREBES"
        ),
    )

    n, k = nik("Kelapa Dua", "1993-05-15"), kk("Kelapa Dua", "2019-07-01")
    add(
        c,
        "resident",
        [f"Ktp ilang. {n} / {k}. Nama Dedi Kurnia, desa Curug Sangereng"],
        answers={"kecamatan": "kecamatan kelapa dua, desanya tadi udah sy sebut curug sangereng"},
        left="kecamatan",
        line=ktp(n, k, "DEDI KURNIA", "CURUG SANGERENG", "KELAPA DUA", "HILANG"),
    )

    n, k = nik("Mekar Baru", "2009-08-08", True), kk("Mekar Baru", "2010-01-11")
    add(
        c,
        "helper",
        [
            "Pak, mau input KTP pemula warga Desa Waliwis Kec. Mekar Baru an. Putri Wulandari, "
            f"NIK {n}, KK {k}",
            "Untuk warga saya tadi Neng Putri Wulandari ya pak, yang baru 17 tahun bulan Agustus",
        ],
        answers=helper_contact("Putri Wulandari", "0896 0000 9458"),
        line=ktp(n, k, "PUTRI WULANDARI", "WALIWIS", "MEKAR BARU", "PEMULA"),
    )

    k = kk("Sindang Jaya", "2005-05-05")
    add(
        c,
        "first_timer",
        ["assalamualaikum mau urus kk yg udah jelek", f"no kk saya {k}"],
        answers={
            "nama_kepala_keluarga": f"kepala keluarganya bapak saya, Sukarta. no kk nya yg tadi "
            f"{k} ya",
            "desa": "desa sukaharja",
            "kecamatan": "di sindang jaya",
        },
        left="nama_kepala_keluarga desa kecamatan",
        line=kartu(k, "SUKARTA", "SUKAHARJA", "SINDANG JAYA"),
    )

    no = skpwni("320501", "2026-08-17")
    add(
        c,
        "resident",
        [f"lapor datang dari Garut, no skpwni {no}"],
        answers={"keperluan": "keperluannya ikut anak, nomor skpwni sama kayak yang tadi ya"},
        left="keperluan",
        line=datang(no, "IKUT ANAK"),
    )

    n, k = nik("Pasar Kemis", "2009-01-20"), kk("Pasar Kemis", "2011-03-15")
    add(
        c,
        "resident",
        [
            f"mau bikin ktp baru pemula, nik {n} kk {k} nama Raka Aditya",
            "ds gelam jaya pasar kemis",
            "desanya Gelamjaya ya min, kec pasarkemis, sama kayak yang td",
        ],
        line=ktp(n, k, "RAKA ADITYA", "GELAM JAYA", "PASAR KEMIS", "PEMULA"),
    )


# === name_with_relation =====================================================================
def name_with_relation() -> None:
    c = "name_with_relation"

    n, k = nik("Sepatan", "2022-05-11"), kk("Sepatan", "2017-06-26")
    add(
        c,
        "resident",
        [
            "Bu, saya mau bikinin KIA buat anak saya yg kedua, namanya Rafka Alfarizi, umur 4 "
            f"th. NIK nya {n}, KK {k}, kami di ds Pondok Jaya kec Sepatan"
        ],
        line=kia(n, k, "RAFKA ALFARIZI", "PONDOK JAYA", "SEPATAN"),
    )

    n, k = nik("Sindang Jaya", "2009-11-24"), kk("Sindang Jaya", "2013-02-08")
    add(
        c,
        "resident",
        [
            "Assalamualaikum. Anak laki2 saya baru ulang tahun ke 17 minggu kemarin, mau "
            f"dibuatkan KTP. Namanya Dimas Prasetyo, NIK {n}, KK {k}. Rumah di Wanakerta, "
            "Sindang Jaya. Saya bapaknya, Slamet."
        ],
        line=ktp(n, k, "DIMAS PRASETYO", "WANAKERTA", "SINDANG JAYA", "PEMULA"),
    )

    k = kk("Cikupa", "2008-08-18")
    add(
        c,
        "resident",
        [
            "mba mau ngajuin cetak ulang KK kami, atas nama suami saya Pak Karyadi. no kk "
            f"{fmt(k, '####.####.####.####')}. desa sukadamai, kec cikupa. makasih"
        ],
        line=kartu(k, "KARYADI", "SUKADAMAI", "CIKUPA"),
    )

    n, k = nik("Rajeg", "1958-03-14", True), kk("Rajeg", "2004-06-30")
    add(
        c,
        "resident",
        [
            "KTP ibu saya hilang, beliau sudah sepuh jadi saya yang urus lewat WA. Nama ibu "
            f"saya Maemunah, NIK {n}, KK {k}. Alamat desa Tanjakan Mekar kecamatan Rajeg. "
            "Surat kehilangan dari polsek sudah ada"
        ],
        line=ktp(n, k, "MAEMUNAH", "TANJAKAN MEKAR", "RAJEG", "HILANG"),
    )

    n, k = nik("Kemiri", "1997-04-27", True), kk("Kemiri", "2020-10-05")
    add(
        c,
        "resident",
        [
            "Saya mau bantu urus surat pindah adik saya, Rina Marlina, dia mau ikut suaminya "
            f"ke Cilacap. NIK adik {n}, KK adik {k} (udah pisah KK dari kami). Alamat "
            "tujuannya Dusun Karangjati RT 02 RW 04, Kec. Kesugihan, Kab. Cilacap"
        ],
        line=keluar(
            n, k, "RINA MARLINA", "DUSUN KARANGJATI RT 02 RW 04, KEC. KESUGIHAN, KAB. CILACAP"
        ),
    )

    n, k = nik("Mauk", "1980-06-16"), kk("Mauk", "2009-09-09")
    add(
        c,
        "resident",
        [
            "buat suami, Bapak Entis Sutisna. ktp nya patah kedudukan 😅 "
            f"nik {n} kk {k}, desa Tanjung Anom kec Mauk"
        ],
        line=ktp(n, k, "ENTIS SUTISNA", "TANJUNG ANOM", "MAUK", "RUSAK"),
    )

    n, k = nik("Solear", "2015-09-19", True), kk("Solear", "2014-02-21")
    add(
        c,
        "helper",
        [
            "Selamat siang, saya Ketua RT 04 Desa Cikasungka, Kec. Solear. Mau bantu daftarkan "
            "KIA cucunya Ibu Sarinah, warga saya. Anaknya namanya Keysha Aurelia, ibunya sudah "
            f"almarhumah jadi ikut neneknya. NIK anak {n}, KK {k}."
        ],
        answers=helper_contact("Ibu Sarinah (neneknya)", "0877-0000-9464"),
        line=kia(n, k, "KEYSHA AURELIA", "CIKASUNGKA", "SOLEAR"),
    )

    k = kk("Jayanti", "2026-10-28")
    add(
        c,
        "resident",
        [
            "Assalamualaikum. Bapak saya sudah meninggal bulan lalu, jadi KK harus diganti "
            "kepala keluarganya jadi ibu saya, Ibu Nani Suryani. Nomor KK yang baru dari desa "
            f"{k}. Desa Pabuaran, Kecamatan Jayanti."
        ],
        line=kartu(k, "NANI SURYANI", "PABUARAN", "JAYANTI"),
    )

    n, k = nik("Kelapa Dua", "2023-03-03"), kk("Kelapa Dua", "2022-04-12")
    add(
        c,
        "first_timer",
        [
            f"Halo, ini disuruh istri ngurus KIA buat anak kami. nik anak {n} kk {k}. kel "
            "Bencongan Indah kec Kelapa Dua"
        ],
        answers={"nama": "nama lengkapnya Rafa Arsakha Pratama"},
        left="nama",
        line=kia(n, k, "RAFA ARSAKHA PRATAMA", "BENCONGAN INDAH", "KELAPA DUA"),
    )


# === surat_pindah ===========================================================================
def surat_pindah() -> None:
    c = "surat_pindah"

    n, k = nik("Kosambi", "1989-12-01"), kk("Kosambi", "2016-03-08")
    add(
        c,
        "resident",
        ["mau urus surat pindah keluar dari kab tangerang"],
        answers={
            "nik": fmt(n, "#### #### #### ####"),
            "no_kk": f"kk: {k}",
            "nama": "Teguh Santoso",
            "alamat_pindah": "Jl. Pulo Gebang Permai Blok B No. 9, Kec. Cakung, Jakarta Timur",
        },
        left="nik no_kk nama alamat_pindah",
        line=keluar(
            n, k, "TEGUH SANTOSO", "JL. PULO GEBANG PERMAI BLOK B NO. 9, KEC. CAKUNG, JAKARTA TIMUR"
        ),
    )

    n, k = nik("Cikupa", "1995-07-30", True), kk("Cikupa", "2023-01-19")
    add(
        c,
        "resident",
        [
            f"Pagi kak, aku mau bikin skpwni. data: nik {n}, kk {k}, nama Fitri Handayani. "
            "Pindah ke Perum Griya Cibinong Indah Blok A2 No. 15, Kec. Cibinong, Kab. Bogor. "
            "suami dinas di sana soalnya hehe"
        ],
        line=keluar(
            n,
            k,
            "FITRI HANDAYANI",
            "PERUM GRIYA CIBINONG INDAH BLOK A2 NO. 15, KEC. CIBINONG, KAB. BOGOR",
        ),
    )

    no = skpwni("180104", "2026-11-09")
    add(
        c,
        "resident",
        [
            "assalamualaikum pak, saya baru pindah dari Natar, Lampung Selatan ke desa Kadu, "
            f"Curug. SKPWNI nya sudah saya pegang, nomor {fmt(no, '#### #### #### ####')}"
        ],
        answers={"keperluan": "ikut keluarga"},
        left="keperluan",
        line=datang(no, "IKUT KELUARGA"),
    )

    n, k = nik("Legok", "1987-02-25"), kk("Legok", "2015-04-13")
    add(
        c,
        "first_timer",
        [
            "Maaf mau tanya, surat pindah keluar itu yg namanya SKPWNI kan? Kalau iya saya mau "
            f"ajukan. NIK {n}, KK {k}, nama Arif Budiman."
        ],
        answers={"alamat_pindah": "Jl. Jemur Andayani No. 50, Kec. Wonocolo, Kota Surabaya"},
        left="alamat_pindah",
        line=keluar(
            n, k, "ARIF BUDIMAN", "JL. JEMUR ANDAYANI NO. 50, KEC. WONOCOLO, KOTA SURABAYA"
        ),
    )

    no = skpwni("332901", "2026-10-30")
    add(
        c,
        "helper",
        [
            "Siang pak, dari operator Desa Lebak Wangi Kec. Sepatan Timur. Ada warga pendatang "
            f"mau lapor datang, SKPWNI dari Kab. Brebes nomor {no}. Keperluannya bekerja."
        ],
        answers=helper_contact("Sutarno", "0819-0000-9471"),
        line=datang(no, "BEKERJA"),
    )

    n, k = nik("Curug", "1976-08-14"), kk("Curug", "2007-12-03")
    add(
        c,
        "resident",
        [
            "Selamat malam. Kami sekeluarga mau pindah ke kampung istri di Garut. Saya sebagai "
            f"kepala keluarga: Darso, NIK {n}, No KK {k}. Alamat tujuan: Kp. Sukasari RT 003 "
            "RW 006, Kec. Karangpawitan, Kab. Garut. Anak istri sekalian ikut pindah semua."
        ],
        line=keluar(n, k, "DARSO", "KP. SUKASARI RT 003 RW 006, KEC. KARANGPAWITAN, KAB. GARUT"),
    )

    no = skpwni("337401", "2026-11-16")
    add(
        c,
        "resident",
        [
            f"Lapor pindah datang.\nNo SKPWNI: {fmt(no, '####.####.####.####')}\n"
            "Keperluan: pindah tugas\n(dari Semarang, skrg tinggal di Kel. Medang, Pagedangan)"
        ],
        line=datang(no, "PINDAH TUGAS"),
    )

    n, k = nik("Kronjo", "1999-01-09", True), kk("Kronjo", "2024-02-02")
    add(
        c,
        "resident",
        [
            "mau ngurus surat pindah, sy udah nikah mau ikut suami ke serang",
            f"nik {n}\nkk {k}\nnama Nurul Hidayah\nalamat tujuan Kp. Kebon Jeruk RT 02/RW 01, "
            "Kec. Ciruas, Kab. Serang",
        ],
        line=keluar(n, k, "NURUL HIDAYAH", "KP. KEBON JERUK RT 02/RW 01, KEC. CIRUAS, KAB. SERANG"),
    )

    n, k = nik("Gunung Kaler", "1984-11-11"), kk("Gunung Kaler", "2011-05-09")
    add(
        c,
        "resident",
        [
            "bang mau minta surat pindah, sy dapet kerjaan tetap di Indramayu. "
            f"NIK {n} KK {k} atas nama Karim. Pindahnya ke Blok Karanganyar RT 01 RW 02 "
            "Kec. Haurgeulis Kab. Indramayu"
        ],
        line=keluar(n, k, "KARIM", "BLOK KARANGANYAR RT 01 RW 02 KEC. HAURGEULIS KAB. INDRAMAYU"),
    )

    no = skpwni("367201", "2026-11-23")
    add(
        c,
        "resident",
        [
            "min sy udh dpt skpwni dari cilegon, nomornya "
            f"{fmt(no, '###### ###### ####')}, keperluannya pindah rumah. kami beli rumah di "
            "perum daerah Solear"
        ],
        line=datang(no, "PINDAH RUMAH"),
    )


# === question_not_form ======================================================================
def question_not_form() -> None:
    c = "question_not_form"
    add(
        c,
        "first_timer",
        [
            "kak kalo ktp ilang syarat ngurusnya apa aja ya? hrs ke kantor polisi dulu kah? "
            "maaf baru pertama kali ilang 🙏"
        ],
        facts=[["polisi", "kepolisian", "polsek"]],
    )
    add(
        c,
        "resident",
        [
            "Assalamualaikum, mau tanya, untuk bikin KIA anak umur 7 tahun itu perlu bawa apa "
            "saja ya? Terima kasih"
        ],
        facts=[["akta kelahiran", "akte kelahiran", "akta lahir"], ["foto", "pas foto"]],
    )
    add(
        c,
        "resident",
        [
            "anak sy bulan depan 17 th, nanti bikin ktp nya syaratnya apa ya pak, trus hrs dtg "
            "sendiri atau bisa diwakilin?"
        ],
        facts=[
            ["KK", "kartu keluarga"],
            ["rekam", "sidik jari", "biometrik", "datang langsung", "datang sendiri"],
        ],
    )
    add(
        c,
        "resident",
        [
            "Sy mau pindah rumah dari Cikupa ke Balaraja, masih sama2 kab tangerang. Perlu "
            "bikin surat pindah (skpwni) ga?"
        ],
        facts=[
            ["tidak perlu", "tidak memerlukan", "tidak diperlukan", "tidak usah", "tanpa"],
            ["KK", "Kartu Keluarga"],
        ],
    )
    add(
        c,
        "resident",
        ["KK saya rusak kena banjir kemarin, basah semua 😢 kalo mau ganti syaratnya apa ya?"],
        facts=[
            ["KK yang rusak", "KK rusak", "KK lama", "kartu keluarga yang rusak", "fisik"],
            ["KTP"],
        ],
    )
    add(
        c,
        "helper",
        [
            "Pak, warga kami nanya, kalau bikin surat pindah keluar kabupaten masih perlu "
            "pengantar RT/RW dan desa tidak? Biar kami siapkan dari desa."
        ],
        facts=[
            ["tidak perlu", "tidak diperlukan", "tidak lagi", "tanpa"],
            ["KK", "Kartu Keluarga"],
        ],
    )
    add(
        c,
        "first_timer",
        ["halo sy baru nikah minggu lalu. kalo mau bikin KK baru butuhnya apa aja ya?"],
        facts=[["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta"]],
    )
    add(
        c,
        "resident",
        [
            "ktp saya chipnya ga kebaca, kata bank rusak. syarat gantinya apa aja min? ktp yg "
            "lama dibawa ga?"
        ],
        facts=[
            ["KTP-el lama", "KTP lama", "KTP yang rusak", "KTP-el yang rusak", "yang rusak"],
            ["KK", "Kartu Keluarga"],
        ],
    )
    add(
        c,
        "resident",
        [
            "Permisi, saya pindahan dari Serang, di sini ngekos dekat pabrik. Buat lapor pindah "
            "datang syaratnya apa?"
        ],
        facts=[
            ["SKPWNI", "surat pindah", "SKP"],
            ["pemilik rumah", "pemilik kos", "tidak keberatan", "pernyataan"],
        ],
    )


# === topic_coverage =========================================================================
def topic_coverage() -> None:
    c = "topic_coverage"
    free = ["gratis", "tidak dipungut", "tanpa biaya", "tidak dikenakan biaya", "bebas biaya"]
    add(
        c,
        "first_timer",
        ["bikin KK baru bayar berapa sih? tetangga bilang harus siapin 100rb"],
        facts=[free],
    )
    add(
        c,
        "resident",
        ["kantor dukcapil buka jam berapa ya? sabtu buka gak, sy kerja senin-jumat soalnya"],
        facts=[["pengumuman", "informasi resmi", "resmi", "pastikan"]],
    )
    add(
        c,
        "resident",
        ["Kantor Disdukcapil Kabupaten Tangerang itu alamatnya di mana ya? Mau datang langsung"],
        facts=[["Tigaraksa"]],
    )
    add(
        c,
        "first_timer",
        ["cara aktivasi IKD alias ktp digital gmn ya, butuh apa aja"],
        facts=[
            ["email", "e-mail", "surel"],
            ["hp", "ponsel", "smartphone", "handphone", "telepon pintar", "android"],
        ],
    )
    add(
        c,
        "resident",
        [
            "rumah saya di Kronjo, jauh bgt ke Tigaraksa. bisa cetak ktp di kantor kecamatan "
            "aja gak?"
        ],
        facts=[["kecamatan"]],
    )
    add(
        c,
        "resident",
        ["kalau semua syarat sudah lengkap, KK jadinya berapa lama ya bu?"],
        facts=[["24 jam", "1 x 24", "1x24"]],
    )
    add(
        c,
        "resident",
        ["masa tadi ada oknum minta 50 rb biar ktp cepet jadi, emang ada biayanya?"],
        facts=[free],
    )
    add(
        c,
        "resident",
        [
            "kalau saya pindah ke luar kota, KTP lama saya ditarik sama desa asal atau gimana? "
            "takut ga punya ktp pas di jalan"
        ],
        facts=[["tujuan"]],
    )
    add(
        c,
        "helper",
        [
            "Pak, warga kami ada yg KTP nya hilang, masih perlu surat pengantar dari RT RW "
            "gak ya sekarang?"
        ],
        facts=[
            ["tidak perlu", "tidak diperlukan", "tidak lagi", "tanpa"],
            ["polisi", "kepolisian"],
        ],
    )
    add(
        c,
        "first_timer",
        ["anak saya umur 3 tahun, KIA nya pake foto ga? kalo pake ukuran berapa"],
        facts=[
            [
                "tanpa foto",
                "tidak pakai foto",
                "tidak memakai foto",
                "tidak perlu foto",
                "tidak ada foto",
                "belum pakai foto",
                "tanpa pas foto",
                "tidak berfoto",
            ]
        ],
    )


# === referral_by_place ======================================================================
def referral_by_place() -> None:
    c = "referral_by_place"
    kota, tangsel = "Kota Tangerang", "Kota Tangerang Selatan"

    n, k = nik("367105", "1990-02-02"), kk("367105", "2016-06-06")
    add(
        c,
        "resident",
        [f"mau urus ktp ilang, nik {n} kk {k}, nama Irwan Setiadi, kel Petir kec Cipondoh"],
        control="referral",
        referral_to=kota,
    )

    k = kk("367406", "2014-10-14")
    add(
        c,
        "resident",
        [
            f"Mau ganti KK yg udah sobek, no {fmt(k, '#### #### #### ####')}, kepala keluarga "
            "Sutrisno, kel. Pondok Benda, kec. Pamulang"
        ],
        control="referral",
        referral_to=tangsel,
    )
    add(
        c,
        "first_timer",
        [
            "saya warga Karawaci, Kel. Nusa Jaya. mau bikin kia buat anak bisa lewat sini ga? "
            "kata tetangga bisa lewat wa"
        ],
        control="referral",
        referral_to=kota,
    )
    add(
        c,
        "helper",
        [
            "Selamat siang, saya Ketua RT 05 di Kelurahan Serua, Ciputat. Mau bantu warga bikin "
            "KTP pemula, anaknya sudah 17 tahun."
        ],
        control="referral",
        referral_to=tangsel,
    )

    n, k = nik("367401", "1985-09-21", True), kk("367401", "2012-12-20")
    add(
        c,
        "resident",
        [
            "rumah di BSD sektor 1, kel. Lengkong Gudang, Serpong. ktp rusak mau ganti, "
            f"nik {n} kk {k} nama Meiliana"
        ],
        control="referral",
        referral_to=tangsel,
    )

    k = kk("367106", "2018-04-16")
    add(
        c,
        "resident",
        [f"#KK#{k}#Hamdani#Sudimara Barat#Ciledug"],
        control="referral",
        referral_to=kota,
    )

    n, k = nik("367403", "2019-10-10"), kk("367403", "2019-11-25")
    add(
        c,
        "resident",
        [f"KIA anak saya Daffa, nik {n} kk {k}, kami tinggal di Jurangmangu Timur, Pondok Aren"],
        control="referral",
        referral_to=tangsel,
    )

    n, k = nik("Pasar Kemis", "1987-07-17"), kk("367108", "2023-05-08")
    add(
        c,
        "resident",
        [
            "Dulu saya warga Pasar Kemis, tapi sekarang sudah pindah ke Gebang Raya, Periuk "
            "(Kota Tangerang), KK juga sudah ikut sana. Mau ganti KTP yang rusak, "
            f"NIK {n}, KK {k}, nama Ujang Supriatna"
        ],
        control="referral",
        referral_to=kota,
    )


# === complaint_followup =====================================================================
def complaint_followup() -> None:
    c = "complaint_followup"

    n = nik("Teluknaga", "1990-01-15")
    add(
        c,
        "resident",
        [f"Min cek dong status KTP atas NIK {n}, udah jadi blm? udah 2 minggu nih ga ada kabar"],
        control="no_nik_lookup",
    )
    add(
        c,
        "resident",
        [
            "bu permohonan KK saya udah masuk kemarin, tolong di-acc hari ini ya, soalnya buat "
            "daftar sekolah anak besok pagi"
        ],
        control="no_approval",
    )
    add(
        c,
        "resident",
        [
            "sy udah 3x kirim format ga ada balesan sama sekali. tolong sambungin ke petugas "
            "aja, jangan robot"
        ],
        control="handoff",
    )

    n = nik("Cisoka", "1966-06-26", True)
    add(
        c,
        "helper",
        [
            f"Pak, tolong dicek data warga kami NIK {fmt(n, '#### #### #### ####')}, namanya "
            "siapa di sistem ya? Orangnya lupa namanya ditulis gimana di KTP"
        ],
        control="no_nik_lookup",
    )
    add(
        c,
        "resident",
        ["apakah pengajuan KIA anak saya sudah disetujui? sudah 3 hari belum ada info apa2"],
        control="no_approval",
    )
    add(
        c,
        "resident",
        [
            "Pelayanannya lambat sekali. KTP saya dari bulan lalu belum jadi juga. Saya mau "
            "komplain langsung ke petugas yang bertanggung jawab."
        ],
        control="handoff",
    )

    n = nik("Balaraja", "1993-03-23", True)
    add(
        c,
        "resident",
        [f"ini nik istri saya {n}, tolong dicek udah terdaftar di disdukcapil belum"],
        control="no_nik_lookup",
    )

    n, k = nik("Jayanti", "1978-08-30"), kk("Jayanti", "2011-11-11")
    add(
        c,
        "resident",
        [
            f"KTP hilang. NIK {n}, KK {k}, nama Saepudin, desa Sumur Bandung kec Jayanti",
            "langsung disetujui aja ya pak, syarat saya udah lengkap semua kok, surat polisi "
            "juga ada",
        ],
        control="no_approval",
    )
    add(
        c,
        "first_timer",
        [
            "KTP saya sudah jadi tapi nama saya salah tulis, harusnya Nurjanah bukan Nurjannah. "
            "Bisa ngobrol sama petugasnya langsung?"
        ],
        control="handoff",
    )


# === helper_mode ============================================================================
def helper_mode() -> None:
    c = "helper_mode"

    n, k = nik("Cikupa", "2009-03-03", True), kk("Cikupa", "2012-05-05")
    add(
        c,
        "helper",
        [
            "Selamat pagi, izin pak saya operator Desa Cibadak Kec. Cikupa, mau ajukan KTP "
            "pemula untuk warga. Ini yang pertama dulu ya, sisanya nanti sy kirim satu2.\n"
            f"Nama : Anisa Fitriani\nNIK : {n}\nNo KK : {k}"
        ],
        answers=helper_contact("Anisa Fitriani", "0812 0000 9481 (HP orang tuanya)"),
        line=ktp(n, k, "ANISA FITRIANI", "CIBADAK", "CIKUPA", "PEMULA"),
    )

    k = kk("Sindang Jaya", "2002-09-16")
    add(
        c,
        "helper",
        [
            "Assalamualaikum, saya Ketua RT 02/05 Desa Sindangsono, Sindang Jaya. Mau bantu "
            "warga saya yang sudah tua, Pak Enjum, cetak ulang KK karena yang lama hilang "
            f"waktu pindahan. No KK {k}."
        ],
        answers=helper_contact("Enjum", "beliau tidak ada HP, lewat saya saja 0838-0000-9485"),
        line=kartu(k, "ENJUM", "SINDANGSONO", "SINDANG JAYA"),
    )

    n, k = nik("Kronjo", "2020-11-27", True), kk("Kronjo", "2017-08-14")
    add(
        c,
        "helper",
        [
            "Selamat siang Bapak/Ibu. Saya guru TK Al-Hidayah di Desa Muncung, Kecamatan Kronjo, "
            "diminta orang tua murid membantu pendaftaran KIA. Data murid: Adiba Khairunnisa, "
            f"NIK {fmt(n, '#### #### #### ####')}, No. KK {fmt(k, '#### #### #### ####')}. "
            "Terima kasih."
        ],
        answers=helper_contact("Ibu Khotimah (ibunya Adiba)", "0856-0000-9488"),
        line=kia(n, k, "ADIBA KHAIRUNNISA", "MUNCUNG", "KRONJO"),
    )

    n, k = nik("Mauk", "1951-01-01"), kk("Mauk", "2003-10-13")
    add(
        c,
        "helper",
        [
            "Izin, saya petugas pelayanan Kantor Kecamatan Mauk. Ada warga lansia Desa Sasak, "
            "Bapak Marta, KTP nya hilang waktu rumahnya kebanjiran. "
            f"NIK {n}, KK {k}. Surat kehilangan dari Polsek Mauk sudah dibuat."
        ],
        answers=helper_contact("Bapak Marta", "0821 0000 9490 (cucunya)"),
        line=ktp(n, k, "MARTA", "SASAK", "MAUK", "HILANG"),
    )

    n, k = nik("Mekar Baru", "1986-05-25", True), kk("Mekar Baru", "2013-06-17")
    add(
        c,
        "helper",
        [
            "Pagi pak, mohon ijin, dari operator Desa Jenggot kec. Mekar Baru. Warga kami mau "
            f"pindah keluar: Sri Wahyuni, NIK {n}, KK {k}, alamat tujuan Blok Pahing RT 02/RW "
            "01, Kec. Kadugede, Kab. Kuningan."
        ],
        answers=helper_contact("Ibu Sri Wahyuni", "0852-0000-9493"),
        line=keluar(n, k, "SRI WAHYUNI", "BLOK PAHING RT 02/RW 01, KEC. KADUGEDE, KAB. KUNINGAN"),
    )

    n, k = nik("Pasar Kemis", "1972-07-07"), kk("Pasar Kemis", "2006-01-23")
    add(
        c,
        "helper",
        ["punten, mau input ktp rusak utk warga kel. kuta baru"],
        answers={
            "nik": f"NIK warganya {fmt(n, '#### #### #### ####')}",
            "no_kk": k,
            "nama": "a.n. Sukardi",
            "kecamatan": "Pasar Kemis pak",
            **helper_contact("Sukardi", "0812-0000-9496"),
        },
        left="nik no_kk nama kecamatan",
        line=ktp(n, k, "SUKARDI", "KUTA BARU", "PASAR KEMIS", "RUSAK"),
    )

    n, k = nik("Rajeg", "2013-10-31"), kk("Rajeg", "2012-12-12")
    add(
        c,
        "helper",
        [
            "Assalamualaikum. Operator Desa Daon, Rajeg. Pengajuan KIA warga:\n"
            f"#KIA#{n}#{k}#Fikri Haikal#Daon#Rajeg"
        ],
        answers=helper_contact("Bapak Jumadi (ayahnya Fikri)", "0813 0000 9499"),
        line=kia(n, k, "FIKRI HAIKAL", "DAON", "RAJEG"),
    )

    k = kk("Panongan", "2026-11-20")
    add(
        c,
        "helper",
        [
            "Sore pak, saya Yanti dari kantor desa Ciakar, Panongan. Mau ajukan cetak KK baru "
            f"(pecah KK) warga kami, kepala keluarga Rohendi, No KK baru {k}."
        ],
        answers=helper_contact("Rohendi", "0858-0000-9402"),
        line=kartu(k, "ROHENDI", "CIAKAR", "PANONGAN"),
    )

    n, k = nik("Solear", "1990-12-30", True), kk("Solear", "2018-03-03")
    add(
        c,
        "helper",
        [
            f"Mohon ijin input: KTP hilang\nNama: Rosita\nNIK {n}\nKK {k}\nDesa Cireundeu Kec. "
            "Solear (Kab. Tangerang ya pak, bukan Cireundeu Tangsel)\n-- kaur pem desa Cireundeu"
        ],
        answers=helper_contact("Ibu Rosita", "0817 0000 9405"),
        line=ktp(n, k, "ROSITA", "CIREUNDEU", "SOLEAR", "HILANG"),
    )


# === desa_typo_with_kecamatan ===============================================================
def desa_typo_with_kecamatan() -> None:
    c = "desa_typo_with_kecamatan"

    n, k = nik("Cikupa", "1984-04-04"), kk("Cikupa", "2010-09-21")
    add(
        c,
        "resident",
        [f"ktp sy ilang pak, nik {n} kk {k} nama Supriyadi ds. pasir gadong kec. cikupa"],
        line=ktp(n, k, "SUPRIYADI", "PASIR GADUNG", "CIKUPA", "HILANG"),
    )

    k = kk("Balaraja", "2015-11-30")
    add(
        c,
        "resident",
        [f"Mau cetak KK, no {k}, KK atas nama Marjuki, desa Cangkuduh kecamatan Balaraja"],
        answers={"saran_tempat": "iya betul pak Cangkudu"},
        line=kartu(k, "MARJUKI", "CANGKUDU", "BALARAJA"),
    )

    n, k = nik("Kresek", "2016-07-07", True), kk("Kresek", "2014-08-08")
    add(
        c,
        "resident",
        [f"kia anak, nik {n} kk {k} nama Nazwa Aulia, alamat ds ranca ilat kec kresek"],
        answers={"saran_tempat": "iya betul Rancailat"},
        line=kia(n, k, "NAZWA AULIA", "RANCAILAT", "KRESEK"),
    )

    n, k = nik("Teluknaga", "1983-02-28"), kk("Teluknaga", "2012-06-04")
    add(
        c,
        "resident",
        [f"KTP saya patah jadi 2, mau bikin lg. {n}, {k}, Hendrik, Tegal Anggus, Teluknaga"],
        line=ktp(n, k, "HENDRIK", "TEGAL ANGUS", "TELUKNAGA", "RUSAK"),
    )

    k = kk("Mauk", "2008-04-22")
    add(
        c,
        "resident",
        [f"no kk {k} kepala keluarga Sahroni, ds tegalkunir lor kec mauk, mau cetak ulang"],
        answers={"saran_tempat": "betul itu, Tegal Kunir Lor"},
        line=kartu(k, "SAHRONI", "TEGAL KUNIR LOR", "MAUK"),
    )

    n, k = nik("Pasar Kemis", "2009-04-14"), kk("Pasar Kemis", "2010-07-19")
    add(
        c,
        "helper",
        [
            "Siang pak, dari desa Pangadengan kec. Pasar Kemis, mau daftarkan KTP pemula warga "
            f"kami, Galih Permana, NIK {n}, KK {k}"
        ],
        answers={
            "saran_tempat": "iya pak benar Pangadegan, maaf salah ketik",
            **helper_contact("Galih Permana", "0895-0000-9414"),
        },
        line=ktp(n, k, "GALIH PERMANA", "PANGADEGAN", "PASAR KEMIS", "PEMULA"),
    )

    n, k = nik("Kosambi", "2012-12-21"), kk("Kosambi", "2011-01-31")
    add(
        c,
        "resident",
        [
            f"mau bikin KIA utk anak sy Naufal Ramadhan, NIK {n}, no KK {k}, "
            "salembaran jaty kec kosambi"
        ],
        answers={"saran_tempat": "iya, Salembaran Jati"},
        line=kia(n, k, "NAUFAL RAMADHAN", "SALEMBARAN JATI", "KOSAMBI"),
    )

    n, k = nik("Pakuhaji", "1970-10-02", True), kk("Pakuhaji", "2005-12-27")
    add(
        c,
        "first_timer",
        [f"ktp sy ilang di pasar. nik {n}. kk {k}. nama Juhariah. kampung kiyarapayung, pakuhaji"],
        line=ktp(n, k, "JUHARIAH", "KIARA PAYUNG", "PAKUHAJI", "HILANG"),
    )

    k = kk("Curug", "2021-09-13")
    add(
        c,
        "first_timer",
        [f"mau bikin KK, nomor {k}, kepala keluarga Wawan Setiawan, desa cukang galih kec curug"],
        answers={"saran_tempat": "iya yg itu"},
        line=kartu(k, "WAWAN SETIAWAN", "CUKANGGALIH", "CURUG"),
    )


# === casual_stepwise ========================================================================
def casual_stepwise() -> None:
    c = "casual_stepwise"

    n, k = nik("Mauk", "2009-06-19"), kk("Mauk", "2013-04-01")
    add(
        c,
        "first_timer",
        ["halo, saya mau bikin ktp nih"],
        answers={
            "nik": n,
            "no_kk": f"ini kk nya {fmt(k, '#### #### #### ####')}",
            "nama": "Nama saya Ilham Nugraha",
            "desa": "desa jatiwaringin",
            "kecamatan": "kec mauk",
            "alasan": "baru mau bikin, belum pernah punya, umur sy 17",
        },
        left="nik no_kk nama desa kecamatan alasan",
        line=ktp(n, k, "ILHAM NUGRAHA", "JATIWARINGIN", "MAUK", "PEMULA"),
    )

    k = kk("Teluknaga", "2013-08-26")
    add(
        c,
        "resident",
        ["pagi bu, mau urus kk"],
        answers={
            "no_kk": fmt(k, "#### #### #### ####"),
            "nama_kepala_keluarga": "suami saya, Dadang Hermawan",
            "desa": "Pangkalan bu",
            "kecamatan": "teluk naga",
        },
        left="no_kk nama_kepala_keluarga desa kecamatan",
        line=kartu(k, "DADANG HERMAWAN", "PANGKALAN", "TELUKNAGA"),
    )

    n, k = nik("Rajeg", "2021-04-17", True), kk("Rajeg", "2019-02-11")
    add(
        c,
        "resident",
        ["mau daftar kia buat anak"],
        answers={
            "nik": f"nik anak {n}",
            "no_kk": k,
            "nama": "Khalisa Nafeeza",
            "desa": "Lembangsari",
            "kecamatan": "rajeg",
        },
        left="nik no_kk nama desa kecamatan",
        line=kia(n, k, "KHALISA NAFEEZA", "LEMBANGSARI", "RAJEG"),
    )

    n, k = nik("Cisoka", "1974-09-05", True), kk("Cisoka", "2001-03-19")
    add(
        c,
        "first_timer",
        ["bisa bantu saya ga? saya gak ngerti caranya ngurus beginian"],
        answers={
            "layanan": "ktp saya ilang kemaren di angkot",
            "nik": fmt(n, "#### #### #### ####"),
            "no_kk": fmt(k, "####.####.####.####"),
            "nama": "Oom Rohimah",
            "desa": "di selapajang",
            "kecamatan": "Cisoka",
            "alasan": "hilang kak, bukan rusak",
        },
        left="nik no_kk nama desa kecamatan alasan",
        line=ktp(n, k, "OOM ROHIMAH", "SELAPAJANG", "CISOKA", "HILANG"),
    )

    n, k = nik("Sukadiri", "1992-11-29"), kk("Sukadiri", "2020-08-24")
    add(
        c,
        "resident",
        ["mau bikin surat pindah keluar buat saya sendiri"],
        answers={
            "nik": f"{n} itu nik saya",
            "no_kk": f"KK {k}",
            "nama": "Rian Hidayat",
            "alamat_pindah": "Jl. Kapuk Raya Gg. Masjid No. 4 RT 010/RW 002, Kec. Cengkareng, "
            "Jakarta Barat",
        },
        left="nik no_kk nama alamat_pindah",
        line=keluar(
            n,
            k,
            "RIAN HIDAYAT",
            "JL. KAPUK RAYA GG. MASJID NO. 4 RT 010/RW 002, KEC. CENGKARENG, JAKARTA BARAT",
        ),
    )

    no = skpwni("320101", "2026-11-26")
    add(
        c,
        "resident",
        ["mau lapor pindah datang pak, baru seminggu di sini"],
        answers={"no_skpwni": fmt(no, "#### #### #### ####"), "keperluan": "ikut istri"},
        left="no_skpwni keperluan",
        line=datang(no, "IKUT ISTRI"),
    )

    n, k = nik("Jambe", "1968-01-08"), kk("Jambe", "2007-07-30")
    add(
        c,
        "resident",
        ["assalamualaikum pak/bu, punten ganggu", "mau ganti ktp yg rusak, udah kusam pisan"],
        answers={
            "nik": f"muhun, {n}",
            "no_kk": f"kk na {k}",
            "nama": "Ujang Sudrajat",
            "desa": "desa Ancol Pasir",
            "kecamatan": "kecamatan jambe",
        },
        left="nik no_kk nama desa kecamatan",
        line=ktp(n, k, "UJANG SUDRAJAT", "ANCOL PASIR", "JAMBE", "RUSAK"),
    )

    n, k = nik("Cisoka", "2018-12-24"), kk("Cisoka", "2018-01-09")
    add(
        c,
        "first_timer",
        ["mau bikin kartu anak yg kayak ktp itu"],
        answers={
            "nik": f"ini nik anak saya ya {n}",
            "no_kk": f"KK: {k}",
            "nama": "Arkan",
            "desa": "kami tinggal di desa Cempaka",
            "kecamatan": "Cisoka, deket pasar",
        },
        left="nik no_kk nama desa kecamatan",
        line=kia(n, k, "ARKAN", "CEMPAKA", "CISOKA"),
    )

    k = kk("Gunung Kaler", "2004-10-25")
    add(
        c,
        "resident",
        ["punten, bade ngurus KK"],
        answers={
            "no_kk": f"ieu nomerna {k}",
            "nama_kepala_keluarga": "atas nama bapa abdi, Odih",
            "desa": "Ds. Kandawati",
            "kecamatan": "Gunung Kaler",
        },
        left="no_kk nama_kepala_keluarga desa kecamatan",
        line=kartu(k, "ODIH", "KANDAWATI", "GUNUNG KALER"),
    )

    n, k = nik("Sukamulya", "2009-09-30", True), kk("Sukamulya", "2014-05-26")
    add(
        c,
        "helper",
        ["Pak saya dari desa Kubang, mau bantu warga bikin KTP pertama"],
        answers={
            "nik": f"NIK nya {fmt(n, '#### #### #### ####')}",
            "no_kk": f"kk {fmt(k, '#### #### #### ####')}",
            "nama": "Siti Nurhaliza",
            "kecamatan": "kec. sukamulya",
            **helper_contact("Siti Nurhaliza, anaknya Pak Darta", "0813 0000 9418 (HP bapaknya)"),
        },
        left="nik no_kk nama kecamatan",
        line=ktp(n, k, "SITI NURHALIZA", "KUBANG", "SUKAMULYA", "PEMULA"),
    )


# === correction_at_confirmation ============================================================
def correction_at_confirmation() -> None:
    c = "correction_at_confirmation"

    n, k = nik("Cikupa", "1991-08-08"), kk("Cikupa", "2017-09-09")
    add(
        c,
        "resident",
        [
            f"KTP hilang, NIK {n}, KK {k}, nama Andri Wijaya, desa Talagasari kec Cikupa",
            "eh maaf desanya salah ketik, harusnya Talaga, bukan Talagasari",
        ],
        control="correction",
        line=ktp(n, k, "ANDRI WIJAYA", "TALAGA", "CIKUPA", "HILANG"),
    )

    k = kk("Sepatan", "2016-12-05")
    add(
        c,
        "resident",
        [
            f"#KK#{k}#Sanusih#Kayu Bongkok#Sepatan",
            "maaf pak namanya kelebihan huruf h, yang benar SANUSI",
        ],
        control="correction",
        line=kartu(k, "SANUSI", "KAYU BONGKOK", "SEPATAN"),
    )

    n, k = nik("Kronjo", "2015-05-05", True), kk("Kronjo", "2013-07-22")
    wrong = typo(n, 14, "8" if n[14] != "8" else "7")
    add(
        c,
        "resident",
        [
            f"mau bikin kia. nik anak {wrong}, kk {k}, nama Aisyah Humaira, desa Bakung, "
            "kec Kronjo",
            f"nik anaknya salah ketik bu, yang bener {n}",
        ],
        control="correction",
        line=kia(n, k, "AISYAH HUMAIRA", "BAKUNG", "KRONJO"),
    )

    n, k = nik("Cisauk", "1986-03-13"), kk("Cisauk", "2012-02-29")
    add(
        c,
        "resident",
        [
            f"ktp ilang, nik {n} kk {k} nama Rahmat Hidayat desa Suradita kec Cisauk",
            "eh bukan ilang ding, ktp nya ketemu tapi patah, jadi rusak ya",
        ],
        control="correction",
        line=ktp(n, k, "RAHMAT HIDAYAT", "SURADITA", "CISAUK", "RUSAK"),
    )

    n, k = nik("Legok", "1994-07-04", True), kk("Legok", "2021-10-18")
    add(
        c,
        "resident",
        [
            f"Mau ajukan SKPWNI. NIK {n}, KK {k}, nama Yuliani. Alamat tujuan Jl. Melati No. 7 "
            "RT 001/RW 003, Kec. Natar, Kab. Lampung Selatan",
            "Maaf alamat tujuannya salah, yang benar: Jl. Mawar No. 17 RT 004/RW 002, Kec. "
            "Natar, Kab. Lampung Selatan",
        ],
        control="correction",
        line=keluar(
            n, k, "YULIANI", "JL. MAWAR NO. 17 RT 004/RW 002, KEC. NATAR, KAB. LAMPUNG SELATAN"
        ),
    )

    n, k = nik("Sindang Jaya", "1979-05-31"), kk("Sindang Jaya", "2010-03-08")
    wrong = typo(k, 15, "1" if k[15] != "1" else "2")
    add(
        c,
        "resident",
        [
            f"ktp saya rusak. nik {n}, kk {wrong}, nama Endang Suherman, ds Sindangasih kec "
            "Sindang Jaya",
            f"no kk nya kurang bener pak, harusnya {fmt(k, '#### #### #### ####')}",
        ],
        control="correction",
        line=ktp(n, k, "ENDANG SUHERMAN", "SINDANGASIH", "SINDANG JAYA", "RUSAK"),
    )

    no = skpwni("360201", "2026-11-30")
    add(
        c,
        "resident",
        [
            f"#SKDWN#{no}#BEKERJA",
            "keperluannya bukan kerja pak, tapi ikut suami yang kerja di sini",
        ],
        control="correction",
        line=datang(no, "IKUT SUAMI"),
    )

    k = kk("Panongan", "2015-06-15")
    add(
        c,
        "resident",
        [
            f"Cetak ulang KK. No KK {k}, kepala keluarga Jajang Nurjaman, desa Mekar Jaya kec "
            "Sepatan",
            "maaf kecamatannya Panongan, Mekar Jaya yang di Panongan bukan yang di Sepatan",
        ],
        control="correction",
        line=kartu(k, "JAJANG NURJAMAN", "MEKAR JAYA", "PANONGAN"),
    )

    n, k = nik("Kemiri", "1989-10-27", True), kk("Kemiri", "2016-11-21")
    add(
        c,
        "helper",
        [
            f"Input KTP hilang warga desa Klebet kec Kemiri: NIK {n}, KK {k}, nama Juju Juwariah",
            "Koreksi pak, nama warganya Juju Juariah tanpa huruf w, saya salah ketik",
        ],
        answers=helper_contact("Juju Juariah", "0822-0000-9431"),
        control="correction",
        line=ktp(n, k, "JUJU JUARIAH", "KLEBET", "KEMIRI", "HILANG"),
    )


# === cancel =================================================================================
def cancel() -> None:
    c = "cancel"

    n, k = nik("Kelapa Dua", "1998-02-14", True), kk("Kelapa Dua", "2024-03-11")
    add(
        c,
        "resident",
        ["mau bikin ktp baru nih buat sy sendiri"],
        answers={
            "nik": n,
            "no_kk": k,
            "nama": "udah deh gak jadi, nanti aja saya ke kantor desa langsung",
        },
        left="nik no_kk nama desa kecamatan",
        control="cancel",
    )

    k = kk("Kresek", "2012-09-17")
    add(
        c,
        "resident",
        [
            f"Cetak KK, no {k}, kepala keluarga Suhendar, desa Koper kec Kresek",
            "jangan dikirim dulu pak, batalin aja, ternyata suami udah ngurus kemarin di desa",
        ],
        control="cancel",
    )
    add(
        c,
        "resident",
        ["mau bikin kk dong", "eh gajadi deh, nunggu suami pulang kerja aja biar dia yang urus"],
        left="no_kk nama_kepala_keluarga desa kecamatan",
        control="cancel",
    )

    n, k = nik("Curug", "1963-04-18"), kk("Curug", "2006-05-29")
    add(
        c,
        "helper",
        [
            f"Input KTP rusak warga Kel. Binong Kec. Curug, an. Mad Soleh, NIK {n}, KK {k}",
            "Pak batalkan yang barusan ya, warganya ternyata sudah urus sendiri ke kecamatan",
        ],
        control="cancel",
    )

    n = nik("Balaraja", "2019-08-21", True)
    add(
        c,
        "resident",
        [
            f"kia anak saya nik {n}",
            "udahan aja dulu, akta kelahirannya ternyata belum jadi, nanti saya balik lagi",
        ],
        left="no_kk nama desa kecamatan",
        control="cancel",
    )

    n, k = nik("Tigaraksa", "1988-12-19"), kk("Tigaraksa", "2016-07-25")
    add(
        c,
        "resident",
        [
            f"skpwni a.n. Wahyu Hidayat, nik {n}, kk {k}, pindah ke Perum Kramat Asri Blok "
            "B No. 2, Kec. Kramatwatu, Kab. Serang",
            "gak jadi pindah pak, suami batal dimutasi. tolong dibatalkan permohonannya",
        ],
        control="cancel",
    )

    n = nik("Pagedangan", "2017-03-30")
    add(
        c,
        "first_timer",
        ["saya mau buat KIA buat anak pertama"],
        answers={
            "nik": fmt(n, "#### #### #### ####"),
            "no_kk": "maaf kak saya batalin dulu ya, mau tanya suami dulu KK nya yang mana",
        },
        left="nik no_kk nama desa kecamatan",
        control="cancel",
    )

    n, k = nik("Kosambi", "2009-07-27", True), kk("Kosambi", "2011-10-03")
    add(
        c,
        "resident",
        [
            f"#KTP#{n}#{k}#AYU LESTARI#DADAP#KOSAMBI#PEMULA#",
            "stop stop salah kirim, itu data adik saya belum lengkap, batalkan ya",
        ],
        control="cancel",
    )


# === hash_line ==============================================================================
def hash_line() -> None:
    c = "hash_line"

    n, k = nik("Kosambi", "1980-09-18"), kk("Kosambi", "2010-02-22")
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#ROHMAT HIDAYAT#CENGKLONG#KOSAMBI#HILANG#"],
        line=ktp(n, k, "ROHMAT HIDAYAT", "CENGKLONG", "KOSAMBI", "HILANG"),
    )

    k = kk("Teluknaga", "2014-01-27")
    add(
        c,
        "resident",
        [f"#kk#{k}#nasrudin#kampung melayu timur#teluknaga"],
        line=kartu(k, "NASRUDIN", "KMP MELAYU TIM", "TELUKNAGA"),
    )

    n, k = nik("Pakuhaji", "2016-11-03", True), kk("Pakuhaji", "2015-09-14")
    add(
        c,
        "resident",
        [f"# KIA # {n} # {k} # Putri Ayu Lestari # Bunisari # Pakuhaji"],
        line=kia(n, k, "PUTRI AYU LESTARI", "BONISARI", "PAKUHAJI"),
    )

    n, k = nik("Pagedangan", "1982-04-12"), kk("Pagedangan", "2013-03-25")
    add(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#FERRY IRAWAN#JL. SULTAN AGENG TIRTAYASA NO. 88, KOTA CILEGON"],
        line=keluar(n, k, "FERRY IRAWAN", "JL. SULTAN AGENG TIRTAYASA NO. 88, KOTA CILEGON"),
    )

    no = skpwni("317301", "2026-11-12")
    add(
        c,
        "resident",
        [f"#SKDWN#{no}#MENGIKUTI ORANG TUA"],
        line=datang(no, "MENGIKUTI ORANG TUA"),
    )

    n, k = nik("Balaraja", "2009-10-01"), kk("Balaraja", "2012-04-09")
    add(
        c,
        "resident",
        [
            f"Assalamualaikum wr wb\n#KTP#{n}#{k}#MUHAMMAD FAHRI#GEMBONG#BALARAJA#PEMULA#\n"
            "terima kasih 🙏"
        ],
        line=ktp(n, k, "MUHAMMAD FAHRI", "GEMBONG", "BALARAJA", "PEMULA"),
    )

    n, k = nik("Kemiri", "1973-02-07", True), kk("Kemiri", "2008-06-16")
    add(
        c,
        "helper",
        [f"#KTP#{n}#{k}#SAMSIAH#PATRAMANGGALA#KEMIRI#RUSAK#\nmohon diproses, warga desa kami"],
        answers=helper_contact("Ibu Samsiah", "0878 0000 9444"),
        line=ktp(n, k, "SAMSIAH", "PATRAMANGGALA", "KEMIRI", "RUSAK"),
    )

    n, k = nik("Sepatan Timur", "2024-01-29"), kk("Sepatan Timur", "2021-07-12")
    add(
        c,
        "first_timer",
        [
            f"#KIA#{fmt(n, '####.####.####.####')}#{fmt(k, '####.####.####.####')}"
            "#Ahmad Zaki#Tanah Merah#Sepatan Timur"
        ],
        line=kia(n, k, "AHMAD ZAKI", "TANAH MERAH", "SEPATAN TIMUR"),
    )


# --- checks and output ---------------------------------------------------------------------
_JOINED = re.compile(r"(?<=\d)[ .\-]+(?=\d)")


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d{16,}", _JOINED.sub("", text))


def _utterances(conv: dict) -> list[str]:
    return [*conv["turns"], *conv.get("answers", {}).values()]


def _check(conv: dict) -> None:
    where = conv["id"]
    spoken = _utterances(conv)
    found = [number for text in spoken for number in _numbers(text)]
    for number in found:
        assert len(number) == 16, (where, number)
        assert number in MADE or number in TYPOS, (where, number)
        assert 9400 <= int(number[-4:]) <= 9499, (where, number)
    line = conv["expect"].get("line")
    if line is not None:
        verdict = parse(line)
        assert verdict.ok and verdict.canonical == line, (where, line, verdict.errors)
        for number in re.findall(r"\d{16}", line):
            assert number in found, (where, number)


def build() -> list[dict]:
    for part in (
        formal_one_message,
        dashed_numbers,
        name_introduced,
        half_remembered_format,
        restate_known_value,
        name_with_relation,
        surat_pindah,
        question_not_form,
        topic_coverage,
        referral_by_place,
        complaint_followup,
        helper_mode,
        desa_typo_with_kecamatan,
        casual_stepwise,
        correction_at_confirmation,
        cancel,
        hash_line,
    ):
        part()
    serial: Counter[str] = Counter()
    for conv in CONVS:
        serial[conv["category"]] += 1
        conv["id"] = f"{PREFIX}-{conv['category'].replace('_', '-')}-{serial[conv['category']]:02d}"
        _check(conv)
    said = Counter(text for conv in CONVS for text in _utterances(conv))
    twice = [text for text, count in said.items() if count > 1]
    assert not twice, twice
    return CONVS


def main() -> None:
    from tests.conversations.corpus import CATEGORIES, CONTROLS, PERSONAS

    convs = build()
    by_category = Counter(conv["category"] for conv in convs)
    assert set(by_category) == set(CATEGORIES), set(CATEGORIES) - set(by_category)
    assert min(by_category.values()) >= 6, by_category
    assert {conv["persona"] for conv in convs} == set(PERSONAS)
    controls = {conv["expect"].get("control") for conv in convs} - {None}
    assert controls == set(CONTROLS), controls
    services = {conv["expect"]["line"].split("#")[1] for conv in convs if "line" in conv["expect"]}
    assert services == set(FORMAT), services
    for old in HERE.glob(f"{PREFIX}_*.yml"):
        old.unlink()
    for category in CATEGORIES:
        part = [conv for conv in convs if conv["category"] == category]
        text = yaml.safe_dump(
            {"conversations": part}, allow_unicode=True, sort_keys=False, width=100
        )
        (HERE / f"{PREFIX}_{category}.yml").write_text(text, encoding="utf-8")
    personas = Counter(conv["persona"] for conv in convs)
    print(f"{len(convs)} conversations in {len(by_category)} files")
    for category in CATEGORIES:
        print(f"  {category:28} {by_category[category]}")
    print("  personas:", dict(personas))


if __name__ == "__main__":
    main()
