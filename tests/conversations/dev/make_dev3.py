"""Builder of the dev3 extension of the dev split (a new, independent author).

    .venv/bin/python -m tests.conversations.dev.make_dev3

Writes `dev3_<category>.yml` next to this file, one file per category of
`tests.conversations.corpus.CATEGORIES`. Every NIK / No. KK comes from `devtools.synthetic`
(serials 96xx/97xx that no other file of the corpus uses); every expected `line` is
checked to be canonical with `bot.intake.parser.parse`, and its numbers and name are checked to
appear in what the person writes. The messages are hand-written here: residents, petugas
desa and first-timers as they write on WhatsApp/Telegram.
"""

from __future__ import annotations

import itertools
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
PREFIX = "dev3"

# Kemendagri codes of the 29 kecamatan of Kab. Tangerang (36.03.xx), without dots.
KEC = {
    "BALARAJA": "360301", "JAYANTI": "360302", "TIGARAKSA": "360303", "JAMBE": "360304",
    "CISOKA": "360305", "KRESEK": "360306", "KRONJO": "360307", "MAUK": "360308",
    "KEMIRI": "360309", "SUKADIRI": "360310", "RAJEG": "360311", "PASAR KEMIS": "360312",
    "TELUKNAGA": "360313", "KOSAMBI": "360314", "PAKUHAJI": "360315", "SEPATAN": "360316",
    "CURUG": "360317", "CIKUPA": "360318", "PANONGAN": "360319", "LEGOK": "360320",
    "PAGEDANGAN": "360322", "CISAUK": "360323", "SUKAMULYA": "360327", "KELAPA DUA": "360328",
    "SINDANG JAYA": "360329", "SEPATAN TIMUR": "360330", "SOLEAR": "360331",
    "GUNUNG KALER": "360332", "MEKAR BARU": "360333",
}  # fmt: skip

# Serials of this file: 9611-9699 and 9711-9769, none of which the rest of the corpus uses
# (taken in turn, again from the start when they run out; every number stays distinct).
_SERIALS = itertools.cycle([*range(9611, 9700), *range(9711, 9770)])
_MADE: set[str] = set()


def _new(number: str) -> str:
    assert number not in _MADE, number
    _MADE.add(number)
    return number


def nik(kec: str, y: int, m: int, d: int, female: bool = False, region: str | None = None) -> str:
    return _new(make_nik(region or KEC[kec], date(y, m, d), female, next(_SERIALS)))


def kk(kec: str, y: int, m: int, d: int, region: str | None = None) -> str:
    return _new(make_kk(region or KEC[kec], date(y, m, d), next(_SERIALS)))


# --- how people type numbers -----------------------------------------------------------
def sp(n: str, sep: str = " ") -> str:
    """3603 1857 0899 9611"""
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def dot(n: str) -> str:
    return sp(n, ".")


def dash(n: str) -> str:
    return sp(n, "-")


def six(n: str, sep: str = " ") -> str:
    """360318 570899 9611: region, date, serial"""
    return f"{n[:6]}{sep}{n[6:12]}{sep}{n[12:]}"


# --- lines ------------------------------------------------------------------------------
TRAILING = {"KTP"}


def line(code: str, *values: str) -> str:
    """The canonical line of these values, checked by the parser."""
    text = "#" + "#".join([code, *values]) + ("#" if code in TRAILING else "")
    verdict = parse(text)
    assert verdict.ok, (text, [e.code for e in verdict.errors])
    assert verdict.canonical == text.upper(), (text, verdict.canonical)
    return verdict.canonical


# --- the conversations --------------------------------------------------------------------
CONVS: dict[str, list[dict[str, Any]]] = defaultdict(list)


def conv(
    category: str,
    persona: str,
    turns: list[str],
    *,
    line: str | None = None,  # noqa: A002 - the format's key
    facts: list[list[str]] | None = None,
    control: str | None = None,
    referral_to: str | None = None,
    answers: dict[str, str] | None = None,
    confirm: str | None = None,
    missing: int = 0,
) -> None:
    assert category in CATEGORIES, category
    out: dict[str, Any] = {
        "id": f"{PREFIX}-{category.replace('_', '-')}-{len(CONVS[category]) + 1:02d}",
        "category": category,
        "persona": persona,
        "turns": turns,
    }
    if answers:
        out["answers"] = answers
    if confirm:
        out["confirm"] = confirm
    if missing:
        out["missing"] = missing
    expect: dict[str, Any] = {}
    if control:
        expect["control"] = control
    if referral_to:
        expect["referral_to"] = referral_to
    if line:
        expect["line"] = line
    if facts:
        expect["facts"] = facts
    out["expect"] = expect
    if line:
        _check_said(out, line)
    CONVS[category].append(out)


def _digits_of(text: str) -> str:
    return re.sub(r"(?<=\d)[ .\-–—/](?=\d)", "", text)


def _check_said(out: dict[str, Any], expected: str) -> None:
    """The line's numbers and name come from what the person writes (turns and answers)."""
    said = " ".join([*out["turns"], *out.get("answers", {}).values()])
    flat = _digits_of(said)
    parts = expected.strip("#").split("#")
    for value in parts[1:]:
        if re.fullmatch(r"\d{16}", value):
            assert value in flat, (out["id"], value)
    code = parts[0]
    name_at = {"KK": 2, "KTP": 3, "KIA": 3, "SKPWNI": 3}.get(code)
    if name_at is not None:
        name = parts[name_at]
        assert name in re.sub(r"\s+", " ", said.upper()), (out["id"], name)


# =========================================================================================
# formal_one_message
# =========================================================================================
C = "formal_one_message"

p_nik, p_kk = nik("TIGARAKSA", 1988, 3, 15), kk("TIGARAKSA", 2012, 4, 11)
conv(
    C,
    "resident",
    [
        "Dengan hormat,\n"
        "Saya yang bertanda tangan di bawah ini:\n"
        "Nama : Rahmat Hidayat\n"
        f"NIK : {p_nik}\n"
        f"No. KK : {p_kk}\n"
        "Alamat : Desa Pasir Nangka, Kecamatan Tigaraksa\n"
        "bermaksud mengajukan permohonan penggantian KTP elektronik karena KTP saya hilang "
        "saat perjalanan pulang kerja. Surat keterangan kehilangan dari Polsek sudah saya miliki.\n"
        "Demikian permohonan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.\n\n"
        "Hormat saya,\nRahmat Hidayat",
    ],
    line=line("KTP", p_nik, p_kk, "RAHMAT HIDAYAT", "PASIR NANGKA", "TIGARAKSA", "HILANG"),
    confirm="Ya, data tersebut sudah benar.",
)

p_kk = kk("PAKUHAJI", 2016, 9, 2)
conv(
    C,
    "resident",
    [
        "Assalamualaikum Wr. Wb.\n"
        "Dengan hormat, bersama pesan ini saya Darmawan Saputra selaku kepala keluarga "
        "memohon dibuatkan kembali Kartu Keluarga kami yang rusak terendam banjir minggu lalu. "
        f"Nomor KK kami {dot(p_kk)}, beralamat di Desa Kohod Kecamatan Pakuhaji. "
        "Kartu yang rusak masih kami simpan dan akan kami bawa bila diperlukan.\n"
        "Wassalamualaikum Wr. Wb.",
    ],
    line=line("KK", p_kk, "DARMAWAN SAPUTRA", "KOHOD", "PAKUHAJI"),
    confirm="Benar, terima kasih.",
)

c_nik, c_kk = nik("SINDANG JAYA", 2019, 6, 21, female=True), kk("SINDANG JAYA", 2017, 2, 8)
conv(
    C,
    "resident",
    [
        "Selamat siang Bapak/Ibu petugas Disdukcapil.\n"
        "Dengan hormat, saya selaku ibu dari ananda Nayla Putri Ramadhani bermaksud mengajukan "
        "pembuatan Kartu Identitas Anak (KIA) dengan data sebagai berikut:\n"
        f"- NIK anak: {c_nik}\n"
        f"- Nomor Kartu Keluarga: {c_kk}\n"
        "- Domisili: Desa Sindangsono, Kecamatan Sindang Jaya\n"
        "Akta kelahiran anak sudah ada. Mohon arahannya. Terima kasih.",
    ],
    line=line("KIA", c_nik, c_kk, "NAYLA PUTRI RAMADHANI", "SINDANGSONO", "SINDANG JAYA"),
)

p_nik, p_kk = nik("CURUG", 1985, 11, 2), kk("CURUG", 2013, 7, 19)
addr = "Jl. Merpati II No. 14 RT 004 RW 007 Kel. Sukamaju Kec. Cilodong Kota Depok"
conv(
    C,
    "resident",
    [
        "Yth. Bapak/Ibu Petugas Disdukcapil Kabupaten Tangerang\n\n"
        "Dengan hormat,\n"
        f"Saya Agus Setiawan, NIK {p_nik}, No. KK {p_kk}, bermaksud mengurus surat pindah "
        f"keluar (SKPWNI) karena mutasi tugas kerja. Alamat tujuan pindah: {addr}.\n\n"
        "Atas bantuan Bapak/Ibu saya ucapkan terima kasih.",
    ],
    line=line("SKPWNI", p_nik, p_kk, "AGUS SETIAWAN", addr.upper()),
)

p_nik, p_kk = nik("TIGARAKSA", 2009, 2, 27), kk("TIGARAKSA", 2010, 5, 3)
conv(
    C,
    "resident",
    [
        "Dengan hormat,\n"
        "Melalui pesan ini saya ingin mengajukan pembuatan KTP-el pemula untuk anak saya yang "
        f"sudah berusia 17 tahun atas nama Fajar Nugraha, NIK {p_nik}, beralamat di Desa "
        "Cisereh Kecamatan Tigaraksa. Nomor KK akan saya kirimkan menyusul karena kartunya "
        "sedang dibawa suami.\nTerima kasih atas perhatiannya.",
    ],
    answers={"no_kk": f"Mohon maaf menunggu, nomor KK-nya {sp(p_kk)}"},
    missing=1,
    line=line("KTP", p_nik, p_kk, "FAJAR NUGRAHA", "CISEREH", "TIGARAKSA", "PEMULA"),
)

p_nik, p_kk = nik("PASAR KEMIS", 1979, 8, 9, female=True), kk("PASAR KEMIS", 2011, 10, 24)
conv(
    C,
    "resident",
    [
        "Kepada Yth.\nDinas Kependudukan dan Pencatatan Sipil Kab. Tangerang\n"
        "Perihal: Permohonan Penggantian KTP-el Rusak\n\n"
        f"Dengan hormat,\nSaya, Nurhasanah, NIK {p_nik}, nomor KK {p_kk}, warga Desa Kuta Jaya "
        "Kecamatan Pasar Kemis, mengajukan penggantian KTP-el karena chip KTP saya rusak dan "
        "tidak terbaca waktu dipakai di bank. KTP yang rusak akan saya serahkan saat pengambilan.\n\n"
        "Terima kasih.",
    ],
    line=line("KTP", p_nik, p_kk, "NURHASANAH", "KUTA JAYA", "PASAR KEMIS", "RUSAK"),
)

# =========================================================================================
# dashed_numbers
# =========================================================================================
C = "dashed_numbers"

p_kk = kk("CURUG", 2015, 5, 20)
conv(
    C,
    "resident",
    [
        f"mau bikin kk lg krn rusak kena rembesan air, no kk {dash(p_kk)} nama kepala kel "
        "Suhendra, desa Kadu Jaya kec Curug",
    ],
    line=line("KK", p_kk, "SUHENDRA", "KADU JAYA", "CURUG"),
)

p_nik, p_kk = nik("SEPATAN", 1990, 5, 16), kk("SEPATAN", 2013, 11, 8)
conv(
    C,
    "resident",
    [
        f"nik {dot(p_nik)} kk {dot(p_kk)} nm Wawan Kurniawan ds Karet kec Sepatan, ktp ilang "
        "dicopet di pasar",
    ],
    line=line("KTP", p_nik, p_kk, "WAWAN KURNIAWAN", "KARET", "SEPATAN", "HILANG"),
)

c_nik, c_kk = nik("PAKUHAJI", 2019, 9, 7, female=True), kk("PAKUHAJI", 2017, 3, 20)
conv(
    C,
    "resident",
    [
        f"KIA anak: NIK {six(c_nik, '-')} / KK {six(c_kk, '-')} / nama Alya Zahira / "
        "Ds Sukawali Kec Pakuhaji",
    ],
    line=line("KIA", c_nik, c_kk, "ALYA ZAHIRA", "SUKAWALI", "PAKUHAJI"),
)

p_nik, p_kk = nik("KELAPA DUA", 2001, 10, 5), kk("KELAPA DUA", 2016, 7, 21)
conv(
    C,
    "resident",
    [
        "ktp sy tulisannya udh pudar bgt gabisa kebaca, mau ganti",
        f"NIK: {p_nik[:4]} {p_nik[4:8]} {p_nik[8:12]}-{p_nik[12:]}   No.KK "
        f"{p_kk[:6]}.{p_kk[6:12]}.{p_kk[12:]}",
        "Bagas Wicaksono, Bencongan kec. Kelapa Dua",
    ],
    line=line("KTP", p_nik, p_kk, "BAGAS WICAKSONO", "BENCONGAN", "KELAPA DUA", "RUSAK"),
)

p_nik, p_kk = nik("PANONGAN", 1979, 3, 11), kk("PANONGAN", 2005, 6, 2)
conv(
    C,
    "resident",
    [
        "sy mau ganti ktp krn patah jd dua",
        f"{sp(p_nik, '–')} (nik)  {sp(p_kk, '–')} (kk) a.n. Eko Prasetyo, Mekar Bakti, Panongan",
    ],
    line=line("KTP", p_nik, p_kk, "EKO PRASETYO", "MEKAR BAKTI", "PANONGAN", "RUSAK"),
)

p_nik, p_kk = nik("SOLEAR", 1993, 1, 30, female=True), kk("SOLEAR", 2019, 12, 14)
addr = "Kp. Babakan RT 02 RW 04 Desa Cijujung Kec. Sukaraja Kab. Bogor"
conv(
    C,
    "resident",
    [
        f"mau urus surat pindah keluar. nik 36-03-31-{p_nik[6:12]}-{p_nik[12:]}, "
        f"kk 36-03-31-{p_kk[6:12]}-{p_kk[12:]}, nama Dewi Lestari",
    ],
    answers={"alamat_pindah": addr},
    missing=1,
    line=line("SKPWNI", p_nik, p_kk, "DEWI LESTARI", addr.upper()),
)

# =========================================================================================
# name_introduced
# =========================================================================================
C = "name_introduced"

p_nik, p_kk = nik("BALARAJA", 1983, 12, 1), kk("BALARAJA", 2014, 8, 9)
conv(
    C,
    "resident",
    [
        f"mau urus ktp hilang atas nama Dedi Mulyadi nik {p_nik} kk {p_kk} desa cangkudu balaraja",
    ],
    line=line("KTP", p_nik, p_kk, "DEDI MULYADI", "CANGKUDU", "BALARAJA", "HILANG"),
)

p_kk = kk("RAJEG", 2009, 4, 17)
conv(
    C,
    "resident",
    [
        f"KK ilang an. Mulyono, no kk {sp(p_kk)}, ds daon kec rajeg. udh ada surat kehilangan",
    ],
    line=line("KK", p_kk, "MULYONO", "DAON", "RAJEG"),
)

p_nik, p_kk = nik("SUKADIRI", 1996, 4, 22, female=True), kk("SUKADIRI", 2020, 1, 13)
conv(
    C,
    "resident",
    [
        "selamat pagi kak, ktp saya ilang waktu mudik kemarin",
        f"nama lengkap saya Intan Permatasari, nik {p_nik}, no kk {p_kk}, tinggal di desa "
        "Pekayon kec Sukadiri",
    ],
    line=line("KTP", p_nik, p_kk, "INTAN PERMATASARI", "PEKAYON", "SUKADIRI", "HILANG"),
)

p_nik, p_kk = nik("CISAUK", 1991, 7, 13), kk("CISAUK", 2018, 5, 30)
conv(
    C,
    "resident",
    [
        "perkenalkan saya Yusuf Maulana dari desa Cibogo Cisauk, mau ganti ktp yg udah luntur "
        "tulisannya",
        f"nik {sp(p_nik)}\nkk {sp(p_kk)}",
    ],
    line=line("KTP", p_nik, p_kk, "YUSUF MAULANA", "CIBOGO", "CISAUK", "RUSAK"),
)

c_nik, c_kk = nik("KRESEK", 2017, 1, 25, female=True), kk("KRESEK", 2012, 6, 6)
conv(
    C,
    "resident",
    [
        f"mau bikin KIA\nnama di KK: Keisha Aurelia\nNIK: {c_nik}\nNo KK: {c_kk}\n"
        "desa Renged kecamatan Kresek",
    ],
    line=line("KIA", c_nik, c_kk, "KEISHA AURELIA", "RENGED", "KRESEK"),
)

p_nik, p_kk = nik("JAMBE", 2009, 1, 6), kk("JAMBE", 2008, 9, 15)
conv(
    C,
    "first_timer",
    [
        "permisi, ini bener tempat daftar ktp? sy baru umur 17 mau bikin ktp pertama kali dengan "
        "nama Rizky Aditya Pratama",
        f"nik {p_nik} kk {p_kk} desa Tipar Raya kecamatan Jambe",
    ],
    line=line("KTP", p_nik, p_kk, "RIZKY ADITYA PRATAMA", "TIPAR RAYA", "JAMBE", "PEMULA"),
)

p_kk = kk("KEMIRI", 2010, 2, 25)
conv(
    C,
    "resident",
    [
        "Mau ganti KK yg sobek\n"
        f"No KK : {p_kk}\nNama : Slamet Riyadi (kepala keluarga)\nDesa : Lontar\nKec : Kemiri",
    ],
    line=line("KK", p_kk, "SLAMET RIYADI", "LONTAR", "KEMIRI"),
)

p_nik, p_kk = nik("GUNUNG KALER", 1972, 5, 19, female=True), kk("GUNUNG KALER", 2007, 3, 3)
conv(
    C,
    "resident",
    [
        "ktp sy retak kak, kemarin keinjek. yg punya ktp ya saya sendiri, Sumarni. "
        f"nik {p_nik} no kk {p_kk}, ds Kedung kec Gunung Kaler",
    ],
    line=line("KTP", p_nik, p_kk, "SUMARNI", "KEDUNG", "GUNUNG KALER", "RUSAK"),
)

p_kk = kk("MAUK", 2012, 8, 27)
conv(
    C,
    "resident",
    [
        f"assalamualaikum, mau cetak ulang KK a/n Bpk Tarmizi no {six(p_kk)}, desa Ketapang "
        "kec Mauk. kk nya ilang pas pindahan rumah",
    ],
    line=line("KK", p_kk, "TARMIZI", "KETAPANG", "MAUK"),
)

p_nik, p_kk = nik("SEPATAN TIMUR", 1987, 9, 3, female=True), kk("SEPATAN TIMUR", 2015, 1, 19)
conv(
    C,
    "resident",
    [
        f"ktp ilang kak, nik {p_nik}, kk {p_kk}, desa Lebak Wangi kec Sepatan Timur",
    ],
    answers={"nama": "nama saya Lilis Suryani"},
    missing=1,
    line=line("KTP", p_nik, p_kk, "LILIS SURYANI", "LEBAK WANGI", "SEPATAN TIMUR", "HILANG"),
)

# =========================================================================================
# half_remembered_format
# =========================================================================================
C = "half_remembered_format"

p_nik, p_kk = nik("BALARAJA", 1994, 6, 8), kk("BALARAJA", 2019, 3, 26)
conv(
    C,
    "resident",
    [
        f"#ktp {p_nik} {p_kk} ujang suryana gembong balaraja ilang",
    ],
    line=line("KTP", p_nik, p_kk, "UJANG SURYANA", "GEMBONG", "BALARAJA", "HILANG"),
    confirm="iya bener",
)

p_nik, p_kk = nik("CIKUPA", 1986, 2, 14, female=True), kk("CIKUPA", 2014, 10, 10)
conv(
    C,
    "resident",
    [
        f"KTP#Rina Marlina#{p_nik}#{p_kk}#Pasir Gadung#Cikupa#rusak",
    ],
    line=line("KTP", p_nik, p_kk, "RINA MARLINA", "PASIR GADUNG", "CIKUPA", "RUSAK"),
)

p_kk = kk("KOSAMBI", 2013, 12, 12)
conv(
    C,
    "resident",
    [
        f"KK/{p_kk}/Sarmadi/Dadap/Kosambi",
    ],
    line=line("KK", p_kk, "SARMADI", "DADAP", "KOSAMBI"),
    confirm="ok betul",
)

c_nik, c_kk = nik("LEGOK", 2020, 4, 2), kk("LEGOK", 2016, 11, 28)
conv(
    C,
    "resident",
    [
        f"#KIA#{c_nik}#{c_kk}#Muhammad Alfarizi#Babat",
    ],
    answers={"kecamatan": "legok"},
    missing=1,
    line=line("KIA", c_nik, c_kk, "MUHAMMAD ALFARIZI", "BABAT", "LEGOK"),
)

p_nik, p_kk = nik("TIGARAKSA", 2008, 10, 30), kk("TIGARAKSA", 2006, 7, 7)
conv(
    C,
    "first_timer",
    [
        f"# KTP # {sp(p_nik)} # {sp(p_kk)} # Ahmad Fauzan # Ds. Pete # Kec. Tigaraksa # baru",
    ],
    line=line("KTP", p_nik, p_kk, "AHMAD FAUZAN", "PETE", "TIGARAKSA", "PEMULA"),
)

p_nik, p_kk = nik("CISOKA", 1990, 12, 24), kk("CISOKA", 2017, 9, 9)
addr = "Jl. Raya Serang KM 5 RT 001 RW 002 Kel. Cikande Kec. Cikande Kab. Serang"
conv(
    C,
    "resident",
    [
        f"#SKP#{p_kk}#{p_nik}#Andi Firmansyah#{addr}",
    ],
    line=line("SKPWNI", p_nik, p_kk, "ANDI FIRMANSYAH", addr.upper()),
)

p_kk = kk("SUKAMULYA", 2011, 3, 18)
conv(
    C,
    "resident",
    [
        f"#KK##Saepudin#{p_kk}#Kaliasin#sukamulya#",
    ],
    line=line("KK", p_kk, "SAEPUDIN", "KALIASIN", "SUKAMULYA"),
)

# =========================================================================================
# restate_known_value
# =========================================================================================
C = "restate_known_value"

p_nik, p_kk = nik("MEKAR BARU", 1982, 4, 4), kk("MEKAR BARU", 2010, 1, 5)
conv(
    C,
    "resident",
    [
        f"ktp ilang, nik {p_nik} kk {p_kk} nama Jajang Nurjaman desa Kedaung kec Mekar Baru",
        f"nik nya {sp(p_nik)} ya kak yg tadi, takut salah ketik",
    ],
    line=line("KTP", p_nik, p_kk, "JAJANG NURJAMAN", "KEDAUNG", "MEKAR BARU", "HILANG"),
)

p_kk = kk("CIKUPA", 2018, 6, 14)
conv(
    C,
    "resident",
    [
        "mau bikin kk baru krn mau nambahin anak, saya di desa Sukadamai kec Cikupa",
        f"no kk {p_kk} kepala keluarga Hendra Gunawan, alamatnya tetep di Sukadamai Cikupa",
    ],
    line=line("KK", p_kk, "HENDRA GUNAWAN", "SUKADAMAI", "CIKUPA"),
)

c_nik, c_kk = nik("SOLEAR", 2016, 8, 19), kk("SOLEAR", 2014, 5, 22)
conv(
    C,
    "resident",
    [
        f"kia buat anak saya namanya Arkan Maulana, nik {c_nik}",
        f"kk {c_kk}, desa Cikuya kec Solear. namanya Arkan Maulana ya kak pake k",
    ],
    line=line("KIA", c_nik, c_kk, "ARKAN MAULANA", "CIKUYA", "SOLEAR"),
)

p_nik, p_kk = nik("KRONJO", 1975, 11, 11, female=True), kk("KRONJO", 2008, 8, 8)
conv(
    C,
    "resident",
    [
        f"ktp saya rusak patah. nama Eti Rohaeti, desa Pagenjahan kec Kronjo, nik {p_nik}, "
        f"kk {p_kk}",
        f"jadi nik saya {dot(p_nik)}, kk {dot(p_kk)} ya bu, betul",
    ],
    line=line("KTP", p_nik, p_kk, "ETI ROHAETI", "PAGENJAHAN", "KRONJO", "RUSAK"),
)

conv(
    C,
    "resident",
    [
        "mau lapor pindah datang, no skpwni SKPWNI/3174/05102026/0331 keperluan pindah kerja",
        "nomor suratnya SKPWNI / 3174 / 05102026 / 0331 ya",
    ],
    line=line("SKDWN", "SKPWNI/3174/05102026/0331", "PINDAH KERJA"),
)

p_nik, p_kk = nik("PASAR KEMIS", 1999, 3, 28), kk("PASAR KEMIS", 2021, 4, 16)
conv(
    C,
    "resident",
    [
        f"ktp hilang min, Galih Ramadhan, nik {p_nik}, kk {p_kk}, desa sukamantri ps kemis",
        "kecamatan pasar kemis ya min, desa sukamantri",
    ],
    line=line("KTP", p_nik, p_kk, "GALIH RAMADHAN", "SUKAMANTRI", "PASAR KEMIS", "HILANG"),
)

# =========================================================================================
# name_with_relation
# =========================================================================================
C = "name_with_relation"

c_nik, c_kk = nik("CURUG", 2021, 2, 12, female=True), kk("CURUG", 2019, 7, 1)
conv(
    C,
    "resident",
    [
        f"mau bikin KIA buat anak saya, namanya Naura Azzahra. nik anak {c_nik} kk {c_kk} "
        "desa Binong kec Curug",
    ],
    line=line("KIA", c_nik, c_kk, "NAURA AZZAHRA", "BINONG", "CURUG"),
)

p_nik, p_kk = nik("TELUKNAGA", 1989, 10, 17, female=True), kk("TELUKNAGA", 2012, 2, 2)
conv(
    C,
    "resident",
    [
        "istri saya ktp nya hilang di angkot, namanya Ratna Sari",
        f"nik istri {p_nik}, kk {p_kk}, kami di desa Babakan Asem kec Teluknaga",
    ],
    line=line("KTP", p_nik, p_kk, "RATNA SARI", "BABAKAN ASEM", "TELUKNAGA", "HILANG"),
)

p_nik, p_kk = nik("KOSAMBI", 1980, 6, 25), kk("KOSAMBI", 2009, 11, 30)
conv(
    C,
    "resident",
    [
        f"suami sy mau ganti ktp rusak, nama suami Bambang Irawan, nik {sp(p_nik)}, "
        f"kk {sp(p_kk)}, Salembaran Jati, Kosambi. saya yg ngetik krn suami lg kerja",
    ],
    line=line("KTP", p_nik, p_kk, "BAMBANG IRAWAN", "SALEMBARAN JATI", "KOSAMBI", "RUSAK"),
)

p_kk = kk("JAYANTI", 2006, 10, 4)
conv(
    C,
    "resident",
    [
        f"mau cetak ulang kk krn ilang. kepala keluarganya bapak saya, Sukarta. no kk {p_kk}, "
        "desa Pabuaran kec Jayanti",
    ],
    line=line("KK", p_kk, "SUKARTA", "PABUARAN", "JAYANTI"),
)

p_nik, p_kk = nik("SINDANG JAYA", 2009, 4, 9), kk("SINDANG JAYA", 2011, 12, 1)
conv(
    C,
    "resident",
    [
        "adek saya udah 17 tahun mau bikin ktp, adeknya namanya Dimas Anggara",
        f"nik nya {p_nik}, kk {p_kk}, desa Wanakerta kec. Sindang Jaya",
    ],
    line=line("KTP", p_nik, p_kk, "DIMAS ANGGARA", "WANAKERTA", "SINDANG JAYA", "PEMULA"),
)

p_nik, p_kk = nik("CISOKA", 1962, 1, 14, female=True), kk("CISOKA", 2004, 6, 21)
conv(
    C,
    "resident",
    [
        f"ibu saya ktpnya patah, nama ibu Rohimah, nik {p_nik} kk {p_kk}. alamat desa Caringin "
        "kec Cisoka",
    ],
    line=line("KTP", p_nik, p_kk, "ROHIMAH", "CARINGIN", "CISOKA", "RUSAK"),
)

p_nik, p_kk = nik("LEGOK", 1992, 8, 30, female=True), kk("LEGOK", 2020, 10, 2)
conv(
    C,
    "resident",
    [
        "kak mau nanya, kakak saya ktp nya ilang kecopetan di kereta",
        f"namanya Fitri Handayani, nik {p_nik}, kk {p_kk}, tinggal di desa Palasari kec Legok",
    ],
    line=line("KTP", p_nik, p_kk, "FITRI HANDAYANI", "PALASARI", "LEGOK", "HILANG"),
)

c_nik, c_kk = nik("KELAPA DUA", 2015, 12, 3), kk("KELAPA DUA", 2013, 9, 25)
conv(
    C,
    "resident",
    [
        "saya Budi Hartono, mau urus KIA anak saya yg kedua, Zidan Alfarizqi",
        f"nik anak {c_nik}, no kk {c_kk}, desa Bojong Nangka kec Kelapa Dua",
    ],
    line=line("KIA", c_nik, c_kk, "ZIDAN ALFARIZQI", "BOJONG NANGKA", "KELAPA DUA"),
)

p_kk = kk("PANONGAN", 2001, 5, 5)
conv(
    C,
    "resident",
    [
        f"mau bikin kk baru, kk mertua saya Pak Usman sudah lusuh banget. no kk nya {sp(p_kk)}, "
        "desa Ciakar kecamatan Panongan",
    ],
    line=line("KK", p_kk, "USMAN", "CIAKAR", "PANONGAN"),
)

p_nik, p_kk = nik("KEMIRI", 2008, 12, 20, female=True), kk("KEMIRI", 2007, 1, 27)
conv(
    C,
    "resident",
    [
        f"ponakan saya baru 17 tahun, mau rekam ktp. namanya Siti Nurjanah, nik {p_nik}, "
        "desa Klebet kec Kemiri",
    ],
    answers={"no_kk": f"kk nya {p_kk}"},
    missing=1,
    line=line("KTP", p_nik, p_kk, "SITI NURJANAH", "KLEBET", "KEMIRI", "PEMULA"),
)

# =========================================================================================
# surat_pindah
# =========================================================================================
C = "surat_pindah"

p_nik, p_kk = nik("RAJEG", 1987, 7, 7), kk("RAJEG", 2015, 3, 9)
addr = "Perum Griya Asri Blok C3 No 8 RT 05 RW 12 Desa Sumberjaya Kec. Tambun Selatan Kab. Bekasi"
conv(
    C,
    "resident",
    [
        "mau pindah ke bekasi, urus surat pindah keluar",
        f"nik {p_nik} kk {p_kk} nama Hadi Susanto\nalamat tujuan: {addr}",
    ],
    line=line("SKPWNI", p_nik, p_kk, "HADI SUSANTO", addr.upper()),
)

p_nik, p_kk = nik("JAYANTI", 1995, 9, 12, female=True), kk("JAYANTI", 2022, 2, 14)
addr = "Jl. Ki Mas Jong No. 21 RT 003 RW 006 Kel. Lontarbaru Kec. Serang Kota Serang"
conv(
    C,
    "first_timer",
    [
        "halo, gmn caranya bikin surat pindah? saya mau pindah ke serang ikut suami",
    ],
    answers={
        "nik": f"nik saya {p_nik}",
        "no_kk": f"{p_kk}",
        "nama": "Wulan Sari",
        "alamat_pindah": addr,
    },
    missing=4,
    line=line("SKPWNI", p_nik, p_kk, "WULAN SARI", addr.upper()),
)

p_nik, p_kk = nik("TELUKNAGA", 1978, 2, 1), kk("TELUKNAGA", 2003, 12, 15)
addr = "Dusun II RT 003 RW 001 Desa Rejomulyo Kec. Jati Agung Kab. Lampung Selatan"
conv(
    C,
    "resident",
    [
        f"skpwni\nnik {sp(p_nik)}\nkk {sp(p_kk)}\nnama Sugiono\npindah ke {addr}\n"
        "pulang kampung kak, udah pensiun",
    ],
    line=line("SKPWNI", p_nik, p_kk, "SUGIONO", addr.upper()),
)

p_nik, p_kk = nik("PAGEDANGAN", 1997, 5, 5), kk("PAGEDANGAN", 2023, 6, 12)
addr = "Jl. Kemanggisan Raya No. 30 RT 008 RW 003 Kel. Kemanggisan Kec. Palmerah Jakarta Barat"
conv(
    C,
    "resident",
    [
        "saya mau bikin surat pindah keluar ke jakarta, dapet kerjaan di sana",
        f"Reza Pahlevi, nik {p_nik}, kk {p_kk}",
        f"alamat baru {addr}",
    ],
    line=line("SKPWNI", p_nik, p_kk, "REZA PAHLEVI", addr.upper()),
)

p_nik, p_kk = nik("MAUK", 1984, 10, 28, female=True), kk("MAUK", 2012, 5, 31)
addr = "Jl. Pemuda No. 45 RT 01 RW 03 Kel. Kaliwungu Kec. Kaliwungu Kab. Kendal"
conv(
    C,
    "resident",
    [
        f"Selamat sore. Saya Yuliani, NIK {p_nik}, No KK {p_kk}. Mau mengurus SKPWNI untuk "
        "pindah ke Jawa Tengah.",
    ],
    answers={"alamat_pindah": f"alamatnya {addr}"},
    missing=1,
    line=line("SKPWNI", p_nik, p_kk, "YULIANI", addr.upper()),
)

p_nik, p_kk = nik("SEPATAN", 1991, 4, 18), kk("SEPATAN", 2018, 8, 28)
addr = "Jl. Diponegoro No. 7 RT 004 RW 002 Kel. Sumur Batu Kec. Bantar Gebang Kota Bekasi"
conv(
    C,
    "resident",
    [
        f"mau pindah keluar, data: {p_nik} / {p_kk} / Irfan Hakim / {addr}",
    ],
    line=line("SKPWNI", p_nik, p_kk, "IRFAN HAKIM", addr.upper()),
)

conv(
    C,
    "resident",
    [
        "saya baru pindah dari Jakarta Timur, sudah pegang SKPWNI nomor "
        "SKPWNI/3175/02112026/0218. mau daftar pindah datang, keperluan: pindah datang sekeluarga",
    ],
    line=line("SKDWN", "SKPWNI/3175/02112026/0218", "PINDAH DATANG SEKELUARGA"),
)

conv(
    C,
    "first_timer",
    [
        "kak saya pindahan dari bogor, udah ada surat pindah dari sana. disini harus ngapain ya",
    ],
    answers={
        "no_skpwni": "nomornya SKPWNI/3201/20102026/0077",
        "keperluan": "ikut suami",
    },
    missing=2,
    line=line("SKDWN", "SKPWNI/3201/20102026/0077", "IKUT SUAMI"),
)

conv(
    C,
    "resident",
    [
        "mau lapor pindah datang ke Kabupaten Tangerang, pindahan dari Kota Tangerang "
        "(Karawaci). no skpwni SKPWNI/3671/11112026/0904",
    ],
    answers={"keperluan": "beli rumah di Cikupa"},
    missing=1,
    line=line("SKDWN", "SKPWNI/3671/11112026/0904", "BELI RUMAH DI CIKUPA"),
)

conv(
    C,
    "resident",
    [
        "Permisi pak, saya mau daftar kedatangan. Nomor SKPWNI saya SKPWNI/1871/15092026/0133 "
        "dari Bandar Lampung, keperluannya kuliah dan kerja di Tangerang",
    ],
    line=line("SKDWN", "SKPWNI/1871/15092026/0133", "KULIAH DAN KERJA DI TANGERANG"),
)

# =========================================================================================
# question_not_form
# =========================================================================================
C = "question_not_form"

conv(
    C,
    "resident",
    [
        "kalo KK rusak kena banjir syaratnya apa aja ya? blm mau ngajuin, nanya dulu",
    ],
    facts=[
        [
            "kk yang rusak",
            "kk rusak",
            "kartu keluarga yang rusak",
            "kartu yang rusak",
            "kk lama",
            "rusaknya",
        ],
        ["ktp", "ktp-el", "e-ktp"],
    ],
)

conv(
    C,
    "resident",
    [
        "anak saya umurnya 16 tapi udah nikah, bisa bikin ktp belum?",
    ],
    facts=[
        ["menikah", "nikah", "kawin"],
        ["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta"],
    ],
)

conv(
    C,
    "resident",
    [
        "kak pengajuan KK saya yg kemarin tolong di-acc ya, buat daftar sekolah anak minggu depan",
    ],
    control="no_approval",
)

p_nik = nik("CIKUPA", 1993, 11, 23)
conv(
    C,
    "resident",
    [
        f"kak bisa cek NIK {p_nik} ini punya siapa? saya nemu dompet di jalan, mau saya "
        "balikin ke orangnya",
    ],
    control="no_nik_lookup",
)

conv(
    C,
    "first_timer",
    [
        "saya mau ngomong sama petugas aja, bukan sama mesin. bisa disambungkan?",
    ],
    control="handoff",
)

conv(
    C,
    "resident",
    [
        "nomer wa buat urus KIA berapa ya? yg di brosur ketumpahan air",
    ],
    facts=[["0856 9401 2597", "085694012597", "0856-9401-2597", "0856 94012597"]],
)

conv(
    C,
    "first_timer",
    [
        "format ktp yg pake tanda pagar itu gmn sih? sy gak ngerti",
    ],
    facts=[["#ktp#"], ["pemula"]],
)

# =========================================================================================
# topic_coverage
# =========================================================================================
C = "topic_coverage"
GRATIS = [
    "gratis",
    "tidak dipungut biaya",
    "tanpa biaya",
    "bebas biaya",
    "tidak berbayar",
    "tidak ada biaya",
    "tidak dikenakan biaya",
]
POLISI = ["kepolisian", "polisi", "polsek", "polres"]
KKWORD = ["kk", "kartu keluarga"]
KTPWORD = ["ktp", "ktp-el", "e-ktp"]
NOT_NEEDED = [
    "tidak perlu",
    "tidak diperlukan",
    "tidak wajib",
    "tidak lagi",
    "tidak usah",
    "tanpa",
    "tidak harus",
    "tidak dibutuhkan",
]

conv(C, "resident", ["ktp sy ilang, syaratnya apa aja buat bikin lagi?"], facts=[POLISI])
conv(C, "resident", ["bikin kk di dukcapil bayar berapa ya kak?"], facts=[GRATIS])
conv(
    C,
    "first_timer",
    ["umur brp sih boleh bikin ktp?"],
    facts=[["17"], ["menikah", "nikah", "kawin"]],
)
conv(
    C,
    "resident",
    ["ktp saya patah jadi dua, mau ganti bawa apa aja?"],
    facts=[
        [
            "ktp-el yang rusak",
            "ktp yang rusak",
            "ktp rusak",
            "kartu yang rusak",
            "ktp lama",
            "kartu lama",
            "ktp-el rusak",
            "rusaknya",
        ],
        KKWORD,
    ],
)
conv(
    C,
    "resident",
    ["perlu surat pengantar dari RT RW gak kalo mau bikin KTP?"],
    facts=[NOT_NEEDED, ["rt/rw", "rt rw", "rt/ rw", "pengantar"]],
)
conv(
    C,
    "resident",
    ["harus fotokopi KK berapa lembar buat ngurus ktp?"],
    facts=[NOT_NEEDED + ["tidak ada fotokopi"], ["fotokopi", "fotocopy", "salinan"]],
)
conv(
    C,
    "resident",
    ["anak saya umur 3 tahun mau dibikinin KIA, bawa apa aja?"],
    facts=[
        ["akta kelahiran", "akta lahir", "kutipan akta"],
        KKWORD,
        ["ktp", "ktp-el", "ktp orang tua", "ktp ayah"],
    ],
)
conv(
    C,
    "resident",
    ["kia buat anak 8 tahun pake foto gak? ukuran berapa"],
    facts=[["2x3", "2 x 3", "2×3", "2 × 3"], ["foto", "pas foto", "pasfoto"]],
)
conv(
    C,
    "resident",
    ["KIA anak bayi itu berlakunya sampai kapan?"],
    facts=[["5 tahun", "lima tahun", "usia 5", "umur 5", "berumur 5"]],
)
conv(C, "resident", ["kk saya ilang, ngurusnya gimana ya"], facts=[POLISI, KTPWORD])
conv(
    C,
    "resident",
    ["baru nikah bulan lalu, mau bikin kk sendiri pisah dari ortu. syaratnya?"],
    facts=[["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta perkawinan"]],
)
conv(
    C,
    "resident",
    ["mau pindah ke luar kota, surat pindahnya syaratnya apa?"],
    facts=[KKWORD, NOT_NEEDED + ["tidak memerlukan"]],
)
conv(
    C,
    "resident",
    [
        "saya mau pindah dari desa Bitung Jaya ke desa Talaga, masih sama2 cikupa. perlu surat "
        "pindah gak?"
    ],
    facts=[
        NOT_NEEDED + ["tidak memerlukan", "tidak butuh", "bukan skpwni"],
        ["skpwni", "surat pindah", "surat keterangan pindah"],
    ],
)
conv(
    C,
    "resident",
    ["saya pindahan ngontrak di sini, buat pindah datang butuh apa aja?"],
    facts=[
        ["skpwni", "surat keterangan pindah", "skp", "surat pindah"],
        [
            "pemilik rumah",
            "yang punya rumah",
            "pemilik kontrakan",
            "pemilik kos",
            "tidak keberatan",
            "pemilik tempat",
        ],
    ],
)
conv(
    C,
    "resident",
    ["kalo pindah keluar, ktp saya ditarik di sini atau gimana?"],
    facts=[["tujuan", "daerah baru", "tempat baru", "daerah yang dituju"]],
)
conv(
    C,
    "first_timer",
    ["dukcapil buka jam berapa? sabtu buka ga"],
    facts=[
        ["08.00", "08:00", "jam 8", "pukul 8", "pukul 08", "8 pagi", "jam 08"],
        ["pengumuman", "resmi", "pastikan", "cek kembali", "periksa"],
    ],
)
conv(
    C,
    "first_timer",
    ["kantor disdukcapil kab tangerang dimana alamatnya?"],
    facts=[["tigaraksa"], ["puspemkab", "pusat pemerintahan"]],
)
conv(
    C,
    "resident",
    ["cetak ktp bisa di kecamatan gak? jauh kalo ke tigaraksa"],
    facts=[
        ["29 kecamatan", "semua kecamatan", "seluruh kecamatan", "kantor kecamatan", "di kecamatan"]
    ],
)
conv(
    C,
    "resident",
    ["ktp digital (IKD) gimana cara aktifinnya?"],
    facts=[
        ["hp", "smartphone", "ponsel", "telepon pintar", "handphone", "telepon genggam"],
        ["email", "e-mail", "surel"],
        ["petugas", "dukcapil", "kecamatan", "desa"],
    ],
)
conv(
    C,
    "resident",
    ["tadi di desa ada yg minta 100 ribu biar ktp cepet jadi, emang bayar ya?"],
    facts=[GRATIS],
)
conv(
    C,
    "resident",
    ["rekam ktp bisa diwakilin ortu gak? anaknya lg mondok"],
    facts=[
        [
            "datang langsung",
            "datang sendiri",
            "hadir",
            "secara langsung",
            "langsung ke",
            "tatap muka",
            "datang ke",
            "harus datang",
        ],
        ["sidik jari", "foto", "iris", "perekaman", "biometrik", "tanda tangan"],
    ],
)
conv(
    C,
    "resident",
    ["ktp ilang harus rekam ulang lagi gak?"],
    facts=[
        [
            "tidak perlu rekam ulang",
            "tidak perlu perekaman ulang",
            "tidak perlu direkam",
            "tidak perlu rekam",
            "tanpa rekam ulang",
            "tidak perlu lagi",
            "tidak perlu",
            "tidak usah",
        ]
    ],
)
conv(
    C,
    "resident",
    ["kalo berkas udah lengkap, ktp jadinya berapa lama?"],
    facts=[["24 jam", "1-24 jam", "1 sampai 24 jam", "satu hari", "1 x 24 jam"]],
)
conv(
    C,
    "resident",
    ["ktp saya dari kabupaten lain, bisa cetak ulang di tangerang?"],
    facts=[
        ["luar domisili", "di luar domisili", "luar daerah", "di luar daerah"],
        [
            "tidak ada perubahan data",
            "tidak mengubah data",
            "tanpa perubahan data",
            "tidak berubah",
            "tidak ganti",
            "tidak ada perubahan",
            "perubahan data",
        ],
    ],
)
conv(
    C,
    "resident",
    ["anak saya baru lahir, mau dimasukin ke kk. bawa apa?"],
    facts=[
        ["kk lama", "kk asli", "kartu keluarga lama", "kk yang lama"],
        ["kelahiran", "surat keterangan lahir", "akta kelahiran", "bukti", "akta lahir"],
    ],
)
conv(
    C,
    "resident",
    ["status di ktp masih belum kawin padahal udah nikah, mau ganti gmn?"],
    facts=[
        ["ktp-el lama", "ktp lama", "ktp yang lama", "ktp-el yang lama"],
        ["buku nikah", "akta perkawinan", "akta nikah", "bukti"],
    ],
)
conv(
    C,
    "resident",
    ["kalo cuma saya yg pindah keluar, kk keluarga saya yg tinggal gimana?"],
    facts=[["kk baru", "kartu keluarga baru"]],
)

# =========================================================================================
# referral_by_place
# =========================================================================================
C = "referral_by_place"
KOTA, TANGSEL = "Kota Tangerang", "Kota Tangerang Selatan"

conv(
    C,
    "resident",
    ["mau bikin ktp baru, saya tinggal di Kel. Cipondoh Indah Kec. Cipondoh"],
    control="referral",
    referral_to=KOTA,
)
conv(
    C,
    "resident",
    ["KK saya hilang kak, rumah di perumnas karawaci kelurahan bojong jaya"],
    control="referral",
    referral_to=KOTA,
)
conv(
    C,
    "resident",
    ["ktp rusak, domisili pamulang barat kec pamulang. bisa diurus disini?"],
    control="referral",
    referral_to=TANGSEL,
)
conv(
    C,
    "resident",
    ["bikin KIA anak, rumah kami di Pondok Kacang Timur, Pondok Aren"],
    control="referral",
    referral_to=TANGSEL,
)
conv(
    C,
    "first_timer",
    ["ini dukcapil tangerang kan? saya warga Ciledug, kelurahan Sudimara Barat, mau urus kk"],
    control="referral",
    referral_to=KOTA,
)
conv(
    C,
    "resident",
    ["mau pindah keluar, sy warga kelurahan Serua Indah kecamatan Ciputat"],
    control="referral",
    referral_to=TANGSEL,
)
conv(
    C,
    "helper",
    [
        "selamat pagi, saya staf kelurahan Periuk Jaya kec. Periuk, mau bantu warga kami bikin "
        "ktp pemula atas nama Andika, hp warga 0812 0000 9611"
    ],
    control="referral",
    referral_to=KOTA,
)

# =========================================================================================
# complaint_followup
# =========================================================================================
C = "complaint_followup"

conv(
    C,
    "resident",
    [
        "udah 3 minggu kk saya blm jadi, padahal udah kirim lewat wa dari awal bulan",
        "tolong sambungin ke petugas aja deh",
    ],
    control="handoff",
)

p_nik = nik("BALARAJA", 1990, 1, 9)
conv(
    C,
    "resident",
    [
        f"kak ktp saya kok lama bgt ya, ini nik saya {p_nik}, tolong dicek udah sampe mana",
    ],
    control="no_nik_lookup",
)

conv(
    C,
    "resident",
    [
        "pengajuan KIA anak saya dari bulan lalu belum ada kabar. tolong di-acc secepatnya ya, "
        "buat syarat masuk SD",
    ],
    control="no_approval",
)

p_nik, p_kk = nik("SEPATAN TIMUR", 1993, 7, 27), kk("SEPATAN TIMUR", 2017, 10, 18)
conv(
    C,
    "resident",
    [
        "kemarin udah kirim format tapi gak dibales2, saya kirim ulang ya",
        line("KTP", p_nik, p_kk, "ROHMAN HIDAYAT", "KEDAUNG BARAT", "SEPATAN TIMUR", "HILANG"),
    ],
    line=line("KTP", p_nik, p_kk, "ROHMAN HIDAYAT", "KEDAUNG BARAT", "SEPATAN TIMUR", "HILANG"),
)

conv(
    C,
    "resident",
    [
        "Saya mau komplain. Sudah tiga kali bolak balik ke kecamatan tapi KTP saya belum dicetak "
        "juga, katanya blangko habis. Saya minta bicara dengan petugas yang bertanggung jawab.",
    ],
    control="handoff",
)

p_kk = kk("CIKUPA", 2016, 4, 4)
conv(
    C,
    "resident",
    [
        "knp permohonan kk saya kemarin dibilang perlu perbaikan? yaudah sy ajuin lagi aja",
        f"no kk {p_kk} kepala keluarga Maman Suherman desa Bojong kec Cikupa",
    ],
    line=line("KK", p_kk, "MAMAN SUHERMAN", "BOJONG", "CIKUPA"),
)

conv(
    C,
    "resident",
    [
        "sebulan lebih nunggu kk, apa ga bisa dipercepat? tolong disetujuin hari ini juga, "
        "mau buat ngurus bpjs",
    ],
    control="no_approval",
)

p_nik = nik("MAUK", 1977, 3, 3)
conv(
    C,
    "resident",
    [
        f"lama amat sih. cek dong atas nama Supriyadi nik {sp(p_nik)} ktp nya udah jadi belum",
    ],
    control="no_nik_lookup",
)

conv(
    C,
    "resident",
    [
        "ini bot ya? dari kemarin nanya ga dijawab yg bener. sy mau admin manusia",
    ],
    control="handoff",
)

conv(
    C,
    "resident",
    [
        "kata orang kecamatan bikin kk harus bayar 150rb biar cepet, bener gak sih? udah nunggu "
        "2 minggu soalnya",
    ],
    facts=[GRATIS],
)

# =========================================================================================
# helper_mode
# =========================================================================================
C = "helper_mode"

p_nik, p_kk = nik("RAJEG", 1970, 9, 9), kk("RAJEG", 2005, 11, 11)
conv(
    C,
    "helper",
    [
        "Assalamualaikum, saya operator Desa Sukamanah Kec. Rajeg, mau mengajukan KTP-el "
        f"hilang warga kami: nama Sarmin, NIK {p_nik}, KK {p_kk}, no HP warga 0812 0000 9611",
    ],
    line=line("KTP", p_nik, p_kk, "SARMIN", "SUKAMANAH", "RAJEG", "HILANG"),
)

c_nik, c_kk = nik("KRESEK", 2022, 3, 14, female=True), kk("KRESEK", 2018, 1, 9)
conv(
    C,
    "helper",
    [
        "Selamat pagi, saya kader posyandu desa Talok kec Kresek, mau daftarin KIA anak warga. "
        f"Nama anak Aqila Humaira, NIK anak {c_nik}, KK {c_kk}. Ibunya Bu Yanti Kurniasih, "
        "hp 0857 0000 9612",
    ],
    line=line("KIA", c_nik, c_kk, "AQILA HUMAIRA", "TALOK", "KRESEK"),
)

p_kk = kk("PANONGAN", 2014, 2, 20)
conv(
    C,
    "helper",
    [
        "Dengan hormat,\nKami dari Pemerintah Desa Ranca Iyuh Kecamatan Panongan mengajukan "
        "permohonan cetak ulang Kartu Keluarga warga kami yang hilang:\n"
        f"Nama kepala keluarga: Ujang Komarudin\nNo. KK: {dot(p_kk)}\n"
        "No. HP yang bersangkutan: 0813-0000-9613\nTerima kasih.",
    ],
    answers={"nama_warga": "atas nama kepala keluarganya sendiri, Pak Ujang Komarudin"},
    line=line("KK", p_kk, "UJANG KOMARUDIN", "RANCA IYUH", "PANONGAN"),
)

p_nik, p_kk = nik("CIKUPA", 1968, 12, 12, female=True), kk("CIKUPA", 2010, 8, 17)
conv(
    C,
    "helper",
    [
        "saya petugas desa Talaga kec Cikupa, bantu warga lansia ganti ktp yg udah rusak "
        f"luntur. atas nama Ibu Sumiati, nik {p_nik}, kk {p_kk}",
    ],
    answers={"telepon_warga": "hp nya 0812 0000 9614, itu nomor anaknya"},
    missing=1,
    line=line("KTP", p_nik, p_kk, "SUMIATI", "TALAGA", "CIKUPA", "RUSAK"),
)

p_nik, p_kk = nik("KRONJO", 2009, 6, 1), kk("KRONJO", 2009, 9, 19)
conv(
    C,
    "helper",
    [
        f"sy staf desa Muncung kronjo. ktp pemula warga: Aldi Saputra nik {dash(p_nik)} kk "
        f"{dash(p_kk)}, hp 0895-0000-9615",
    ],
    line=line("KTP", p_nik, p_kk, "ALDI SAPUTRA", "MUNCUNG", "KRONJO", "PEMULA"),
)

p_nik, p_kk = nik("JAMBE", 1988, 4, 12), kk("JAMBE", 2016, 6, 6)
addr = "Jl. Siliwangi No. 88 RT 002 RW 005 Kel. Cigadung Kec. Subang Kab. Subang"
conv(
    C,
    "helper",
    [
        "Permisi, saya perangkat desa Daru kec. Jambe. Mau bantu warga urus surat pindah keluar.",
        f"Nama Nanang Kosim, NIK {p_nik}, KK {p_kk}, no HP 0812 0000 9616. Pindah ke {addr}",
    ],
    line=line("SKPWNI", p_nik, p_kk, "NANANG KOSIM", addr.upper()),
)

c_nik, c_kk = nik("GUNUNG KALER", 2014, 10, 10), kk("GUNUNG KALER", 2012, 7, 30)
conv(
    C,
    "helper",
    [
        "Kami dari kantor kecamatan Gunung Kaler, mengajukan KIA untuk anak warga desa Onyam: "
        f"Fikri Ramadhan, NIK {c_nik}, No KK {c_kk}. Orang tua: Bapak Karim, HP 0877 0000 9617",
    ],
    line=line("KIA", c_nik, c_kk, "FIKRI RAMADHAN", "ONYAM", "GUNUNG KALER"),
)

p_kk = kk("SEPATAN", 2019, 11, 2)
conv(
    C,
    "helper",
    [
        f"operator desa Kayu Bongkok sepatan, mau ajukan kk baru warga krn tambah anggota. no kk "
        f"{sp(p_kk)} kepala keluarga Asep Saepuloh",
    ],
    answers={"telepon_warga": "0812 0000 9618", "nama_warga": "Asep Saepuloh, yg kepala keluarga"},
    missing=1,
    line=line("KK", p_kk, "ASEP SAEPULOH", "KAYU BONGKOK", "SEPATAN"),
)

# =========================================================================================
# desa_typo_with_kecamatan
# =========================================================================================
C = "desa_typo_with_kecamatan"
# A desa typed wrong counts as one field left out: the assistant has to ask ("Maksud
# Bapak/Ibu Desa X?"), and the person answers (saran_tempat, "ya" unless given).

p_nik, p_kk = nik("CIKUPA", 1994, 2, 2), kk("CIKUPA", 2020, 12, 20)
conv(
    C,
    "resident",
    [
        f"ktp ilang, nik {p_nik} kk {p_kk} nama Taufik Hidayat desa Sukadamay kec Cikupa",
    ],
    missing=1,
    line=line("KTP", p_nik, p_kk, "TAUFIK HIDAYAT", "SUKADAMAI", "CIKUPA", "HILANG"),
)

p_kk = kk("KOSAMBI", 2008, 3, 3)
conv(
    C,
    "resident",
    [
        f"kk rusak robek, no {p_kk}, kepala keluarga Rusdi, ds salembaran jya kosambi",
    ],
    missing=1,
    line=line("KK", p_kk, "RUSDI", "SALEMBARAN JAYA", "KOSAMBI"),
    answers={"saran_tempat": "iya betul itu"},
)

c_nik, c_kk = nik("PAGEDANGAN", 2018, 5, 9), kk("PAGEDANGAN", 2016, 2, 29)
conv(
    C,
    "resident",
    [
        f"kia anak, nama Bima Sakti Nugroho, nik {c_nik}, kk {c_kk}, lengkong kulom kec pagedangan",
    ],
    missing=1,
    line=line("KIA", c_nik, c_kk, "BIMA SAKTI NUGROHO", "LENGKONG KULON", "PAGEDANGAN"),
)

p_nik, p_kk = nik("LEGOK", 2009, 3, 21, female=True), kk("LEGOK", 2009, 5, 15)
conv(
    C,
    "resident",
    [
        f"mau rekam ktp baru, Anisa Rahmawati, nik {p_nik}, kk {p_kk}, desa cianggir kc legok",
    ],
    missing=1,
    line=line("KTP", p_nik, p_kk, "ANISA RAHMAWATI", "CIANGIR", "LEGOK", "PEMULA"),
)

p_nik, p_kk = nik("TELUKNAGA", 1986, 8, 8), kk("TELUKNAGA", 2011, 9, 1)
conv(
    C,
    "resident",
    [
        f"ktp sy ilang pas melaut. Karta Wijaya nik {p_nik} kk {p_kk} desa tanjung pasirr "
        "kecamatan teluk naga",
    ],
    missing=1,
    line=line("KTP", p_nik, p_kk, "KARTA WIJAYA", "TANJUNG PASIR", "TELUKNAGA", "HILANG"),
)

p_kk = kk("PASAR KEMIS", 2015, 8, 30)
conv(
    C,
    "resident",
    [
        f"cetak ulang kk krn ilang, no kk {p_kk}, kepala keluarga Dadang Suryadi, "
        "desa sindangsri kec pasar kemis",
    ],
    missing=1,
    line=line("KK", p_kk, "DADANG SURYADI", "SINDANGSARI", "PASAR KEMIS"),
)

c_nik, c_kk = nik("TIGARAKSA", 2017, 7, 17), kk("TIGARAKSA", 2015, 4, 1)
conv(
    C,
    "resident",
    [
        f"kia buat anak sy Rafa Alvaro nik {c_nik}, kk {c_kk}, desa matagarar kecamatan tigaraksa",
    ],
    missing=1,
    line=line("KIA", c_nik, c_kk, "RAFA ALVARO", "MATAGARA", "TIGARAKSA"),
)

# =========================================================================================
# casual_stepwise
# =========================================================================================
C = "casual_stepwise"

p_kk = kk("RAJEG", 2017, 12, 10)
conv(
    C,
    "resident",
    ["kak mau bikin kk"],
    answers={
        "no_kk": f"{sp(p_kk)}",
        "nama_kepala_keluarga": "suami saya, Herman Syah",
        "desa": "jambu karya",
        "kecamatan": "rajeg",
    },
    missing=4,
    line=line("KK", p_kk, "HERMAN SYAH", "JAMBU KARYA", "RAJEG"),
)

p_nik, p_kk = nik("CURUG", 1998, 9, 29, female=True), kk("CURUG", 2022, 7, 4)
conv(
    C,
    "first_timer",
    ["ktp saya ilang gmn ya ngurusnya, gatau caranya"],
    answers={
        "nik": f"{p_nik}",
        "no_kk": f"ini kk nya {p_kk}",
        "nama": "Mega Puspita",
        "desa": "curug kulon",
        "kecamatan": "curug",
    },
    missing=5,
    line=line("KTP", p_nik, p_kk, "MEGA PUSPITA", "CURUG KULON", "CURUG", "HILANG"),
)

c_nik, c_kk = nik("BALARAJA", 2019, 11, 19, female=True), kk("BALARAJA", 2017, 8, 8)
conv(
    C,
    "resident",
    ["mau bikin kia buat anak"],
    answers={
        "nik": f"nik anak {c_nik}",
        "no_kk": f"{c_kk}",
        "nama": "Khanza Aulia",
        "desa": "talagasari",
        "kecamatan": "balaraja",
    },
    missing=5,
    line=line("KIA", c_nik, c_kk, "KHANZA AULIA", "TALAGASARI", "BALARAJA"),
)

p_nik, p_kk = nik("KOSAMBI", 1985, 5, 15), kk("KOSAMBI", 2013, 3, 13)
conv(
    C,
    "resident",
    [
        "halo",
        "mau ganti ktp yg rusak",
        f"nik {p_nik}",
    ],
    answers={
        "no_kk": f"kk {p_kk}",
        "nama": "Sutisna",
        "desa": "rawa burung",
        "kecamatan": "kosambi",
    },
    missing=4,
    line=line("KTP", p_nik, p_kk, "SUTISNA", "RAWA BURUNG", "KOSAMBI", "RUSAK"),
)

p_nik, p_kk = nik("MEKAR BARU", 2009, 7, 4), kk("MEKAR BARU", 2010, 10, 10)
conv(
    C,
    "resident",
    ["p", "bikin ktp", f"nik {p_nik} kk {p_kk}"],
    answers={
        "alasan": "baru pertama kali bikin, umur sy udh 17",
        "nama": "Rendi Saputra",
        "desa": "waliwis",
        "kecamatan": "mekar baru",
    },
    missing=4,
    line=line("KTP", p_nik, p_kk, "RENDI SAPUTRA", "WALIWIS", "MEKAR BARU", "PEMULA"),
)

conv(
    C,
    "resident",
    ["mau lapor pindah datang"],
    answers={
        "no_skpwni": "SKPWNI/3276/28102026/0150",
        "keperluan": "pindah datang sekeluarga",
    },
    missing=2,
    line=line("SKDWN", "SKPWNI/3276/28102026/0150", "PINDAH DATANG SEKELUARGA"),
)

p_kk = kk("SUKADIRI", 2014, 1, 31)
conv(
    C,
    "first_timer",
    [
        "sy baru pertama kali ngurus beginian. mau masukin anak yg baru lahir ke kk, gimana ya",
    ],
    answers={
        "no_kk": f"{dot(p_kk)}",
        "nama_kepala_keluarga": "Opik Taufik",
        "desa": "desa karang serang",
        "kecamatan": "kec sukadiri",
    },
    missing=4,
    line=line("KK", p_kk, "OPIK TAUFIK", "KARANG SERANG", "SUKADIRI"),
)

# =========================================================================================
# correction_at_confirmation
# =========================================================================================
C = "correction_at_confirmation"
CORR = "correction"

p_nik, p_kk = nik("CIKUPA", 1992, 3, 3), kk("CIKUPA", 2019, 9, 9)
conv(
    C,
    "resident",
    [
        f"ktp ilang, nik {p_nik} kk {p_kk} nama Agung Prasetyo desa Sukamulya kec Cikupa",
        "eh desanya salah, harusnya Sukanagara bukan Sukamulya",
    ],
    control=CORR,
    line=line("KTP", p_nik, p_kk, "AGUNG PRASETYO", "SUKANAGARA", "CIKUPA", "HILANG"),
)

p_nik, p_kk = nik("BALARAJA", 1997, 12, 25, female=True), kk("BALARAJA", 2021, 3, 8)
conv(
    C,
    "resident",
    [
        f"mau ganti ktp rusak. Nurul Aeni, nik {p_nik}, kk {p_kk}, desa Saga kec Balaraja",
        "namanya salah ketik kak, yg bener Nurul Aini",
    ],
    control=CORR,
    confirm="iya udah bener",
    line=line("KTP", p_nik, p_kk, "NURUL AINI", "SAGA", "BALARAJA", "RUSAK"),
)

p_nik, p_kk = nik("SUKAMULYA", 1981, 6, 6), kk("SUKAMULYA", 2007, 2, 2)
conv(
    C,
    "resident",
    [
        f"ktp hilang, Rudi Hermawan, nik {p_nik}, kk {p_kk}, desa Buniayu kec Sukamulya",
        "maaf bukan hilang tapi rusak, ktp nya ada tapi patah",
    ],
    control=CORR,
    line=line("KTP", p_nik, p_kk, "RUDI HERMAWAN", "BUNIAYU", "SUKAMULYA", "RUSAK"),
)

p_nik, p_kk = nik("CISAUK", 1990, 10, 1), kk("CISAUK", 2016, 1, 1)
wrong = p_nik[:-2] + p_nik[-1] + p_nik[-2]  # two digits swapped
assert wrong != p_nik
conv(
    C,
    "resident",
    [
        f"ktp saya ilang, nik {wrong}, kk {p_kk}, nama Iwan Setiawan, desa Sampora kec Cisauk",
        f"nik nya salah ketik, yang bener {p_nik}",
    ],
    control=CORR,
    confirm="ok lanjut",
    line=line("KTP", p_nik, p_kk, "IWAN SETIAWAN", "SAMPORA", "CISAUK", "HILANG"),
)

p_kk = kk("SUKAMULYA", 2012, 12, 21)
conv(
    C,
    "resident",
    [
        f"kk ilang, no kk {p_kk}, kepala keluarga Juhana, desa Sukamulya kec Cikupa",
        "salah kak, saya desa Sukamulya kecamatan Sukamulya, bukan Cikupa",
    ],
    control=CORR,
    line=line("KK", p_kk, "JUHANA", "SUKAMULYA", "SUKAMULYA"),
)

p_kk = kk("KELAPA DUA", 2018, 2, 18)
conv(
    C,
    "resident",
    [
        f"mau bikin kk baru, no kk {p_kk} nama kepala keluarga Siti Rahayu, desa Curug Sangereng "
        "kec Kelapa Dua",
        "eh kepala keluarganya bukan saya, tapi suami saya Ahmad Junaedi",
    ],
    control=CORR,
    confirm="betul kak",
    line=line("KK", p_kk, "AHMAD JUNAEDI", "CURUG SANGERENG", "KELAPA DUA"),
)

p_nik, p_kk = nik("LEGOK", 2000, 1, 1, female=True), kk("LEGOK", 2023, 5, 5)
wrong = kk("LEGOK", 1998, 5, 5)  # the parents' KK
conv(
    C,
    "resident",
    [
        f"ktp ilang, Putri Anggraini nik {p_nik} kk {wrong} desa Rancagong kec Legok",
        f"no kk nya ketuker sama punya ortu, ini yg bener: {p_kk}",
    ],
    control=CORR,
    line=line("KTP", p_nik, p_kk, "PUTRI ANGGRAINI", "RANCAGONG", "LEGOK", "HILANG"),
)

p_nik, p_kk = nik("KRESEK", 1989, 9, 19), kk("KRESEK", 2014, 4, 14)
addr1 = "Jl. Veteran No. 3 RT 001 RW 004 Kel. Kotabaru Kec. Serang Kota Serang"
addr2 = "Jl. Ahmad Yani No. 12 RT 002 RW 001 Kel. Cipare Kec. Serang Kota Serang"
conv(
    C,
    "resident",
    [
        f"surat pindah keluar: nik {p_nik}, kk {p_kk}, nama Ade Supriatna, tujuan {addr1}",
        f"alamat tujuannya ganti ya, kontrakannya pindah: {addr2}",
    ],
    control=CORR,
    line=line("SKPWNI", p_nik, p_kk, "ADE SUPRIATNA", addr2.upper()),
)

c1, c2, c_kk = (
    nik("TELUKNAGA", 2013, 3, 3),
    nik("TELUKNAGA", 2018, 8, 18),
    kk("TELUKNAGA", 2012, 11, 11),
)
conv(
    C,
    "resident",
    [
        f"kia anak, Raffi Ahmad Fauzi, nik {c1}, kk {c_kk}, desa Lemo kec Teluknaga",
        f"eh itu nama kakaknya. yang mau dibikin KIA adiknya: Rayyan Alfatih, nik {c2}",
    ],
    control=CORR,
    line=line("KIA", c2, c_kk, "RAYYAN ALFATIH", "LEMO", "TELUKNAGA"),
)

conv(
    C,
    "resident",
    [
        "pindah datang, no skpwni SKPWNI/3275/14102026/0421, keperluan pindah datang sekeluarga",
        "nomornya kebalik kak, yang bener SKPWNI/3275/14102026/0412",
    ],
    control=CORR,
    line=line("SKDWN", "SKPWNI/3275/14102026/0412", "PINDAH DATANG SEKELUARGA"),
)

p_nik, p_kk = nik("PANONGAN", 1983, 1, 23), kk("PANONGAN", 2010, 6, 16)
conv(
    C,
    "resident",
    [
        f"ktp patah, Samsul Bahri, nik {p_nik}, kk {p_kk}, Mekar Jaya, Sepatan",
        "maaf kecamatannya Panongan, bukan Sepatan",
    ],
    control=CORR,
    line=line("KTP", p_nik, p_kk, "SAMSUL BAHRI", "MEKAR JAYA", "PANONGAN", "RUSAK"),
)

# =========================================================================================
# cancel (before anything is queued: during free-text collection or at its confirmation)
# =========================================================================================
C = "cancel"

conv(C, "resident", ["mau bikin kk", "eh gak jadi deh, nanti aja"], control="cancel")

p_nik = nik("SOLEAR", 1984, 4, 24)
conv(
    C,
    "resident",
    [
        "ktp saya ilang mau urus",
        f"nik {p_nik}",
        "batalin dulu ya kak, mau cari lagi di rumah siapa tau ketemu",
    ],
    control="cancel",
)

p_nik, p_kk = nik("CISOKA", 1976, 7, 17), kk("CISOKA", 2006, 12, 6)
conv(
    C,
    "resident",
    [
        f"ktp rusak, nama Engkos Kosasih, nik {p_nik}, kk {p_kk}, desa Cibugel kec Cisoka",
        "jangan dikirim dulu kak, saya cek lagi datanya",
    ],
    control="cancel",
)

conv(C, "resident", ["mau bikin KIA anak", "nanti aja deh kak, lagi di jalan"], control="cancel")

p_kk = kk("MAUK", 2016, 10, 10)
conv(
    C,
    "resident",
    [
        f"kk ilang no {p_kk}",
        "ga jadi kak, udah diurusin sama pak RT ternyata",
    ],
    control="cancel",
)

p_nik, p_kk = nik("KEMIRI", 1995, 3, 13), kk("KEMIRI", 2020, 2, 20)
addr = "Jl. Mawar No. 9 RT 003 RW 002 Kel. Sukasari Kec. Bogor Timur Kota Bogor"
conv(
    C,
    "resident",
    [
        f"surat pindah: {p_nik} {p_kk} Dani Ramdani, pindah ke {addr}",
        "cancel aja",
    ],
    control="cancel",
)

conv(
    C,
    "resident",
    [
        "mau bikin ktp buat istri",
        "stop dulu ya, saya tanya istri dulu nomer kk nya yg mana",
    ],
    control="cancel",
)

p_nik, p_kk = nik("JAYANTI", 1973, 10, 3), kk("JAYANTI", 2004, 1, 1)
conv(
    C,
    "resident",
    [
        f"Selamat siang. Saya Haryono, NIK {p_nik}, KK {p_kk}, Desa Pasir Muncang Kecamatan "
        "Jayanti, mengajukan penggantian KTP yang hilang.",
        "Mohon maaf, permohonan tadi saya batalkan saja. Terima kasih.",
    ],
    control="cancel",
)

p_nik = nik("SUKADIRI", 2002, 2, 12, female=True)
conv(
    C,
    "resident",
    [
        f"ktp ilang, nik {p_nik}",
        "udah ga usah kak, KTP nya ketemu di laci 😅",
    ],
    control="cancel",
)

conv(
    C,
    "resident",
    ["mau lapor pindah datang", "skip dulu min, suratnya ketinggalan"],
    control="cancel",
)

# =========================================================================================
# hash_line
# =========================================================================================
C = "hash_line"

p_nik, p_kk = nik("PAGEDANGAN", 2009, 1, 19, female=True), kk("PAGEDANGAN", 2008, 3, 30)
ln = line("KTP", p_nik, p_kk, "SALSABILA PUTRI", "CIJANTRA", "PAGEDANGAN", "PEMULA")
conv(C, "resident", [ln], line=ln)

p_kk = kk("KRONJO", 2013, 6, 6)
ln = line("KK", p_kk, "WARSONO", "PASILIAN", "KRONJO")
conv(C, "resident", [ln], line=ln)

c_nik, c_kk = nik("JAMBE", 2016, 2, 28, female=True), kk("JAMBE", 2014, 9, 9)
ln = line("KIA", c_nik, c_kk, "ZAHRA KAMILA", "TABAN", "JAMBE")
conv(C, "resident", [ln], line=ln)

p_nik, p_kk = nik("CURUG", 1989, 6, 30), kk("CURUG", 2016, 9, 16)
addr = "JL. CEMPAKA NO. 17 RT 006 RW 009 KEL. SUKASARI KEC. TANGERANG KOTA TANGERANG"
ln = line("SKPWNI", p_nik, p_kk, "FERRY IRAWAN", addr)
conv(C, "resident", [ln], line=ln)

ln = line("SKDWN", "SKPWNI/3173/07112026/0288", "PINDAH DATANG SEKELUARGA")
conv(C, "resident", [ln], line=ln)

p_nik, p_kk = nik("SOLEAR", 1994, 11, 8), kk("SOLEAR", 2019, 7, 7)
ln = line("KTP", p_nik, p_kk, "DENI SETIADI", "MUNJUL", "SOLEAR", "RUSAK")
conv(C, "resident", [f"#ktp#{p_nik}#{p_kk}#deni setiadi#munjul#solear#rusak#"], line=ln)

p_nik, p_kk = nik("SINDANG JAYA", 1982, 12, 5, female=True), kk("SINDANG JAYA", 2012, 9, 3)
ln = line("KTP", p_nik, p_kk, "WIDIA ASTUTI", "BADAK ANOM", "SINDANG JAYA", "HILANG")
conv(
    C,
    "first_timer",
    [f"#KTP# {p_nik} # {p_kk} #Widia Astuti#Badak Anom#Sindang Jaya#Hilang"],
    line=ln,
)


# --- writing --------------------------------------------------------------------------------
class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def main() -> None:
    assert set(CONVS) == set(CATEGORIES), set(CATEGORIES) - set(CONVS)
    ids = [c["id"] for convs in CONVS.values() for c in convs]
    assert len(ids) == len(set(ids))
    for category in CATEGORIES:
        convs = CONVS[category]
        assert len(convs) >= 6, (category, len(convs))
        path = HERE / f"{PREFIX}_{category}.yml"
        header = (
            f"# Generated by tests/conversations/dev/make_dev3.py ({len(convs)} conversations);"
            " edit the builder, not this file.\n"
        )
        body = yaml.dump(
            {"conversations": convs},
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
            width=float("inf"),  # canonical lines stay on one line, greppable
        )
        path.write_text(header + body, encoding="utf-8")
        print(f"{path.name}: {len(convs)}")
    print(f"total: {len(ids)}")


if __name__ == "__main__":
    main()
