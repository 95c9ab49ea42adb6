"""Builder of the dev11 part of the conversation corpus (issue 8): writes ``dev11_<category>.yml``.

Written by an independent author who read only the shared design (``/work/shared/design.md``),
the shared data tables and notes (``/work/shared/data/*``), the corpus README, ``corpus.py``
and ``devtools/synthetic.py``; no code of the assistant, no training data and no other corpus
file or builder. Every message below was written by hand, one by one. Weighted towards names
introduced in many ways (titles, relatives, signatures, nicknames, "an."), step-by-step chats
with odd answers, formal letters, numbers with dashes/dots/spaces, referrals by Kota Tangerang /
Tangerang Selatan place names and corrections at the confirmation; every category, service,
persona and control appears.

Run (deletes this builder's old ``dev11_*.yml`` first)::

    .venv/bin/python -m tests.conversations.dev.make_dev11

Numbers come only from ``devtools.synthetic`` (``make_nik`` / ``make_kk``), the region being the
kecamatan's 6-digit Kemendagri code; a SKPWNI number is built the same way from a kecamatan code
of the origin kabupaten/kota. Serials cycle through 9700-9799. A mistyped number that the person
corrects is one digit off a synthetic one. Every expected line is checked against
``bot.intake.parser.parse`` (canonical form), so the builder fails loudly on a bad line.
"""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
PART = "dev11"

CATEGORIES = (
    "formal_one_message",
    "dashed_numbers",
    "name_introduced",
    "half_remembered_format",
    "restate_known_value",
    "name_with_relation",
    "surat_pindah",
    "question_not_form",
    "topic_coverage",
    "referral_by_place",
    "complaint_followup",
    "helper_mode",
    "desa_typo_with_kecamatan",
    "casual_stepwise",
    "correction_at_confirmation",
    "cancel",
    "hash_line",
)
PERSONAS = ("resident", "helper", "first_timer")
ANSWER_KEYS = {
    "nik",
    "no_kk",
    "nama",
    "nama_kepala_keluarga",
    "desa",
    "kecamatan",
    "alasan",
    "alamat_pindah",
    "no_skpwni",
    "keperluan",
    "nama_warga",
    "telepon_warga",
    "saran_tempat",
    "layanan",
}

# Kemendagri kecamatan codes (kecamatan_kab_tangerang.csv), without dots.
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
    # neighbours and origins of newcomers (wilayah_tetangga.csv, kecamatan_indonesia.csv)
    "Kota Tangerang/Tangerang": "367101",
    "Kota Tangerang/Cipondoh": "367105",
    "Kota Tangerang/Ciledug": "367106",
    "Kota Tangerang/Karawaci": "367107",
    "Kota Tangerang/Periuk": "367108",
    "Kota Tangerang/Batuceper": "367103",
    "Kota Tangerang/Larangan": "367113",
    "Kota Tangerang/Pinang": "367111",
    "Tangsel/Serpong": "367401",
    "Tangsel/Pondok Aren": "367403",
    "Tangsel/Ciputat": "367404",
    "Tangsel/Ciputat Timur": "367405",
    "Tangsel/Pamulang": "367406",
    "Tangsel/Setu": "367407",
    "Jakarta Barat/Cengkareng": "317301",
    "Bogor/Cibinong": "320101",
    "Garut/Tarogong Kaler": "320504",
    "Kota Bandung/Coblong": "327302",
    "Brebes/Bumiayu": "332903",
    "Kota Semarang/Semarang Tengah": "337401",
    "Lampung Selatan/Natar": "180104",
    "Pandeglang/Cimanggu": "360102",
    "Lebak/Malingping": "360201",
    "Serang/Kibin": "360416",
    "Cirebon/Losari": "320903",
}

_serials = itertools.cycle(range(9700, 9800))


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    """A synthetic NIK registered in kecamatan ``kec`` for someone born on y-m-d."""
    return make_nik(KEC[kec], date(y, m, d), female, next(_serials))


def kk(kec: str, y: int, m: int, d: int) -> str:
    """A synthetic No. KK issued in kecamatan ``kec``, recorded on y-m-d."""
    return make_kk(KEC[kec], date(y, m, d), next(_serials))


def skpwni(kec: str, y: int, m: int, d: int) -> str:
    """A synthetic SKPWNI number: origin kecamatan code + issue date + serial."""
    return make_kk(KEC[kec], date(y, m, d), next(_serials))


def sp(num: str, *sizes: int, sep: str = " ") -> str:
    """The number as a person types it, in groups (default 4-4-4-4) joined by ``sep``."""
    sizes = sizes or (4, 4, 4, 4)
    assert sum(sizes) == len(num), (num, sizes)
    out, i = [], 0
    for size in sizes:
        out.append(num[i : i + size])
        i += size
    return sep.join(out)


def off(num: str, i: int = 15) -> str:
    """The number with one digit mistyped (digit ``i`` one up)."""
    return num[:i] + str((int(num[i]) + 1) % 10) + num[i + 1 :]


# --- expectations ------------------------------------------------------------------------
def line(text: str) -> dict[str, Any]:
    return {"line": text}


def facts(*groups: list[str]) -> dict[str, Any]:
    return {"facts": [list(g) for g in groups]}


def control(kind: str, line: str | None = None, to: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"control": kind}
    if line is not None:
        out["line"] = line
    if to is not None:
        out["referral_to"] = to
    return out


CONVS: dict[str, list[dict[str, Any]]] = {c: [] for c in CATEGORIES}
_seen: dict[str, str] = {}


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def add(
    category: str,
    persona: str,
    turns: list[str],
    expect: dict[str, Any],
    *,
    answers: dict[str, str] | None = None,
    confirm: str = "ya",
    missing: int = 0,
) -> None:
    """One conversation; checks the expected line is canonical and no message repeats."""
    assert category in CATEGORIES, category
    assert persona in PERSONAS, persona
    convs = CONVS[category]
    cid = f"{PART}-{category.replace('_', '-')}-{len(convs) + 1:02d}"
    answers = answers or {}
    assert set(answers) <= ANSWER_KEYS, (cid, set(answers) - ANSWER_KEYS)
    if "line" in expect:
        verdict = parse(expect["line"])
        assert verdict.ok, (cid, expect["line"], [e.code for e in verdict.errors])
        assert verdict.canonical == expect["line"], (cid, expect["line"], verdict.canonical)
    if expect.get("control") == "referral":
        assert expect.get("referral_to") in ("Kota Tangerang", "Kota Tangerang Selatan"), cid
    for said in [*turns, *answers.values()]:
        key = _norm(said)
        assert key not in _seen, f"{cid}: message repeats {_seen.get(key)}: {said!r}"
        _seen[key] = cid
    conv: dict[str, Any] = {"id": cid, "category": category, "persona": persona, "turns": turns}
    if answers:
        conv["answers"] = answers
    if confirm != "ya":
        conv["confirm"] = confirm
    conv["missing"] = missing
    conv["expect"] = expect
    convs.append(conv)


# --- name_introduced -----------------------------------------------------------------------
def name_introduced() -> None:
    c = "name_introduced"

    n, k = nik("Cikupa", 1979, 11, 2), kk("Cikupa", 2011, 5, 19)
    add(
        c,
        "resident",
        [
            "Assalamualaikum, ini dengan Pak Darmawan. Saya mau lapor KTP saya hilang waktu "
            f"belanja di pasar Cikupa kemarin sore. NIK {n}, KK {k}, rumah di Desa Sukadamai "
            "Kec. Cikupa"
        ],
        line(f"#KTP#{n}#{k}#DARMAWAN#SUKADAMAI#CIKUPA#HILANG#"),
        confirm="iya betul pak",
    )

    k = kk("Tigaraksa", 2009, 8, 21)
    add(
        c,
        "resident",
        [
            "Permisi min, mau ngajuin KK baru soalnya yg lama udah sobek2 digigitin tikus 😔\n"
            f"No KK: {sp(k)}\nDs. Pete, Kec. Tigaraksa\nkepala keluarga saya sendiri\n\n"
            "- Rudi Hartono"
        ],
        line(f"#KK#{k}#RUDI HARTONO#PETE#TIGARAKSA"),
    )

    n, k = nik("Curug", 1996, 4, 9, female=True), kk("Curug", 2019, 2, 11)
    add(
        c,
        "resident",
        [
            "halo kak, aku Iis, nama lengkap di ktp Iis Sumiati. ktp ku patah jadi dua gara2 "
            f"ketindihan pas di dompet 🙈 nik {n} no kk {k} ds kadu jaya kec curug"
        ],
        line(f"#KTP#{n}#{k}#IIS SUMIATI#KADU JAYA#CURUG#RUSAK#"),
        confirm="udah bener kak 👍",
    )

    n, k = nik("Tigaraksa", 2016, 9, 30), kk("Tigaraksa", 2014, 3, 3)
    add(
        c,
        "resident",
        [
            f"Mau buat KIA an. Naufal Hidayat, NIK {n}, KK {k}, Desa Cisereh Kecamatan "
            "Tigaraksa. Terima kasih"
        ],
        line(f"#KIA#{n}#{k}#NAUFAL HIDAYAT#CISEREH#TIGARAKSA"),
    )

    n, k = nik("Kresek", 2008, 10, 12), kk("Kresek", 2007, 6, 25)
    add(
        c,
        "first_timer",
        [
            "pagi kak, aku mau bikin ktp pertama kali nih, baru 17 taun bulan kemaren",
            f"nik aku {n}, kk {k}",
            "tinggal di ds kemuning kec kresek. nama Ahmad Fauzan tapi biasa dipanggil Ojan hehe",
        ],
        line(f"#KTP#{n}#{k}#AHMAD FAUZAN#KEMUNING#KRESEK#PEMULA#"),
    )

    n, k = nik("Sepatan", 1984, 1, 27, female=True), kk("Sepatan", 2010, 12, 6)
    add(
        c,
        "resident",
        [
            "Selamat siang. Saya yang bernama Sri Wahyuningsih, warga Desa Karet Kecamatan "
            "Sepatan, bermaksud mengajukan penggantian KTP-el karena hilang. "
            f"NIK {n}, No. KK {k}. Atas bantuannya saya ucapkan terima kasih."
        ],
        line(f"#KTP#{n}#{k}#SRI WAHYUNINGSIH#KARET#SEPATAN#HILANG#"),
    )

    k = kk("Jambe", 2013, 7, 15)
    add(
        c,
        "resident",
        [
            "Bu Entin di sini, mau bikin KK baru karna suami sudah meninggal, jadi sekarang "
            f"saya yang jadi kepala keluarga. KK lama {k}, Ds. Tipar Raya Kec. Jambe. "
            "Nama lengkap saya Entin Kurniasih"
        ],
        line(f"#KK#{k}#ENTIN KURNIASIH#TIPAR RAYA#JAMBE"),
    )

    n, k = nik("Sukadiri", 2001, 12, 3), kk("Sukadiri", 2018, 9, 9)
    add(
        c,
        "resident",
        [
            "min ktp sy kena setrikaan, meleleh pinggirnya wkwk jadi rusak. "
            f"nik {n} kk {k}, kp. rawa kidang ds Rawa Kidang kec Sukadiri. "
            "nama saya Muhammad Iqbal Ramadhan"
        ],
        line(f"#KTP#{n}#{k}#MUHAMMAD IQBAL RAMADHAN#RAWA KIDANG#SUKADIRI#RUSAK#"),
    )

    n, k = nik("Balaraja", 1988, 5, 17), kk("Balaraja", 2015, 10, 1)
    add(
        c,
        "resident",
        [
            f"Mohon dibuatkan surat pindah keluar an. Suhendra\nNIK {n}\nKK {k}\n"
            "Alamat tujuan: Kp. Cirewed RT 002 RW 004 Desa Kibin Kec. Kibin Kab. Serang"
        ],
        line(
            f"#SKPWNI#{n}#{k}#SUHENDRA#KP. CIREWED RT 002 RW 004 DESA KIBIN KEC. KIBIN KAB. SERANG"
        ),
    )

    n, k = nik("Tigaraksa", 1993, 6, 8, female=True), kk("Tigaraksa", 2020, 1, 14)
    add(
        c,
        "resident",
        [
            f"Dari: Yulianti\nPerihal: ktp ilang\nnik {n}\nkk {k}\nalamat Ds Pasir Bolang Kec Tigaraksa"
        ],
        line(f"#KTP#{n}#{k}#YULIANTI#PASIR BOLANG#TIGARAKSA#HILANG#"),
    )

    k = kk("Legok", 2012, 11, 28)
    add(
        c,
        "resident",
        [
            "Assalamualaikum wr wb. Mohon maaf mengganggu, saya mau mengajukan perbaikan Kartu "
            "Keluarga karena ada anggota keluarga baru (anak ketiga lahir bulan lalu). "
            f"Nomor KK {k}, Desa Babat Kecamatan Legok. Saya sendiri kepala keluarganya.\n\n"
            "Wassalam\nHendra Setiawan"
        ],
        line(f"#KK#{k}#HENDRA SETIAWAN#BABAT#LEGOK"),
    )

    n, k = nik("Jayanti", 1982, 2, 19), kk("Jayanti", 2008, 4, 2)
    add(
        c,
        "resident",
        [
            "Punten, Kang Dede ieu, nami lengkap Dede Rohmat. Bade ngaganti KTP nu rusak, tos "
            f"retak. NIK {n}, KK {k}, Desa Dangdeur Kecamatan Jayanti. Hatur nuhun"
        ],
        line(f"#KTP#{n}#{k}#DEDE ROHMAT#DANGDEUR#JAYANTI#RUSAK#"),
        confirm="leres, betul",
    )

    n, k = nik("Kosambi", 1975, 8, 30, female=True), kk("Kosambi", 2006, 2, 17)
    add(
        c,
        "resident",
        [
            "aye Mpok Ijah, nama di ktp mah Khodijah. ktp aye ilang kebawa banjir kemaren, mau "
            f"bikin lagi. nik {n} kk {k}, kelurahan Dadap kec Kosambi"
        ],
        line(f"#KTP#{n}#{k}#KHODIJAH#DADAP#KOSAMBI#HILANG#"),
        confirm="iye bener",
    )

    n, k = nik("Cikupa", 2008, 11, 23, female=True), kk("Cikupa", 2005, 9, 12)
    add(
        c,
        "first_timer",
        [
            f"Pemohon : Nurul Hidayah\nNIK : {n}\nNo KK : {k}\nDesa : Sukanagara\nKec : Cikupa\n"
            "Keperluan : bikin KTP pertama (baru 17 th)\n\n"
            "bener gini ga formatnya kak? baru pertama kali 🙏"
        ],
        line(f"#KTP#{n}#{k}#NURUL HIDAYAH#SUKANAGARA#CIKUPA#PEMULA#"),
    )

    k = kk("Jambe", 2010, 6, 5)
    add(
        c,
        "resident",
        [
            "Punten, abdi Teh Nenden, lengkapna Nenden Siti Rohmah. Bade ngaganti Kartu Keluarga "
            "nu ruksak kakeueum cai, abdi nu jadi kepala kaluargana (tos janda). "
            f"No KK {k}, Desa Daru Kec. Jambe"
        ],
        line(f"#KK#{k}#NENDEN SITI ROHMAH#DARU#JAMBE"),
    )

    n, k = nik("Jayanti", 1969, 4, 4), kk("Jayanti", 2011, 8, 8)
    add(
        c,
        "first_timer",
        ["mau bikin ktp baru yg hilang itu gimana ya caranya, saya gak ngerti hp"],
        line(f"#KTP#{n}#{k}#SULAIMAN#CIKANDE#JAYANTI#HILANG#"),
        answers={
            "nik": f"ini nik saya dari fotokopi ktp lama {n}",
            "no_kk": f"kk {sp(k)}",
            "nama": "saya Bapak Sulaiman",
            "desa": "Cikande, yg di Jayanti bukan Cikande Serang",
            "kecamatan": "jayanti pak",
        },
        missing=5,
    )


# --- name_with_relation --------------------------------------------------------------------
def name_with_relation() -> None:
    c = "name_with_relation"

    n, k = nik("Cikupa", 2020, 1, 18, female=True), kk("Cikupa", 2016, 5, 30)
    add(
        c,
        "resident",
        [
            "mau bikinin KIA buat anak saya yg bungsu, namanya Aqila Zahra, umurnya 6 th. "
            f"NIK anak {n}, KK {k}, kami di Desa Bojong Kec. Cikupa"
        ],
        line(f"#KIA#{n}#{k}#AQILA ZAHRA#BOJONG#CIKUPA"),
    )

    n, k = nik("Kemiri", 1958, 12, 10, female=True), kk("Kemiri", 2012, 1, 9)
    add(
        c,
        "resident",
        [
            "Saya mewakili ibu saya ya kak, KTP beliau hilang entah di mana. Nama ibu Sarinah. "
            f"NIK {n}, KK {k}, Desa Lontar Kecamatan Kemiri. Ibu sudah sepuh jadi saya yang urus"
        ],
        line(f"#KTP#{n}#{k}#SARINAH#LONTAR#KEMIRI#HILANG#"),
    )

    k = kk("Cisoka", 2014, 9, 16)
    add(
        c,
        "resident",
        [
            "mau ganti kk yg udah lecek bgt, kepala keluarganya suami saya Pak Jajang Nurjaman. "
            f"no kk {k} ds cibugel kec cisoka"
        ],
        line(f"#KK#{k}#JAJANG NURJAMAN#CIBUGEL#CISOKA"),
    )

    n, k = nik("Jayanti", 2009, 2, 14), kk("Jayanti", 2010, 3, 1)
    add(
        c,
        "resident",
        [
            "Assalamualaikum bu, anak saya Rizky Maulana bulan Februari kemarin sudah 17 tahun, "
            f"mau buat KTP pertama. NIK-nya {n}, KK {k}, Desa Pangkat Kec. Jayanti"
        ],
        line(f"#KTP#{n}#{k}#RIZKY MAULANA#PANGKAT#JAYANTI#PEMULA#"),
    )

    n, k = nik("Mauk", 1950, 3, 3, female=True), kk("Mauk", 2009, 10, 20)
    add(
        c,
        "resident",
        [
            "ktp nenek saya rusak, udah buram tulisannya ga kebaca. namanya Nenek Saodah, di KTP "
            f"cuma Saodah aja. nik {n}, kk {k}, ds Ketapang kec Mauk"
        ],
        line(f"#KTP#{n}#{k}#SAODAH#KETAPANG#MAUK#RUSAK#"),
    )

    n, k = nik("Pasar Kemis", 2013, 6, 6), kk("Pasar Kemis", 2012, 12, 12)
    add(
        c,
        "resident",
        [
            "Selamat sore, saya mau daftarin KIA untuk keponakan saya (anak kakak saya, kakak "
            "lagi kerja di luar kota). Namanya Muhammad Raffa Alfarizi, "
            f"NIK {n}, KK {k}, Kel. Kutabumi Kec. Pasar Kemis"
        ],
        line(f"#KIA#{n}#{k}#MUHAMMAD RAFFA ALFARIZI#KUTABUMI#PASAR KEMIS"),
    )

    n, k = nik("Panongan", 1995, 10, 25, female=True), kk("Panongan", 2021, 4, 4)
    add(
        c,
        "resident",
        [
            "KTP istri saya hilang pas mudik lebaran kemarin, kayaknya jatuh di rest area 😩. "
            f"Namanya Dewi Lestari. Nik {n} / KK {k}. Kami tinggal di Desa Ranca Kalapa, "
            "Kec. Panongan"
        ],
        line(f"#KTP#{n}#{k}#DEWI LESTARI#RANCA KALAPA#PANONGAN#HILANG#"),
    )

    k = kk("Kronjo", 2007, 7, 7)
    add(
        c,
        "resident",
        [
            "Mau bikin ulang KK, yang lama rusak kena rayap. Atas nama bapak saya, Bapak Sukarta "
            f"(beliau kepala keluarga). No KK: {k}\nDesa Pagenjahan, Kronjo"
        ],
        line(f"#KK#{k}#SUKARTA#PAGENJAHAN#KRONJO"),
    )

    n, k = nik("Cisauk", 1998, 9, 19), kk("Cisauk", 2015, 11, 3)
    add(
        c,
        "resident",
        [
            "Mau urus surat pindah buat adik saya, Fajar Nugroho, dia dapat kerja di Semarang. "
            f"NIK {n}, KK {k}.\nAlamat tujuan: Jl. Pandanaran No. 21 Kel. Mugassari "
            "Kec. Semarang Selatan Kota Semarang"
        ],
        line(
            f"#SKPWNI#{n}#{k}#FAJAR NUGROHO#JL. PANDANARAN NO. 21 KEL. MUGASSARI "
            "KEC. SEMARANG SELATAN KOTA SEMARANG"
        ),
    )

    n, k = nik("Sindang Jaya", 2014, 12, 1, female=True), kk("Sindang Jaya", 2013, 2, 2)
    add(
        c,
        "resident",
        ["assalamualaikum, mau daftarin KIA anak pertama saya, namanya Keysha Putri Ramadhani"],
        line(f"#KIA#{n}#{k}#KEYSHA PUTRI RAMADHANI#SINDANGSONO#SINDANG JAYA"),
        answers={
            "nik": f"nik anak saya {sp(n)}",
            "no_kk": k,
            "desa": "Sindangsono",
            "kecamatan": "Sindang Jaya bu",
        },
        missing=4,
    )

    n, k = nik("Teluknaga", 1980, 5, 5), kk("Teluknaga", 2008, 8, 30)
    add(
        c,
        "resident",
        [
            "laki aye, Bang Rojali, ktp-nye ilang di angkot pas pulang dari pasar. "
            f"nik-nye {n}, kk {k}. rumah di Kampung Besar, Teluk Naga"
        ],
        line(f"#KTP#{n}#{k}#ROJALI#KAMPUNG BESAR#TELUKNAGA#HILANG#"),
        confirm="bener bang",
    )

    k = kk("Gunung Kaler", 2016, 1, 20)
    add(
        c,
        "first_timer",
        [
            "kak mau ganti KK yg rusak, itu nama kepala keluarga ditulis nama siapa ya? suami "
            "saya namanya Ahmad Sobari, di KK dia yang kepala keluarga"
        ],
        line(f"#KK#{k}#AHMAD SOBARI#KEDUNG#GUNUNG KALER"),
        answers={
            "no_kk": f"ini nomor kk nya {k}",
            "desa": "Desa Kedung",
            "kecamatan": "Gunung Kaler",
        },
        missing=3,
    )


# --- casual_stepwise -----------------------------------------------------------------------
def casual_stepwise() -> None:
    c = "casual_stepwise"

    n, k = nik("Rajeg", 1987, 2, 28), kk("Rajeg", 2014, 6, 18)
    add(
        c,
        "resident",
        ["ktp ilang gmn ya"],
        line(f"#KTP#{n}#{k}#WAHYU HIDAYAT#SUKATANI#RAJEG#HILANG#"),
        confirm="yoi bener",
        answers={
            "nik": f"nik sy {sp(n)}",
            "no_kk": f"ini kk nya {k} (kk nya udah buram jd sy ketik aja)",
            "nama": "Wahyu Hidayat",
            "desa": "sukatani, yg di rajeg ya bukan yg cisoka",
            "kecamatan": "rajeg",
        },
        missing=5,
    )

    k = kk("Teluknaga", 2010, 4, 21)
    add(
        c,
        "first_timer",
        ["halo", "mau ngurus kartu keluarga, yg lama udah robek"],
        line(f"#KK#{k}#DADANG SUHERMAN#TEGAL ANGUS#TELUKNAGA"),
        confirm="iya kak sudah sesuai",
        answers={
            "no_kk": f"yang 16 angka itu kan? {k}",
            "nama_kepala_keluarga": "suami saya, Dadang Suherman",
            "desa": "Tegal Angus",
            "kecamatan": "teluk naga",
        },
        missing=4,
    )

    n, k = nik("Sepatan Timur", 2018, 7, 13, female=True), kk("Sepatan Timur", 2017, 10, 10)
    add(
        c,
        "resident",
        ["mau bikin kartu identitas anak buat anak saya yg cewek"],
        line(f"#KIA#{n}#{k}#ALYA NUR FADILAH#KAMPUNG KELOR#SEPATAN TIMUR"),
        answers={
            "nik": f"nik anak: {n} (liat di kk)",
            "no_kk": f"{k} itu no kk",
            "nama": "Alya Nur Fadilah",
            "desa": "kampung kelor",
            "kecamatan": "sepatan timur",
        },
        missing=5,
    )

    n, k = nik("Solear", 2008, 9, 9, female=True), kk("Solear", 2006, 1, 31)
    add(
        c,
        "first_timer",
        ["permisi, saya udah 17 tahun tapi belum punya ktp sama sekali"],
        line(f"#KTP#{n}#{k}#PUTRI AYU LESTARI#CIKUYA#SOLEAR#PEMULA#"),
        answers={
            "nik": f"katanya nik ada di kk ya.. ini {n}",
            "no_kk": sp(k, sep="-"),
            "nama": "Putri Ayu Lestari",
            "desa": "cikuya, deket pasar solear",
            "kecamatan": "Solear kak",
            "alasan": "baru pertama bikin",
        },
        missing=5,
    )

    n, k = nik("Pagedangan", 1992, 3, 12), kk("Pagedangan", 2019, 8, 5)
    add(
        c,
        "resident",
        [
            "halo selamat siang saya mau tanya kalau ktp saya rusak kena air hujan kemarin jadi "
            "mengelupas itu bisa diganti nggak ya terus caranya gimana soalnya saya kerja jadi "
            "nggak bisa sering izin"
        ],
        line(f"#KTP#{n}#{k}#ANDRI GUNAWAN#CICALENGKA#PAGEDANGAN#RUSAK#"),
        answers={
            "nik": f"{n} itu nik saya",
            "no_kk": f"kk {k}",
            "nama": "nama saya Andri Gunawan",
            "desa": "Cicalengka",
            "kecamatan": "pagedangan",
        },
        missing=5,
    )

    n, k = nik("Kelapa Dua", 1990, 10, 10, female=True), kk("Kelapa Dua", 2016, 2, 26)
    add(
        c,
        "resident",
        ["mau pindah keluar kota, bikin surat pindah dmn ya"],
        line(
            f"#SKPWNI#{n}#{k}#RINA OKTAVIANI#JL. PAGAR ALAM GG. MAWAR NO. 7, KEL. SEGALA MIDER, "
            "KEC. TANJUNG KARANG BARAT, KOTA BANDAR LAMPUNG"
        ),
        answers={
            "nik": n,
            "no_kk": f"no kk {sp(k, 6, 6, 4)}",
            "nama": "Rina Oktaviani",
            "alamat_pindah": "Jl. Pagar Alam Gg. Mawar No. 7, Kel. Segala Mider, "
            "Kec. Tanjung Karang Barat, Kota Bandar Lampung",
        },
        missing=4,
    )

    k = kk("Sukamulya", 2015, 7, 27)
    add(
        c,
        "resident",
        ["sore kak, mau perbarui kk, ada anak baru lahir alhamdulillah"],
        line(f"#KK#{k}#IMAM SYAFEI#BUNAR#SUKAMULYA"),
        answers={
            "no_kk": f"nomor kk {sp(k, 6, 6, 4, sep='.')}",
            "nama_kepala_keluarga": "saya sendiri, Imam Syafei",
            "desa": "deket SDN Bunar 2, desanya Bunar",
            "kecamatan": "kec sukamulya, bukan kelurahan sukamulya yg di cikupa ya",
        },
        missing=4,
    )

    n, k = nik("Panongan", 1999, 1, 21, female=True), kk("Panongan", 2013, 5, 5)
    add(
        c,
        "resident",
        ["KTP aku kecopetan di KRL td pagi 😭 gmn bikin lagi"],
        line(f"#KTP#{n}#{k}#FITRI HANDAYANI#MEKAR BAKTI#PANONGAN#HILANG#"),
        answers={
            "nik": sp(n, sep="-"),
            "no_kk": f"KK nomornya {k}",
            "nama": "fitri handayani",
            "desa": "perumahan citra raya, masuknya desa mekar bakti",
            "kecamatan": "panongan",
        },
        missing=5,
    )

    n, k = nik("Cisoka", 2023, 3, 3, female=True), kk("Cisoka", 2019, 9, 29)
    add(
        c,
        "first_timer",
        [
            "bu mau nanya, anak saya umur 3 tahun emang bisa dibikinin KIA?",
            "oh gitu, ya udah saya mau daftar aja sekalian",
        ],
        line(f"#KIA#{n}#{k}#ARSYILA NAYLA#SELAPAJANG#CISOKA"),
        answers={
            "nik": f"nik anak saya {n}",
            "no_kk": f"{sp(k)} kk nya",
            "nama": "Arsyila Nayla",
            "desa": "Selapajang",
            "kecamatan": "Cisoka",
        },
        missing=5,
    )

    n, k = nik("Legok", 1985, 9, 2), kk("Legok", 2016, 12, 20)
    add(
        c,
        "first_timer",
        ["mau ganti ktp rusak 🙏"],
        line(f"#KTP#{n}#{k}#JOKO SUSILO#PALASARI#LEGOK#RUSAK#"),
        confirm="ok lanjut",
        answers={
            "nik": f"🙏🙏 {n}",
            "no_kk": f"{k} 👍",
            "nama": "Joko Susilo",
            "desa": "Palasari",
            "kecamatan": "legok 🏡",
        },
        missing=5,
    )

    s = skpwni("Brebes/Bumiayu", 2026, 10, 14)
    add(
        c,
        "resident",
        ["sy pendatang baru dr Brebes pak, udah pegang surat pindah dari Dukcapil sana"],
        line(f"#SKDWN#{s}#PINDAH KERJA"),
        answers={"no_skpwni": f"nomor skpwni nya {s}", "keperluan": "pindah kerja"},
        missing=2,
    )

    n, k = nik("Mekar Baru", 1970, 6, 15), kk("Mekar Baru", 2018, 3, 3)
    add(
        c,
        "first_timer",
        ["assalamualaikum", "ini bisa buat ktp ya? ktp bapak saya hilang"],
        line(f"#KTP#{n}#{k}#RUSLAN#WALIWIS#MEKAR BARU#HILANG#"),
        answers={
            "nik": f"nik bapak {n}",
            "no_kk": f"no kk: {k}",
            "nama": "nama bapak saya Ruslan",
            "desa": "Waliwis",
            "kecamatan": "mekarbaru",
        },
        missing=5,
    )

    k = kk("Pakuhaji", 2011, 2, 14)
    add(
        c,
        "resident",
        ["bang, aye mau bikin kk baru, yg lama kebasahan pas banjir"],
        line(f"#KK#{k}#MAMAT SURYADI#KRAMAT#PAKUHAJI"),
        answers={
            "no_kk": f"nih nomernye {k}",
            "nama_kepala_keluarga": "aye sendiri, Mamat Suryadi",
            "desa": "Kramat",
            "kecamatan": "Pakuhaji",
        },
        missing=4,
    )

    n, k = nik("Jambe", 1994, 5, 30), kk("Jambe", 2022, 1, 10)
    add(
        c,
        "first_timer",
        ["min", "saya mau ngurus dokumen tapi bingung yg mana"],
        line(f"#KTP#{n}#{k}#RIDWAN SAPUTRA#RANCA BUAYA#JAMBE#HILANG#"),
        answers={
            "layanan": "ktp yg ilang, dompet saya jatuh di jalan",
            "nik": f"nik {sp(n, 6, 6, 4)}",
            "no_kk": f"kk: {sp(k, 6, 6, 4)}",
            "nama": "Ridwan Saputra (pake u ya, bukan Syahputra)",
            "desa": "desa Ranca Buaya",
            "kecamatan": "kecamatan Jambe",
            "alasan": "hilang, dompetnya ga ketemu",
        },
        missing=6,
    )


# --- formal_one_message --------------------------------------------------------------------
def formal_one_message() -> None:
    c = "formal_one_message"

    n, k = nik("Tigaraksa", 1977, 4, 18), kk("Tigaraksa", 2009, 1, 5)
    add(
        c,
        "resident",
        [
            "Kepada Yth.\nKepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tangerang\n"
            "di Tempat\n\nDengan hormat,\nSaya yang bertanda tangan di bawah ini:\n"
            f"Nama : Bambang Priyono\nNIK : {n}\nNo. KK : {k}\n"
            "Alamat : Desa Matagara, Kecamatan Tigaraksa\n\n"
            "dengan ini mengajukan permohonan penerbitan KTP-el pengganti karena KTP-el saya "
            "hilang. Surat keterangan kehilangan dari Polsek sudah saya miliki.\n\n"
            "Demikian permohonan ini saya sampaikan. Atas perhatian Bapak/Ibu saya ucapkan "
            "terima kasih.\n\nHormat saya,\nBambang Priyono"
        ],
        line(f"#KTP#{n}#{k}#BAMBANG PRIYONO#MATAGARA#TIGARAKSA#HILANG#"),
        confirm="Ya, data tersebut sudah benar.",
    )

    k = kk("Curug", 2014, 4, 29)
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nBersama pesan ini saya mohon dapat diterbitkan Kartu Keluarga yang "
            "baru karena KK lama saya dalam kondisi rusak (sobek dan tidak terbaca). "
            f"Nomor KK {k}, alamat Kelurahan Binong, Kecamatan Curug.\n\n"
            "Kepala keluarga yang tercantum adalah saya sendiri.\n\nHormat saya,\nSuparman"
        ],
        line(f"#KK#{k}#SUPARMAN#BINONG#CURUG"),
        confirm="Benar",
    )

    n, k = nik("Kelapa Dua", 2017, 8, 8, female=True), kk("Kelapa Dua", 2015, 6, 1)
    add(
        c,
        "resident",
        [
            "Yth. Bapak/Ibu Petugas Disdukcapil,\n\nDengan hormat, saya selaku orang tua "
            "bermaksud mengajukan permohonan penerbitan Kartu Identitas Anak (KIA) untuk anak "
            f"kami:\nNama anak : Salsabila Khairunnisa\nNIK anak : {n}\nNomor KK : {k}\n"
            "Kelurahan Bencongan Indah, Kecamatan Kelapa Dua\n\n"
            "Demikian kami sampaikan, terima kasih atas perhatiannya."
        ],
        line(f"#KIA#{n}#{k}#SALSABILA KHAIRUNNISA#BENCONGAN INDAH#KELAPA DUA"),
        confirm="Sudah benar, terima kasih",
    )

    n, k = nik("Cikupa", 1986, 2, 2), kk("Cikupa", 2013, 8, 19)
    add(
        c,
        "resident",
        [
            "Assalamu'alaikum Wr. Wb.\n\nDengan hormat, saya Heri Kuswanto, "
            f"NIK {n}, nomor KK {k}, warga Desa Talaga Kecamatan Cikupa, bermaksud mengajukan "
            "Surat Keterangan Pindah WNI karena mutasi kerja.\n"
            "Alamat tujuan pindah: Jl. Cihampelas No. 45 RT 03 RW 07 Kel. Cipaganti "
            "Kec. Coblong Kota Bandung\n\nWassalamu'alaikum Wr. Wb."
        ],
        line(
            f"#SKPWNI#{n}#{k}#HERI KUSWANTO#JL. CIHAMPELAS NO. 45 RT 03 RW 07 KEL. CIPAGANTI "
            "KEC. COBLONG KOTA BANDUNG"
        ),
    )

    s = skpwni("Bogor/Cibinong", 2026, 11, 2)
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nSaya telah menerima Surat Keterangan Pindah WNI dari Disdukcapil "
            f"Kabupaten Bogor dengan nomor {s}. Bersama ini saya mengajukan pendaftaran pindah "
            "datang ke Kabupaten Tangerang.\nKeperluan: ikut suami\n\nTerima kasih."
        ],
        line(f"#SKDWN#{s}#IKUT SUAMI"),
    )

    n, k = nik("Pasar Kemis", 2008, 5, 20, female=True), kk("Pasar Kemis", 2010, 9, 15)
    add(
        c,
        "resident",
        [
            "Selamat pagi Bapak/Ibu.\nPerkenalkan, nama saya Anisa Rahmawati. Saya bermaksud "
            "mengajukan pembuatan KTP-el untuk pertama kali (pemula) karena saya telah berusia "
            f"17 tahun pada bulan Mei lalu.\nNIK: {n}\nNomor KK: {k}\n"
            "Desa Sukamantri, Kecamatan Pasar Kemis\nMohon informasi selanjutnya. Terima kasih."
        ],
        line(f"#KTP#{n}#{k}#ANISA RAHMAWATI#SUKAMANTRI#PASAR KEMIS#PEMULA#"),
    )

    n, k = nik("Balaraja", 1972, 10, 30), kk("Balaraja", 2005, 12, 1)
    add(
        c,
        "resident",
        [
            "Kepada Yth. Petugas Layanan KTP-el\n\nDengan hormat,\nMelalui pesan ini saya "
            "mengajukan penggantian KTP elektronik yang rusak (patah dan chip tidak terbaca).\n"
            f"NIK : {n}\nNo KK : {k}\nDesa Saga Kecamatan Balaraja\n\n"
            "Atas perhatiannya diucapkan terima kasih.\n\nHormat saya,\n\nAbdul Rosyid"
        ],
        line(f"#KTP#{n}#{k}#ABDUL ROSYID#SAGA#BALARAJA#RUSAK#"),
    )

    k = kk("Kronjo", 2016, 9, 9)
    add(
        c,
        "resident",
        [
            "Perihal : Permohonan penggantian Kartu Keluarga yang hilang\n\nDengan hormat,\n"
            "Kami mengajukan penerbitan kembali Kartu Keluarga a.n. kepala keluarga Tarmuji, "
            f"nomor KK {k}, beralamat di Desa Muncung Kecamatan Kronjo. KK tersebut hilang "
            "ketika rumah kami kebanjiran.\n\nHormat kami"
        ],
        line(f"#KK#{k}#TARMUJI#MUNCUNG#KRONJO"),
    )

    n, k = nik("Solear", 2021, 11, 11), kk("Solear", 2020, 12, 30)
    add(
        c,
        "first_timer",
        [
            "Selamat siang, mohon maaf apabila ada salah kata karena baru pertama kali "
            "menggunakan layanan ini. Saya ingin mendaftarkan KIA untuk putra kami, "
            f"Muhammad Zidan Alfarizqi, NIK {n}, nomor KK {k}, alamat Desa Munjul, "
            "Kecamatan Solear. Terima kasih banyak."
        ],
        line(f"#KIA#{n}#{k}#MUHAMMAD ZIDAN ALFARIZQI#MUNJUL#SOLEAR"),
    )

    n, k = nik("Cisauk", 1964, 1, 1, female=True), kk("Cisauk", 2008, 6, 6)
    add(
        c,
        "helper",
        [
            "Dengan hormat,\nKami dari Pemerintah Desa Sampora Kecamatan Cisauk menyampaikan "
            "permohonan penggantian KTP-el atas nama warga kami Ibu Sumarni, "
            f"NIK {n}, No. KK {k}, dikarenakan KTP-el yang bersangkutan hilang.\n\n"
            "Demikian, atas kerja samanya kami ucapkan terima kasih.\n\n"
            "Kasi Pelayanan Desa Sampora"
        ],
        line(f"#KTP#{n}#{k}#SUMARNI#SAMPORA#CISAUK#HILANG#"),
        answers={"nama_warga": "Ibu Sumarni", "telepon_warga": "0812-9700-4415"},
    )

    n, k = nik("Pakuhaji", 1991, 7, 29, female=True), kk("Pakuhaji", 2018, 10, 2)
    add(
        c,
        "resident",
        [
            "Yth. Admin Disdukcapil Kab. Tangerang,\nSaya, Lilis Suryani, warga Desa Bonisari "
            "Kec. Pakuhaji, hendak mengajukan permohonan cetak ulang KTP-el karena rusak "
            f"terkena air.\n- NIK: {n}\n- No. KK: {k}\nMohon arahannya. Terima kasih, "
            "salam hormat."
        ],
        line(f"#KTP#{n}#{k}#LILIS SURYANI#BONISARI#PAKUHAJI#RUSAK#"),
    )

    k = kk("Sindang Jaya", 2019, 4, 16)
    add(
        c,
        "first_timer",
        [
            "Selamat malam Bapak/Ibu petugas. Dengan segala hormat saya ingin mengajukan "
            "perubahan data pada Kartu Keluarga saya karena status perkawinan saya sudah "
            f"berubah. Nomor Kartu Keluarga: {k}. Nama kepala keluarga: Yusuf Maulana. "
            "Alamat: Desa Badak Anom, Kecamatan Sindang Jaya. Terima kasih atas bantuannya."
        ],
        line(f"#KK#{k}#YUSUF MAULANA#BADAK ANOM#SINDANG JAYA"),
    )


# --- dashed_numbers ------------------------------------------------------------------------
def dashed_numbers() -> None:
    c = "dashed_numbers"

    n, k = nik("Cikupa", 1989, 3, 12), kk("Cikupa", 2012, 10, 4)
    add(
        c,
        "resident",
        [
            f"ktp ilang min 🙏 nik {sp(n, 2, 2, 2, 6, 4, sep='-')} kk {sp(k, sep='.')}, "
            "nama Hendri, ds Dukuh kec Cikupa"
        ],
        line(f"#KTP#{n}#{k}#HENDRI#DUKUH#CIKUPA#HILANG#"),
    )

    k = kk("Sepatan", 2017, 3, 8)
    add(
        c,
        "resident",
        [
            f"No KK saya {sp(k)}, kepala keluarga Ujang Sutisna, desa Pisangan Jaya kecamatan "
            "Sepatan, mau ganti KK soalnya rusak"
        ],
        line(f"#KK#{k}#UJANG SUTISNA#PISANGAN JAYA#SEPATAN"),
    )

    n, k = nik("Balaraja", 2015, 4, 24), kk("Balaraja", 2011, 1, 25)
    add(
        c,
        "resident",
        [
            f"Mau daftar KIA\nNIK anak: {sp(n, 4, 2, 6, 4, sep='.')}\n"
            f"No.KK: {sp(k, 4, 2, 6, 4, sep='.')}\nNama: Farel Pratama\nDesa Sentul Jaya "
            "Kec. Balaraja"
        ],
        line(f"#KIA#{n}#{k}#FAREL PRATAMA#SENTUL JAYA#BALARAJA"),
    )

    n, k = nik("Kelapa Dua", 2008, 6, 15), kk("Kelapa Dua", 2009, 7, 1)
    add(
        c,
        "first_timer",
        [
            f"mau bikin e-ktp pertama kali, baru 17 taun. NIK {sp(n, 6, 6, 4)}, "
            f"no KK {sp(k, sep='-')}. Nama Dimas Anggara, Kel. Bojong Nangka, Kec. Kelapa Dua"
        ],
        line(f"#KTP#{n}#{k}#DIMAS ANGGARA#BOJONG NANGKA#KELAPA DUA#PEMULA#"),
    )

    n, k = nik("Curug", 1994, 11, 5, female=True), kk("Curug", 2020, 2, 29)
    add(
        c,
        "resident",
        [
            f"Mau urus surat pindah keluar, NIK {sp(n, sep='.')}, KK {sp(k, sep='.')}, atas "
            "nama Desi Ratnasari.\ntujuan: Jl. Kebon Jeruk Raya No. 88 RT 01 RW 02 "
            "Kel. Kebon Jeruk Kec. Kebon Jeruk Jakarta Barat"
        ],
        line(
            f"#SKPWNI#{n}#{k}#DESI RATNASARI#JL. KEBON JERUK RAYA NO. 88 RT 01 RW 02 "
            "KEL. KEBON JERUK KEC. KEBON JERUK JAKARTA BARAT"
        ),
    )

    n, k = nik("Teluknaga", 1981, 8, 14), kk("Teluknaga", 2010, 5, 10)
    add(
        c,
        "resident",
        [
            f"Assalamualaikum, mau ganti KTP yg rusak, nik: {sp(n, 3, 3, 3, 3, 4)} "
            f"kk: {sp(k)} nama Saepul Anwar desa Lemo kec Teluknaga"
        ],
        line(f"#KTP#{n}#{k}#SAEPUL ANWAR#LEMO#TELUKNAGA#RUSAK#"),
    )

    k = kk("Cisauk", 2013, 9, 23)
    add(
        c,
        "resident",
        [
            f"KK hilang kak 😢\n{sp(k, sep='-')}\nKep. keluarga: Wawan Setiawan\n"
            "Ds. Suradita, Kec. Cisauk"
        ],
        line(f"#KK#{k}#WAWAN SETIAWAN#SURADITA#CISAUK"),
    )

    n, k = nik("Panongan", 1976, 5, 1, female=True), kk("Panongan", 2014, 2, 8)
    add(
        c,
        "first_timer",
        [
            "pagi, ini bener tempat ngurus ktp hilang?",
            f"NIK saya {sp(n, 2, 2, 2, 2, 2, 2, 2, 2)}, KK {sp(k)}",
        ],
        line(f"#KTP#{n}#{k}#RATNA KOMALASARI#PEUSAR#PANONGAN#HILANG#"),
        answers={"nama": "Ratna Komalasari", "desa": "Peusar", "kecamatan": "di Panongan"},
        missing=3,
    )

    n, k = nik("Gunung Kaler", 1966, 9, 9), kk("Gunung Kaler", 2007, 3, 3)
    add(
        c,
        "helper",
        [
            "Selamat siang, saya staf Desa Cibetok Kec. Gunung Kaler, mau ajukan KTP warga yg "
            f"rusak.\nNIK {sp(n, sep='.')}\nKK {sp(k, sep='.')}\nNama Karta Wijaya"
        ],
        line(f"#KTP#{n}#{k}#KARTA WIJAYA#CIBETOK#GUNUNG KALER#RUSAK#"),
        answers={"nama_warga": "Karta Wijaya", "telepon_warga": "0857 9700 2318"},
    )

    n, k = nik("Legok", 2019, 10, 2, female=True), kk("Legok", 2018, 8, 8)
    add(
        c,
        "resident",
        [
            f"bikin kia ya kak: nik anak {sp(n)} - kk {sp(k)} - nama Naura Aurelia - "
            "desa Rancagong - kec Legok"
        ],
        line(f"#KIA#{n}#{k}#NAURA AURELIA#RANCAGONG#LEGOK"),
    )

    n, k = nik("Kronjo", 1997, 12, 12), kk("Kronjo", 2021, 6, 16)
    add(
        c,
        "resident",
        [
            f"ktp sy ilang pas kerja di pabrik. nik {sp(n, 8, 8)}, kk {sp(k, 8, 8)}. "
            "nama Firman Maulana desa Pasilian kec Kronjo"
        ],
        line(f"#KTP#{n}#{k}#FIRMAN MAULANA#PASILIAN#KRONJO#HILANG#"),
    )

    s = skpwni("Lebak/Malingping", 2026, 11, 20)
    add(
        c,
        "resident",
        [f"pindah datang dari Lebak min, no skpwni {sp(s, sep='-')}, keperluan: ikut orang tua"],
        line(f"#SKDWN#{s}#IKUT ORANG TUA"),
    )


# --- referral_by_place ---------------------------------------------------------------------
KOTA, TANGSEL = "Kota Tangerang", "Kota Tangerang Selatan"


def referral_by_place() -> None:
    c = "referral_by_place"

    n, k = nik("Kota Tangerang/Cipondoh", 1990, 1, 8), kk("Kota Tangerang/Cipondoh", 2017, 4, 4)
    add(
        c,
        "resident",
        [
            "min ktp saya hilang, saya tinggal di Kel. Poris Plawad Kec. Cipondoh, "
            f"nik {n} kk {k}, nama Anton Wijaya"
        ],
        control("referral", to=KOTA),
    )

    k = kk("Tangsel/Pamulang", 2012, 8, 15)
    add(
        c,
        "resident",
        [
            "assalamualaikum, mau bikin KK baru karna pisah sama suami. alamat saya Pondok Cabe "
            f"Ilir, Pamulang. no kk lama {k}"
        ],
        control("referral", to=TANGSEL),
    )

    n, k = nik("Kota Tangerang/Ciledug", 2008, 7, 7), kk("Kota Tangerang/Ciledug", 2010, 2, 2)
    add(
        c,
        "first_timer",
        [
            "kak aku mau bikin ktp pertama, rumahku di Sudimara Barat ciledug deket pasar "
            f"lembang. nik {sp(n)}, kk {sp(k)}"
        ],
        control("referral", to=KOTA),
    )

    add(
        c,
        "resident",
        [
            "Bu, saya mau daftar KIA buat anak. Rumah saya di Cimone, Karawaci, deket "
            "stasiun. Ke sini bisa kan?"
        ],
        control("referral", to=KOTA),
    )

    add(
        c,
        "resident",
        [
            "Selamat pagi, saya warga Kelurahan Jurangmangu Timur, Kec. Pondok Aren (Bintaro "
            "sektor 9). Mau ganti KTP yang rusak, apakah bisa lewat nomor ini?"
        ],
        control("referral", to=TANGSEL),
    )

    n, k = nik("Tangsel/Ciputat", 1985, 3, 25, female=True), kk("Tangsel/Ciputat", 2014, 9, 1)
    add(
        c,
        "resident",
        [
            f"#KTP#{n}#{k}#Wulandari#Serua Indah#Ciputat#HILANG#",
        ],
        control("referral", to=TANGSEL),
    )

    add(
        c,
        "first_timer",
        [
            "halo, aku tinggal di BSD, kelurahan Rawa Buntu kecamatan Serpong. KK ku rusak "
            "kena rembesan atap, ngurusnya ke sini ya?"
        ],
        control("referral", to=TANGSEL),
    )

    add(
        c,
        "first_timer",
        [
            "permisi numpang tanya, saya di Gebang Raya Periuk, ktp anak saya belum jadi2 "
            "padahal udah rekam. mau bikin lewat sini boleh ga"
        ],
        control("referral", to=KOTA),
    )

    add(
        c,
        "resident",
        [
            "punten, abdi di Kelurahan Muncul Kecamatan Setu, bade ngadamel KIA kanggo "
            "putra. Tiasa di dieu?"
        ],
        control("referral", to=TANGSEL),
    )

    n, k = nik("Kosambi", 1988, 6, 3), kk("Kota Tangerang/Batuceper", 2022, 5, 17)
    add(
        c,
        "resident",
        [
            "KTP saya rusak. NIK saya emang masih 3603 soalnya dulu lahir di Kosambi, tapi dari "
            "2022 KK saya udah di Poris Gaga, Batuceper. "
            f"NIK {n}, KK {k}, nama Edi Susanto"
        ],
        control("referral", to=KOTA),
    )

    add(
        c,
        "helper",
        [
            "Selamat siang, saya kader posyandu di Kelurahan Cireundeu Kecamatan Ciputat "
            "Timur. Ada beberapa ibu yang mau buat KIA untuk balitanya, apakah bisa didaftarkan "
            "lewat sini?"
        ],
        control("referral", to=TANGSEL),
    )

    add(
        c,
        "resident",
        [
            "kk saya hilang pas pindahan rumah, sekarang tinggal di perumahan Kunciran Indah, "
            "kec. Pinang. harus bikin dimana ya"
        ],
        control("referral", to=KOTA),
    )


# --- correction_at_confirmation ------------------------------------------------------------
def correction_at_confirmation() -> None:
    c = "correction_at_confirmation"

    n, k = nik("Cikupa", 1993, 9, 14), kk("Cikupa", 2018, 11, 27)
    add(
        c,
        "resident",
        [
            f"mau ganti ktp rusak, nik {n} kk {k}, nama Deni Firmansyah, desa Talagasari "
            "kec Cikupa",
            "eh salah kak, desanya Talaga, bukan Talagasari 🙏",
        ],
        control("correction", line=f"#KTP#{n}#{k}#DENI FIRMANSYAH#TALAGA#CIKUPA#RUSAK#"),
    )

    n, k = nik("Sepatan", 1990, 2, 6, female=True), kk("Sepatan", 2015, 3, 19)
    add(
        c,
        "resident",
        [
            f"KTP hilang. NIK {off(n)}, KK {k}, Nur Azizah, Desa Kayu Agung Kec. Sepatan",
            f"maaf nik nya salah ketik satu angka, yg bener {n}",
        ],
        control("correction", line=f"#KTP#{n}#{k}#NUR AZIZAH#KAYU AGUNG#SEPATAN#HILANG#"),
    )

    n, k = nik("Pasar Kemis", 1986, 4, 11), kk("Pasar Kemis", 2012, 6, 22)
    add(
        c,
        "resident",
        [
            f"ktp rusak min. {n} / {k} / Rahmat Hidayat / Sindangsari / Pasar Kemis",
            "namanya pake ch ya kak: Rachmat Hidayat. maaf typo",
        ],
        control("correction", line=f"#KTP#{n}#{k}#RACHMAT HIDAYAT#SINDANGSARI#PASAR KEMIS#RUSAK#"),
    )

    n, k = nik("Sepatan Timur", 2000, 1, 30), kk("Sepatan Timur", 2019, 12, 9)
    add(
        c,
        "resident",
        [
            f"mau bikin KTP lagi krn hilang, NIK {n}, KK {k}, nama Irfan Hakim, desa Jati Mulya "
            "kec Kosambi",
            "ralat, kecamatannya Sepatan Timur bukan Kosambi. Jati Mulya yg deket Lebak Wangi",
        ],
        control("correction", line=f"#KTP#{n}#{k}#IRFAN HAKIM#JATI MULYA#SEPATAN TIMUR#HILANG#"),
    )

    k = kk("Kemiri", 2013, 10, 31)
    add(
        c,
        "resident",
        [
            f"KK rusak, no {off(k)}, kepala keluarga Darsono, Desa Karang Anyar Kec. Kemiri",
            f"waduh no kk nya kurang bener, ini yang sesuai kk: {k}",
        ],
        control("correction", line=f"#KK#{k}#DARSONO#KARANG ANYAR#KEMIRI"),
    )

    n, k = nik("Curug", 2018, 4, 4, female=True), kk("Curug", 2016, 8, 1)
    add(
        c,
        "resident",
        [
            f"daftar KIA anak: NIK {n}, KK {k}, nama Nabila Azahra, Kel. Sukabakti, Kec. Curug",
            "nama anaknya z nya dua kak, Nabila Azzahra",
        ],
        control("correction", line=f"#KIA#{n}#{k}#NABILA AZZAHRA#SUKABAKTI#CURUG"),
    )

    n, k = nik("Kresek", 1991, 11, 19), kk("Kresek", 2020, 7, 7)
    add(
        c,
        "resident",
        [
            f"Mau bikin surat pindah ke Garut. NIK {n}, KK {k}, nama Asep Saepulloh. Alamat "
            "tujuan: Kp. Babakan RT 04 RW 02 Desa Sukajaya Kec. Tarogong Kaler Kab. Garut",
            "ralat alamat tujuan: Kp. Babakan RT 05 RW 02 Desa Sukajaya Kec. Tarogong Kaler "
            "Kab. Garut. RT nya 05 bukan 04",
        ],
        control(
            "correction",
            line=f"#SKPWNI#{n}#{k}#ASEP SAEPULLOH#KP. BABAKAN RT 05 RW 02 DESA SUKAJAYA "
            "KEC. TAROGONG KALER KAB. GARUT",
        ),
    )

    k = kk("Mauk", 2017, 5, 25)
    add(
        c,
        "resident",
        [
            f"ganti kk hilang, {k}, kepala keluarga Sri Mulyani, Desa Tanjung Anom Kec. Mauk",
            "eh maaf, kepala keluarganya suami saya, Endang Kusnadi, bukan saya",
        ],
        control("correction", line=f"#KK#{k}#ENDANG KUSNADI#TANJUNG ANOM#MAUK"),
    )

    n, k = nik("Cikupa", 1997, 6, 28, female=True), kk("Cikupa", 2021, 2, 15)
    add(
        c,
        "first_timer",
        [
            f"KTP hilang. NIK {n}. KK {k}. Nama Mega Puspita. Desa Pasir Jaya Kecamatan Cikupa",
            "eh maksud saya desa Pasir Gadung, bukan Pasir Jaya, namanya mirip jadi ketuker",
        ],
        control("correction", line=f"#KTP#{n}#{k}#MEGA PUSPITA#PASIR GADUNG#CIKUPA#HILANG#"),
    )

    s = skpwni("Kota Semarang/Semarang Tengah", 2026, 11, 9)
    add(
        c,
        "resident",
        [
            f"pindah datang, no SKPWNI {s}, keperluan pindah kerja",
            "maaf keperluannya bukan kerja, tapi ikut suami",
        ],
        control("correction", line=f"#SKDWN#{s}#IKUT SUAMI"),
    )

    n, k = nik("Rajeg", 2008, 3, 3), kk("Rajeg", 2012, 9, 9)
    add(
        c,
        "first_timer",
        [
            f"bikin ktp pemula, nik {n}, kk {k}, nama Aldi Saputra, desa Tanjakan Mekar kec Rajeg",
            "oh iya kak ini bukan pemula, dulu udah pernah bikin tapi ilang di sekolah",
        ],
        control("correction", line=f"#KTP#{n}#{k}#ALDI SAPUTRA#TANJAKAN MEKAR#RAJEG#HILANG#"),
    )

    n, k = nik("Cisoka", 1984, 8, 8, female=True), kk("Cisoka", 2010, 10, 10)
    add(
        c,
        "resident",
        [
            f"Ganti KTP rusak: {n} {k} Rohaeti, Desa Caringin Kec. Legok",
            "aduh kecamatannya salah, Caringin yang di Cisoka, bukan Legok",
        ],
        control("correction", line=f"#KTP#{n}#{k}#ROHAETI#CARINGIN#CISOKA#RUSAK#"),
    )


# --- half_remembered_format ----------------------------------------------------------------
def half_remembered_format() -> None:
    c = "half_remembered_format"

    n, k = nik("Balaraja", 1995, 5, 15, female=True), kk("Balaraja", 2016, 7, 19)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#Lina Marlina#Cangkudu#Balaraja"],
        line(f"#KTP#{n}#{k}#LINA MARLINA#CANGKUDU#BALARAJA#HILANG#"),
        answers={"alasan": "ilang kak, lupa naruh"},
        missing=1,
    )

    k = kk("Tigaraksa", 2011, 3, 30)
    add(
        c,
        "resident",
        [f"KK/{k}/Sunarya/Sodong/Tigaraksa\nbetul gini kan formatnya? lupa2 inget"],
        line(f"#KK#{k}#SUNARYA#SODONG#TIGARAKSA"),
    )

    n, k = nik("Solear", 1999, 12, 31, female=True), kk("Solear", 2018, 1, 2)
    add(
        c,
        "resident",
        [f"#KTP#Gita Permata#{n}#{k}#Cikasungka#Solear#RUSAK"],
        line(f"#KTP#{n}#{k}#GITA PERMATA#CIKASUNGKA#SOLEAR#RUSAK#"),
    )

    n, k = nik("Pasar Kemis", 2017, 2, 17), kk("Pasar Kemis", 2014, 11, 5)
    add(
        c,
        "first_timer",
        [f"#KIA#{n}#Azka Ramadhan#Gelam Jaya#Pasar Kemis\nkk nya nyusul ya lg di rumah nenek"],
        line(f"#KIA#{n}#{k}#AZKA RAMADHAN#GELAM JAYA#PASAR KEMIS"),
        answers={"no_kk": f"nah ini no kk nya udah ada: {k}"},
        missing=1,
    )

    n, k = nik("Curug", 1989, 8, 18), kk("Curug", 2013, 12, 2)
    add(
        c,
        "resident",
        [f"#SKPWNI#{n}#Tono Sugiarto\nmau pindah ke Cirebon"],
        line(f"#SKPWNI#{n}#{k}#TONO SUGIARTO#DESA LOSARI LOR RT 02 RW 01 KEC. LOSARI KAB. CIREBON"),
        answers={
            "no_kk": sp(k, 4, 4, 4, 4, sep=" - "),
            "alamat_pindah": "Desa Losari Lor RT 02 RW 01 Kec. Losari Kab. Cirebon",
        },
        missing=2,
    )

    n, k = nik("Pasar Kemis", 1992, 4, 1, female=True), kk("Pasar Kemis", 2015, 5, 12)
    add(
        c,
        "resident",
        [
            "format ktp kalo ga salah #KTP#NIK#KK#nama gitu ya, saya isi gini aja: "
            f"KTP {n} {k} Siti Rohmah Sindangsari Pasar Kemis hilang"
        ],
        line(f"#KTP#{n}#{k}#SITI ROHMAH#SINDANGSARI#PASAR KEMIS#HILANG#"),
    )

    k = kk("Sukadiri", 2009, 9, 14)
    add(
        c,
        "resident",
        [f"#KK#{k}#Kurniawan"],
        line(f"#KK#{k}#KURNIAWAN#GINTUNG#SUKADIRI"),
        answers={"desa": "Gintung", "kecamatan": "sukadiri, tangerang"},
        missing=2,
    )


# --- restate_known_value -------------------------------------------------------------------
def restate_known_value() -> None:
    c = "restate_known_value"

    n, k = nik("Cikupa", 2016, 3, 21), kk("Cikupa", 2015, 1, 19)
    add(
        c,
        "resident",
        [
            f"mau bikin KIA, no kk {k}, desa Cibadak kec Cikupa",
            f"kk nya yg tadi ya {k}, nik anak {n}, namanya Bima Arya Pratama",
        ],
        line(f"#KIA#{n}#{k}#BIMA ARYA PRATAMA#CIBADAK#CIKUPA"),
    )

    n, k = nik("Cikupa", 1980, 10, 3, female=True), kk("Cikupa", 2007, 11, 23)
    add(
        c,
        "resident",
        [
            f"KTP hilang, NIK {n} KK {k}, nama Siti Maemunah, Desa Bunder Kec. Cikupa",
            "oiya desanya Bunder ya kak, Cikupa. bukan Bunder yg lain",
        ],
        line(f"#KTP#{n}#{k}#SITI MAEMUNAH#BUNDER#CIKUPA#HILANG#"),
    )

    k = kk("Tigaraksa", 2016, 4, 8)
    add(
        c,
        "resident",
        ["mau bikin KK baru, yg lama kelunturan, desa Margasari kec Tigaraksa"],
        line(f"#KK#{k}#MULYADI#MARGASARI#TIGARAKSA"),
        answers={
            "no_kk": f"{k}, desa tetap Margasari ya",
            "nama_kepala_keluarga": "Mulyadi, saya sendiri, di Margasari Tigaraksa tadi",
        },
        missing=2,
    )

    n, k = nik("Legok", 1996, 2, 22), kk("Legok", 2020, 9, 30)
    add(
        c,
        "resident",
        [
            f"ktp rusak, nik {n}",
            f"NIK yang tadi itu ya {n}, terus KK nya {k}. Nama Galih Prakoso, Desa Bojongkamal "
            "Kecamatan Legok",
        ],
        line(f"#KTP#{n}#{k}#GALIH PRAKOSO#BOJONGKAMAL#LEGOK#RUSAK#"),
    )

    n, k = nik("Kota Tangerang/Cipondoh", 1988, 1, 15), kk("Pagedangan", 2023, 6, 6)
    add(
        c,
        "resident",
        [
            f"KTP saya rusak. NIK {n}, KK {k}, nama Ferry Irawan, Kel. Medang Kec. Pagedangan",
            "iya betul alamat saya Medang, Pagedangan. NIK saya emang dari Cipondoh dulu, tapi "
            "KK udah kabupaten",
        ],
        line(f"#KTP#{n}#{k}#FERRY IRAWAN#MEDANG#PAGEDANGAN#RUSAK#"),
    )

    n, k = nik("Pagedangan", 1994, 7, 7), kk("Pagedangan", 2019, 3, 28)
    add(
        c,
        "resident",
        [
            f"mau ganti ktp hilang, {n}, {k}, Yoga Pratama, Jatake Pagedangan",
            "Jatake yang di Pagedangan ya kak, kabupaten, bukan Jatake Jatiuwung",
        ],
        line(f"#KTP#{n}#{k}#YOGA PRATAMA#JATAKE#PAGEDANGAN#HILANG#"),
    )

    n, k = nik("Kosambi", 2012, 9, 12, female=True), kk("Kosambi", 2011, 4, 20)
    add(
        c,
        "first_timer",
        ["mau bikin KIA buat anak saya Zahra Kamila, kami di Rawa Burung, Kosambi"],
        line(f"#KIA#{n}#{k}#ZAHRA KAMILA#RAWA BURUNG#KOSAMBI"),
        answers={
            "nik": f"nik Zahra {n}",
            "no_kk": f"kk {k}, yang tadi rumahnya di Rawa Burung",
            "nama": "tadi udah kak, Zahra Kamila",
        },
        missing=2,
    )


# --- surat_pindah --------------------------------------------------------------------------
def surat_pindah() -> None:
    c = "surat_pindah"

    n, k = nik("Kelapa Dua", 1993, 3, 9), kk("Kelapa Dua", 2018, 2, 14)
    add(
        c,
        "resident",
        [
            "mau bikin surat pindah keluar, saya dapet kontrakan di Kota Tangerang. "
            f"NIK {n} KK {k} nama Reza Pahlevi\n"
            "alamat pindah: Jl. Imam Bonjol Gg. Haji Sarmili No. 3 RT 002 RW 005 Kel. Cimone "
            "Kec. Karawaci Kota Tangerang"
        ],
        line(
            f"#SKPWNI#{n}#{k}#REZA PAHLEVI#JL. IMAM BONJOL GG. HAJI SARMILI NO. 3 RT 002 RW 005 "
            "KEL. CIMONE KEC. KARAWACI KOTA TANGERANG"
        ),
    )

    s = skpwni("Kota Tangerang/Karawaci", 2026, 11, 25)
    add(
        c,
        "resident",
        [
            "Saya pindahan dari Kota Tangerang, udah dapat SKPWNI dari Dukcapil Kota. "
            f"Nomornya {s}. Mau daftar pindah datang ke Desa Cukanggalih, Curug. "
            "Keperluan: pindah rumah"
        ],
        line(f"#SKDWN#{s}#PINDAH RUMAH"),
    )

    s = skpwni("Jakarta Barat/Cengkareng", 2026, 10, 30)
    add(
        c,
        "first_timer",
        [
            "halo min, aku baru nikah, suami orang sini (Mauk). aku bawa surat pindah dari "
            "Cengkareng, Jakarta Barat. gimana daftarnya?"
        ],
        line(f"#SKDWN#{s}#IKUT SUAMI YANG BERDOMISILI DI MAUK"),
        answers={
            "no_skpwni": f"no surat pindahnya {sp(s)}",
            "keperluan": "ikut suami yang berdomisili di Mauk",
        },
        missing=2,
    )

    n, k = nik("Kresek", 1971, 5, 5), kk("Kresek", 2006, 8, 17)
    add(
        c,
        "resident",
        [
            "Assalamualaikum, saya Carsim, mau pulang kampung ke Pandeglang, minta dibuatkan "
            f"surat pindah. NIK {sp(n, 6, 6, 4)}, KK {sp(k, 6, 6, 4)}.\n"
            "Tujuan: Kp. Cikadu RT 01 RW 03 Desa Cimanggu Kec. Cimanggu Kab. Pandeglang"
        ],
        line(
            f"#SKPWNI#{n}#{k}#CARSIM#KP. CIKADU RT 01 RW 03 DESA CIMANGGU KEC. CIMANGGU "
            "KAB. PANDEGLANG"
        ),
    )

    add(
        c,
        "resident",
        [
            "kak kalau pindah rumah masih sama-sama di kabupaten tangerang, dari Cikupa ke "
            "Balaraja, perlu bikin surat pindah SKPWNI juga ga?"
        ],
        facts(
            ["tidak perlu", "tidak memerlukan", "tidak diperlukan", "tidak usah", "tanpa skpwni"],
            ["kk", "kartu keluarga"],
        ),
    )

    add(
        c,
        "first_timer",
        [
            "saya mau pindah ke Bekasi ikut kerjaan. buat surat pindah perlu surat pengantar "
            "RT RW sama dari desa nggak? apa aja yg dibawa?"
        ],
        facts(
            ["tidak perlu", "tidak diperlukan", "tidak wajib", "tidak usah", "tidak lagi"],
            ["kk", "kartu keluarga"],
        ),
    )

    add(
        c,
        "resident",
        [
            "sy baru pindah dari Lampung, di sini ngekos di Bitung. buat pindah datang syaratnya "
            "apa aja ya?"
        ],
        facts(
            ["skpwni", "surat pindah", "surat keterangan pindah"],
            ["pemilik", "tidak keberatan"],
        ),
    )

    s = skpwni("Pandeglang/Cimanggu", 2026, 11, 16)
    add(
        c,
        "helper",
        [
            "Siang pak, saya operator Desa Kadu Agung Tigaraksa. Ada warga pendatang dari "
            f"Pandeglang, sudah bawa SKPWNI no {s}, keperluan bekerja di pabrik. Mohon "
            "diproses pindah datangnya"
        ],
        line(f"#SKDWN#{s}#BEKERJA DI PABRIK"),
        answers={"nama_warga": "Udin Samsudin", "telepon_warga": "0896-9700-1180"},
    )


# --- question_not_form ---------------------------------------------------------------------
def question_not_form() -> None:
    c = "question_not_form"

    add(
        c,
        "resident",
        ["syarat bikin ktp yang hilang apa aja ya? biar sekali dateng langsung beres"],
        facts(["polisi", "kepolisian", "polsek", "polres"]),
    )

    add(
        c,
        "first_timer",
        [
            "kak, saya baru nikah bulan kemarin, mau bikin KK baru sendiri pisah dari orang "
            "tua. itu butuh apa aja?"
        ],
        facts(["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta"]),
    )

    add(
        c,
        "resident",
        ["KIA buat anak umur 7 tahun syaratnya apa min?"],
        facts(["akta kelahiran", "akta lahir"], ["foto"], ["kk", "kartu keluarga"]),
    )

    add(
        c,
        "resident",
        [
            "anak saya cewek umurnya baru 16 tapi udah nikah, bisa dibikinin ktp belum? atau "
            "harus nunggu 17"
        ],
        facts(["nikah", "kawin"], ["17"]),
    )

    add(
        c,
        "resident",
        [
            "KTP saya bisa di-acc hari ini ga? besok mau dipake buat tes kerja di pabrik, "
            "penting banget"
        ],
        control("no_approval"),
    )

    add(
        c,
        "first_timer",
        ["kk saya hilang, ngurusnya gimana? perlu surat dari polisi juga kayak ktp?"],
        facts(["polisi", "kepolisian"], ["ktp"]),
    )

    add(
        c,
        "helper",
        [
            "sy staf pelayanan desa Sukawali, warga sering nanya: buat bikin ktp masih perlu "
            "surat pengantar dari RT RW sama desa ga sih skrg?"
        ],
        facts(["tidak perlu", "tidak diperlukan", "tidak wajib", "tidak usah", "tidak lagi"]),
    )


# --- topic_coverage ------------------------------------------------------------------------
def topic_coverage() -> None:
    c = "topic_coverage"

    add(
        c,
        "resident",
        ["ngurus kk itu bayar ga sih? kemarin tetangga sy katanya dimintain 50rb sama orang"],
        facts(["gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya", "tidak dikenakan"]),
    )

    add(
        c,
        "first_timer",
        ["kantor dukcapil buka jam berapa ya? hari sabtu buka ga?"],
        facts(["pengumuman", "resmi"]),
    )

    add(
        c,
        "first_timer",
        ["alamat kantor disdukcapil kabupaten tangerang dimana ya? mau dateng langsung"],
        facts(["tigaraksa"]),
    )

    add(
        c,
        "resident",
        ["cara aktivasi ktp digital (IKD) gimana kak? perlu apa aja"],
        facts(
            ["hp", "ponsel", "smartphone", "handphone", "telepon genggam", "gawai"],
            ["email", "e-mail", "surel"],
        ),
    )

    add(
        c,
        "resident",
        [
            "anak sy lagi mondok di pesantren jawa timur, perekaman ktp nya bisa diwakilin "
            "orang tua ga?"
        ],
        facts(["langsung", "sendiri", "hadir", "tatap muka"]),
    )

    add(
        c,
        "resident",
        ["foto buat KIA anak yang udah SD ukurannya berapa ya?"],
        facts(["2x3", "2 x 3", "2×3"]),
    )

    add(
        c,
        "first_timer",
        [
            "saya kerja di Bandung, KTP saya hilang di sana. bisa cetak ulang di Bandung aja ga, "
            "soalnya jauh kalau pulang ke Tangerang"
        ],
        facts(["luar domisili", "luar daerah", "luar kota", "di mana saja"]),
    )


# --- complaint_followup --------------------------------------------------------------------
def complaint_followup() -> None:
    c = "complaint_followup"

    add(
        c,
        "resident",
        [
            "udah 2 minggu ngajuin KTP kok belum ada kabar sama sekali?? tolong dong "
            "disetujui cepet, saya butuh buat ngurus BPJS"
        ],
        control("no_approval"),
    )

    n = nik("Sepatan", 1992, 12, 12)
    add(
        c,
        "resident",
        [f"tolong cek status KTP dengan NIK {n} udah jadi belum? udah sebulan lebih nunggu"],
        control("no_nik_lookup"),
    )

    add(
        c,
        "resident",
        ["saya mau bicara langsung sama petugas aja, dari tadi dijawab mesin terus ga nyambung"],
        control("handoff"),
    )

    n = nik("Teluknaga", 2002, 4, 2, female=True)
    add(
        c,
        "first_timer",
        [
            f"ini NIK adik saya {sp(n)}, bisa tolong dicek KK nya terdaftar atas nama siapa? "
            "soalnya dia lupa nomor KK"
        ],
        control("no_nik_lookup"),
    )

    add(
        c,
        "resident",
        [
            "KK saya baru jadi tapi nama anak saya salah cetak, udah 3x bolak balik ke kecamatan "
            "belum beres juga. saya minta disambungkan ke petugas yang menangani"
        ],
        control("handoff"),
    )

    add(
        c,
        "helper",
        [
            "sy operator desa Karang Serang, tiket warga kami KK-R4T9PX udah seminggu statusnya "
            "masih BARU terus. tolong di-acc dong min, berkasnya udah lengkap semua"
        ],
        control("no_approval"),
    )

    n, k = nik("Sukamulya", 1987, 8, 23), kk("Sukamulya", 2014, 10, 6)
    add(
        c,
        "resident",
        [
            "kemarin sy udah kirim format ke nomor WA kantor tapi ga dibales2 sampe sekarang, "
            "sy kirim ulang di sini aja ya",
            f"#KTP#{n}#{k}#Nandang Kosasih#Kaliasin#Sukamulya#HILANG#",
        ],
        line(f"#KTP#{n}#{k}#NANDANG KOSASIH#KALIASIN#SUKAMULYA#HILANG#"),
    )


# --- helper_mode ---------------------------------------------------------------------------
def helper_mode() -> None:
    c = "helper_mode"

    n, k = nik("Balaraja", 2008, 8, 1), kk("Balaraja", 2012, 2, 20)
    add(
        c,
        "helper",
        [
            "Assalamualaikum, saya operator Desa Cangkudu Kec. Balaraja, mau input KTP pemula "
            f"warga kami: Rendi Saputra, NIK {n}, KK {k}"
        ],
        line(f"#KTP#{n}#{k}#RENDI SAPUTRA#CANGKUDU#BALARAJA#PEMULA#"),
        confirm="sudah sesuai, silakan diproses",
        answers={"nama_warga": "Rendi Saputra", "telepon_warga": "0838-9700-2210"},
    )

    n, k = nik("Kemiri", 2021, 5, 9, female=True), kk("Kemiri", 2019, 6, 24)
    add(
        c,
        "helper",
        [
            "Permisi, saya kader posyandu Desa Klebet Kemiri. Mau bantu daftarkan KIA anaknya "
            f"Bu Warsih. Nama anak Hafizah Nuraini, NIK {n}, No KK {k}"
        ],
        line(f"#KIA#{n}#{k}#HAFIZAH NURAINI#KLEBET#KEMIRI"),
        answers={"nama_warga": "Bu Warsih (ibunya)", "telepon_warga": "0859 9700 3347"},
    )

    k = kk("Kresek", 2008, 12, 29)
    add(
        c,
        "helper",
        [
            "Selamat pagi, dari kantor Kecamatan Kresek. Mohon penerbitan ulang KK yang rusak "
            f"milik warga Desa Renged, kepala keluarga Sanusi, No KK {k}."
        ],
        line(f"#KK#{k}#SANUSI#RENGED#KRESEK"),
        answers={"nama_warga": "Sanusi", "telepon_warga": "081397005566"},
    )

    n, k = nik("Sepatan", 1949, 1, 1), kk("Sepatan", 2010, 6, 30)
    add(
        c,
        "helper",
        [
            "pak sy ketua RT 03 kampung Pondok Jaya, mau bantu warga sy Mbah Karim yg udah tua, "
            "ktp nya ilang. nama di ktp Abdul Karim",
            f"nik {sp(n)} kk {sp(k)} desa pondok jaya kec sepatan",
        ],
        line(f"#KTP#{n}#{k}#ABDUL KARIM#PONDOK JAYA#SEPATAN#HILANG#"),
        answers={"nama_warga": "Abdul Karim", "telepon_warga": "0877 9700 1024 (nomor cucunya)"},
    )

    n, k = nik("Pakuhaji", 1985, 2, 10), kk("Pakuhaji", 2016, 3, 3)
    add(
        c,
        "helper",
        [
            "Saya petugas Desa Kiara Payung Pakuhaji, ada warga mau pindah ke Lampung. "
            f"A.n. Sugeng Riyanto, NIK {n}, KK {k}.\n"
            "Alamat tujuan: Desa Tanjung Sari RT 02 RW 01 Kec. Natar Kab. Lampung Selatan"
        ],
        line(
            f"#SKPWNI#{n}#{k}#SUGENG RIYANTO#DESA TANJUNG SARI RT 02 RW 01 KEC. NATAR "
            "KAB. LAMPUNG SELATAN"
        ),
        answers={"nama_warga": "Sugeng Riyanto", "telepon_warga": "0822-9700-7781"},
    )

    n, k = nik("Cisoka", 1979, 6, 30, female=True), kk("Cisoka", 2011, 9, 7)
    add(
        c,
        "helper",
        [
            "warga ketiga hari ini ya pak 🙏 KTP rusak\n"
            f"Nama: Entin Supriatin\nNIK: {n}\nKK: {k}\nDesa Jeungjing Kec. Cisoka"
        ],
        line(f"#KTP#{n}#{k}#ENTIN SUPRIATIN#JEUNGJING#CISOKA#RUSAK#"),
        answers={"nama_warga": "Entin Supriatin", "telepon_warga": "0812 9700 6690"},
    )

    n, k = nik("Kronjo", 1990, 11, 11), kk("Kronjo", 2018, 5, 5)
    add(
        c,
        "helper",
        ["sore, saya operator desa Blukbuk, mau input 1 warga dulu ya"],
        line(f"#KTP#{n}#{k}#JUMADI#BLUKBUK#KRONJO#HILANG#"),
        answers={
            "layanan": "KTP el",
            "nik": f"NIK warga {n}",
            "no_kk": k,
            "nama": "Jumadi",
            "desa": "Blukbuk",
            "kecamatan": "kronjo",
            "alasan": "hilang, sudah ada surat polisi",
            "nama_warga": "Pak Jumadi sendiri",
            "telepon_warga": "0853-9700-4402",
        },
        missing=6,
    )

    n, k = nik("Kelapa Dua", 2011, 7, 21), kk("Kelapa Dua", 2010, 1, 18)
    add(
        c,
        "helper",
        [
            "Mhn bantuan input KIA utk anak warga kel. Curug Sangereng Kec. Kelapa Dua, ybs "
            f"sdh lengkap berkasnya. Nm anak: Gilang Ramadhan, NIK {n}, KK {k}. Tks"
        ],
        line(f"#KIA#{n}#{k}#GILANG RAMADHAN#CURUG SANGERENG#KELAPA DUA"),
        answers={"nama_warga": "Pak Hendro, ayahnya Gilang", "telepon_warga": "0815-9700-3301"},
    )


# --- desa_typo_with_kecamatan --------------------------------------------------------------
def desa_typo_with_kecamatan() -> None:
    c = "desa_typo_with_kecamatan"

    n, k = nik("Balaraja", 1983, 3, 17), kk("Balaraja", 2013, 4, 26)
    add(
        c,
        "resident",
        [f"ktp ilang, nik {n} kk {k} nama Tatang Sutarman ds talagsari kec balaraja"],
        line(f"#KTP#{n}#{k}#TATANG SUTARMAN#TALAGASARI#BALARAJA#HILANG#"),
        confirm="betul semua",
        answers={"saran_tempat": "iya bener"},
    )

    k = kk("Curug", 2015, 8, 31)
    add(
        c,
        "resident",
        [f"Mau ganti KK rusak, {k}, kepala keluarga Suherman, desa Cukang Galih kecamatan Curug"],
        line(f"#KK#{k}#SUHERMAN#CUKANGGALIH#CURUG"),
        answers={"saran_tempat": "ya itu desa saya"},
    )

    n, k = nik("Teluknaga", 2015, 10, 20), kk("Teluknaga", 2014, 12, 24)
    add(
        c,
        "resident",
        [
            f"KIA anak sy: NIK {n}, KK {k}, nama Rafi Ahmad Maulana, Kampung Melayu Timur, "
            "kec. Teluknaga"
        ],
        line(f"#KIA#{n}#{k}#RAFI AHMAD MAULANA#KMP MELAYU TIM#TELUKNAGA"),
        answers={"saran_tempat": "betul, kampung melayu timur"},
    )

    k = kk("Pakuhaji", 2012, 5, 14)
    add(
        c,
        "helper",
        [
            f"dari kantor desa, mau bantu warga ganti kk hilang, no {k}, kepala keluarga Warta, "
            "desa Bunisari kec pakuhaji"
        ],
        line(f"#KK#{k}#WARTA#BONISARI#PAKUHAJI"),
        answers={
            "saran_tempat": "iya yg itu, orang sini nyebutnya Bunisari",
            "nama_warga": "Warta",
            "telepon_warga": "0819-9700-5012",
        },
    )

    n, k = nik("Solear", 1998, 2, 3, female=True), kk("Solear", 2020, 11, 4)
    add(
        c,
        "first_timer",
        [f"ktp saya rusak kak. {n}, kk {k}, Siska Amelia, desa pasangrahan kecamatan solear"],
        line(f"#KTP#{n}#{k}#SISKA AMELIA#PASANGGRAHAN#SOLEAR#RUSAK#"),
        answers={"saran_tempat": "iyaa betul kak"},
    )

    n, k = nik("Sindang Jaya", 2019, 1, 25), kk("Sindang Jaya", 2017, 6, 9)
    add(
        c,
        "resident",
        [
            f"daftar kia, nik anak {n}, kk {k}, a.n. Arka Pradipta, desa sindang asih "
            "kec sindangjaya"
        ],
        line(f"#KIA#{n}#{k}#ARKA PRADIPTA#SINDANGASIH#SINDANG JAYA"),
        answers={"saran_tempat": "ya, sindangasih"},
    )

    n, k = nik("Pagedangan", 1989, 9, 27), kk("Pagedangan", 2016, 10, 18)
    add(
        c,
        "resident",
        [
            f"mau ganti ktp yg rusak, nik {n} kk {k}, nama Teguh Prasetyo, ds lengkong kulong "
            "kec pagedangan"
        ],
        line(f"#KTP#{n}#{k}#TEGUH PRASETYO#LENGKONG KULON#PAGEDANGAN#RUSAK#"),
        answers={"saran_tempat": "iya lengkong kulon, salah ketik"},
    )


# --- cancel --------------------------------------------------------------------------------
def cancel() -> None:
    c = "cancel"

    n = nik("Cikupa", 1985, 5, 25)
    add(
        c,
        "resident",
        [
            f"mau urus ktp hilang, nik {n}",
            "ga jadi deh kak, nanti aja sy ke kantor kecamatan langsung",
        ],
        control("cancel"),
    )

    k = kk("Rajeg", 2014, 1, 7)
    add(
        c,
        "resident",
        [
            f"mau ganti KK, no {k}, desa Lembangsari Rajeg",
            "batal ya min, ternyata suami udah ngurus sendiri kemarin",
        ],
        control("cancel"),
    )

    add(
        c,
        "first_timer",
        [
            "mau bikin kia buat anak",
            "eh anak saya ternyata udah punya, dibikinin pas lahiran dulu. cancel aja kak",
        ],
        control("cancel"),
    )

    n, k = nik("Legok", 1992, 8, 8), kk("Legok", 2017, 12, 1)
    add(
        c,
        "resident",
        [
            f"KTP rusak: NIK {n}, KK {k}, nama Dodi Kurnia, Desa Ciangir, Kec. Legok",
            "stop stop, jangan dikirim dulu, batalin aja. saya mau tanya suami dulu",
        ],
        control("cancel"),
    )

    n, k = nik("Panongan", 1988, 4, 14), kk("Panongan", 2015, 2, 2)
    add(
        c,
        "resident",
        [
            f"mau bikin surat pindah ke Serang, nik {n}, kk {k}",
            "gak jadi pindah kak, kantor suami batal mutasi. batalkan permohonannya ya",
        ],
        control("cancel"),
    )

    add(
        c,
        "resident",
        [
            "bade ngadamel KTP nu leungit",
            "punten teu jadi, tos kapendak KTP na di saku calana 😅",
        ],
        control("cancel"),
    )


# --- hash_line -----------------------------------------------------------------------------
def hash_line() -> None:
    c = "hash_line"

    n, k = nik("Kosambi", 1987, 10, 9), kk("Kosambi", 2014, 3, 13)
    add(
        c,
        "resident",
        [f"#ktp#{n}#{k}#hendra gunawan#belimbing#kosambi#hilang#"],
        line(f"#KTP#{n}#{k}#HENDRA GUNAWAN#BELIMBING#KOSAMBI#HILANG#"),
        confirm="y",
    )

    k = kk("Cikupa", 2010, 7, 28)
    add(
        c,
        "resident",
        [f"#KK#{sp(k, sep='.')}#AHMAD DAHLAN#BUDI MULYA#CIKUPA"],
        line(f"#KK#{k}#AHMAD DAHLAN#BUDI MULYA#CIKUPA"),
    )

    n, k = nik("Jambe", 2014, 8, 16, female=True), kk("Jambe", 2013, 10, 15)
    add(
        c,
        "resident",
        [f"#KIA#{n}#{k}#Intan Permatasari#Pasir Barat#Jambe\nmakasih min 🙏"],
        line(f"#KIA#{n}#{k}#INTAN PERMATASARI#PASIR BARAT#JAMBE"),
    )

    s = skpwni("Garut/Tarogong Kaler", 2026, 11, 3)
    add(
        c,
        "resident",
        [f"#SKDWN#{s}#Pindah tugas"],
        line(f"#SKDWN#{s}#PINDAH TUGAS"),
    )

    n, k = nik("Kemiri", 1980, 9, 1), kk("Kemiri", 2012, 8, 8)
    add(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#Tarmidi#Desa Bojonegara RT 01 RW 02 Kec. Bojonegara Kab. Serang"],
        line(f"#SKPWNI#{n}#{k}#TARMIDI#DESA BOJONEGARA RT 01 RW 02 KEC. BOJONEGARA KAB. SERANG"),
    )

    n, k = nik("Mauk", 1976, 6, 19), kk("Mauk", 2011, 5, 31)
    add(
        c,
        "first_timer",
        [f"# KTP # {n} # {k} # Samsul Bahri # Marga Mulya # Mauk # Rusak"],
        line(f"#KTP#{n}#{k}#SAMSUL BAHRI#MARGA MULYA#MAUK#RUSAK#"),
    )

    n, k = nik("Tangsel/Pamulang", 1991, 5, 8, female=True), kk("Kelapa Dua", 2024, 2, 20)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#Maya Anggraini#Pakulonan Barat#Kelapa Dua#RUSAK#"],
        line(f"#KTP#{n}#{k}#MAYA ANGGRAINI#PAKULONAN BARAT#KELAPA DUA#RUSAK#"),
    )


# --- writing -------------------------------------------------------------------------------
class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str)


def build() -> dict[str, int]:
    for make in (
        name_introduced,
        name_with_relation,
        casual_stepwise,
        formal_one_message,
        dashed_numbers,
        referral_by_place,
        correction_at_confirmation,
        half_remembered_format,
        restate_known_value,
        surat_pindah,
        question_not_form,
        topic_coverage,
        complaint_followup,
        helper_mode,
        desa_typo_with_kecamatan,
        cancel,
        hash_line,
    ):
        make()
    for old in HERE.glob(f"{PART}_*.yml"):
        old.unlink()
    counts: dict[str, int] = {}
    for category, convs in CONVS.items():
        assert convs, f"no conversation for {category}"
        path = HERE / f"{PART}_{category}.yml"
        text = yaml.dump(
            {"conversations": convs},
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
            width=100,
        )
        header = "# Written by tests/conversations/dev/make_dev11.py; do not edit by hand.\n"
        path.write_text(header + text, encoding="utf-8")
        counts[category] = len(convs)
    return counts


def main() -> None:
    counts = build()
    personas: dict[str, int] = {}
    for conv in (c for convs in CONVS.values() for c in convs):
        personas[conv["persona"]] = personas.get(conv["persona"], 0) + 1
    for category, count in counts.items():
        print(f"{category:28} {count}")
    print(f"{'total':28} {sum(counts.values())}  {personas}")


if __name__ == "__main__":
    main()
