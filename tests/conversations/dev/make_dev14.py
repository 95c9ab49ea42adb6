"""dev14: one part of the dev conversation corpus (issue 8), by an independent author.

Written by an author who read only design.md, the shared data notes (region tables, NIK/KK
notes, persyaratan notes), tests/conversations/README.md, tests/conversations/corpus.py and
devtools/synthetic.py; not the assistant's code, not any other corpus file. Every message is
written by hand. Numbers come from devtools.synthetic (region = the kecamatan's Kemendagri
code, serials cycling in 9500-9599); every expected line is checked with
bot.intake.parser.parse and must be its canonical form.

Run:  cd /work/main && .venv/bin/python -m tests.conversations.dev.make_dev14
Writes dev14_<category>.yml beside this file (old dev14_*.yml removed first); ids
dev14-<category-with-dashes>-NN. Serial range 9500-9599.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik
from tests.conversations.corpus import CATEGORIES, PERSONAS

HERE = Path(__file__).resolve().parent

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
    # origin kecamatan (outside Kab. Tangerang) for SKPWNI numbers and newcomers
    "Sukasari Bandung": "327301",
    "Cengkareng": "317301",
    "Cibinong": "320101",
    "Semarang Tengah": "337401",
    "Cibeber Cilegon": "367201",
    "Cipondoh": "367105",
    "Pamulang": "367406",
}

_serial = [9500]


def _next() -> int:
    s = _serial[0]
    _serial[0] = 9500 + (s - 9500 + 1) % 100
    return s


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    return make_nik(REG[kec], date(y, m, d), female, _next())


def kk(kec: str, y: int, m: int, d: int) -> str:
    return make_kk(REG[kec], date(y, m, d), _next())


def skpwni(kec: str, y: int, m: int, d: int) -> str:
    """A synthetic SKPWNI number: origin region code + date + serial."""
    return make_kk(REG[kec], date(y, m, d), _next())


def grp(num: str, sizes: tuple[int, ...] = (4, 4, 4, 4), sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(num[i : i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(out)


def off(num: str, pos: int) -> str:
    """The same number with one digit mistyped (at pos)."""
    d = str((int(num[pos]) + 1) % 10)
    return num[:pos] + d + num[pos + 1 :]


def _check(line: str) -> str:
    v = parse(line)
    assert v.ok and v.canonical == line, f"not canonical: {line!r} -> {v.canonical!r}"
    return line


def ktp(n, k, nama, desa, kec, alasan):
    return _check(f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#")


def kkl(k, kepala, desa, kec):
    return _check(f"#KK#{k}#{kepala}#{desa}#{kec}")


def kia(n, k, nama, desa, kec):
    return _check(f"#KIA#{n}#{k}#{nama}#{desa}#{kec}")


def pindah(n, k, nama, alamat):
    return _check(f"#SKPWNI#{n}#{k}#{nama}#{alamat}")


def datang(no, keperluan):
    return _check(f"#SKDWN#{no}#{keperluan}")


def L(line):
    return {"line": line}


def F(*groups):
    return {"facts": [list(g) for g in groups]}


def C(kind):
    return {"control": kind}


def R(office):
    return {"control": "referral", "referral_to": office}


def FIX(line):
    return {"control": "correction", "line": line}


CONVS: list[tuple[str, dict]] = []


def c(category, persona, turns, expect, answers=None, missing=0, confirm=None):
    conv = {"category": category, "persona": persona, "turns": list(turns)}
    if answers:
        conv["answers"] = dict(answers)
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = missing
    conv["expect"] = expect
    CONVS.append((category, conv))


# --- formal_one_message ------------------------------------------------------------------
cat = "formal_one_message"
n, k = nik("Cikupa", 1986, 2, 9, True), kk("Cikupa", 2012, 7, 23)
c(
    cat,
    "resident",
    [
        "Assalamu'alaikum wr. wb.\nYth. Bapak/Ibu petugas Disdukcapil Kab. Tangerang,\n"
        f"Saya yang bertanda tangan di bawah ini, Nurhayati, NIK {n}, No. KK {k}, "
        "warga Desa Sukadamai Kecamatan Cikupa, memohon pencetakan ulang KTP-el karena "
        "KTP saya rusak (patah dua terlindas motor). Atas perhatiannya saya ucapkan terima kasih.\n"
        "Wassalam.",
    ],
    L(ktp(n, k, "NURHAYATI", "SUKADAMAI", "CIKUPA", "RUSAK")),
)

k = kk("Pakuhaji", 2009, 11, 3)
c(
    cat,
    "helper",
    [
        "Selamat pagi. Kami dari Pemerintah Desa Kohod, Kec. Pakuhaji, bermaksud mengajukan "
        "perbaikan/cetak ulang Kartu Keluarga atas nama kepala keluarga Bapak Sarmili bin Kasim, "
        f"nomor KK {grp(k)}. Demikian permohonan ini kami sampaikan, terima kasih.",
    ],
    L(kkl(k, "SARMILI BIN KASIM", "KOHOD", "PAKUHAJI")),
    answers={"nama_warga": "Sarmili bin Kasim", "telepon_warga": "0857 0000 9501"},
)

n = nik("Tigaraksa", 2016, 5, 30, True)
k = kk("Tigaraksa", 2014, 1, 8)
c(
    cat,
    "first_timer",
    [
        "Dengan hormat,\nbersama pesan ini saya mohon dibuatkan Kartu Identitas Anak untuk "
        f"putri saya Aisyah Putri Ramadhani, NIK {n}. Kami tinggal di Desa Pasir Nangka, "
        "Kecamatan Tigaraksa. Mohon maaf kalau cara penulisannya salah, baru pertama kali.",
    ],
    L(kia(n, k, "AISYAH PUTRI RAMADHANI", "PASIR NANGKA", "TIGARAKSA")),
    answers={"no_kk": f"ini no kk nya {k}"},
    missing=1,
)

n, k = nik("Kelapa Dua", 1979, 10, 17), kk("Kelapa Dua", 2011, 3, 2)
c(
    cat,
    "resident",
    [
        "Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tangerang\n"
        "Perihal: Permohonan Surat Keterangan Pindah\n\n"
        f"Nama: Hendra Gunawan Saputra\nNIK: {n}\nNo KK: {k}\n"
        "Alamat tujuan: Jl. Setiabudi No. 41 RT 02 RW 07 Kel. Gegerkalong Kec. Sukasari Kota Bandung\n\n"
        "Alasan pindah karena mutasi pekerjaan. Hormat saya.",
    ],
    L(
        pindah(
            n,
            k,
            "HENDRA GUNAWAN SAPUTRA",
            "JL. SETIABUDI NO. 41 RT 02 RW 07 KEL. GEGERKALONG KEC. SUKASARI KOTA BANDUNG",
        )
    ),
)

n, k = nik("Curug", 1992, 12, 1, True), kk("Curug", 2018, 9, 14)
c(
    cat,
    "resident",
    [
        "Selamat siang Bapak/Ibu. Dengan ini saya, Dewi Lestari Wulandari, beralamat di Desa "
        "Curug Wetan Kecamatan Curug, melaporkan bahwa KTP elektronik saya hilang saat perjalanan "
        f"di KRL. Surat kehilangan dari Polsek sudah saya urus. NIK saya {n} dan nomor KK {k}. "
        "Mohon dibantu untuk pembuatan ulang. Terima kasih atas pelayanannya.",
    ],
    L(ktp(n, k, "DEWI LESTARI WULANDARI", "CURUG WETAN", "CURUG", "HILANG")),
)

no = skpwni("Cibinong", 2026, 11, 20)
c(
    cat,
    "helper",
    [
        "Yth. Petugas Pindah Datang,\nkami operator Kantor Desa Cisereh Kec. Tigaraksa "
        "membantu warga baru kami, Ibu Yuliana, yang datang dari Kabupaten Bogor. "
        f"Nomor SKPWNI dari daerah asal: {no}. Keperluan: menumpang KK orang tua "
        "setelah bercerai. Atas kerja samanya kami ucapkan terima kasih.",
    ],
    L(datang(no, "MENUMPANG KK ORANG TUA SETELAH BERCERAI")),
    answers={
        "nama_warga": "Yuliana",
        "telepon_warga": "0813 0000 9502",
        "keperluan": "menumpang KK orang tua setelah bercerai",
    },
)

# --- dashed_numbers ----------------------------------------------------------------------
cat = "dashed_numbers"
n, k = nik("Legok", 2009, 6, 11), kk("Legok", 2010, 2, 25)
c(
    cat,
    "resident",
    [
        f"mau rekam ktp baru buat anak sy yg udh 17, nik {grp(n, (6, 6, 4), '-')} kk "
        f"{grp(k, (6, 6, 4), '-')} nama Rizky Maulana desa babat kec legok",
    ],
    L(ktp(n, k, "RIZKY MAULANA", "BABAT", "LEGOK", "PEMULA")),
    answers={"alasan": "pemula, baru pertama"},
)

n, k = nik("Sukadiri", 2020, 1, 19), kk("Sukadiri", 2019, 12, 30)
c(
    cat,
    "first_timer",
    [
        f"Permisi mau daftar KIA anak. NIK anak: {grp(n, (4, 4, 4, 4), '.')}  "
        f"KK: {grp(k, (4, 4, 4, 4), '.')}  Nama anak Fajar Nugroho, desa Buaran Jati kec Sukadiri",
    ],
    L(kia(n, k, "FAJAR NUGROHO", "BUARAN JATI", "SUKADIRI")),
)

k = kk("Rajeg", 2007, 8, 5)
c(
    cat,
    "helper",
    [
        f"KK warga an. Bpk Jaenudin no {grp(k, (4, 4, 4, 4), ' ')} ds Tanjakan Mekar kec Rajeg, "
        "minta cetak ulang krn kertasnya kena banjir kemaren",
    ],
    L(kkl(k, "JAENUDIN", "TANJAKAN MEKAR", "RAJEG")),
    answers={"nama_warga": "Jaenudin", "telepon_warga": "0896-0000-9503"},
)

no = skpwni("Semarang Tengah", 2026, 10, 2)
c(
    cat,
    "resident",
    [
        f"no skpwni saya {grp(no, (2, 2, 2, 6, 4), '-')} dari semarang, mau lapor datang ke sini "
        "buat kerja di pabrik cikupa",
    ],
    L(datang(no, "KERJA DI PABRIK CIKUPA")),
    answers={"keperluan": "kerja di pabrik cikupa"},
)

n, k = nik("Pasar Kemis", 1983, 4, 27, True), kk("Pasar Kemis", 2013, 6, 6)
c(
    cat,
    "resident",
    [
        "KTP ilang dicopet di pasar 😭",
        f"NIK {grp(n, (4, 4, 4, 4))}",
        f"kk {grp(k, (4, 4, 4, 4), '.')}",
        "nama Sri Wahyuni, Kutabumi, Pasar Kemis",
    ],
    L(ktp(n, k, "SRI WAHYUNI", "KUTABUMI", "PASAR KEMIS", "HILANG")),
)

n, k = nik("Solear", 1990, 9, 9), kk("Solear", 2016, 4, 4)
c(
    cat,
    "resident",
    [
        f"sy mw urus surat pindah ke Cilegon. NIK: {grp(n, (2, 2, 2, 6, 4), '.')} / "
        f"KK: {grp(k, (2, 2, 2, 6, 4), '.')} / a.n. Ahmad Fauzi",
    ],
    L(pindah(n, k, "AHMAD FAUZI", "PERUMAHAN BUMI RAKATA BLOK C2 NO 8 CIBEBER KOTA CILEGON")),
    answers={"alamat_pindah": "Perumahan Bumi Rakata Blok C2 No 8 Cibeber Kota Cilegon"},
    missing=1,
)

# --- name_introduced ---------------------------------------------------------------------
cat = "name_introduced"
n, k = nik("Balaraja", 1975, 3, 3), kk("Balaraja", 2008, 5, 19)
c(
    cat,
    "resident",
    [
        "Halo, perkenalkan saya Pak Darman dari Sentul Jaya, Balaraja. Mau perpanjang... eh "
        f"maksudnya KTP saya retak. NIK {n}, KK {k}",
    ],
    L(ktp(n, k, "DARMAN", "SENTUL JAYA", "BALARAJA", "RUSAK")),
)

n, k = nik("Kosambi", 2001, 7, 21, True), kk("Kosambi", 2020, 1, 15)
c(
    cat,
    "first_timer",
    [
        "hai kak, aku Putri Anjani. aku mau bikin ulang ktp soalnya hilang pas pindahan kos",
        f"nik aku {n}",
        f"kk {k}",
    ],
    L(ktp(n, k, "PUTRI ANJANI", "DADAP", "KOSAMBI", "HILANG")),
    answers={"desa": "kelurahan dadap", "kecamatan": "kosambi"},
    missing=2,
)

n, k = nik("Jambe", 2013, 2, 14), kk("Jambe", 2012, 10, 1)
c(
    cat,
    "resident",
    [
        "Saya ibunya Dimas, nama saya Wati. Tapi yang mau dibuatkan KIA itu anak saya "
        f"Dimas Pratama Putra, NIK {n}, KK {k}, desa Taban, Jambe",
    ],
    L(kia(n, k, "DIMAS PRATAMA PUTRA", "TABAN", "JAMBE")),
)

k = kk("Mauk", 2005, 4, 11)
c(
    cat,
    "resident",
    [
        "Assalamualaikum, nama saya Haji Muhidin, kepala keluarga. Mau minta KK baru soalnya "
        f"yang lama udah lecek banget. No KK {k}, Ketapang Mauk",
    ],
    L(kkl(k, "HAJI MUHIDIN", "KETAPANG", "MAUK")),
)

n, k = nik("Gunung Kaler", 1998, 11, 30, True), kk("Gunung Kaler", 2021, 2, 17)
c(
    cat,
    "first_timer",
    [
        "Selamat malam, saya Lilis Suryani dari Gunung Kaler, desa Onyam. "
        "Mau nanya dan sekalian urus KTP, dompet saya jatuh di angkot",
        f"NIK {grp(n)} KK {grp(k)}",
    ],
    L(ktp(n, k, "LILIS SURYANI", "ONYAM", "GUNUNG KALER", "HILANG")),
)

n, k = nik("Sindang Jaya", 1988, 1, 5), kk("Sindang Jaya", 2015, 8, 8)
c(
    cat,
    "resident",
    [
        "Bang, ane Rahmat. Mo bikin surat pindah ke Jakarta Barat, rumah mertua di "
        "Jl. Kamal Raya Gg. H. Dul RT 04 RW 02 Cengkareng Barat Jakarta Barat",
        f"nik ane {n}, kk {k}",
    ],
    L(
        pindah(
            n, k, "RAHMAT", "JL. KAMAL RAYA GG. H. DUL RT 04 RW 02 CENGKARENG BARAT JAKARTA BARAT"
        )
    ),
)

# --- half_remembered_format --------------------------------------------------------------
cat = "half_remembered_format"
n, k = nik("Teluknaga", 1994, 8, 2), kk("Teluknaga", 2017, 11, 11)
c(
    cat,
    "resident",
    [
        f"#ktp {n} {k} Bambang Irawan Lemo Teluknaga hilang",
    ],
    L(ktp(n, k, "BAMBANG IRAWAN", "LEMO", "TELUKNAGA", "HILANG")),
)

k = kk("Cisoka", 2010, 3, 29)
c(
    cat,
    "resident",
    [
        f"KK#{k}#Ujang Sutisna#Selapajang#",
        "kec cisoka",
    ],
    L(kkl(k, "UJANG SUTISNA", "SELAPAJANG", "CISOKA")),
)

n, k = nik("Sepatan", 2012, 12, 12, True), kk("Sepatan", 2011, 6, 20)
c(
    cat,
    "first_timer",
    [
        f"#KIA#{n}#Nabila Zahra#Karet#Sepatan",
        "kk nya lupa masukin ya? bentar",
    ],
    L(kia(n, k, "NABILA ZAHRA", "KARET", "SEPATAN")),
    answers={"no_kk": k},
    missing=1,
)

n, k = nik("Panongan", 1985, 5, 25, True), kk("Panongan", 2014, 9, 9)
c(
    cat,
    "resident",
    [
        f"#KTP-{n}-{k}-Rina Marlina-Ciakar-Panongan-rusak",
    ],
    L(ktp(n, k, "RINA MARLINA", "CIAKAR", "PANONGAN", "RUSAK")),
)

n, k = nik("Cisauk", 1996, 10, 4), kk("Cisauk", 2022, 3, 3)
c(
    cat,
    "resident",
    [
        f"#skpwni#{n}#{k}#Yoga Prasetyo",
        "format nya gitu kan? alamat pindah belum",
    ],
    L(pindah(n, k, "YOGA PRASETYO", "JL. PEMUDA NO 10 RT 01 RW 03 KEL. PEKUNDEN SEMARANG TENGAH")),
    answers={"alamat_pindah": "Jl. Pemuda no 10 RT 01 RW 03 Kel. Pekunden Semarang Tengah"},
    missing=1,
)

n, k = nik("Kronjo", 2009, 3, 17, True), kk("Kronjo", 2009, 1, 7)
c(
    cat,
    "first_timer",
    [
        f"# KTP # {n} # {k} # Siti Nurjanah # Pagenjahan # Kronjo #",
        "itu yg pertama kali bikin ktp",
    ],
    L(ktp(n, k, "SITI NURJANAH", "PAGENJAHAN", "KRONJO", "PEMULA")),
    answers={"alasan": "pemula"},
)
# --- restate_known_value -----------------------------------------------------------------
cat = "restate_known_value"
n, k = nik("Cikupa", 1991, 4, 8), kk("Cikupa", 2019, 5, 5)
c(
    cat,
    "resident",
    [
        f"ktp saya hilang, nik {n} kk {k} nama Agus Salim desa Bitung Jaya",
    ],
    L(ktp(n, k, "AGUS SALIM", "BITUNG JAYA", "CIKUPA", "HILANG")),
    answers={"kecamatan": "cikupa. desanya tetep bitung jaya ya yg tadi"},
    missing=1,
)

n, k = nik("Pagedangan", 2014, 9, 1), kk("Pagedangan", 2013, 4, 22)
c(
    cat,
    "resident",
    [
        f"KIA untuk anak saya Kevin Alexander, NIK {n}, desa Cicalengka kec Pagedangan",
    ],
    L(kia(n, k, "KEVIN ALEXANDER", "CICALENGKA", "PAGEDANGAN")),
    answers={"no_kk": f"no KK {k}, namanya tetap Kevin Alexander ya"},
    missing=1,
)

k = kk("Sepatan Timur", 2003, 7, 7)
c(
    cat,
    "resident",
    [
        f"mau urus KK, no kk {k}, kepala keluarga Sanusi",
        "desa Lebak Wangi, Sepatan Timur",
        f"nomor kk nya sekali lagi ya {k}",
    ],
    L(kkl(k, "SANUSI", "LEBAK WANGI", "SEPATAN TIMUR")),
)

n, k = nik("Kemiri", 1970, 6, 16, True), kk("Kemiri", 2006, 10, 10)
c(
    cat,
    "first_timer",
    [
        f"Bu, saya Maemunah, desa Lontar kec Kemiri. KTP rusak. NIK {n}",
    ],
    L(ktp(n, k, "MAEMUNAH", "LONTAR", "KEMIRI", "RUSAK")),
    answers={"no_kk": f"{grp(k)} itu kk nya. nama saya Maemunah, desa Lontar"},
    missing=1,
)

n, k = nik("Curug", 1989, 2, 28), kk("Curug", 2016, 12, 24)
c(
    cat,
    "resident",
    [
        f"surat pindah keluar an. Irfan Hakim nik {n} kk {k}",
    ],
    L(pindah(n, k, "IRFAN HAKIM", "JL. PAHLAWAN NO 7 RT 05 RW 01 KEL. KEDUNGMUNDU KOTA SEMARANG")),
    answers={
        "alamat_pindah": "alamatnya Jl. Pahlawan no 7 RT 05 RW 01 Kel. Kedungmundu Kota "
        "Semarang. namanya tetap Irfan Hakim sesuai tadi"
    },
    missing=1,
)

n, k = nik("Balaraja", 2010, 8, 19, True), kk("Balaraja", 2009, 2, 2)
c(
    cat,
    "helper",
    [
        f"sy staf desa Saga balaraja, input KIA warga: Nur Aini, nik {n}, kk {k}",
        "desa Saga, Balaraja (sama kayak desa kantor sy)",
    ],
    L(kia(n, k, "NUR AINI", "SAGA", "BALARAJA")),
    answers={"nama_warga": "Ibu Komariah, ibunya Nur Aini", "telepon_warga": "0877 0000 9504"},
)

# --- name_with_relation ------------------------------------------------------------------
cat = "name_with_relation"
n, k = nik("Pasar Kemis", 2018, 3, 10), kk("Pasar Kemis", 2017, 7, 1)
c(
    cat,
    "resident",
    [
        f"anak bungsu saya namanya Muhammad Alfarizi, mau dibikinin KIA. nik {n} kk {k}, "
        "kami di Sukamantri, Pasar Kemis",
    ],
    L(kia(n, k, "MUHAMMAD ALFARIZI", "SUKAMANTRI", "PASAR KEMIS")),
)

n, k = nik("Kresek", 1968, 12, 25), kk("Kresek", 2004, 3, 18)
c(
    cat,
    "resident",
    [
        "Saya mau uruskan KTP bapak saya yang hilang, beliau sudah sepuh jadi saya yang chat. "
        f"Nama beliau Karta Wijaya, NIK {n}, KK {k}, Desa Renged Kec. Kresek",
    ],
    L(ktp(n, k, "KARTA WIJAYA", "RENGED", "KRESEK", "HILANG")),
)

n, k = nik("Cisoka", 1995, 1, 31, True), kk("Cisoka", 2020, 8, 17)
c(
    cat,
    "first_timer",
    [
        "istri saya ktp nya kelindes, gmn ya bikin lagi",
    ],
    L(ktp(n, k, "ENENG KURNIASIH", "CEMPAKA", "CISOKA", "RUSAK")),
    answers={
        "nik": f"nik istri {n}",
        "no_kk": f"kk {k}",
        "nama": "Eneng Kurniasih istri saya",
        "desa": "cempaka",
        "kecamatan": "cisoka",
        "alasan": "rusak",
    },
    missing=5,
)

k = kk("Kosambi", 2012, 9, 26)
c(
    cat,
    "resident",
    [
        "kk punya mertua sy mau diganti, kepala keluarganya Bapak Liem Tjoe Hok, "
        f"nomornya {k}, Belimbing, Kosambi",
    ],
    L(kkl(k, "LIEM TJOE HOK", "BELIMBING", "KOSAMBI")),
)

n, k = nik("Sukamulya", 2009, 9, 30), kk("Sukamulya", 2008, 11, 29)
c(
    cat,
    "resident",
    [
        "Ponakan saya baru 17 taun mau bikin KTP, namanya Ilham Nurdiansyah",
        f"NIK {n} KK {k}",
        "Kaliasin Sukamulya",
    ],
    L(ktp(n, k, "ILHAM NURDIANSYAH", "KALIASIN", "SUKAMULYA", "PEMULA")),
    answers={"alasan": "baru pertama kali bikin"},
)

n, k = nik("Legok", 2015, 7, 4, True), kk("Legok", 2014, 2, 14)
c(
    cat,
    "helper",
    [
        f"Kader posyandu dsa Rancagong, Legok. KIA cucunya Bu Enah: Zaskia Amelia, nik {n}, kk {k}",
    ],
    L(kia(n, k, "ZASKIA AMELIA", "RANCAGONG", "LEGOK")),
    answers={"nama_warga": "Bu Enah", "telepon_warga": "0819 0000 9505", "desa": "Rancagong"},
)

# --- surat_pindah ------------------------------------------------------------------------
cat = "surat_pindah"
n, k = nik("Kelapa Dua", 1987, 5, 15, True), kk("Kelapa Dua", 2013, 8, 30)
c(
    cat,
    "resident",
    [
        "mau pindah domisili ikut suami ke Bandung",
        f"nik {n}\nkk {k}\nnama Veronika Angelina",
        "alamatnya Komplek Gegerkalong Girang No 22 RT 3 RW 9 Sukasari Bandung",
    ],
    L(
        pindah(
            n, k, "VERONIKA ANGELINA", "KOMPLEK GEGERKALONG GIRANG NO 22 RT 3 RW 9 SUKASARI BANDUNG"
        )
    ),
)

no = skpwni("Cengkareng", 2026, 11, 28)
c(
    cat,
    "resident",
    [
        "baru pindah dr cengkareng ke cikupa, udah dapet skpwni dr dukcapil jakbar",
        f"nomornya {no}",
    ],
    L(datang(no, "IKUT ORANG TUA")),
    answers={"keperluan": "ikut orang tua"},
    missing=1,
)

n, k = nik("Tigaraksa", 1980, 3, 21), kk("Tigaraksa", 2010, 10, 14)
c(
    cat,
    "helper",
    [
        f"SKPWNI warga kami Bpk Sutrisno, NIK {n} KK {k}, pindah ke "
        "Perum Griya Cibinong Indah Blok F3 No 12 Cibinong Kab. Bogor",
    ],
    L(pindah(n, k, "SUTRISNO", "PERUM GRIYA CIBINONG INDAH BLOK F3 NO 12 CIBINONG KAB. BOGOR")),
    answers={"nama_warga": "Sutrisno", "telepon_warga": "0812 0000 9506"},
)

no = skpwni("Cibeber Cilegon", 2026, 11, 5)
c(
    cat,
    "first_timer",
    [
        "pak kalau sudah punya surat pindah dari Cilegon, lapornya gimana?",
        f"ini nomor skpwni {grp(no)}. keperluannya beli rumah di Panongan",
    ],
    L(datang(no, "BELI RUMAH DI PANONGAN")),
)

n, k = nik("Teluknaga", 1999, 12, 9), kk("Teluknaga", 2023, 1, 19)
c(
    cat,
    "resident",
    [
        f"skpwni nik {n} kk {k} nama Andika Saputra, pindah ke Jl. Imam Bonjol No 5 "
        "RT 001 RW 002 Kel. Pendrikan Kidul Semarang",
    ],
    L(
        pindah(
            n,
            k,
            "ANDIKA SAPUTRA",
            "JL. IMAM BONJOL NO 5 RT 001 RW 002 KEL. PENDRIKAN KIDUL SEMARANG",
        )
    ),
)

no = skpwni("Sukasari Bandung", 2026, 10, 30)
c(
    cat,
    "resident",
    [
        f"lapor datang, skpwni {no}, kuliah S2 sambil kerja di BSD",
    ],
    L(datang(no, "KULIAH S2 SAMBIL KERJA DI BSD")),
)

n, k = nik("Jayanti", 1977, 7, 27, True), kk("Jayanti", 2002, 5, 13)
c(
    cat,
    "first_timer",
    [
        "saya mau pindah KK ke kampung asal di Cilegon, bikin surat pindahnya bisa lewat sini?",
        f"NIK {n}",
        f"KK {k}",
        "Sumiati",
    ],
    L(pindah(n, k, "SUMIATI", "LINK. CIBEBER RT 02 RW 04 KEL. CIBEBER KEC. CIBEBER KOTA CILEGON")),
    answers={"alamat_pindah": "Link. Cibeber RT 02 RW 04 Kel. Cibeber Kec. Cibeber Kota Cilegon"},
    missing=1,
)

# --- question_not_form -------------------------------------------------------------------
cat = "question_not_form"
c(
    cat,
    "resident",
    ["mau bikin KTP yg ilang, syaratnya apa aja ya min?"],
    F(("polisi", "kepolisian")),
)
c(
    cat,
    "first_timer",
    ["bikin KIA itu bayar berapa ya? tetangga bilang 50rb"],
    F(("gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya")),
)
c(
    cat,
    "resident",
    ["Anak saya umur 7 tahun mau daftar KIA, perlu foto ga? ukuran brp?"],
    F(("2x3", "2 x 3", "2×3")),
)
c(
    cat,
    "helper",
    [
        "Pak, warga saya mau ajukan surat pindah keluar ke Jawa Tengah. "
        "Perlu surat pengantar RT/RW dan desa nggak?",
    ],
    F(("tidak perlu", "tidak diperlukan", "tidak wajib", "tanpa"), ("kk", "kartu keluarga")),
)
c(
    cat,
    "first_timer",
    [
        "Kk saya hilang waktu banjir, untuk urus kk baru harus bawa apa?",
    ],
    F(("polisi", "kepolisian"), ("ktp",)),
)
c(
    cat,
    "resident",
    [
        "adik sy umurnya 16 tp udah nikah, bisa bikin ktp ga?",
    ],
    F(("menikah", "kawin", "nikah")),
)
# --- topic_coverage ----------------------------------------------------------------------
cat = "topic_coverage"
c(
    cat,
    "resident",
    ["IKD itu apa sih? ktp digital ya? cara aktifinnya gmn"],
    F(("smartphone", "hp", "ponsel", "telepon genggam"), ("email", "e-mail", "surel")),
)
c(
    cat,
    "first_timer",
    ["kantor disdukcapil kab tangerang dimana ya alamatnya? mau dateng langsung"],
    F(("tigaraksa",), ("puspemkab", "pusat pemerintahan")),
)
c(
    cat,
    "resident",
    ["jam buka pelayanan dukcapil jam berapa ya? sabtu buka gak"],
    F(("pengumuman", "resmi", "informasi terbaru")),
)
c(
    cat,
    "helper",
    [
        "Mohon info, warga pendatang yang ngekos di wilayah kami mau lapor datang, "
        "berkas apa saja yang harus dibawa?",
    ],
    F(("skpwni", "surat keterangan pindah", "surat pindah"), ("pemilik", "tidak keberatan")),
)
c(
    cat,
    "resident",
    [
        "Punten, saya pindah rumah dari Cikupa ke Balaraja, masih sama-sama kabupaten Tangerang. "
        "Perlu SKPWNI juga kah?",
    ],
    F(("tidak perlu", "tidak memerlukan", "tidak diperlukan", "tanpa"), ("kk", "kartu keluarga")),
)
c(
    cat,
    "first_timer",
    ["baru nikah bulan kemaren, mau bikin KK sendiri pisah dari ortu. syaratnya?"],
    F(("buku nikah", "akta perkawinan", "akta nikah", "kutipan akta")),
)
c(cat, "resident", ["KIA itu berlaku sampe umur berapa? anak saya udah 16"], F(("17",)))
c(
    cat,
    "resident",
    [
        "ktp sy udah pudar tulisannya, bisa ganti baru? apa yg dibawa",
    ],
    F(
        (
            "ktp-el yang rusak",
            "ktp yang rusak",
            "ktp-el rusak",
            "ktp rusak",
            "ktp lama",
            "ktp-el lama",
        )
    ),
)
c(
    cat,
    "first_timer",
    [
        "anak saya baru lahir minggu lalu, kapan bisa dibuatin KIA? syaratnya apa",
    ],
    F(("akta kelahiran", "akte kelahiran", "akta lahir"), ("kk", "kartu keluarga")),
)
c(
    cat,
    "helper",
    [
        "Apakah cetak KTP-el sekarang bisa di kantor kecamatan? Warga Jambe jauh kalau ke Tigaraksa.",
    ],
    F(("kecamatan",)),
)

# --- referral_by_place -------------------------------------------------------------------
cat = "referral_by_place"
n, k = nik("Cipondoh", 1993, 6, 6), kk("Cipondoh", 2018, 2, 8)
c(
    cat,
    "resident",
    [
        f"mau bikin ktp hilang nik {n} kk {k} nama Teguh Santoso kel Poris Plawad kec Cipondoh",
    ],
    R("Kota Tangerang"),
)
c(
    cat,
    "resident",
    ["sy tinggal di Pamulang Barat, KK mau cetak ulang bisa disini?"],
    R("Kota Tangerang Selatan"),
)
c(
    cat,
    "first_timer",
    [
        "halo, saya warga Kelurahan Cimone Kecamatan Karawaci, anak saya mau bikin KIA",
    ],
    R("Kota Tangerang"),
)
c(
    cat,
    "helper",
    [
        "Sy RT di Pondok Aren, Bintaro sektor 3. Ada warga KTP rusak, bisa diajukan lewat nomor ini?",
    ],
    R("Kota Tangerang Selatan"),
)
c(
    cat,
    "resident",
    [
        "rumah saya di Periuk Jaya deket Perumnas 2, mau urus KK baru abis nikah",
    ],
    R("Kota Tangerang"),
)
n, k = nik("Pamulang", 1984, 4, 14, True), kk("Pamulang", 2011, 9, 2)
c(
    cat,
    "resident",
    [
        f"#KTP#{n}#{k}#Melati Kusuma#Pondok Cabe Ilir#Pamulang#HILANG#",
    ],
    R("Kota Tangerang Selatan"),
)
c(
    cat,
    "first_timer",
    [
        "Saya di Ciledug, kelurahan Sudimara Barat. KTP suami hilang, urusnya kemana ya?",
    ],
    R("Kota Tangerang"),
)
c(
    cat,
    "resident",
    [
        "bu, saya orang Serpong Utara (Pakujaya), mau bikin surat pindah ke Bekasi",
    ],
    R("Kota Tangerang Selatan"),
)
c(
    cat,
    "resident",
    [
        "Larangan Utara, Kota Tangerang. Mau buat KIA untuk 2 anak saya. Gimana caranya?",
    ],
    R("Kota Tangerang"),
)
c(
    cat,
    "helper",
    [
        "Kami pengurus DKM di Ciputat Timur, kelurahan Rempoa, banyak jamaah lansia yang KTP-nya "
        "rusak. Apa bisa dibantu di sini?",
    ],
    R("Kota Tangerang Selatan"),
)

# --- complaint_followup ------------------------------------------------------------------
cat = "complaint_followup"
c(
    cat,
    "resident",
    [
        "udah 2 minggu ngajuin KTP hilang lewat WA blm ada kabar sama sekali. "
        "saya mau ngomong sama petugasnya langsung aja",
    ],
    C("handoff"),
)
c(
    cat,
    "resident",
    [
        "Pak tolong permohonan KK saya langsung di-acc aja ya hari ini, soalnya buat daftar sekolah anak besok",
    ],
    C("no_approval"),
)
n = nik("Cikupa", 1982, 8, 12)
c(
    cat,
    "resident",
    [
        f"Min cek dong status ktp atas NIK {n}, itu punya kakak saya, udah jadi belum dan atas nama siapa?",
    ],
    C("no_nik_lookup"),
)
c(
    cat,
    "first_timer",
    [
        "saya kecewa, kemarin dibilang 1 hari jadi tapi sampe sekarang belum. "
        "tolong sambungkan ke admin manusia, jangan bot",
    ],
    C("handoff"),
)
c(
    cat,
    "helper",
    [
        "Bisa dipastikan disetujui tidak pengajuan KIA warga kami yang kemarin? "
        "Mohon kepastian sekarang karena warga menunggu di kantor desa.",
    ],
    C("no_approval"),
)
n = nik("Rajeg", 1990, 2, 2, True)
c(
    cat,
    "resident",
    [
        f"tolong cariin data orang ini NIK {grp(n)}, dia ngaku tinggal di Rajeg, alamat lengkapnya dimana?",
    ],
    C("no_nik_lookup"),
)

# --- helper_mode -------------------------------------------------------------------------
cat = "helper_mode"
n, k = nik("Kresek", 1960, 1, 1, True), kk("Kresek", 2006, 6, 12)
c(
    cat,
    "helper",
    [
        "Assalamualaikum, saya Ujang operator desa Patrasana. Mau ajukan KTP warga yg hilang.",
        f"Atas nama Ibu Rukiyah, NIK {n}, KK {k}, desa Patrasana kec Kresek",
    ],
    L(ktp(n, k, "RUKIYAH", "PATRASANA", "KRESEK", "HILANG")),
    answers={"nama_warga": "Rukiyah", "telepon_warga": "0858 0000 9507", "alasan": "hilang"},
    missing=0,
)

n, k = nik("Sepatan", 2009, 10, 22), kk("Sepatan", 2008, 7, 31)
c(
    cat,
    "helper",
    [
        f"ktp pemula warga: {n} / {k} / Aldi Firmansyah / Pondok Jaya / Sepatan",
    ],
    L(ktp(n, k, "ALDI FIRMANSYAH", "PONDOK JAYA", "SEPATAN", "PEMULA")),
    answers={
        "nama_warga": "Aldi Firmansyah",
        "telepon_warga": "0821 0000 9508",
        "alasan": "pemula",
    },
    missing=0,
)

k = kk("Mekar Baru", 2010, 5, 21)
c(
    cat,
    "helper",
    [
        "Selamat pagi bu, dari kantor desa Waliwis kec Mekar Baru. Pengajuan cetak KK rusak:",
        f"No KK: {k}\nKepala keluarga: Ahmad Sobari\nDesa: Waliwis\nKec: Mekarbaru",
    ],
    L(kkl(k, "AHMAD SOBARI", "WALIWIS", "MEKAR BARU")),
    answers={"nama_warga": "Ahmad Sobari", "telepon_warga": "0838 0000 9509"},
)

n, k = nik("Cikupa", 2019, 11, 11, True), kk("Cikupa", 2019, 1, 28)
c(
    cat,
    "helper",
    [
        "sy kader PKK Talaga cikupa, bantu daftarin KIA anak ibu Yanti",
        f"nama anak Keisha Azzahra\nnik {grp(n)}\nkk {grp(k)}",
    ],
    L(kia(n, k, "KEISHA AZZAHRA", "TALAGA", "CIKUPA")),
    answers={
        "nama_warga": "Yanti",
        "telepon_warga": "0812 0000 9510",
        "desa": "Talaga",
        "kecamatan": "Cikupa",
    },
)

n, k = nik("Pakuhaji", 1972, 9, 3), kk("Pakuhaji", 2004, 12, 1)
c(
    cat,
    "helper",
    [
        f"Pak, saya Kaur Pemerintahan desa Sukawali. KTP rusak atas nama Tarmiji, NIK {n} KK {k}",
        "desa sukawali kecamatan pakuhaji",
    ],
    L(ktp(n, k, "TARMIJI", "SUKAWALI", "PAKUHAJI", "RUSAK")),
    answers={"nama_warga": "Tarmiji", "telepon_warga": "0852 0000 9511", "alasan": "rusak"},
    missing=0,
)

n, k = nik("Cisauk", 1994, 4, 30, True), kk("Cisauk", 2021, 7, 16)
c(
    cat,
    "helper",
    [
        "mau input skpwni warga sy",
        f"{n}",
        f"{k}",
        "Fitriani Handayani",
        "tujuan: Jl. Raya Bogor KM 44 RT 03 RW 11 Pakansari Cibinong Kab Bogor",
    ],
    L(
        pindah(
            n,
            k,
            "FITRIANI HANDAYANI",
            "JL. RAYA BOGOR KM 44 RT 03 RW 11 PAKANSARI CIBINONG KAB BOGOR",
        )
    ),
    answers={"nama_warga": "Fitriani Handayani", "telepon_warga": "0815 0000 9512"},
)

n, k = nik("Kronjo", 1958, 3, 8), kk("Kronjo", 2005, 8, 23)
c(
    cat,
    "helper",
    [
        "Bismillah. Dari desa Bakung, Kronjo. KTP warga lansia hilang, surat polisi sudah ada. "
        f"Nama: Sanip. NIK {n}. No KK {k}.",
    ],
    L(ktp(n, k, "SANIP", "BAKUNG", "KRONJO", "HILANG")),
    answers={"nama_warga": "Sanip", "telepon_warga": "0859 0000 9513"},
)

no = skpwni("Semarang Tengah", 2026, 11, 12)
c(
    cat,
    "helper",
    [
        f"lapor datang warga baru desa Kadu Jaya: no SKPWNI {no}",
    ],
    L(datang(no, "PINDAH TUGAS KERJA")),
    answers={
        "keperluan": "pindah tugas kerja",
        "nama_warga": "Bagus Wicaksono",
        "telepon_warga": "0811 0000 9514",
    },
    missing=1,
)

n, k = nik("Solear", 2011, 5, 5), kk("Solear", 2010, 9, 19)
c(
    cat,
    "helper",
    [
        "Permisi, operator sekolah SD Negeri Cikasungka nih, bantu orang tua murid bikin KIA ya",
        f"Raka Aditya, nik {n}, kk {k}, desa Cikasungka, Solear",
    ],
    L(kia(n, k, "RAKA ADITYA", "CIKASUNGKA", "SOLEAR")),
    answers={"nama_warga": "Pak Dedi, ayahnya Raka", "telepon_warga": "0878 0000 9515"},
)

k = kk("Jayanti", 2015, 3, 9)
c(
    cat,
    "helper",
    [
        f"KK a.n kepala keluarga Samsudin, {grp(k, (6, 6, 4))}, Pangkat Jayanti. perubahan data, anak baru lahir",
    ],
    L(kkl(k, "SAMSUDIN", "PANGKAT", "JAYANTI")),
    answers={"nama_warga": "Samsudin", "telepon_warga": "0823 0000 9516"},
)

n, k = nik("Kemiri", 2009, 7, 14, True), kk("Kemiri", 2009, 4, 6)
c(
    cat,
    "helper",
    [
        "warga berikutnya pak, KTP pemula",
        f"NIK {n}\nKK {k}\nNAMA Dewi Sartika\nDESA Klebet\nKEC Kemiri",
    ],
    L(ktp(n, k, "DEWI SARTIKA", "KLEBET", "KEMIRI", "PEMULA")),
    answers={"nama_warga": "Dewi Sartika", "telepon_warga": "0856 0000 9517"},
)

n, k = nik("Sukadiri", 1966, 10, 10), kk("Sukadiri", 2007, 11, 27)
c(
    cat,
    "helper",
    [
        "Saya Babinsa wilayah Sukadiri, membantu warga yang tidak punya HP.",
        f"KTP rusak: Bapak Engkos Kosasih, NIK {n}, KK {k}, Desa Pekayon",
    ],
    L(ktp(n, k, "ENGKOS KOSASIH", "PEKAYON", "SUKADIRI", "RUSAK")),
    answers={
        "kecamatan": "Sukadiri",
        "nama_warga": "Engkos Kosasih",
        "telepon_warga": "tidak punya HP, hubungi saya saja 0813 0000 9518",
    },
    missing=1,
)
# --- desa_typo_with_kecamatan ------------------------------------------------------------
cat = "desa_typo_with_kecamatan"
n, k = nik("Cikupa", 1997, 3, 23, True), kk("Cikupa", 2022, 6, 1)
c(
    cat,
    "resident",
    [
        f"ktp hilang. {n} {k} Anisa Rahmawati, desa bitung jya kec cikupa",
    ],
    L(ktp(n, k, "ANISA RAHMAWATI", "BITUNG JAYA", "CIKUPA", "HILANG")),
)

n, k = nik("Teluknaga", 2017, 8, 8), kk("Teluknaga", 2016, 3, 25)
c(
    cat,
    "resident",
    [
        f"KIA anak saya Raffi Ahmad Hidayat nik {n} kk {k} kampung melayu timur teluk naga",
    ],
    L(kia(n, k, "RAFFI AHMAD HIDAYAT", "KMP MELAYU TIM", "TELUKNAGA")),
    answers={"saran_tempat": "iya kampung melayu timur"},
)

k = kk("Pakuhaji", 2011, 1, 1)
c(
    cat,
    "helper",
    [
        f"KK warga: {k}, kepala keluarga Misnan, desa Bunisari, kecamatan Paku Haji",
    ],
    L(kkl(k, "MISNAN", "BONISARI", "PAKUHAJI")),
    answers={"nama_warga": "Misnan", "telepon_warga": "0851 0000 9519"},
)

n, k = nik("Legok", 1981, 11, 18), kk("Legok", 2009, 12, 12)
c(
    cat,
    "resident",
    [
        f"mau ganti ktp rusak, nik {n}, kk {k}, nama Wahyu Hidayat, desa bojong kamal, legok",
    ],
    L(ktp(n, k, "WAHYU HIDAYAT", "BOJONGKAMAL", "LEGOK", "RUSAK")),
)

n, k = nik("Pasar Kemis", 2009, 2, 20, True), kk("Pasar Kemis", 2008, 10, 3)
c(
    cat,
    "helper",
    [
        f"Pemula a.n. Salsabila Putri, {n}, {k}, Gelamjaya, Pasarkemis",
    ],
    L(ktp(n, k, "SALSABILA PUTRI", "GELAM JAYA", "PASAR KEMIS", "PEMULA")),
    answers={"nama_warga": "Salsabila Putri", "telepon_warga": "0895 0000 9520"},
)

n, k = nik("Sindang Jaya", 2021, 6, 15, True), kk("Sindang Jaya", 2020, 11, 2)
c(
    cat,
    "first_timer",
    [
        f"mau bikin kia anak, nama Alya Safitri, nik {n} kk {k}, desa sindang sono kec sindangjaya",
    ],
    L(kia(n, k, "ALYA SAFITRI", "SINDANGSONO", "SINDANG JAYA")),
    answers={"saran_tempat": "betul"},
)

k = kk("Cisoka", 2014, 7, 29)
c(
    cat,
    "resident",
    [
        f"kk mau diganti, no {k}, atas nama Kusnadi, ds. Karangharja kec. Cisoka",
    ],
    L(kkl(k, "KUSNADI", "KARANG HARJA", "CISOKA")),
)

n, k = nik("Kosambi", 1990, 5, 1), kk("Kosambi", 2015, 10, 20)
c(
    cat,
    "helper",
    [
        f"KTP hilang warga Salembaran Jati (kec. kosambi) an. Hendrik Wijaya, nik {n} kk {k}",
        "ralat desanya Salembaran Jati ya, bukan Jaya",
    ],
    L(ktp(n, k, "HENDRIK WIJAYA", "SALEMBARAN JATI", "KOSAMBI", "HILANG")),
    answers={"nama_warga": "Hendrik Wijaya", "telepon_warga": "0817 0000 9521"},
)

n, k = nik("Sepatan Timur", 1986, 12, 31, True), kk("Sepatan Timur", 2012, 4, 10)
c(
    cat,
    "resident",
    [
        f"ktp rusak, nik {n} kk {k} nama Juleha, gempolsari sepatan timur",
    ],
    L(ktp(n, k, "JULEHA", "GEMPOL SARI", "SEPATAN TIMUR", "RUSAK")),
)

n, k = nik("Tigaraksa", 2012, 4, 4), kk("Tigaraksa", 2011, 8, 15)
c(
    cat,
    "helper",
    [
        f"KIA: Bima Sakti, nik {n}, kk {k}, desa Kadu Agong, kec Tiga Raksa",
    ],
    L(kia(n, k, "BIMA SAKTI", "KADU AGUNG", "TIGARAKSA")),
    answers={
        "nama_warga": "Ibu Ratna",
        "telepon_warga": "0816 0000 9522",
        "saran_tempat": "ya betul",
    },
)

# --- casual_stepwise ---------------------------------------------------------------------
cat = "casual_stepwise"
n, k = nik("Balaraja", 1993, 9, 27, True), kk("Balaraja", 2020, 3, 8)
c(
    cat,
    "resident",
    ["kak mau bikin ktp lagi"],
    L(ktp(n, k, "SITI MAESAROH", "GEMBONG", "BALARAJA", "HILANG")),
    answers={
        "nik": f"bentar cari dulu... nah ini {n}",
        "no_kk": f"kk: {k}",
        "nama": "Siti Maesaroh",
        "desa": "gembong",
        "kecamatan": "balaraja",
        "alasan": "ilang kak, kayaknya jatoh di parkiran",
    },
    missing=6,
)

n, k = nik("Curug", 2016, 2, 29), kk("Curug", 2015, 5, 18)
c(
    cat,
    "first_timer",
    ["halo", "mau daftar kartu anak"],
    L(kia(n, k, "GALANG SAMUDRA", "BINONG", "CURUG")),
    answers={
        "layanan": "KIA",
        "nik": f"nik anak? {n}",
        "no_kk": f"{grp(k)}",
        "nama": "anak saya Galang Samudra",
        "desa": "kelurahan binong",
        "kecamatan": "curug kak",
    },
    missing=5,
)

k = kk("Panongan", 2013, 1, 23)
c(
    cat,
    "resident",
    ["urus kk"],
    L(kkl(k, "NASRUDIN", "RANCA KALAPA", "PANONGAN")),
    answers={
        "no_kk": f"yg di pojok kanan atas kan? {k}",
        "nama_kepala_keluarga": "bapak saya, Nasrudin",
        "desa": "ranca kalapa",
        "kecamatan": "panongan",
    },
    missing=4,
)

n, k = nik("Rajeg", 1978, 8, 30), kk("Rajeg", 2005, 2, 11)
c(
    cat,
    "resident",
    ["ktp saya patah, bisa ganti?"],
    L(ktp(n, k, "MULYADI", "DAON", "RAJEG", "RUSAK")),
    answers={
        "nik": f"{grp(n, (6, 6, 4), '.')}",
        "no_kk": f"nomor kk {k}",
        "nama": "Mulyadi (tanpa gelar)",
        "desa": "Daon",
        "kecamatan": "Rajeg",
        "alasan": "rusak, patah dua",
    },
    missing=5,
)

n, k = nik("Kelapa Dua", 1975, 5, 9), kk("Kelapa Dua", 2008, 6, 27)
c(
    cat,
    "resident",
    ["mau urus pindah ke jakarta"],
    L(pindah(n, k, "TANTO HARTONO", "JL. PETA SELATAN NO 3 RT 08 RW 05 KALIDERES JAKARTA BARAT")),
    answers={
        "nik": f"nik {n}",
        "no_kk": k,
        "nama": "tanto hartono",
        "alamat_pindah": "Jl. Peta Selatan no 3 RT 08 RW 05 Kalideres Jakarta Barat",
    },
    missing=4,
)

n, k = nik("Jambe", 2009, 12, 1, True), kk("Jambe", 2008, 3, 14)
c(
    cat,
    "first_timer",
    ["anak sy udah 17 tahun bulan ini, bikin ktp nya gmn"],
    L(ktp(n, k, "INTAN PERMATASARI", "RANCA BUAYA", "JAMBE", "PEMULA")),
    answers={
        "nik": f"nik anak saya {n}",
        "no_kk": k,
        "nama": "Intan Permatasari",
        "desa": "ranca buaya",
        "kecamatan": "jambe",
        "alasan": "pemula, belum pernah punya",
    },
    missing=5,
)

no = skpwni("Cibinong", 2026, 11, 25)
c(
    cat,
    "resident",
    ["saya pendatang baru mau lapor"],
    L(datang(no, "MENGIKUTI SUAMI")),
    answers={
        "no_skpwni": f"nomor surat pindahnya {grp(no)}",
        "keperluan": "ngikut suami",
        "layanan": "surat pindah datang",
    },
    missing=2,
)

n, k = nik("Kronjo", 1988, 10, 2), kk("Kronjo", 2014, 11, 30)
c(
    cat,
    "resident",
    ["punten, KTP abdi leungit"],
    L(ktp(n, k, "ASEP SAEPULOH", "MUNCUNG", "KRONJO", "HILANG")),
    answers={
        "nik": n,
        "no_kk": f"{k} ieu KK na",
        "nama": "Asep Saepuloh",
        "desa": "Muncung",
        "kecamatan": "Kronjo",
    },
    missing=5,
)

n, k = nik("Pagedangan", 1995, 7, 7, True), kk("Pagedangan", 2019, 9, 1)
c(
    cat,
    "resident",
    ["mau ganti ktp, foto nya jelek wkwk. eh beneran rusak sih chip nya gak kebaca"],
    L(ktp(n, k, "CLARA NATALIA", "JATAKE", "PAGEDANGAN", "RUSAK")),
    answers={
        "nik": f"{n} 👍",
        "no_kk": f"{k}",
        "nama": "Clara Natalia",
        "desa": "Jatake",
        "kecamatan": "Pagedangan",
    },
    missing=5,
)

k = kk("Gunung Kaler", 2016, 6, 6)
c(
    cat,
    "first_timer",
    ["KK saya sobek kena anak, bisa dicetak ulang?"],
    L(kkl(k, "TATANG SUHENDAR", "KANDAWATI", "GUNUNG KALER")),
    answers={
        "no_kk": f"yang sobek masih kebaca nomernya: {k}",
        "nama_kepala_keluarga": "Tatang Suhendar, suami saya",
        "desa": "kandawati",
        "kecamatan": "gunung kaler",
    },
    missing=4,
)

# --- correction_at_confirmation ----------------------------------------------------------
cat = "correction_at_confirmation"
n, k = nik("Cikupa", 1992, 1, 12), kk("Cikupa", 2018, 4, 17)
c(
    cat,
    "resident",
    [
        f"ktp hilang nik {n} kk {k} nama Yusuf Maulana desa Sukanagara kec Cikupa",
        "eh salah, desanya Sukadamai bukan Sukanagara",
    ],
    FIX(ktp(n, k, "YUSUF MAULANA", "SUKADAMAI", "CIKUPA", "HILANG")),
)

n, k = nik("Mauk", 2014, 3, 3, True), kk("Mauk", 2013, 12, 5)
bad = off(n, 14)
c(
    cat,
    "resident",
    [
        f"KIA anak: Salma Nur Fadilah, NIK {bad}, KK {k}, desa Sasak kec Mauk",
        f"maaf nik nya salah ketik, yang bener {n}",
    ],
    FIX(kia(n, k, "SALMA NUR FADILAH", "SASAK", "MAUK")),
)

k = kk("Kosambi", 2007, 5, 30)
c(
    cat,
    "helper",
    [
        f"KK warga: {k}, kepala keluarga Abdul Rojak, desa Cengklong, Kosambi",
        "koreksi namanya Abdul Rozak pakai z",
    ],
    FIX(kkl(k, "ABDUL ROZAK", "CENGKLONG", "KOSAMBI")),
    answers={"nama_warga": "Abdul Rozak", "telepon_warga": "0814 0000 9523"},
)

n, k = nik("Legok", 1983, 6, 19, True), kk("Legok", 2010, 1, 9)
c(
    cat,
    "resident",
    [
        f"#KTP#{n}#{k}#RATNA SARI#PALASARI#LEGOK#HILANG#",
        "bukan hilang ding, rusak. ktp nya ada tapi patah",
    ],
    FIX(ktp(n, k, "RATNA SARI", "PALASARI", "LEGOK", "RUSAK")),
)

n, k = nik("Panongan", 1990, 3, 13), kk("Panongan", 2017, 2, 3)
badk = off(k, 9)
c(
    cat,
    "first_timer",
    [
        f"ktp rusak, nik {n} kk {badk} nama Denny Setiawan desa Peusar kec Panongan",
        f"no kk nya kurang tepat, ini yg benar: {k}",
    ],
    FIX(ktp(n, k, "DENNY SETIAWAN", "PEUSAR", "PANONGAN", "RUSAK")),
)

n, k = nik("Kresek", 1985, 8, 8), kk("Kresek", 2012, 12, 12)
c(
    cat,
    "resident",
    [
        f"surat pindah keluar, nik {n} kk {k} nama Ridwan Kamil Saputra, "
        "alamat pindah Jl. Merdeka No 9 Sukasari Bandung",
        "alamat pindahnya salah, harusnya Jl. Gegerkalong Hilir No 9 Sukasari Bandung",
    ],
    FIX(pindah(n, k, "RIDWAN KAMIL SAPUTRA", "JL. GEGERKALONG HILIR NO 9 SUKASARI BANDUNG")),
)

# --- cancel ------------------------------------------------------------------------------
cat = "cancel"
n = nik("Balaraja", 1990, 10, 10)
c(
    cat,
    "resident",
    [f"mau bikin ktp hilang, nik {n}", "eh ga jadi deh, ketemu ktp nya di laci 😅"],
    C("cancel"),
    answers={"no_kk": "batal aja"},
)
c(
    cat,
    "first_timer",
    ["saya mau bikin kk baru", "batalin aja pak, nanti saya ke kantor desa langsung"],
    C("cancel"),
)
k = kk("Tigaraksa", 2015, 9, 21)
c(
    cat,
    "helper",
    [
        f"input KK warga, no {k}, kepala keluarga Rohman",
        "maaf pak, dibatalkan dulu, warganya minta ditunda",
    ],
    C("cancel"),
)
n, k = nik("Curug", 2018, 7, 7), kk("Curug", 2017, 6, 30)
c(cat, "resident", [f"KIA anak, nik {n}, kk {k}", "udah stop, gak usah dilanjut"], C("cancel"))
c(
    cat,
    "resident",
    ["mau urus surat pindah ke bandung", "nggak jadi pindah, batal ya min"],
    C("cancel"),
)

# --- hash_line ---------------------------------------------------------------------------
cat = "hash_line"
n, k = nik("Cisauk", 1987, 2, 2, True), kk("Cisauk", 2014, 3, 15)
c(
    cat,
    "resident",
    [f"#KTP#{n}#{k}#MARYAM ULFAH#SAMPORA#CISAUK#HILANG#"],
    L(ktp(n, k, "MARYAM ULFAH", "SAMPORA", "CISAUK", "HILANG")),
)
k = kk("Sukamulya", 2012, 6, 18)
c(
    cat,
    "helper",
    [f"#KK#{k}#DARSONO#BUNIAYU#SUKAMULYA"],
    L(kkl(k, "DARSONO", "BUNIAYU", "SUKAMULYA")),
    answers={"nama_warga": "Darsono", "telepon_warga": "0857 0000 9524"},
)
n, k = nik("Kemiri", 2020, 9, 9, True), kk("Kemiri", 2019, 7, 7)
c(
    cat,
    "resident",
    [f"#KIA#{n}#{k}#Humaira Khansa#Karang Anyar#Kemiri"],
    L(kia(n, k, "HUMAIRA KHANSA", "KARANG ANYAR", "KEMIRI")),
)
no = skpwni("Cengkareng", 2026, 11, 18)
c(
    cat,
    "resident",
    [f"#SKDWN#{no}#BEKERJA DI BANDARA SOEKARNO HATTA"],
    L(datang(no, "BEKERJA DI BANDARA SOEKARNO HATTA")),
)
n, k = nik("Sepatan", 1991, 11, 4), kk("Sepatan", 2016, 8, 19)
c(
    cat,
    "first_timer",
    [
        f"#SKPWNI#{n}#{k}#RUDI HERMAWAN#JL. CEMPAKA NO 4 RT 02 RW 01 KEL. DURI KOSAMBI CENGKARENG",
    ],
    L(pindah(n, k, "RUDI HERMAWAN", "JL. CEMPAKA NO 4 RT 02 RW 01 KEL. DURI KOSAMBI CENGKARENG")),
)


# --- writing -----------------------------------------------------------------------------
def main() -> None:
    for old in HERE.glob("dev14_*.yml"):
        old.unlink()
    by_cat: dict[str, list[dict]] = {}
    for category, conv in CONVS:
        assert category in CATEGORIES, category
        assert conv["persona"] in PERSONAS, conv["persona"]
        items = by_cat.setdefault(category, [])
        conv = {"id": f"dev14-{category.replace('_', '-')}-{len(items) + 1:02d}", **conv}
        items.append(conv)
    missing_cats = set(CATEGORIES) - set(by_cat)
    assert not missing_cats, missing_cats
    for category, items in by_cat.items():
        path = HERE / f"dev14_{category}.yml"
        text = yaml.safe_dump(
            {"conversations": items}, allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(text, encoding="utf-8")
    per_cat = Counter(cat for cat, _ in CONVS)
    per_persona = Counter(conv["persona"] for _, conv in CONVS)
    print(f"{len(CONVS)} conversations")
    for category in CATEGORIES:
        print(f"  {category}: {per_cat[category]}")
    for persona in PERSONAS:
        print(f"  {persona}: {per_persona[persona]}")


if __name__ == "__main__":
    main()
