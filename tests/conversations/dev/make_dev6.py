"""Builder of the dev6 part of the conversation corpus (dev split, used for tuning).

Written by an independent author who read only the format (README.md), the office's table
(design.md), the region tables and the requirement notes. It writes one YAML file per
category beside itself: dev6_<category>.yml, ids dev6-<category>-NN.

Weighted to casual step-by-step chats where the resident answers in their own odd ways,
misspelt desa (with and without kecamatan), names given through relatives or titles, numbers
written oddly, cancels in many wordings (and cancel-then-new-request), the no_approval and
no_nik_lookup controls, and requirement questions in everyday words.

    .venv/bin/python -m tests.conversations.dev.make_dev6
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import cycle
from pathlib import Path

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
PREFIX = "dev6"

# Kemendagri codes of the kecamatan of Kab. Tangerang (36.03.xx written without dots).
REG = {
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
BANDUNG = "327305"  # an origin outside Banten, for a surat pindah datang

_SERIALS = cycle(range(9401, 9600))


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    region = REG.get(kec, kec)
    return make_nik(region, date(y, m, d), female, next(_SERIALS))


def nkk(kec: str, y: int, m: int, d: int) -> str:
    region = REG.get(kec, kec)
    return make_kk(region, date(y, m, d), next(_SERIALS))


# --- how people type numbers -------------------------------------------------------------
def chunks(s: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def g4(s: str, sep: str = " ") -> str:
    return chunks(s, (4, 4, 4, 4), sep)


def g6(s: str, sep: str = ".") -> str:  # 360318.170899.9401
    return chunks(s, (6, 6, 4), sep)


def kemendagri(s: str) -> str:  # 36.03.18.170899.9401
    return chunks(s, (2, 2, 2, 6, 4), ".")


def oh(s: str) -> str:  # O typed for 0 (the first two zeros, as a thumb slips)
    return s.replace("0", "O", 2)


# --- canonical lines ---------------------------------------------------------------------
def _check(line: str) -> str:
    v = parse(line)
    if not (v.ok and v.canonical == line):
        raise SystemExit(f"not canonical: {line!r} -> {v.canonical!r} {[e.code for e in v.errors]}")
    return line


def ktp(n: str, k: str, nama: str, desa: str, kec: str, alasan: str) -> str:
    return _check(f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#".upper())


def kk(k: str, nama: str, desa: str, kec: str) -> str:
    return _check(f"#KK#{k}#{nama}#{desa}#{kec}".upper())


def kia(n: str, k: str, nama: str, desa: str, kec: str) -> str:
    return _check(f"#KIA#{n}#{k}#{nama}#{desa}#{kec}".upper())


def skpwni(n: str, k: str, nama: str, alamat: str) -> str:
    return _check(f"#SKPWNI#{n}#{k}#{nama}#{alamat}".upper())


def skdwn(no: str, keperluan: str) -> str:
    return _check(f"#SKDWN#{no}#{keperluan}".upper())


# --- the corpus ----------------------------------------------------------------------------
CONVS: dict[str, list[dict]] = defaultdict(list)


def conv(
    category,
    persona,
    turns,
    *,
    answers=None,
    confirm=None,
    missing=0,
    line=None,
    facts=None,
    control=None,
    referral_to=None,
):
    item = {"category": category, "persona": persona, "turns": list(turns)}
    if answers:
        item["answers"] = dict(answers)
    if confirm:
        item["confirm"] = confirm
    item["missing"] = missing
    expect = {}
    if line:
        expect["line"] = line
    if facts:
        expect["facts"] = [list(g) for g in facts]
    if control:
        expect["control"] = control
    if referral_to:
        expect["referral_to"] = referral_to
    item["expect"] = expect
    CONVS[category].append(item)


GRATIS = ["gratis", "tidak dipungut", "tanpa biaya", "bebas biaya", "tidak dikenakan biaya"]
TIDAK_PERLU = [
    "tidak perlu",
    "tidak diperlukan",
    "tidak lagi",
    "tanpa",
    "tidak wajib",
    "tidak usah",
]
POLISI = ["kepolisian", "polisi", "polsek", "polres"]
KK_WORD = ["kartu keluarga", "kk"]


def casual_stepwise():
    cat = "casual_stepwise"
    a, b = nik("Pasar Kemis", 1988, 3, 12), nkk("Pasar Kemis", 2016, 7, 4)
    conv(
        cat,
        "resident",
        ["assalamualaikum min", "ktp sy ilang kmrn pas naik angkot ke pasar"],
        answers={
            "nik": "bentar sy liat fotokopian dulu ya... nah ini " + g4(a),
            "no_kk": "kk nya " + b + " kalo ga salah",
            "nama": "Ahmad Fauzi, pake z ya bukan s",
            "desa": "kutabumi",
            "kecamatan": "pasar kemis lah min",
            "alasan": "ya ilang tadi kan udh sy bilang",
        },
        missing=5,
        line=ktp(a, b, "AHMAD FAUZI", "KUTABUMI", "PASAR KEMIS", "HILANG"),
    )

    b = nkk("Balaraja", 2012, 2, 20)
    conv(
        cat,
        "resident",
        ["kak mau ganti kk, soalnya anak sy baru lahir bulan kemarin"],
        answers={
            "no_kk": "no kk nya " + kemendagri(b),
            "nama_kepala_keluarga": "suami saya, Rohmat",
            "desa": "ds cangkudu",
            "kecamatan": "balaraja kak",
        },
        confirm="iya kak betul",
        missing=4,
        line=kk(b, "ROHMAT", "CANGKUDU", "BALARAJA"),
    )

    a, b = nik("Tigaraksa", 2019, 10, 5, True), nkk("Tigaraksa", 2014, 1, 15)
    conv(
        cat,
        "resident",
        ["kia buat anak bisa lewat sini ga kak?", "yaudah mau bikin"],
        answers={
            "nik": "nik anaknya ya? " + a,
            "no_kk": "ini kk " + g4(b),
            "nama": "Zahra Aulia, umurnya 7 taun",
            "desa": "pete",
            "kecamatan": "tigaraksa",
        },
        missing=5,
        line=kia(a, b, "ZAHRA AULIA", "PETE", "TIGARAKSA"),
    )

    a, b = nik("Cisoka", 2009, 6, 30), nkk("Cisoka", 2009, 3, 3)
    conv(
        cat,
        "first_timer",
        [
            "halo, maaf sy baru pertama kali chat kesini",
            "sy udah 17 taun tp blm punya ktp sama sekali",
        ],
        answers={
            "nik": "nik itu yg di kk kan? punya sy " + a,
            "no_kk": "yg paling atas di kk ya, " + b,
            "nama": "Rizky Firmansyah",
            "desa": "selapajang",
            "kecamatan": "ga tau kec apa ya, kayaknya cisoka deh soalnya deket pasar cisoka",
            "alasan": "baru bikin pertama kali",
        },
        missing=5,
        line=ktp(a, b, "RIZKY FIRMANSYAH", "SELAPAJANG", "CISOKA", "PEMULA"),
    )

    a, b = nik("Cikupa", 1992, 11, 2, True), nkk("Cikupa", 2018, 9, 9)
    conv(
        cat,
        "resident",
        ["min ktp saya patah jd dua kedudukin anak, bisa diganti?"],
        answers={
            "nik": "nik " + a + " kk " + b,
            "no_kk": b,
            "nama": "nama sy Eneng Sumarni",
            "desa": "tadi kan udah... eh belum ya, Sukadamai",
            "kecamatan": "cikupa",
            "alasan": "rusak patah",
        },
        missing=5,
        line=ktp(a, b, "ENENG SUMARNI", "SUKADAMAI", "CIKUPA", "RUSAK"),
    )

    a, b = nik("Kronjo", 1979, 4, 17), nkk("Kronjo", 2011, 5, 23)
    conv(
        cat,
        "resident",
        ["punten, bade naros", "abdi bade ngadamel ktp deui, nu lami leungit"],
        answers={
            "nik": "nik abdi " + g4(a),
            "no_kk": "kk: " + b,
            "nama": "Odih Sanusi",
            "desa": "muncung",
            "kecamatan": "kronjo",
            "alasan": "leungit, hilang",
        },
        confirm="leres",
        missing=5,
        line=ktp(a, b, "ODIH SANUSI", "MUNCUNG", "KRONJO", "HILANG"),
    )

    b = nkk("Sepatan", 2010, 8, 1)
    conv(
        cat,
        "resident",
        ["pagi", "kk sy lecek bgt kena air, mau cetak ulang"],
        answers={
            "no_kk": "bentar ya lagi nyari... " + chunks(b, (6, 10), " "),
            "nama_kepala_keluarga": "kepala keluarganya bapak sy, Sarmin",
            "desa": "desa karet, yg deket pabrik",
            "kecamatan": "sepatan",
        },
        missing=4,
        line=kk(b, "SARMIN", "KARET", "SEPATAN"),
    )

    a, b = nik("Rajeg", 1995, 1, 9, True), nkk("Rajeg", 2020, 12, 14)
    conv(
        cat,
        "resident",
        ["nyuwun sewu mas, badhe tanglet", "ktp kula ical, pripun caranipun damel malih"],
        answers={
            "nik": a,
            "no_kk": "nomer kk " + b,
            "nama": "Sri Wahyuningsih",
            "desa": "desa rajeg mulya",
            "kecamatan": "rajeg",
            "alasan": "ical / hilang mas",
        },
        confirm="nggih leres",
        missing=5,
        line=ktp(a, b, "SRI WAHYUNINGSIH", "RAJEG MULYA", "RAJEG", "HILANG"),
    )

    a, b = nik("Legok", 2016, 2, 29), nkk("Legok", 2015, 6, 6)
    conv(
        cat,
        "resident",
        ["mau buat kartu anak min, yg kia itu"],
        answers={
            "nik": "nik anak sy " + g4(a, "-"),
            "no_kk": "nomor kk " + g4(b, "-"),
            "nama": "anaknya namanya Raka Pratama",
            "desa": "babat",
            "kecamatan": "legok",
        },
        missing=5,
        line=kia(a, b, "RAKA PRATAMA", "BABAT", "LEGOK"),
    )

    a, b = nik("Kelapa Dua", 1985, 12, 25), nkk("Kelapa Dua", 2013, 10, 10)
    conv(
        cat,
        "resident",
        ["gan", "ktp ane rusak chipnya ga kebaca pas di bank"],
        answers={
            "nik": "nih gan " + a,
            "no_kk": "ga apal, bentar ambil kk dulu. " + b,
            "nama": "Yohanes Sitompul",
            "desa": "bencongan",
            "kecamatan": "kelapa dua",
            "alasan": "rusak",
        },
        missing=5,
        line=ktp(a, b, "YOHANES SITOMPUL", "BENCONGAN", "KELAPA DUA", "RUSAK"),
    )

    a, b = nik("Mauk", 2009, 9, 1, True), nkk("Mauk", 2008, 11, 30)
    conv(
        cat,
        "first_timer",
        ["kak sy mau bikin ktp pertama", "gimana caranya ya"],
        answers={
            "nik": "oh nik sy " + a + " (liat di kk)",
            "no_kk": b,
            "nama": "Putri Ayu Lestari",
            "desa": "tanjung anom",
            "kecamatan": "mauk",
            "alasan": "pemula, baru 17",
        },
        missing=5,
        line=ktp(a, b, "PUTRI AYU LESTARI", "TANJUNG ANOM", "MAUK", "PEMULA"),
    )

    b = nkk("Gunung Kaler", 2017, 3, 8)
    conv(
        cat,
        "resident",
        ["min", "mau ngurus kk", "mau nambahin anak sy yg baru lahir ke kk"],
        answers={
            "no_kk": "nomornya " + g4(b) + " maaf lama, kk nya dilemari",
            "nama_kepala_keluarga": "sy sendiri, Dadan Hamdani",
            "desa": "onyam",
            "kecamatan": "gunung kaler",
        },
        missing=4,
        line=kk(b, "DADAN HAMDANI", "ONYAM", "GUNUNG KALER"),
    )

    a, b = nik("Solear", 1990, 7, 7), nkk("Solear", 2019, 4, 4)
    conv(
        cat,
        "resident",
        ["ktp ilang nih", "dompet dicopet"],
        answers={
            "nik": "nik nya " + a + " kk nya nanti ya",
            "no_kk": "ini kk " + b,
            "nama": "Wawan Setiawan",
            "desa": "cikuya solear",
            "kecamatan": "solear",
            "alasan": "hilang dicopet",
        },
        confirm="iya bener semua",
        missing=5,
        line=ktp(a, b, "WAWAN SETIAWAN", "CIKUYA", "SOLEAR", "HILANG"),
    )


def desa_typo_with_kecamatan():
    cat = "desa_typo_with_kecamatan"
    a, b = nik("Cikupa", 1991, 5, 5), nkk("Cikupa", 2017, 2, 2)
    conv(
        cat,
        "resident",
        [f"ktp hilang, nik {a} kk {b} nama Jaenudin, ds bitungjaya kec cikupa"],
        missing=0,
        line=ktp(a, b, "JAENUDIN", "BITUNG JAYA", "CIKUPA", "HILANG"),
    )

    b = nkk("Tigaraksa", 2012, 4, 18)
    conv(
        cat,
        "resident",
        [f"mau cetak ulang kk no {b} a.n. Sukardi desa kaduagung tigaraksa"],
        missing=0,
        line=kk(b, "SUKARDI", "KADU AGUNG", "TIGARAKSA"),
    )

    a, b = nik("Cikupa", 2017, 8, 8, True), nkk("Cikupa", 2016, 1, 21)
    conv(
        cat,
        "resident",
        [f"bikin kia anak sy Nayla Azzahra nik {a} no kk {b}", "psr gadung kec cikupa"],
        missing=0,
        line=kia(a, b, "NAYLA AZZAHRA", "PASIR GADUNG", "CIKUPA"),
    )

    a, b = nik("Balaraja", 1983, 2, 14, True), nkk("Balaraja", 2014, 9, 19)
    conv(
        cat,
        "resident",
        [f"KTP rusak. NIK {a}. KK {b}. Nama Iis Dahlia. Talagsari, Balaraja"],
        missing=0,
        line=ktp(a, b, "IIS DAHLIA", "TALAGASARI", "BALARAJA", "RUSAK"),
    )

    b = nkk("Jambe", 2011, 11, 11)
    conv(
        cat,
        "resident",
        [f"kk hilang min. {b} kepala keluarga Enjang, desa sukamana kec jambe"],
        missing=0,
        line=kk(b, "ENJANG", "SUKAMANAH", "JAMBE"),
    )

    a, b = nik("Teluknaga", 1976, 10, 3), nkk("Teluknaga", 2010, 6, 12)
    conv(
        cat,
        "resident",
        [f"ktp ilang nik {a} kk {b} nama Hasanudin kampung melayu timur teluknaga"],
        missing=0,
        line=ktp(a, b, "HASANUDIN", "KMP MELAYU TIM", "TELUKNAGA", "HILANG"),
    )

    a, b = nik("Panongan", 2018, 3, 3), nkk("Panongan", 2017, 7, 17)
    conv(
        cat,
        "resident",
        [f"kia, nik anak {a}, kk {b}, nama Bima Saputra, rancaiyuh"],
        answers={"kecamatan": "panongan", "desa": "ranca iyuh"},
        missing=1,
        line=kia(a, b, "BIMA SAPUTRA", "RANCA IYUH", "PANONGAN"),
    )

    b = nkk("Kosambi", 2019, 5, 27)
    conv(
        cat,
        "resident",
        [f"ganti kk, no {b}, atas nama Liem Hok San, slembaran jaya kosambi"],
        missing=0,
        line=kk(b, "LIEM HOK SAN", "SALEMBARAN JAYA", "KOSAMBI"),
    )

    a, b = nik("Pagedangan", 1998, 12, 1, True), nkk("Pagedangan", 2015, 3, 30)
    conv(
        cat,
        "resident",
        [f"ktp sy ilang, {a} / {b} / Anisa Rahmawati / lengkong kulun pagedangan"],
        missing=0,
        line=ktp(a, b, "ANISA RAHMAWATI", "LENGKONG KULON", "PAGEDANGAN", "HILANG"),
    )

    a, b = nik("Mekar Baru", 1987, 9, 9), nkk("Mekar Baru", 2013, 8, 13)
    conv(
        cat,
        "resident",
        [f"ktp rusak a.n. Carsim, nik {a} kk {b}", "desanya walliwis"],
        answers={"kecamatan": "mekar baru", "desa": "waliwis"},
        missing=1,
        line=ktp(a, b, "CARSIM", "WALIWIS", "MEKAR BARU", "RUSAK"),
    )

    b = nkk("Sepatan", 2016, 10, 20)
    conv(
        cat,
        "resident",
        [f"kk hilang no {b} kepala keluarga Maryono desa mekarjaya"],
        answers={"kecamatan": "sepatan, bukan yg panongan", "desa": "mekar jaya"},
        missing=1,
        line=kk(b, "MARYONO", "MEKAR JAYA", "SEPATAN"),
    )

    a, b = nik("Curug", 2009, 1, 27), nkk("Curug", 2009, 2, 10)
    conv(
        cat,
        "first_timer",
        [f"mau bikin ktp pertama, nik {a} kk {b}, nama Gilang Ramadhan, curugwetan kec curug"],
        missing=0,
        line=ktp(a, b, "GILANG RAMADHAN", "CURUG WETAN", "CURUG", "PEMULA"),
    )


def name_introduced():
    cat = "name_introduced"
    a, b = nik("Legok", 1994, 6, 21, True), nkk("Legok", 2018, 2, 5)
    conv(
        cat,
        "resident",
        [f"perkenalkan sy Dewi Lestari dari Legok, ktp sy ilang, nik {a} kk {b}, desa palasari"],
        missing=0,
        line=ktp(a, b, "DEWI LESTARI", "PALASARI", "LEGOK", "HILANG"),
    )

    a, b = nik("Cisauk", 1981, 3, 30), nkk("Cisauk", 2012, 12, 12)
    conv(
        cat,
        "resident",
        [
            f"selamat siang, ini dengan Pak Asep Saepudin. mau lapor ktp rusak. {a}, {b}, Suradita Cisauk"
        ],
        missing=0,
        line=ktp(a, b, "ASEP SAEPUDIN", "SURADITA", "CISAUK", "RUSAK"),
    )

    b = nkk("Pakuhaji", 2014, 4, 4)
    conv(
        cat,
        "resident",
        [
            f"nama lengkap saya di KK Muhammad Ilham Maulana, biasa dipanggil ilham. mau cetak kk baru no {b}, desa kohod kec pakuhaji"
        ],
        missing=0,
        line=kk(b, "MUHAMMAD ILHAM MAULANA", "KOHOD", "PAKUHAJI"),
    )

    a, b = nik("Sindang Jaya", 1993, 8, 15, True), nkk("Sindang Jaya", 2019, 1, 1)
    conv(
        cat,
        "resident",
        ["halo kak, sy Teh Neneng Hasanah", f"ktp ilang, nik {a} kk {b} wanakerta sindang jaya"],
        missing=0,
        line=ktp(a, b, "NENENG HASANAH", "WANAKERTA", "SINDANG JAYA", "HILANG"),
    )

    a, b = nik("Kresek", 1970, 5, 1), nkk("Kresek", 2010, 10, 10)
    conv(
        cat,
        "resident",
        [f"kulo Mbah Darsono, ktp remuk, nomer {a}, kk {b}"],
        answers={"desa": "renged", "kecamatan": "kresek"},
        missing=2,
        line=ktp(a, b, "DARSONO", "RENGED", "KRESEK", "RUSAK"),
    )

    a, b = nik("Jayanti", 2009, 4, 22), nkk("Jayanti", 2008, 6, 1)
    conv(
        cat,
        "first_timer",
        ["permisi kak", f"nama aku Fajar Nugraha kelas 12, mau rekam ktp, nik {a} kk {b}"],
        answers={"desa": "pasir muncang", "kecamatan": "jayanti", "alasan": "pemula"},
        missing=2,
        line=ktp(a, b, "FAJAR NUGRAHA", "PASIR MUNCANG", "JAYANTI", "PEMULA"),
    )

    b = nkk("Kemiri", 2015, 5, 15)
    conv(
        cat,
        "resident",
        [f"saya Bang Rojali, mau bikin kk, no kk lama {b}"],
        answers={
            "nama_kepala_keluarga": "sy sendiri Rojali",
            "desa": "lontar",
            "kecamatan": "kemiri",
        },
        missing=3,
        line=kk(b, "ROJALI", "LONTAR", "KEMIRI"),
    )

    a, b = nik("Sukadiri", 1999, 12, 31, True), nkk("Sukadiri", 2021, 3, 3)
    conv(
        cat,
        "resident",
        [f"ktp hilang. oh iya namaku Fitri Handayani ya min. nik {a} kk {b} buaran jati sukadiri"],
        missing=0,
        line=ktp(a, b, "FITRI HANDAYANI", "BUARAN JATI", "SUKADIRI", "HILANG"),
    )

    a, b = nik("Curug", 1986, 2, 2), nkk("Curug", 2013, 7, 7)
    conv(
        cat,
        "resident",
        [
            f"ktp rusak nih. {a} {b}. kadu jaya curug",
            "oh namanya Bambang Hermawan, S.Pd tp gelarnya ga usah",
        ],
        missing=0,
        line=ktp(a, b, "BAMBANG HERMAWAN", "KADU JAYA", "CURUG", "RUSAK"),
    )

    a, b = nik("Balaraja", 2020, 9, 9, True), nkk("Balaraja", 2019, 8, 8)
    conv(
        cat,
        "resident",
        [
            f"kia buat si kecil ya min, nik {a} kk {b} desa sentul balaraja",
            "dia namanya Alya Khairunnisa",
        ],
        missing=0,
        line=kia(a, b, "ALYA KHAIRUNNISA", "SENTUL", "BALARAJA"),
    )


def name_with_relation():
    cat = "name_with_relation"
    a, b = nik("Cikupa", 1965, 7, 10, True), nkk("Cikupa", 2011, 1, 1)
    conv(
        cat,
        "resident",
        [f"mau urus ktp ibu saya yg hilang, namanya Sumiati, nik {a}, kk {b}, desa dukuh cikupa"],
        missing=0,
        line=ktp(a, b, "SUMIATI", "DUKUH", "CIKUPA", "HILANG"),
    )

    a, b = nik("Pasar Kemis", 1984, 11, 11), nkk("Pasar Kemis", 2012, 5, 5)
    conv(
        cat,
        "resident",
        [f"ktp suami saya rusak, namanya Jajang Nurjaman. nik {a} kk {b}"],
        answers={"desa": "sukamantri", "kecamatan": "pasar kemis"},
        missing=2,
        line=ktp(a, b, "JAJANG NURJAMAN", "SUKAMANTRI", "PASAR KEMIS", "RUSAK"),
    )

    a, b = nik("Kosambi", 2014, 3, 19), nkk("Kosambi", 2012, 6, 6)
    conv(
        cat,
        "resident",
        [f"bikin kia buat anak sy yg no 2, Fadil Akbar. nik nya {a}, kk {b}, dadap kosambi"],
        missing=0,
        line=kia(a, b, "FADIL AKBAR", "DADAP", "KOSAMBI"),
    )

    b = nkk("Rajeg", 2009, 9, 29)
    conv(
        cat,
        "resident",
        [f"kk atas nama bapak mertua sy, Pak Karta, mau dicetak ulang. no {b} desa tanjakan rajeg"],
        missing=0,
        line=kk(b, "KARTA", "TANJAKAN", "RAJEG"),
    )

    a, b = nik("Teluknaga", 1997, 4, 4, True), nkk("Teluknaga", 2018, 4, 1)
    conv(
        cat,
        "resident",
        [
            "min sy mau bantu adik ipar",
            f"ktpnya ilang. namanya Wulan Sari, nik {a} kk {b}, lemo teluknaga",
        ],
        missing=0,
        line=ktp(a, b, "WULAN SARI", "LEMO", "TELUKNAGA", "HILANG"),
    )

    a, b = nik("Jambe", 1958, 1, 20, True), nkk("Jambe", 2010, 2, 2)
    conv(
        cat,
        "resident",
        [
            f"nenek saya ktp nya udh rusak banget tulisannya ilang. nama Nenek Sanah, {a}, kk {b}, daru jambe"
        ],
        missing=0,
        line=ktp(a, b, "SANAH", "DARU", "JAMBE", "RUSAK"),
    )

    a, b = nik("Sepatan Timur", 1990, 10, 10), nkk("Sepatan Timur", 2016, 8, 18)
    conv(
        cat,
        "resident",
        [
            f"istri sy yg minta tolong, tp ini ktp sy sendiri yg hilang ya. sy Agus Salim, nik {a} kk {b}, lebak wangi sepatan timur"
        ],
        missing=0,
        line=ktp(a, b, "AGUS SALIM", "LEBAK WANGI", "SEPATAN TIMUR", "HILANG"),
    )

    a, b = nik("Cisoka", 2009, 7, 14, True), nkk("Cisoka", 2007, 5, 5)
    conv(
        cat,
        "resident",
        [f"keponakan sy baru 17, mau bikin ktp. namanya Siti Maesaroh. nik {a} kk {b}"],
        answers={"desa": "cempaka", "kecamatan": "cisoka", "alasan": "baru, pemula"},
        missing=3,
        line=ktp(a, b, "SITI MAESAROH", "CEMPAKA", "CISOKA", "PEMULA"),
    )

    b = nkk("Kelapa Dua", 2020, 2, 20)
    conv(
        cat,
        "resident",
        [
            f"kk punya kakak sy Hendra Gunawan hilang pas pindahan, no {b}, curug sangereng kelapa dua"
        ],
        missing=0,
        line=kk(b, "HENDRA GUNAWAN", "CURUG SANGERENG", "KELAPA DUA"),
    )

    a, b = nik("Mauk", 2021, 5, 5), nkk("Mauk", 2020, 4, 4)
    conv(
        cat,
        "resident",
        [f"cucu sy Muhammad Arkan, mau dibikinin kia. nik {a}. kk ortunya {b}. desa ketapang mauk"],
        missing=0,
        line=kia(a, b, "MUHAMMAD ARKAN", "KETAPANG", "MAUK"),
    )


def dashed_numbers():
    cat = "dashed_numbers"
    a, b = nik("Cikupa", 1989, 8, 17), nkk("Cikupa", 2015, 4, 12)
    conv(
        cat,
        "resident",
        [
            f"KTP hilang\nNIK: {chunks(a, (4, 2, 6, 4), '-')}\nKK: {chunks(b, (4, 2, 6, 4), '-')}\nNama: Dedi Kurniawan\nDesa Talaga Kec Cikupa"
        ],
        missing=0,
        line=ktp(a, b, "DEDI KURNIAWAN", "TALAGA", "CIKUPA", "HILANG"),
    )

    b = nkk("Sukamulya", 2013, 9, 3)
    conv(
        cat,
        "resident",
        [f"kk rusak no {kemendagri(b)} a/n Tarmizi desa buniayu kec sukamulya"],
        missing=0,
        line=kk(b, "TARMIZI", "BUNIAYU", "SUKAMULYA"),
    )

    a, b = nik("Pasar Kemis", 1996, 2, 8, True), nkk("Pasar Kemis", 2020, 1, 30)
    conv(
        cat,
        "resident",
        [f"nik {oh(a)} kk {oh(b)} nama Rini Susanti ktp rusak desa gelam jaya pasar kemis"],
        missing=0,
        line=ktp(a, b, "RINI SUSANTI", "GELAM JAYA", "PASAR KEMIS", "RUSAK"),
    )

    a, b = nik("Curug", 2018, 12, 12), nkk("Curug", 2017, 11, 11)
    conv(
        cat,
        "resident",
        [
            f"kia anak sy\nnik\n{a[:8]}\n{a[8:]}\nkk\n{b[:8]}\n{b[8:]}\nnama Daffa Alfarizi\nbinong curug"
        ],
        missing=0,
        line=kia(a, b, "DAFFA ALFARIZI", "BINONG", "CURUG"),
    )

    a, b = nik("Panongan", 1982, 6, 6), nkk("Panongan", 2011, 3, 13)
    conv(
        cat,
        "resident",
        [f"ktp hilang a.n. Suhendra, nik {g4(a, '.')}, kk {g4(b, '.')}, peusar panongan"],
        missing=0,
        line=ktp(a, b, "SUHENDRA", "PEUSAR", "PANONGAN", "HILANG"),
    )

    b = nkk("Kresek", 2016, 12, 1)
    conv(
        cat,
        "resident",
        ["mau cetak ulang kk", f"no kk {b[:4]} {b[4:10]} {b[10:]} (maaf spasi nya kebanyakan)"],
        answers={"nama_kepala_keluarga": "Wardi", "desa": "koper", "kecamatan": "kresek"},
        missing=3,
        line=kk(b, "WARDI", "KOPER", "KRESEK"),
    )

    a, b = nik("Legok", 2000, 10, 20), nkk("Legok", 2019, 9, 19)
    conv(
        cat,
        "resident",
        [
            "ktp ilang min",
            f"nik {a[:6]}-{a[6:12]}-{a[12:]} kk {b[:6]} - {b[6:12]} - {b[12:]}",
            "nama Reza Pahlevi, ciangir legok",
        ],
        missing=0,
        line=ktp(a, b, "REZA PAHLEVI", "CIANGIR", "LEGOK", "HILANG"),
    )

    a, b = nik("Kemiri", 2009, 3, 3, True), nkk("Kemiri", 2008, 4, 14)
    conv(
        cat,
        "first_timer",
        [
            f"mau bikin ktp pertama\nnik : {g6(a, ' ')}\nno.kk : {g6(b, ' ')}\nnama : Wulandari\nds klebet kec kemiri"
        ],
        missing=0,
        line=ktp(a, b, "WULANDARI", "KLEBET", "KEMIRI", "PEMULA"),
    )

    a, b = nik("Cisauk", 2015, 1, 25, True), nkk("Cisauk", 2014, 2, 14)
    conv(
        cat,
        "resident",
        [f"KIA. NIK anak {oh(g4(a))}. KK {g4(b)}. Nama Keisha Amanda. Sampora, Cisauk"],
        missing=0,
        line=kia(a, b, "KEISHA AMANDA", "SAMPORA", "CISAUK"),
    )

    a, b = nik("Tigaraksa", 1975, 9, 30), nkk("Tigaraksa", 2012, 10, 1)
    conv(
        cat,
        "resident",
        [
            f"ktp rusak. nik: {a[:3]}-{a[3:6]}-{a[6:9]}-{a[9:12]}-{a[12:]}",
            f"kk: {b}",
            "Nama Sutisna desa Matagara tigaraksa",
        ],
        missing=0,
        line=ktp(a, b, "SUTISNA", "MATAGARA", "TIGARAKSA", "RUSAK"),
    )

    q = nik("Balaraja", 1988, 5, 15)
    conv(
        cat,
        "resident",
        [
            f"min tolong cek nik {chunks(q, (4, 4, 4, 4), '-')} ini terdaftar atas nama siapa ya, mau mastiin"
        ],
        missing=0,
        control="no_nik_lookup",
    )


def cancel():
    cat = "cancel"
    conv(
        cat,
        "resident",
        ["mau bikin kk baru min", "eh gak jadi deh, nanti aja nunggu suami pulang"],
        control="cancel",
    )

    a, b = nik("Cikupa", 1993, 3, 3), nkk("Cikupa", 2016, 6, 16)
    conv(
        cat,
        "resident",
        [
            f"ktp hilang nik {a} kk {b} nama Andri desa bojong cikupa",
            "batal aja min, ternyata ktpnya ketemu di laci",
        ],
        control="cancel",
    )

    conv(
        cat,
        "resident",
        ["kia anak", "udah ga usah kak, udh diurus di sekolahnya"],
        control="cancel",
    )

    b = nkk("Rajeg", 2014, 7, 7)
    conv(
        cat,
        "resident",
        [f"cetak ulang kk no {b} a.n. Kosasih desa daon rajeg"],
        confirm="jangan dikirim dulu, batalin aja",
        control="cancel",
    )

    conv(
        cat,
        "first_timer",
        ["permisi mau buat ktp", "maaf salah kirim kak, ga jadi"],
        control="cancel",
    )

    a = nik("Kronjo", 1980, 8, 8)
    conv(
        cat,
        "resident",
        [f"ktp rusak nik {a}", "teu jadi lah, engke wae ka kecamatan langsung"],
        control="cancel",
    )

    conv(
        cat,
        "resident",
        ["mau ngurus surat pindah keluar", "ora sido mas, mboten sios"],
        control="cancel",
    )

    b = nkk("Legok", 2018, 8, 28)
    conv(
        cat,
        "resident",
        [f"kk hilang, {b}, kepala keluarga Sobari", "stop stop, hapus aja permintaan yg barusan"],
        control="cancel",
    )

    a, b = nik("Teluknaga", 1990, 1, 1, True), nkk("Teluknaga", 2017, 3, 27)
    conv(
        cat,
        "resident",
        [
            f"ktp ilang {a} {b} Nurlela tanjung pasir teluknaga",
            "cancel ya min, sy urus sendiri ke tigaraksa aja",
        ],
        control="cancel",
    )

    # cancel, then a new request in the same chat: the ticket is the new one
    a, b = nik("Curug", 1987, 4, 14), nkk("Curug", 2014, 4, 14)
    conv(
        cat,
        "resident",
        [
            "mau bikin kk",
            f"eh batal deh kk nya, sy mau urus ktp aja yg ilang. nik {a} kk {b} nama Iwan Kurnia desa sukabakti curug",
        ],
        missing=0,
        line=ktp(a, b, "IWAN KURNIA", "SUKABAKTI", "CURUG", "HILANG"),
    )

    a, b = nik("Kosambi", 2019, 6, 6, True), nkk("Kosambi", 2018, 5, 5)
    conv(
        cat,
        "resident",
        [
            "ktp rusak",
            "ga jadi ktp, salah. yg mau dibikin kia anak sy",
            f"nik anak {a} kk {b} nama Aqila Syafa desa belimbing kosambi",
        ],
        missing=0,
        line=kia(a, b, "AQILA SYAFA", "BELIMBING", "KOSAMBI"),
    )

    b1, b2 = nkk("Sepatan", 2011, 1, 11), nkk("Sepatan", 2015, 2, 22)
    conv(
        cat,
        "resident",
        [
            f"kk hilang no {b1} a.n. Junaedi karet sepatan",
            "batalkan yg itu, nomornya punya kk lama",
            f"yg bener no kk {b2} a.n. Junaedi desa karet kec sepatan",
        ],
        missing=0,
        line=kk(b2, "JUNAEDI", "KARET", "SEPATAN"),
    )


def topic_coverage():
    cat = "topic_coverage"
    conv(cat, "resident", ["min bikin ktp bayar brp sih? kata tetangga 50rb"], facts=[GRATIS])
    conv(cat, "resident", ["ktp ilang di jalan, harus ke polsek dulu ga sih?"], facts=[POLISI])
    conv(
        cat,
        "resident",
        ["anak sy bulan depan 17 th, dia bisa rekam ktp kapan? bawa apa aja?"],
        facts=[["17"], KK_WORD],
    )
    conv(
        cat,
        "resident",
        ["bayi sy baru 2 bulan, mau bikin kia. perlu foto ga? apa aja syaratnya"],
        facts=[["akta kelahiran", "akta lahir", "kutipan akta"], KK_WORD, ["ktp"]],
    )
    conv(
        cat,
        "resident",
        ["kia buat anak umur 8 taun syaratnya apa aja bund?"],
        facts=[["akta"], KK_WORD, ["2x3", "2 x 3", "2×3"]],
    )
    conv(
        cat,
        "first_timer",
        ["harus minta surat pengantar rt rw dulu ga kalo mau ngurus kk?"],
        facts=[TIDAK_PERLU, ["pengantar"]],
    )
    conv(
        cat,
        "resident",
        ["abis nikah kemaren, mau pisah kk dr ortu. yg dibawa apa?"],
        facts=[["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta perkawinan"]],
    )
    conv(
        cat,
        "resident",
        ["mau pindah ke bandung ikut suami. perlu surat dr desa ga? bawa apa aja"],
        facts=[KK_WORD, TIDAK_PERLU],
    )
    conv(
        cat,
        "resident",
        ["pindah rumah dr cikupa ke balaraja, masih kab tangerang juga. perlu surat pindah ga?"],
        facts=[TIDAK_PERLU, KK_WORD],
    )
    conv(
        cat,
        "resident",
        ["sy baru dateng dari lampung, ngontrak di curug. mau bikin ktp alamat sini, syaratnya?"],
        facts=[
            ["skpwni", "surat pindah", "surat keterangan pindah"],
            [
                "pemilik rumah",
                "yang punya rumah",
                "pemilik kontrakan",
                "tidak keberatan",
                "pemilik",
            ],
        ],
    )
    conv(
        cat,
        "resident",
        ["ktp digital (ikd) gmn cara aktifinnya?"],
        facts=[
            ["hp", "smartphone", "ponsel", "handphone", "telepon"],
            ["email", "e-mail", "surel"],
        ],
    )
    conv(
        cat,
        "first_timer",
        ["kantor dukcapil kabupaten tangerang tuh dmn ya? sy ga pernah kesana"],
        facts=[["tigaraksa"]],
    )


def question_not_form():
    cat = "question_not_form"
    conv(
        cat,
        "resident",
        ["kk sy kebawa banjir sama ktp nya jg ilang, ngurusnya gmn ya"],
        facts=[POLISI],
    )
    conv(
        cat,
        "resident",
        ["kalo ada oknum minta uang pelicin biar cepet, itu resmi ga?"],
        facts=[GRATIS],
    )
    conv(
        cat,
        "resident",
        ["cetak ktp bisa di kecamatan ga? jauh kalo ke tigaraksa"],
        facts=[
            ["29", "semua kecamatan", "seluruh kecamatan", "setiap kecamatan", "tiap kecamatan"]
        ],
    )
    conv(
        cat,
        "resident",
        ["ktp sy statusnya masih belum kawin padahal udh nikah, ganti nya bawa apa?"],
        facts=[
            ["ktp lama", "ktp-el lama", "ktp el lama", "ktp yang lama"],
            ["buku nikah", "akta perkawinan", "akta nikah", "bukti"],
        ],
    )
    conv(cat, "resident", ["min ktp sy kapan di acc? udh seminggu"], control="no_approval")
    conv(
        cat,
        "resident",
        ["bisa langsung disetujui hari ini ga pengajuan kk nya? besok mau dipake daftar sekolah"],
        control="no_approval",
    )
    conv(
        cat,
        "first_timer",
        ["kalo udah kirim lewat sini berarti udah pasti disetujui kan?"],
        control="no_approval",
    )
    q = nik("Cikupa", 1979, 2, 2)
    conv(
        cat,
        "resident",
        [f"nik {q} ini punya siapa ya? ketemu di fotokopian di jalan"],
        control="no_nik_lookup",
    )
    q = nik("Mauk", 1990, 6, 6, True)
    conv(
        cat,
        "resident",
        [f"tolong cekin data adik sy dong pake nik {q}, alamatnya dmn skrg"],
        control="no_nik_lookup",
    )


def formal_one_message():
    cat = "formal_one_message"
    a, b = nik("Tigaraksa", 1972, 8, 17), nkk("Tigaraksa", 2011, 9, 9)
    conv(
        cat,
        "resident",
        [
            f"Dengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama: Hidayat Nurwahid\nNIK: {a}\nNo. KK: {b}\nAlamat: Desa Tegalsari, Kecamatan Tigaraksa\nbermaksud mengajukan penggantian KTP-el karena hilang. Atas perhatiannya saya ucapkan terima kasih."
        ],
        missing=0,
        line=ktp(a, b, "HIDAYAT NURWAHID", "TEGALSARI", "TIGARAKSA", "HILANG"),
    )

    b = nkk("Cisauk", 2016, 3, 16)
    conv(
        cat,
        "resident",
        [
            f"Yth. Bapak/Ibu Petugas Disdukcapil. Dengan ini saya mohon dicetakkan kembali Kartu Keluarga nomor {b} atas nama kepala keluarga Bonifasius Laia, alamat Desa Mekar Wangi Kecamatan Cisauk, karena rusak terkena air. Hormat saya."
        ],
        missing=0,
        line=kk(b, "BONIFASIUS LAIA", "MEKAR WANGI", "CISAUK"),
    )

    a, b = nik("Kelapa Dua", 2017, 4, 21, True), nkk("Kelapa Dua", 2016, 4, 21)
    conv(
        cat,
        "resident",
        [
            f"Selamat pagi. Bersama ini saya mengajukan permohonan Kartu Identitas Anak untuk putri saya, Chelsea Angelina (NIK {a}), nomor KK {b}, domisili Desa Pakulonan Barat, Kec. Kelapa Dua. Terima kasih."
        ],
        missing=0,
        line=kia(a, b, "CHELSEA ANGELINA", "PAKULONAN BARAT", "KELAPA DUA"),
    )

    a, b = nik("Solear", 2008, 12, 20), nkk("Solear", 2010, 1, 10)
    conv(
        cat,
        "first_timer",
        [
            f"Assalamu'alaikum wr. wb. Mohon maaf mengganggu waktunya. Saya Ilham Saputra, sudah berumur 17 tahun dan ingin membuat KTP-el untuk pertama kali. NIK saya {a} dan No KK {b}. Saya tinggal di Desa Cikasungka Kecamatan Solear. Wassalam."
        ],
        missing=0,
        line=ktp(a, b, "ILHAM SAPUTRA", "CIKASUNGKA", "SOLEAR", "PEMULA"),
    )

    a, b = nik("Sukadiri", 1966, 11, 5, True), nkk("Sukadiri", 2012, 11, 5)
    conv(
        cat,
        "resident",
        [
            f"Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kab. Tangerang. Perihal: permohonan penggantian KTP elektronik rusak. Nama Hj Rohayati binti Sarta... maaf tulis Rohayati saja. NIK {a}, KK {b}, Desa Pekayon Kecamatan Sukadiri."
        ],
        missing=0,
        line=ktp(a, b, "ROHAYATI", "PEKAYON", "SUKADIRI", "RUSAK"),
    )

    a, b = nik("Pagedangan", 1985, 5, 25), nkk("Pagedangan", 2014, 6, 26)
    conv(
        cat,
        "resident",
        [
            f"Dengan hormat, kami sekeluarga berencana pindah ke luar daerah. Mohon diterbitkan surat pindah (SKPWNI) untuk saya, Teguh Prasetyo, NIK {a}, No. KK {b}, dengan alamat tujuan Jl. Kaliurang Km 7 RT 05 RW 12 Sinduharjo Ngaglik Sleman DI Yogyakarta"
        ],
        missing=0,
        line=skpwni(
            a,
            b,
            "TEGUH PRASETYO",
            "JL. KALIURANG KM 7 RT 05 RW 12 SINDUHARJO NGAGLIK SLEMAN DI YOGYAKARTA",
        ),
    )

    a, b = nik("Gunung Kaler", 1993, 9, 13, True), nkk("Gunung Kaler", 2018, 10, 13)
    conv(
        cat,
        "resident",
        [
            f"Dengan hormat. Saya Lilis Suryani, NIK {a}, KK {b}, warga Desa Kedung Kecamatan Gunung Kaler, memohon penerbitan KTP-el pengganti. Demikian permohonan ini saya sampaikan."
        ],
        answers={"alasan": "hilang, Pak. Sudah lapor ke polsek"},
        missing=1,
        line=ktp(a, b, "LILIS SURYANI", "KEDUNG", "GUNUNG KALER", "HILANG"),
    )


def half_remembered_format():
    cat = "half_remembered_format"
    a, b = nik("Cikupa", 1990, 2, 2), nkk("Cikupa", 2016, 2, 2)
    conv(
        cat,
        "resident",
        [f"#ktp {a} # {b} # Slamet Riyadi # sukanagara # cikupa # hilang"],
        missing=0,
        line=ktp(a, b, "SLAMET RIYADI", "SUKANAGARA", "CIKUPA", "HILANG"),
    )

    b = nkk("Balaraja", 2013, 3, 13)
    conv(
        cat,
        "resident",
        [f"KK#{b}#Tatang Sutarman#Saga#Balaraja"],
        missing=0,
        line=kk(b, "TATANG SUTARMAN", "SAGA", "BALARAJA"),
    )

    a, b = nik("Jayanti", 2016, 8, 8), nkk("Jayanti", 2015, 8, 8)
    conv(
        cat,
        "resident",
        [f"kia/{a}/{b}/Arjuna Wiguna/Dangdeur/Jayanti"],
        missing=0,
        line=kia(a, b, "ARJUNA WIGUNA", "DANGDEUR", "JAYANTI"),
    )

    a, b = nik("Rajeg", 1988, 10, 10, True), nkk("Rajeg", 2015, 1, 5)
    conv(
        cat,
        "resident",
        [
            f"#KTP#{a}#Yuli Astuti#{b}#Lembangsari#Rajeg#RUSAK",
            "formatnya bener ga sih, lupa urutannya",
        ],
        missing=0,
        line=ktp(a, b, "YULI ASTUTI", "LEMBANGSARI", "RAJEG", "RUSAK"),
    )

    a, b = nik("Pakuhaji", 1978, 7, 7), nkk("Pakuhaji", 2012, 7, 17)
    conv(
        cat,
        "resident",
        [f"# KTP # {a} # {b} # Marta # Paku Alam # hilang #"],
        answers={"kecamatan": "pakuhaji"},
        missing=1,
        line=ktp(a, b, "MARTA", "PAKU ALAM", "PAKUHAJI", "HILANG"),
    )

    b = nkk("Sindang Jaya", 2019, 11, 19)
    conv(
        cat,
        "first_timer",
        [f"format kk itu #KK#nomor#nama kan? {b} Supriadi"],
        answers={"desa": "badak anom", "kecamatan": "sindang jaya"},
        missing=2,
        line=kk(b, "SUPRIADI", "BADAK ANOM", "SINDANG JAYA"),
    )

    a, b = nik("Mekar Baru", 2009, 2, 15, True), nkk("Mekar Baru", 2009, 1, 9)
    conv(
        cat,
        "resident",
        [f"ktp#{a}#{b}#Desi Ratnasari#jenggot#mekar baru#baru"],
        missing=0,
        line=ktp(a, b, "DESI RATNASARI", "JENGGOT", "MEKAR BARU", "PEMULA"),
    )


def restate_known_value():
    cat = "restate_known_value"
    a, b = nik("Cikupa", 2018, 7, 7), nkk("Cikupa", 2017, 6, 6)
    conv(
        cat,
        "resident",
        [
            "mau bikin kia anak, kita di desa bunder kec cikupa",
            f"nik anak {a}, kk {b}, nama Rafa Aditya. desanya bunder ya tadi",
        ],
        missing=0,
        line=kia(a, b, "RAFA ADITYA", "BUNDER", "CIKUPA"),
    )

    a, b = nik("Curug", 1984, 1, 8, True), nkk("Curug", 2012, 8, 1)
    conv(
        cat,
        "resident",
        [
            f"ktp hilang, nama Mulyani, nik {a}",
            f"kk {b}. nama tetep Mulyani ya",
            "desa cukanggalih curug",
        ],
        missing=0,
        line=ktp(a, b, "MULYANI", "CUKANGGALIH", "CURUG", "HILANG"),
    )

    b = nkk("Teluknaga", 2014, 5, 14)
    conv(
        cat,
        "resident",
        [f"kk rusak no {b}"],
        answers={
            "nama_kepala_keluarga": f"Abdul Rahman. nomor kk nya tetap {b} ya min",
            "desa": "babakan asem",
            "kecamatan": "teluknaga, tadi lupa bilang",
        },
        missing=3,
        line=kk(b, "ABDUL RAHMAN", "BABAKAN ASEM", "TELUKNAGA"),
    )

    a, b = nik("Legok", 1999, 9, 9), nkk("Legok", 2019, 3, 9)
    conv(
        cat,
        "resident",
        [
            f"ktp rusak nik {a} kk {b} nama Ferdi Irawan serdang wetan legok",
            f"nik nya {g4(a)} ya, takut salah",
        ],
        missing=0,
        line=ktp(a, b, "FERDI IRAWAN", "SERDANG WETAN", "LEGOK", "RUSAK"),
    )

    a, b = nik("Kresek", 2009, 5, 5), nkk("Kresek", 2011, 4, 4)
    conv(
        cat,
        "first_timer",
        ["mau bikin ktp pertama, sy tinggal di desa patrasana kresek"],
        answers={
            "nik": a,
            "no_kk": b,
            "nama": "Aldi Pratama",
            "desa": "patrasana, kan udh sy bilang",
            "kecamatan": "kresek",
            "alasan": "pemula",
        },
        missing=3,
        line=ktp(a, b, "ALDI PRATAMA", "PATRASANA", "KRESEK", "PEMULA"),
    )

    a, b = nik("Cisoka", 2020, 2, 2, True), nkk("Cisoka", 2019, 2, 12)
    conv(
        cat,
        "resident",
        [
            f"kia anak nik {a} nama Hanifa",
            f"kk {b} carenang cisoka",
            "nama anak Hanifa ya, cuma satu kata",
        ],
        missing=0,
        line=kia(a, b, "HANIFA", "CARENANG", "CISOKA"),
    )

    a, b = nik("Sepatan", 1973, 12, 12), nkk("Sepatan", 2010, 12, 2)
    conv(
        cat,
        "resident",
        [
            f"ktp ilang, Kasmadi, {a}, {b}, pondok jaya sepatan",
            "sekali lagi: ktp HILANG bukan rusak",
        ],
        missing=0,
        line=ktp(a, b, "KASMADI", "PONDOK JAYA", "SEPATAN", "HILANG"),
    )

    b = nkk("Jambe", 2018, 1, 18)
    conv(
        cat,
        "resident",
        [
            f"cetak kk baru kepala keluarga Ujang Suherman no {b}",
            "alamat ranca buaya jambe, kepala keluarganya Ujang Suherman",
        ],
        missing=0,
        line=kk(b, "UJANG SUHERMAN", "RANCA BUAYA", "JAMBE"),
    )


def surat_pindah():
    cat = "surat_pindah"
    a, b = nik("Cikupa", 1991, 4, 4, True), nkk("Cikupa", 2017, 4, 4)
    conv(
        cat,
        "resident",
        ["mau bikin surat pindah keluar, ikut suami ke bandung", f"nik {a} kk {b} nama Ratna Sari"],
        answers={
            "alamat_pindah": "Jl Sukajadi Gg Mawar No 12 RT 03 RW 07 Kel Sukawarna Kec Sukajadi Kota Bandung"
        },
        missing=1,
        line=skpwni(
            a,
            b,
            "RATNA SARI",
            "JL SUKAJADI GG MAWAR NO 12 RT 03 RW 07 KEL SUKAWARNA KEC SUKAJADI KOTA BANDUNG",
        ),
    )

    a, b = nik("Pasar Kemis", 1980, 3, 23), nkk("Pasar Kemis", 2011, 3, 3)
    conv(
        cat,
        "resident",
        [
            f"skpwni a.n. Sugiyanto nik {a} kk {b} pindah ke Dusun Krajan RT 02 RW 01 Desa Ngadirejo Kec Kartoharjo Kab Magetan"
        ],
        missing=0,
        line=skpwni(
            a, b, "SUGIYANTO", "DUSUN KRAJAN RT 02 RW 01 DESA NGADIREJO KEC KARTOHARJO KAB MAGETAN"
        ),
    )

    a, b = nik("Balaraja", 1995, 6, 16), nkk("Balaraja", 2021, 6, 6)
    conv(
        cat,
        "resident",
        ["min mau pulang kampung for good ke medan", "surat pindahnya gmn"],
        answers={
            "nik": "nik " + g4(a),
            "no_kk": "kk " + g4(b),
            "nama": "Roy Simanjuntak",
            "alamat_pindah": "Jl Setia Budi No 45 Kel Tanjung Rejo Kec Medan Sunggal Kota Medan",
        },
        missing=4,
        line=skpwni(
            a,
            b,
            "ROY SIMANJUNTAK",
            "JL SETIA BUDI NO 45 KEL TANJUNG REJO KEC MEDAN SUNGGAL KOTA MEDAN",
        ),
    )

    a, b = nik("Kosambi", 1970, 2, 22), nkk("Kosambi", 2010, 2, 22)
    conv(
        cat,
        "resident",
        [
            f"sy mau pindah ke serang, nama Muhidin, {a}, {b}",
            "alamat baru Kp Kaloran RT 01 RW 04 Kel Cimuncang Kec Serang Kota Serang",
        ],
        missing=0,
        line=skpwni(a, b, "MUHIDIN", "KP KALORAN RT 01 RW 04 KEL CIMUNCANG KEC SERANG KOTA SERANG"),
    )

    a, b = nik("Tigaraksa", 1989, 8, 28, True), nkk("Tigaraksa", 2016, 9, 26)
    conv(
        cat,
        "resident",
        [
            f"surat pindah buat istri sy, Evi Novitasari. nik {a} no kk {b}. mau pindah ke rumah ortunya di Jl Ahmad Yani No 8 RT 02 RW 03 Kel Karangpawitan Kec Karawang Barat Kab Karawang"
        ],
        missing=0,
        line=skpwni(
            a,
            b,
            "EVI NOVITASARI",
            "JL AHMAD YANI NO 8 RT 02 RW 03 KEL KARANGPAWITAN KEC KARAWANG BARAT KAB KARAWANG",
        ),
    )

    s = make_kk(BANDUNG, date(2025, 11, 3), next(_SERIALS))
    conv(
        cat,
        "resident",
        [
            f"sy baru pindah dr bandung ke cikupa, udah pegang skpwni no {s}",
            "keperluannya ikut suami",
        ],
        missing=0,
        line=skdwn(s, "IKUT SUAMI"),
    )

    s = make_kk("327101", date(2025, 12, 1), next(_SERIALS))
    conv(
        cat,
        "resident",
        ["mau lapor pindah datang min, dr bogor"],
        answers={"no_skpwni": "nomor skpwni nya " + g4(s), "keperluan": "pindah kerja"},
        missing=2,
        line=skdwn(s, "PINDAH KERJA"),
    )

    s = make_kk("337401", date(2026, 1, 5), next(_SERIALS))
    conv(
        cat,
        "resident",
        [f"#SKDWN no skpwni {g4(s, '-')} keperluan melanjutkan sekolah"],
        missing=0,
        line=skdwn(s, "MELANJUTKAN SEKOLAH"),
    )


def referral_by_place():
    cat = "referral_by_place"
    K, S = "Kota Tangerang", "Kota Tangerang Selatan"
    conv(
        cat,
        "resident",
        ["sy tinggal di cimone karawaci, mau bikin kk baru abis nikah"],
        control="referral",
        referral_to=K,
    )
    conv(
        cat,
        "resident",
        ["ktp ilang, alamat di Poris Plawad Indah Cipondoh, bisa lewat sini?"],
        control="referral",
        referral_to=K,
    )
    conv(
        cat,
        "resident",
        ["min warga periuk jaya kec periuk bisa bikin kia disini ga?"],
        control="referral",
        referral_to=K,
    )
    conv(
        cat,
        "first_timer",
        [
            "Assalamualaikum, domisili saya Larangan Utara kec Larangan. Mau tanya buat ktp pertama anak"
        ],
        control="referral",
        referral_to=K,
    )
    conv(
        cat,
        "resident",
        ["rumah sy di pamulang barat, mau ganti ktp rusak"],
        control="referral",
        referral_to=S,
    )
    conv(
        cat, "resident", ["kk sy ilang, sy di rawabuntu serpong"], control="referral", referral_to=S
    )
    conv(
        cat,
        "resident",
        ["tinggal di jurangmangu timur pondok aren, mau urus surat pindah keluar"],
        control="referral",
        referral_to=S,
    )


def complaint_followup():
    cat = "complaint_followup"
    conv(
        cat,
        "resident",
        [
            "ktp sy udah 2 bulan blm jadi jadi, tiap ke kecamatan disuruh balik lagi. sy mau komplain"
        ],
        control="handoff",
    )
    conv(
        cat,
        "resident",
        ["petugas di loket kemarin kasar bgt ke ibu sy yg udh tua, mau lapor"],
        control="handoff",
    )
    conv(
        cat,
        "resident",
        [
            "tgl lahir di kk salah, udh ngajuin perbaikan sebulan lalu ga ada kabar. tolong sambungin ke petugas"
        ],
        control="handoff",
    )
    conv(cat, "first_timer", ["sy mau ngomong sama orang aja, bukan sama bot"], control="handoff")
    conv(
        cat,
        "resident",
        ["tadi sy dimintain 100rb sm oknum katanya biar ktp cepet jadi. mau ngelaporin"],
        control="handoff",
    )
    conv(
        cat,
        "resident",
        [
            "udah sy kirim kemaren data ktp nya, tolong di acc skrg ya min, butuh bgt buat ngelamar kerja"
        ],
        control="no_approval",
    )
    conv(
        cat,
        "resident",
        [
            "pengajuan kk sy udah 3 hari status nya BARU terus, kapan disetujuinnya? bisa dipastiin hari ini?"
        ],
        control="no_approval",
    )


def helper_mode():
    cat = "helper_mode"
    a, b = nik("Cikupa", 1968, 3, 3, True), nkk("Cikupa", 2011, 3, 3)
    conv(
        cat,
        "helper",
        [
            f"selamat siang, sy staf desa sukadamai mau input ktp hilang warga. nik {a} kk {b} nama Saodah desa sukadamai kec cikupa"
        ],
        answers={"nama_warga": "ibu Saodah", "telepon_warga": "hp warganya 0812 3456 9401"},
        missing=0,
        line=ktp(a, b, "SAODAH", "SUKADAMAI", "CIKUPA", "HILANG"),
    )

    b = nkk("Mauk", 2013, 6, 13)
    conv(
        cat,
        "helper",
        [
            f"pak RT 03 sini min, minta tolong buat warga sy, kk nya rusak. no {b} kepala keluarga Tarsono desa sasak mauk"
        ],
        answers={"nama_warga": "Tarsono", "telepon_warga": "0857 1122 9402 (nomor anaknya)"},
        missing=0,
        line=kk(b, "TARSONO", "SASAK", "MAUK"),
    )

    a, b = nik("Jayanti", 2017, 10, 10), nkk("Jayanti", 2016, 10, 10)
    conv(
        cat,
        "helper",
        [
            "operator desa pabuaran jayanti, mau ajukan kia 1 anak",
            f"nik {a}, kk {b}, nama Rizal Maulana",
        ],
        answers={
            "desa": "pabuaran",
            "kecamatan": "jayanti",
            "nama_warga": "ortunya ibu Komariah",
            "telepon_warga": "0813 9988 9403",
        },
        missing=0,
        line=kia(a, b, "RIZAL MAULANA", "PABUARAN", "JAYANTI"),
    )

    a, b = nik("Sukamulya", 2009, 8, 18), nkk("Sukamulya", 2008, 9, 28)
    conv(
        cat,
        "helper",
        [
            f"Kasi Pelayanan Desa Kaliasin. Mohon input KTP-el pemula a.n. Dimas Anggara, NIK {a}, KK {b}, Desa Kaliasin Kec. Sukamulya"
        ],
        answers={"nama_warga": "Dimas Anggara", "telepon_warga": "0896 5544 9404"},
        missing=0,
        line=ktp(a, b, "DIMAS ANGGARA", "KALIASIN", "SUKAMULYA", "PEMULA"),
    )

    a, b = nik("Kronjo", 1975, 4, 25), nkk("Kronjo", 2012, 4, 25)
    conv(
        cat,
        "helper",
        [
            "sy kader posyandu bantu warga yg ga punya hp",
            f"ktp rusak a.n. Sarpin, {a}, {b}, desa pasilian kronjo",
        ],
        answers={"nama_warga": "pak Sarpin", "telepon_warga": "nomor sy aja 0819 7070 9405"},
        missing=0,
        line=ktp(a, b, "SARPIN", "PASILIAN", "KRONJO", "RUSAK"),
    )

    a, b = nik("Sepatan Timur", 1986, 9, 6), nkk("Sepatan Timur", 2015, 5, 25)
    conv(
        cat,
        "helper",
        [
            f"dari kantor desa tanah merah, pengajuan surat pindah warga: Rusdi, nik {a}, kk {b}, tujuan Jl Pemuda No 17 RT 01 RW 02 Kel Kepatihan Kec Tulangan Kab Sidoarjo"
        ],
        answers={"nama_warga": "Rusdi", "telepon_warga": "0821 4433 9406"},
        missing=0,
        line=skpwni(
            a, b, "RUSDI", "JL PEMUDA NO 17 RT 01 RW 02 KEL KEPATIHAN KEC TULANGAN KAB SIDOARJO"
        ),
    )

    q = nik("Pakuhaji", 1982, 12, 2)
    conv(
        cat,
        "helper",
        [
            f"sy staf desa kramat, ada warga ngaku2 nik nya {q}. bisa dicek ga itu nik atas nama siapa dan alamatnya dmn?"
        ],
        control="no_nik_lookup",
    )


def correction_at_confirmation():
    cat = "correction_at_confirmation"
    a, b = nik("Cikupa", 1990, 5, 20, True), nkk("Cikupa", 2016, 5, 20)
    conv(
        cat,
        "resident",
        [
            f"ktp hilang nik {a} kk {b} nama Suryani desa cibadak cikupa",
            "eh bentar namanya salah ketik, harusnya Suryanti pake t",
        ],
        control="correction",
        line=ktp(a, b, "SURYANTI", "CIBADAK", "CIKUPA", "HILANG"),
    )

    b = nkk("Balaraja", 2014, 12, 4)
    conv(
        cat,
        "resident",
        [
            f"kk rusak no {b} a.n. Wahyudin desa tobat balaraja",
            "maaf desanya bukan tobat, tp gembong",
        ],
        control="correction",
        line=kk(b, "WAHYUDIN", "GEMBONG", "BALARAJA"),
    )

    a, b = nik("Legok", 1983, 7, 3), nkk("Legok", 2013, 3, 7)
    conv(
        cat,
        "resident",
        [f"ktp rusak, {a}, {b}, Joko Susilo, rancagong legok", "salah min, bukan rusak tp hilang"],
        control="correction",
        line=ktp(a, b, "JOKO SUSILO", "RANCAGONG", "LEGOK", "HILANG"),
    )

    a, b = nik("Pagedangan", 2019, 1, 11), nkk("Pagedangan", 2018, 11, 1)
    b2 = nkk("Pagedangan", 2020, 2, 2)
    conv(
        cat,
        "resident",
        [
            f"kia nik {a} kk {b} nama Kenzo Hartono desa medang pagedangan",
            f"waduh kk nya yg lama, yg baru {b2}",
        ],
        control="correction",
        line=kia(a, b2, "KENZO HARTONO", "MEDANG", "PAGEDANGAN"),
    )

    a, b = nik("Rajeg", 1977, 6, 16), nkk("Rajeg", 2010, 6, 16)
    conv(
        cat,
        "resident",
        [
            f"ktp hilang nik {a} kk {b} nama Sahroni ds ranca bango kec rajeg",
            "nama lengkapnya Ahmad Sahroni min, ketinggalan depannya",
        ],
        control="correction",
        line=ktp(a, b, "AHMAD SAHRONI", "RANCA BANGO", "RAJEG", "HILANG"),
    )

    b = nkk("Cisoka", 2017, 9, 7)
    conv(
        cat,
        "resident",
        [
            f"cetak kk no {b} kepala keluarga Endang desa caringin cisoka",
            "eh kepala keluarganya udh ganti jd istri sy, Iyah Rokayah",
        ],
        control="correction",
        line=kk(b, "IYAH ROKAYAH", "CARINGIN", "CISOKA"),
    )

    a, b = nik("Kemiri", 1994, 3, 24, True), nkk("Kemiri", 2019, 4, 24)
    wrong = a[:-2] + ("00" if a[-2:] != "00" else "11")
    conv(
        cat,
        "resident",
        [
            f"ktp rusak nik {wrong} kk {b} nama Nining desa karang anyar kemiri",
            f"nik nya salah 2 angka terakhir, yg bener {a}",
        ],
        control="correction",
        line=ktp(a, b, "NINING", "KARANG ANYAR", "KEMIRI", "RUSAK"),
    )


def hash_line():
    cat = "hash_line"
    a, b = nik("Cikupa", 1987, 11, 27), nkk("Cikupa", 2015, 1, 15)
    conv(
        cat,
        "resident",
        [f"#KTP#{a}#{b}#HERU SANTOSO#BUDI MULYA#CIKUPA#HILANG#"],
        missing=0,
        line=ktp(a, b, "HERU SANTOSO", "BUDI MULYA", "CIKUPA", "HILANG"),
    )

    b = nkk("Kelapa Dua", 2021, 7, 21)
    conv(
        cat,
        "resident",
        [f"ini min sesuai format\n#KK#{b}#Bagus Wicaksono#Bojong Nangka#Kelapa Dua"],
        missing=0,
        line=kk(b, "BAGUS WICAKSONO", "BOJONG NANGKA", "KELAPA DUA"),
    )

    a, b = nik("Sukamulya", 2016, 12, 16, True), nkk("Sukamulya", 2015, 12, 6)
    conv(
        cat,
        "resident",
        [f"#KIA#{a}#{b}#Nadia Putri#Merak#Sukamulya"],
        missing=0,
        line=kia(a, b, "NADIA PUTRI", "MERAK", "SUKAMULYA"),
    )

    a, b = nik("Panongan", 1992, 2, 12), nkk("Panongan", 2018, 8, 12)
    conv(
        cat,
        "resident",
        [
            f"#SKPWNI#{a}#{b}#Andika Pratama#Perum Griya Asri Blok C2 No 5 RT 04 RW 09 Kel Cibeber Kec Cikande Kab Serang"
        ],
        missing=0,
        line=skpwni(
            a,
            b,
            "ANDIKA PRATAMA",
            "PERUM GRIYA ASRI BLOK C2 NO 5 RT 04 RW 09 KEL CIBEBER KEC CIKANDE KAB SERANG",
        ),
    )

    a, b = nik("Kosambi", 2009, 10, 1, True), nkk("Kosambi", 2009, 10, 1)
    conv(
        cat,
        "first_timer",
        [
            f"td dikasih format sama pak RT, sy copas ya: #KTP#{a}#{b}#SALSABILA#Jati Mulya#Kosambi#PEMULA#"
        ],
        missing=0,
        line=ktp(a, b, "SALSABILA", "JATI MULYA", "KOSAMBI", "PEMULA"),
    )

    a, b = nik("Curug", 1991, 9, 19), nkk("Curug", 2017, 9, 9)
    conv(
        cat,
        "resident",
        [
            f"#KTP#{a}#{b}#EKO PRASETYO#CURUG KULON#CURUG#RUSAK#",
            "min tolong langsung di-acc ya biar besok bisa ambil",
        ],
        control="no_approval",
    )


BUILDERS = (
    casual_stepwise,
    desa_typo_with_kecamatan,
    name_introduced,
    name_with_relation,
    dashed_numbers,
    cancel,
    topic_coverage,
    question_not_form,
    formal_one_message,
    half_remembered_format,
    restate_known_value,
    surat_pindah,
    referral_by_place,
    complaint_followup,
    helper_mode,
    correction_at_confirmation,
    hash_line,
)


def main() -> None:
    for build in BUILDERS:
        build()
    total = 0
    for category, items in CONVS.items():
        out = []
        for i, item in enumerate(items, 1):
            out.append({"id": f"{PREFIX}-{category.replace('_', '-')}-{i:02d}", **item})
        path = HERE / f"{PREFIX}_{category}.yml"
        text = yaml.safe_dump(
            {"conversations": out}, allow_unicode=True, sort_keys=False, width=1000
        )
        path.write_text(text, encoding="utf-8")
        total += len(out)
        print(f"{path.name}: {len(out)}")
    print(f"total {total}")


if __name__ == "__main__":
    main()
