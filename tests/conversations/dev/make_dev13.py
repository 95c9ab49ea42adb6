"""Conversation corpus part dev13 (issue 8 of Asisten Adminduk).

Written by an independent author who read only design.md, the shared data notes and region
tables, tests/conversations/README.md, corpus.py and devtools/synthetic.py: not the
assistant's code, its training data, nor any other corpus file or builder. Every message was
written by hand, one by one.

Run:  cd /work/main && .venv/bin/python -m tests.conversations.dev.make_dev13

Writes dev13_<category>.yml beside this file (deleting its own old dev13_*.yml first), ids
dev13-<category-with-dashes>-NN. Numbers come from devtools.synthetic only (region code =
the kecamatan's Kemendagri code; SKPWNI numbers = origin region code + date + serial), serials
cycling through 9600-9699. Every expected line is checked against bot.intake.parser.parse.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
PREFIX = "dev13"

# Kemendagri codes (kecamatan of 36.03, and a few places outside for newcomers / referrals).
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
OUTSIDE = {
    "Cengkareng": "317301",
    "Tanjung Priok": "317202",
    "Kemayoran": "317103",
    "Coblong": "327302",
    "Bumiayu": "332903",
    "Serang": "367301",
    "Cilegon": "367202",
    "Bekasi Timur": "327501",
    "Cibinong": "320101",
    "Kedaton": "187101",
    "Malingping": "360201",
    "Cikeusik": "360104",
    "Garut Kota": "320501",
    "Wangon": "330202",
    "Semarang Timur": "337403",
    "Kalijati": "321304",
    "Cipondoh": "367105",
    "Karawaci": "367107",
    "Larangan": "367113",
    "Ciledug": "367106",
    "Pamulang": "367406",
    "Pondok Aren": "367403",
    "Ciputat": "367404",
    "Serpong": "367401",
}

_SERIALS = itertools.cycle(range(9600, 9700))


def _next() -> int:
    """Serials cycle through 9600-9699."""
    return next(_SERIALS)


def region(place: str) -> str:
    return KEC.get(place) or OUTSIDE[place]


def nik(place: str, born: date, female: bool = False) -> str:
    return make_nik(region(place), born, female, _next())


def kk(place: str, recorded: date) -> str:
    return make_kk(region(place), recorded, _next())


def skpwni(origin: str, issued: date) -> str:
    """An SKPWNI number built the synthetic way: origin region code + date + serial."""
    return make_kk(region(origin), issued, _next())


def off(number: str, pos: int = 15) -> str:
    """The same number with one digit (in the serial part) mistyped."""
    assert 12 <= pos <= 15
    digit = int(number[pos])
    wrong = str((digit + 3) % 10) if pos != 12 else ("8" if digit == 9 else "9")
    return number[:pos] + wrong + number[pos + 1 :]


def g(number: str, sizes: tuple[int, ...] = (4, 4, 4, 4), sep: str = " ") -> str:
    """A number typed in groups (spaces, dots or dashes)."""
    out, i = [], 0
    for size in sizes:
        out.append(number[i : i + size])
        i += size
    if i < len(number):
        out.append(number[i:])
    return sep.join(out)


# --- expected lines, each checked against the office's parser ---------------------------
def _canon(text: str) -> str:
    verdict = parse(text)
    if not verdict.ok or verdict.canonical != text:
        print(f"NOT CANONICAL: parsed={verdict.ok} canonical={verdict.canonical!r}")
        raise AssertionError(f"expected line is not canonical: {text!r}")
    return text


def ktp(n: str, k: str, nama: str, desa: str, kec: str, alasan: str) -> str:
    return _canon(f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#".upper())


def kkl(k: str, kepala: str, desa: str, kec: str) -> str:
    return _canon(f"#KK#{k}#{kepala}#{desa}#{kec}".upper())


def kia(n: str, k: str, nama: str, desa: str, kec: str) -> str:
    return _canon(f"#KIA#{n}#{k}#{nama}#{desa}#{kec}".upper())


def pindah(n: str, k: str, nama: str, alamat: str) -> str:
    return _canon(f"#SKPWNI#{n}#{k}#{nama}#{alamat}".upper())


def datang(no: str, keperluan: str) -> str:
    return _canon(f"#SKDWN#{no}#{keperluan}".upper())


def line(text: str) -> dict:
    return {"line": text}


def corrected(text: str) -> dict:
    return {"control": "correction", "line": text}


def control(kind: str) -> dict:
    return {"control": kind}


def referral(office: str) -> dict:
    return {"control": "referral", "referral_to": office}


def facts(*groups: list[str]) -> dict:
    return {"facts": [list(grp) for grp in groups]}


CONVS: list[dict] = []


def add(
    category: str,
    persona: str,
    turns: list[str],
    expect: dict,
    answers: dict | None = None,
    missing: int = 0,
    confirm: str | None = None,
) -> None:
    conv = {"category": category, "persona": persona, "turns": turns}
    if answers:
        conv["answers"] = answers
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = missing
    conv["expect"] = expect
    CONVS.append(conv)


D = date

# =========================================================================================
# correction_at_confirmation
# =========================================================================================
CAT = "correction_at_confirmation"

n, k = nik("Cikupa", D(1988, 2, 14), True), kk("Cikupa", D(2012, 9, 3))
add(
    CAT,
    "resident",
    [
        f"Assalamualaikum min, sy mau urus ktp yg ilang kemarin pas naik angkot 😭 NIK {n} "
        f"KK {k} nama Dewi Sartikah, ds Bitung Jaya kec Cikupa",
        "eh maaf namanya kelebihan huruf h di belakang, yg bener DEWI SARTIKA",
    ],
    corrected(ktp(n, k, "DEWI SARTIKA", "BITUNG JAYA", "CIKUPA", "HILANG")),
)

n, k = nik("Rajeg", D(2019, 7, 22), True), kk("Rajeg", D(2016, 1, 11))
add(
    CAT,
    "resident",
    [
        f"Selamat pagi, saya mau daftarin KIA buat anak saya Aisyah Putri Ramadhani. "
        f"NIK anak {off(n, 14)}, no KK {k}. Kami tinggal di Desa Sukamanah, Kecamatan Rajeg.",
        f"astaghfirullah NIK nya salah ketik satu angka bu, yang benar {n}",
    ],
    corrected(kia(n, k, "AISYAH PUTRI RAMADHANI", "SUKAMANAH", "RAJEG")),
)

k = kk("Cikupa", D(2009, 11, 30))
add(
    CAT,
    "resident",
    [
        f"Permisi, mau ngajuin KK. No KK {k}, kepala keluarga Rohmat Hidayat, "
        "desa Pasir Jaya kec Cikupa",
        "desanya keliru pak. bukan Pasir Jaya tapi Pasir Gadung, kecamatannya sama Cikupa",
    ],
    corrected(kkl(k, "ROHMAT HIDAYAT", "PASIR GADUNG", "CIKUPA")),
)

n, k = nik("Curug", D(1979, 5, 5)), kk("Curug", D(2011, 3, 17))
add(
    CAT,
    "resident",
    [
        f"Saya mau bikin surat pindah keluar. NIK {n}, KK {k}, nama Agus Salim. Pindah ke "
        "Jl Cempaka Putih Tengah No 21 RT 005 RW 007 Kel Cempaka Putih Timur "
        "Kec Cempaka Putih Jakarta Pusat",
        "maaf alamat tujuan salah RT nya. yg betul: Jl Cempaka Putih Tengah No 21 RT 006 "
        "RW 007 Kel Cempaka Putih Timur Kec Cempaka Putih Jakarta Pusat",
    ],
    corrected(
        pindah(
            n,
            k,
            "AGUS SALIM",
            "JL CEMPAKA PUTIH TENGAH NO 21 RT 006 RW 007 KEL CEMPAKA PUTIH TIMUR "
            "KEC CEMPAKA PUTIH JAKARTA PUSAT",
        )
    ),
)

s = skpwni("Cengkareng", D(2025, 10, 6))
add(
    CAT,
    "first_timer",
    [
        f"halo kak aku baru pindah dr cengkareng, mau lapor datang. no skpwni {s} "
        "keperluan ikut suami",
        "ralat kak, keperluannya bukan ikut suami tapi bekerja. suami masih di jakarta hehe",
    ],
    corrected(datang(s, "BEKERJA")),
)

n, k = nik("Tigaraksa", D(1983, 12, 1)), kk("Tigaraksa", D(2010, 8, 19))
add(
    CAT,
    "resident",
    [
        f"Mau cetak ulang KTP, rusak patah jadi dua. NIK {n} KK {k} Nama Sutisna "
        "Desa Cisereh Kec Tigaraksa",
        "oh iya pak maaf, alasannya hilang aja. yang patah itu punya istri saya, "
        "punya saya mah ilang di pasar",
    ],
    corrected(ktp(n, k, "SUTISNA", "CISEREH", "TIGARAKSA", "HILANG")),
)

n, k = nik("Cikupa", D(2008, 4, 9)), kk("Cikupa", D(2013, 2, 25))
add(
    CAT,
    "first_timer",
    [
        f"min sy baru 17 thn mau bikin ktp pertama kali. nik {n} no kk {k} nama Rafi "
        "Ardiansyah desa talagasari kec balaraja",
        "eh salah, talagasari yg di cikupa maksudnya bukan balaraja. maaf ya min",
    ],
    corrected(ktp(n, k, "RAFI ARDIANSYAH", "TALAGASARI", "CIKUPA", "PEMULA")),
)

k = kk("Kronjo", D(2007, 6, 14))
add(
    CAT,
    "resident",
    [
        f"Pak mau ganti KK soalnya udah lecek banget. Nomor KK {k}, KK atas nama bapak saya "
        "Muhidin, desanya Kronjo kecamatan Kronjo juga",
        "nama kepala keluarganya ditulis lengkap aja ya pak: MUHIDIN SAPUTRA",
    ],
    corrected(kkl(k, "MUHIDIN SAPUTRA", "KRONJO", "KRONJO")),
)

n, k = nik("Balaraja", D(1995, 9, 27)), kk("Balaraja", D(2018, 10, 2))
add(
    CAT,
    "resident",
    [
        f"mau bikin skpwni. nik {n}\nkk {k}\nnama iyan\npindah ke Kp Cibeureum RT 01 RW 03 "
        "Desa Sukamaju Kec Cibeureum Kab Kuningan",
        "namanya tolong pake nama lengkap sesuai ktp: SOPIYAN HADI. iyan mah panggilan",
    ],
    corrected(
        pindah(
            n,
            k,
            "SOPIYAN HADI",
            "KP CIBEUREUM RT 01 RW 03 DESA SUKAMAJU KEC CIBEUREUM KAB KUNINGAN",
        )
    ),
)

n, k = nik("Kemiri", D(1970, 1, 16), True), kk("Kemiri", D(2008, 5, 20))
add(
    CAT,
    "helper",
    [
        f"Assalamualaikum, saya Nurhasanah kader Desa Lontar Kec Kemiri, izin bantu warga "
        f"kami Ibu Sumiati (hp 0857 0000 9611) KTP nya rusak kena banjir. NIK {off(n, 13)} "
        f"KK {k}, Desa Lontar Kec Kemiri",
        f"Mohon maaf pak, NIK Ibu Sumiati ada yang keliru. Yang benar {n}",
    ],
    corrected(ktp(n, k, "SUMIATI", "LONTAR", "KEMIRI", "RUSAK")),
    answers={"nama_warga": "Sumiati", "telepon_warga": "0857 0000 9611"},
)

n, k = nik("Mauk", D(2016, 3, 3)), kk("Mauk", D(2015, 12, 7))
add(
    CAT,
    "resident",
    [
        f"Bu saya mau buat KIA anak laki2 saya Muhammad Alfarizi, NIK {n} No KK {k} "
        "desa Sasak kecamatan Mauk",
        "desanya salah bu, bukan Sasak tapi Tanjung Anom. kecamatan tetep Mauk",
    ],
    corrected(kia(n, k, "MUHAMMAD ALFARIZI", "TANJUNG ANOM", "MAUK")),
)

s = skpwni("Bekasi Timur", D(2025, 9, 15))
add(
    CAT,
    "resident",
    [
        f"Ini no SKPWNI dari dukcapil kota bekasi {off(s, 15)}, keperluannya ikut orang tua",
        f"maaf min nomornya ada yg salah satu angka, harusnya {s}",
    ],
    corrected(datang(s, "IKUT ORANG TUA")),
)

n, k = nik("Tigaraksa", D(2008, 1, 20)), kk("Tigaraksa", D(2014, 7, 8))
add(
    CAT,
    "first_timer",
    [
        f"halo saya mau bikin KTP baru umur saya udah 17 nik saya {n} nomor kk {k} nama saya "
        "Fajar Nugraha desa kadu agung kecamatan tigaraksa terima kasih",
        "namanya Fajar Nugroho pake o bukan a, tadi kepencet",
    ],
    corrected(ktp(n, k, "FAJAR NUGROHO", "KADU AGUNG", "TIGARAKSA", "PEMULA")),
)

n, k = nik("Pasar Kemis", D(1991, 8, 8), True), kk("Pasar Kemis", D(2017, 4, 4))
add(
    CAT,
    "resident",
    [
        f"Sore pak. Mau urus surat pindah keluar a.n. Lilis Suryani, NIK {n} KK {k}. Tujuan "
        "Perum Bumi Serang Timur Blok D3 No 9 Kel Kaligandu Kec Serang Kota Serang",
        "Tujuannya ganti pak, jadi ke rumah mertua aja: Kp Kadubeureum RT 002 RW 001 "
        "Desa Sukamaju Kec Pabuaran Kab Serang",
    ],
    corrected(
        pindah(
            n,
            k,
            "LILIS SURYANI",
            "KP KADUBEUREUM RT 002 RW 001 DESA SUKAMAJU KEC PABUARAN KAB SERANG",
        )
    ),
)

k = kk("Sukadiri", D(2012, 2, 29))
add(
    CAT,
    "resident",
    [
        f"KK saya hilang waktu pindahan rumah. no KK {off(k, 14)}, kepala keluarga Sarmili, "
        "Ds Gintung Kec Sukadiri",
        f"no KK nya salah satu angka pak, yg bener {k}",
    ],
    corrected(kkl(k, "SARMILI", "GINTUNG", "SUKADIRI")),
)

s = skpwni("Garut Kota", D(2025, 7, 1))
add(
    CAT,
    "resident",
    [
        f"Punten, bade lapor pindah datang. Nomer SKPWNI {s}, keperluan ikut keluarga",
        "eh ganti keperluannya jadi PENDIDIKAN ya, anak saya mau mondok di pesantren sini",
    ],
    corrected(datang(s, "PENDIDIKAN")),
)

# =========================================================================================
# surat_pindah
# =========================================================================================
CAT = "surat_pindah"

n, k = nik("Kelapa Dua", D(1986, 10, 12)), kk("Kelapa Dua", D(2014, 3, 21))
add(
    CAT,
    "resident",
    [
        f"Selamat siang. Saya Hendra Gunawan, NIK {n}, No. KK {k}, mau mengurus surat pindah "
        "keluar karena dipindah tugas kantor ke Bandung. Alamat tujuan: Jl Dipatiukur No 35 "
        "RT 04 RW 11 Kel Lebakgede Kec Coblong Kota Bandung"
    ],
    line(
        pindah(
            n,
            k,
            "HENDRA GUNAWAN",
            "JL DIPATIUKUR NO 35 RT 04 RW 11 KEL LEBAKGEDE KEC COBLONG KOTA BANDUNG",
        )
    ),
)

n, k = nik("Sepatan", D(1993, 4, 30)), kk("Sepatan", D(2019, 6, 6))
add(
    CAT,
    "first_timer",
    ["min mau nanya, kalo mau pindah ke lampung bikin surat pindahnya lewat sini bisa?"],
    line(
        pindah(
            n,
            k,
            "YUDI PRASETYO",
            "JL TEUKU UMAR GG MANGGA NO 4 RT 02 LK 1 KEL SIDODADI KEC KEDATON KOTA BANDAR LAMPUNG",
        )
    ),
    answers={
        "layanan": "surat pindah keluar",
        "nik": f"nik sy {n}",
        "no_kk": f"kk {g(k)}",
        "nama": "Yudi Prasetyo",
        "alamat_pindah": "Jl Teuku Umar Gg Mangga No 4 RT 02 LK 1 Kel Sidodadi Kec Kedaton "
        "Kota Bandar Lampung",
    },
    missing=4,
)

s = skpwni("Bumiayu", D(2025, 8, 18))
add(
    CAT,
    "resident",
    [
        f"Assalamualaikum. saya baru dateng dari Bumiayu Brebes, udah pegang SKPWNI nomor {s}. "
        "mau bikin kk baru di sini. keperluan: bekerja"
    ],
    line(datang(s, "BEKERJA")),
)

s = skpwni("Tanjung Priok", D(2025, 11, 3))
add(
    CAT,
    "resident",
    ["mau lapor datang bawa surat pindah dari jakarta utara gmn caranya"],
    line(datang(s, "IKUT ISTRI")),
    answers={"no_skpwni": f"ini nomornya {g(s)}", "keperluan": "ikut istri"},
    missing=2,
)

n, k = nik("Jambe", D(1975, 2, 2)), kk("Jambe", D(2006, 9, 9))
add(
    CAT,
    "helper",
    [
        "Selamat pagi Bapak/Ibu petugas. Saya operator Desa Taban Kec Jambe, membantu warga "
        f"yang akan pindah ke Surabaya. Nama Slamet Riyadi, NIK {n}, No KK {k}. Alamat tujuan "
        "Jl Rungkut Asri Utara VII No 18 RT 003 RW 006 Kel Rungkut Kidul Kec Rungkut "
        "Kota Surabaya"
    ],
    line(
        pindah(
            n,
            k,
            "SLAMET RIYADI",
            "JL RUNGKUT ASRI UTARA VII NO 18 RT 003 RW 006 KEL RUNGKUT KIDUL KEC RUNGKUT "
            "KOTA SURABAYA",
        )
    ),
    answers={"nama_warga": "Slamet Riyadi", "telepon_warga": "0813 0000 9620"},
)

add(
    CAT,
    "first_timer",
    [
        "bu saya kan ngontrak di cikupa, kemarin udah dapet surat pindah dari pandeglang. "
        "trus buat pindah datang di sini syaratnya apa aja ya?"
    ],
    facts(
        ["SKPWNI", "surat keterangan pindah", "SKP"],
        ["pemilik rumah", "pemilik kontrakan", "tidak keberatan", "pemilik tempat"],
    ),
)

n, k = nik("Panongan", D(1989, 6, 17), True), kk("Panongan", D(2015, 5, 5))
add(
    CAT,
    "resident",
    [
        f"Mau ngajuin pindah keluar kak. {n} itu NIK, {k} itu KK. Nama Rini Anggraeni. Mau "
        "pindah ke Jl Pahlawan No 2 RT 01 RW 02 Kel Rejosari Kec Semarang Timur Kota Semarang",
        "ehh maaf kak alamat tujuan berubah, jadi Jl Majapahit No 150 RT 05 RW 03 "
        "Kel Gayamsari Kec Gayamsari Kota Semarang",
    ],
    corrected(
        pindah(
            n,
            k,
            "RINI ANGGRAENI",
            "JL MAJAPAHIT NO 150 RT 05 RW 03 KEL GAYAMSARI KEC GAYAMSARI KOTA SEMARANG",
        )
    ),
)

s = skpwni("Cilegon", D(2025, 6, 23))
add(
    CAT,
    "resident",
    [
        f"lapor pindah datang dari Cilegon, SKPWNI {g(s)}, keperluannya mau nikah",
        "eh bukan, keperluan tulis ikut suami aja. nikahnya udah kemarin 😅",
    ],
    corrected(datang(s, "IKUT SUAMI")),
)

n, k = nik("Sindang Jaya", D(1998, 11, 11)), kk("Sindang Jaya", D(2020, 1, 14))
add(
    CAT,
    "resident",
    [
        f"skpwni ya pak. nik {g(n, sep='-')} kk {g(k, sep='-')} nama Dimas Aditya Putra "
        "tujuan Jl KH Hasyim Ashari Gg Haji Saip RT 004 RW 002 Kel Cipondoh Indah "
        "Kec Cipondoh Kota Tangerang"
    ],
    line(
        pindah(
            n,
            k,
            "DIMAS ADITYA PUTRA",
            "JL KH HASYIM ASHARI GG HAJI SAIP RT 004 RW 002 KEL CIPONDOH INDAH KEC CIPONDOH "
            "KOTA TANGERANG",
        )
    ),
)

s = skpwni("Cibinong", D(2025, 12, 1))
add(
    CAT,
    "resident",
    [
        f"no skpwni saya {g(s)}",
        "dari cibinong bogor pindah ke sini karna kerja di pabrik cikupa. keperluan bekerja",
    ],
    line(datang(s, "BEKERJA")),
)

n, k = nik("Legok", D(1966, 3, 29)), kk("Legok", D(2005, 7, 27))
add(
    CAT,
    "resident",
    [
        "Kepada Yth. Petugas Disdukcapil Kabupaten Tangerang\n\nDengan hormat, saya yang "
        f"bertanda tangan di bawah ini:\nNama: Drs. Bambang Sutrisno\nNIK: {n}\nNo. KK: {k}\n"
        "bermaksud mengajukan Surat Keterangan Pindah WNI dengan alamat tujuan Jl Kenanga "
        "No 8 RT 002 RW 004 Kel Purwokerto Wetan Kec Purwokerto Timur Kab Banyumas.\n\n"
        "Atas perhatiannya saya ucapkan terima kasih."
    ],
    line(
        pindah(
            n,
            k,
            "DRS. BAMBANG SUTRISNO",
            "JL KENANGA NO 8 RT 002 RW 004 KEL PURWOKERTO WETAN KEC PURWOKERTO TIMUR KAB BANYUMAS",
        )
    ),
)

s = skpwni("Malingping", D(2025, 5, 12))
add(
    CAT,
    "first_timer",
    [
        f"pak, kemaren sy udh kirim nomor skpwni {s} belum ada balesan",
        f"ini sy kirim lagi ya nomornya {g(s)} sama, dari malingping lebak. keperluannya ikut anak",
    ],
    line(datang(s, "IKUT ANAK")),
)

add(
    CAT,
    "resident",
    ["mau pindah dari Cikupa ke Balaraja, masih sama2 kab tangerang. perlu bikin skpwni ga sih?"],
    facts(["tidak perlu", "tidak memerlukan", "tidak diperlukan", "tidak usah", "tanpa SKPWNI"]),
)

add(
    CAT,
    "first_timer",
    [
        "permisi mau tanya, syarat bikin surat pindah keluar apa aja? harus minta surat "
        "pengantar RT RW dulu ngga?"
    ],
    facts(["KK", "kartu keluarga"]),
)

# =========================================================================================
# restate_known_value
# =========================================================================================
CAT = "restate_known_value"

n, k = nik("Solear", D(2008, 2, 3), True), kk("Solear", D(2016, 8, 15))
add(
    CAT,
    "first_timer",
    [
        f"kak mau bikin ktp baru, nik {n} kk {k}",
        f"nik saya {g(n, (6, 6, 4), '.')} ya kak, yg barusan itu juga sama kok",
    ],
    line(ktp(n, k, "INDAH PERMATASARI", "CIKASUNGKA", "SOLEAR", "PEMULA")),
    answers={
        "nama": "Indah Permatasari",
        "desa": "cikasungka",
        "kecamatan": "solear",
    },
    missing=3,
)

n, k = nik("Cikupa", D(1984, 7, 7)), kk("Cikupa", D(2013, 12, 12))
add(
    CAT,
    "resident",
    [
        f"KTP saya rusak, chipnya ga kebaca. NIK {n} KK {k} nama Asep Saepudin, desa Cibadak",
        "kecamatannya Cikupa. desanya Cibadak, tadi udah saya tulis ya",
    ],
    line(ktp(n, k, "ASEP SAEPUDIN", "CIBADAK", "CIKUPA", "RUSAK")),
)

s = skpwni("Kemayoran", D(2025, 4, 28))
add(
    CAT,
    "resident",
    [
        f"SKPWNI {s} dari Kemayoran Jakpus",
        f"nomornya {g(s)}, sama kaya yg di atas. keperluan: melanjutkan sekolah",
    ],
    line(datang(s, "MELANJUTKAN SEKOLAH")),
)

k = kk("Pakuhaji", D(2010, 10, 10))
add(
    CAT,
    "resident",
    [
        f"mau perbaikan KK, no {k}, desa Kohod kec Pakuhaji",
        "kepala keluarganya Darsono",
        "iya itu tadi, Pak Darsono, bapak saya",
    ],
    line(kkl(k, "DARSONO", "KOHOD", "PAKUHAJI")),
)

n, k = nik("Cisoka", D(2017, 9, 14), True), kk("Cisoka", D(2014, 2, 18))
add(
    CAT,
    "resident",
    [
        f"buat KIA, nik anak {n}, kk {k}, namanya Zahra Aulia, desa Jeungjing kec Cisoka",
        f"NIK anak saya yang tadi saya kirim itu {g(n)}, mohon dicek lagi ya bu 🙏",
    ],
    line(kia(n, k, "ZAHRA AULIA", "JEUNGJING", "CISOKA")),
)

n, k = nik("Kosambi", D(1990, 12, 25)), kk("Kosambi", D(2016, 11, 1))
add(
    CAT,
    "resident",
    [
        f"Skpwni. NIK {n}, KK {k}, nama Rudi Hartono. Tujuan Jl Melati Raya No 12 RT 03 RW 05 "
        "Kel Cengkareng Barat Kec Cengkareng Jakarta Barat",
        "tujuan pindahnya tetap yang tadi ya pak: Jl Melati Raya No 12 RT 03 RW 05 "
        "Kel Cengkareng Barat Kec Cengkareng Jakarta Barat",
    ],
    line(
        pindah(
            n,
            k,
            "RUDI HARTONO",
            "JL MELATI RAYA NO 12 RT 03 RW 05 KEL CENGKARENG BARAT KEC CENGKARENG JAKARTA BARAT",
        )
    ),
)

n, k = nik("Gunung Kaler", D(1958, 4, 4), True), kk("Gunung Kaler", D(2009, 1, 26))
add(
    CAT,
    "helper",
    [
        f"Saya staf desa Onyam mau input KTP warga yg hilang. NIK {n}, No KK {k}, nama "
        "Rukiyah, desa Onyam kec Gunung Kaler",
        f"Sekali lagi No KK nya {g(k, sep='.')}, takut kebalik tadi",
    ],
    line(ktp(n, k, "RUKIYAH", "ONYAM", "GUNUNG KALER", "HILANG")),
    answers={"nama_warga": "Rukiyah", "telepon_warga": "0896 0000 9633"},
)

n, k = nik("Cikupa", D(1996, 5, 19), True), kk("Cikupa", D(2021, 3, 8))
add(
    CAT,
    "resident",
    [
        f"#KTP#{n}#{k}#Nabila Khairunnisa#Sukadamai#Cikupa#hilang#",
    ],
    line(ktp(n, k, "NABILA KHAIRUNNISA", "SUKADAMAI", "CIKUPA", "HILANG")),
    confirm="iya sudah benar semua, Sukadamai Cikupa 👍",
)

n, k = nik("Teluknaga", D(1980, 8, 31)), kk("Teluknaga", D(2011, 4, 19))
add(
    CAT,
    "first_timer",
    [f"assalamualaikum mau bikin ktp lg krn hilang, nik {n}"],
    line(ktp(n, k, "SUHENDAR", "LEMO", "TELUKNAGA", "HILANG")),
    answers={
        "no_kk": f"no kk nya {k}, nik nya kan tadi udah ya {n}",
        "nama": "Suhendar",
        "desa": "Lemo",
        "kecamatan": "Teluknaga",
    },
    missing=4,
)

n, k = nik("Balaraja", D(1977, 3, 13)), kk("Balaraja", D(2008, 12, 3))
add(
    CAT,
    "resident",
    [
        f"Pak KTP saya hilang. NIK {n} KK {k} nama Wawan Setiawan desa Sentul Jaya kec Balaraja",
        "iya hilang pak, bukan rusak. dompetnya kecopetan",
    ],
    line(ktp(n, k, "WAWAN SETIAWAN", "SENTUL JAYA", "BALARAJA", "HILANG")),
)

# =========================================================================================
# cancel
# =========================================================================================
CAT = "cancel"

add(
    CAT,
    "resident",
    ["mau bikin KK baru min", "gajadi deh min, nanti aja nunggu suami pulang kerja"],
    control("cancel"),
)

n = nik("Curug", D(1987, 1, 9))
add(
    CAT,
    "resident",
    [
        f"mau urus KTP rusak, NIK {n}",
        "eh batalin aja pak, ternyata ktp lama masih bisa dipake buat ke bank",
    ],
    control("cancel"),
)

n, k = nik("Pagedangan", D(1992, 10, 4), True), kk("Pagedangan", D(2018, 7, 30))
add(
    CAT,
    "resident",
    [
        f"KTP hilang. NIK {n}, KK {k}, nama Fitri Handayani, desa Cicalengka kec Pagedangan",
        "jangan dikirim dulu ya, batal. suami saya mau ngecek lagi datanya",
    ],
    control("cancel"),
)

n, k = nik("Kresek", D(1985, 6, 6)), kk("Kresek", D(2012, 6, 1))
add(
    CAT,
    "resident",
    [
        f"surat pindah keluar, NIK {n} KK {k} nama Karyadi, pindah ke Kp Babakan RT 01 RW 01 "
        "Desa Cikeusik Kec Cikeusik Kab Pandeglang",
        "ga jadi pindah pak, batal. kontrakan di sana udah diisi orang",
    ],
    control("cancel"),
)

s = skpwni("Kalijati", D(2025, 3, 3))
add(
    CAT,
    "first_timer",
    [f"mau lapor datang, no skpwni {s}", "batal kak, salah kirim. itu punya adik saya"],
    control("cancel"),
)

n = nik("Jayanti", D(2020, 2, 12), True)
add(
    CAT,
    "resident",
    [
        "Selamat siang, saya ingin mengajukan KIA untuk putri saya.",
        f"NIK anak: {n}",
        "Mohon maaf, permohonan tadi dibatalkan saja. Akta kelahirannya ternyata masih "
        "di tempat neneknya.",
    ],
    control("cancel"),
)

add(
    CAT,
    "resident",
    [
        "bang mau bikin ktp baru buat anak aye, udah 17",
        "udeh kagak jadi dah bang, batalin aje. anaknye lagi di pondok",
    ],
    control("cancel"),
)

n, k = nik("Sepatan Timur", D(1972, 9, 21)), kk("Sepatan Timur", D(2010, 2, 2))
add(
    CAT,
    "helper",
    [
        f"Pak saya petugas desa Sangiang, mau input KTP rusak warga: NIK {n} KK {k} "
        "nama Tarmuji desa Sangiang kec Sepatan Timur",
        "yang barusan batalkan ya pak, warganya ternyata sudah urus sendiri ke kecamatan",
    ],
    control("cancel"),
    answers={"nama_warga": "Tarmuji", "telepon_warga": "0812 0000 9645"},
)

k = kk("Mekar Baru", D(2015, 9, 9))
add(
    CAT,
    "resident",
    [f"#KK#{k}#Juhri#Kedaung#Mekar Baru"],
    control("cancel"),
    confirm="tidak, batalkan saja",
)

add(
    CAT,
    "first_timer",
    [
        "halo, ini bener tempat bikin surat pindah ya",
        "oh ternyata harus ada nomor kk ya. 🙏 maaf gajadi dulu deh, kk nya dibawa kakak",
    ],
    control("cancel"),
)

# =========================================================================================
# formal_one_message
# =========================================================================================
CAT = "formal_one_message"

n, k = nik("Cisauk", D(1981, 11, 2), True), kk("Cisauk", D(2012, 5, 14))
add(
    CAT,
    "resident",
    [
        "Yth. Bapak/Ibu Petugas Disdukcapil,\n\nDengan hormat, bersama ini saya mengajukan "
        "penggantian KTP-el karena hilang. Adapun data saya sebagai berikut:\n"
        f"Nama : Ratna Dewi Kusumawati\nNIK : {n}\nNo. KK : {k}\nDesa : Suradita\n"
        "Kecamatan : Cisauk\n\nSurat keterangan kehilangan dari Polsek sudah saya miliki. "
        "Terima kasih atas perhatiannya.\nHormat saya,\nRatna"
    ],
    line(ktp(n, k, "RATNA DEWI KUSUMAWATI", "SURADITA", "CISAUK", "HILANG")),
)

k = kk("Jayanti", D(2019, 9, 19))
add(
    CAT,
    "resident",
    [
        "Assalamu'alaikum warahmatullahi wabarakatuh. Dengan hormat, saya bermaksud "
        "mengajukan pencetakan ulang Kartu Keluarga dikarenakan adanya penambahan anggota "
        f"keluarga (kelahiran anak kedua). Nomor KK {k}, atas nama Kepala Keluarga Ahmad "
        "Fauzi, beralamat di Desa Pasir Muncang, Kecamatan Jayanti. Demikian, atas bantuannya "
        "saya ucapkan terima kasih. Wassalam."
    ],
    line(kkl(k, "AHMAD FAUZI", "PASIR MUNCANG", "JAYANTI")),
)

n, k = nik("Sukamulya", D(2013, 6, 28)), kk("Sukamulya", D(2011, 8, 22))
add(
    CAT,
    "resident",
    [
        "Kepada Yth. Disdukcapil Kab. Tangerang. Perihal: Permohonan Kartu Identitas Anak. "
        f"Saya selaku orang tua memohon dibuatkan KIA untuk anak kami, Raka Pratama, NIK {n}, "
        f"Nomor KK {k}, domisili Desa Kaliasin, Kecamatan Sukamulya. Foto anak ukuran 2x3 "
        "telah kami siapkan. Hormat kami."
    ],
    line(kia(n, k, "RAKA PRATAMA", "KALIASIN", "SUKAMULYA")),
)

n, k = nik("Kelapa Dua", D(1970, 12, 8)), kk("Kelapa Dua", D(2007, 3, 1))
add(
    CAT,
    "helper",
    [
        "Selamat pagi. Saya Yusuf, staf pelayanan Kantor Kelurahan Kelapa Dua, menyampaikan "
        "permohonan SKPWNI atas nama warga kami:\n"
        f"1. Nama: Heru Susanto\n2. NIK: {n}\n3. No. KK: {k}\n4. Alamat tujuan: Jl Ahmad Yani "
        "No 77 RT 001 RW 003 Kel Kalijati Kec Kalijati Kab Subang\nMohon dapat diproses. "
        "Terima kasih."
    ],
    line(
        pindah(
            n,
            k,
            "HERU SUSANTO",
            "JL AHMAD YANI NO 77 RT 001 RW 003 KEL KALIJATI KEC KALIJATI KAB SUBANG",
        )
    ),
    answers={"nama_warga": "Heru Susanto", "telepon_warga": "0821 0000 9656"},
)

s = skpwni("Wangon", D(2025, 10, 20))
add(
    CAT,
    "resident",
    [
        "Dengan hormat,\nSaya yang baru berdomisili di Desa Binong, Kecamatan Curug, "
        "bermaksud melaporkan kedatangan dari Kabupaten Banyumas.\n"
        f"Nomor SKPWNI: {s}\nKeperluan: Bekerja\nDemikian permohonan ini saya sampaikan."
    ],
    line(datang(s, "BEKERJA")),
)

# =========================================================================================
# dashed_numbers
# =========================================================================================
CAT = "dashed_numbers"

n, k = nik("Rajeg", D(1994, 3, 15), True), kk("Rajeg", D(2020, 10, 27))
add(
    CAT,
    "resident",
    [
        f"ktp ilang\nNIK {g(n, sep='-')}\nKK {g(k, sep='-')}\nnama siti rohmah\n"
        "desa tanjakan mekar kec rajeg"
    ],
    line(ktp(n, k, "SITI ROHMAH", "TANJAKAN MEKAR", "RAJEG", "HILANG")),
)

k = kk("Teluknaga", D(2013, 1, 31))
add(
    CAT,
    "resident",
    [
        f"Mau bikin KK baru abis nikah. No KK {g(k, (6, 6, 4), '.')} kepala keluarga Imam "
        "Syafii, Kampung Melayu Timur, Teluknaga"
    ],
    line(kkl(k, "IMAM SYAFII", "KMP MELAYU TIM", "TELUKNAGA")),
)

n, k = nik("Legok", D(2018, 12, 2)), kk("Legok", D(2017, 11, 6))
add(
    CAT,
    "resident",
    [
        f"KIA anak sy: nik {g(n, (2, 2, 2, 6, 4), '.')} / kk {g(k, (2, 2, 2, 6, 4), '.')} , "
        "nama Bilal Akbar, ds Babat kec Legok"
    ],
    line(kia(n, k, "BILAL AKBAR", "BABAT", "LEGOK")),
)

n, k = nik("Pasar Kemis", D(1982, 5, 21)), kk("Pasar Kemis", D(2009, 9, 29))
add(
    CAT,
    "resident",
    [
        f"NIK: {g(n, (3, 3, 3, 3, 4), ' ')}  KK: {g(k, (3, 3, 3, 3, 4), ' ')}  Joko Susilo, "
        "Kutabumi, Pasar Kemis. ktp saya retak2 min mau ganti"
    ],
    line(ktp(n, k, "JOKO SUSILO", "KUTABUMI", "PASAR KEMIS", "RUSAK")),
)

s = skpwni("Kedaton", D(2025, 2, 17))
add(
    CAT,
    "resident",
    [f"pindah datang dari bandar lampung. skpwni: {g(s, sep=' ')}. keperluan: ikut orang tua"],
    line(datang(s, "IKUT ORANG TUA")),
)

# =========================================================================================
# name_introduced
# =========================================================================================
CAT = "name_introduced"

n, k = nik("Kresek", D(1965, 8, 17), True), kk("Kresek", D(2006, 4, 10))
add(
    CAT,
    "first_timer",
    [
        "perkenalkan saya bu Yayah dari Renged, Kresek. saya ga ngerti hp, ini diketikin cucu. "
        f"KTP saya ilang waktu banjir. nik {n} kk {k}"
    ],
    line(ktp(n, k, "YAYAH", "RENGED", "KRESEK", "HILANG")),
)

k = kk("Panongan", D(2022, 2, 14))
add(
    CAT,
    "resident",
    [
        "Halo, saya Reza Maulana. Baru nikah bulan lalu, mau bikin KK sendiri, pisah dari "
        f"orang tua. No KK yang baru nanti {k}? eh maksudnya yg lama itu. Desa Ciakar, "
        "Kec Panongan"
    ],
    line(kkl(k, "REZA MAULANA", "CIAKAR", "PANONGAN")),
)

n, k = nik("Kosambi", D(2008, 3, 1)), kk("Kosambi", D(2010, 6, 18))
add(
    CAT,
    "first_timer",
    [
        f"Nama saya Kevin Saputra, kelas 12 SMK. mau rekam ktp pertama. nik {n} no kk {k} "
        "tinggal di Dadap kecamatan Kosambi"
    ],
    line(ktp(n, k, "KEVIN SAPUTRA", "DADAP", "KOSAMBI", "PEMULA")),
)

n, k = nik("Tigaraksa", D(1990, 1, 1)), kk("Tigaraksa", D(2016, 2, 2))
add(
    CAT,
    "resident",
    [
        f"Saya Ujang Supriatna, warga Matagara Tigaraksa. Mau surat pindah, NIK {n} KK {k}. "
        "Pindah ke Kp Sukarasa RT 03 RW 02 Desa Sukaraja Kec Wanaraja Kab Garut"
    ],
    line(
        pindah(
            n,
            k,
            "UJANG SUPRIATNA",
            "KP SUKARASA RT 03 RW 02 DESA SUKARAJA KEC WANARAJA KAB GARUT",
        )
    ),
)

n, k = nik("Pakuhaji", D(1999, 9, 9), True), kk("Pakuhaji", D(2023, 5, 5))
add(
    CAT,
    "resident",
    [
        "hai min, aku Putri Wulandari 🙋‍♀️",
        f"KTP aku patah kelindes motor wkwk. nik {n} kk {k}, ds Kramat kec pakuhaji",
    ],
    line(ktp(n, k, "PUTRI WULANDARI", "KRAMAT", "PAKUHAJI", "RUSAK")),
)

# =========================================================================================
# half_remembered_format
# =========================================================================================
CAT = "half_remembered_format"

n, k = nik("Cikupa", D(1985, 4, 22)), kk("Cikupa", D(2014, 4, 14))
add(
    CAT,
    "resident",
    [f"#ktp {n} # {k} # deni irawan # dukuh cikupa # hilang"],
    line(ktp(n, k, "DENI IRAWAN", "DUKUH", "CIKUPA", "HILANG")),
)

k = kk("Sepatan", D(2018, 8, 8))
add(
    CAT,
    "resident",
    [f"KK#{k}#Nana Suryana#Karet#Sepatan  (bener gini kan formatnya?)"],
    line(kkl(k, "NANA SURYANA", "KARET", "SEPATAN")),
)

n, k = nik("Curug", D(2015, 10, 10), True), kk("Curug", D(2012, 3, 3))
add(
    CAT,
    "resident",
    [f"#KIA#{n}#{k}#Keisha Anindita#Sukabakti"],
    line(kia(n, k, "KEISHA ANINDITA", "SUKABAKTI", "CURUG")),
    answers={"kecamatan": "Curug"},
    missing=1,
)

n, k = nik("Teluknaga", D(1976, 7, 4)), kk("Teluknaga", D(2005, 12, 28))
add(
    CAT,
    "first_timer",
    [
        "katanya harus pake pagar2 gitu ya. #SKPWNI#"
        f"{n}#{k}#Mulyadi# pindahnya ke Jl Raya Cilincing No 3 RT 08 RW 02 Kel Kalibaru "
        "Kec Cilincing Jakarta Utara"
    ],
    line(
        pindah(
            n,
            k,
            "MULYADI",
            "JL RAYA CILINCING NO 3 RT 08 RW 02 KEL KALIBARU KEC CILINCING JAKARTA UTARA",
        )
    ),
)

n, k = nik("Kemiri", D(1997, 2, 28), True), kk("Kemiri", D(2021, 1, 20))
add(
    CAT,
    "resident",
    [f"# KTP # {n} # Eka Susanti # Klebet # Kemiri # Rusak #"],
    line(ktp(n, k, "EKA SUSANTI", "KLEBET", "KEMIRI", "RUSAK")),
    answers={"no_kk": f"oh iya lupa no kk: {k}"},
    missing=1,
)

# =========================================================================================
# name_with_relation
# =========================================================================================
CAT = "name_with_relation"

n, k = nik("Pasar Kemis", D(2021, 4, 5)), kk("Pasar Kemis", D(2019, 2, 11))
add(
    CAT,
    "resident",
    [
        "assalamualaikum bun, mau bikin KIA buat si bungsu. namanya Arkan Malik Ibrahim, "
        f"baru 4 taun. nik {n}, kk {k}. kami di Sukamantri kec Pasar Kemis"
    ],
    line(kia(n, k, "ARKAN MALIK IBRAHIM", "SUKAMANTRI", "PASAR KEMIS")),
)

n, k = nik("Cisoka", D(1950, 6, 1)), kk("Cisoka", D(2005, 8, 3))
add(
    CAT,
    "helper",
    [
        "Pak, ini saya anaknya mau urusin KTP bapak saya yang sudah sepuh, namanya H. Sarmin. "
        f"KTP nya hilang. NIK bapak {n}, KK {k}, Desa Carenang Kec Cisoka"
    ],
    line(ktp(n, k, "H. SARMIN", "CARENANG", "CISOKA", "HILANG")),
    answers={"nama_warga": "H. Sarmin", "telepon_warga": "0878 0000 9672"},
)

k = kk("Kosambi", D(2020, 12, 24))
add(
    CAT,
    "resident",
    [
        f"KK suami saya robek dimakan tikus 😩 no KK {k}. Kepala keluarganya suami saya "
        "Andi Wijaya. Desa Belimbing Kec Kosambi"
    ],
    line(kkl(k, "ANDI WIJAYA", "BELIMBING", "KOSAMBI")),
)

n, k = nik("Balaraja", D(2008, 5, 30), True), kk("Balaraja", D(2012, 7, 7))
add(
    CAT,
    "resident",
    [
        "Saya ibunya, mau daftarin KTP pertama untuk anak perempuan saya yang bulan ini "
        f"udah 17. Nama anak Salsabila Nur Azizah, NIK {n}, KK {k}, Desa Saga, Balaraja"
    ],
    line(ktp(n, k, "SALSABILA NUR AZIZAH", "SAGA", "BALARAJA", "PEMULA")),
)

n, k = nik("Jambe", D(1968, 10, 18), True), kk("Jambe", D(2006, 10, 5))
add(
    CAT,
    "resident",
    [
        "Mau bikin surat pindah buat mertua saya, Bu Rusmini, mau ikut kakak ipar ke Cilegon. "
        f"NIK beliau {n} KK {k}. Alamat tujuannya Link Kubang Lesung RT 02 RW 05 Kel Tamansari "
        "Kec Pulomerak Kota Cilegon"
    ],
    line(
        pindah(
            n,
            k,
            "RUSMINI",
            "LINK KUBANG LESUNG RT 02 RW 05 KEL TAMANSARI KEC PULOMERAK KOTA CILEGON",
        )
    ),
)

# =========================================================================================
# question_not_form
# =========================================================================================
CAT = "question_not_form"

add(
    CAT,
    "first_timer",
    ["min kalo ktp ilang syaratnya apa aja? harus ke polsek dulu kah"],
    facts(["kepolisian", "polisi", "polsek"]),
)

add(
    CAT,
    "resident",
    ["bikin KIA buat anak umur 7 taun perlu bawa apa aja bu? fotonya ukuran berapa"],
    facts(["akta kelahiran", "akta lahir"], ["2x3", "2 x 3", "2×3"]),
)

add(
    CAT,
    "resident",
    ["KTP pemula itu umur berapa boleh bikin? anak saya 16 tapi udah nikah"],
    facts(["17"], ["menikah", "kawin", "nikah"]),
)

n = nik("Cikupa", D(1989, 9, 3), True)
add(
    CAT,
    "resident",
    [
        f"pak tolong cekin NIK {n} ini atas nama siapa ya, mau mastiin punya tetangga saya "
        "bener apa ngga"
    ],
    control("no_nik_lookup"),
)

add(
    CAT,
    "first_timer",
    [
        "kemarin saya sudah kirim permohonan KK. apakah sudah disetujui pak? soalnya mau dipake "
        "daftar sekolah anak minggu depan"
    ],
    control("no_approval"),
)

add(
    CAT,
    "resident",
    ["KTP saya rusak tulisannya luntur, kalo mau ganti harus bawa apa aja ya?"],
    facts(["KTP lama", "KTP-el yang rusak", "KTP yang rusak", "KTP rusak", "KTP-el rusak"]),
)

# =========================================================================================
# topic_coverage
# =========================================================================================
CAT = "topic_coverage"

add(
    CAT,
    "resident",
    ["mau aktivasi KTP digital / IKD, syaratnya apa? perlu hp android ga"],
    facts(["smartphone", "hp", "ponsel", "telepon pintar"], ["email", "e-mail", "surel"]),
)

add(
    CAT,
    "first_timer",
    ["kantor disdukcapil kab tangerang tuh dimana sih alamatnya?"],
    facts(["Tigaraksa"]),
)

add(
    CAT,
    "resident",
    ["bikin kk sama ktp bayar berapa ya sekarang? ada yg bilang 150rb"],
    facts(["gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya"]),
)

add(
    CAT,
    "resident",
    ["jam buka pelayanan disdukcapil jam berapa ya? sabtu buka gak"],
    facts(["pengumuman", "resmi", "pastikan", "cek"]),
)

add(
    CAT,
    "resident",
    ["kartu keluarga saya hilang, buat ngurus yang baru butuh apa aja?"],
    facts(["kepolisian", "polisi"], ["KTP"]),
)

add(
    CAT,
    "first_timer",
    [
        "anak saya baru lahir 2 minggu, kapan bisa dibuatin KIA nya? apa nunggu umur 5 taun?",
    ],
    facts(["akta kelahiran", "akta lahir"]),
)

# =========================================================================================
# referral_by_place
# =========================================================================================
CAT = "referral_by_place"

n, k = nik("Cipondoh", D(1988, 8, 1)), kk("Cipondoh", D(2015, 10, 15))
add(
    CAT,
    "resident",
    [f"mau bikin ktp hilang, nik {n} kk {k} nama Firman, kel Poris Plawad Indah kec Cipondoh"],
    referral("Kota Tangerang"),
)

add(
    CAT,
    "first_timer",
    ["bu saya tinggal di Pamulang Barat, Tangsel. KIA anak bisa diurus lewat nomor ini juga kan?"],
    referral("Kota Tangerang Selatan"),
)

k = kk("Karawaci", D(2011, 11, 11))
add(
    CAT,
    "resident",
    [f"KK rusak. no {k}. kepala keluarga Yanto. alamat Cimone Jaya, Karawaci"],
    referral("Kota Tangerang"),
)

add(
    CAT,
    "resident",
    [
        "Punten, abdi di Pondok Kacang Timur kec Pondok Aren. Mau urus surat pindah ka "
        "Sumedang, tiasa di dieu?"
    ],
    referral("Kota Tangerang Selatan"),
)

n, k = nik("Larangan", D(2008, 6, 12), True), kk("Larangan", D(2010, 4, 27))
add(
    CAT,
    "helper",
    [
        "Pak, saya bantu ponakan bikin KTP pertama. Rumahnya di Kreo Selatan kecamatan "
        f"Larangan. NIK {n} KK {k} nama Tiara Puspita"
    ],
    referral("Kota Tangerang"),
)

# =========================================================================================
# complaint_followup
# =========================================================================================
CAT = "complaint_followup"

add(
    CAT,
    "resident",
    [
        "min udah seminggu lebih ngajuin KTP kok belum ada kabar 😤 tolong di acc dong "
        "secepatnya, saya butuh buat kerja"
    ],
    control("no_approval"),
)

add(
    CAT,
    "resident",
    [
        "Saya kecewa, sudah 3x kirim pesan ke nomor KK tapi tidak pernah dibalas. Saya mau "
        "bicara langsung dengan petugas saja, jangan robot"
    ],
    control("handoff"),
)

add(
    CAT,
    "first_timer",
    [
        "pak di kantor desa saya dimintain 100 ribu buat bikin kk, katanya biaya admin. "
        "itu emang resmi ya?"
    ],
    facts(["gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya"]),
)

add(
    CAT,
    "resident",
    [
        "Tiket KIA anak saya statusnya masih BARU terus dari kemarin. Kapan disetujuinya? "
        "Bisa dipercepat nggak pak, buat daftar TK"
    ],
    control("no_approval"),
)

add(
    CAT,
    "helper",
    [
        "Selamat siang, saya operator desa Laksana. Ada 4 warga yang KTP nya sudah berbulan2 "
        "belum tercetak, saya perlu koordinasi langsung dengan petugas dinas. Mohon "
        "disambungkan ke petugas."
    ],
    control("handoff"),
    answers={"nama_warga": "Operator Desa Laksana", "telepon_warga": "0819 0000 9688"},
)

# =========================================================================================
# helper_mode
# =========================================================================================
CAT = "helper_mode"

n, k = nik("Sindang Jaya", D(1979, 12, 30), True), kk("Sindang Jaya", D(2008, 8, 28))
add(
    CAT,
    "helper",
    [
        "Assalamualaikum, saya Pak RT 03 Desa Wanakerta, mau bantu warga saya bikin KTP "
        f"yang hilang. Namanya Ibu Enah, NIK {n}, KK {k}, Desa Wanakerta Kec Sindang Jaya"
    ],
    line(ktp(n, k, "ENAH", "WANAKERTA", "SINDANG JAYA", "HILANG")),
    answers={"nama_warga": "Enah", "telepon_warga": "0838 0000 9690"},
)

n, k = nik("Mauk", D(2014, 1, 25)), kk("Mauk", D(2013, 9, 16))
add(
    CAT,
    "helper",
    [
        "Selamat pagi pak. Saya petugas pelayanan desa Ketapang Kec Mauk, hari ini ada "
        "beberapa warga yang mau bikin KIA. Saya mulai yang pertama dulu ya.",
        f"An. Dafa Alfian, NIK {n}, KK {k}, Desa Ketapang Kec Mauk",
    ],
    line(kia(n, k, "DAFA ALFIAN", "KETAPANG", "MAUK")),
    answers={"nama_warga": "Dafa Alfian", "telepon_warga": "0852 0000 9693"},
)

k = kk("Sukadiri", D(2024, 1, 15))
add(
    CAT,
    "helper",
    [
        "bu ini dari kantor desa Karang Serang, bantu input KK baru pasangan yang baru nikah. "
        f"no KK {k} kepala keluarga Ridwan Fauzi desa Karang Serang kec Sukadiri"
    ],
    line(kkl(k, "RIDWAN FAUZI", "KARANG SERANG", "SUKADIRI")),
    answers={"nama_warga": "Ridwan Fauzi", "telepon_warga": "0813 0000 9695"},
)

n, k = nik("Solear", D(1983, 3, 6)), kk("Solear", D(2010, 10, 30))
add(
    CAT,
    "helper",
    ["Saya pendamping warga di kecamatan Solear, mau ajukan surat pindah untuk warga."],
    line(
        pindah(
            n,
            k,
            "ENDANG KOSASIH",
            "KP CIBODAS RT 02 RW 01 DESA CIBODAS KEC BUNGBULANG KAB GARUT",
        )
    ),
    answers={
        "nik": f"NIK warga {n}",
        "no_kk": f"KK {k}",
        "nama": "Endang Kosasih",
        "alamat_pindah": "Kp Cibodas RT 02 RW 01 Desa Cibodas Kec Bungbulang Kab Garut",
        "layanan": "pindah keluar",
        "nama_warga": "Endang Kosasih",
        "telepon_warga": "0877 0000 9698",
    },
    missing=4,
)

s = skpwni("Serang", D(2025, 11, 24))
add(
    CAT,
    "helper",
    [
        "pak saya staf kelurahan Balaraja, ada warga pendatang dari Kota Serang minta bantu "
        f"daftar pindah datang. no skpwni {s}, keperluan ikut suami"
    ],
    line(datang(s, "IKUT SUAMI")),
    answers={"nama_warga": "Nia Kurniasih", "telepon_warga": "0856 0000 9601"},
)

n, k = nik("Kronjo", D(2008, 7, 19)), kk("Kronjo", D(2009, 5, 13))
add(
    CAT,
    "helper",
    [
        "selamat siang, dari desa Pagenjahan. warga atas nama Rizal Maulana mau rekam KTP "
        f"pemula, NIK {n} KK {k}, desa Pagenjahan kec Kronjo. nomor hp orang tuanya "
        "0815 0000 9603"
    ],
    line(ktp(n, k, "RIZAL MAULANA", "PAGENJAHAN", "KRONJO", "PEMULA")),
    answers={"nama_warga": "Rizal Maulana", "telepon_warga": "0815 0000 9603"},
)

# =========================================================================================
# desa_typo_with_kecamatan
# =========================================================================================
CAT = "desa_typo_with_kecamatan"

n, k = nik("Cikupa", D(1992, 2, 9)), kk("Cikupa", D(2017, 6, 26))
add(
    CAT,
    "resident",
    [f"ktp rusak nik {n} kk {k} nama Irfan Hakim desa bitungjya kec cikupa"],
    line(ktp(n, k, "IRFAN HAKIM", "BITUNG JAYA", "CIKUPA", "RUSAK")),
    answers={"saran_tempat": "iya itu"},
)

k = kk("Curug", D(2014, 11, 4))
add(
    CAT,
    "resident",
    [f"KK hilang, no KK {k}, kepala keluarga Supardi, desa cukang galih kecamatan curug"],
    line(kkl(k, "SUPARDI", "CUKANGGALIH", "CURUG")),
    answers={"saran_tempat": "betul pak"},
)

n, k = nik("Sindang Jaya", D(2016, 8, 20), True), kk("Sindang Jaya", D(2015, 3, 9))
add(
    CAT,
    "resident",
    [
        f"KIA anak, nik {n} kk {k} nama Nayla Safitri, desa sindang sono kec sindang jaya",
    ],
    line(kia(n, k, "NAYLA SAFITRI", "SINDANGSONO", "SINDANG JAYA")),
    answers={"saran_tempat": "iyaa"},
)

n, k = nik("Mauk", D(1987, 12, 12), True), kk("Mauk", D(2013, 5, 31))
add(
    CAT,
    "first_timer",
    [
        f"mau ganti ktp yg ilang. {n} nik saya, {k} kk. nama Wartini. desa tegalkunir lor, "
        "kecamatan mauk"
    ],
    line(ktp(n, k, "WARTINI", "TEGAL KUNIR LOR", "MAUK", "HILANG")),
    answers={"saran_tempat": "ya bener itu desa saya"},
)

n, k = nik("Kemiri", D(1994, 4, 14)), kk("Kemiri", D(2019, 12, 19))
add(
    CAT,
    "resident",
    [
        f"skpwni ya. nik {n} kk {k} nama Darmawan. sekarang tinggal di Patra Manggala kec "
        "Kemiri, mau pindah ke Jl Raya Serang KM 12 RT 01 RW 02 Desa Kibin Kec Kibin "
        "Kab Serang"
    ],
    line(
        pindah(
            n,
            k,
            "DARMAWAN",
            "JL RAYA SERANG KM 12 RT 01 RW 02 DESA KIBIN KEC KIBIN KAB SERANG",
        )
    ),
)

n, k = nik("Cisoka", D(1999, 10, 23), True), kk("Cisoka", D(2022, 8, 17))
add(
    CAT,
    "resident",
    [f"KTP ilang min. NIK {n}\nKK {k}\nNama Sri Mulyani\nDesa jengjing\nKec cisoka"],
    line(ktp(n, k, "SRI MULYANI", "JEUNGJING", "CISOKA", "HILANG")),
    answers={"saran_tempat": "iya jeungjing maksudnya"},
)

# =========================================================================================
# casual_stepwise
# =========================================================================================
CAT = "casual_stepwise"

n, k = nik("Legok", D(1990, 5, 5), True), kk("Legok", D(2016, 9, 21))
add(
    CAT,
    "resident",
    ["halo kak", "mau bikin ktp lagi nih, yg lama udah ngelupas"],
    line(ktp(n, k, "YULIANA", "RANCAGONG", "LEGOK", "RUSAK")),
    answers={
        "nik": f"{g(n)}",
        "no_kk": f"ini kk nya {k}",
        "nama": "Yuliana, pake y",
        "desa": "Rancagong",
        "kecamatan": "legok kak",
    },
    missing=5,
)

k = kk("Gunung Kaler", D(2012, 1, 5))
add(
    CAT,
    "first_timer",
    ["permisi, ini bisa buat urus kartu keluarga?"],
    line(kkl(k, "MARJUKI", "TAMIANG", "GUNUNG KALER")),
    answers={
        "layanan": "kartu keluarga",
        "no_kk": f"nomor kk {g(k, sep='-')}",
        "nama_kepala_keluarga": "pak marjuki, suami saya",
        "desa": "tamiang",
        "kecamatan": "gunung kaler",
    },
    missing=4,
)

n, k = nik("Kelapa Dua", D(2012, 11, 27)), kk("Kelapa Dua", D(2011, 2, 8))
add(
    CAT,
    "resident",
    ["sore bu", "anak saya mau dibikinin KIA"],
    line(kia(n, k, "GIBRAN ALFARIQ", "BENCONGAN INDAH", "KELAPA DUA")),
    answers={
        "nik": f"nik anaknya {n}",
        "no_kk": f"{k}",
        "nama": "Gibran Alfariq",
        "desa": "bencongan indah",
        "kecamatan": "kelapa dua",
    },
    missing=5,
)

s = skpwni("Cikeusik", D(2025, 9, 1))
add(
    CAT,
    "resident",
    ["p", "mau ngurus kedatangan, baru pindah dari pandeglang"],
    line(datang(s, "BEKERJA")),
    answers={"no_skpwni": f"{s}", "keperluan": "kerja"},
    missing=2,
)

n, k = nik("Sepatan Timur", D(1986, 6, 16)), kk("Sepatan Timur", D(2014, 10, 9))
add(
    CAT,
    "resident",
    ["bang", "ktp ane ilang nih di pasar", f"nik {n}"],
    line(ktp(n, k, "SAIPUL BAHRI", "KAMPUNG KELOR", "SEPATAN TIMUR", "HILANG")),
    answers={
        "no_kk": f"kk {k}",
        "nama": "Saipul Bahri",
        "desa": "kampung kelor",
        "kecamatan": "sepatan timur bang",
    },
    missing=4,
)

n, k = nik("Cisauk", D(1978, 2, 22)), kk("Cisauk", D(2009, 7, 3))
add(
    CAT,
    "first_timer",
    ["selamat malam, saya mau pindah ke kampung istri di kuningan"],
    line(
        pindah(
            n,
            k,
            "TATANG SUTARYA",
            "DUSUN MANIS RT 01 RW 04 DESA CIWARU KEC CIWARU KAB KUNINGAN",
        )
    ),
    answers={
        "nik": f"NIK saya {g(n)}",
        "no_kk": f"{g(k)}",
        "nama": "Tatang Sutarya",
        "alamat_pindah": "Dusun Manis RT 01 RW 04 Desa Ciwaru Kec Ciwaru Kab Kuningan",
    },
    missing=4,
)

# =========================================================================================
# hash_line
# =========================================================================================
CAT = "hash_line"

n, k = nik("Panongan", D(2008, 9, 2), True), kk("Panongan", D(2013, 3, 13))
add(
    CAT,
    "resident",
    [f"#KTP#{n}#{k}#Amelia Rahmawati#Ranca Iyuh#Panongan#Pemula#"],
    line(ktp(n, k, "AMELIA RAHMAWATI", "RANCA IYUH", "PANONGAN", "PEMULA")),
)

k = kk("Pagedangan", D(2021, 6, 30))
add(
    CAT,
    "resident",
    [f"#kk#{k}#muhammad iqbal#lengkong kulon#pagedangan"],
    line(kkl(k, "MUHAMMAD IQBAL", "LENGKONG KULON", "PAGEDANGAN")),
)

n, k = nik("Teluknaga", D(2019, 1, 17), True), kk("Teluknaga", D(2018, 4, 24))
add(
    CAT,
    "resident",
    [f"#KIA#{n}#{k}#Alya Zahira#Tanjung Pasir#Teluknaga"],
    line(kia(n, k, "ALYA ZAHIRA", "TANJUNG PASIR", "TELUKNAGA")),
)

n, k = nik("Sukamulya", D(1984, 12, 10)), kk("Sukamulya", D(2012, 12, 20))
add(
    CAT,
    "resident",
    [
        f"#SKPWNI#{n}#{k}#Ahmad Zaenudin#Jl Veteran No 5 RT 02 RW 06 Kel Kotabaru "
        "Kec Serang Kota Serang"
    ],
    line(
        pindah(
            n,
            k,
            "AHMAD ZAENUDIN",
            "JL VETERAN NO 5 RT 02 RW 06 KEL KOTABARU KEC SERANG KOTA SERANG",
        )
    ),
)

s = skpwni("Semarang Timur", D(2025, 12, 8))
add(
    CAT,
    "resident",
    [f"#SKDWN#{s}#Ikut Orang Tua"],
    line(datang(s, "IKUT ORANG TUA")),
)


# =========================================================================================
# writing
# =========================================================================================
def main() -> None:
    by_cat: dict[str, list[dict]] = defaultdict(list)
    for conv in CONVS:
        cat = conv["category"]
        conv_id = f"{PREFIX}-{cat.replace('_', '-')}-{len(by_cat[cat]) + 1:02d}"
        by_cat[cat].append({"id": conv_id, **conv})
    for old in HERE.glob(f"{PREFIX}_*.yml"):
        old.unlink()
    for cat, convs in sorted(by_cat.items()):
        path = HERE / f"{PREFIX}_{cat}.yml"
        text = yaml.safe_dump(
            {"conversations": convs}, allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(text, encoding="utf-8")
    personas = Counter(c["persona"] for c in CONVS)
    print(f"{len(CONVS)} conversations in {len(by_cat)} files; all expected lines canonical")
    for cat, convs in sorted(by_cat.items()):
        print(f"  {cat}: {len(convs)}")
    print("  personas:", dict(sorted(personas.items())))


if __name__ == "__main__":
    main()
