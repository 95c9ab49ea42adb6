"""Builder of the dev12 part of the conversation corpus (issue 8).

Written by an independent author who read only the office's design (`/work/shared/design.md`),
the shared data (`/work/shared/data/*`: region tables, NIK/KK notes, requirement notes), the
corpus README and loader (`tests/conversations/README.md`, `corpus.py`) and
`devtools/synthetic.py`; not the assistant's code, its training data, nor any other corpus file.
Every message below was written by hand, one by one.

Weighting: controls (cancel in many wordings and moments, handoff, no_approval, no_nik_lookup,
correction), helpers submitting for residents, complaints and follow-ups, questions that contain
request words, everyday topic questions and surat pindah; every category, service and persona
appears.

Numbers come only from `devtools.synthetic` (make_nik / make_kk) with the kecamatan's 6-digit
Kemendagri code; a SKPWNI number is built the same way (origin kab/kota code + issue date +
serial). Serials cycle through 9800-9899. A mistyped number that is then corrected is one
digit off a synthetic one. Every expected line is checked here with `bot.intake.parser.parse`.

Run (writes `dev12_<category>.yml` beside this file, removing its old `dev12_*.yml` first):

    cd /work/main && .venv/bin/python -m tests.conversations.dev.make_dev12

Ids: `dev12-<category-with-dashes>-NN`.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik
from tests.conversations.corpus import CATEGORIES, CONTROLS, FIELDS, OFFICES, PERSONAS

HERE = Path(__file__).resolve().parent
PREFIX = "dev12"

# Kemendagri kecamatan codes (6 digits, no dots) from /work/shared/data.
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
    # outside Kab. Tangerang (newcomers, referrals)
    "Cipondoh": "367105",
    "Jatiuwung": "367102",
    "Karawaci": "367107",
    "Pondok Aren": "367403",
    "Serpong Utara": "367402",
    "Ciputat": "367404",
    "Pamulang": "367406",
    "Cibinong": "320101",
    "Kebon Jeruk": "317305",
}

_SERIALS = itertools.cycle(range(9800, 9900))


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    return make_nik(KEC[kec], date(y, m, d), female, next(_SERIALS))


def kk(kec: str, y: int, m: int, d: int) -> str:
    return make_kk(KEC[kec], date(y, m, d), next(_SERIALS))


def skpwni(kabkota: str, y: int, m: int, d: int) -> str:
    """A synthetic SKPWNI number: origin kab/kota code (4 digits) + issue date + serial."""
    assert len(kabkota) == 4 and kabkota.isdigit()
    return f"SKPWNI/{kabkota}/{d:02d}{m:02d}{y}/{next(_SERIALS):04d}"


def grp(number: str, *sizes: int, sep: str = " ") -> str:
    """The number typed in groups (the rest, if any, as a last group)."""
    parts, i = [], 0
    for size in sizes:
        parts.append(number[i : i + size])
        i += size
    if i < len(number):
        parts.append(number[i:])
    return sep.join(parts)


def s4(number: str) -> str:
    return grp(number, 4, 4, 4, 4)


def off_by_one(number: str, pos: int) -> str:
    """The same number with one digit mistyped (the digit at pos, plus one)."""
    wrong = number[:pos] + str((int(number[pos]) + 1) % 10) + number[pos + 1 :]
    assert wrong != number and len(wrong) == len(number)
    return wrong


# --- canonical lines, each checked with the office's parser -------------------------------
def _checked(line: str) -> str:
    verdict = parse(line)
    codes = [e.code for e in verdict.errors]
    assert verdict.ok, f"does not parse: {line!r} {codes}"
    assert verdict.canonical == line, f"not canonical: {line!r} != {verdict.canonical!r}"
    return line


def ktp(n: str, k: str, nama: str, desa: str, kec: str, alasan: str) -> str:
    return _checked(f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#")


def kkl(k: str, kepala: str, desa: str, kec: str) -> str:
    return _checked(f"#KK#{k}#{kepala}#{desa}#{kec}")


def kia(n: str, k: str, nama: str, desa: str, kec: str) -> str:
    return _checked(f"#KIA#{n}#{k}#{nama}#{desa}#{kec}")


def pindah(n: str, k: str, nama: str, alamat: str) -> str:
    return _checked(f"#SKPWNI#{n}#{k}#{nama}#{alamat}")


def datang(no: str, keperluan: str) -> str:
    return _checked(f"#SKDWN#{no}#{keperluan}")


# --- the conversations --------------------------------------------------------------------
CONVS: dict[str, list[dict]] = defaultdict(list)


def add(
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
) -> None:
    assert category in CATEGORIES, category
    assert persona in PERSONAS, persona
    assert control is None or control in CONTROLS, control
    assert (referral_to is not None) == (control == "referral")
    assert referral_to is None or referral_to in OFFICES
    assert set(answers or {}) <= set(FIELDS), answers
    kinds = [k for k, v in (("line", line), ("facts", facts), ("control", control)) if v]
    assert kinds in (["line"], ["facts"], ["control"]) or (
        control == "correction" and kinds == ["line", "control"]
    ), kinds
    number = len(CONVS[category]) + 1
    conv: dict = {
        "id": f"{PREFIX}-{category.replace('_', '-')}-{number:02d}",
        "category": category,
        "persona": persona,
        "turns": list(turns),
    }
    if answers:
        conv["answers"] = dict(answers)
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = missing
    expect: dict = {}
    if control:
        expect["control"] = control
    if referral_to:
        expect["referral_to"] = referral_to
    if line:
        expect["line"] = line
    if facts:
        expect["facts"] = facts
    conv["expect"] = expect
    CONVS[category].append(conv)


FREE = ["gratis", "tidak dipungut biaya", "tanpa biaya", "bebas biaya", "tidak ada biaya"]
POLICE = ["polisi", "kepolisian"]
PHOTO = ["2x3", "2 x 3", "2×3"]
NO_LETTER = ["tidak perlu", "tidak diperlukan", "tidak lagi", "tidak wajib", "tidak usah", "tanpa"]


def formal_one_message() -> None:
    c = "formal_one_message"

    n, k = nik("Cikupa", 1986, 3, 14), kk("Cikupa", 2013, 9, 2)
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nYang bertanda tangan di bawah ini:\nNama : Rahmat Hidayat\n"
            f"NIK : {n}\nNo. KK : {k}\nAlamat : Desa Dukuh, Kecamatan Cikupa\n\n"
            "Dengan ini mengajukan permohonan penerbitan kembali KTP elektronik saya yang hilang "
            "pada saat perjalanan mudik. Demikian permohonan ini saya sampaikan, atas perhatian "
            "Bapak/Ibu saya ucapkan terima kasih.",
        ],
        line=ktp(n, k, "RAHMAT HIDAYAT", "DUKUH", "CIKUPA", "HILANG"),
    )

    n, k = nik("Tigaraksa", 2017, 5, 9, True), kk("Tigaraksa", 2014, 2, 21)
    add(
        c,
        "helper",
        [
            "Assalamu'alaikum warahmatullahi wabarakatuh.\n"
            "Kepada Yth. Petugas KIA Disdukcapil Kabupaten Tangerang\n\n"
            "Kami dari Pemerintah Desa Kadu Agung, Kecamatan Tigaraksa, bermaksud membantu warga "
            "kami mengajukan Kartu Identitas Anak dengan data sebagai berikut:\n"
            f"Nama anak : Zahra Aulia Putri\nNIK anak : {n}\nNomor KK : {k}\n\n"
            "Mohon dapat diproses sebagaimana mestinya. Terima kasih.\nOperator Desa Kadu Agung",
        ],
        answers={
            "nama_warga": "Ibu Yayah Rohayah, ibu kandung ananda Zahra",
            "telepon_warga": "0811-0000-9804",
        },
        line=kia(n, k, "ZAHRA AULIA PUTRI", "KADU AGUNG", "TIGARAKSA"),
    )

    k = kk("Tigaraksa", 2009, 7, 30)
    add(
        c,
        "resident",
        [
            "Kepada Yth.\nBapak/Ibu Petugas Disdukcapil Kab. Tangerang\ndi tempat\n\n"
            "Perihal: Permohonan Cetak Ulang Kartu Keluarga\n\n"
            f"Saya selaku kepala keluarga, atas nama Slamet Riyadi, dengan nomor KK {k}, "
            "berdomisili di Desa Margasari Kecamatan Tigaraksa, memohon pencetakan ulang Kartu "
            "Keluarga karena ada penambahan anggota keluarga (kelahiran anak ketiga kami).\n\n"
            "Hormat saya,\nSlamet Riyadi",
        ],
        line=kkl(k, "SLAMET RIYADI", "MARGASARI", "TIGARAKSA"),
    )

    n, k = nik("Legok", 2009, 11, 8), kk("Legok", 2011, 1, 17)
    add(
        c,
        "first_timer",
        [
            "Selamat siang Bapak/Ibu petugas. Mohon maaf sebelumnya, saya baru pertama kali "
            "menggunakan layanan ini. Saya bermaksud mengajukan pembuatan KTP elektronik pemula "
            "karena bulan lalu saya sudah genap 17 tahun. Nama saya Aditya Pratama, NIK "
            f"{n}, nomor KK {k}, alamat Desa Kemuning.",
        ],
        answers={"kecamatan": "Kecamatan Legok, Bu."},
        missing=1,
        line=ktp(n, k, "ADITYA PRATAMA", "KEMUNING", "LEGOK", "PEMULA"),
    )

    n, k = nik("Balaraja", 1990, 10, 5), kk("Balaraja", 2016, 6, 11)
    addr = "Kp. Kebon Jahe RT 002 RW 005 Kel. Cipare Kec. Serang Kota Serang"
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nSaya yang bertanda tangan di bawah ini mengajukan permohonan Surat "
            "Keterangan Pindah WNI (pindah keluar) dengan data:\n1. Nama: Hendra Gunawan\n"
            f"2. NIK: {n}\n3. No. KK: {k}\n4. Alamat tujuan: {addr}\n"
            "Adapun alasan pindah karena mutasi pekerjaan. Terima kasih atas bantuannya.",
        ],
        line=pindah(n, k, "HENDRA GUNAWAN", addr.upper()),
    )

    n, k = nik("Curug", 1979, 12, 1), kk("Curug", 2012, 11, 19)
    add(
        c,
        "resident",
        [
            "Yth. Bapak/Ibu Petugas,\nbersama pesan ini saya mohon dibuatkan KTP-el pengganti "
            "karena KTP saya rusak (chip-nya patah, tidak bisa dibaca waktu di bank). Data saya: "
            f"NIK {n}, KK {k}, Desa Kadu Jaya Kecamatan Curug.\nHormat saya,\nWawan Setiawan",
        ],
        line=ktp(n, k, "WAWAN SETIAWAN", "KADU JAYA", "CURUG", "RUSAK"),
    )

    k = kk("Balaraja", 2018, 3, 8)
    add(
        c,
        "resident",
        [
            "Hal : Permohonan penggantian Kartu Keluarga yang rusak\nLampiran : -\n\n"
            "Bapak/Ibu yang saya hormati, kartu keluarga kami rusak terkena banjir bulan lalu. "
            "Bersama ini saya, Maman Suparman selaku kepala keluarga, mengajukan penggantian KK. "
            f"Nomor KK: {k}. Desa Sentul Jaya, Kec. Balaraja. Mohon kiranya dapat disetujui. "
            "Wassalam.",
        ],
        line=kkl(k, "MAMAN SUPARMAN", "SENTUL JAYA", "BALARAJA"),
    )


def dashed_numbers() -> None:
    c = "dashed_numbers"

    n, k = nik("Cikupa", 1995, 4, 27), kk("Cikupa", 2019, 8, 14)
    add(
        c,
        "resident",
        [
            f"min mau ganti ktp rusak, nik {grp(n, 4, 4, 4, 4, sep='-')} kk "
            f"{grp(k, 4, 4, 4, 4, sep='-')}, nama Yogi Permana, ds pasir gadung kec cikupa",
        ],
        line=ktp(n, k, "YOGI PERMANA", "PASIR GADUNG", "CIKUPA", "RUSAK"),
    )

    n, k = nik("Pasar Kemis", 2016, 7, 3, True), kk("Pasar Kemis", 2015, 10, 26)
    add(
        c,
        "resident",
        [
            f"Mau buat KIA anak sy.\nNIK anak: {grp(n, 6, 6, 4, sep='.')}\n"
            f"No KK: {grp(k, 6, 6, 4, sep='.')}\nNama: Kayla Nurfitriani\nDesa Kutabumi kec Pasar Kemis",
        ],
        line=kia(n, k, "KAYLA NURFITRIANI", "KUTABUMI", "PASAR KEMIS"),
    )

    k = kk("Kelapa Dua", 2010, 6, 15)
    add(
        c,
        "first_timer",
        [
            "assalamualaikum, sy mau cetak ulang kk krn kk lama sobek kena gunting anak. no kk nya "
            f"{grp(k, 4, 2, 6, 4)} kepala keluarga Bambang Hermawan, tinggal di bencongan indah "
            "kelapa dua. bener gini caranya?",
        ],
        line=kkl(k, "BAMBANG HERMAWAN", "BENCONGAN INDAH", "KELAPA DUA"),
    )

    k = kk("Pasar Kemis", 2007, 12, 4)
    add(
        c,
        "helper",
        [
            "Pak/Bu ini dari kantor desa Kuta Jaya, mau ajukan KK warga:\n"
            f"No KK {grp(k, 2, 2, 2, 6, 4, sep='-')}\nkepala keluarga Rohman\n"
            "desa Kuta Jaya kec Pasar Kemis",
        ],
        answers={"nama_warga": "pak Rohman", "telepon_warga": "081100009808"},
        line=kkl(k, "ROHMAN", "KUTA JAYA", "PASAR KEMIS"),
    )

    n, k = nik("Rajeg", 2009, 1, 19, True), kk("Rajeg", 2008, 5, 2)
    add(
        c,
        "resident",
        ["mau rekam ktp pertama kali, umur udah 17"],
        answers={
            "nik": f"nik ku {grp(n, 4, 4, 4, 4, sep='-')}",
            "no_kk": f"kk: {grp(k, 4, 4, 4, 4, sep='.')}",
            "nama": "Salma Nabila",
            "desa": "Sukatani",
            "kecamatan": "Rajeg kak",
        },
        missing=5,
        line=ktp(n, k, "SALMA NABILA", "SUKATANI", "RAJEG", "PEMULA"),
    )

    n, k = nik("Teluknaga", 1985, 6, 30), kk("Teluknaga", 2010, 3, 18)
    addr = "Perum Griya Mas Blok C2 No 7 Desa Cikampek Utara Kec Kotabaru Kab Karawang"
    add(
        c,
        "resident",
        [
            "Mau bikin surat pindah keluar ke Karawang.\n"
            f"NIK: {grp(n, 4, 4, 4, 4, sep='.')}\nKK: {grp(k, 4, 4, 4, 4, sep='.')}\n"
            f"Nama: Asep Saepuloh\nAlamat tujuan: {addr}",
        ],
        line=pindah(n, k, "ASEP SAEPULOH", addr.upper()),
    )

    k = kk("Sepatan Timur", 2019, 5, 20)
    add(
        c,
        "resident",
        [
            "Tolong KK saya dicetak ulang ya, tintanya udah pudar gak kebaca.\n"
            f"No.KK: {grp(k, 4, 2, 6, 4, sep='-')}\nKepala keluarga: Nasrudin\nLebak Wangi, Sepatan Timur",
        ],
        line=kkl(k, "NASRUDIN", "LEBAK WANGI", "SEPATAN TIMUR"),
    )


def name_introduced() -> None:
    c = "name_introduced"

    n, k = nik("Kresek", 1992, 2, 11, True), kk("Kresek", 2015, 12, 9)
    add(
        c,
        "resident",
        [
            "Halo, saya Dewi Lestari dari Desa Talok, Kresek. mau bikin KTP lagi, yg lama ilang di "
            "angkot pas ke pasar 😭",
            f"nik {n} kk {k}",
        ],
        line=ktp(n, k, "DEWI LESTARI", "TALOK", "KRESEK", "HILANG"),
    )

    k = kk("Jambe", 2014, 8, 23)
    add(
        c,
        "resident",
        [
            "perkenalkan nama sy Jajang Nurjaman, sy kepala keluarga. mau urus KK karena anak kami "
            f"baru lahir bulan kemarin. KK no {k}",
        ],
        answers={"desa": "Desa Daru", "kecamatan": "jambe pak"},
        missing=2,
        line=kkl(k, "JAJANG NURJAMAN", "DARU", "JAMBE"),
    )

    n, k = nik("Cisoka", 2008, 3, 22, True), kk("Cisoka", 2006, 9, 13)
    add(
        c,
        "first_timer",
        [
            "Assalamualaikum. Sy Imas Masitoh, baru pertama kali chat ke sini, maaf kalau salah",
            "sy mau bikin ktp, belum pernah punya sama sekali",
        ],
        answers={
            "nik": f"ini NIK saya {n}",
            "no_kk": f"no KK {k}",
            "desa": "cibugel",
            "kecamatan": "kec. Cisoka",
        },
        missing=4,
        line=ktp(n, k, "IMAS MASITOH", "CIBUGEL", "CISOKA", "PEMULA"),
    )

    n, k = nik("Sindang Jaya", 1974, 8, 16), kk("Sindang Jaya", 2017, 4, 5)
    add(
        c,
        "resident",
        [
            "Ini Sugiarto, warga Sindangsono, Sindang Jaya. KTP saya retak, tolong dibuatkan baru. "
            f"NIK {n}, nomor KK {k}",
        ],
        line=ktp(n, k, "SUGIARTO", "SINDANGSONO", "SINDANG JAYA", "RUSAK"),
    )

    n, k = nik("Pasar Kemis", 1983, 11, 2), kk("Pasar Kemis", 2012, 7, 7)
    add(
        c,
        "helper",
        [
            "Selamat pagi, saya Nurhasanah, operator Desa Gelam Jaya. Izin mengajukan KTP hilang "
            f"untuk warga kami atas nama Ujang Saepudin, NIK {n}, KK {k}, Desa Gelam Jaya Kec. "
            "Pasar Kemis.",
        ],
        answers={"nama_warga": "Ujang Saepudin", "telepon_warga": "0811 0000 9812"},
        line=ktp(n, k, "UJANG SAEPUDIN", "GELAM JAYA", "PASAR KEMIS", "HILANG"),
    )

    n, k = nik("Pagedangan", 2001, 9, 9), kk("Pagedangan", 2020, 1, 28)
    add(
        c,
        "resident",
        [
            "nama: Fikri Haikal (panggil aja Fikri 😁)\nmau ganti ktp, rusak kelipat di dompet\n"
            f"nik {n}\nkk {k}\nds. Cijantra kec. Pagedangan",
        ],
        line=ktp(n, k, "FIKRI HAIKAL", "CIJANTRA", "PAGEDANGAN", "RUSAK"),
    )


def half_remembered_format() -> None:
    c = "half_remembered_format"

    n, k = nik("Cikupa", 1988, 1, 25), kk("Cikupa", 2014, 4, 3)
    add(
        c,
        "resident",
        [f"#KTP {n} {k} Andi Saputra Cibadak Cikupa hilang"],
        line=ktp(n, k, "ANDI SAPUTRA", "CIBADAK", "CIKUPA", "HILANG"),
    )

    n, k = nik("Tigaraksa", 1997, 6, 12, True), kk("Tigaraksa", 2021, 10, 1)
    add(
        c,
        "resident",
        [f"#KTP#Rina Marlina#{n}#{k}#Pete#Tigaraksa#Rusak#"],
        line=ktp(n, k, "RINA MARLINA", "PETE", "TIGARAKSA", "RUSAK"),
    )

    k = kk("Balaraja", 2011, 2, 16)
    add(
        c,
        "resident",
        [f"#KK#{k}#Saman#Gembong"],
        answers={"kecamatan": "balaraja"},
        missing=1,
        line=kkl(k, "SAMAN", "GEMBONG", "BALARAJA"),
    )

    n, k = nik("Cisauk", 2019, 3, 1, True), kk("Cisauk", 2018, 12, 20)
    add(
        c,
        "resident",
        [f"KIA/{n}/{k}/Alya Putri Ramadhani/Suradita/Cisauk"],
        line=kia(n, k, "ALYA PUTRI RAMADHANI", "SURADITA", "CISAUK"),
    )

    n, k = nik("Pagedangan", 1993, 12, 24, True), kk("Pagedangan", 2016, 9, 9)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#Yanti Susanti#Jatake#Pagedangan#"],
        answers={"alasan": "ilang pak, kecopetan di bis"},
        missing=1,
        line=ktp(n, k, "YANTI SUSANTI", "JATAKE", "PAGEDANGAN", "HILANG"),
    )

    n, k = nik("Kosambi", 1994, 7, 7), kk("Kosambi", 2020, 6, 6)
    addr = "Jl. Pahlawan No. 21 RT 01 RW 04 Kel. Karangpawitan Kec. Karawang Barat Kab. Karawang"
    add(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#Dimas Anggara#"],
        answers={"alamat_pindah": addr},
        missing=1,
        line=pindah(n, k, "DIMAS ANGGARA", addr.upper()),
    )

    p = skpwni("3201", 2026, 10, 27)
    add(c, "first_timer", [f"# SKDWN # {p} # kerja di pabrik"], line=datang(p, "KERJA DI PABRIK"))


def restate_known_value() -> None:
    c = "restate_known_value"

    n, k = nik("Kelapa Dua", 2020, 2, 14, True), kk("Kelapa Dua", 2019, 11, 11)
    add(
        c,
        "resident",
        [
            f"mau buat kia buat anak saya, nik anaknya {n} kk {k}",
            f"nama anaknya Keisha Azzahra. kk nya yg tadi ya {s4(k)}",
        ],
        answers={"desa": "bojong nangka", "kecamatan": "Kelapa Dua, yg deket Gading Serpong"},
        missing=2,
        line=kia(n, k, "KEISHA AZZAHRA", "BOJONG NANGKA", "KELAPA DUA"),
    )

    n, k = nik("Curug", 1981, 5, 3), kk("Curug", 2013, 1, 10)
    add(
        c,
        "resident",
        [
            f"ktp sy patah min. nik {n}",
            f"kk {k}, nama Heri Kurniawan, desa Binong",
            f"NIK saya tetap yg {n} ya, Binong itu kec Curug",
        ],
        line=ktp(n, k, "HERI KURNIAWAN", "BINONG", "CURUG", "RUSAK"),
    )

    n, k = nik("Sepatan", 1989, 4, 17), kk("Sepatan", 2017, 8, 29)
    addr = "Jl. Kapten Muslihat No. 8 Kel. Paledang Kec. Bogor Tengah Kota Bogor"
    add(
        c,
        "resident",
        [
            f"Saya Agus Salim, mau urus surat pindah keluar. NIK {n}, KK {k}",
            "nama tetap Agus Salim ya pak (sesuai KK)",
        ],
        answers={"alamat_pindah": addr},
        missing=1,
        line=pindah(n, k, "AGUS SALIM", addr.upper()),
    )

    k = kk("Teluknaga", 2012, 5, 31)
    add(
        c,
        "resident",
        [
            f"Mau ganti KK, kepala keluarga Ahmad Junaedi, nomor KK {s4(k)}",
            f"desa Pangkalan kec Teluknaga. no kk {k} (yg tadi sy tulis pake spasi)",
        ],
        line=kkl(k, "AHMAD JUNAEDI", "PANGKALAN", "TELUKNAGA"),
    )

    n, k = nik("Mauk", 1976, 9, 21, True), kk("Mauk", 2009, 2, 2)
    add(
        c,
        "resident",
        [
            f"ktp sy ilang pas banjir kemaren, nik {n}",
            f"kk {k}. sekali lagi ya ktp nya hilang bukan rusak",
        ],
        answers={"nama": "Neneng Hasanah", "desa": "Kedung Dalem", "kecamatan": "mauk"},
        missing=3,
        line=ktp(n, k, "NENENG HASANAH", "KEDUNG DALEM", "MAUK", "HILANG"),
    )

    n, k = nik("Sindang Jaya", 2018, 8, 8), kk("Sindang Jaya", 2018, 9, 3)
    add(
        c,
        "resident",
        ["mau bikin KIA buat anak sy, Alif Ramadhan"],
        answers={
            "nik": f"nik alif {n}",
            "no_kk": f"{k}",
            "desa": "Desa Sukaharja, kec Sindang Jaya",
            "kecamatan": "Sindang Jaya (tadi udah sy sebut ya)",
        },
        missing=4,
        line=kia(n, k, "ALIF RAMADHAN", "SUKAHARJA", "SINDANG JAYA"),
    )


def name_with_relation() -> None:
    c = "name_with_relation"

    n, k = nik("Balaraja", 2023, 6, 12), kk("Balaraja", 2016, 3, 25)
    add(
        c,
        "resident",
        [
            "Assalamualaikum, mau bikin KIA buat anak saya yang kedua, namanya Muhammad Alfarizi, "
            "umur 3 tahun",
            f"nik anak {n}\nkk {k}\ndesa Tobat kec Balaraja",
        ],
        line=kia(n, k, "MUHAMMAD ALFARIZI", "TOBAT", "BALARAJA"),
    )

    n, k = nik("Kosambi", 1991, 1, 30, True), kk("Kosambi", 2015, 7, 19)
    add(
        c,
        "resident",
        [
            "KTP istri saya hilang waktu di KRL, namanya Siti Komariah. "
            f"NIK nya {n}, KK {k}. Kami tinggal di Rawa Burung, Kosambi",
        ],
        line=ktp(n, k, "SITI KOMARIAH", "RAWA BURUNG", "KOSAMBI", "HILANG"),
    )

    k = kk("Kemiri", 2003, 10, 14)
    add(
        c,
        "resident",
        [
            "Bapak saya sudah meninggal bulan Juni, jadi kepala keluarga di KK mau diganti ke ibu "
            f"saya, namanya Warsini. No KK {k}, desa Ranca Labuh kecamatan Kemiri.",
        ],
        line=kkl(k, "WARSINI", "RANCA LABUH", "KEMIRI"),
    )

    n, k = nik("Gunung Kaler", 2009, 11, 20), kk("Gunung Kaler", 2010, 4, 4)
    add(
        c,
        "resident",
        [
            "adik sy baru 17 thn bulan kemarin, mau rekam ktp. namanya Rafi Ahmad Maulana",
        ],
        answers={
            "nik": f"nik adik sy {n}",
            "no_kk": f"kk nya ikut kk ortu, {k}",
            "desa": "kedung",
            "kecamatan": "Gunung Kaler",
        },
        missing=4,
        line=ktp(n, k, "RAFI AHMAD MAULANA", "KEDUNG", "GUNUNG KALER", "PEMULA"),
    )

    n, k = nik("Kronjo", 2021, 4, 2, True), kk("Kronjo", 2019, 2, 27)
    add(
        c,
        "helper",
        [
            "Bu, sy kader posyandu Melati desa Pagenjahan. Mau bantu warga, Bu Enah, buatin KIA untuk "
            f"anaknya yang bernama Salsabila Azzahra. NIK anak {n}, KK {k}, kec Kronjo.",
        ],
        answers={"nama_warga": "Bu Enah (ibunya Salsabila)", "telepon_warga": "0811-0000-9821"},
        line=kia(n, k, "SALSABILA AZZAHRA", "PAGENJAHAN", "KRONJO"),
    )

    n, k = nik("Sepatan Timur", 2015, 12, 6), kk("Sepatan Timur", 2014, 6, 17)
    add(
        c,
        "resident",
        [
            "sy neneknya, mau buatin KIA cucu sy Naufal Rizky, ortunya lagi kerja di Jakarta",
            f"ini nik cucu {n} no kk {k} alamat Kampung Kelor Sepatan Timur",
        ],
        line=kia(n, k, "NAUFAL RIZKY", "KAMPUNG KELOR", "SEPATAN TIMUR"),
    )

    n, k = nik("Curug", 1969, 3, 9), kk("Curug", 2008, 8, 1)
    add(
        c,
        "resident",
        [
            "Mbak, KTP suami saya rusak kebanting gitu, namanya Sudarto (biasa dipanggil Pak Darto). "
            f"NIKnya {n} KKnya {k}, Desa Sukabakti Curug",
        ],
        line=ktp(n, k, "SUDARTO", "SUKABAKTI", "CURUG", "RUSAK"),
    )


def surat_pindah() -> None:
    c = "surat_pindah"

    n, k = nik("Jayanti", 1996, 5, 15, True), kk("Jayanti", 2021, 2, 8)
    addr = "Perum Bumi Ciruas Permai Blok D3 No 12 Kec. Ciruas Kab. Serang"
    add(
        c,
        "resident",
        [
            "mau urus surat pindah keluar pak, pindah ke Serang ikut suami",
            f"NIK {n}\nKK {k}\nNama Lilis Suryani\nAlamat pindah: {addr}",
        ],
        line=pindah(n, k, "LILIS SURYANI", addr.upper()),
    )

    n, k = nik("Panongan", 1998, 8, 28, True), kk("Panongan", 2011, 9, 22)
    addr = "Jl. Cendrawasih Raya No. 45 RT 005 RW 012 Kel. Kayuringin Jaya Kec. Bekasi Selatan Kota Bekasi"
    add(
        c,
        "first_timer",
        [
            "pagi, saya mau pindah ke Bekasi ikut suami, gimana caranya ya? baru pertama kali "
            "ngurus beginian",
        ],
        answers={
            "nik": f"{grp(n, 4, 4, 4, 4)} itu nik saya",
            "no_kk": f"nomor kk {k}",
            "nama": "Putri Handayani",
            "alamat_pindah": addr,
        },
        missing=4,
        line=pindah(n, k, "PUTRI HANDAYANI", addr.upper()),
    )

    p = skpwni("3201", 2026, 11, 2)
    add(
        c,
        "resident",
        [
            "Assalamualaikum, saya baru pindah dari Cibinong Bogor ke Cikupa, sudah pegang SKPWNI "
            f"nomor {p}. Keperluan: pindah kerja",
        ],
        line=datang(p, "PINDAH KERJA"),
    )

    p = skpwni("3671", 2026, 10, 13)
    add(
        c,
        "helper",
        [
            "Selamat siang, saya Ketua RT 03 perumahan di Desa Bojong, Cikupa. Mau bantu warga baru "
            f"lapor datang dari Kota Tangerang. SKPWNI no {p}, keperluannya ikut keluarga",
        ],
        answers={"nama_warga": "Bu Fitriani", "telepon_warga": "0811 0000 9826"},
        line=datang(p, "IKUT KELUARGA"),
    )

    p = skpwni("3329", 2026, 9, 30)
    add(
        c,
        "first_timer",
        [
            f"sy pendatang dari Brebes, ini surat pindahnya udah ada no {p}, terus gimana?",
        ],
        answers={"keperluan": "ikut orang tua"},
        missing=1,
        line=datang(p, "IKUT ORANG TUA"),
    )

    n, k = nik("Rajeg", 1987, 2, 4), kk("Rajeg", 2012, 12, 12)
    wrong = "Jl. Melati No. 3 RT 01 RW 02 Desa Sukamaju Kec. Cibadak Kab. Sukabumi"
    right = "Jl. Melati No. 13 RT 01 RW 02 Desa Sukamaju Kec. Cibadak Kab. Sukabumi"
    add(
        c,
        "resident",
        [
            f"Mau bikin SKPWNI.\nNIK: {n}\nNo KK: {k}\nNama: Yusuf Maulana\nAlamat pindah: {wrong}",
            f"eh maaf alamatnya salah ketik nomor rumahnya, yang benar:\n{right}",
        ],
        control="correction",
        line=pindah(n, k, "YUSUF MAULANA", right.upper()),
    )

    n = nik("Mekar Baru", 1990, 7, 19, True)
    add(
        c,
        "resident",
        [
            "mau bikin surat pindah keluar ke Lampung",
            f"nik {n}",
            "aduh bentar, suami bilang pindahnya diundur tahun depan. gak jadi dulu ya, batalin aja",
        ],
        control="cancel",
    )

    add(
        c,
        "resident",
        [
            "Kalau pindah dari Cikupa ke Balaraja (masih kab tangerang juga) perlu bikin SKPWNI "
            "gak? atau cukup ganti alamat di KK aja",
        ],
        facts=[
            [
                "tidak perlu",
                "tidak memerlukan",
                "tidak diperlukan",
                "tidak usah",
                "tidak butuh",
                "tidak harus",
            ],
            ["F-1.03", "formulir", "KK", "Kartu Keluarga"],
        ],
    )

    add(
        c,
        "resident",
        [
            "min syarat surat pindah keluar apa aja? harus minta surat pengantar RT, desa sama "
            "kecamatan dulu gak",
        ],
        facts=[["KK", "Kartu Keluarga"], NO_LETTER],
    )

    add(
        c,
        "resident",
        [
            "Saya ngekos di Curug, mau lapor pindah datang dari Klaten. Syaratnya apa aja ya?",
        ],
        facts=[
            ["SKPWNI", "surat keterangan pindah", "surat pindah"],
            ["pemilik", "tidak keberatan"],
        ],
    )

    n, k = nik("Kelapa Dua", 1984, 10, 10), kk("Kelapa Dua", 2016, 11, 30)
    add(
        c,
        "resident",
        [
            f"Mau urus surat pindah keluar ke Surabaya. NIK {n}, KK {k}, nama Bagus Prasetyo, "
            "alamat tujuan Jl. Rungkut Asri Tengah No. 9 Kec. Rungkut Kota Surabaya",
            "Tolong langsung di-acc ya min, minggu depan udah berangkat, truk pindahan udah dipesen",
        ],
        control="no_approval",
    )

    n, k = nik("Sukadiri", 1972, 12, 28), kk("Sukadiri", 2005, 6, 14)
    addr = "Dusun Sumber Rejo RT 004 RW 002 Desa Tanjung Sari Kec. Natar Kab. Lampung Selatan"
    add(
        c,
        "helper",
        [
            "Izin Bu, dari kantor Desa Buaran Jati mau ajukan surat pindah keluar untuk warga:\n"
            f"Nama Sutrisno\nNIK {n}\nKK {k}\nTujuan: {addr}",
        ],
        answers={"nama_warga": "Sutrisno", "telepon_warga": "+62 811 0000 9831"},
        line=pindah(n, k, "SUTRISNO", addr.upper()),
    )

    p = skpwni("3173", 2026, 11, 18)
    add(
        c,
        "resident",
        [
            f"Lapor pindah datang dari Jakarta Barat.\nNo SKPWNI: {p}\nKeperluan: ikut suami",
        ],
        line=datang(p, "IKUT SUAMI"),
    )

    n, k = nik("Cikupa", 1993, 3, 3), kk("Cikupa", 2018, 1, 5)
    addr = "Jl. Benteng Betawi Gg. Mawar No. 17 RT 003 RW 006 Kel. Poris Plawad Kec. Cipondoh Kota Tangerang"
    add(
        c,
        "resident",
        [
            "Pak, saya warga Desa Bunder Cikupa mau pindah ke Kota Tangerang, alhamdulillah dapat "
            f"rumah di Cipondoh. Data: NIK {n} KK {k} nama Arif Rahman.\nAlamat baru: {addr}",
        ],
        line=pindah(n, k, "ARIF RAHMAN", addr.upper()),
    )

    n = nik("Sukamulya", 1962, 1, 20)
    add(
        c,
        "resident",
        [
            f"surat pindah bapak sy udah jadi belum ya? NIKnya {grp(n, 4, 4, 4, 4, sep='-')}, "
            "rencana berangkat ke Purwakarta akhir bulan",
        ],
        control="no_nik_lookup",
    )


def question_not_form() -> None:
    c = "question_not_form"

    add(
        c,
        "resident",
        [
            "syarat bikin KTP yg hilang apa ya? perlu surat kehilangan dari polisi gak?",
        ],
        facts=[POLICE],
    )

    add(
        c,
        "first_timer",
        [
            "kalau KK hilang mau bikin lagi bawa apa aja min? sy blm pernah ngurus ginian",
        ],
        facts=[POLICE, ["KTP"]],
    )

    add(
        c,
        "resident",
        [
            "mau bikin KIA buat anak umur 7 taun, syaratnya apa? pake pas foto gak",
        ],
        facts=[["akta kelahiran", "akta lahir", "kutipan akta"], PHOTO],
    )

    add(
        c,
        "resident",
        [
            "anak sy baru lahir 2 minggu, KIA nya bisa sekalian dibikin sama akta lahirnya ga?",
        ],
        facts=[["akta kelahiran", "akta lahir"], ["bersama", "sekaligus", "sekalian", "bersamaan"]],
    )

    add(
        c,
        "resident",
        [
            "Anak perempuan saya umurnya 16 thn tapi sudah menikah, bisa dibuatkan KTP belum ya?",
        ],
        facts=[["menikah", "nikah", "kawin"]],
    )

    add(
        c,
        "helper",
        [
            "Bu, warga kami KTP nya rusak kena air, kalau mau ganti harus rekam ulang lagi? "
            "apa yg harus dibawa ke kecamatan?",
        ],
        facts=[["bawa", "membawa", "dibawa", "serahkan", "diserahkan"]],
    )

    add(
        c,
        "resident",
        [
            "mau bikin KK baru, kami baru nikah bulan lalu. syaratnya apa aja ya kak",
        ],
        facts=[["buku nikah", "akta perkawinan", "kutipan akta"]],
    )

    add(
        c,
        "resident",
        [
            "apa bener sekarang cetak KTP bisa di kantor kecamatan? atau masih harus jauh ke Tigaraksa",
        ],
        facts=[["kecamatan"]],
    )

    add(
        c,
        "resident",
        [
            "urus KK masih perlu surat pengantar RT RW ga sih? pak RT nya lagi umroh soalnya",
        ],
        facts=[NO_LETTER],
    )

    n, k = nik("Cikupa", 2020, 9, 17), kk("Cikupa", 2017, 6, 2)
    add(
        c,
        "first_timer",
        ["Bisa daftar KIA lewat chat ini ya? anak sy umur 6"],
        answers={
            "nik": f"NIK anak {n}",
            "no_kk": f"kk {grp(k, 4, 4, 4, 4)}",
            "nama": "Athaya Rizqullah",
            "desa": "Talagasari",
            "kecamatan": "Cikupa",
        },
        missing=5,
        line=kia(n, k, "ATHAYA RIZQULLAH", "TALAGASARI", "CIKUPA"),
    )

    n = nik("Tigaraksa", 1999, 4, 4)
    add(
        c,
        "resident",
        [
            f"min tolong cekin NIK {n} ini udah punya KTP elektronik belum ya? punya sodara sy",
        ],
        control="no_nik_lookup",
    )

    add(
        c,
        "first_timer",
        [
            "kalau sy kirim data lewat sini nanti langsung disetujui kan? ga perlu ke kantor lagi?",
        ],
        control="no_approval",
    )

    n = nik("Rajeg", 1968, 12, 5)
    add(
        c,
        "resident",
        [
            f"boleh gak sy cek data KK tetangga pakai NIK nya? {n}, mau mastiin dia beneran warga "
            "sini apa bukan",
        ],
        control="no_nik_lookup",
    )

    add(
        c,
        "first_timer",
        [
            "yg nentuin permohonan KTP diterima atau ditolak siapa? bot ini ya?",
        ],
        control="no_approval",
    )


def topic_coverage() -> None:
    c = "topic_coverage"

    add(
        c,
        "resident",
        [
            "jam pelayanan disdukcapil kab tangerang jam berapa aja? sabtu buka gak",
        ],
        facts=[["pengumuman", "resmi"]],
    )

    add(
        c,
        "first_timer",
        [
            "kantor dukcapil kabupaten tangerang dmn sih alamatnya? sy baru pindah sini",
        ],
        facts=[["Tigaraksa"]],
    )

    add(
        c,
        "resident",
        [
            "bikin KTP bayar berapa ya? tetangga bilang 50rb lewat calo biar cepet",
        ],
        facts=[FREE],
    )

    add(
        c,
        "resident",
        [
            "cara aktivasi KTP digital (IKD) gmn? perlu apa aja",
        ],
        facts=[
            ["smartphone", "hp", "ponsel", "handphone", "telepon pintar"],
            ["email", "e-mail", "surel"],
        ],
    )

    add(
        c,
        "resident",
        [
            "kalo berkas udah lengkap biasanya berapa lama KK jadinya?",
        ],
        facts=[["24 jam"]],
    )

    add(
        c,
        "resident",
        [
            "sy KTP Jakarta tp kerja di pabrik Cikupa, bisa cetak ulang ktp di sini gak? gk mau "
            "pindah KK",
        ],
        facts=[["domisili"]],
    )

    add(
        c,
        "resident",
        [
            "KTP sy statusnya masih belum kawin, skrg udah nikah. mau ganti statusnya bawa apa?",
        ],
        facts=[["buku nikah", "akta perkawinan", "kutipan akta", "bukti"]],
    )

    add(
        c,
        "helper",
        [
            "Ukuran pas foto untuk KIA berapa ya Bu? warga di posyandu banyak yang nanya",
        ],
        facts=[PHOTO],
    )

    add(
        c,
        "resident",
        [
            "abis lapor pindah datang nanti KTP lama sy diapain? dibawa atau ditinggal di rumah aja",
        ],
        facts=[["bawa", "ditarik", "diganti", "diserahkan", "dikembalikan"]],
    )

    add(
        c,
        "first_timer",
        ["anak sy 4 tahun, bikin KIA nya pake foto ga?"],
        facts=[["5 tahun", "lima tahun"]],
    )

    add(
        c,
        "resident",
        [
            "kalau sy pindah ke kecamatan lain NIK sy berubah ga? takut ribet urusan bank",
        ],
        facts=[["seumur hidup", "tidak berubah", "tetap"]],
    )

    add(
        c,
        "resident",
        [
            "rekam KTP bisa diwakilin ga? anak sy lagi mondok di pesantren, pulangnya lebaran",
        ],
        facts=[["langsung", "sendiri", "hadir", "datang"]],
    )

    add(
        c,
        "first_timer",
        [
            "mau konsultasi soal akta kelahiran anak yg salah tanggal lahirnya, bisa ngobrol sama "
            "petugas?",
        ],
        control="handoff",
    )


def referral_by_place() -> None:
    c = "referral_by_place"
    kota, tangsel = "Kota Tangerang", "Kota Tangerang Selatan"

    n, k = nik("Cipondoh", 1982, 7, 22), kk("Cipondoh", 2011, 3, 3)
    add(
        c,
        "resident",
        [
            f"sy warga Kel. Petir Cipondoh mau bikin KTP, yg lama ilang. NIK {n} KK {k}",
        ],
        control="referral",
        referral_to=kota,
    )

    add(
        c,
        "resident",
        [
            "Assalamualaikum, sy tinggal di Pondok Kacang Timur Pondok Aren, KK mau ditambah anak "
            "yg baru lahir, bisa lewat sini?",
        ],
        control="referral",
        referral_to=tangsel,
    )

    n, k = nik("Serpong Utara", 2017, 10, 1), kk("Serpong Utara", 2016, 5, 5)
    add(
        c,
        "resident",
        [
            f"Mau bikin KIA anak. NIK {n}, KK {k}, nama Arkana Putra, Kel. Pakualam Kec. Serpong Utara",
        ],
        control="referral",
        referral_to=tangsel,
    )

    add(
        c,
        "first_timer",
        [
            "Halo mau tanya, sy tinggal di Jatake tapi yang kecamatan Jatiuwung. bisa bikin KTP "
            "pemula di sini?",
        ],
        control="referral",
        referral_to=kota,
    )

    n, k = nik("Pamulang", 1990, 2, 18, True), kk("Pamulang", 2014, 10, 10)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#Lia Amalia#Kedaung#Pamulang#RUSAK#"],
        control="referral",
        referral_to=tangsel,
    )

    add(
        c,
        "resident",
        [
            "rumah sy di Lippo Karawaci, kelurahannya Bojong Jaya kec. Karawaci. mau urus KK yg "
            "hilang",
        ],
        control="referral",
        referral_to=kota,
    )

    add(
        c,
        "helper",
        [
            "Selamat siang, kami staf Kelurahan Serua Indah, Ciputat. Apakah bisa mengajukan KTP "
            "warga kami melalui nomor ini?",
        ],
        control="referral",
        referral_to=tangsel,
    )


def complaint_followup() -> None:
    c = "complaint_followup"

    add(
        c,
        "resident",
        [
            "udah 2 minggu kirim format KTP kok blm ada kabar sama sekali?? sy mau ngomong langsung "
            "sama petugasnya aja",
        ],
        control="handoff",
    )

    n = nik("Solear", 1980, 6, 6)
    add(
        c,
        "resident",
        [
            f"Selamat sore, mau tanya status pengajuan KTP saya, NIK {s4(n)}. tolong dicek sudah "
            "sampai mana",
        ],
        control="no_nik_lookup",
    )

    add(
        c,
        "resident",
        [
            "tolong dong dipercepat, KK saya di-acc hari ini aja ya, buat daftar sekolah anak besok 🙏",
        ],
        control="no_approval",
    )

    add(
        c,
        "resident",
        [
            "kemarin ke kantor kecamatan dimintain 100rb buat KTP, emang bayar ya? kok gitu",
        ],
        facts=[FREE],
    )

    n, k = nik("Pasar Kemis", 2014, 1, 9), kk("Pasar Kemis", 2013, 3, 14)
    add(
        c,
        "resident",
        [
            "pesan sy kemarin gak dibales, sy kirim ulang ya",
            f"#KIA#{n}#{k}#Raka Aditya#Sukamantri#Pasar Kemis",
        ],
        line=kia(n, k, "RAKA ADITYA", "SUKAMANTRI", "PASAR KEMIS"),
    )

    n = nik("Legok", 1994, 9, 1, True)
    add(
        c,
        "resident",
        [
            f"KTP istri saya udah jadi belum ya? NIK nya {grp(n, 6, 6, 4, sep='.')} atas nama Ela",
        ],
        control="no_nik_lookup",
    )

    add(
        c,
        "helper",
        [
            "Pak, warga kami sudah 3x bolak-balik ke kecamatan tapi KK nya belum selesai juga. Mohon "
            "bisa disambungkan ke petugas/operator yang pegang, biar kami jelaskan masalahnya",
        ],
        control="handoff",
    )

    add(
        c,
        "resident",
        [
            "sudah disetujui belum permohonan KK saya? kode tiketnya KK-4RT7WZ",
        ],
        control="no_approval",
    )

    n, k = nik("Solear", 1987, 8, 13, True), kk("Solear", 2015, 5, 23)
    add(
        c,
        "resident",
        [
            "kecewa bgt format salah terus. pokoknya ini data sy:",
            f"KTP rusak, NIK {n}, KK {k}, nama Dede Kurniasih, desa Cikasungka kec Solear",
        ],
        line=ktp(n, k, "DEDE KURNIASIH", "CIKASUNGKA", "SOLEAR", "RUSAK"),
    )

    k = kk("Sepatan", 2013, 2, 19)
    add(
        c,
        "resident",
        [
            "Sy komplain, nama di KK sy salah ketik, tertulis SUHENDRA harusnya SUHENDAR. Mohon KK "
            f"dicetak ulang dengan nama kepala keluarga Suhendar. No KK {k}, Desa Karet Kec Sepatan",
        ],
        line=kkl(k, "SUHENDAR", "KARET", "SEPATAN"),
    )

    add(
        c,
        "first_timer",
        [
            "dari pagi nunggu balesan.. ini bot ya? sy mau sama orang aja, ribet",
        ],
        control="handoff",
    )

    add(
        c,
        "resident",
        [
            "Tiket KTP-7QX2PM statusnya DIPROSES terus udah seminggu. bisa minta disetujui skrg "
            "gak? sy butuh buat ngelamar kerja",
        ],
        control="no_approval",
    )

    add(
        c,
        "helper",
        [
            "Bu, ada warga kami yang datanya dobel di sistem, NIK nya keluar dua. ini gak bisa lewat "
            "format kan? tolong hubungkan dengan petugas yang bisa bantu",
        ],
        control="handoff",
    )

    n = nik("Kelapa Dua", 2000, 3, 15, True)
    add(
        c,
        "first_timer",
        [
            f"sy lupa kode tiketnya, hp sy ganti. bisa dicek pakai NIK aja gak? {n}",
        ],
        control="no_nik_lookup",
    )

    add(
        c,
        "resident",
        [
            "aye mau ngadu nih, KTP aye udah 3 bulan kagak jadi-jadi. sambungin ama petugasnya dong, "
            "jangan robot mulu",
        ],
        control="handoff",
    )


def helper_mode() -> None:
    c = "helper_mode"

    n, k = nik("Kresek", 2008, 10, 3), kk("Kresek", 2007, 4, 18)
    add(
        c,
        "helper",
        [
            "Assalamualaikum Bu/Pak, sy operator desa Pasir Ampo kec Kresek. Mau ajukan KTP pemula "
            f"warga:\nNama: Rizal Maulana\nNIK: {n}\nKK: {k}",
        ],
        answers={"nama_warga": "Rizal Maulana", "telepon_warga": "0811 0000 9840"},
        line=ktp(n, k, "RIZAL MAULANA", "PASIR AMPO", "KRESEK", "PEMULA"),
    )

    n, k = nik("Pakuhaji", 2019, 6, 25, True), kk("Pakuhaji", 2018, 2, 12)
    add(
        c,
        "helper",
        [
            "sy kader posyandu desa Sukawali Pakuhaji, bantu ibu2 bikin KIA. ini dari Bu Romlah, "
            f"anaknya namanya Aisyah Humaira, NIK anak {n}, KK {k}",
        ],
        answers={"nama_warga": "Romlah", "telepon_warga": "0811-0000-9843"},
        line=kia(n, k, "AISYAH HUMAIRA", "SUKAWALI", "PAKUHAJI"),
    )

    k = kk("Cisauk", 2004, 1, 21)
    add(
        c,
        "helper",
        [
            "Pak, saya RT 05 desa Cibogo Cisauk. ada warga lansia minta tolong KK nya dicetak ulang, "
            f"kepala keluarganya Karta (sudah sepuh, gak pegang hp). nomor KK {k}",
        ],
        answers={"nama_warga": "Karta", "telepon_warga": "pakai nomor saya saja 0811 0000 9845"},
        line=kkl(k, "KARTA", "CIBOGO", "CISAUK"),
    )

    n, k = nik("Mauk", 1965, 5, 5), kk("Mauk", 2010, 8, 8)
    add(
        c,
        "helper",
        [
            "Mohon diproses penerbitan ulang KTP-el (hilang) atas nama warga:\nNAMA : MULYADI\n"
            f"NIK : {n}\nNO KK : {k}\nDESA : TANJUNG ANOM\nKEC : MAUK\n"
            "Terima kasih. (Pelayanan Kec. Mauk)",
        ],
        answers={"nama_warga": "MULYADI", "telepon_warga": "081100009847"},
        line=ktp(n, k, "MULYADI", "TANJUNG ANOM", "MAUK", "HILANG"),
    )

    n, k = nik("Kronjo", 1970, 11, 15, True), kk("Kronjo", 2006, 12, 1)
    addr = "Blok Desa RT 002 RW 001 Desa Gegesik Kidul Kec. Gegesik Kab. Cirebon"
    add(
        c,
        "helper",
        [
            "Izin pak, mau bantu warga urus surat pindah keluar ke Cirebon, pulang kampung. nama "
            f"Tarsih, NIK {n}, no KK {k}, alamat tujuan {addr}",
        ],
        answers={"nama_warga": "Ibu Tarsih", "telepon_warga": "0811 0000 9850"},
        line=pindah(n, k, "TARSIH", addr.upper()),
    )

    n, k = nik("Teluknaga", 2022, 1, 14), kk("Teluknaga", 2021, 11, 2)
    add(
        c,
        "helper",
        [
            f"Mohon diproses untuk warga kami:\n#KIA#{n}#{k}#Rayyan Alfarizqi#Tanjung Burung#Teluknaga",
        ],
        answers={"nama_warga": "Bapak Hasan, ayah Rayyan", "telepon_warga": "0811-0000-9853"},
        line=kia(n, k, "RAYYAN ALFARIZQI", "TANJUNG BURUNG", "TELUKNAGA"),
    )

    n = nik("Pakuhaji", 1988, 2, 29)
    add(
        c,
        "helper",
        [
            f"Bu, sy staf desa Laksana. mohon dicek KTP warga kami dgn NIK {n} sudah dicetak atau "
            "belum? warganya nanyain terus ke balai desa",
        ],
        control="no_nik_lookup",
    )

    k = kk("Solear", 2016, 7, 4)
    add(
        c,
        "helper",
        ["Selamat pagi, dari Desa Cikuya mau bantu warga urus KK"],
        answers={
            "no_kk": f"KK warga: {k}",
            "nama_kepala_keluarga": "Sanusi",
            "desa": "Cikuya",
            "kecamatan": "kec. Solear",
            "nama_warga": "Sanusi juga",
            "telepon_warga": "0811 0000 9856",
        },
        missing=3,
        line=kkl(k, "SANUSI", "CIKUYA", "SOLEAR"),
    )

    n, k = nik("Pakuhaji", 1978, 4, 12), kk("Pakuhaji", 2012, 9, 17)
    add(
        c,
        "helper",
        [
            f"Izin ajukan KTP rusak warga: nama Suparta, NIK {n}, KK {k}, desa Kohod kec Pakuhaji",
            "maaf pak yg barusan dibatalkan aja, warganya ternyata sudah datang sendiri ke kecamatan",
        ],
        control="cancel",
    )

    n, k = nik("Mauk", 2009, 2, 14, True), kk("Mauk", 2008, 7, 7)
    add(
        c,
        "helper",
        [
            f"Mohon diajukan KTP pemula warga: Nabila Putri, NIK {n}, KK {k}, Desa Tanjung Pasir "
            "Kec. Teluknaga",
            "koreksi Bu, desanya Tanjung Anom kec Mauk, bukan Tanjung Pasir. sy ketuker sama data "
            "warga lain",
        ],
        answers={"nama_warga": "Nabila Putri", "telepon_warga": "0811 0000 9860"},
        control="correction",
        line=ktp(n, k, "NABILA PUTRI", "TANJUNG ANOM", "MAUK", "PEMULA"),
    )

    n, k = nik("Sukadiri", 1950, 8, 17), kk("Sukadiri", 2005, 3, 9)
    add(
        c,
        "helper",
        [
            "Pak/Bu, mohon KTP warga kami disetujui langsung ya karena beliau sudah sepuh dan susah "
            f"jalan. Data: Oman, NIK {n}, KK {k}, Desa Pekayon Kec Sukadiri, KTP hilang",
        ],
        control="no_approval",
    )

    p = skpwni("3205", 2026, 11, 9)
    add(
        c,
        "helper",
        [
            "Sore bu, sy dari desa Mekar Bakti Panongan. Ada keluarga pendatang dari Garut sudah bawa "
            f"SKPWNI nomor {p}. Keperluan: pindah domisili sekeluarga",
        ],
        answers={"nama_warga": "Pak Dadang Sunarya", "telepon_warga": "0811-0000-9863"},
        line=datang(p, "PINDAH DOMISILI SEKELUARGA"),
    )

    add(
        c,
        "helper",
        [
            "tolong ACC KIA warga kami yg kemarin ya bu, anaknya mau dipakai daftar TK minggu ini",
        ],
        control="no_approval",
    )

    add(
        c,
        "helper",
        [
            "Selamat siang, saya operator Kecamatan Jambe. Ada kasus warga yang KK-nya tercetak "
            "dengan nama kecamatan lama, perlu kami bahas dengan petugas dinas secara langsung.",
        ],
        control="handoff",
    )


def desa_typo_with_kecamatan() -> None:
    c = "desa_typo_with_kecamatan"

    n, k = nik("Cikupa", 1984, 12, 12, True), kk("Cikupa", 2010, 10, 20)
    add(
        c,
        "resident",
        [
            f"KTP sy ilang, nik {n} kk {k}, nama Tati Rohayati, desa Sukadame kec Cikupa",
        ],
        line=ktp(n, k, "TATI ROHAYATI", "SUKADAMAI", "CIKUPA", "HILANG"),
    )

    k = kk("Tigaraksa", 2015, 1, 15)
    add(
        c,
        "resident",
        [
            f"cetak ulang KK, no {k}, kepala keluarga Endang Suhendi, ds Pasir Nanka kec Tigaraksa",
        ],
        line=kkl(k, "ENDANG SUHENDI", "PASIR NANGKA", "TIGARAKSA"),
    )

    n, k = nik("Curug", 2016, 4, 30, True), kk("Curug", 2015, 8, 8)
    add(
        c,
        "first_timer",
        [
            f"mau bikin kartu anak buat Hana Syakira, nik nya {n}, kk {k}, Cukang Galih, Curug",
        ],
        answers={"saran_tempat": "iya itu"},
        line=kia(n, k, "HANA SYAKIRA", "CUKANGGALIH", "CURUG"),
    )

    n, k = nik("Pagedangan", 1999, 1, 1), kk("Pagedangan", 2022, 3, 30)
    add(
        c,
        "resident",
        [
            f"ktp rusak gak kebaca di mesin. {n} / {k} / Galih Prakoso / Lengkong kulom, pagedangan",
        ],
        line=ktp(n, k, "GALIH PRAKOSO", "LENGKONG KULON", "PAGEDANGAN", "RUSAK"),
    )

    n, k = nik("Kosambi", 1977, 10, 29), kk("Kosambi", 2011, 12, 24)
    add(
        c,
        "resident",
        [
            f"KTP hilang. NIK {n}. KK {k}. Nama Karyadi. Selembaran Jati, Kosambi",
        ],
        answers={"saran_tempat": "iya bener, Salembaran Jati"},
        line=ktp(n, k, "KARYADI", "SALEMBARAN JATI", "KOSAMBI", "HILANG"),
    )

    k = kk("Panongan", 2013, 6, 6)
    add(
        c,
        "helper",
        [
            f"sy dari desa, mau ajukan KK warga an. Jumadi, no KK {k}, desa Ranca Iyu kec Panongan",
        ],
        answers={"nama_warga": "Jumadi", "telepon_warga": "0811 0000 9868"},
        line=kkl(k, "JUMADI", "RANCA IYUH", "PANONGAN"),
    )

    n, k = nik("Mauk", 2013, 5, 22), kk("Mauk", 2012, 4, 16)
    add(
        c,
        "resident",
        [
            f"KIA\nnik: {n}\nkk: {k}\nnama anak: Fadil Ramadan\nTegalkunir lor kec mauk",
        ],
        answers={"saran_tempat": "betul"},
        line=kia(n, k, "FADIL RAMADAN", "TEGAL KUNIR LOR", "MAUK"),
    )


def casual_stepwise() -> None:
    c = "casual_stepwise"

    n, k = nik("Sukamulya", 1991, 3, 27), kk("Sukamulya", 2017, 2, 1)
    add(
        c,
        "resident",
        ["pagi min, mau urus ktp"],
        answers={
            "nik": f"{n}",
            "no_kk": f"ini kk nya {k}",
            "nama": "nama saya Ade Irawan",
            "desa": "desa Kaliasin",
            "kecamatan": "sukamulya",
            "alasan": "rusak, fotonya udah pudar",
        },
        missing=6,
        line=ktp(n, k, "ADE IRAWAN", "KALIASIN", "SUKAMULYA", "RUSAK"),
    )

    n, k = nik("Gunung Kaler", 2018, 11, 11, True), kk("Gunung Kaler", 2017, 10, 9)
    add(
        c,
        "resident",
        ["KIA dong kak 🙏"],
        answers={
            "nik": f"nik anak {grp(n, 4, 4, 4, 4)}",
            "no_kk": f"{grp(k, 4, 4, 4, 4, sep='-')}",
            "nama": "Zaskia Mecca",
            "desa": "Onyam",
            "kecamatan": "kecamatannya gunung kaler kak",
        },
        missing=5,
        line=kia(n, k, "ZASKIA MECCA", "ONYAM", "GUNUNG KALER"),
    )

    k = kk("Jayanti", 2012, 3, 2)
    add(
        c,
        "resident",
        ["kk saya udh lecek bgt, mau ganti baru"],
        answers={
            "no_kk": f"no kk {k}",
            "nama_kepala_keluarga": "Dadan Ramdani",
            "desa": "ds pangkat",
            "kecamatan": "Jayanti",
        },
        missing=4,
        line=kkl(k, "DADAN RAMDANI", "PANGKAT", "JAYANTI"),
    )

    n, k = nik("Kemiri", 1980, 1, 8, True), kk("Kemiri", 2008, 6, 30)
    add(
        c,
        "first_timer",
        ["halo", "bisa bantu bikin dokumen ga? bingung sy"],
        answers={
            "layanan": "ktp, yang lama ilang",
            "nik": f"nik {n}",
            "no_kk": f"kk {k}",
            "nama": "Sumiati",
            "desa": "desa Klebet",
            "kecamatan": "kemiri",
            "alasan": "hilang",
        },
        missing=6,
        line=ktp(n, k, "SUMIATI", "KLEBET", "KEMIRI", "HILANG"),
    )

    p = skpwni("3216", 2026, 11, 24)
    add(
        c,
        "resident",
        ["mau lapor pindah datang"],
        answers={
            "no_skpwni": f"nomornya {p}",
            "keperluan": "pindah rumah",
        },
        missing=2,
        line=datang(p, "PINDAH RUMAH"),
    )

    n, k = nik("Balaraja", 1975, 7, 14), kk("Balaraja", 2009, 9, 9)
    add(
        c,
        "resident",
        ["ktp"],
        answers={
            "nik": f"bentar ya nyari dulu di lemari... nah ini {n}",
            "no_kk": f"kk {grp(k, 6, 6, 4)}",
            "nama": "Rudi Hartono",
            "desa": "kelurahan Balaraja",
            "kecamatan": "balaraja juga",
            "alasan": "patah jadi dua 😅",
        },
        missing=6,
        line=ktp(n, k, "RUDI HARTONO", "BALARAJA", "BALARAJA", "RUSAK"),
    )

    n, k = nik("Kresek", 1958, 4, 21, True), kk("Kresek", 2004, 11, 26)
    addr = "Jl. Nusantara Raya No. 30 Kel. Beji Kec. Beji Kota Depok"
    add(
        c,
        "resident",
        [
            "halo selamat siang saya mau bikin surat pindah keluar soalnya mau ikut anak ke Depok "
            "udah tua gak ada yang ngurus di sini",
        ],
        answers={
            "nik": f"nik saya {grp(n, 4, 4, 4, 4)}",
            "no_kk": f"nomor kk nya {k}",
            "nama": "nama saya Sarmini",
            "alamat_pindah": addr,
        },
        missing=4,
        line=pindah(n, k, "SARMINI", addr.upper()),
    )


def correction_at_confirmation() -> None:
    c = "correction_at_confirmation"
    fix = "correction"

    n, k = nik("Jayanti", 1986, 7, 1, True), kk("Jayanti", 2014, 7, 15)
    add(
        c,
        "resident",
        [
            f"#KTP#{n}#{k}#Yulianti#Pabuaran#Jayanti#HILANG#",
            "eh namanya pake y dua, YULIYANTI bukan Yulianti",
        ],
        control=fix,
        line=ktp(n, k, "YULIYANTI", "PABUARAN", "JAYANTI", "HILANG"),
    )

    n, k = nik("Kemiri", 1983, 6, 19), kk("Kemiri", 2013, 5, 27)
    add(
        c,
        "resident",
        [
            f"KTP sy rusak, NIK {off_by_one(n, 15)}, KK {k}, nama Joko Susilo, desa Lontar kec Kemiri",
            f"maaf NIK nya salah satu angka di belakang, yg bener {n}",
        ],
        control=fix,
        line=ktp(n, k, "JOKO SUSILO", "LONTAR", "KEMIRI", "RUSAK"),
    )

    n, k = nik("Cikupa", 2021, 8, 5, True), kk("Cikupa", 2020, 12, 3)
    add(
        c,
        "resident",
        [
            f"mau bikin KIA\nNIK anak {n}\nKK {k}\nNama Bilqis Khumaira\nDesa Sukamulya Kec Cikupa",
            "bentar, desanya Sukanagara, bukan Sukamulya. masih kec Cikupa",
        ],
        control=fix,
        line=kia(n, k, "BILQIS KHUMAIRA", "SUKANAGARA", "CIKUPA"),
    )

    n, k = nik("Pasar Kemis", 1992, 11, 23, True), kk("Pasar Kemis", 2018, 4, 4)
    add(
        c,
        "resident",
        [
            f"ktp ilang, NIK {n}, KK {k}, nama Ratna Sari, ds Sindangsari kec Pasar Kemis",
            "eh bukan hilang ding, ketemu di laci tapi udah patah. jadi alasannya RUSAK",
        ],
        control=fix,
        line=ktp(n, k, "RATNA SARI", "SINDANGSARI", "PASAR KEMIS", "RUSAK"),
    )

    k = kk("Sukadiri", 2016, 10, 31)
    add(
        c,
        "resident",
        [
            f"#KK#{off_by_one(k, 13)}#Iwan Setiawan#Mekar Kondang#Sukadiri",
            f"no KK nya kurang bener, harusnya {k}",
        ],
        control=fix,
        line=kkl(k, "IWAN SETIAWAN", "MEKAR KONDANG", "SUKADIRI"),
    )

    n, k = nik("Sepatan Timur", 1989, 9, 2, True), kk("Sepatan Timur", 2019, 1, 14)
    add(
        c,
        "resident",
        [
            f"mau ganti KTP yg rusak, NIK {n} KK {k} nama Asih Sukaesih, Jati Mulya Kosambi",
            "eh maaf, Jati Mulya yang di kecamatan Sepatan Timur, bukan Kosambi",
        ],
        control=fix,
        line=ktp(n, k, "ASIH SUKAESIH", "JATI MULYA", "SEPATAN TIMUR", "RUSAK"),
    )

    n, k = nik("Legok", 1995, 12, 7, True), kk("Legok", 2020, 2, 20)
    wrong = "Jl. Gatot Subroto No. 50 Kel. Cibangkong Kec. Batununggal Kota Bandung"
    right = "Jl. Gatot Subroto No. 50 RT 004 RW 002 Kel. Cibangkong Kec. Batununggal Kota Bandung"
    add(
        c,
        "resident",
        [
            f"SKPWNI\nNIK {n}\nKK {k}\nNama Rina Kartika\nAlamat tujuan: {wrong}",
            f"ketinggalan RT RW nya, alamat tujuan yang lengkap: {right}",
        ],
        control=fix,
        line=pindah(n, k, "RINA KARTIKA", right.upper()),
    )

    p = skpwni("3174", 2026, 11, 11)
    add(
        c,
        "resident",
        [
            f"#SKDWN#{p}#BEKERJA",
            "keperluannya salah, bukan bekerja tapi ikut suami",
        ],
        control=fix,
        line=datang(p, "IKUT SUAMI"),
    )

    n, k = nik("Pasar Kemis", 2019, 9, 9, True), kk("Pasar Kemis", 2016, 8, 18)
    add(
        c,
        "resident",
        [
            f"KIA buat anak sy Aqila Zahira, nik {n}, kk {k}, desa Suka Asih kec Pasar Kemis",
            "nama anak kurang huruf L, yg bener Aqilla Zahira",
        ],
        control=fix,
        line=kia(n, k, "AQILLA ZAHIRA", "SUKA ASIH", "PASAR KEMIS"),
    )

    k = kk("Kronjo", 2014, 9, 1)
    add(
        c,
        "resident",
        [
            f"mau ganti KK yg rusak, no KK {k}, nama saya Euis Komalasari, desa Cirumpak Kronjo",
            "oh iya kepala keluarganya suami saya, Endang Kurnia, bukan saya. tolong diganti",
        ],
        control=fix,
        line=kkl(k, "ENDANG KURNIA", "CIRUMPAK", "KRONJO"),
    )


def cancel() -> None:
    c = "cancel"
    stop = "cancel"

    add(c, "resident", ["mau bikin KTP", "eh gajadi deh 🙏 nanti aja"], control=stop)

    add(
        c,
        "resident",
        ["mau urus KK nih"],
        answers={
            "no_kk": "duh KK nya dibawa suami ke kantor, batalin dulu aja ya",
            "nama_kepala_keluarga": "udah batal aja kak, lain kali",
            "desa": "nggak jadi, maaf ya",
            "kecamatan": "dibatalin aja",
        },
        missing=4,
        control=stop,
    )

    n, k = nik("Rajeg", 2022, 7, 17), kk("Rajeg", 2021, 3, 29)
    add(
        c,
        "resident",
        [f"#KIA#{n}#{k}#Gilang Ramadhan#Sukasari#Rajeg"],
        confirm="jangan dikirim dulu, batal aja",
        control=stop,
    )

    n = nik("Cisoka", 1985, 8, 3)
    add(
        c,
        "resident",
        [
            "punten, bade nyieun KTP nu leungit",
            f"NIK {n}",
            "hapunten, teu jadi wae. batal heula nya",
        ],
        control=stop,
    )

    add(
        c,
        "resident",
        [
            "bang mau bikin KK baru nih",
            "udeh kagak jadi dah, batalin aje, bini aye kaga setuju 😂",
        ],
        control=stop,
    )

    n, k = nik("Pagedangan", 1971, 2, 2), kk("Pagedangan", 2010, 12, 15)
    add(
        c,
        "resident",
        [
            f"Dengan hormat, saya mengajukan penggantian KTP-el yang rusak. NIK {n}, No. KK {k}, "
            "nama Bambang Sutrisno, Desa Medang, Kecamatan Pagedangan.",
            "Mohon maaf, permohonan tersebut saya batalkan karena saya akan mengurusnya langsung di "
            "kantor kecamatan.",
        ],
        control=stop,
    )

    n, k = nik("Teluknaga", 1997, 5, 5), kk("Teluknaga", 2023, 6, 1)
    add(
        c,
        "resident",
        [
            "mau bikin surat pindah keluar",
            f"{n} ini nik saya",
            f"kk {k}",
            "nama Taufik Hidayat",
        ],
        answers={
            "alamat_pindah": "stop dulu deh, alamat barunya blm pasti. udah ga usah diterusin",
        },
        missing=1,
        control=stop,
    )

    n, k = nik("Kosambi", 1993, 10, 18), kk("Kosambi", 2019, 7, 7)
    add(
        c,
        "resident",
        [
            f"ktp hilang, nik {n} kk {k} nama Reza Pahlevi desa Cengklong kosambi",
            "eh tunggu, ktp nya ketemu di jok motor 😅 cancel ya",
        ],
        control=stop,
    )

    add(
        c,
        "helper",
        [
            "Pak, mau ajukan KIA warga desa Jengkol",
            "maaf pak, warganya tidak jadi mengajukan. mohon diabaikan",
        ],
        control=stop,
    )

    k = kk("Kemiri", 2011, 4, 13)
    add(
        c,
        "resident",
        [
            f"#KK#{k}#Darsono#Kemiri#Kemiri",
            "tunggu, jangan diproses dulu. sy mau tanya istri dulu, batalkan saja ya",
        ],
        control=stop,
    )

    n, k = nik("Curug", 2017, 3, 12), kk("Curug", 2016, 1, 22)
    add(
        c,
        "resident",
        [
            f"mau bikin KIA, nik anak {n}, kk {k}",
            "hapus aja data yg tadi, sy gak jadi, takut salah kirim nomor",
        ],
        control=stop,
    )

    p = skpwni("3275", 2026, 11, 16)
    add(
        c,
        "resident",
        [
            f"lapor datang, no SKPWNI {p}",
            "duh ternyata SKPWNI ini punya istri, bukan punya saya. batalin dulu ya",
        ],
        control=stop,
    )

    add(
        c,
        "first_timer",
        [
            "mau bikin KIA",
            "oh harus ada akta lahir ya? akta anak sy belum jadi. gak jadi dulu deh, nanti kalo "
            "udah ada",
        ],
        control=stop,
    )

    n, k = nik("Cikupa", 1990, 12, 30), kk("Cikupa", 2018, 10, 10)
    add(
        c,
        "resident",
        [
            f"ganti ktp rusak, nik {n}, kk {k}, nama Wahyu Hidayat, desa Budimulia kec Cikupa",
        ],
        answers={"saran_tempat": "iya itu, tapi udah lah sy batalin aja, ribet"},
        control=stop,
    )


def hash_line() -> None:
    c = "hash_line"

    n, k = nik("Panongan", 2009, 4, 16), kk("Panongan", 2009, 1, 9)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#MUHAMAD RIZKI#CIAKAR#PANONGAN#PEMULA#"],
        line=ktp(n, k, "MUHAMAD RIZKI", "CIAKAR", "PANONGAN", "PEMULA"),
    )

    k = kk("Cisoka", 2015, 11, 5)
    add(
        c,
        "resident",
        [f"#kk#{k}#suryana#bojong loa#cisoka"],
        line=kkl(k, "SURYANA", "BOJONG LOA", "CISOKA"),
    )

    n, k = nik("Legok", 2014, 2, 10, True), kk("Legok", 2013, 7, 21)
    add(
        c,
        "resident",
        [f"# KIA # {n} # {k} # Nayla Safitri # Ciangir # Legok"],
        line=kia(n, k, "NAYLA SAFITRI", "CIANGIR", "LEGOK"),
    )

    n, k = nik("Cisauk", 1986, 4, 9), kk("Cisauk", 2012, 8, 24)
    addr = "JL. SUDIRMAN NO 88 RT 001 RW 003 KEL. CIPOCOK JAYA KEC. CIPOCOK JAYA KOTA SERANG"
    add(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#IRFAN HAKIM#{addr}"],
        line=pindah(n, k, "IRFAN HAKIM", addr),
    )

    p = skpwni("3275", 2026, 10, 5)
    add(
        c,
        "resident",
        [f"#SKDWN#{p}#PINDAH DATANG SEKELUARGA"],
        line=datang(p, "PINDAH DATANG SEKELUARGA"),
    )

    n, k = nik("Cikupa", 1979, 9, 25, True), kk("Cikupa", 2006, 2, 6)
    add(
        c,
        "resident",
        [f"Assalamualaikum\n#KTP#{s4(n)}#{s4(k)}#Sri Wahyuni#Bojong#Cikupa#Hilang#"],
        line=ktp(n, k, "SRI WAHYUNI", "BOJONG", "CIKUPA", "HILANG"),
    )

    k = kk("Teluknaga", 2017, 12, 11)
    add(
        c,
        "helper",
        [f"#KK#{k}#Saepul Anwar#Kampung Melayu Timur#Teluknaga"],
        answers={"nama_warga": "Saepul Anwar", "telepon_warga": "0811 0000 9871"},
        line=kkl(k, "SAEPUL ANWAR", "KMP MELAYU TIM", "TELUKNAGA"),
    )


# --- writing ------------------------------------------------------------------------------
BUILDERS = (
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
)


def _check_corpus() -> None:
    """Every category and persona present; no sentence written twice; numbers synthetic."""
    convs = [conv for convs in CONVS.values() for conv in convs]
    assert set(CONVS) == set(CATEGORIES), set(CATEGORIES) - set(CONVS)
    assert {conv["persona"] for conv in convs} == set(PERSONAS)
    seen: dict[str, str] = {}
    for conv in convs:
        said = [*conv["turns"], *conv.get("answers", {}).values()]
        if "confirm" in conv:
            said.append(conv["confirm"])
        for text in said:
            key = " ".join(text.lower().split())
            assert key not in seen, f"{conv['id']} repeats {seen[key]}: {text!r}"
            seen[key] = conv["id"]
        if conv["persona"] == "helper" and "line" in conv["expect"]:
            assert {"nama_warga", "telepon_warga"} <= set(conv.get("answers", {})), conv["id"]


class _Dumper(yaml.SafeDumper):
    """Multi-line messages as literal blocks, so the YAML reads like the chat."""


def _str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _str)


def main() -> None:
    for build in BUILDERS:
        build()
    _check_corpus()
    for old in HERE.glob(f"{PREFIX}_*.yml"):
        old.unlink()
    for category in CATEGORIES:
        path = HERE / f"{PREFIX}_{category}.yml"
        text = yaml.dump(
            {"conversations": CONVS[category]},
            Dumper=_Dumper,
            allow_unicode=True,
            sort_keys=False,
            width=100,
        )
        loaded = yaml.safe_load(text)["conversations"]
        assert loaded == CONVS[category], f"{category}: YAML round trip differs"
        path.write_text(text, encoding="utf-8")
    total = sum(len(v) for v in CONVS.values())
    print(f"wrote {total} conversations in {len(CATEGORIES)} files to {HERE}")


if __name__ == "__main__":
    main()
