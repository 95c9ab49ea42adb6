"""Conversation corpus, part ``fresh6`` (150 conversations): written as a held-out test part,
measured once on 2 December 2026 (lines 83.5%, facts 92.9%, controls 89.7%), then moved to dev.

Written by an independent author who read neither the assistant's code (bot/, actions/,
data/, domain.yml, ...) nor any other conversation file or builder of the corpus; only the
design notes, the shared data tables, the corpus README, ``corpus.py`` and
``devtools/synthetic.py``. Every message below was written by hand.

Run:

    cd /work/main && .venv/bin/python -m tests.conversations.dev.make_fresh6

It writes ``fresh6_<category>.yml`` beside this file, one file per category, with ids
``fresh6-<category>-NN``.

Numbers are synthetic: every NIK and No. KK comes from ``devtools.synthetic`` (region code of
the kecamatan from the Kemendagri table + a date + a serial), serials cycling through
9900-9999. Numbers of a SKPWNI are synthetic too: origin kab/kota code + a date + a serial
from the same range.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import yaml

from devtools.synthetic import make_kk, make_nik
from tests.conversations.corpus import CATEGORIES, CONTROLS

HERE = Path(__file__).resolve().parent
PREFIX = "fresh6"
_SERIALS = itertools.cycle(range(9900, 10000))

# Kemendagri codes (36.03.xx without dots) of the 29 kecamatan of Kabupaten Tangerang.
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
# Neighbouring offices (wilayah_tetangga.csv), for people who live outside the kabupaten.
TETANGGA = {
    "Cipondoh": "367105",
    "Ciledug": "367106",
    "Karawaci": "367107",
    "Periuk": "367108",
    "Larangan": "367113",
    "Benda": "367104",
    "Serpong": "367401",
    "Pondok Aren": "367403",
    "Ciputat": "367404",
    "Pamulang": "367406",
}


def _serial() -> int:
    return next(_SERIALS)


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    region = KEC.get(kec) or TETANGGA[kec]
    return make_nik(region, date(y, m, d), female, _serial())


def kk(kec: str, y: int, m: int, d: int) -> str:
    region = KEC.get(kec) or TETANGGA[kec]
    return make_kk(region, date(y, m, d), _serial())


def skpwni(kab4: str, y: int, m: int, d: int) -> str:
    """A synthetic No. SKPWNI: origin kab/kota code + DDMMYYYY of issue + a serial."""
    return f"{kab4}{d:02d}{m:02d}{y:04d}{_serial():04d}"


def g(number: str, sizes: str = "4444", sep: str = " ") -> str:
    """The number cut into groups (sizes as digits, e.g. "664"), joined by sep."""
    out, i = [], 0
    for size in sizes:
        out.append(number[i : i + int(size)])
        i += int(size)
    if i < len(number):
        out.append(number[i:])
    return sep.join(out)


# --- canonical lines ---------------------------------------------------------------------
def L_kk(no_kk: str, kepala: str, desa: str, kec: str) -> str:
    return f"#KK#{no_kk}#{kepala}#{desa}#{kec}"


def L_ktp(n: str, k: str, nama: str, desa: str, kec: str, alasan: str) -> str:
    return f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#"


def L_kia(n: str, k: str, nama: str, desa: str, kec: str) -> str:
    return f"#KIA#{n}#{k}#{nama}#{desa}#{kec}"


def L_skpwni(n: str, k: str, nama: str, alamat: str) -> str:
    return f"#SKPWNI#{n}#{k}#{nama}#{alamat}"


def L_skdwn(no: str, keperluan: str) -> str:
    return f"#SKDWN#{no}#{keperluan}"


# --- the corpus --------------------------------------------------------------------------
CONVS: dict[str, list[dict]] = {c: [] for c in CATEGORIES}


def add(
    category: str,
    persona: str,
    turns: list[str],
    *,
    line: str | None = None,
    facts: list[list[str]] | None = None,
    control: str | None = None,
    to: str | None = None,
    answers: dict[str, str] | None = None,
    confirm: str | None = None,
    missing: int = 0,
) -> None:
    items = CONVS[category]
    conv: dict = {
        "id": f"{PREFIX}-{category}-{len(items) + 1:02d}",
        "category": category,
        "persona": persona,
        "turns": turns,
    }
    if answers:
        conv["answers"] = answers
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = missing
    expect: dict = {}
    if control:
        expect["control"] = control
        if to:
            expect["referral_to"] = to
    if line:
        expect["line"] = line
    if facts:
        expect["facts"] = facts
    conv["expect"] = expect
    items.append(conv)


# =========================================================================================
# formal_one_message
# =========================================================================================
C = "formal_one_message"

n, k = nik("Cikupa", 1984, 7, 22), kk("Cikupa", 2012, 3, 5)
add(
    C,
    "resident",
    [
        "Dengan hormat,\nBapak/Ibu petugas Disdukcapil Kabupaten Tangerang.\n\n"
        "Saya yang bertanda tangan di bawah ini:\n"
        f"Nama : Rudi Hartono\nNIK : {n}\nNo. KK : {k}\n"
        "Alamat : Desa Bitung Jaya, Kecamatan Cikupa\n\n"
        "Dengan ini mengajukan permohonan penerbitan kembali KTP elektronik karena KTP saya "
        "hilang dalam perjalanan pulang kerja. Surat keterangan kehilangan dari Polsek sudah "
        "saya urus.\n\nAtas perhatian Bapak/Ibu saya ucapkan terima kasih.\nHormat saya,\nRudi Hartono"
    ],
    line=L_ktp(n, k, "RUDI HARTONO", "BITUNG JAYA", "CIKUPA", "HILANG"),
)

k = kk("Tigaraksa", 2015, 9, 14)
add(
    C,
    "resident",
    [
        "Assalamu'alaikum warahmatullahi wabarakatuh. Dengan hormat, bersama pesan ini saya "
        f"Ahmad Fauzi selaku kepala keluarga dengan nomor Kartu Keluarga {k}, bertempat tinggal "
        "di Desa Pasir Nangka Kecamatan Tigaraksa, bermaksud mengajukan perubahan Kartu Keluarga "
        "sehubungan dengan kelahiran anak kami yang ketiga. Demikian permohonan ini saya "
        "sampaikan, atas bantuannya saya haturkan terima kasih. Wassalamu'alaikum wr. wb."
    ],
    line=L_kk(k, "AHMAD FAUZI", "PASIR NANGKA", "TIGARAKSA"),
)

n, k = nik("Pasar Kemis", 2019, 6, 2, True), kk("Pasar Kemis", 2017, 1, 20)
add(
    C,
    "first_timer",
    [
        "Yth. Bapak/Ibu Petugas\nPerihal : Permohonan Kartu Identitas Anak (KIA)\n\n"
        "Saya selaku orang tua dari ananda Nabila Putri Ramadhani mohon dibantu pembuatan KIA "
        f"untuk anak saya. NIK anak {n}, nomor KK {k}, domisili Desa Sukamantri Kecamatan "
        "Pasar Kemis.\nMohon maaf apabila cara penulisannya kurang tepat, saya baru pertama "
        "kali mengurus lewat chat seperti ini. Terima kasih banyak."
    ],
    line=L_kia(n, k, "NABILA PUTRI RAMADHANI", "SUKAMANTRI", "PASAR KEMIS"),
)

n, k = nik("Kresek", 2009, 2, 11), kk("Kresek", 2010, 4, 19)
add(
    C,
    "helper",
    [
        "Dengan hormat, kami dari Pemerintah Desa Renged Kecamatan Kresek mengajukan "
        "permohonan KTP-el pemula (baru pertama kali) untuk warga kami sebagai berikut:\n"
        f"Nama : DENI SAPUTRA\nNIK : {n}\nNo KK : {k}\n"
        "Yang bersangkutan sudah berusia 17 tahun. Demikian, atas kerja samanya kami ucapkan "
        "terima kasih.\nOperator Desa Renged"
    ],
    answers={
        "nama_warga": "warganya Deni Saputra, anak pak RT 04",
        "telepon_warga": "no hp bapaknya 0812 0000 9914",
    },
    line=L_ktp(n, k, "DENI SAPUTRA", "RENGED", "KRESEK", "PEMULA"),
)

n, k = nik("Curug", 1992, 11, 8, True), kk("Curug", 2018, 8, 27)
add(
    C,
    "resident",
    [
        "Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tangerang\n"
        "di tempat\n\nDengan hormat,\nSaya Lestari Wulandari, warga Kelurahan Binong "
        f"Kecamatan Curug, NIK {n}, No. KK {k}, hendak mengurus surat pindah keluar "
        "(SKPWNI) karena ikut suami pindah tugas.\n"
        "Alamat tujuan: Jl. Kenanga No. 12 RT 003 RW 005 Kel. Sukajadi Kec. Sukajadi Kota Bandung\n\n"
        "Demikian permohonan saya, mohon arahannya. Terima kasih."
    ],
    line=L_skpwni(
        n,
        k,
        "LESTARI WULANDARI",
        "JL. KENANGA NO. 12 RT 003 RW 005 KEL. SUKAJADI KEC. SUKAJADI KOTA BANDUNG",
    ),
)

no = skpwni("3673", 2026, 11, 16)
add(
    C,
    "resident",
    [
        "Selamat pagi Bapak/Ibu. Dengan hormat, saya yang baru pindah dari Kota Serang ke "
        "wilayah Kabupaten Tangerang bermaksud melaporkan kedatangan (pindah datang). Saya "
        f"sudah memegang SKPWNI dari Disdukcapil Kota Serang dengan nomor {no}.\n"
        "Keperluan: ikut suami\nAtas perhatiannya saya ucapkan terima kasih."
    ],
    line=L_skdwn(no, "IKUT SUAMI"),
)

n, k = nik("Legok", 1979, 4, 30, True), kk("Legok", 2011, 12, 1)
add(
    C,
    "first_timer",
    [
        "Dengan Hormat. saya Sri Wahyuni warga desa Babat kec. Legok mau memohon di buatkan "
        "ktp elektronik yang baru karna ktp saya yang lama sudah patah jadi dua ke injek "
        f"motor. adapun NIK saya {n} dan no kartu keluarga {k} . Demikian surat permohonan "
        "ini saya buat dengan sebenar benarnya. terimakasih"
    ],
    line=L_ktp(n, k, "SRI WAHYUNI", "BABAT", "LEGOK", "RUSAK"),
)

k = kk("Pakuhaji", 2014, 6, 10)
add(
    C,
    "resident",
    [
        "Dengan hormat,\nsehubungan dengan rusaknya Kartu Keluarga kami akibat banjir bulan "
        "lalu, bersama ini saya mohon dicetakkan kembali KK tersebut.\n"
        f"Nomor KK : {g(k)}\nKepala Keluarga : Euis Sulastri\n"
        "Desa : Bonisari\nKecamatan : Pakuhaji\n\nHormat saya,\nEuis Sulastri (kepala keluarga)"
    ],
    line=L_kk(k, "EUIS SULASTRI", "BONISARI", "PAKUHAJI"),
)

n, k = nik("Solear", 2021, 10, 15), kk("Solear", 2020, 2, 3)
add(
    C,
    "helper",
    [
        "Assalamualaikum. Dengan hormat, saya kader posyandu Desa Cikareo Kecamatan Solear, "
        "izin mengajukan pembuatan Kartu Identitas Anak untuk balita warga kami atas nama "
        f"Muhammad Rafa Alfarizi. NIK anak: {n}. Nomor KK orang tuanya: {k}. Akta kelahiran "
        "sudah ada. Demikian, mohon dibantu prosesnya. Terima kasih."
    ],
    answers={
        "nama_warga": "ibunya, Ibu Yuliani",
        "telepon_warga": "hp ibu Yuliani 0857 0000 9921",
    },
    line=L_kia(n, k, "MUHAMMAD RAFA ALFARIZI", "CIKAREO", "SOLEAR"),
)

# =========================================================================================
# dashed_numbers
# =========================================================================================
C = "dashed_numbers"

n, k = nik("Balaraja", 1995, 3, 17, True), kk("Balaraja", 2019, 7, 2)
add(
    C,
    "resident",
    [
        f"min ktp sy ilang, ini data nya: nik {g(n, '4444', '-')} kk {g(k, '4444', '-')} "
        "nama Dian Permata Sari desa sentul jaya kec balaraja. surat dr polsek udh ada"
    ],
    line=L_ktp(n, k, "DIAN PERMATA SARI", "SENTUL JAYA", "BALARAJA", "HILANG"),
)

k = kk("Rajeg", 2014, 3, 19)
add(
    C,
    "resident",
    [
        "Selamat siang, mau cetak ulang KK soalnya sobek. No KK "
        f"{g(k, '4444', '.')} kepala keluarga Suryadi, Desa Tanjakan Mekar Kec. Rajeg"
    ],
    line=L_kk(k, "SURYADI", "TANJAKAN MEKAR", "RAJEG"),
)

n, k = nik("Sepatan", 2016, 8, 9, True), kk("Sepatan", 2015, 10, 23)
add(
    C,
    "first_timer",
    [
        "permisi bu, saya mau daftar kia buat anak perempuan sy Alya Najwa. "
        f"NIK: {g(n, '22264')}   KK: {g(k, '664')} "
        "alamatnya desa karet kecamatan sepatan. bener gak gini nulisnya"
    ],
    line=L_kia(n, k, "ALYA NAJWA", "KARET", "SEPATAN"),
)

n, k = nik("Mauk", 2009, 5, 25), kk("Mauk", 2013, 2, 8)
add(
    C,
    "helper",
    [
        "Siang pak, sy staf desa Ketapang kec Mauk mau input ktp pemula warga: Rafi Andika, "
        f"NIK {g(n, '664', '-')}, No.KK {g(k, '664', '-')}. trims"
    ],
    answers={
        "nama_warga": "Rafi Andika sendiri",
        "telepon_warga": "0813-0000-9930 (hp ibunya)",
    },
    line=L_ktp(n, k, "RAFI ANDIKA", "KETAPANG", "MAUK", "PEMULA"),
)

n, k = nik("Kosambi", 1987, 12, 1), kk("Kosambi", 2016, 5, 30)
add(
    C,
    "resident",
    [
        "mau urus skpwni, pindah ke bekasi. nik "
        f"{g(n, '664', '.')} no kk {g(k, '664', '.')} a.n. Hendra Gunawan, skrg tinggal di "
        "kel dadap kosambi.\nalamat baru: Perum Griya Asri Blok C2 No 7 Desa Sukamaju Kec. "
        "Cibitung Kab. Bekasi"
    ],
    line=L_skpwni(
        n,
        k,
        "HENDRA GUNAWAN",
        "PERUM GRIYA ASRI BLOK C2 NO 7 DESA SUKAMAJU KEC. CIBITUNG KAB. BEKASI",
    ),
)

n, k = nik("Panongan", 1970, 1, 9), kk("Panongan", 2009, 11, 17)
add(
    C,
    "resident",
    [
        "Punten, KTP abdi rusak, chip na teu kabaca cenah di bank. "
        f"NIK {g(n, '22264', '-')} / KK {g(k, '22264', '-')} "
        "nami Tatang Sutarman, Desa Peusar Kec. Panongan"
    ],
    line=L_ktp(n, k, "TATANG SUTARMAN", "PEUSAR", "PANONGAN", "RUSAK"),
)

k = kk("Gunung Kaler", 2013, 5, 7)
add(
    C,
    "first_timer",
    [
        "asalamualaikum, sya mau bikin kartu keluarga yg baru, yg lama kebakar sebagian. "
        f"no kk nya : {k[:6]}-{k[6:12]}-{k[12:]} . nama kepala keluarga KASMINAH. desa "
        "onyam kec gunung kaler"
    ],
    line=L_kk(k, "KASMINAH", "ONYAM", "GUNUNG KALER"),
)

no = skpwni("3175", 2026, 11, 5)
add(
    C,
    "resident",
    [
        "Halo, sy pindahan dr Jakarta Timur, udh pegang SKPWNI no. "
        f"{g(no, '4444', '-')}. keperluan pindah tempat kerja"
    ],
    line=L_skdwn(no, "PINDAH TEMPAT KERJA"),
)

n, k = nik("Cisauk", 2022, 2, 14), kk("Cisauk", 2021, 9, 6)
add(
    C,
    "resident",
    [
        "kia anak saya Keanu Ardiansyah ya kak\n"
        f"nik {g(n, '33333', ' ')}\nkk {g(k, '33333', ' ')}\n"
        "desa suradita kec cisauk"
    ],
    line=L_kia(n, k, "KEANU ARDIANSYAH", "SURADITA", "CISAUK"),
)

# =========================================================================================
# name_introduced
# =========================================================================================
C = "name_introduced"

n, k = nik("Sindang Jaya", 1990, 9, 3), kk("Sindang Jaya", 2017, 4, 11)
add(
    C,
    "resident",
    [
        "Nama saya Wahyu Nugroho, tinggal di Desa Wanakerta Kec. Sindang Jaya. KTP saya "
        f"hilang waktu mudik. NIK {n}, KK {k}"
    ],
    line=L_ktp(n, k, "WAHYU NUGROHO", "WANAKERTA", "SINDANG JAYA", "HILANG"),
)

n, k = nik("Jambe", 2009, 1, 5, True), kk("Jambe", 2012, 8, 22)
add(
    C,
    "first_timer",
    [
        "hai kak perkenalkan saya Salsabila Azzahra, umurku udah 17 tahun, mau bikin ktp "
        "pertama kali nih. aku tinggal di desa taban kecamatan jambe",
        f"nik aku {n} terus kk nya {k}",
    ],
    line=L_ktp(n, k, "SALSABILA AZZAHRA", "TABAN", "JAMBE", "PEMULA"),
)

k = kk("Kemiri", 2010, 6, 28)
add(
    C,
    "resident",
    [
        "Siang. Ini dengan Komarudin, kepala keluarga. Saya mau ganti KK karena anak saya "
        f"sudah menikah dan keluar dari KK. No KK {k}, desa Lontar, kec. Kemiri."
    ],
    line=L_kk(k, "KOMARUDIN", "LONTAR", "KEMIRI"),
)

n, k = nik("Kronjo", 2017, 12, 19), kk("Kronjo", 2016, 3, 4)
add(
    C,
    "resident",
    [
        "Assalamualaikum, sy Ibu Nurlaela dr desa Pagenjahan kec Kronjo, mau bikinin KIA "
        f"buat anak sy namanya Rizky Ramadhan. nik anak {n}, no kk {k}"
    ],
    line=L_kia(n, k, "RIZKY RAMADHAN", "PAGENJAHAN", "KRONJO"),
)

n, k = nik("Balaraja", 1998, 6, 14), kk("Balaraja", 2020, 1, 13)
add(
    C,
    "helper",
    [
        "Selamat siang, saya Bu Ratna dari kantor Desa Cangkudu Kec. Balaraja. Mau ajukan "
        f"KTP rusak (retak) untuk warga kami Sdr. Fajar Hidayat, NIK {n}, No KK {k}."
    ],
    answers={
        "nama_warga": "Fajar Hidayat",
        "telepon_warga": "nomor pak Fajar 0821 0000 9940",
    },
    line=L_ktp(n, k, "FAJAR HIDAYAT", "CANGKUDU", "BALARAJA", "RUSAK"),
)

n, k = nik("Kelapa Dua", 1996, 2, 27), kk("Kelapa Dua", 2018, 10, 9)
add(
    C,
    "resident",
    [
        "bang kenalin gue Rizky Maulana, ktp gue rusak nih udah ngelupas fotonya, mau "
        f"bikin lagi. nik {n} kk {k}, kelurahan bencongan kec kelapa dua"
    ],
    line=L_ktp(n, k, "RIZKY MAULANA", "BENCONGAN", "KELAPA DUA", "RUSAK"),
)

n, k = nik("Sukadiri", 1985, 8, 19), kk("Sukadiri", 2013, 12, 16)
add(
    C,
    "resident",
    [
        "Assalamualaikum, saya Yusuf Maulana dari Desa Karang Serang Kecamatan Sukadiri. "
        "Mau minta surat pindah keluar, saya pindah ke Kabupaten Serang.",
        f"NIK {n}\nNo. KK {k}\n"
        "Alamat tujuan: Kp. Ciruas RT 02 RW 01 Desa Ciruas Kec. Ciruas Kab. Serang",
    ],
    line=L_skpwni(
        n, k, "YUSUF MAULANA", "KP. CIRUAS RT 02 RW 01 DESA CIRUAS KEC. CIRUAS KAB. SERANG"
    ),
)

k = kk("Sepatan Timur", 2012, 7, 25)
add(
    C,
    "first_timer",
    [
        "halo sy maemunah, suami sy udah meninggal thn kemarin, katanya kk harus diganti "
        "jadi atas nama sy, sy mau urus itu. sy tinggal di desa lebak wangi kec sepatan timur",
        f"nomor kk yg lama {k}",
    ],
    line=L_kk(k, "MAEMUNAH", "LEBAK WANGI", "SEPATAN TIMUR"),
)

n, k = nik("Sukamulya", 2013, 11, 30, True), kk("Sukamulya", 2012, 5, 14)
add(
    C,
    "resident",
    [
        "Sore min. Saya Agus Salim, ayahnya Naura Khairunnisa. Mau buat KIA untuk Naura, "
        f"umurnya 13 tahun. NIK Naura {n}. KK {k}. Desa Kaliasin, Kec. Sukamulya."
    ],
    line=L_kia(n, k, "NAURA KHAIRUNNISA", "KALIASIN", "SUKAMULYA"),
)
# =========================================================================================
# half_remembered_format
# =========================================================================================
C = "half_remembered_format"

n, k = nik("Cikupa", 1993, 4, 21, True), kk("Cikupa", 2019, 3, 12)
add(
    C,
    "resident",
    [f"#KTP {n}#{k}#Siti Rohmah#Cibadak#Cikupa#hilang"],
    line=L_ktp(n, k, "SITI ROHMAH", "CIBADAK", "CIKUPA", "HILANG"),
)

k = kk("Pasar Kemis", 2016, 11, 2)
add(
    C,
    "resident",
    [f"KK#{k}#Bambang Sutrisno#Gelam Jaya#Pasar Kemis  gini bukan formatnya?"],
    line=L_kk(k, "BAMBANG SUTRISNO", "GELAM JAYA", "PASAR KEMIS"),
)

n, k = nik("Curug", 2020, 7, 8, True), kk("Curug", 2019, 12, 30)
add(
    C,
    "first_timer",
    [
        "td dikasih tau tetangga formatnya pake pagar2 gitu, sy coba ya\n"
        f"#KIA#Aurel Cahya Putri#{n}#{k}#Kadu#Curug"
    ],
    line=L_kia(n, k, "AUREL CAHYA PUTRI", "KADU", "CURUG"),
)

n, k = nik("Teluknaga", 1982, 10, 10), kk("Teluknaga", 2008, 9, 9)
add(
    C,
    "resident",
    [f"# ktp # {g(n)} # {g(k)} # junaedi # muara # teluk naga # rusak #"],
    line=L_ktp(n, k, "JUNAEDI", "MUARA", "TELUKNAGA", "RUSAK"),
)

n, k = nik("Cisoka", 2009, 7, 1, True), kk("Cisoka", 2011, 2, 15)
add(
    C,
    "helper",
    [
        "sy operator desa cempaka kec cisoka. warga kami minta dibuatkan ktp pertama, sy "
        f"tulis pakai garis miring ya pak: KTP/{n}/{k}/Intan Permatasari/Cempaka/Cisoka/PEMULA"
    ],
    answers={
        "nama_warga": "Intan Permatasari",
        "telepon_warga": "0838 0000 9944 (ortunya)",
    },
    line=L_ktp(n, k, "INTAN PERMATASARI", "CEMPAKA", "CISOKA", "PEMULA"),
)

n, k = nik("Kosambi", 1976, 3, 3), kk("Kosambi", 2015, 8, 18)
add(
    C,
    "resident",
    [f"#KTP#{n}#{k}#Samsudin#Belimbing#Kosambi#"],
    answers={"alasan": "ilang pak, kecopetan di pasar"},
    missing=1,
    line=L_ktp(n, k, "SAMSUDIN", "BELIMBING", "KOSAMBI", "HILANG"),
)

n, k = nik("Pagedangan", 1989, 5, 12, True), kk("Pagedangan", 2014, 1, 27)
add(
    C,
    "resident",
    [f"#SKPWNI#{n}#{k}#Rina Marlina"],
    answers={
        "alamat_pindah": "Jl Melati 4 No 21 RT 05 RW 09 Kel Harapan Jaya Kec Bekasi Utara Kota Bekasi"
    },
    missing=1,
    line=L_skpwni(
        n,
        k,
        "RINA MARLINA",
        "JL MELATI 4 NO 21 RT 05 RW 09 KEL HARAPAN JAYA KEC BEKASI UTARA KOTA BEKASI",
    ),
)

k = kk("Cisoka", 2017, 6, 6)
add(
    C,
    "resident",
    [f"mau ganti kk. lupa2 inget formatnya: #KK#Cibugel#Cisoka#{k}#Ujang Rahmat"],
    line=L_kk(k, "UJANG RAHMAT", "CIBUGEL", "CISOKA"),
)

# =========================================================================================
# restate_known_value
# =========================================================================================
C = "restate_known_value"

n, k = nik("Sindang Jaya", 2009, 3, 14, True), kk("Sindang Jaya", 2013, 10, 1)
add(
    C,
    "resident",
    [
        f"mau bikin ktp pemula buat sy sendiri, nik {n}, nama Putri Amelia",
        f"nik nya {g(n)} (sama kaya tadi) kk nya {k}, desa Sukaharja kec Sindang Jaya",
    ],
    line=L_ktp(n, k, "PUTRI AMELIA", "SUKAHARJA", "SINDANG JAYA", "PEMULA"),
)

k = kk("Jayanti", 2011, 4, 4)
add(
    C,
    "resident",
    [f"KK kami mau diperbarui, no kk {k}, desa Sumur Bandung kec Jayanti"],
    answers={
        "nama_kepala_keluarga": f"kepalanya Jajang Nurjaman, no kk tetep yg tadi ya {g(k, '664')}"
    },
    missing=1,
    line=L_kk(k, "JAJANG NURJAMAN", "SUMUR BANDUNG", "JAYANTI"),
)

n, k = nik("Tigaraksa", 2018, 1, 23, True), kk("Tigaraksa", 2017, 9, 19)
add(
    C,
    "first_timer",
    [
        f"bu mau bikin kia anak sy, nama Zahira Aulia, nik {n}, kk {k}, kel. kadu agung "
        "kec. tigaraksa",
        "oh iya namanya tadi Zahira Aulia ya bu, pake h. takut salah",
    ],
    line=L_kia(n, k, "ZAHIRA AULIA", "KADU AGUNG", "TIGARAKSA"),
)

n, k = nik("Pakuhaji", 1980, 12, 24), kk("Pakuhaji", 2010, 5, 20)
add(
    C,
    "helper",
    [
        "pak sy dr kantor desa kohod, ada warga ktp nya hilang. nama Ujang Supriatna, "
        "desa Kohod kec Pakuhaji",
        f"nik {n} kk {k}. desanya Kohod Pakuhaji ya yg td sy bilang",
    ],
    answers={
        "nama_warga": "pak Ujang Supriatna",
        "telepon_warga": "0812 0000 9951",
    },
    line=L_ktp(n, k, "UJANG SUPRIATNA", "KOHOD", "PAKUHAJI", "HILANG"),
)

no = skpwni("3201", 2026, 10, 28)
add(
    C,
    "resident",
    [
        f"ijin, sy mau lapor pindah datang dr kab bogor, no skpwni saya {no}",
        f"nomer skpwni nya {g(no, '4444', '.')} td ya. keperluannya bikin kk baru",
    ],
    line=L_skdwn(no, "BIKIN KK BARU"),
)

n, k = nik("Solear", 1975, 6, 6), kk("Solear", 2012, 11, 11)
add(
    C,
    "resident",
    [f"ktp saya rusak, hurufnya udah pudar ga kebaca. nik {n} kk {k} nama Dadang Hermawan"],
    answers={"desa": "desa Cikasungka kec Solear. namanya tetep Dadang Hermawan ya"},
    missing=2,
    line=L_ktp(n, k, "DADANG HERMAWAN", "CIKASUNGKA", "SOLEAR", "RUSAK"),
)

k = kk("Teluknaga", 2009, 8, 3)
add(
    C,
    "resident",
    [
        f"punten, KK no {k} kepala keluarga Rohim mau dicetak ulang, hilang pas pindahan",
        "Rohim itu kepala keluarganya ya, sy istrinya. desa tegal angus, teluknaga",
    ],
    line=L_kk(k, "ROHIM", "TEGAL ANGUS", "TELUKNAGA"),
)

# =========================================================================================
# name_with_relation
# =========================================================================================
C = "name_with_relation"

n, k = nik("Cisoka", 1986, 9, 27), kk("Cisoka", 2014, 4, 8)
add(
    C,
    "resident",
    [
        "mau ngajuin KTP yg rusak atas nama suami saya pak Dedi Kurniawan, ktp nya kelipat "
        f"sampe patah. nik suami {n} kk {k} desa selapajang kec cisoka"
    ],
    line=L_ktp(n, k, "DEDI KURNIAWAN", "SELAPAJANG", "CISOKA", "RUSAK"),
)

n, k = nik("Pagedangan", 2020, 5, 5, True), kk("Pagedangan", 2018, 2, 19)
add(
    C,
    "resident",
    [
        "Kak, KIA buat anak sy yg kecil, Aisyah Zahra. Kakaknya udah punya. "
        f"NIK Aisyah {n} KK {k} desa jatake kec pagedangan"
    ],
    line=L_kia(n, k, "AISYAH ZAHRA", "JATAKE", "PAGEDANGAN"),
)

n, k = nik("Kronjo", 1958, 2, 2), kk("Kronjo", 2010, 10, 12)
add(
    C,
    "resident",
    [
        "Assalamualaikum, mertua saya, Bapak Suparman, KTP nya hilang entah dimana. Beliau "
        "sudah sepuh jadi saya yang bantu daftar. Desa Muncung, Kronjo",
        f"NIK bapak {n}, KK {k}. surat kehilangan sudah dari polsek",
    ],
    line=L_ktp(n, k, "SUPARMAN", "MUNCUNG", "KRONJO", "HILANG"),
)

n, k = nik("Jayanti", 2009, 10, 28), kk("Jayanti", 2012, 1, 30)
add(
    C,
    "first_timer",
    [
        "kak adek sy si Bagas Pratama baru 17 bulan kemaren, blm pernah punya ktp. "
        "gmn caranya ya? kami di desa pangkat kec jayanti"
    ],
    answers={
        "nik": f"nik bagas {g(n)}",
        "no_kk": f"kk nya {k}",
    },
    missing=2,
    line=L_ktp(n, k, "BAGAS PRATAMA", "PANGKAT", "JAYANTI", "PEMULA"),
)

k = kk("Mauk", 2013, 6, 21)
add(
    C,
    "resident",
    [
        "Mau ganti KK ibu saya, bapak udah meninggal jadi kepala keluarganya sekarang Ibu "
        f"Komariah. KK lama {k}. Desa Sasak Kecamatan Mauk."
    ],
    line=L_kk(k, "KOMARIAH", "SASAK", "MAUK"),
)

n, k = nik("Cikupa", 1990, 12, 9, True), kk("Cikupa", 2016, 7, 7)
add(
    C,
    "resident",
    [
        "punten a, ktp istri sy teh Euis Rohaeti leungit pas di angkot. NIK na "
        f"{n}, KK {k}, ds pasir jaya kec cikupa"
    ],
    line=L_ktp(n, k, "EUIS ROHAETI", "PASIR JAYA", "CIKUPA", "HILANG"),
)

n, k = nik("Mekar Baru", 2018, 6, 12), kk("Mekar Baru", 2015, 3, 3)
add(
    C,
    "resident",
    [
        "nak, nenek mau bikinin kartu anak buat cucu nenek namanya Muhammad Alif Ramadhan. "
        "bapak ibunya kerja di jakarta. desa waliwis mekar baru",
        f"ini nik cucu {n} kk {k}",
    ],
    line=L_kia(n, k, "MUHAMMAD ALIF RAMADHAN", "WALIWIS", "MEKAR BARU"),
)

n, k = nik("Jambe", 1988, 1, 17), kk("Jambe", 2017, 12, 12)
add(
    C,
    "resident",
    [
        "kakak saya Mas Joko Susilo mau pindah ke Semarang dapet kerjaan disana, dia minta "
        f"tolong sy urusin surat pindahnya. NIK {n} KK {k}\n"
        "alamat disana Jl. Pandanaran No. 45 Kel. Pekunden Kec. Semarang Tengah Kota Semarang"
    ],
    line=L_skpwni(
        n,
        k,
        "JOKO SUSILO",
        "JL. PANDANARAN NO. 45 KEL. PEKUNDEN KEC. SEMARANG TENGAH KOTA SEMARANG",
    ),
)

k = kk("Sukadiri", 2008, 2, 25)
add(
    C,
    "resident",
    [
        "KK bapak sy (pak Sarmili) udah lecek bgt, mau dicetak lagi. no kk "
        f"{k}, desa rawa kidang kec sukadiri. bapak yg jadi kepala keluarga"
    ],
    line=L_kk(k, "SARMILI", "RAWA KIDANG", "SUKADIRI"),
)

# =========================================================================================
# surat_pindah
# =========================================================================================
C = "surat_pindah"

n, k = nik("Balaraja", 1991, 7, 7), kk("Balaraja", 2017, 5, 15)
add(
    C,
    "resident",
    [
        "min sy mau pindah ke lampung, pulang kampung. perlu surat pindah kan. nik "
        f"{n} kk {k} a/n Slamet Riyadi. alamat tujuan Desa Sidorejo Kec. Sidomulyo "
        "Kab. Lampung Selatan"
    ],
    line=L_skpwni(n, k, "SLAMET RIYADI", "DESA SIDOREJO KEC. SIDOMULYO KAB. LAMPUNG SELATAN"),
)

no = skpwni("3174", 2026, 11, 20)
add(
    C,
    "first_timer",
    [
        "permisi, saya baru pindah dari jakarta selatan ke cikupa, sudah dapat surat pindah "
        f"dari sana nomornya {no}. selanjutnya gimana ya?"
    ],
    answers={"keperluan": "pindah domisili ikut suami"},
    missing=1,
    line=L_skdwn(no, "PINDAH DOMISILI IKUT SUAMI"),
)

n, k = nik("Kemiri", 1994, 3, 29, True), kk("Kemiri", 2020, 9, 14)
add(
    C,
    "helper",
    [
        "Pak, saya petugas pelayanan Desa Klebet Kec. Kemiri, mau bantu warga buat SKPWNI. "
        f"Nama Nur Aini, NIK {n}, KK {k}. Pindah ke Kp. Sukamaju RT 01 RW 03 Desa Cibinong "
        "Kec. Gunung Sindur Kab. Bogor"
    ],
    answers={
        "nama_warga": "Ibu Nur Aini",
        "telepon_warga": "0896 0000 9962",
    },
    line=L_skpwni(
        n, k, "NUR AINI", "KP. SUKAMAJU RT 01 RW 03 DESA CIBINONG KEC. GUNUNG SINDUR KAB. BOGOR"
    ),
)

no = skpwni("3275", 2026, 11, 9)
add(
    C,
    "resident",
    [f"surat pindah datang. no skpwni {no}. keperluan: pindah kerja ke pabrik di Cikupa"],
    line=L_skdwn(no, "PINDAH KERJA KE PABRIK DI CIKUPA"),
)

n, k = nik("Panongan", 1983, 11, 13), kk("Panongan", 2011, 7, 19)
add(
    C,
    "resident",
    ["mau urus surat pindah keluar kabupaten min"],
    answers={
        "nik": f"{n} nik saya",
        "no_kk": f"no kk: {g(k)}",
        "nama": "Irfan Maulidi",
        "alamat_pindah": "Jl. Gajah Mada No. 3 RT 001 RW 002 Kel. Cijoro Lebak Kec. Rangkasbitung Kab. Lebak",
    },
    missing=4,
    line=L_skpwni(
        n,
        k,
        "IRFAN MAULIDI",
        "JL. GAJAH MADA NO. 3 RT 001 RW 002 KEL. CIJORO LEBAK KEC. RANGKASBITUNG KAB. LEBAK",
    ),
)

no = skpwni("3578", 2026, 10, 30)
add(
    C,
    "resident",
    [
        "Selamat sore. Saya sudah dapat kode SKPWNI dari Dispendukcapil Surabaya: "
        f"{no}. Keperluan: melanjutkan pendidikan"
    ],
    line=L_skdwn(no, "MELANJUTKAN PENDIDIKAN"),
)

n, k = nik("Kresek", 1978, 4, 4), kk("Kresek", 2006, 12, 28)
add(
    C,
    "resident",
    [
        "kami sekeluarga mau pindah ke palembang, saya kepala keluarganya. data saya: "
        f"NIK {n} no KK {k} nama Darmaji.\n"
        "alamat baru: Jl. Mayor Ruslan No. 8 Kota Palembang\nyang lain ikut di KK saya"
    ],
    line=L_skpwni(n, k, "DARMAJI", "JL. MAYOR RUSLAN NO. 8 KOTA PALEMBANG"),
)

no = skpwni("3205", 2026, 11, 24)
add(
    C,
    "first_timer",
    [
        "bu saya udh pegang surat pindah dari garut, ini nomor yg paling atas "
        f"{g(no, '4444')} keperluannya ikut orang tua"
    ],
    line=L_skdwn(no, "IKUT ORANG TUA"),
)

no = skpwni("3204", 2026, 11, 12)
add(
    C,
    "helper",
    [
        "Selamat pagi, saya dari kantor Desa Talaga Kec. Cikupa. Ada warga pendatang dari "
        f"Kab. Bandung, SKPWNI nomor {no}, keperluan pindah domisili. Mohon diproses."
    ],
    answers={
        "nama_warga": "Sdri. Neneng Hasanah",
        "telepon_warga": "0877 0000 9970",
    },
    line=L_skdwn(no, "PINDAH DOMISILI"),
)
# =========================================================================================
# question_not_form
# =========================================================================================
C = "question_not_form"

add(
    C,
    "first_timer",
    ["mau tanya, bikin kk itu bayar brp ya? tetangga sy bilang harus nyiapin 50rb buat petugas"],
    facts=[["gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya", "tidak dikenakan biaya"]],
)

add(
    C,
    "resident",
    ["kalo ktp ilang harus ke polisi dulu ga sih atau bisa langsung aja?"],
    facts=[["polisi", "kepolisian", "polsek"]],
)

add(
    C,
    "first_timer",
    ["bu anak sy umur 3 tahun, mau bikin KIA bawa apa aja ya? perlu pas foto gak"],
    facts=[
        ["akta kelahiran", "akta lahir", "akte kelahiran", "akte lahir"],
        ["kk", "kartu keluarga"],
    ],
)

add(
    C,
    "resident",
    [
        "umur brp sih boleh bikin ktp? anak sy baru 16 tp udah nikah bulan kemarin, "
        "bisa ga dia bikin"
    ],
    facts=[["17"], ["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta"]],
)

add(
    C,
    "helper",
    ["Pak, kantor Disdukcapil kabupaten itu alamatnya dimana ya? Saya mau antar warga lansia"],
    facts=[["tigaraksa"]],
)

add(
    C,
    "resident",
    [
        "min tolong approve ya pengajuan KK saya yg kemarin, soalnya mau buat daftar sekolah "
        "anak minggu depan. makasih banyak"
    ],
    control="no_approval",
)

add(
    C,
    "first_timer",
    [
        "bisa gak saya dijadwalin rekam ktp hari sabtu tgl 12? sy kerja pabrik senin-jumat "
        "ga bisa izin"
    ],
    control="no_approval",
)

stranger = nik("Cikupa", 1977, 5, 19)
add(
    C,
    "resident",
    [
        f"min bisa cek nik ini punya siapa? {stranger} . sy nemu dompet di jalan, cuma ada "
        "fotokopi kk nya, mau sy balikin ke orangnya"
    ],
    control="no_nik_lookup",
)

mother = nik("Rajeg", 1962, 8, 8, True)
add(
    C,
    "resident",
    [
        f"tolong cek data ibu sy udah terdaftar blm di dukcapil, nik nya {g(mother)}. "
        "nama yg keluar siapa ya"
    ],
    control="no_nik_lookup",
)

# =========================================================================================
# topic_coverage
# =========================================================================================
C = "topic_coverage"

add(
    C,
    "resident",
    ["Anak saya 8 tahun mau dibuatkan KIA, pas fotonya ukuran berapa ya dan berapa lembar?"],
    facts=[["2x3", "2 x 3", "2×3"]],
)

add(
    C,
    "first_timer",
    [
        "kak itu ktp digital (IKD) apaan sih? temen sy udah punya di hp. cara aktifinnya gmn, "
        "perlu apa aja"
    ],
    facts=[
        ["smartphone", "hp", "ponsel", "handphone", "telepon genggam"],
        ["email", "e-mail", "surel"],
    ],
)

add(
    C,
    "resident",
    ["skrg masih perlu surat pengantar rt rw gak buat ngurus kk? pak rt nya lagi ke luar kota"],
    facts=[
        ["tidak perlu", "tidak diperlukan", "tidak lagi", "tidak wajib", "tidak harus", "tanpa"]
    ],
)

add(
    C,
    "resident",
    [
        "saya ngekos di daerah cikupa, mau pindah datang dari brebes biar ktp nya alamat sini. "
        "syaratnya apa aja kak?"
    ],
    facts=[["skpwni", "surat pindah", "skp"], ["pemilik", "tidak keberatan"]],
)

add(
    C,
    "first_timer",
    [
        "kami mau pindah rumah dari desa bitung jaya ke desa kadu (curug), masih satu "
        "kabupaten tangerang. perlu bikin surat pindah juga gak?"
    ],
    facts=[
        [
            "tidak perlu",
            "tidak memerlukan",
            "tidak butuh",
            "tanpa",
            "tidak usah",
            "tidak diperlukan",
        ],
        ["kk", "kartu keluarga"],
    ],
)

add(
    C,
    "resident",
    ["ktp suami patah jadi dua, syarat ganti yg baru apa aja ya"],
    facts=[
        ["ktp yang rusak", "ktp rusak", "ktp-el yang rusak", "ktp-el rusak", "ktp lama", "fisik"],
    ],
)

add(
    C,
    "helper",
    [
        "Pak, warga kami KK nya hanyut kebawa banjir kemarin, syarat untuk cetak ulang KK "
        "yang hilang apa saja ya?"
    ],
    facts=[["polisi", "kepolisian", "polsek"]],
)

add(
    C,
    "first_timer",
    [
        "halo, kita baru nikah 2 bulan, mau bikin kk sendiri pisah dari kk orang tua. "
        "harus bawa apa aja ya"
    ],
    facts=[["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta"]],
)

add(
    C,
    "resident",
    [
        "ktp pemula bisa diwakilin ga? anak sy lagi kerja di pabrik shift terus, sy aja yg "
        "dateng bawa kk"
    ],
    facts=[
        ["rekam", "perekaman", "sidik jari", "biometrik"],
        ["langsung", "sendiri", "hadir", "datang"],
    ],
)

# =========================================================================================
# referral_by_place
# =========================================================================================
C = "referral_by_place"

add(
    C,
    "resident",
    [
        "selamat siang, mau bikin kk baru, kami tinggal di kel. cipondoh makmur kec cipondoh. "
        "bisa lewat nomor ini kan?"
    ],
    control="referral",
    to="Kota Tangerang",
)

n = nik("Pamulang", 1997, 10, 2, True)
add(
    C,
    "first_timer",
    [
        "ktp saya hilang, alamat saya di Pamulang Barat kecamatan Pamulang. "
        f"nik {n}. bisa diurus lewat sini?"
    ],
    control="referral",
    to="Kota Tangerang Selatan",
)

n, k = nik("Ciledug", 2019, 3, 3), kk("Ciledug", 2018, 6, 15)
add(
    C,
    "resident",
    [
        "mau daftar KIA anak sy, Daffa Alfarezi. nik "
        f"{n} kk {k}. kami di kel. paninggilan kec. ciledug"
    ],
    control="referral",
    to="Kota Tangerang",
)

add(
    C,
    "helper",
    [
        "Assalamualaikum, saya ketua RT di Kel. Pondok Kacang Timur Kec. Pondok Aren, mau "
        "bantu warga yang KTP nya rusak, bisa diajukan di sini pak?"
    ],
    control="referral",
    to="Kota Tangerang Selatan",
)

add(
    C,
    "resident",
    ["gw tinggal di karawaci, kota tangerang. ktp gw rusak bisa ga urus di sini aja bro"],
    control="referral",
    to="Kota Tangerang",
)

add(
    C,
    "first_timer",
    [
        "permisi, sy baru pindah ke serpong, kelurahan lengkong wetan. mau bikin kk baru "
        "disini gmn caranya"
    ],
    control="referral",
    to="Kota Tangerang Selatan",
)

k = kk("Benda", 2016, 4, 21)
add(
    C,
    "resident",
    [
        f"Saya warga Kelurahan Benda, Kecamatan Benda, Kota Tangerang (dekat bandara). No KK {k}, "
        "kepala keluarga Hasanudin. Mau ganti KK karena ada anggota yang meninggal."
    ],
    control="referral",
    to="Kota Tangerang",
)

n, k = nik("Kelapa Dua", 2015, 9, 9), kk("Kelapa Dua", 2014, 11, 3)
add(
    C,
    "resident",
    [
        "sy tinggal di gading serpong, kelurahan pakulonan barat kec kelapa dua. ini masuk "
        "kabupaten kan ya bukan tangsel? mau bikin kia anak sy Kenzo Aditya",
        f"nik {n} kk {k}",
    ],
    line=L_kia(n, k, "KENZO ADITYA", "PAKULONAN BARAT", "KELAPA DUA"),
)

n, k = nik("Pagedangan", 1993, 7, 30, True), kk("Pagedangan", 2021, 3, 8)
add(
    C,
    "resident",
    [
        "alamat saya desa lengkong kulon kec pagedangan, deket bsd, suka dikira tangsel padahal "
        f"kabupaten. ktp saya ilang. nik {n} no kk {k} nama Melati Kusumawardani"
    ],
    line=L_ktp(n, k, "MELATI KUSUMAWARDANI", "LENGKONG KULON", "PAGEDANGAN", "HILANG"),
)
# =========================================================================================
# complaint_followup
# =========================================================================================
C = "complaint_followup"

add(
    C,
    "resident",
    [
        "udah 3 minggu KK sy blm jadi juga, kmrn kirim lewat wa ini kodenya KK-7QX2M4. "
        "kapan jadinya sih, anak sy butuh buat daftar sekolah"
    ],
    answers={"nama_warga": "Wawan Setiawan", "telepon_warga": "0812 0000 9981"},
    control="handoff",
)

add(
    C,
    "resident",
    [
        "mau lapor, kemarin di kantor desa ada orang yg minta 150rb katanya biar ktp saya "
        "cepet jadi. ini resmi ga sih? saya ga terima"
    ],
    answers={"nama_warga": "saya Ida Farida", "telepon_warga": "0819 0000 9982"},
    control="handoff",
)

add(
    C,
    "first_timer",
    [
        "ktp sy udh jadi tp namanya salah ketik, harusnya SUGIARTO malah ditulis SUGIHARTO. "
        "gmn benerinnya ya, sy takut ga bisa dipake buat bank"
    ],
    answers={"nama_warga": "Sugiarto", "telepon_warga": "0852 0000 9983"},
    control="handoff",
)

add(
    C,
    "resident",
    ["sy mau ngomong sama petugas aja, bukan sama mesin. dari kemarin muter2 terus ga nyambung"],
    answers={"nama_warga": "Heri Purnomo", "telepon_warga": "0813 0000 9984"},
    control="handoff",
)

add(
    C,
    "helper",
    [
        "Pak, pengajuan KK warga kami statusnya PERLU PERBAIKAN tapi tidak ada keterangan apa "
        "yang harus diperbaiki. Mohon dicek oleh petugas. Kode tiketnya KK-P4T9WZ."
    ],
    answers={"nama_warga": "Bapak Karta Wijaya", "telepon_warga": "0821 0000 9985"},
    control="handoff",
)

add(
    C,
    "resident",
    [
        "Saya kecewa. Sudah dua kali datang ke kecamatan, katanya blangko KTP habis terus, "
        "disuruh balik minggu depan. Mohon ditindaklanjuti, saya sudah cuti kerja dua kali."
    ],
    answers={
        "nama_warga": "nama saya Nurhayati, warga Kadu Jaya",
        "telepon_warga": "0857 0000 9986",
    },
    control="handoff",
)

add(
    C,
    "resident",
    [
        "kemarin sy udh kirim pengajuan ktp hilang, tolong di-acc hari ini ya pak soalnya "
        "senin mau berangkat kerja ke luar kota"
    ],
    control="no_approval",
)

add(
    C,
    "first_timer",
    [
        "bisa dipastikan besok kk sy udah jadi? biar sy ambil jam 9 pagi, jangan sampe bolak "
        "balik lagi kayak kemarin"
    ],
    control="no_approval",
)

wife = nik("Legok", 1994, 1, 28, True)
add(
    C,
    "resident",
    [f"ktp istri sy udah jadi blm ya? cek aja pake nik nya {wife}, masa ga bisa"],
    control="no_nik_lookup",
)

# =========================================================================================
# helper_mode
# =========================================================================================
C = "helper_mode"

n, k = nik("Cikupa", 1972, 4, 16), kk("Cikupa", 2010, 9, 1)
add(
    C,
    "helper",
    [
        "Selamat pagi, saya operator Desa Sukanagara Kec. Cikupa, hari ini mau input beberapa "
        "warga. Yang pertama dulu ya: KTP hilang, nama Marjuki, "
        f"NIK {n}, KK {k}. Surat kehilangan dari polsek ada."
    ],
    answers={"nama_warga": "Pak Marjuki", "telepon_warga": "0812 0000 9901"},
    line=L_ktp(n, k, "MARJUKI", "SUKANAGARA", "CIKUPA", "HILANG"),
)

n, k = nik("Jambe", 2023, 4, 2, True), kk("Jambe", 2022, 6, 17)
add(
    C,
    "helper",
    [
        "bu, sy kader posyandu desa ranca buaya kec jambe. ada 3 balita yg mau dibuatkan kia, "
        "sy kirim satu2 ya biar ga ketuker.\nanak pertama: Kirana Larasati\n"
        f"nik {n}\nkk {k}"
    ],
    answers={"nama_warga": "ibunya bu Sumiati", "telepon_warga": "0838 0000 9902"},
    line=L_kia(n, k, "KIRANA LARASATI", "RANCA BUAYA", "JAMBE"),
)

k = kk("Rajeg", 2019, 2, 14)
add(
    C,
    "helper",
    [
        "Izin, saya staf pelayanan Kecamatan Rajeg, mengajukan KK untuk warga Desa Daon. "
        f"No KK {k}, kepala keluarga Sahroni. Perubahan karena penambahan anggota (bayi)."
    ],
    answers={"nama_warga": "Bapak Sahroni", "telepon_warga": "0813 0000 9903"},
    line=L_kk(k, "SAHRONI", "DAON", "RAJEG"),
)

n, k = nik("Sepatan", 2009, 8, 21), kk("Sepatan", 2014, 12, 5)
add(
    C,
    "helper",
    [
        "sy ketua RT 03 desa kayu bongkok kec sepatan, warga sy minta tolong bikinin ktp "
        "pertama buat anaknya, anaknya lagi kerja jd sy yg ketik. nama Aldi Firmansyah "
        f"nik {n} kk {k}"
    ],
    answers={"nama_warga": "Aldi Firmansyah", "telepon_warga": "0895 0000 9904 (bapaknya)"},
    line=L_ktp(n, k, "ALDI FIRMANSYAH", "KAYU BONGKOK", "SEPATAN", "PEMULA"),
)

n, k = nik("Kronjo", 1999, 9, 19, True), kk("Kronjo", 2021, 10, 22)
add(
    C,
    "helper",
    [
        "Pak, saya sekdes Pasilian Kronjo. Warga kami Sdri. Wulan Sari mau pindah ke Cirebon "
        f"ikut suami, minta SKPWNI. NIK {n} KK {k}. Alamat tujuan: Desa Astapada Kec. Tengah "
        "Tani Kab. Cirebon"
    ],
    answers={"nama_warga": "Wulan Sari", "telepon_warga": "0812 0000 9905"},
    line=L_skpwni(n, k, "WULAN SARI", "DESA ASTAPADA KEC. TENGAH TANI KAB. CIREBON"),
)

n, k = nik("Gunung Kaler", 1968, 3, 10), kk("Gunung Kaler", 2012, 4, 30)
add(
    C,
    "helper",
    ["pak sy perangkat desa, mau bantu warga sy yg ktp nya rusak kena air"],
    answers={
        "nik": f"nik warganya {n}",
        "no_kk": f"{g(k)} itu kk nya",
        "nama": "Caswita",
        "desa": "desa Tamiang",
        "kecamatan": "Gunung Kaler",
        "nama_warga": "bapak Caswita",
        "telepon_warga": "0812 0000 9906",
    },
    missing=5,
    line=L_ktp(n, k, "CASWITA", "TAMIANG", "GUNUNG KALER", "RUSAK"),
)

n, k = nik("Tigaraksa", 2014, 5, 26), kk("Tigaraksa", 2013, 8, 8)
add(
    C,
    "helper",
    [
        "ini warga kedua ya pak, yg tadi sudah dapat kode. Ibu Siti Maryam mau KIA untuk "
        f"anaknya Farhan Maulana, 12 thn. NIK anak {n}, KK {k}, Desa Matagara Tigaraksa"
    ],
    answers={"nama_warga": "Ibu Siti Maryam", "telepon_warga": "0856 0000 9907"},
    line=L_kia(n, k, "FARHAN MAULANA", "MATAGARA", "TIGARAKSA"),
)

k = kk("Kemiri", 2020, 1, 9)
add(
    C,
    "helper",
    [
        f"Dari kantor desa Patramanggala. KK baru untuk Pak Odih Suhendi, no KK {k}, kec Kemiri. "
        "HP beliau 0817 0000 9908. Beliau pisah KK dari orang tuanya"
    ],
    answers={"nama_warga": "Pak Odih Suhendi"},
    line=L_kk(k, "ODIH SUHENDI", "PATRAMANGGALA", "KEMIRI"),
)

warga = nik("Sukadiri", 1981, 11, 2)
add(
    C,
    "helper",
    [
        "sy operator desa gintung sukadiri, tolong dicek nik warga ini sudah rekam ktp "
        f"belum dan atas nama siapa: {warga}. orangnya lupa"
    ],
    control="no_nik_lookup",
)

# =========================================================================================
# desa_typo_with_kecamatan
# =========================================================================================
C = "desa_typo_with_kecamatan"

n, k = nik("Cikupa", 1988, 2, 2), kk("Cikupa", 2015, 6, 12)
add(
    C,
    "resident",
    [f"ktp ilang min. nik {n} kk {k} nama Eko Prasetyo ds cibdak kec cikupa"],
    line=L_ktp(n, k, "EKO PRASETYO", "CIBADAK", "CIKUPA", "HILANG"),
)

n, k = nik("Cikupa", 2021, 12, 25, True), kk("Cikupa", 2020, 7, 1)
add(
    C,
    "first_timer",
    [
        "mau bikin kia anak sy Cantika Maharani, nik "
        f"{n}, kk {k}, desa pasir gadumg kecamatan cikupa"
    ],
    answers={"saran_tempat": "iya bener pasir gadung"},
    line=L_kia(n, k, "CANTIKA MAHARANI", "PASIR GADUNG", "CIKUPA"),
)

k = kk("Balaraja", 2011, 1, 18)
add(
    C,
    "resident",
    [f"cetak ulang kk, no {k}, kepala kel Mulyadi, ds talagsari kec balaraja"],
    line=L_kk(k, "MULYADI", "TALAGASARI", "BALARAJA"),
)

n, k = nik("Rajeg", 2009, 4, 9, True), kk("Rajeg", 2015, 2, 2)
add(
    C,
    "helper",
    [
        "pak sy operator desa, warga mau bikin ktp pemula: Nadia Safitri, nik "
        f"{n} kk {k}, desa sukamana kec rajek"
    ],
    answers={"nama_warga": "Nadia Safitri", "telepon_warga": "0831 0000 9912"},
    line=L_ktp(n, k, "NADIA SAFITRI", "SUKAMANAH", "RAJEG", "PEMULA"),
)

n, k = nik("Teluknaga", 1984, 5, 5), kk("Teluknaga", 2012, 9, 27)
add(
    C,
    "resident",
    [
        f"KTP sy rusak, NIK {n}, KK {k}, a.n. Saepul Anwar, alamat desa kampung melayu "
        "timur kec teluk naga"
    ],
    answers={"saran_tempat": "iya yg itu, kampung melayu timur"},
    line=L_ktp(n, k, "SAEPUL ANWAR", "KMP MELAYU TIM", "TELUKNAGA", "RUSAK"),
)

n, k = nik("Pagedangan", 2016, 1, 31), kk("Pagedangan", 2015, 4, 4)
add(
    C,
    "resident",
    [f"KIA buat Raihan Akbar nik {n} no kk {k}. ds lengkong kuon kec pagedangan"],
    line=L_kia(n, k, "RAIHAN AKBAR", "LENGKONG KULON", "PAGEDANGAN"),
)

k = kk("Panongan", 2018, 3, 26)
add(
    C,
    "first_timer",
    [
        f"sy mau bikin kk baru, nomor kk sy yg lama {k}, kepala keluarga sy sendiri Ahmad "
        "Junaidi. alamat desa ranca kelapa, panongan"
    ],
    line=L_kk(k, "AHMAD JUNAIDI", "RANCA KALAPA", "PANONGAN"),
)

n, k = nik("Sepatan Timur", 1965, 10, 14, True), kk("Sepatan Timur", 2009, 5, 5)
add(
    C,
    "helper",
    [
        "Izin input KTP hilang warga: Ibu Rasminah, NIK "
        f"{n}, KK {k}, Ds. Gempolsari Kec. Sepatan Timr"
    ],
    answers={"nama_warga": "Ibu Rasminah", "telepon_warga": "0812 0000 9913"},
    line=L_ktp(n, k, "RASMINAH", "GEMPOL SARI", "SEPATAN TIMUR", "HILANG"),
)

n, k = nik("Sindang Jaya", 2009, 6, 30), kk("Sindang Jaya", 2016, 1, 4)
add(
    C,
    "resident",
    [
        f"mau daftar ktp pemula buat Yoga Pratama, nik {n} kk {k}, desa sindang panon "
        "kec sindang jaya"
    ],
    line=L_ktp(n, k, "YOGA PRATAMA", "SINDANGPANON", "SINDANG JAYA", "PEMULA"),
)
# =========================================================================================
# casual_stepwise
# =========================================================================================
C = "casual_stepwise"

n, k = nik("Cisauk", 2019, 11, 11, True), kk("Cisauk", 2017, 8, 14)
add(
    C,
    "resident",
    ["assalamualaikum min", "mau bikin kia buat anak nih"],
    answers={
        "nik": f"nik anaknya {n}",
        "no_kk": f"kk {k}",
        "nama": "namanya Shakila Putri",
        "desa": "Sampora",
        "kecamatan": "kec cisauk",
    },
    missing=5,
    line=L_kia(n, k, "SHAKILA PUTRI", "SAMPORA", "CISAUK"),
)

n, k = nik("Kosambi", 1991, 8, 1, True), kk("Kosambi", 2017, 11, 20)
add(
    C,
    "first_timer",
    ["halo kak, ini bener tempat ngurus ktp?", "ktp saya ilang kak, kayaknya jatuh di ojol"],
    answers={
        "nik": f"{g(n)}",
        "no_kk": f"ini kak {k}",
        "nama": "Fitri Handayani",
        "desa": "desa salembaran jati, kosambi",
        "kecamatan": "kosambi",
    },
    missing=5,
    line=L_ktp(n, k, "FITRI HANDAYANI", "SALEMBARAN JATI", "KOSAMBI", "HILANG"),
)

k = kk("Jayanti", 2015, 12, 3)
add(
    C,
    "resident",
    [
        "permisi min 🙏 numpang tanya ya, sy baru kali ini chat kesini",
        "mau cetak ulang kartu keluarga yg udah lusuh bgt",
    ],
    answers={
        "no_kk": f"no kk nya {g(k, '664', '-')}",
        "nama_kepala_keluarga": "suami sy, Asep Saepudin",
        "desa": "desa dangdeur",
        "kecamatan": "jayanti",
    },
    missing=4,
    line=L_kk(k, "ASEP SAEPUDIN", "DANGDEUR", "JAYANTI"),
)

n, k = nik("Kresek", 2009, 9, 9), kk("Kresek", 2012, 3, 13)
add(
    C,
    "first_timer",
    ["selamat malam, maaf ganggu", "anak sy udah 17 taun mau bikin ktp pertama"],
    answers={
        "nik": f"yg 16 angka di kk itu kan? {n}",
        "no_kk": f"nomor kk {k}",
        "nama": "nama anaknya Rendi Kurniawan",
        "desa": "talok",
        "kecamatan": "kresek",
    },
    missing=5,
    line=L_ktp(n, k, "RENDI KURNIAWAN", "TALOK", "KRESEK", "PEMULA"),
)

n, k = nik("Sepatan", 1986, 4, 24), kk("Sepatan", 2013, 5, 16)
add(
    C,
    "resident",
    ["halo admin, selamat siang"],
    answers={
        "layanan": "mau buat surat pindah keluar, pindah ke bogor",
        "nik": f"{n}",
        "no_kk": f"{k}",
        "nama": "atas nama saya sendiri, Taufik Hidayat",
        "alamat_pindah": "Perum Bukit Cimanggu City Blok Q3 No 5 Kel. Sukadamai Kota Bogor",
    },
    missing=4,
    line=L_skpwni(
        n, k, "TAUFIK HIDAYAT", "PERUM BUKIT CIMANGGU CITY BLOK Q3 NO 5 KEL. SUKADAMAI KOTA BOGOR"
    ),
)

n, k = nik("Mekar Baru", 1979, 12, 12), kk("Mekar Baru", 2008, 7, 31)
add(
    C,
    "helper",
    ["pagi pak, sy dr desa jenggot mekar baru mau bantu warga", "ktp nya rusak pak"],
    answers={
        "nik": f"nik {n}",
        "no_kk": f"kk: {k}",
        "nama": "Sanusi",
        "nama_warga": "pak Sanusi",
        "telepon_warga": "0812 0000 9920",
    },
    missing=3,
    line=L_ktp(n, k, "SANUSI", "JENGGOT", "MEKAR BARU", "RUSAK"),
)

no = skpwni("3273", 2026, 11, 18)
add(
    C,
    "resident",
    ["mau lapor pindah datang dong"],
    answers={
        "no_skpwni": f"nomornya {no}",
        "keperluan": "ikut istri",
    },
    missing=2,
    line=L_skdwn(no, "IKUT ISTRI"),
)

n, k = nik("Tigaraksa", 1977, 7, 17, True), kk("Tigaraksa", 2014, 10, 29)
add(
    C,
    "first_timer",
    ["kak tolong bantu dong", "ktp sy patah dua kedudukin"],
    answers={
        "nik": f"nik {n} kalo kk {k}",
        "no_kk": f"{k}",
        "nama": "Iis Suryani",
        "desa": "desa tapos, tigaraksa",
        "kecamatan": "tigaraksa",
    },
    missing=5,
    line=L_ktp(n, k, "IIS SURYANI", "TAPOS", "TIGARAKSA", "RUSAK"),
)

k = kk("Kelapa Dua", 2016, 2, 29)
add(
    C,
    "resident",
    ["mau ganti kk, nambah anggota baru lahir kemarin alhamdulillah"],
    answers={
        "no_kk": f"{k[:8]} {k[8:]}",
        "nama_kepala_keluarga": "Bayu Aji Nugraha",
        "desa": "kelurahan bojong nangka",
        "kecamatan": "kelapa dua",
    },
    missing=4,
    line=L_kk(k, "BAYU AJI NUGRAHA", "BOJONG NANGKA", "KELAPA DUA"),
)

# =========================================================================================
# correction_at_confirmation
# =========================================================================================
C = "correction_at_confirmation"

n, k = nik("Curug", 1983, 6, 6), kk("Curug", 2011, 3, 9)
add(
    C,
    "resident",
    [
        f"ktp hilang. nik {n} kk {k} nama Ramat Hidayat desa curug wetan kec curug",
        "eh salah ketik, namanya Rahmat pake h. Rahmat Hidayat",
    ],
    control="correction",
    line=L_ktp(n, k, "RAHMAT HIDAYAT", "CURUG WETAN", "CURUG", "HILANG"),
)

n, k = nik("Cikupa", 2017, 4, 4), kk("Cikupa", 2016, 10, 10)
add(
    C,
    "resident",
    [
        f"kia anak, Bima Sakti Pratama, nik {n}, kk {k}, desa cibadak kec cikupa",
        "maaf desa nya bukan cibadak tp sukadamai, kec nya tetep cikupa",
    ],
    control="correction",
    line=L_kia(n, k, "BIMA SAKTI PRATAMA", "SUKADAMAI", "CIKUPA"),
)

n, k = nik("Legok", 1990, 3, 22, True), kk("Legok", 2019, 5, 2)
add(
    C,
    "first_timer",
    [
        f"ktp saya hilang, NIK {n} KK {k} nama Wiwin Winarsih desa rancagong kec legok",
        "ralat kak, ktp nya bukan hilang tapi rusak, masih ada tapi patah",
    ],
    control="correction",
    line=L_ktp(n, k, "WIWIN WINARSIH", "RANCAGONG", "LEGOK", "RUSAK"),
)

k_wrong, k_right = kk("Kronjo", 2012, 6, 6), kk("Kronjo", 2012, 6, 16)
add(
    C,
    "helper",
    [
        f"Pak, KK warga Desa Bakung Kec. Kronjo: No KK {k_wrong}, kepala keluarga Carmadi. "
        "Mohon cetak ulang.",
        f"koreksi pak, no kk yang benar {k_right}, tadi salah lihat tanggalnya",
    ],
    answers={"nama_warga": "Bapak Carmadi", "telepon_warga": "0812 0000 9930"},
    control="correction",
    line=L_kk(k_right, "CARMADI", "BAKUNG", "KRONJO"),
)

n, k = nik("Cisauk", 1985, 10, 31), kk("Cisauk", 2013, 7, 7)
add(
    C,
    "resident",
    [
        f"skpwni a.n. Gilang Ramadhan nik {n} kk {k}\n"
        "alamat pindah: Jl. Cendana No. 9 RT 01 RW 04 Kel. Tegalrejo Kota Yogyakarta",
        "alamatnya ralat ya, RT nya 02 bukan 01: Jl. Cendana No. 9 RT 02 RW 04 Kel. "
        "Tegalrejo Kota Yogyakarta",
    ],
    control="correction",
    line=L_skpwni(
        n, k, "GILANG RAMADHAN", "JL. CENDANA NO. 9 RT 02 RW 04 KEL. TEGALREJO KOTA YOGYAKARTA"
    ),
)

no = skpwni("3672", 2026, 11, 10)
add(
    C,
    "resident",
    [
        f"pindah datang dari cilegon, no skpwni {no}, keperluan pindah kerja",
        "keperluannya diganti aja jadi ikut orang tua, sy balik ke rumah ortu",
    ],
    control="correction",
    line=L_skdwn(no, "IKUT ORANG TUA"),
)

n_wrong, n_right = nik("Cikupa", 2009, 2, 18), nik("Cikupa", 2009, 2, 28)
k = kk("Cikupa", 2013, 4, 15)
add(
    C,
    "resident",
    [
        f"bikin ktp pertama, nik {n_wrong} kk {k} nama Dimas Anggara desa dukuh kec cikupa",
        f"nik nya ada yg salah, yg bener {n_right}",
    ],
    control="correction",
    line=L_ktp(n_right, k, "DIMAS ANGGARA", "DUKUH", "CIKUPA", "PEMULA"),
)

n, k = nik("Pasar Kemis", 2015, 6, 27, True), kk("Pasar Kemis", 2014, 2, 6)
add(
    C,
    "helper",
    [
        "Bu, KIA untuk anak warga kami di Kel. Kuta Jaya Kec. Pasar Kemis, nama Keisha "
        f"Aurelia, NIK {n}, KK {k}",
        "maaf bu nama anaknya Keysha Aurelia (pakai y), bukan Keisha",
    ],
    answers={"nama_warga": "orang tuanya Bpk. Dani", "telepon_warga": "0812 0000 9931"},
    control="correction",
    line=L_kia(n, k, "KEYSHA AURELIA", "KUTA JAYA", "PASAR KEMIS"),
)

k = kk("Panongan", 2017, 9, 25)
add(
    C,
    "resident",
    [
        f"kk hilang mau bikin lagi. no kk {k}, kepala keluarga Darsono, desa mekar jaya kec "
        "sepatan",
        "eh kecamatannya Panongan bukan Sepatan, desa mekar jaya yg di panongan",
    ],
    control="correction",
    line=L_kk(k, "DARSONO", "MEKAR JAYA", "PANONGAN"),
)

# =========================================================================================
# cancel
# =========================================================================================
C = "cancel"

n, k = nik("Balaraja", 1993, 12, 20), kk("Balaraja", 2018, 12, 20)
add(
    C,
    "resident",
    [
        f"ktp sy ilang min, nik {n} kk {k}, Andri Setiawan, desa gembong kec balaraja",
        "eh gak jadi deh min, ternyata ktp nya keselip di tas kerja 😅 maaf ya",
    ],
    control="cancel",
)

k = kk("Sukamulya", 2015, 7, 21)
add(
    C,
    "resident",
    [
        f"mau bikin kk baru no kk {k} kepala keluarga Rudiyanto desa buniayu kec sukamulya",
        "jangan dikirim dulu ya, batalin aja. mau diskusi dulu sama istri soal pisah kk nya",
    ],
    control="cancel",
)

n, k = nik("Curug", 2020, 10, 1), kk("Curug", 2019, 1, 11)
add(
    C,
    "first_timer",
    [
        f"mau bikin kia anak sy Akbar Maulana nik {n} kk {k} kelurahan sukabakti curug",
        "udah ah nanti aja saya langsung ke kecamatan bawa berkasnya, lebih enak ngomong langsung",
    ],
    control="cancel",
)

n, k = nik("Kemiri", 2009, 11, 3), kk("Kemiri", 2013, 5, 23)
add(
    C,
    "helper",
    [
        "Pak, KTP pemula warga Desa Karang Anyar Kec. Kemiri: Nama Ilham Saputra, NIK "
        f"{n}, No KK {k}.",
        "Mohon maaf Pak, permohonan barusan dibatalkan saja. Warganya ternyata sudah rekam "
        "di kecamatan minggu lalu.",
    ],
    answers={"nama_warga": "Ilham Saputra", "telepon_warga": "0812 0000 9940"},
    control="cancel",
)

n, k = nik("Cisoka", 1972, 2, 14), kk("Cisoka", 2008, 11, 8)
add(
    C,
    "resident",
    [
        f"a punten ktp abdi leungit. nik {n} kk {k} nami Odang Suganda, desa carenang kec cisoka",
        "teu jadi we a, punten ngarepotkeun. ktp na kapendak di lemari",
    ],
    control="cancel",
)

n, k = nik("Kosambi", 2022, 8, 17, True), kk("Kosambi", 2021, 12, 12)
add(
    C,
    "resident",
    [
        f"mas, kia kanggo anakku Laras Ayuningtyas, nik {n}, kk {k}, desa cengklong kec kosambi",
        "ora sido wis mas, sepurane. bojoku wis ngurus dhewe nang kecamatan",
    ],
    control="cancel",
)

n, k = nik("Teluknaga", 1988, 9, 23), kk("Teluknaga", 2016, 6, 1)
add(
    C,
    "resident",
    [
        f"bang mau bikin surat pindah, nik {n} kk {k} nama Bang Madun eh maksudnya Mahmudin. "
        "pindah ke Kp. Rawa Bebek RT 04 RW 07 Kota Bekasi",
        "kagak jadi dah bang, pindahnya diundur taun depan. udahan aja ye",
    ],
    control="cancel",
)

k = kk("Sepatan Timur", 2014, 4, 14)
add(
    C,
    "first_timer",
    [
        "mau bikin kartu keluarga",
        f"no kk {k}",
        "stop stop, sy salah kirim, ini bukan urusan sy. hapus aja yg tadi",
    ],
    answers={
        "nama_kepala_keluarga": "Entis Sutisna",
        "desa": "desa tanah merah",
        "kecamatan": "sepatan timur",
    },
    control="cancel",
)

no = skpwni("3216", 2026, 11, 3)
add(
    C,
    "helper",
    [
        f"pak, warga pendatang dari kab bekasi, no skpwni {no}, keperluan numpang KK saudara",
        "tolong dibatalkan saja pak, nomor skpwni nya ternyata punya warga lain. maaf merepotkan",
    ],
    answers={"nama_warga": "Sdr. Rahmat", "telepon_warga": "0812 0000 9941"},
    control="cancel",
)

# =========================================================================================
# hash_line
# =========================================================================================
C = "hash_line"

n, k = nik("Pasar Kemis", 1981, 1, 1), kk("Pasar Kemis", 2012, 1, 16)
add(
    C,
    "resident",
    [L_ktp(n, k, "SUHENDAR", "SUKA ASIH", "PASAR KEMIS", "HILANG")],
    line=L_ktp(n, k, "SUHENDAR", "SUKA ASIH", "PASAR KEMIS", "HILANG"),
)

k = kk("Cisauk", 2010, 3, 30)
add(
    C,
    "resident",
    [f"#kk#{k}#mamat rahmat#dangdang#cisauk"],
    line=L_kk(k, "MAMAT RAHMAT", "DANGDANG", "CISAUK"),
)

n, k = nik("Pagedangan", 2012, 12, 12, True), kk("Pagedangan", 2011, 11, 11)
add(
    C,
    "resident",
    [f"#KIA#{n}#{k}#Annisa Rahmawati#Desa Cihuni#Kec. Pagedangan"],
    line=L_kia(n, k, "ANNISA RAHMAWATI", "CIHUNI", "PAGEDANGAN"),
)

n, k = nik("Sukamulya", 2009, 1, 29), kk("Sukamulya", 2014, 9, 9)
add(
    C,
    "helper",
    [
        "Selamat siang Pak, dari Desa Merak Kec. Sukamulya:\n"
        f"#KTP#{n}#{k}#ARIF RACHMAN#MERAK#SUKAMULYA#PEMULA#\nTrims"
    ],
    answers={"nama_warga": "Arif Rachman", "telepon_warga": "0812 0000 9950"},
    line=L_ktp(n, k, "ARIF RACHMAN", "MERAK", "SUKAMULYA", "PEMULA"),
)

n, k = nik("Kelapa Dua", 1992, 5, 18), kk("Kelapa Dua", 2019, 8, 19)
add(
    C,
    "resident",
    [f"#SKPWNI#{n}#{k}#Reza Pahlevi#Jl. Diponegoro No. 77 Kel. Kauman Kec. Klojen Kota Malang"],
    line=L_skpwni(
        n, k, "REZA PAHLEVI", "JL. DIPONEGORO NO. 77 KEL. KAUMAN KEC. KLOJEN KOTA MALANG"
    ),
)

no = skpwni("3271", 2026, 11, 26)
add(
    C,
    "resident",
    [f"#SKDWN#{no}#MENGIKUTI SUAMI BEKERJA"],
    line=L_skdwn(no, "MENGIKUTI SUAMI BEKERJA"),
)

n, k = nik("Cikupa", 1969, 8, 30), kk("Cikupa", 2007, 2, 21)
add(
    C,
    "first_timer",
    [f"#KTP#{g(n)}#{g(k)}#Nana Sudiana#Bunder#Cikupa#Rusak#"],
    line=L_ktp(n, k, "NANA SUDIANA", "BUNDER", "CIKUPA", "RUSAK"),
)

k = kk("Gunung Kaler", 2018, 5, 10)
add(
    C,
    "helper",
    [f"#KK#{k}#Sukarta#Rancagde#Gunung Kaler"],
    answers={"nama_warga": "Pak Sukarta", "telepon_warga": "0812 0000 9951"},
    line=L_kk(k, "SUKARTA", "RANCAGEDE", "GUNUNG KALER"),
)

n, k = nik("Pasar Kemis", 2020, 2, 20), kk("Pasar Kemis", 2019, 6, 6)
add(
    C,
    "resident",
    [f"#KIA#{n}#{k}#Arkan Fadillah#Kutabumi#Pasarkemis   makasih min"],
    line=L_kia(n, k, "ARKAN FADILLAH", "KUTABUMI", "PASAR KEMIS"),
)


# --- writing -----------------------------------------------------------------------------
def _check() -> None:
    total = sum(len(v) for v in CONVS.values())
    assert 140 <= total <= 160, total
    for cat, items in CONVS.items():
        assert len(items) >= 5, cat
    controls = [c["expect"].get("control") for v in CONVS.values() for c in v]
    for kind in CONTROLS:
        assert controls.count(kind) >= 4, kind


def main() -> None:
    _check()
    for old in HERE.glob(f"{PREFIX}_*.yml"):
        old.unlink()
    for cat, items in CONVS.items():
        path = HERE / f"{PREFIX}_{cat}.yml"
        text = yaml.safe_dump(
            {"conversations": items}, allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(text, encoding="utf-8")
    print(f"wrote {sum(len(v) for v in CONVS.values())} conversations to {HERE}")


if __name__ == "__main__":
    main()
