"""Builds the fresh part of the TEST split: `fresh_<category>.yml`, one file per category.

Written by a new author who did not read the dev split, the other test files or the
assistant's dialogue code. The messages are hand-written here; numbers come from
`devtools.synthetic` (serials 9500-9699) and every expected line is checked with
`bot.intake.parser.parse` to be canonical. Measured once: do not tune on these files.

    .venv/bin/python -m tests.conversations.test.make_fresh
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik
from tests.conversations.corpus import CATEGORIES

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[3] / "shared" / "data"
if not SHARED.exists():  # the package copy of the same tables
    SHARED = HERE.parents[2] / "bot" / "reference" / "data"


def _codes() -> dict[str, str]:
    """Kecamatan name (lower case) -> 6-digit region code, Kab. Tangerang and neighbours."""
    out: dict[str, str] = {}
    with (SHARED / "kecamatan_kab_tangerang.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out[row["kecamatan"].lower()] = row["kode"].replace(".", "")
    with (SHARED / "wilayah_tetangga.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = f"{row['kabkota'].lower()}/{row['kecamatan'].lower()}"
            out[key] = row["kecamatan_kode"].replace(".", "")
    return out


REGION = _codes()
_serial = iter(range(10_000))
_seen_numbers: set[str] = set()


def _next_serial() -> int:
    return 9500 + next(_serial) % 200


def _unique(number: str) -> str:
    assert number not in _seen_numbers, number
    _seen_numbers.add(number)
    return number


def nik(kec: str, born: str, female: bool = False) -> str:
    """A synthetic NIK registered in `kec` (name, or 'kota tangerang/cipondoh'), born Y-M-D."""
    y, m, d = map(int, born.split("-"))
    return _unique(make_nik(REGION[kec.lower()], date(y, m, d), female, _next_serial()))


def kk(kec: str, recorded: str) -> str:
    y, m, d = map(int, recorded.split("-"))
    return _unique(make_kk(REGION[kec.lower()], date(y, m, d), _next_serial()))


def grouped(number: str, sizes: tuple[int, ...] = (4, 4, 4, 4), sep: str = " ") -> str:
    """'3603184203089500' -> '3603 1842 0308 9500' (any group sizes, any separator)."""
    assert sum(sizes) == len(number)
    parts, at = [], 0
    for size in sizes:
        parts.append(number[at : at + size])
        at += size
    return sep.join(parts)


# --- expected lines, each checked by the parser -------------------------------------------------
def _canonical(line: str) -> str:
    verdict = parse(line)
    assert verdict.ok and verdict.canonical == line, (line, [e.code for e in verdict.errors])
    bad = [w.code for w in verdict.warnings if w.code in ("pemula_di_bawah_17", "kia_usia_17")]
    assert not bad, (line, bad)
    return line


def ktp(n: str, k: str, nama: str, desa: str, kec: str, alasan: str) -> str:
    return _canonical(f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#".upper())


def kkl(k: str, kepala: str, desa: str, kec: str) -> str:
    return _canonical(f"#KK#{k}#{kepala}#{desa}#{kec}".upper())


def kia(n: str, k: str, nama: str, desa: str, kec: str) -> str:
    return _canonical(f"#KIA#{n}#{k}#{nama}#{desa}#{kec}".upper())


def skpwni(n: str, k: str, nama: str, alamat: str) -> str:
    return _canonical(f"#SKPWNI#{n}#{k}#{nama}#{alamat}".upper())


def skdwn(nomor: str, keperluan: str) -> str:
    return _canonical(f"#SKDWN#{nomor}#{keperluan}".upper())


# --- conversations ------------------------------------------------------------------------------
BUILT: dict[str, list[dict[str, Any]]] = defaultdict(list)


def conv(
    category: str,
    persona: str,
    turns: list[str],
    *,
    line: str | None = None,
    facts: list[list[str]] | None = None,
    control: str | None = None,
    referral_to: str | None = None,
    answers: dict[str, str] | None = None,
    confirm: str | None = None,
    missing: int = 0,
) -> dict[str, Any]:
    assert category in CATEGORIES, category
    number = len(BUILT[category]) + 1
    out: dict[str, Any] = {
        "id": f"fresh-{category.replace('_', '-')}-{number:02d}",
        "category": category,
        "persona": persona,
        "turns": turns,
    }
    if answers:
        out["answers"] = answers
    if confirm:
        out["confirm"] = confirm
    out["missing"] = missing
    expect: dict[str, Any] = {}
    if control:
        expect["control"] = control
    if referral_to:
        expect["referral_to"] = referral_to
    if line:
        expect["line"] = line
        _said_in(out, line)
    if facts:
        expect["facts"] = facts
    out["expect"] = expect
    BUILT[category].append(out)
    return out


def _digits(text: str) -> str:
    return re.sub(r"(?<=\d)[\s.\-–]+(?=\d)", "", text)


def _said_in(raw: dict[str, Any], line: str) -> None:
    """An authoring check: the numbers of the expected line are in what the person writes."""
    said = _digits(" ".join([*raw["turns"], *(raw.get("answers") or {}).values()]))
    for number in re.findall(r"\d{16}", line):
        assert number in said, (raw["turns"][0][:40], number)


# ================================================================================================
# hash_line: the office's format typed (nearly) right
# ================================================================================================
def hash_line() -> None:
    c = "hash_line"
    n, k = nik("cikupa", "1991-06-14", True), kk("cikupa", "2017-02-20")
    conv(
        c,
        "resident",
        [f"#KTP#{n}#{k}#DEWI LESTARI#SUKADAMAI#CIKUPA#HILANG#"],
        line=ktp(n, k, "DEWI LESTARI", "SUKADAMAI", "CIKUPA", "HILANG"),
    )

    k = kk("balaraja", "2012-09-03")
    conv(
        c,
        "resident",
        [f"#KK#{k}#SUPRIYADI#TALAGASARI#BALARAJA"],
        line=kkl(k, "SUPRIYADI", "TALAGASARI", "BALARAJA"),
    )

    n, k = nik("curug", "2021-01-27", True), kk("curug", "2019-11-05")
    conv(
        c,
        "resident",
        [f"#KIA#{n}#{k}#AISYAH PUTRI RAMADHANI#KADU JAYA#CURUG"],
        line=kia(n, k, "AISYAH PUTRI RAMADHANI", "KADU JAYA", "CURUG"),
    )

    n, k = nik("pasar kemis", "1986-10-02"), kk("pasar kemis", "2014-03-18")
    alamat = "JL. MELATI NO 7 RT 004 RW 002 KEL. MEKARJAYA KEC. SUKMAJAYA KOTA DEPOK"
    conv(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#AGUS SALIMAN#{alamat}"],
        line=skpwni(n, k, "AGUS SALIMAN", alamat),
    )

    conv(
        c,
        "resident",
        ["#SKDWN#SKPWNI/3175/03112026/0217#PINDAH DATANG SEKELUARGA"],
        line=skdwn("SKPWNI/3175/03112026/0217", "PINDAH DATANG SEKELUARGA"),
    )

    n, k = nik("tigaraksa", "2008-11-09"), kk("tigaraksa", "2009-04-22")
    conv(
        c,
        "first_timer",
        [f"#ktp#{n}#{k}#rizky fadillah#pasir nangka#tigaraksa#pemula#"],
        line=ktp(n, k, "RIZKY FADILLAH", "PASIR NANGKA", "TIGARAKSA", "PEMULA"),
    )

    n, k = nik("pagedangan", "1979-02-23"), kk("pagedangan", "2011-07-30")
    conv(
        c,
        "resident",
        [f"#KTP#{n}#{k}#HENDRA GUNAWAN#LENGKONG KULON#PAGEDANGAN#RUSAK#"],
        line=ktp(n, k, "HENDRA GUNAWAN", "LENGKONG KULON", "PAGEDANGAN", "RUSAK"),
    )

    k = kk("kronjo", "2010-12-01")
    conv(
        c,
        "helper",
        [f"#KK#{k}#MAHMUDIN#PAGENJAHAN#KRONJO"],
        answers={"nama_warga": "Mahmudin", "telepon_warga": "0813 0000 9517"},
        line=kkl(k, "MAHMUDIN", "PAGENJAHAN", "KRONJO"),
    )


# ================================================================================================
# formal_one_message: letters with everything in one message
# ================================================================================================
def formal_one_message() -> None:
    c = "formal_one_message"
    n, k = nik("curug", "1975-04-11"), kk("curug", "2013-08-14")
    conv(
        c,
        "resident",
        [
            "Dengan hormat,\nSaya yang bertanda tangan di bawah ini:\n"
            f"Nama : Bambang Sutrisno\nNIK : {n}\nNo. KK : {k}\n"
            "Alamat : Desa Cukanggalih, Kecamatan Curug\n"
            "Dengan ini mengajukan permohonan penggantian KTP elektronik karena KTP saya hilang. "
            "Demikian permohonan ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan terima kasih."
        ],
        line=ktp(n, k, "BAMBANG SUTRISNO", "CUKANGGALIH", "CURUG", "HILANG"),
    )

    k = kk("pasar kemis", "2016-01-25")
    conv(
        c,
        "resident",
        [
            "Kepada Yth. Petugas Disdukcapil Kabupaten Tangerang. Dengan hormat, bersama ini saya "
            "Yusuf Maulana selaku kepala keluarga memohon pencetakan Kartu Keluarga yang baru karena "
            f"ada penambahan anggota keluarga (kelahiran anak ketiga). Nomor KK kami {k}, "
            "beralamat di Desa Sindangsari Kecamatan Pasar Kemis. Terima kasih atas bantuannya."
        ],
        line=kkl(k, "YUSUF MAULANA", "SINDANGSARI", "PASAR KEMIS"),
    )

    n, k = nik("legok", "2015-09-19", True), kk("legok", "2014-06-02")
    conv(
        c,
        "resident",
        [
            "Yth. Bapak/Ibu Petugas Dukcapil\n\nDengan hormat, kami mohon dibuatkan Kartu Identitas "
            "Anak untuk putri kami dengan data sebagai berikut:\n"
            f"Nama anak : Naura Azzahra\nNIK anak : {n}\nNomor KK : {k}\n"
            "Desa Rancagong, Kec. Legok\n\nAtas perhatiannya kami ucapkan terima kasih.\nHormat kami"
        ],
        line=kia(n, k, "NAURA AZZAHRA", "RANCAGONG", "LEGOK"),
    )

    n, k = nik("sepatan", "1984-12-07"), kk("sepatan", "2010-10-10")
    alamat = "Jl. Raya Cilebut No. 45 RT 002 RW 007 Kel. Cilebut Barat Kec. Sukaraja Kab. Bogor"
    conv(
        c,
        "resident",
        [
            f"Dengan hormat, saya Dedi Kurniawan, NIK {n}, No KK {k}, bermaksud mengajukan surat "
            "keterangan pindah WNI (SKPWNI) karena pindah tempat kerja.\n"
            f"Alamat tujuan: {alamat}"
        ],
        line=skpwni(n, k, "DEDI KURNIAWAN", alamat),
    )

    n, k = nik("balaraja", "1989-05-30", True), kk("balaraja", "2015-12-21")
    conv(
        c,
        "resident",
        [
            "Assalamu'alaikum wr. wb.\nDengan hormat, saya Sri Wahyuni warga Desa Sukamurni "
            "Kecamatan Balaraja hendak mengajukan penggantian KTP-el karena KTP saya rusak "
            f"(chip tidak terbaca dan kartunya retak). NIK: {n}. Nomor Kartu Keluarga: {k}. "
            "Mohon arahannya. Wassalamu'alaikum wr. wb."
        ],
        line=ktp(n, k, "SRI WAHYUNI", "SUKAMURNI", "BALARAJA", "RUSAK"),
    )

    n, k = nik("rajeg", "2009-01-16", True), kk("rajeg", "2008-07-07")
    conv(
        c,
        "first_timer",
        [
            "Selamat siang Bapak/Ibu. Perkenalkan nama saya Putri Anggraini, tahun ini saya sudah "
            "berumur 17 tahun dan ingin membuat KTP-el untuk pertama kali. Berikut data saya: "
            f"NIK {n}, nomor KK {k}, Desa Sukatani Kecamatan Rajeg. Terima kasih banyak."
        ],
        line=ktp(n, k, "PUTRI ANGGRAINI", "SUKATANI", "RAJEG", "PEMULA"),
    )

    conv(
        c,
        "resident",
        [
            "Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tangerang\n\n"
            "Dengan hormat, kami sekeluarga telah pindah dari Kota Serang dan sudah memegang surat "
            "keterangan pindah. Kami mohon dapat dibantu proses kedatangannya.\n"
            "Nomor SKPWNI: SKPWNI/3673/14102026/0088\nKeperluan: pindah datang sekeluarga\n\n"
            "Atas perhatian Bapak/Ibu kami ucapkan terima kasih."
        ],
        line=skdwn("SKPWNI/3673/14102026/0088", "PINDAH DATANG SEKELUARGA"),
    )

    k = kk("kemiri", "2011-03-28")
    conv(
        c,
        "resident",
        [
            "Dengan hormat. Dengan ini saya memberitahukan bahwa Kartu Keluarga kami hilang saat "
            "pindahan rumah. Mohon dapat dicetak ulang. Data KK: nomor "
            f"{k}, kepala keluarga atas nama Sarifudin, Desa Lontar, Kecamatan Kemiri. "
            "Surat kehilangan dari polsek sudah saya urus. Terima kasih."
        ],
        line=kkl(k, "SARIFUDIN", "LONTAR", "KEMIRI"),
    )


# ================================================================================================
# dashed_numbers: numbers with spaces, dots and dashes
# ================================================================================================
def dashed_numbers() -> None:
    c = "dashed_numbers"
    n, k = nik("teluknaga", "1993-07-04", True), kk("teluknaga", "2018-05-15")
    conv(
        c,
        "resident",
        [
            f"mau urus ktp ilang nik {grouped(n, (4, 2, 6, 4), '-')} kk {grouped(k, (4, 2, 6, 4), '-')} "
            "nama Wulandari desa Babakan Asem kec Teluknaga"
        ],
        line=ktp(n, k, "WULANDARI", "BABAKAN ASEM", "TELUKNAGA", "HILANG"),
    )

    n, k = nik("kosambi", "2020-03-12"), kk("kosambi", "2016-08-08")
    conv(
        c,
        "resident",
        [
            f"KIA anak sy, nik {grouped(n)} , kk {grouped(k)} , nama Rafka Alvaro, "
            "desa rawa rengas kosambi"
        ],
        line=kia(n, k, "RAFKA ALVARO", "RAWA RENGAS", "KOSAMBI"),
    )

    k = kk("sukadiri", "2007-02-19")
    conv(
        c,
        "resident",
        [
            f"cetak ulang kk yg rusak\nNo.KK {grouped(k, (4, 4, 4, 4), '.')}\n"
            "kepala kel: Jumadi\nds. Karang Serang kec. Sukadiri"
        ],
        line=kkl(k, "JUMADI", "KARANG SERANG", "SUKADIRI"),
    )

    n, k = nik("jambe", "1969-08-25"), kk("jambe", "2009-09-09")
    conv(
        c,
        "resident",
        [
            f"Pak ktp saya retak. NIK : {grouped(n, (6, 6, 4), '.')}  KK : {grouped(k, (6, 6, 4), '.')} "
            "a.n Nasrudin Daru Jambe"
        ],
        line=ktp(n, k, "NASRUDIN", "DARU", "JAMBE", "RUSAK"),
    )

    n, k = nik("cisauk", "1998-02-03", True), kk("cisauk", "2021-10-27")
    conv(
        c,
        "resident",
        [
            "ktp hilang di angkot",
            f"nik {grouped(n, (3, 3, 3, 3, 4), ' ')}",
            f"no kk {grouped(k, (3, 3, 3, 3, 4), ' ')}",
            "Fitri Handayani, Suradita Cisauk",
        ],
        line=ktp(n, k, "FITRI HANDAYANI", "SURADITA", "CISAUK", "HILANG"),
    )

    n, k = nik("sindang jaya", "2017-12-01", True), kk("sindang jaya", "2017-12-20")
    conv(
        c,
        "resident",
        ["mau daftar kia buat anak perempuan saya"],
        answers={
            "nik": f"{grouped(n, (4, 4, 4, 4), '-')}",
            "no_kk": f"kk nya {grouped(k, (4, 4, 4, 4), '-')}",
            "nama": "Alifa Khairunnisa",
            "desa": "wanakerta",
            "kecamatan": "sindang jaya",
        },
        missing=5,
        line=kia(n, k, "ALIFA KHAIRUNNISA", "WANAKERTA", "SINDANG JAYA"),
    )

    n, k = nik("panongan", "2008-06-30"), kk("panongan", "2012-01-13")
    conv(
        c,
        "resident",
        [
            f"rekam ktp baru. nik 3603 19{n[6:8]} {n[8:12]}-{n[12:]} "
            f"kk 36 03 19 {k[6:8]} {k[8:10]} {k[10:12]} {k[12:]}, "
            "nama Galih Pratama, ds Ranca Kalapa, kec Panongan"
        ],
        line=ktp(n, k, "GALIH PRATAMA", "RANCA KALAPA", "PANONGAN", "PEMULA"),
    )

    n, k = nik("mauk", "1977-11-17", True), kk("mauk", "2005-06-06")
    conv(
        c,
        "first_timer",
        [
            f"permisi mau ganti ktp yang ilang, ini nik saya {grouped(n, (2, 2, 2, 6, 4), '.')}",
            f"kalo kk {grouped(k, (2, 2, 2, 6, 4), '.')}",
        ],
        answers={"nama": "Sumiati", "desa": "desa sasak", "kecamatan": "kecamatan mauk"},
        missing=3,
        line=ktp(n, k, "SUMIATI", "SASAK", "MAUK", "HILANG"),
    )


# ================================================================================================
# name_introduced: names behind introducing phrases
# ================================================================================================
def name_introduced() -> None:
    c = "name_introduced"
    n, k = nik("cikupa", "2008-09-21"), kk("cikupa", "2013-02-02")
    conv(
        c,
        "first_timer",
        [
            f"halo, saya Rahmat Hidayat, mau bikin ktp pertama kali. nik {n} kk {k}, "
            "tinggal di desa Bunder kecamatan Cikupa"
        ],
        line=ktp(n, k, "RAHMAT HIDAYAT", "BUNDER", "CIKUPA", "PEMULA"),
    )

    n, k = nik("kresek", "1982-03-03", True), kk("kresek", "2012-12-12")
    conv(
        c,
        "resident",
        ["ktp rusak kena air", f"nama sy: nurhayati. nik {n}", f"kk {k} renged kresek"],
        line=ktp(n, k, "NURHAYATI", "RENGED", "KRESEK", "RUSAK"),
    )

    k = kk("sepatan timur", "2019-04-04")
    conv(
        c,
        "resident",
        [
            f"mau cetak kk baru atas nama Eko Prasetyo sebagai kepala keluarga, no kk {k}, "
            "desa Pondok Kelor kec Sepatan Timur"
        ],
        line=kkl(k, "EKO PRASETYO", "PONDOK KELOR", "SEPATAN TIMUR"),
    )

    n, k = nik("gunung kaler", "1990-10-28", True), kk("gunung kaler", "2014-11-11")
    conv(
        c,
        "resident",
        [
            "selamat sore, dengan Bu Marlina Sari di sini. ktp saya hilang waktu mudik, "
            f"nik {n}, no kk {k}, alamat desa Onyam kec Gunung Kaler"
        ],
        line=ktp(n, k, "MARLINA SARI", "ONYAM", "GUNUNG KALER", "HILANG"),
    )

    n, k = nik("pakuhaji", "2019-07-07"), kk("pakuhaji", "2019-08-01")
    conv(
        c,
        "resident",
        ["mau urus kia buat anak"],
        answers={
            "nama": "namanya Fathan Al Ghifari",
            "nik": f"nik anaknya {n}",
            "no_kk": f"{k}",
            "desa": "kiara payung",
            "kecamatan": "pakuhaji",
        },
        missing=5,
        line=kia(n, k, "FATHAN AL GHIFARI", "KIARA PAYUNG", "PAKUHAJI"),
    )

    n, k = nik("solear", "2008-04-12", True), kk("solear", "2010-02-14")
    conv(
        c,
        "first_timer",
        [
            f"kak aku Dinda Maharani, mau rekam e-ktp baru soalnya udh 18. nik {n}",
            f"kk {k}, desa cikuya solear",
        ],
        line=ktp(n, k, "DINDA MAHARANI", "CIKUYA", "SOLEAR", "PEMULA"),
    )

    n, k = nik("kelapa dua", "1995-01-31"), kk("kelapa dua", "2020-06-16")
    conv(
        c,
        "resident",
        [
            "nama lengkap saya sesuai KK Muhammad Iqbal Ramadhan, ktp saya ilang dicopet di KRL. "
            f"NIK {n} KK {k} Bencongan, Kelapa Dua"
        ],
        line=ktp(n, k, "MUHAMMAD IQBAL RAMADHAN", "BENCONGAN", "KELAPA DUA", "HILANG"),
    )


# ================================================================================================
# half_remembered_format: loose `#` lines
# ================================================================================================
def half_remembered_format() -> None:
    c = "half_remembered_format"
    n, k = nik("cikupa", "1987-05-05", True), kk("cikupa", "2011-11-01")
    conv(
        c,
        "resident",
        [f"#ktp {n} {k} siti rohmah pasir gadung cikupa hilang"],
        line=ktp(n, k, "SITI ROHMAH", "PASIR GADUNG", "CIKUPA", "HILANG"),
    )

    k = kk("pasar kemis", "2018-09-18")
    conv(
        c,
        "resident",
        [f"KK#Pangadegan#Pasar Kemis#{k}#Junaedi"],
        line=kkl(k, "JUNAEDI", "PANGADEGAN", "PASAR KEMIS"),
    )

    n, k = nik("kosambi", "1972-01-09"), kk("kosambi", "2006-03-03")
    conv(
        c,
        "resident",
        [f"#KTP#{n}#{k}#Wahyu Setiadi#Dadap#Kosambi"],
        answers={"alasan": "rusak pak, kartunya patah jadi dua"},
        missing=1,
        line=ktp(n, k, "WAHYU SETIADI", "DADAP", "KOSAMBI", "RUSAK"),
    )

    n, k = nik("cisoka", "2016-04-26", True), kk("cisoka", "2015-05-05")
    conv(
        c,
        "resident",
        [f"#KIA/{n}/{k}/Zahira Nur Azizah/Cibugel/Cisoka"],
        line=kia(n, k, "ZAHIRA NUR AZIZAH", "CIBUGEL", "CISOKA"),
    )

    n, k = nik("teluknaga", "1988-08-08", True), kk("teluknaga", "2016-02-29")
    conv(
        c,
        "resident",
        [f"# KTP # {n} # Yuyun Yuningsih # Tegal Angus # Teluknaga # hilang"],
        answers={"no_kk": f"no kk {k}"},
        missing=1,
        line=ktp(n, k, "YUYUN YUNINGSIH", "TEGAL ANGUS", "TELUKNAGA", "HILANG"),
    )

    n, k = nik("legok", "1992-12-25"), kk("legok", "2019-01-07")
    alamat = "Jl. Sultan Agung No. 21 RT 003 RW 009 Kel. Medan Satria Kec. Medan Satria Kota Bekasi"
    conv(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#Andri Setiawan"],
        answers={"alamat_pindah": alamat},
        missing=1,
        line=skpwni(n, k, "ANDRI SETIAWAN", alamat),
    )

    n, k = nik("curug", "1983-06-19"), kk("curug", "2012-04-20")
    conv(
        c,
        "resident",
        [f"#ektp#{n}#{k}#Rudi Hartono#ds. kadu#kec. curug#ilang#"],
        line=ktp(n, k, "RUDI HARTONO", "KADU", "CURUG", "HILANG"),
    )

    k = kk("mekar baru", "2014-10-31")
    conv(
        c,
        "resident",
        [f"#kartu keluarga # {grouped(k)} # Tarmuji # Waliwis # Mekar Baru #"],
        line=kkl(k, "TARMUJI", "WALIWIS", "MEKAR BARU"),
    )


# ================================================================================================
# restate_known_value: a value said again (the same) later on
# ================================================================================================
def restate_known_value() -> None:
    c = "restate_known_value"
    k = kk("kelapa dua", "2015-07-17")
    conv(
        c,
        "resident",
        [
            "mau urus kk yang hilang, rumah di desa Bojong Nangka kec Kelapa Dua",
            f"no kk nya {k}, kepala keluarga Heri Susanto, di bojong nangka ya kelapa dua",
        ],
        line=kkl(k, "HERI SUSANTO", "BOJONG NANGKA", "KELAPA DUA"),
    )

    n, k = nik("tigaraksa", "1980-02-02", True), kk("tigaraksa", "2008-08-18")
    conv(
        c,
        "resident",
        [
            "ktp saya hilang bu",
            f"nik {n} kk {k} nama Ratna Dewi desa Margasari kec Tigaraksa. yang hilang ktp ya bukan kk",
        ],
        line=ktp(n, k, "RATNA DEWI", "MARGASARI", "TIGARAKSA", "HILANG"),
    )

    n, k = nik("sukamulya", "1970-09-15"), kk("sukamulya", "2004-12-24")
    conv(
        c,
        "resident",
        [
            f"ktp sy udah luntur tulisannya gak kebaca, nik saya {n}",
            f"nik td {n} ya, kk nya {k}",
            "nama Saepudin, desa Buniayu kec Sukamulya",
        ],
        line=ktp(n, k, "SAEPUDIN", "BUNIAYU", "SUKAMULYA", "RUSAK"),
    )

    n, k = nik("sindang jaya", "2009-02-11", True), kk("sindang jaya", "2016-05-23")
    conv(
        c,
        "resident",
        [
            f"nama saya Wulan Sari, mau rekam ktp baru. nik {n}",
            f"kk {k}, desa Sukaharja kec Sindang Jaya. namanya tetap Wulan Sari ya sesuai kk",
        ],
        line=ktp(n, k, "WULAN SARI", "SUKAHARJA", "SINDANG JAYA", "PEMULA"),
    )

    n, k = nik("pagedangan", "2022-05-09"), kk("pagedangan", "2021-03-15")
    conv(
        c,
        "resident",
        [
            f"anak saya Kenzo Alfarizi mau dibikinin kia, nik {n} kk {k}",
            "alamatnya desa Cihuni kec Pagedangan",
            "oh iya namanya Kenzo Alfarizi ya, desanya cihuni pagedangan",
        ],
        line=kia(n, k, "KENZO ALFARIZI", "CIHUNI", "PAGEDANGAN"),
    )

    n, k = nik("rajeg", "1985-03-21"), kk("rajeg", "2013-09-30")
    alamat = "Jl. Anggrek 3 No. 17 RT 001 RW 012 Kel. Cibodasari Kec. Cibodas Kota Tangerang"
    conv(
        c,
        "resident",
        [
            f"urus surat pindah keluar. nik {n} kk {k} nama Tono Wijaya",
            f"alamat tujuan {alamat}",
            f"sekali lagi alamat tujuan nya {alamat} ya pak",
        ],
        line=skpwni(n, k, "TONO WIJAYA", alamat),
    )

    n, k = nik("jayanti", "1994-04-04", True), kk("jayanti", "2017-10-10")
    conv(
        c,
        "resident",
        [
            f"ktp ilang, nik {n}, kk {k}, nama Ela Nurlela, desa Pasir Muncang kec Jayanti",
            "kecamatannya jayanti ya, desa pasir muncang",
        ],
        line=ktp(n, k, "ELA NURLELA", "PASIR MUNCANG", "JAYANTI", "HILANG"),
    )


# ================================================================================================
# name_with_relation: the request is for a relative
# ================================================================================================
def name_with_relation() -> None:
    c = "name_with_relation"
    n, k = nik("balaraja", "2009-05-14"), kk("balaraja", "2007-01-29")
    conv(
        c,
        "resident",
        [
            "mau buatin ktp buat anak saya yg baru 17 taun, namanya Aditya Saputra. "
            f"nik dia {n}, kk {k}, desa Tobat kec Balaraja"
        ],
        line=ktp(n, k, "ADITYA SAPUTRA", "TOBAT", "BALARAJA", "PEMULA"),
    )

    n, k = nik("cikupa", "1996-03-08", True), kk("cikupa", "2020-09-14")
    conv(
        c,
        "resident",
        [
            "ktp istri saya hilang pas belanja di pasar",
            "nama istri Rina Marlina",
            f"nik nya {n}",
            f"kk kami {k}, desa Talaga kec Cikupa",
        ],
        line=ktp(n, k, "RINA MARLINA", "TALAGA", "CIKUPA", "HILANG"),
    )

    n, k = nik("tigaraksa", "2019-11-23", True), kk("tigaraksa", "2018-02-06")
    conv(
        c,
        "resident",
        [f"KIA buat anak kedua saya, Keisha Aulia. nik anaknya {n}. kk {k}. ds Pete kec Tigaraksa"],
        line=kia(n, k, "KEISHA AULIA", "PETE", "TIGARAKSA"),
    )

    k = kk("pasar kemis", "2022-02-22")
    conv(
        c,
        "resident",
        [
            "kk kami sobek bagian tengah, mau cetak ulang. kepala keluarganya suami saya, "
            f"Darmawan. no kk {k} desa Kutajaya kec Pasar Kemis"
        ],
        line=kkl(k, "DARMAWAN", "KUTA JAYA", "PASAR KEMIS"),
    )

    n, k = nik("kronjo", "1958-07-01"), kk("kronjo", "2005-05-20")
    conv(
        c,
        "resident",
        [
            "ktp bapak saya rusak, fotonya udah pudar. namanya Sukardi",
            f"nik bapak {n}, kk {k}, tinggal di Pasilian Kronjo",
        ],
        line=ktp(n, k, "SUKARDI", "PASILIAN", "KRONJO", "RUSAK"),
    )

    n, k = nik("panongan", "2008-10-05", True), kk("panongan", "2011-06-21")
    conv(
        c,
        "resident",
        [
            f"adik saya Lia Amelia mau rekam ktp pertama kali, nik {n} kk {k} desa Peusar kec Panongan"
        ],
        line=ktp(n, k, "LIA AMELIA", "PEUSAR", "PANONGAN", "PEMULA"),
    )

    n, k = nik("legok", "2018-01-19"), kk("legok", "2017-06-09")
    conv(
        c,
        "resident",
        [
            "mau bikinin KIA cucu saya, Arkan Maulana, anaknya anak perempuan saya",
            f"nik cucu {n}, kk orang tuanya {k}, desa Babat kec Legok",
        ],
        line=kia(n, k, "ARKAN MAULANA", "BABAT", "LEGOK"),
    )

    n, k = nik("kemiri", "1955-12-12", True), kk("kemiri", "2003-03-13")
    conv(
        c,
        "resident",
        [
            "ibu mertua saya ktpnya ilang, namanya Tumini. "
            f"nik {n} kk {k}, desa Karang Anyar kec Kemiri"
        ],
        line=ktp(n, k, "TUMINI", "KARANG ANYAR", "KEMIRI", "HILANG"),
    )


# ================================================================================================
# surat_pindah: SKPWNI (keluar) and SKDWN (datang)
# ================================================================================================
def surat_pindah() -> None:
    c = "surat_pindah"
    n, k = nik("cikupa", "1990-08-31", True), kk("cikupa", "2016-11-19")
    alamat = (
        "Perum Graha Asri Blok C2 No 10 RT 005 RW 011 Desa Jatireja Kec. Cikarang Timur Kab. Bekasi"
    )
    conv(
        c,
        "resident",
        [f"mau bikin surat pindah, ikut suami ke bekasi. nik {n} kk {k} nama Anisa Rahmawati"],
        answers={"alamat_pindah": alamat},
        missing=1,
        line=skpwni(n, k, "ANISA RAHMAWATI", alamat),
    )

    conv(
        c,
        "resident",
        [
            "saya udah pegang surat pindah dari Lebak, nomornya SKPWNI/3602/21102026/0034. "
            "mau lapor datang ke sini"
        ],
        answers={"keperluan": "pindah domisili ikut orang tua"},
        missing=1,
        line=skdwn("SKPWNI/3602/21102026/0034", "PINDAH DOMISILI IKUT ORANG TUA"),
    )

    n, k = nik("kelapa dua", "1981-04-18"), kk("kelapa dua", "2012-07-27")
    alamat = (
        "Jl. Kemuning Raya No. 8 RT 010 RW 004 Kel. Utan Kayu Utara Kec. Matraman Jakarta Timur"
    )
    conv(
        c,
        "resident",
        [f"Permohonan SKPWNI\nNIK: {n}\nNo KK: {k}\nNama: Bayu Anggoro\nAlamat tujuan: {alamat}"],
        line=skpwni(n, k, "BAYU ANGGORO", alamat),
    )

    conv(
        c,
        "first_timer",
        ["min mau ngurus pindah datang, saya baru dari Cianjur"],
        answers={
            "no_skpwni": "SKPWNI/3203/05112026/0112",
            "keperluan": "pindah tempat kerja",
        },
        missing=2,
        line=skdwn("SKPWNI/3203/05112026/0112", "PINDAH TEMPAT KERJA"),
    )

    n, k = nik("curug", "2005-09-09"), kk("curug", "2006-01-16")
    alamat = "Jl. Prof. Sudarto No. 13 RT 01 RW 02 Kel. Tembalang Kec. Tembalang Kota Semarang"
    conv(
        c,
        "resident",
        [
            "anak saya mau pindah ke Semarang, kuliah sekalian kerja di sana. namanya Farhan Hakim",
            f"nik anak {n}, kk {k}",
        ],
        answers={"alamat_pindah": alamat},
        missing=1,
        line=skpwni(n, k, "FARHAN HAKIM", alamat),
    )

    n, k = nik("sepatan", "1976-06-06"), kk("sepatan", "2009-10-05")
    alamat = "Kp. Cibeureum RT 004 RW 002 Desa Sukamaju Kec. Cibeber Kab. Cianjur"
    conv(
        c,
        "resident",
        ["mau urus skpwni"],
        answers={
            "nik": n,
            "no_kk": f"kk {k}",
            "nama": "Ujang Sutisna",
            "alamat_pindah": alamat,
        },
        missing=4,
        line=skpwni(n, k, "UJANG SUTISNA", alamat),
    )

    conv(
        c,
        "resident",
        [
            "mau daftar kedatangan, no surat pindahnya 470/215/DISDUKCAPIL/2026",
            "keperluannya: ikut istri",
        ],
        line=skdwn("470/215/DISDUKCAPIL/2026", "IKUT ISTRI"),
    )

    n, k = nik("solear", "1987-11-29", True), kk("solear", "2015-04-01")
    alamat = "Jl. Diponegoro No. 50 RT 002 RW 003 Kel. Citarum Kec. Bandung Wetan Kota Bandung"
    conv(
        c,
        "resident",
        [f"surat pindah keluar a.n. Yeni Kurniasih nik {n} kk {k}, pindah ke {alamat}"],
        line=skpwni(n, k, "YENI KURNIASIH", alamat),
    )

    conv(
        c,
        "resident",
        ["#skdwn skpwni/3604/30102026/0071 pindah datang ikut suami"],
        line=skdwn("SKPWNI/3604/30102026/0071", "PINDAH DATANG IKUT SUAMI"),
    )

    n, k = nik("kresek", "1979-03-15"), kk("kresek", "2008-12-08")
    alamat = "Dusun Sukamaju RT 002 RW 001 Desa Sidomulyo Kec. Sidomulyo Kab. Lampung Selatan"
    conv(
        c,
        "first_timer",
        [
            "bingung nih, saya mau pindah ke Lampung balik kampung, surat pindahnya gimana ya",
            f"oke sy ajukan. nik {n} kk {k} nama Slamet Riyadi",
        ],
        answers={"alamat_pindah": alamat},
        missing=1,
        line=skpwni(n, k, "SLAMET RIYADI", alamat),
    )


# ================================================================================================
# question_not_form: a question first
# ================================================================================================
def question_not_form() -> None:
    c = "question_not_form"
    n, k = nik("cisoka", "1991-01-21"), kk("cisoka", "2019-03-09")
    conv(
        c,
        "resident",
        [
            "ktp saya patah gara2 kelindes motor, itu gmn ngurusnya ya?",
            f"oke kalo gitu saya ajukan aja: nik {n}, kk {k}, nama Irfan Maulana, "
            "desa Jeungjing kec Cisoka, ktp nya rusak",
        ],
        line=ktp(n, k, "IRFAN MAULANA", "JEUNGJING", "CISOKA", "RUSAK"),
    )

    conv(
        c,
        "resident",
        ["mau masukin anak yg baru lahir ke kk, syaratnya apa ya?"],
        facts=[
            [
                "kk lama",
                "kk yang lama",
                "kartu keluarga lama",
                "kk asli",
                "kk sebelumnya",
                "kartu keluarga yang lama",
            ],
            [
                "akta kelahiran",
                "akta lahir",
                "surat keterangan lahir",
                "keterangan kelahiran",
                "bukti kelahiran",
            ],
        ],
    )

    conv(
        c,
        "resident",
        ["status di ktp sy masih belum kawin padahal udah nikah 2 taun, cara gantinya gmn"],
        facts=[
            [
                "buku nikah",
                "akta perkawinan",
                "akta nikah",
                "kutipan akta",
                "bukti perkawinan",
                "bukti peristiwa",
            ],
        ],
    )

    conv(
        c,
        "first_timer",
        ["saya kerja di cikarang tapi ktp saya tangerang dan hilang. bisa cetak di sana aja gak?"],
        facts=[
            [
                "luar domisili",
                "di luar domisili",
                "dukcapil setempat",
                "dukcapil terdekat",
                "daerah lain",
                "tempat lain",
                "di mana saja",
                "dimana saja",
                "lintas",
            ],
            ["polisi", "kepolisian"],
        ],
    )

    k = kk("pakuhaji", "2013-05-25")
    conv(
        c,
        "resident",
        [
            "mau tanya, kk saya kena banjir tulisannya luntur, bisa dicetak ulang gak?",
            f"ini no kk nya {k} kepala keluarga Ahmad Sobari desa Buaran Mangga kec Pakuhaji",
        ],
        line=kkl(k, "AHMAD SOBARI", "BUARAN MANGGA", "PAKUHAJI"),
    )

    n, k = nik("sukadiri", "2009-11-05", True), kk("sukadiri", "2012-10-30")
    conv(
        c,
        "resident",
        [
            "anak saya udh 17 th bulan lalu, bisa langsung rekam ktp kah?",
            f"namanya Salsabila Putri, nik {n}, kk {k}, desa Gintung kec Sukadiri",
        ],
        line=ktp(n, k, "SALSABILA PUTRI", "GINTUNG", "SUKADIRI", "PEMULA"),
    )

    n, k = nik("mekar baru", "2014-02-14"), kk("mekar baru", "2013-12-03")
    conv(
        c,
        "resident",
        [
            "bisa gak ngurus kia lewat wa sini?",
            f"kalo bisa ini datanya, nama Bima Arya Pratama nik {n} kk {k} desa Klutuk kec Mekar Baru",
        ],
        line=kia(n, k, "BIMA ARYA PRATAMA", "KLUTUK", "MEKAR BARU"),
    )

    n, k = nik("pasar kemis", "1999-09-01", True), kk("pasar kemis", "2023-01-31")
    conv(
        c,
        "first_timer",
        [
            "gimana caranya bikin ktp yg ilang? saya gak ngerti formatnya",
            f"nik saya {n} kk {k}",
        ],
        answers={
            "nama": "Mega Puspita",
            "desa": "Sukamantri",
            "kecamatan": "Pasar Kemis",
            "alasan": "ktpnya hilang pas pindahan",
        },
        missing=3,
        line=ktp(n, k, "MEGA PUSPITA", "SUKAMANTRI", "PASAR KEMIS", "HILANG"),
    )


# ================================================================================================
# topic_coverage: requirement questions in everyday words (persyaratan_notes.md)
# ================================================================================================
CAREFUL = [
    "tanyakan",
    "petugas",
    "pastikan",
    "konfirmasi",
    "pengumuman",
    "belum dapat dipastikan",
    "tidak dapat memastikan",
    "informasi resmi",
]


def topic_coverage() -> None:
    c = "topic_coverage"
    conv(
        c,
        "resident",
        ["ktp sy ilang kemarin, perlu surat dr polsek gak sih buat bikin lagi?"],
        facts=[["kepolisian", "polisi", "polsek", "polres"]],
    )
    conv(
        c,
        "first_timer",
        ["ngurus ktp di dukcapil bayar berapaan ya? takut mahal"],
        facts=[
            [
                "gratis",
                "tidak dipungut biaya",
                "tanpa biaya",
                "tidak ada biaya",
                "bebas biaya",
                "tidak bayar",
                "tidak berbayar",
            ]
        ],
    )
    conv(
        c,
        "resident",
        ["anak saya umur 16 tahun 5 bulan, udah boleh bikin ktp belum?"],
        facts=[["17"], ["menikah", "kawin", "nikah"]],
    )
    conv(
        c,
        "resident",
        ["e-ktp saya kebelah dua, kalo mau ganti yg baru dibawa juga gak ktp yg rusaknya?"],
        facts=[
            ["bawa", "dibawa", "membawa", "serahkan", "diserahkan", "menyerahkan"],
            ["kk", "kartu keluarga"],
        ],
    )
    conv(
        c,
        "resident",
        ["bikin kia buat balita 2 tahun syaratnya apa aja?"],
        facts=[
            ["akta kelahiran", "akta lahir", "kutipan akta"],
            ["kk", "kartu keluarga"],
            ["ktp"],
        ],
    )
    conv(
        c,
        "resident",
        ["kia anak sd kelas 3 pake pas foto gak? ukuran berapa?"],
        facts=[["foto"], ["2x3", "2 x 3", "2×3", "2 × 3"]],
    )
    conv(
        c,
        "first_timer",
        ["kia bayi emang ga ada fotonya ya? sampai umur brp itu"],
        facts=[
            [
                "tanpa foto",
                "tidak ada foto",
                "tidak pakai foto",
                "tidak berfoto",
                "tidak memakai foto",
                "tanpa pas foto",
                "belum ada foto",
                "tidak menggunakan foto",
                "tidak perlu foto",
            ],
            ["5 tahun", "lima tahun"],
        ],
    )
    conv(
        c,
        "resident",
        ["mau ngurus kk masih harus minta surat pengantar dari pak RT sama RW dulu gak?"],
        facts=[
            [
                "tidak perlu",
                "tidak diperlukan",
                "tidak wajib",
                "tidak usah",
                "tidak lagi",
                "tanpa",
                "tidak harus",
                "tidak butuh",
                "tidak memerlukan",
            ]
        ],
    )
    conv(
        c,
        "resident",
        [
            "kami pindah rumah dari Cikupa ke Balaraja, masih satu kabupaten. perlu surat pindah gak?"
        ],
        facts=[
            [
                "tidak perlu",
                "tidak memerlukan",
                "tidak diperlukan",
                "tidak usah",
                "tidak butuh",
                "tanpa skpwni",
                "tanpa surat pindah",
                "tidak harus",
            ],
            ["kk", "kartu keluarga", "f-1.03", "formulir"],
        ],
    )
    conv(
        c,
        "resident",
        ["kalau mau pindah keluar ke Jawa Tengah, bawa dokumen apa aja ke dukcapil?"],
        facts=[["kk", "kartu keluarga"]],
    )
    conv(
        c,
        "resident",
        [
            "saya pendatang, udah pegang skpwni, di sini ngontrak rumah. ada surat lain yg diperlukan?"
        ],
        facts=[
            [
                "pemilik rumah",
                "pemilik kontrakan",
                "pemilik kos",
                "yang punya rumah",
                "pemilik tempat",
                "pemilik rumah kontrakan",
                "tidak keberatan",
            ]
        ],
    )
    conv(
        c,
        "first_timer",
        ["kantor dukcapil kabupaten tangerang tuh dimana sih alamatnya?"],
        facts=[["tigaraksa"]],
    )
    conv(c, "resident", ["dukcapil buka jam berapa aja? sabtu buka gak?"], facts=[CAREFUL])
    conv(
        c,
        "resident",
        ["emang bener sekarang cetak ktp bisa di kantor kecamatan, gak harus ke tigaraksa?"],
        facts=[["kecamatan"], ["29", "semua kecamatan", "seluruh kecamatan", "setiap kecamatan"]],
    )
    conv(
        c,
        "resident",
        ["mau aktivasi ktp digital (IKD), yang perlu disiapin apa?"],
        facts=[
            ["hp", "ponsel", "smartphone", "handphone", "telepon pintar", "gawai", "android"],
            ["email", "e-mail", "surel"],
        ],
    )
    conv(
        c,
        "resident",
        ["anak sy telat dibikinin akta & kk nya, ada dendanya gak kalau baru ngurus sekarang?"],
        facts=[CAREFUL],
    )
    conv(
        c,
        "helper",
        ["Pak, warga kami KK-nya hilang waktu rumahnya kebakaran. Persyaratannya apa saja ya?"],
        facts=[["kepolisian", "polisi", "polsek"], ["ktp"]],
    )
    conv(
        c,
        "resident",
        ["baru nikah bulan kemarin, mau pisah kk dari orang tua. bawa apa aja?"],
        facts=[["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta perkawinan"]],
    )
    conv(
        c,
        "resident",
        ["anak saya lagi mondok di jawa timur, bisa gak rekam ktp pemulanya diwakilin bapaknya?"],
        facts=[
            [
                "datang langsung",
                "hadir",
                "secara langsung",
                "datang sendiri",
                "tatap muka",
                "tidak bisa diwakilkan",
                "tidak dapat diwakilkan",
                "tidak bisa diwakili",
                "tidak dapat diwakili",
                "yang bersangkutan",
            ],
            ["foto", "sidik jari", "iris", "tanda tangan", "biometrik", "perekaman"],
        ],
    )
    conv(
        c,
        "resident",
        ["tadi di kecamatan ada yg minta 150rb biar ktp cepet jadi, emang resmi bayar ya?"],
        facts=[
            [
                "gratis",
                "tidak dipungut",
                "tanpa biaya",
                "tidak ada biaya",
                "tidak berbayar",
                "tidak boleh",
                "dilarang",
            ],
            [
                "pidana",
                "penjara",
                "sanksi",
                "lapor",
                "pengaduan",
                "adukan",
                "dilarang",
                "pungli",
                "pungutan liar",
            ],
        ],
    )


# ================================================================================================
# referral_by_place: Kota Tangerang / Kota Tangerang Selatan residents
# ================================================================================================
def referral_by_place() -> None:
    c = "referral_by_place"
    kt, ts = "Kota Tangerang", "Kota Tangerang Selatan"
    conv(
        c,
        "resident",
        ["mau bikin ktp baru buat anak, rumah kami di Kel. Cipondoh Makmur Kec. Cipondoh"],
        control="referral",
        referral_to=kt,
    )
    conv(
        c,
        "resident",
        ["kk saya ilang, alamat di pamulang barat tangsel. ngurusnya gmn"],
        control="referral",
        referral_to=ts,
    )
    n, k = (
        nik("kota tangerang/pinang", "2018-06-06", True),
        kk("kota tangerang/pinang", "2017-04-04"),
    )
    conv(
        c,
        "resident",
        [f"bikin kia anak, nik {n} kk {k}, nama Shakila Azzahra, kunciran kecamatan pinang"],
        control="referral",
        referral_to=kt,
    )
    conv(
        c,
        "resident",
        ["ktp saya rusak, saya warga Pondok Aren, bisa diurus di sini?"],
        control="referral",
        referral_to=ts,
    )
    n = nik("kota tangerang/cipondoh", "1986-02-17")
    k = kk("kota tangerang/cipondoh", "2014-08-08")
    conv(
        c,
        "resident",
        [f"#KTP#{n}#{k}#ROBY SETIAWAN#PORIS PLAWAD#CIPONDOH#HILANG#"],
        control="referral",
        referral_to=kt,
    )
    conv(
        c,
        "resident",
        ["selamat pagi, saya mau ngurus kk di kelurahan Rempoa kecamatan Ciputat Timur"],
        control="referral",
        referral_to=ts,
    )
    conv(
        c,
        "helper",
        [
            "Pak, saya bantu tetangga, adiknya mau ktp pemula. Mereka tinggal di Larangan Utara, "
            "Kec. Larangan. Nama warganya Bu Endah, hp 0812 0000 9606"
        ],
        control="referral",
        referral_to=kt,
    )
    conv(
        c,
        "first_timer",
        ["saya tinggal di Serpong, mau buat kia untuk anak. lewat mana ya?"],
        control="referral",
        referral_to=ts,
    )


# ================================================================================================
# complaint_followup: complaints, lookups by NIK, approvals, asking for a human
# ================================================================================================
_LOOKUP: list[str] = []  # NIKs of tickets made earlier in the run (casual_stepwise)


def complaint_followup() -> None:
    c = "complaint_followup"
    conv(
        c,
        "resident",
        ["udah 2 minggu ktp saya belum jadi jadi. saya mau ngomong sama petugasnya langsung aja"],
        control="handoff",
        answers={"keperluan": "ktp belum jadi sudah dua minggu"},
    )
    conv(
        c,
        "resident",
        [f"permohonan saya kok gak ada kabar, tolong cek nik {_LOOKUP[0]} udah sampe mana"],
        control="no_nik_lookup",
    )
    conv(
        c,
        "resident",
        ["min tolong dong diacc permohonan kia anak saya, udah seminggu nunggu nih"],
        control="no_approval",
    )
    conv(
        c,
        "resident",
        [
            "kemarin saya udah kirim data ktp hilang tapi sampai sekarang gak ada balasan sama sekali"
        ],
        facts=[["kode"], ["petugas"]],
    )
    conv(
        c,
        "resident",
        [
            "ini pelayanannya parah, masa ngurus kk aja sebulan gak kelar. sambungin ke orang beneran "
            "dong jangan mesin"
        ],
        control="handoff",
        answers={"keperluan": "kk sudah sebulan belum selesai"},
    )
    conv(
        c,
        "resident",
        [f"tolong cek ktp nik {grouped(_LOOKUP[1])} itu udah dicetak belum, dia tetangga saya"],
        control="no_nik_lookup",
    )
    conv(
        c,
        "resident",
        [
            "Pak mohon kebijakannya, permohonan surat pindah saya disetujui hari ini ya karena "
            "lusa sudah harus berangkat ke luar kota"
        ],
        control="no_approval",
    )
    conv(
        c,
        "resident",
        [
            "saya sudah 3x bolak balik ke kecamatan disuruh balik lagi terus. bisa bicara dengan "
            "operator dukcapil?"
        ],
        control="handoff",
        answers={"keperluan": "sudah tiga kali ke kecamatan disuruh kembali"},
    )
    conv(
        c,
        "resident",
        [f"KIA anak saya sudah jadi belum ya? NIK anaknya {_LOOKUP[2]}, udah 10 hari"],
        control="no_nik_lookup",
    )
    conv(
        c,
        "resident",
        [
            "mau komplain, nama saya di ktp salah cetak hurufnya, udah lapor tapi belum dibenerin. "
            "tolong hubungkan ke petugas"
        ],
        control="handoff",
        answers={"keperluan": "nama di ktp salah cetak belum diperbaiki"},
    )


# ================================================================================================
# helper_mode: village-office helpers submitting for residents
# ================================================================================================
def helper_mode() -> None:
    c = "helper_mode"
    n, k = nik("tigaraksa", "1966-10-10"), kk("tigaraksa", "2010-01-08")
    conv(
        c,
        "helper",
        [
            "Selamat pagi, saya petugas Desa Kadu Agung mau bantu daftarkan KTP hilang warga kami "
            f"atas nama Karta Wijaya, HP 0812-0000-9511. NIK {n}, KK {k}, Desa Kadu Agung "
            "Kec. Tigaraksa"
        ],
        line=ktp(n, k, "KARTA WIJAYA", "KADU AGUNG", "TIGARAKSA", "HILANG"),
    )

    n, k = nik("balaraja", "2016-08-12", True), kk("balaraja", "2016-09-01")
    conv(
        c,
        "helper",
        [
            "Assalamualaikum, saya operator desa Saga. Mau ajukan KIA untuk anaknya Ibu Lilis "
            "Suryani (no hp 0857 0000 9524).",
            f"Nama anak: Nadia Safitri\nNIK anak: {n}\nNo KK: {k}\nDesa Saga, Kec. Balaraja",
        ],
        line=kia(n, k, "NADIA SAFITRI", "SAGA", "BALARAJA"),
    )

    k = kk("pasar kemis", "2009-06-15")
    conv(
        c,
        "helper",
        [
            "saya kaur pemerintahan desa Sukamantri, warga kami Pak Samsudin (hp 0857 0000 9532) "
            f"mau cetak ulang KK yang rusak kena rayap. No KK {k}, kepala keluarga Samsudin, "
            "desa Sukamantri kec Pasar Kemis"
        ],
        line=kkl(k, "SAMSUDIN", "SUKAMANTRI", "PASAR KEMIS"),
    )

    n, k = nik("cisauk", "1988-02-28"), kk("cisauk", "2014-12-17")
    alamat = "Jl. Pemuda No. 12 RT 003 RW 004 Kel. Kaligandu Kec. Serang Kota Serang"
    conv(
        c,
        "helper",
        [
            "Pak, saya staf desa Sampora, membantu warga urus surat pindah keluar. Warga: Hasan "
            f"Basri, HP 0813 0000 9540. NIK {n}, KK {k}. Alamat tujuan: {alamat}"
        ],
        line=skpwni(n, k, "HASAN BASRI", alamat),
    )

    n, k = nik("kosambi", "2008-12-03", True), kk("kosambi", "2011-09-19")
    conv(
        c,
        "helper",
        [
            "sy petugas desa Salembaran Jati kec Kosambi, mau daftarin rekam ktp pemula warga",
            "namanya Cantika Ayu, no hp orang tuanya 0821 0000 9555",
            f"nik {n} kk {k}",
        ],
        line=ktp(n, k, "CANTIKA AYU", "SALEMBARAN JATI", "KOSAMBI", "PEMULA"),
    )

    n, k = nik("legok", "1973-05-05", True), kk("legok", "2007-07-07")
    conv(
        c,
        "helper",
        [
            "Selamat siang, saya dari kantor desa Caringin kec Legok, bantu warga yang KTP-nya rusak. "
            f"Atas nama Siti Maemunah, NIK {n}, KK {k}."
        ],
        answers={"telepon_warga": "0812 0000 9563", "nama_warga": "Siti Maemunah"},
        missing=1,
        line=ktp(n, k, "SITI MAEMUNAH", "CARINGIN", "LEGOK", "RUSAK"),
    )

    n, k = nik("curug", "2023-03-30"), kk("curug", "2022-11-25")
    conv(
        c,
        "helper",
        [
            "kader posyandu desa Binong kec Curug, mau bantu ibu Ratih (0896 0000 9571) "
            f"daftarin KIA anak balitanya, Muhammad Zayn. NIK anak {n}, KK {k}"
        ],
        line=kia(n, k, "MUHAMMAD ZAYN", "BINONG", "CURUG"),
    )

    n, k = nik("mauk", "1950-01-01"), kk("mauk", "2004-04-14")
    conv(
        c,
        "helper",
        [
            "Saya ketua RT 03 Kp. Ketapang, mau bantu warga lansia, Bapak Rasmin, KTP beliau sudah "
            "pudar fotonya. Nomor HP anaknya 0877 0000 9580.",
            f"NIK {grouped(n)} KK {grouped(k)} desa Ketapang kec Mauk",
        ],
        line=ktp(n, k, "RASMIN", "KETAPANG", "MAUK", "RUSAK"),
    )

    conv(
        c,
        "helper",
        [
            "Saya petugas kecamatan Panongan, bantu warga pendatang lapor kedatangan. Warga: Dimas "
            "Aditya, HP 0813 0000 9588. Nomor SKPWNI SKPWNI/3276/12112026/0140, keperluan: pindah "
            "datang sekeluarga"
        ],
        line=skdwn("SKPWNI/3276/12112026/0140", "PINDAH DATANG SEKELUARGA"),
    )

    k = kk("rajeg", "2024-02-10")
    conv(
        c,
        "helper",
        [
            "saya operator desa Tanjakan Mekar, ada warga baru nikah mau cetak kk baru",
        ],
        answers={
            "nama_warga": "Reza Pahlevi",
            "telepon_warga": "0852 0000 9592",
            "no_kk": f"no kk barunya {k}",
            "nama_kepala_keluarga": "Reza Pahlevi",
            "desa": "Tanjakan Mekar",
            "kecamatan": "Rajeg",
        },
        missing=5,
        line=kkl(k, "REZA PAHLEVI", "TANJAKAN MEKAR", "RAJEG"),
    )


# ================================================================================================
# desa_typo_with_kecamatan
# ================================================================================================
def desa_typo_with_kecamatan() -> None:
    c = "desa_typo_with_kecamatan"
    n, k = nik("cikupa", "1997-10-19"), kk("cikupa", "2021-05-05")
    conv(
        c,
        "resident",
        [f"ktp ilang nik {n} kk {k} nama Ilham Nugraha desa sukadamay kec cikupa"],
        line=ktp(n, k, "ILHAM NUGRAHA", "SUKADAMAI", "CIKUPA", "HILANG"),
    )

    k = kk("pasar kemis", "2015-03-03")
    conv(
        c,
        "resident",
        [f"kk rusak no {k} kepala keluarga Rohman ds kutabumy kec pasar kemis"],
        answers={"saran_tempat": "iya betul kutabumi"},
        line=kkl(k, "ROHMAN", "KUTABUMI", "PASAR KEMIS"),
    )

    n, k = nik("kronjo", "2017-08-17", True), kk("kronjo", "2016-06-26")
    conv(
        c,
        "resident",
        [f"kia anak nama Annisa Fitria nik {n} kk {k} desa pagedangn ilir kecamatan kronjo"],
        line=kia(n, k, "ANNISA FITRIA", "PAGEDANGAN ILIR", "KRONJO"),
    )

    n, k = nik("solear", "2008-08-28"), kk("solear", "2009-11-11")
    conv(
        c,
        "first_timer",
        [f"rekam ktp pertama. Arif Budiman. nik {n}. kk {k}. cikasunga, solear"],
        line=ktp(n, k, "ARIF BUDIMAN", "CIKASUNGKA", "SOLEAR", "PEMULA"),
    )

    n, k = nik("tigaraksa", "1984-04-24", True), kk("tigaraksa", "2010-10-20")
    conv(
        c,
        "resident",
        [
            "ktp saya rusak",
            f"nik {n}",
            f"kk {k}",
            "Yanti Susilawati, matagra tigaraksa",
        ],
        answers={"saran_tempat": "ya benar itu"},
        line=ktp(n, k, "YANTI SUSILAWATI", "MATAGARA", "TIGARAKSA", "RUSAK"),
    )

    k = kk("kelapa dua", "2013-01-22")
    conv(
        c,
        "resident",
        [f"cetak ulang kk hilang, {k}, kepala keluarga Benny Sitompul, curug sangreng kelapa dua"],
        line=kkl(k, "BENNY SITOMPUL", "CURUG SANGERENG", "KELAPA DUA"),
    )

    n, k = nik("kresek", "1993-03-31"), kk("kresek", "2018-08-28")
    conv(
        c,
        "resident",
        [f"ktp ilang, Dani Ramdani, {n}, {k}, desa rancaillat kec kresek"],
        line=ktp(n, k, "DANI RAMDANI", "RANCAILAT", "KRESEK", "HILANG"),
    )

    n, k = nik("pakuhaji", "2021-12-12"), kk("pakuhaji", "2020-02-20")
    conv(
        c,
        "resident",
        [f"kia anak saya Raffasya, nik {n} kk {k} desa kohot kec pakuhaji"],
        answers={"desa": "Kohod, pakai huruf d", "saran_tempat": "iya kohod"},
        line=kia(n, k, "RAFFASYA", "KOHOD", "PAKUHAJI"),
    )


# ================================================================================================
# casual_stepwise: a little at a time, as asked
# ================================================================================================
def casual_stepwise() -> None:
    c = "casual_stepwise"
    k = kk("sepatan", "2018-04-30")
    conv(
        c,
        "resident",
        ["mau bikin kk"],
        answers={
            "no_kk": k,
            "nama_kepala_keluarga": "Juhana",
            "desa": "Karet",
            "kecamatan": "Sepatan",
        },
        missing=4,
        line=kkl(k, "JUHANA", "KARET", "SEPATAN"),
    )

    n, k = nik("rajeg", "1990-12-30", True), kk("rajeg", "2017-03-17")
    _LOOKUP.append(n)
    conv(
        c,
        "resident",
        ["halo kak selamat malam", "ktp aku ilang"],
        answers={
            "nik": n,
            "no_kk": k,
            "nama": "Novi Andriani",
            "desa": "Lembangsari",
            "kecamatan": "Rajeg",
        },
        missing=5,
        line=ktp(n, k, "NOVI ANDRIANI", "LEMBANGSARI", "RAJEG", "HILANG"),
    )

    n, k = nik("cikupa", "1979-07-13"), kk("cikupa", "2008-05-10")
    _LOOKUP.append(n)
    conv(
        c,
        "resident",
        ["min", "mau ganti ktp"],
        answers={
            "alasan": "rusak, chipnya ga kebaca",
            "nik": f"nik {n}",
            "no_kk": f"kk {k}",
            "nama": "Sutarno",
            "desa": "Dukuh",
            "kecamatan": "di Cikupa kak",
        },
        missing=6,
        line=ktp(n, k, "SUTARNO", "DUKUH", "CIKUPA", "RUSAK"),
    )

    n, k = nik("teluknaga", "2020-10-10", True), kk("teluknaga", "2020-12-01")
    _LOOKUP.append(n)
    conv(
        c,
        "resident",
        ["pagi", "mau urus dokumen anak"],
        answers={
            "layanan": "kia",
            "nik": n,
            "no_kk": k,
            "nama": "Aqila Zahra",
            "desa": "Lemo",
            "kecamatan": "kec teluknaga min",
        },
        missing=6,
        line=kia(n, k, "AQILA ZAHRA", "LEMO", "TELUKNAGA"),
    )

    n, k = nik("gunung kaler", "2008-05-25"), kk("gunung kaler", "2010-06-01")
    conv(
        c,
        "first_timer",
        ["assalamualaikum wr wb admin", "mau rekam ktp"],
        answers={
            "alasan": "baru pertama kali",
            "nik": n,
            "no_kk": k,
            "nama": "Ridwan Kamil Saputra",
            "desa": "Kedung",
            "kecamatan": "Gunung Kaler",
        },
        missing=5,
        line=ktp(n, k, "RIDWAN KAMIL SAPUTRA", "KEDUNG", "GUNUNG KALER", "PEMULA"),
    )

    n, k = nik("jambe", "1986-01-05"), kk("jambe", "2012-08-17")
    conv(
        c,
        "resident",
        ["ktp", f"nik {n}"],
        answers={
            "alasan": "ilang",
            "no_kk": f"{grouped(k)}",
            "nama": "Yayan Sopyan",
            "desa": "Tipar Raya",
            "kecamatan": "Jambe",
        },
        missing=5,
        line=ktp(n, k, "YAYAN SOPYAN", "TIPAR RAYA", "JAMBE", "HILANG"),
    )

    k = kk("cisoka", "2016-10-16")
    conv(
        c,
        "resident",
        ["kk saya ilang", f"no kk {k}"],
        answers={
            "nama_kepala_keluarga": "Wawan Setiawan",
            "desa": "Carenang",
            "kecamatan": "Cisoka",
        },
        missing=3,
        line=kkl(k, "WAWAN SETIAWAN", "CARENANG", "CISOKA"),
    )

    n, k = nik("sukamulya", "2012-11-04"), kk("sukamulya", "2011-12-09")
    conv(
        c,
        "resident",
        ["mau bikin kia, anak umur 14"],
        answers={
            "nik": n,
            "no_kk": k,
            "nama": "Dafa Ramadhan",
            "desa": "Kaliasin",
            "kecamatan": "Sukamulya",
        },
        missing=5,
        line=kia(n, k, "DAFA RAMADHAN", "KALIASIN", "SUKAMULYA"),
    )


# ================================================================================================
# correction_at_confirmation: a free-text request, then a correction before confirming
# ================================================================================================
def correction_at_confirmation() -> None:
    c = "correction_at_confirmation"
    x = "correction"
    n, k = nik("cikupa", "1992-02-09", True), kk("cikupa", "2019-07-19")
    conv(
        c,
        "resident",
        [
            f"ktp hilang, nik {n} kk {k} nama Lina Marlina desa Sukamulya kec Cikupa",
            "eh desanya salah, harusnya Sukanagara bukan Sukamulya",
        ],
        control=x,
        line=ktp(n, k, "LINA MARLINA", "SUKANAGARA", "CIKUPA", "HILANG"),
    )

    n, k = nik("curug", "1983-09-14"), kk("curug", "2011-02-03")
    wrong = n[:-2] + ("00" if n[-2:] != "00" else "11")
    conv(
        c,
        "resident",
        [
            f"ktp rusak nik {wrong} kk {k} nama Agus Priyanto desa Curug Wetan kec Curug",
            f"maaf nik nya salah ketik, yang bener {n}",
        ],
        control=x,
        line=ktp(n, k, "AGUS PRIYANTO", "CURUG WETAN", "CURUG", "RUSAK"),
    )

    n, k = nik("balaraja", "1999-06-01", True), kk("balaraja", "2022-12-05")
    conv(
        c,
        "resident",
        [
            f"mau ganti ktp yg ilang. nik {n}, kk {k}, nama Siti Nur, desa Gembong kec Balaraja",
            "namanya kurang pak, lengkapnya Siti Nurhaliza",
        ],
        control=x,
        line=ktp(n, k, "SITI NURHALIZA", "GEMBONG", "BALARAJA", "HILANG"),
    )

    n, k = nik("kosambi", "1980-11-20"), kk("kosambi", "2009-01-26")
    conv(
        c,
        "resident",
        [
            f"ktp hilang nik {n} kk {k} a.n. Joko Susilo desa Belimbing kec Kosambi",
            "eh bukan hilang ding, ktpnya rusak patah",
        ],
        control=x,
        line=ktp(n, k, "JOKO SUSILO", "BELIMBING", "KOSAMBI", "RUSAK"),
    )

    k = kk("sindang jaya", "2015-05-15")
    conv(
        c,
        "resident",
        [
            f"kk hilang, no {k}, kepala keluarga Ujang Rahmat, desa Wanakerta kec Sindang Jaya",
            "maaf salah, desanya bukan Wanakerta tapi Sindangsono",
        ],
        control=x,
        line=kkl(k, "UJANG RAHMAT", "SINDANGSONO", "SINDANG JAYA"),
    )

    k_wrong, k = kk("panongan", "2013-03-03"), kk("panongan", "2013-03-30")
    conv(
        c,
        "resident",
        [
            f"cetak ulang kk, no kk {k_wrong} kepala keluarga Subagyo desa Mekar Bakti kec Panongan",
            f"no kk yg tadi salah, ini yg benar {k}",
        ],
        control=x,
        line=kkl(k, "SUBAGYO", "MEKAR BAKTI", "PANONGAN"),
    )

    n, k = nik("pagedangan", "2020-04-21"), kk("pagedangan", "2019-09-29")
    conv(
        c,
        "resident",
        [
            f"kia anak saya, nik {n} kk {k} nama Rayyan Alfarizi desa Medang kec Pagedangan",
            "namanya typo, yang benar Rayyan Alfarizqi",
        ],
        control=x,
        line=kia(n, k, "RAYYAN ALFARIZQI", "MEDANG", "PAGEDANGAN"),
    )

    n, k = nik("tigaraksa", "1989-10-03"), kk("tigaraksa", "2016-04-11")
    old = "Jl. Merdeka No. 3 RT 005 RW 002 Kel. Ramanuju Kec. Purwakarta Kota Cilegon"
    new = "Jl. Merdeka No. 3 RT 006 RW 002 Kel. Ramanuju Kec. Purwakarta Kota Cilegon"
    conv(
        c,
        "resident",
        [
            f"surat pindah keluar, nik {n} kk {k} nama Bagus Saputro, alamat tujuan {old}",
            f"alamat tujuannya salah RT, yang bener {new}",
        ],
        control=x,
        line=skpwni(n, k, "BAGUS SAPUTRO", new),
    )

    conv(
        c,
        "resident",
        [
            "lapor datang, nomor skpwni SKPWNI/3201/02112026/0019 keperluan ikut keluarga",
            "nomornya salah ketik, harusnya SKPWNI/3201/02112026/0091",
        ],
        control=x,
        line=skdwn("SKPWNI/3201/02112026/0091", "IKUT KELUARGA"),
    )

    n, k = nik("teluknaga", "2008-07-15"), kk("teluknaga", "2010-05-18")
    conv(
        c,
        "resident",
        [
            f"mau bikin ktp, nik {n} kk {k} nama Fikri Haikal desa Pangkalan kec Teluknaga, ktp baru",
            "kecamatannya bener teluknaga, tapi desanya Muara bukan Pangkalan",
        ],
        control=x,
        confirm="iya sudah benar",
        line=ktp(n, k, "FIKRI HAIKAL", "MUARA", "TELUKNAGA", "PEMULA"),
    )


# ================================================================================================
# cancel: the person gives up during collection or at the confirmation of a free-text request
# ================================================================================================
def cancel() -> None:
    c = "cancel"
    x = "cancel"
    conv(
        c,
        "resident",
        [
            "mau bikin kia buat anak bungsu",
            "nanti aja deh, saya cari akta kelahirannya dulu. dibatalin dulu ya",
        ],
        control=x,
    )

    n, k = nik("cikupa", "1994-05-17"), kk("cikupa", "2020-01-20")
    conv(
        c,
        "resident",
        [
            f"ktp saya hilang nik {n} kk {k} nama Teguh Santoso desa Cibadak kec Cikupa",
            "gak jadi mas, ktpnya ketemu di laci lemari",
        ],
        control=x,
    )

    n = nik("legok", "1977-03-09")
    conv(c, "resident", ["mau urus kk hilang", f"nik saya {n}", "udahan aja, stop dulu"], control=x)

    n, k = nik("kelapa dua", "1991-09-27", True), kk("kelapa dua", "2018-12-18")
    conv(
        c,
        "resident",
        [f"ktp rusak, nik {n}, kk {k}, nama Lusiana, desa Pakulonan Barat kec Kelapa Dua"],
        confirm="jangan dikirim dulu, batalin aja",
        control=x,
    )

    conv(
        c,
        "first_timer",
        ["mau bikin ktp baru, umur udah 17", "ga usah deh kak, nanti bareng temen aja"],
        control=x,
    )

    n, k = nik("sepatan timur", "1985-08-19"), kk("sepatan timur", "2012-02-12")
    conv(
        c,
        "resident",
        [
            f"kk rusak no {k} kepala keluarga Marzuki desa Sangiang kec Sepatan Timur",
            "cancel ya min, saya urus langsung di kecamatan",
        ],
        control=x,
    )

    conv(
        c,
        "resident",
        [
            "saya mau mengajukan surat pindah keluar",
            "mohon maaf, saya urungkan dulu niatnya. terima kasih",
        ],
        control=x,
    )

    conv(c, "resident", ["ktp", "ehh salah kirim, bukan mau ngajuin apa2"], control=x)

    n, k = nik("pasar kemis", "1983-01-11"), kk("pasar kemis", "2011-04-04")
    conv(
        c,
        "resident",
        [
            f"urus skpwni nik {n} kk {k} nama Heru Cahyono",
            "suami ga jadi dipindah tugas, jadi surat pindahnya ga usah dilanjut",
        ],
        control=x,
    )

    n, k = nik("cisoka", "2019-02-02", True), kk("cisoka", "2018-03-25")
    conv(
        c,
        "resident",
        [f"kia nik {n} kk {k} nama Humaira desa Selapajang kec Cisoka"],
        confirm="tidak jadi pak, hapus saja permohonannya",
        control=x,
    )


# ================================================================================================
ORDER = [
    hash_line,
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
    casual_stepwise,
    complaint_followup,
    helper_mode,
    desa_typo_with_kecamatan,
    correction_at_confirmation,
    cancel,
]


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def build() -> dict[str, int]:
    BUILT.clear()
    for make in ORDER:
        make()
    assert set(BUILT) == set(CATEGORIES), set(CATEGORIES) - set(BUILT)
    counts = {}
    for category in CATEGORIES:
        convs = BUILT[category]
        assert len(convs) >= 6, category
        head = (
            f"# The fresh part of the test split ({category}), by a new author; generated by\n"
            "# make_fresh.py (do not edit by hand). Measured once: do not tune on it.\n"
        )
        body = yaml.dump(
            {"conversations": convs}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100
        )
        (HERE / f"fresh_{category}.yml").write_text(head + body, encoding="utf-8")
        counts[category] = len(convs)
    return counts


if __name__ == "__main__":
    result = build()
    for name, count in result.items():
        print(f"{name:28} {count}")
    print(f"{'total':28} {sum(result.values())}")
