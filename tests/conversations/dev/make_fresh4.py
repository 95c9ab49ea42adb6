"""The fresh4 part: conversations by an independent author, written as a held-out test part,
measured once on 2 December 2026 (lines 86.6%, facts 89.5%, controls 84.2%), then moved to dev.

Written from the office's format table (design.md), the shared region tables, the requirement
notes and the corpus README only; no code of the assistant and no other conversation file was read.
Weighted to long formal one-message requests, helpers submitting for residents, residents
restating or correcting values, surat pindah, questions that sound like requests,
complaints/follow-ups, and referrals by kelurahan/kecamatan of Kota Tangerang and Tangsel.

    .venv/bin/python -m tests.conversations.dev.make_fresh4

Writes fresh4_<category>.yml beside this file. Numbers are synthetic (devtools.synthetic,
serials 9201-9399, cycled).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
PREFIX = "fresh4"

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
    # neighbours (for referral conversations only)
    "KT Cipondoh": "367105",
    "KT Karawaci": "367107",
    "KT Larangan": "367113",
    "KT Periuk": "367108",
    "KT Ciledug": "367106",
    "KT Pinang": "367111",
    "TS Pamulang": "367406",
    "TS Ciputat": "367404",
    "TS Serpong Utara": "367402",
    "TS Pondok Aren": "367403",
    "TS Setu": "367407",
}


class Serials:
    def __init__(self, lo: int = 9201, hi: int = 9399) -> None:
        self.lo, self.hi, self.cur = lo, hi, lo

    def __call__(self) -> int:
        s = self.cur
        self.cur = self.lo if self.cur >= self.hi else self.cur + 1
        return s


SER = Serials()


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    return make_nik(REG[kec], date(y, m, d), female, SER())


def kk(kec: str, y: int, m: int, d: int) -> str:
    return make_kk(REG[kec], date(y, m, d), SER())


def skp(head: str) -> str:
    """A made-up SKPWNI number ending in a 9xxx serial, e.g. 3201SKP20259213."""
    return f"{head}{SER():04d}"


# ways people type a 16-digit number
def sp4(n: str) -> str:
    return " ".join(n[i : i + 4] for i in range(0, 16, 4))


def dash4(n: str) -> str:
    return "-".join(n[i : i + 4] for i in range(0, 16, 4))


def dot4(n: str) -> str:
    return ".".join(n[i : i + 4] for i in range(0, 16, 4))


def kemendagri(n: str) -> str:  # 36.03.18.050390.9201
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"


def split6(n: str) -> str:  # 360318 050390 9201
    return f"{n[:6]} {n[6:12]} {n[12:]}"


# canonical lines
def ktp(n, k, nama, desa, kec, alasan):
    return f"#KTP#{n}#{k}#{nama.upper()}#{desa.upper()}#{kec.upper()}#{alasan.upper()}#"


def kkl(k, kepala, desa, kec):
    return f"#KK#{k}#{kepala.upper()}#{desa.upper()}#{kec.upper()}"


def kia(n, k, nama, desa, kec):
    return f"#KIA#{n}#{k}#{nama.upper()}#{desa.upper()}#{kec.upper()}"


def skpwni(n, k, nama, alamat):
    return f"#SKPWNI#{n}#{k}#{nama.upper()}#{alamat.upper()}"


def skdwn(no, keperluan):
    return f"#SKDWN#{no}#{keperluan.upper()}"


CONVS: dict[str, list[dict]] = defaultdict(list)


def add(
    category,
    persona,
    turns,
    *,
    line=None,
    facts=None,
    control=None,
    ref=None,
    answers=None,
    missing=0,
    confirm=None,
):
    conv = {"id": "", "category": category, "persona": persona, "turns": list(turns)}
    if answers:
        conv["answers"] = dict(answers)
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = missing
    expect: dict = {}
    if control:
        expect["control"] = control
        if ref:
            expect["referral_to"] = ref
    if line:
        expect["line"] = line
    if facts:
        expect["facts"] = facts
    conv["expect"] = expect
    CONVS[category].append(conv)


GRATIS = [
    "gratis",
    "tidak dipungut",
    "tanpa biaya",
    "bebas biaya",
    "tidak ada biaya",
    "tidak bayar",
]
POLISI = ["kepolisian", "polisi", "polsek", "polres"]
KKF = ["kk", "kartu keluarga"]
TIDAK_PERLU = [
    "tidak perlu",
    "tidak diperlukan",
    "tidak wajib",
    "tanpa",
    "tidak usah",
    "tidak harus",
]


# ============================================================ formal_one_message
def formal_one_message():
    c = "formal_one_message"
    n, k = nik("Cikupa", 1988, 7, 14, True), kk("Cikupa", 2014, 2, 3)
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nBapak/Ibu petugas Disdukcapil Kabupaten Tangerang.\n"
            "Saya yang bertanda tangan di bawah ini:\n"
            f"Nama : Rini Kurniasih\nNIK : {n}\nNo. KK : {k}\n"
            "Alamat : Desa Bitung Jaya, Kecamatan Cikupa\n"
            "bermaksud mengajukan permohonan penerbitan kembali KTP elektronik karena KTP saya "
            "hilang sewaktu perjalanan pulang dari pasar Cikupa. Surat keterangan kehilangan dari "
            "Polsek sudah saya urus. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.\n"
            "Wassalamualaikum wr. wb."
        ],
        line=ktp(n, k, "Rini Kurniasih", "Bitung Jaya", "Cikupa", "HILANG"),
    )

    k = kk("Cisauk", 2011, 9, 20)
    add(
        c,
        "resident",
        [
            "Assalamualaikum wr wb. Yth. Petugas Dukcapil Kab. Tangerang, dengan ini saya mohon "
            "dicetakkan ulang Kartu Keluarga kami karena sudah lusuh dan ada perubahan. Nomor KK "
            f"{k}, nama kepala keluarga SARMILI, beralamat di Kp. Cibogo RT 004/002 Desa Cibogo "
            "Kecamatan Cisauk. Demikian permohonan ini saya sampaikan, atas bantuannya saya "
            "ucapkan terima kasih."
        ],
        line=kkl(k, "Sarmili", "Cibogo", "Cisauk"),
    )

    n, k = nik("Tigaraksa", 2019, 5, 2, True), kk("Tigaraksa", 2017, 6, 11)
    add(
        c,
        "helper",
        [
            "Selamat siang Bapak/Ibu. Kami dari Kantor Desa Pasir Bolang Kecamatan Tigaraksa "
            "bermaksud mengajukan permohonan Kartu Identitas Anak (KIA) untuk salah satu warga "
            f"kami dengan data sebagai berikut: nama anak Aqila Putri Ramadhani, NIK anak {n}, "
            f"nomor KK orang tua {k}, domisili Desa Pasir Bolang Kec. Tigaraksa. Mohon kiranya "
            "dapat diproses. Hormat kami, staf pelayanan Desa Pasir Bolang."
        ],
        answers={"nama_warga": "ibunya, Ibu Wartini", "telepon_warga": "0857 1122 3401"},
        line=kia(n, k, "Aqila Putri Ramadhani", "Pasir Bolang", "Tigaraksa"),
    )

    n, k = nik("Sepatan Timur", 2009, 11, 23), kk("Sepatan Timur", 2009, 3, 17)
    add(
        c,
        "first_timer",
        [
            "Perihal : Permohonan KTP-el Pemula\n\nKepada Yth. Kepala Dinas Kependudukan dan "
            "Pencatatan Sipil Kabupaten Tangerang di Tigaraksa\n\nDengan hormat, saya Fajar "
            "Maulana, pelajar kelas 12, baru saja berusia 17 tahun dan belum pernah memiliki "
            f"KTP. NIK saya {n} dan nomor Kartu Keluarga {k}. Saya tinggal di Desa Lebak Wangi, "
            "Kecamatan Sepatan Timur. Saya mohon dapat dibuatkan KTP elektronik untuk pertama "
            "kalinya. Mohon maaf apabila cara penulisan saya kurang sesuai karena baru pertama "
            "kali menghubungi layanan ini. Terima kasih."
        ],
        line=ktp(n, k, "Fajar Maulana", "Lebak Wangi", "Sepatan Timur", "PEMULA"),
    )

    n, k = nik("Kelapa Dua", 1979, 11, 30), kk("Kelapa Dua", 2006, 8, 8)
    add(
        c,
        "first_timer",
        [
            "Selamat pagi, mohon maaf mengganggu waktunya. Saya Hendra Wijaya, warga Desa "
            "Bencongan, Kecamatan Kelapa Dua. KTP elektronik saya patah menjadi dua karena "
            "terlindas di parkiran, chipnya kelihatan retak. Saya ingin mengajukan penggantian "
            f"KTP rusak. Berikut data saya: NIK {n}, KK {k}. KTP yang patah masih saya simpan "
            "dan akan saya bawa. Terima kasih atas pelayanannya."
        ],
        line=ktp(n, k, "Hendra Wijaya", "Bencongan", "Kelapa Dua", "RUSAK"),
    )

    k = kk("Curug", 2016, 10, 4)
    add(
        c,
        "helper",
        [
            "Kepada Yth. Bapak/Ibu petugas KK Disdukcapil. Saya ketua RT 03/RW 07 Desa Kadu Jaya "
            "Kecamatan Curug, menyampaikan permohonan cetak ulang KK warga saya yang sudah "
            "sepuh dan tidak punya HP. Data: No KK "
            f"{k}, kepala keluarga Bpk. Mursid bin Sanip, Desa Kadu Jaya, Kec. Curug. "
            "Sebelumnya kami ucapkan terima kasih."
        ],
        answers={"nama_warga": "Mursid", "telepon_warga": "0813 8800 2101"},
        line=kkl(k, "Mursid bin Sanip", "Kadu Jaya", "Curug"),
    )

    n, k = nik("Pasar Kemis", 1995, 4, 9, True), kk("Pasar Kemis", 2020, 1, 15)
    add(
        c,
        "resident",
        [
            "dengan hormat saya dewi anggraeni, warga ds kuta baru kec pasar kemis, ingin "
            f"mengajukan pembuatan ktp el baru karena ktp saya hilang dicopet di angkot. nik {n} "
            f"no kk {k}. surat kehilangan dari polsek pasar kemis sudah ada. demikian "
            "permohonan saya, trimakasih atas perhatiannya"
        ],
        line=ktp(n, k, "Dewi Anggraeni", "Kuta Baru", "Pasar Kemis", "HILANG"),
    )

    s1 = skp("3201SKP2025")
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nSaya yang bertanda tangan di bawah ini baru saja pindah dari "
            "Kabupaten Bogor dan sekarang menetap di Desa Sukamanah, Kecamatan Rajeg. "
            "Bersama ini saya mengajukan pendaftaran surat pindah datang.\n"
            f"Nomor SKPWNI : {s1}\nKeperluan : ikut suami\n"
            "Demikian permohonan ini saya buat dengan sebenar-benarnya. Hormat saya, Lilis Suryani."
        ],
        line=skdwn(s1, "IKUT SUAMI"),
    )

    n, k = nik("Legok", 2015, 12, 1), kk("Legok", 2013, 7, 27)
    add(
        c,
        "resident",
        [
            "Assalamu'alaikum. Yth. Bapak/Ibu Petugas Dukcapil, perkenankan saya mengajukan "
            "permohonan pembuatan KIA untuk putra saya yang sekarang sudah kelas 4 SD. "
            f"Nama anak: Muhammad Rizky Alfarizi. NIK anak: {n}. No. KK: {k}. Alamat: Desa "
            "Babat, Kecamatan Legok. Pas foto 2x3 berwarna sudah kami siapkan. Jazakumullah "
            "khairan."
        ],
        line=kia(n, k, "Muhammad Rizky Alfarizi", "Babat", "Legok"),
    )

    n, k = nik("Kresek", 2009, 9, 3, True), kk("Kresek", 2010, 5, 19)
    add(
        c,
        "helper",
        [
            "Selamat siang, kami dari pelayanan Kantor Kecamatan Kresek. Kami meneruskan "
            "permohonan perekaman dan pencetakan KTP-el pemula atas nama Nurhalimah, warga "
            f"Desa Renged Kecamatan Kresek, NIK {n}, nomor KK {k}. Yang bersangkutan sudah "
            "berusia 17 tahun dan siap datang untuk perekaman. Terima kasih atas kerja samanya."
        ],
        answers={"nama_warga": "Nurhalimah", "telepon_warga": "0878 7700 3150"},
        line=ktp(n, k, "Nurhalimah", "Renged", "Kresek", "PEMULA"),
    )

    n, k = nik("Balaraja", 1983, 2, 17), kk("Balaraja", 2012, 12, 12)
    add(
        c,
        "resident",
        [
            "Dengan hormat. Sehubungan dengan rencana saya pindah tugas kerja ke luar daerah, "
            "saya bermaksud mengurus Surat Keterangan Pindah (SKPWNI). Data pemohon: nama Agus "
            f"Setiawan, NIK {n}, nomor KK {k}, saat ini beralamat di Desa Talagasari Kecamatan "
            "Balaraja.\nAlamat tujuan pindah: Jl. Veteran No. 21 RT 02 RW 05 Kelurahan Kauman "
            "Kecamatan Klojen Kota Malang\nAtas perhatiannya saya ucapkan terima kasih."
        ],
        line=skpwni(
            n,
            k,
            "Agus Setiawan",
            "Jl. Veteran No. 21 RT 02 RW 05 Kelurahan Kauman Kecamatan Klojen Kota Malang",
        ),
    )


# ============================================================ dashed_numbers
def dashed_numbers():
    c = "dashed_numbers"
    n, k = nik("Solear", 1991, 6, 21), kk("Solear", 2018, 3, 5)
    add(
        c,
        "resident",
        [
            f"KTP hilang. nik {dash4(n)} kk {dash4(k)} nama Endang Supriatna ds Cikasungka kec Solear"
        ],
        line=ktp(n, k, "Endang Supriatna", "Cikasungka", "Solear", "HILANG"),
    )

    n, k = nik("Pakuhaji", 2017, 8, 12, True), kk("Pakuhaji", 2016, 1, 9)
    add(
        c,
        "resident",
        [
            f"mau daftar kia anak sy. NIK: {dot4(n)} / No.KK: {dot4(k)} / nama Zahra Aulia / "
            "desa Kramat / kec Pakuhaji"
        ],
        line=kia(n, k, "Zahra Aulia", "Kramat", "Pakuhaji"),
    )

    k = kk("Teluknaga", 2019, 11, 2)
    add(
        c,
        "resident",
        [f"cetak ulang kk no {kemendagri(k)} kepala keluarga Rohim, Tanjung Pasir Teluknaga"],
        line=kkl(k, "Rohim", "Tanjung Pasir", "Teluknaga"),
    )

    n, k = nik("Panongan", 1999, 10, 10, True), kk("Panongan", 2021, 4, 30)
    add(
        c,
        "first_timer",
        [
            "permisi kak mau ganti ktp yg rusak, gambarnya udah pudar ga kebaca",
            f"NIK {split6(n)}, KK nya {split6(k)}",
            "nama Siti Komariah desa Ranca Kalapa kec Panongan",
        ],
        line=ktp(n, k, "Siti Komariah", "Ranca Kalapa", "Panongan", "RUSAK"),
    )

    n, k = nik("Sukadiri", 2009, 3, 28), kk("Sukadiri", 2008, 6, 6)
    add(
        c,
        "resident",
        [
            f"pemula gan. {n[:4]} {n[4:8]}-{n[8:12]} {n[12:]} itu nik, kk {k[:8]} {k[8:]}, "
            "nama Ilham Nugraha, Rawa Kidang Sukadiri"
        ],
        line=ktp(n, k, "Ilham Nugraha", "Rawa Kidang", "Sukadiri", "PEMULA"),
    )

    n, k = nik("Gunung Kaler", 2020, 2, 14), kk("Gunung Kaler", 2019, 9, 9)
    add(
        c,
        "resident",
        [
            "Bikin KIA buat Rafi Pratama ya kak",
            f"nik anaknya {'-'.join([n[:6], n[6:12], n[12:]])}",
            f"kk: {'-'.join([k[:6], k[6:12], k[12:]])}",
            "desa Onyam kecamatan Gunung Kaler",
        ],
        line=kia(n, k, "Rafi Pratama", "Onyam", "Gunung Kaler"),
    )

    k = kk("Jambe", 2015, 8, 25)
    add(
        c,
        "resident",
        [
            f"no kk : {' '.join(k)}\nkepala kel : Ujang Suherman\nds. Taban kec. Jambe\nmau print KK baru"
        ],
        line=kkl(k, "Ujang Suherman", "Taban", "Jambe"),
    )

    n, k = nik("Mekar Baru", 1986, 12, 5, True), kk("Mekar Baru", 2010, 10, 10)
    add(
        c,
        "helper",
        [
            "sy kader posyandu mau bantu bu Yayah ngajuin ktp, ktp nya ilang pas banjir kemaren",
            f"nik {dot4(n)}\nkk {dash4(k)}\nnama Yayah Rodiah\ndesa Waliwis kec Mekar Baru",
        ],
        answers={"nama_warga": "Yayah Rodiah", "telepon_warga": "0812-9900-4411"},
        line=ktp(n, k, "Yayah Rodiah", "Waliwis", "Mekar Baru", "HILANG"),
    )


# ============================================================ name_introduced
def name_introduced():
    c = "name_introduced"
    n, k = nik("Kosambi", 1993, 5, 5), kk("Kosambi", 2017, 2, 28)
    add(
        c,
        "resident",
        [
            "assalamualaikum, saya Bayu Saputra dari Dadap Kosambi",
            f"ktp sy ilang min, nik {n} kk {k}",
        ],
        line=ktp(n, k, "Bayu Saputra", "Dadap", "Kosambi", "HILANG"),
    )

    k = kk("Sindang Jaya", 2013, 3, 3)
    add(
        c,
        "resident",
        [
            "halo kak perkenalkan nama saya Sri Mulyani, saya kepala keluarga (janda) di desa "
            f"Sukaharja kecamatan Sindang Jaya. mau cetak kk, nomornya {k}"
        ],
        line=kkl(k, "Sri Mulyani", "Sukaharja", "Sindang Jaya"),
    )

    n, k = nik("Cisoka", 1997, 1, 19, True), kk("Cisoka", 2022, 7, 7)
    add(
        c,
        "first_timer",
        [
            "pagi. ini dengan Nia Ramdani ya, sy warga Caringin Cisoka. baru nikah bulan lalu",
            "mau ganti ktp lama yg udh retak, biar status nya sekalian",
            f"NIK {n}, KK baru {k}",
        ],
        line=ktp(n, k, "Nia Ramdani", "Caringin", "Cisoka", "RUSAK"),
    )

    n, k = nik("Rajeg", 2009, 11, 4), kk("Rajeg", 2009, 12, 1)
    add(
        c,
        "resident",
        [
            "sy Andika Pratama min umur udh 17 bln kmrn, mau bikin ktp pertama",
            f"{n}\n{k}\nLembangsari, Rajeg",
        ],
        line=ktp(n, k, "Andika Pratama", "Lembangsari", "Rajeg", "PEMULA"),
    )

    k = kk("Kronjo", 2012, 5, 14)
    add(
        c,
        "resident",
        [
            "Punten, abdi Dadang Sunarya ti Desa Pagenjahan Kronjo. Bade nyuhunkeun KK dicetak "
            f"deui, nomer KK {k}"
        ],
        line=kkl(k, "Dadang Sunarya", "Pagenjahan", "Kronjo"),
    )

    n, k = nik("Jayanti", 1975, 8, 1), kk("Jayanti", 2004, 4, 20)
    add(
        c,
        "resident",
        [
            "Saya Pak Karta, nama lengkap Kartawijaya, rumah di Pasir Muncang Jayanti. Mau "
            f"bikin KTP lagi soalnya hilang waktu kebakaran. NIK {n}"
        ],
        answers={"no_kk": f"KK {k}"},
        missing=1,
        line=ktp(n, k, "Kartawijaya", "Pasir Muncang", "Jayanti", "HILANG"),
    )

    n, k = nik("Pagedangan", 2018, 6, 30, True), kk("Pagedangan", 2016, 11, 11)
    add(
        c,
        "first_timer",
        [
            "hai, aku Tiara. mau tanya sekalian daftar, KIA buat adek aku yg namanya Keisha "
            "Nadhira, desa Medang kec Pagedangan",
            f"nik keisha {n}, kk {k}",
        ],
        line=kia(n, k, "Keisha Nadhira", "Medang", "Pagedangan"),
    )

    n, k = nik("Sepatan", 1990, 9, 15), kk("Sepatan", 2015, 5, 5)
    add(
        c,
        "resident",
        [f"Nama sy Wahyu Hidayat, NIK {n}, KK {k}. Desa Karet, Sepatan. KTP rusak kena air"],
        line=ktp(n, k, "Wahyu Hidayat", "Karet", "Sepatan", "RUSAK"),
    )


# ============================================================ half_remembered_format
def half_remembered_format():
    c = "half_remembered_format"
    n, k = nik("Cikupa", 1994, 3, 12, True), kk("Cikupa", 2018, 8, 1)
    add(
        c,
        "resident",
        [f"KTP#{n}#{k}#Maya Sari#Sukadamai#Cikupa#hilang"],
        line=ktp(n, k, "Maya Sari", "Sukadamai", "Cikupa", "HILANG"),
    )

    k = kk("Curug", 2014, 1, 1)
    add(
        c,
        "resident",
        [f"#KK#Ahmad Fauzi#{k}#Curug Wetan#Curug"],
        line=kkl(k, "Ahmad Fauzi", "Curug Wetan", "Curug"),
    )

    n, k = nik("Mauk", 2016, 7, 7), kk("Mauk", 2015, 3, 3)
    add(
        c,
        "resident",
        [f"#KIA {n} {k} Dimas Arya Mauk Barat Mauk"],
        line=kia(n, k, "Dimas Arya", "Mauk Barat", "Mauk"),
    )

    n, k = nik("Pasar Kemis", 1987, 10, 8), kk("Pasar Kemis", 2011, 6, 6)
    add(
        c,
        "resident",
        [f"#E-KTP#{n}#{k}#Saepudin#Sukamantri#Pasar Kemis#"],
        answers={"alasan": "hilang kak, dompetnya jatuh"},
        missing=1,
        line=ktp(n, k, "Saepudin", "Sukamantri", "Pasar Kemis", "HILANG"),
    )

    n, k = nik("Balaraja", 1992, 12, 25, True), kk("Balaraja", 2019, 2, 2)
    add(
        c,
        "first_timer",
        [
            "formatnya ktp pagar nik pagar kk gitu kan? ini ya",
            f"ktp / {n} / {k} / Ratna Dewi / Sentul Jaya / Balaraja / rusak",
        ],
        line=ktp(n, k, "Ratna Dewi", "Sentul Jaya", "Balaraja", "RUSAK"),
    )

    n, k = nik("Teluknaga", 1980, 1, 31), kk("Teluknaga", 2007, 7, 17)
    add(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#Joko Santoso"],
        answers={
            "alamat_pindah": "pindah ke Perum Griya Asri Blok C2 No 8 Kelurahan Mustikasari Kota Bekasi"
        },
        missing=1,
        line=skpwni(
            n, k, "Joko Santoso", "Perum Griya Asri Blok C2 No 8 Kelurahan Mustikasari Kota Bekasi"
        ),
    )

    n, k = nik("Legok", 2005, 5, 20), kk("Legok", 2006, 9, 9)
    add(
        c,
        "resident",
        [f"# KTP # {n} # {k} # Rudi Hartono # Serdang Wetan # PEMULA"],
        answers={"kecamatan": "kec legok"},
        missing=1,
        line=ktp(n, k, "Rudi Hartono", "Serdang Wetan", "Legok", "PEMULA"),
    )

    k = kk("Kemiri", 2010, 10, 1)
    add(
        c,
        "resident",
        [f"KK {k} Samsudin Lontar Kemiri #"],
        line=kkl(k, "Samsudin", "Lontar", "Kemiri"),
    )


# ============================================================ restate_known_value
def restate_known_value():
    c = "restate_known_value"
    n, k = nik("Cikupa", 1996, 8, 2, True), kk("Cikupa", 2020, 2, 20)
    add(
        c,
        "resident",
        [
            f"ktp hilang, nik {n}, nama Fitri Handayani, ds Talaga kec Cikupa",
            "eh maaf desanya salah, bukan Talaga tapi Talagasari, kecamatan tetep Cikupa",
        ],
        answers={"no_kk": f"no kk {k}"},
        missing=1,
        line=ktp(n, k, "Fitri Handayani", "Talagasari", "Cikupa", "HILANG"),
    )

    k_wrong, k = kk("Balaraja", 2013, 3, 13), kk("Balaraja", 2013, 3, 14)
    add(
        c,
        "resident",
        [
            f"cetak kk min no {k_wrong} kepala keluarga Nana Sutisna",
            f"waduh salah ketik no kk nya, yg bener {k}",
            "desa Cangkudu, Balaraja",
        ],
        line=kkl(k, "Nana Sutisna", "Cangkudu", "Balaraja"),
    )

    n, k = nik("Kosambi", 1989, 11, 11), kk("Kosambi", 2016, 6, 16)
    add(
        c,
        "resident",
        [
            f"mau ganti ktp rusak. nik {n}",
            f"nik nya tadi {sp4(n)} ya, itu udah bener. kk {k}",
            "nama Heri Gunawan, Salembaran Jaya Kosambi",
        ],
        line=ktp(n, k, "Heri Gunawan", "Salembaran Jaya", "Kosambi", "RUSAK"),
    )

    n, k = nik("Panongan", 2019, 1, 27), kk("Panongan", 2018, 4, 4)
    add(
        c,
        "resident",
        [
            f"daftar kia anak, nik {n} kk {k} nama Aisyah, desa Mekar Bakti kec Panongan",
            "maaf namanya kurang lengkap, yg lengkap Aisyah Nur Fadhilah",
        ],
        line=kia(n, k, "Aisyah Nur Fadhilah", "Mekar Bakti", "Panongan"),
    )

    n, k = nik("Tigaraksa", 1985, 6, 6, True), kk("Tigaraksa", 2009, 1, 9)
    add(
        c,
        "first_timer",
        [
            "mau buat ktp kak, baru pertama kali pake layanan ini",
            f"nik {n} kk {k} nama Eneng Suhartini desa Matagara kec Tigaraksa",
            "alasannya hilang ya kak, tapi bentar deh sebenernya bukan hilang, ktp nya patah. jadi rusak",
        ],
        line=ktp(n, k, "Eneng Suhartini", "Matagara", "Tigaraksa", "RUSAK"),
    )

    n_wrong, n, k = (
        nik("Kelapa Dua", 2004, 2, 2),
        nik("Kelapa Dua", 2004, 2, 2),
        kk("Kelapa Dua", 2007, 8, 15),
    )
    add(
        c,
        "resident",
        [
            f"ktp pemula, nik {n_wrong}, kk {k}",
            f"koreksi nik, angka belakangnya {n[-4:]} bukan {n_wrong[-4:]}. lengkapnya {n}",
            "Reza Alamsyah, Pakulonan Barat, Kelapa Dua",
        ],
        line=ktp(n, k, "Reza Alamsyah", "Pakulonan Barat", "Kelapa Dua", "PEMULA"),
    )

    n, k = nik("Teluknaga", 1977, 3, 9), kk("Teluknaga", 2005, 5, 25)
    add(
        c,
        "resident",
        [
            f"surat pindah keluar nik {n} kk {k} a.n. Subandi, pindah ke Kota Serang",
            "alamat lengkapnya Kp. Kaloran RT 01 RW 03 Kelurahan Cimuncang Kota Serang",
        ],
        line=skpwni(n, k, "Subandi", "Kp. Kaloran RT 01 RW 03 Kelurahan Cimuncang Kota Serang"),
    )

    k = kk("Sepatan Timur", 2012, 2, 12)
    add(
        c,
        "resident",
        [
            f"kk {k} kpl keluarga Mulyadi desa Kedaung Barat",
            "kecamatannya Sepatan Timur, tadi lupa nulis",
            "iya kepala keluarga Mulyadi, udah bener",
        ],
        line=kkl(k, "Mulyadi", "Kedaung Barat", "Sepatan Timur"),
    )

    n, k = nik("Rajeg", 1998, 7, 17, True), kk("Rajeg", 2021, 3, 1)
    add(
        c,
        "resident",
        [
            f"KTP hilang a.n Siti Maryam nik {n} kk {k} ds Rajeg Mulya kec Rajeg",
            "namanya Siti Mariam pake i ya, bukan y. di ktp nya gitu",
        ],
        line=ktp(n, k, "Siti Mariam", "Rajeg Mulya", "Rajeg", "HILANG"),
    )

    n, k = nik("Cisauk", 2014, 10, 10), kk("Cisauk", 2012, 12, 2)
    add(
        c,
        "helper",
        [
            f"bantu keponakan bikin kia, nik {n}, kk {k}, nama Bintang Ramadhan, desa Suradita kec Cisauk",
            "oh iya desa nya udh bener Suradita ya, yg di deket stasiun cisauk",
        ],
        answers={"nama_warga": "Bintang Ramadhan", "telepon_warga": "0819 3300 7781"},
        line=kia(n, k, "Bintang Ramadhan", "Suradita", "Cisauk"),
    )

    n, k = nik("Solear", 1982, 4, 14), kk("Solear", 2008, 8, 8)
    add(
        c,
        "resident",
        [
            f"mau bikin ktp baru nik {n} nama Tatang desa Munjul kec Solear alasan hilang",
            f"kk nya {k}",
            "nama lengkapnya Tatang Sutarman, maaf tadi cuma nama panggilan",
        ],
        line=ktp(n, k, "Tatang Sutarman", "Munjul", "Solear", "HILANG"),
    )


# ============================================================ name_with_relation
def name_with_relation():
    c = "name_with_relation"
    n, k = nik("Curug", 2016, 9, 9, True), kk("Curug", 2014, 4, 14)
    add(
        c,
        "resident",
        [
            "mau bikinin KIA buat anak perempuan saya, namanya Salsabila Azzahra",
            f"nik dia {n} kk {k} desa Binong kec Curug",
        ],
        line=kia(n, k, "Salsabila Azzahra", "Binong", "Curug"),
    )

    n, k = nik("Pakuhaji", 1984, 5, 1), kk("Pakuhaji", 2010, 3, 30)
    add(
        c,
        "resident",
        [
            "ktp suami sy ilang bu, namanya Ahmad Rifai. sy istrinya yg ngetik",
            f"nik suami {n}, kk {k}, desa Sukawali kec Pakuhaji",
        ],
        line=ktp(n, k, "Ahmad Rifai", "Sukawali", "Pakuhaji", "HILANG"),
    )

    k = kk("Mauk", 2003, 6, 1)
    add(
        c,
        "resident",
        [
            "kk bapak saya udah sobek, mau cetak lagi. kepala keluarganya bapak, namanya Marzuki",
            f"no kk {k}, Ketapang Mauk",
        ],
        line=kkl(k, "Marzuki", "Ketapang", "Mauk"),
    )

    n, k = nik("Sukamulya", 2009, 10, 2, True), kk("Sukamulya", 2011, 1, 5)
    add(
        c,
        "resident",
        [
            "adik saya baru 17 taun, mau bikin ktp pemula. nama adik Putri Lestari",
            f"NIK adik {n} KK {k} desa Kaliasin kecamatan Sukamulya",
        ],
        line=ktp(n, k, "Putri Lestari", "Kaliasin", "Sukamulya", "PEMULA"),
    )

    n, k = nik("Kronjo", 1958, 2, 2, True), kk("Kronjo", 2002, 2, 22)
    add(
        c,
        "resident",
        [
            "ini sy anaknya mau ngurusin ktp emak sy yg udah rusak, emak ga bisa pake hp. "
            "nama emak Rukiyah",
            f"{n} nik emak, kk {k}, desa Pasilian kec Kronjo",
        ],
        line=ktp(n, k, "Rukiyah", "Pasilian", "Kronjo", "RUSAK"),
    )

    n, k = nik("Gunung Kaler", 2022, 3, 15), kk("Gunung Kaler", 2021, 2, 1)
    add(
        c,
        "first_timer",
        [
            "cucu saya yang bungsu mau dibuatkan kartu anak, namanya Alif Maulana umur 4 taun",
            f"nik cucu {n}, kk ibunya {k}",
            "tinggal di desa Kedung kecamatan Gunung Kaler",
        ],
        line=kia(n, k, "Alif Maulana", "Kedung", "Gunung Kaler"),
    )

    n, k = nik("Kemiri", 1990, 12, 12), kk("Kemiri", 2016, 8, 20)
    add(
        c,
        "resident",
        [
            "mau bikin surat pindah buat kakak saya Dede Kurnia, dia pindah kerja ke Karawang",
            f"nik kakak {n} kk {k}",
            "alamat baru nya Perumahan Bumi Teluk Jambe Blok D No 14 Desa Sukaluyu Kabupaten Karawang",
        ],
        line=skpwni(
            n,
            k,
            "Dede Kurnia",
            "Perumahan Bumi Teluk Jambe Blok D No 14 Desa Sukaluyu Kabupaten Karawang",
        ),
    )

    n, k = nik("Jambe", 2013, 8, 8), kk("Jambe", 2012, 9, 10)
    add(
        c,
        "resident",
        [f"KIA anak laki2 sy Farhan Maulidi nik {n} kk {k} desa Daru Jambe"],
        line=kia(n, k, "Farhan Maulidi", "Daru", "Jambe"),
    )


# ============================================================ surat_pindah
def surat_pindah():
    c = "surat_pindah"
    n, k = nik("Cikupa", 1986, 4, 20), kk("Cikupa", 2012, 10, 10)
    add(
        c,
        "resident",
        [
            "min mau bikin surat pindah keluar, mau balik kampung ke Cirebon",
            f"nik {n} kk {k} nama Warsono",
            "alamat tujuan Desa Kedungbunder RT 05 RW 02 Kecamatan Gempol Kabupaten Cirebon",
        ],
        line=skpwni(
            n, k, "Warsono", "Desa Kedungbunder RT 05 RW 02 Kecamatan Gempol Kabupaten Cirebon"
        ),
    )

    s2 = skp("3175PW05062025")
    add(
        c,
        "resident",
        [
            f"saya udah dapet skpwni dari dukcapil jakarta timur, nomornya {s2}, "
            "sekarang mau daftar datang di Kab Tangerang buat ikut orang tua"
        ],
        line=skdwn(s2, "IKUT ORANG TUA"),
    )

    n, k = nik("Pasar Kemis", 1993, 9, 9, True), kk("Pasar Kemis", 2019, 7, 7)
    add(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#Yuliana#Jl. Kenanga No. 7 RT 03 RW 01 Kel. Tegalsari Kota Tegal"],
        line=skpwni(n, k, "Yuliana", "Jl. Kenanga No. 7 RT 03 RW 01 Kel. Tegalsari Kota Tegal"),
    )

    s3 = skp("1871SKP2025")
    add(
        c,
        "first_timer",
        [
            "kak sy pindahan dari lampung, katanya harus lapor datang. ini gmn ya",
            f"no skpwni nya {s3}",
        ],
        answers={"keperluan": "keperluannya pindah kerja"},
        missing=1,
        line=skdwn(s3, "PINDAH KERJA"),
    )

    n, k = nik("Sindang Jaya", 1970, 7, 7), kk("Sindang Jaya", 2001, 1, 1)
    add(
        c,
        "helper",
        [
            "Siang pak, saya staf desa Sindangsono. Ada warga mau pindah keluar ke Lampung, "
            f"Bapak Sukirman, NIK {n}, KK {k}. Tujuan: Desa Rejomulyo Kecamatan Jati Agung "
            "Kabupaten Lampung Selatan"
        ],
        answers={"nama_warga": "Sukirman", "telepon_warga": "0852 1000 9090"},
        line=skpwni(
            n, k, "Sukirman", "Desa Rejomulyo Kecamatan Jati Agung Kabupaten Lampung Selatan"
        ),
    )

    s4 = skp("3273SKP2025")
    add(
        c,
        "resident",
        ["pindah datang", f"nomor skpwni: {s4}", "alasan pindah ikut istri"],
        line=skdwn(s4, "IKUT ISTRI"),
    )

    n, k = nik("Kosambi", 1995, 1, 1), kk("Kosambi", 2020, 12, 20)
    add(
        c,
        "resident",
        [
            "numpang tanya sekalian daftar ya, surat pindah keluar ke jogja itu perlu surat RT ga?",
            f"datanya: nik {n}, kk {k}, nama Galih Permana, pindah ke Jl. Kaliurang Km 7 "
            "Sinduharjo Ngaglik Sleman",
        ],
        line=skpwni(n, k, "Galih Permana", "Jl. Kaliurang Km 7 Sinduharjo Ngaglik Sleman"),
    )

    add(
        c,
        "resident",
        [
            "pindah dari desa Bojong Cikupa ke desa Sentul Balaraja kan masih satu kabupaten, "
            "itu harus bikin skpwni juga ga sih?"
        ],
        facts=[TIDAK_PERLU, KKF],
    )

    add(
        c,
        "resident",
        [
            "Min, sy baru pindah dari Depok, ngontrak di Curug. mau daftar kedatangan tapi "
            "rumahnya kontrakan, perlu apa aja?"
        ],
        facts=[
            ["skpwni", "surat pindah", "surat keterangan pindah"],
            ["pemilik", "tidak keberatan", "yang punya rumah"],
        ],
    )

    n, k = nik("Legok", 1988, 8, 28, True), kk("Legok", 2015, 10, 31)
    add(
        c,
        "resident",
        ["mau urus skpwni", f"NIK {n}", f"KK {k}", "Nama Indah Permatasari"],
        answers={"alamat_pindah": "Jl. Diponegoro No. 45 Kelurahan Pekauman Kota Banjarmasin"},
        missing=1,
        line=skpwni(
            n, k, "Indah Permatasari", "Jl. Diponegoro No. 45 Kelurahan Pekauman Kota Banjarmasin"
        ),
    )

    s5 = skp("3603SKP2025")
    add(c, "resident", [f"#SKDWN#{s5}", "keperluannya sekolah"], line=skdwn(s5, "SEKOLAH"))


# ============================================================ question_not_form
def question_not_form():
    c = "question_not_form"
    add(
        c,
        "first_timer",
        ["kak kalau mau bikin KIA buat anak umur 3 taun bisa ga lewat sini, bawa apa aja?"],
        facts=[["akta kelahiran", "akta lahir", "kutipan akta"], KKF],
    )
    add(
        c,
        "resident",
        ["kk sy ilang waktu pindahan kontrakan, bisa bikin lagi ga? syaratnya apa min"],
        facts=[POLISI],
    )
    add(
        c,
        "resident",
        ["mau bikin ktp bayar berapa ya? temen sy katanya bayar 100rb di calo"],
        facts=[GRATIS],
    )
    add(
        c,
        "resident",
        ["saya mau ngajuin KTP baru tapi belum 17 taun, udah nikah sih. boleh ga?"],
        facts=[["menikah", "nikah", "kawin"], ["buku nikah", "akta perkawinan", "akta nikah"]],
    )
    add(
        c,
        "resident",
        ["kalo saya kirim formatnya sekarang, langsung di acc kan min? soalnya besok mau dipake"],
        control="no_approval",
    )
    q = nik("Cikupa", 1988, 7, 5, True)
    add(
        c,
        "resident",
        [f"bisa tolong cariin data sy ga min, nik sy {q}, lupa kk nya nomer brp"],
        control="no_nik_lookup",
    )
    add(
        c,
        "first_timer",
        ["mau daftar ktp pemula, harus dateng ke kantor ga atau cukup online aja?"],
        facts=[["datang", "langsung", "hadir"], ["rekam", "perekaman", "sidik jari", "biometrik"]],
    )
    add(
        c,
        "resident",
        ["kalo mau ganti ktp rusak, ktp lama nya harus dibawa gak? udah patah dua soalnya"],
        facts=[
            [
                "ktp-el yang rusak",
                "ktp yang rusak",
                "ktp rusak",
                "ktp lama",
                "ktp-el lama",
                "ktp el yang rusak",
            ]
        ],
    )
    add(
        c,
        "resident",
        ["mau ngurus KK baru abis nikah, mau pisah KK dari mertua, dokumen apa yang dibawa"],
        facts=[["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta"]],
    )
    add(
        c,
        "resident",
        ["bikin ktp harus pake surat pengantar RT RW dulu ga sih? rt sy lagi mudik"],
        facts=[TIDAK_PERLU],
    )


# ============================================================ topic_coverage
def topic_coverage():
    c = "topic_coverage"
    add(
        c,
        "resident",
        ["ktp ilang apa bener masih harus bikin surat kehilangan dari polisi?"],
        facts=[POLISI],
    )
    add(
        c,
        "resident",
        ["ngurus dokumen kependudukan di dukcapil tangerang itu gratis atau bayar sih"],
        facts=[GRATIS],
    )
    add(
        c,
        "first_timer",
        ["anak saya umur 8 tahun mau dibikinin kia, syaratnya apa aja?"],
        facts=[["akta kelahiran", "akta lahir", "kutipan akta"], KKF, ["foto", "pas foto"]],
    )
    add(
        c,
        "resident",
        ["kantor dukcapil kab tangerang dimana ya alamatnya?"],
        facts=[["tigaraksa", "puspemkab", "pusat pemerintahan"]],
    )
    add(
        c,
        "resident",
        ["KTP digital / IKD itu cara aktivasinya gimana dan perlu apa?"],
        facts=[
            ["ktp-el", "ktp el", "ktp elektronik", "e-ktp", "perekaman"],
            ["smartphone", "hp", "ponsel", "handphone", "telepon pintar"],
            ["email", "e-mail", "surel"],
        ],
    )
    add(
        c,
        "resident",
        ["mau cetak ktp atau kia bisa di kantor kecamatan ga atau harus ke tigaraksa?"],
        facts=[["kecamatan"]],
    )
    add(
        c,
        "resident",
        ["surat pindah keluar daerah syaratnya apa aja min, perlu surat dari desa?"],
        facts=[KKF, TIDAK_PERLU],
    )
    add(
        c,
        "resident",
        ["kk sobek kena air hujan, buat ganti yg rusak bawa apa?"],
        facts=[
            ["kk yang rusak", "kk rusak", "kartu keluarga yang rusak", "kk lama", "rusak"],
            ["ktp-el", "ktp el", "ktp"],
        ],
    )
    add(c, "resident", ["berapa umur minimal buat bikin ktp elektronik?"], facts=[["17"]])


# ============================================================ referral_by_place
def referral_by_place():
    c = "referral_by_place"
    KT, TS = "Kota Tangerang", "Kota Tangerang Selatan"
    n, k = nik("KT Cipondoh", 1990, 2, 2), kk("KT Cipondoh", 2016, 3, 3)
    add(
        c,
        "resident",
        [f"ktp hilang min, nik {n} kk {k} nama Irwan Syah, kelurahan Petir kecamatan Cipondoh"],
        control="referral",
        ref=KT,
    )
    add(
        c,
        "resident",
        ["mau cetak KK, rumah sy di Cimone, Karawaci, deket pasar anyar"],
        control="referral",
        ref=KT,
    )
    add(
        c,
        "first_timer",
        [
            "Selamat malam, saya tinggal di Kelurahan Kreo Selatan, Kecamatan Larangan. Anak saya "
            "mau dibuatkan KIA, apakah bisa mendaftar lewat nomor ini?"
        ],
        control="referral",
        ref=KT,
    )
    add(
        c,
        "resident",
        ["bikin ktp pemula buat anak, alamat kel. Gebang Raya kec. Periuk"],
        control="referral",
        ref=KT,
    )
    n, k = nik("KT Ciledug", 1985, 5, 5, True), kk("KT Ciledug", 2011, 1, 11)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#Lina Marlina#Sudimara Barat#Ciledug#RUSAK#"],
        control="referral",
        ref=KT,
    )
    add(
        c,
        "helper",
        [
            "sy ketua RT di Kunciran Indah, Pinang. warga sy mau ngurus surat pindah keluar, bisa dibantu disini?"
        ],
        control="referral",
        ref=KT,
    )
    add(
        c,
        "resident",
        ["assalamualaikum, mau bikin kia anak. kami di Pondok Benda, Pamulang"],
        control="referral",
        ref=TS,
    )
    n, k = nik("TS Ciputat", 1992, 10, 20), kk("TS Ciputat", 2019, 6, 19)
    add(
        c,
        "resident",
        [f"KTP rusak, NIK {n}, KK {k}, a.n. Taufik Hidayat, Kel. Serua Kec. Ciputat"],
        control="referral",
        ref=TS,
    )
    add(
        c,
        "resident",
        ["min aku tinggal di Jelupang Serpong Utara, KK ku mau dicetak ulang ada perubahan alamat"],
        control="referral",
        ref=TS,
    )
    add(
        c,
        "first_timer",
        [
            "Dengan hormat, saya warga Kelurahan Jurangmangu Timur Kecamatan Pondok Aren "
            "bermaksud mengajukan KTP-el baru karena hilang. Mohon petunjuknya."
        ],
        control="referral",
        ref=TS,
    )
    add(
        c,
        "resident",
        ["kelurahan Muncul kecamatan Setu, mau bikin ktp pemula bisa disini ga kak"],
        control="referral",
        ref=TS,
    )
    # contrast: Kelapa Dua is Kab. Tangerang even though people call it "Serpong"
    n, k = nik("Kelapa Dua", 1991, 3, 3, True), kk("Kelapa Dua", 2018, 11, 11)
    add(
        c,
        "resident",
        [
            "sy di Gading Serpong tp masuknya desa Curug Sangereng kec Kelapa Dua, kab tangerang kan ya? "
            f"mau urus ktp hilang. nik {n} kk {k} nama Melati Anggraini"
        ],
        line=ktp(n, k, "Melati Anggraini", "Curug Sangereng", "Kelapa Dua", "HILANG"),
    )


# ============================================================ complaint_followup
def complaint_followup():
    c = "complaint_followup"
    add(
        c,
        "resident",
        [
            "KTP sy udah 3 minggu belum jadi juga padahal katanya cepet. sy mau komplain, "
            "tolong sambungin ke petugas"
        ],
        control="handoff",
    )
    add(
        c,
        "resident",
        [
            "mau lapor, kemarin di kecamatan ada yang minta 50 ribu buat cetak kk katanya "
            "biar cepet. itu resmi ga? sy mau ngadu ke petugas dinas"
        ],
        control="handoff",
    )
    add(
        c,
        "resident",
        ["tiket KTP-7QX2LM punya saya tolong di acc hari ini ya min, urgent buat ngelamar kerja"],
        control="no_approval",
    )
    add(
        c,
        "resident",
        ["udah sy kirim kemaren formatnya, udah disetujui belum? kapan bisa diambil?"],
        control="no_approval",
    )
    q = nik("Cikupa", 1993, 12, 12, True)
    add(
        c,
        "resident",
        [f"tolong cek NIK {q} ini atas nama siapa, ada yg pake buat daftar pinjol"],
        control="no_nik_lookup",
    )
    add(
        c,
        "resident",
        [
            "tanggal lahir di KK saya salah, sudah 2x kirim ga ada tanggapan. saya mau bicara "
            "langsung dengan petugasnya"
        ],
        control="handoff",
    )
    add(
        c,
        "helper",
        [
            "Selamat siang, saya operator Desa Kutabumi. Pengajuan warga kami sudah dua minggu "
            "statusnya masih BARU terus. Mohon ditindaklanjuti oleh petugas"
        ],
        control="handoff",
    )
    q = nik("Pasar Kemis", 2001, 6, 15, True)
    add(
        c,
        "helper",
        [f"pak tolong cekin status ktp warga sy dong, NIK nya {sp4(q)}"],
        control="no_nik_lookup",
    )
    add(
        c,
        "resident",
        ["min acc-in dong KK saya, besok mau daftarin anak sekolah. udh sy kirim tadi pagi"],
        control="no_approval",
    )
    add(
        c,
        "resident",
        [
            "kecewa bgt, ke kecamatan katanya blangko habis, disuruh balik bulan depan. ini "
            "gimana sih, sy minta ditanggapi petugas"
        ],
        control="handoff",
    )


# ============================================================ helper_mode
def helper_mode():
    c = "helper_mode"
    n, k = nik("Cikupa", 1960, 6, 6), kk("Cikupa", 2003, 3, 3)
    add(
        c,
        "helper",
        [
            "sy petugas desa Pasir Gadung, mau ngajuin ktp rusak buat warga lansia",
            f"nik {n} kk {k} nama Sarmin, Pasir Gadung Cikupa",
        ],
        answers={"nama_warga": "Sarmin", "telepon_warga": "0812 3456 9201"},
        line=ktp(n, k, "Sarmin", "Pasir Gadung", "Cikupa", "RUSAK"),
    )

    k = kk("Kresek", 2009, 9, 9)
    add(
        c,
        "helper",
        [
            "Assalamualaikum, saya Kasi Pelayanan Desa Koper Kec. Kresek. Izin mengajukan "
            f"cetak ulang KK warga: No KK {k}, KK a.n. Jumadi. Yang bersangkutan tidak punya WA."
        ],
        answers={
            "nama_warga": "Jumadi",
            "telepon_warga": "tidak ada hp, hubungi kantor desa 0821 7000 1188",
        },
        line=kkl(k, "Jumadi", "Koper", "Kresek"),
    )

    n, k = nik("Sepatan", 2018, 4, 24, True), kk("Sepatan", 2017, 2, 17)
    add(
        c,
        "helper",
        [
            "saya kader PKK ds Pondok Jaya Sepatan, bantu ibu2 daftar KIA",
            f"anak: Nayla Safitri, nik {n}, kk {k}",
        ],
        answers={"nama_warga": "ibunya bu Ernawati", "telepon_warga": "0858 1234 9210"},
        line=kia(n, k, "Nayla Safitri", "Pondok Jaya", "Sepatan"),
    )

    n, k = nik("Pagedangan", 2009, 6, 1), kk("Pagedangan", 2010, 12, 31)
    add(
        c,
        "helper",
        [
            "Pak, saya wali kelas SMA, bantu siswa bikin ktp pemula. data siswa:",
            f"Nama: Rizal Fahmi\nNIK: {n}\nKK: {k}\nDesa: Cijantra\nKec: Pagedangan",
        ],
        answers={"nama_warga": "Rizal Fahmi", "telepon_warga": "0896 5555 0123"},
        line=ktp(n, k, "Rizal Fahmi", "Cijantra", "Pagedangan", "PEMULA"),
    )

    n, k = nik("Pakuhaji", 1974, 10, 10, True), kk("Pakuhaji", 2006, 6, 26)
    add(
        c,
        "helper",
        [
            "ijin min, sy RT 02 Kohod Pakuhaji. bu Romlah warga sy ktp nya ilang kebawa rob, "
            f"nik {n} kk {k}. surat polisinya udah ada"
        ],
        answers={"nama_warga": "Romlah", "telepon_warga": "0877 2020 9311"},
        line=ktp(n, k, "Romlah", "Kohod", "Pakuhaji", "HILANG"),
    )

    n, k = nik("Sukadiri", 1981, 3, 21), kk("Sukadiri", 2014, 7, 14)
    add(
        c,
        "helper",
        [
            "sy operator desa Pekayon kec Sukadiri. ada warga mau pindah ke Purwakarta.",
            f"nama Endang Kosasih, nik {n}, kk {k}",
            "tujuan: Kampung Cibungur RT 01 RW 02 Desa Cibungur Kecamatan Bungursari Kabupaten Purwakarta",
        ],
        answers={"nama_warga": "Endang Kosasih", "telepon_warga": "0813 1111 2323"},
        line=skpwni(
            n,
            k,
            "Endang Kosasih",
            "Kampung Cibungur RT 01 RW 02 Desa Cibungur Kecamatan Bungursari Kabupaten Purwakarta",
        ),
    )

    n, k = nik("Kemiri", 2010, 1, 1), kk("Kemiri", 2009, 5, 5)
    add(
        c,
        "helper",
        [
            f"tolong KIA buat Farel Pratama, nik {n}, kk {k}, desa Klebet kec Kemiri. sy pamannya, "
            "ortunya lagi kerja di malaysia"
        ],
        answers={"nama_warga": "Farel Pratama", "telepon_warga": "0812 6060 7070"},
        line=kia(n, k, "Farel Pratama", "Klebet", "Kemiri"),
    )

    k = kk("Jayanti", 2018, 8, 18)
    add(
        c,
        "helper",
        [
            "Dengan hormat, kami dari Kantor Desa Sumur Bandung Kecamatan Jayanti mengajukan "
            f"pencetakan Kartu Keluarga atas nama kepala keluarga Suherman Effendi, nomor KK {k}. "
            "Terima kasih."
        ],
        answers={"nama_warga": "Suherman Effendi", "telepon_warga": "0819 2222 8989"},
        line=kkl(k, "Suherman Effendi", "Sumur Bandung", "Jayanti"),
    )

    n, k = nik("Cisoka", 1999, 9, 19), kk("Cisoka", 2023, 1, 23)
    add(
        c,
        "helper",
        [
            "sy mau daftarin ktp abang sy, dia lagi di kapal",
            f"nik {n}",
            f"kk {k}",
            "nama Deni Ramdani, desa Cempaka kec Cisoka, ktp nya rusak",
        ],
        answers={"nama_warga": "Deni Ramdani", "telepon_warga": "0838 4141 5151"},
        line=ktp(n, k, "Deni Ramdani", "Cempaka", "Cisoka", "RUSAK"),
    )

    n, k = nik("Balaraja", 2016, 2, 29, True), kk("Balaraja", 2015, 5, 15)
    add(
        c,
        "helper",
        [f"petugas ds Gembong, Balaraja. KIA an Almira Zahira nik {n} kk {k}"],
        answers={"nama_warga": "orang tuanya Bpk Hamdani", "telepon_warga": "0852 7878 0101"},
        line=kia(n, k, "Almira Zahira", "Gembong", "Balaraja"),
    )

    s6 = skp("3604SKP2025")
    add(
        c,
        "helper",
        [
            f"saya staf desa Buaran Jati Sukadiri, warga kami baru datang dari Serang, SKPWNI "
            f"nomor {s6}, keperluan ikut keluarga"
        ],
        answers={"nama_warga": "Sopian", "telepon_warga": "0812 0000 4545"},
        line=skdwn(s6, "IKUT KELUARGA"),
    )


# ============================================================ desa_typo_with_kecamatan
def desa_typo_with_kecamatan():
    c = "desa_typo_with_kecamatan"
    n, k = nik("Cikupa", 1990, 7, 7), kk("Cikupa", 2017, 7, 7)
    add(
        c,
        "resident",
        [f"ktp ilang nik {n} kk {k} nama Asep Saepulloh ds bitungjaya kec cikupa"],
        line=ktp(n, k, "Asep Saepulloh", "Bitung Jaya", "Cikupa", "HILANG"),
    )

    k = kk("Curug", 2011, 11, 1)
    add(
        c,
        "resident",
        [f"cetak kk {k} kepala keluarga Tarmiji desa cukang galih kecamatan curug"],
        line=kkl(k, "Tarmiji", "Cukanggalih", "Curug"),
    )

    n, k = nik("Panongan", 2017, 3, 3, True), kk("Panongan", 2016, 6, 6)
    add(
        c,
        "resident",
        [f"kia anak, {n} / {k} / Khanza Amelia / ds rancaiyuh / kec panongan"],
        answers={"saran_tempat": "iya bener itu"},
        line=kia(n, k, "Khanza Amelia", "Ranca Iyuh", "Panongan"),
    )

    n, k = nik("Kelapa Dua", 1988, 1, 8), kk("Kelapa Dua", 2014, 9, 4)
    add(
        c,
        "resident",
        [f"ktp rusak nik {n} kk {k} a.n Yusuf Maulana, bojongnangka kelapa dua"],
        line=ktp(n, k, "Yusuf Maulana", "Bojong Nangka", "Kelapa Dua", "RUSAK"),
    )

    n, k = nik("Pagedangan", 2009, 1, 20, True), kk("Pagedangan", 2008, 2, 8)
    add(
        c,
        "first_timer",
        [f"mau bikin ktp pertama kali. nik {n} kk {k} nama Anisa Rahma desa kadusirung pagedangan"],
        answers={"saran_tempat": "ya betul kak"},
        line=ktp(n, k, "Anisa Rahma", "Kadu Sirung", "Pagedangan", "PEMULA"),
    )

    k = kk("Sukamulya", 2012, 4, 12)
    add(
        c,
        "resident",
        [f"no kk {k}, kk atas nama Ruhiyat, desa buni ayu kec sukamulya, mau cetak"],
        line=kkl(k, "Ruhiyat", "Buniayu", "Sukamulya"),
    )

    n, k = nik("Kosambi", 1979, 9, 29), kk("Kosambi", 2005, 5, 5)
    add(
        c,
        "resident",
        [f"ktp hilang, {n}, {k}, Supardi, desa salembaranjati kec kosambi"],
        line=ktp(n, k, "Supardi", "Salembaran Jati", "Kosambi", "HILANG"),
    )

    n, k = nik("Tigaraksa", 2015, 10, 5), kk("Tigaraksa", 2013, 3, 23)
    add(
        c,
        "resident",
        [f"bikin kia nama Fathan Alfarizqi nik {n} kk {k} desa kaduagung kec tigaraksa"],
        line=kia(n, k, "Fathan Alfarizqi", "Kadu Agung", "Tigaraksa"),
    )


# ============================================================ casual_stepwise
def casual_stepwise():
    c = "casual_stepwise"
    n, k = nik("Rajeg", 1994, 6, 14), kk("Rajeg", 2019, 9, 19)
    add(
        c,
        "first_timer",
        ["min mau bikin ktp nih gmn caranya"],
        answers={
            "nik": f"nik {n}",
            "no_kk": k,
            "nama": "Dimas Saputra",
            "desa": "ds tanjakan mekar",
            "kecamatan": "rajeg",
            "alasan": "ilang",
        },
        missing=6,
        line=ktp(n, k, "Dimas Saputra", "Tanjakan Mekar", "Rajeg", "HILANG"),
    )

    k = kk("Teluknaga", 2008, 8, 8)
    add(
        c,
        "resident",
        ["kk saya mau dicetak ulang"],
        answers={
            "no_kk": f"ini kk nya {sp4(k)}",
            "nama_kepala_keluarga": "bapak Sanusi",
            "desa": "Lemo",
            "kecamatan": "kec teluknaga",
        },
        missing=4,
        line=kkl(k, "Sanusi", "Lemo", "Teluknaga"),
    )

    n, k = nik("Mauk", 2019, 9, 1, True), kk("Mauk", 2018, 1, 18)
    add(
        c,
        "resident",
        ["kak KIA anak"],
        answers={
            "nik": n,
            "no_kk": k,
            "nama": "namanya Syifa Aulia",
            "desa": "Tanjung Anom",
            "kecamatan": "Mauk",
        },
        missing=5,
        line=kia(n, k, "Syifa Aulia", "Tanjung Anom", "Mauk"),
    )

    n, k = nik("Cisauk", 1987, 2, 12, True), kk("Cisauk", 2012, 1, 12)
    add(
        c,
        "resident",
        ["halo kak slmt siang", "mau ganti ktp, yang lama udah rusak"],
        answers={
            "nik": dash4(n),
            "no_kk": dash4(k),
            "nama": "Lia Amalia",
            "desa": "Sampora",
            "kecamatan": "Cisauk",
        },
        missing=5,
        line=ktp(n, k, "Lia Amalia", "Sampora", "Cisauk", "RUSAK"),
    )

    n, k = nik("Mekar Baru", 1976, 5, 25), kk("Mekar Baru", 2004, 10, 4)
    add(
        c,
        "resident",
        ["mau bikin surat pindah ke luar kota"],
        answers={
            "nik": n,
            "no_kk": k,
            "nama": "Karyadi",
            "alamat_pindah": "Dusun Krajan RT 02 RW 01 Desa Sumberejo Kabupaten Banyuwangi",
        },
        missing=4,
        line=skpwni(
            n, k, "Karyadi", "Dusun Krajan RT 02 RW 01 Desa Sumberejo Kabupaten Banyuwangi"
        ),
    )

    n, k = nik("Solear", 2009, 7, 27), kk("Solear", 2009, 9, 29)
    add(
        c,
        "first_timer",
        ["permisi numpang nanya", "anak saya mau punya ktp udah 17"],
        answers={
            "nik": f"nik anak {n}",
            "no_kk": f"kk {k}",
            "nama": "Arif Rahman Hakim",
            "desa": "desa Cireundeu",
            "kecamatan": "Solear",
        },
        missing=5,
        line=ktp(n, k, "Arif Rahman Hakim", "Cireundeu", "Solear", "PEMULA"),
    )

    s7 = skp("3172SKP2025")
    add(
        c,
        "resident",
        ["lapor datang"],
        answers={"no_skpwni": s7, "keperluan": "pindah rumah"},
        missing=2,
        line=skdwn(s7, "PINDAH RUMAH"),
    )


# ============================================================ correction_at_confirmation
def correction_at_confirmation():
    c = "correction_at_confirmation"
    n, k = nik("Cikupa", 1992, 2, 22), kk("Cikupa", 2016, 4, 16)
    add(
        c,
        "resident",
        [
            f"ktp hilang nik {n} kk {k} nama Ridwan Kamil desa Dukuh kec Cikupa",
            "eh bentar namanya kurang, Ridwan Kamiludin",
        ],
        control="correction",
        line=ktp(n, k, "Ridwan Kamiludin", "Dukuh", "Cikupa", "HILANG"),
    )

    k = kk("Legok", 2010, 2, 10)
    add(
        c,
        "resident",
        [f"#KK#{k}#SUTISNA#BABAKAN#LEGOK", "salah desa min, harusnya Rancagong bukan Babakan"],
        control="correction",
        line=kkl(k, "Sutisna", "Rancagong", "Legok"),
    )

    n, k = nik("Pasar Kemis", 2017, 11, 17, True), kk("Pasar Kemis", 2016, 3, 16)
    add(
        c,
        "resident",
        [
            f"kia nik {n} kk {k} nama Zaskia Putri desa Gelam Jaya kec Pasar Kemis",
            "nama anaknya Zaskia Putri Aulia, ketinggalan belakangnya",
        ],
        control="correction",
        line=kia(n, k, "Zaskia Putri Aulia", "Gelam Jaya", "Pasar Kemis"),
    )

    n, k = nik("Sepatan Timur", 1983, 8, 3), kk("Sepatan Timur", 2011, 11, 11)
    add(
        c,
        "resident",
        [
            f"ktp rusak nik {n} kk {k} Saipul Bahri desa Sangiang Sepatan Timur",
            "maaf bukan rusak, ktp nya ilang. ganti jadi hilang ya",
        ],
        control="correction",
        line=ktp(n, k, "Saipul Bahri", "Sangiang", "Sepatan Timur", "HILANG"),
    )

    n, k_wrong, k = (
        nik("Balaraja", 1995, 5, 15, True),
        kk("Balaraja", 2020, 6, 1),
        kk("Balaraja", 2020, 6, 1),
    )
    add(
        c,
        "resident",
        [
            f"KTP pemula. NIK {n}, KK {k_wrong}, Rahayu Ningsih, Desa Saga Kecamatan Balaraja",
            f"no kk nya keliru, yg bener {k}",
        ],
        control="correction",
        line=ktp(n, k, "Rahayu Ningsih", "Saga", "Balaraja", "PEMULA"),
    )

    n, k = nik("Kronjo", 1980, 10, 30), kk("Kronjo", 2007, 1, 17)
    add(
        c,
        "resident",
        [
            f"surat pindah nik {n} kk {k} nama Misbah pindah ke Desa Karangsari Kecamatan Sukatani Kabupaten Bekasi",
            "alamatnya kurang lengkap, tambahin RT 03 RW 04 ya. jadi Desa Karangsari RT 03 RW 04 "
            "Kecamatan Sukatani Kabupaten Bekasi",
        ],
        control="correction",
        line=skpwni(
            n, k, "Misbah", "Desa Karangsari RT 03 RW 04 Kecamatan Sukatani Kabupaten Bekasi"
        ),
    )

    k = kk("Pakuhaji", 2013, 9, 13)
    add(
        c,
        "helper",
        [
            f"cetak kk warga, no kk {k}, kepala keluarga Abdul Rohman, desa Gaga kec Pakuhaji",
            "koreksi pak, kepala keluarganya Abdul Rahman pake a, bukan o",
        ],
        answers={"nama_warga": "Abdul Rahman", "telepon_warga": "0812 4444 9393"},
        control="correction",
        line=kkl(k, "Abdul Rahman", "Gaga", "Pakuhaji"),
    )

    n, k = nik("Kelapa Dua", 1997, 4, 7), kk("Kelapa Dua", 2021, 8, 21)
    add(
        c,
        "resident",
        [
            f"KTP hilang {n} {k} Bagas Wicaksono Bencongan Indah Kelapa Dua",
            "desanya Bencongan aja kak, bukan Bencongan Indah. maaf",
        ],
        control="correction",
        line=ktp(n, k, "Bagas Wicaksono", "Bencongan", "Kelapa Dua", "HILANG"),
    )


# ============================================================ cancel
def cancel():
    c = "cancel"
    n = nik("Cikupa", 1993, 3, 23)
    add(
        c,
        "resident",
        [f"ktp hilang nik {n}", "eh ktp nya ketemu di saku celana, ga jadi deh kak, batalin aja"],
        control="cancel",
    )
    add(
        c,
        "resident",
        ["mau cetak kk yg baru kak", "udah deh nanti aja sy ke kecamatan langsung, batal dulu ya"],
        control="cancel",
    )
    n, k = nik("Tigaraksa", 2018, 8, 18), kk("Tigaraksa", 2017, 7, 17)
    add(
        c,
        "resident",
        [
            f"kia nik {n} kk {k} nama Haikal Akbar desa Tapos kec Tigaraksa",
            "stop dulu min, suami sy udah daftarin kemaren ternyata. cancel ya",
        ],
        control="cancel",
    )
    add(
        c,
        "first_timer",
        ["mau bikin surat pindah", "ga jadi pindah kak, kontrakannya batal. ga usah diproses"],
        control="cancel",
    )
    n, k = nik("Kresek", 1978, 4, 8), kk("Kresek", 2003, 8, 3)
    add(
        c,
        "helper",
        [
            f"ktp rusak warga, nik {n} kk {k} nama Nawawi desa Patrasana Kresek",
            "maaf pak dibatalkan saja, bapaknya mau datang sendiri ke kecamatan",
        ],
        control="cancel",
    )
    add(
        c,
        "resident",
        ["ktp pemula", "gajadi dlu deh, umur ku ternyata blm 17 wkwk"],
        control="cancel",
    )
    k = kk("Sindang Jaya", 2015, 12, 15)
    add(
        c,
        "resident",
        [
            f"cetak ulang kk {k} kepala keluarga Ahmad Junaedi desa Badak Anom kec Sindang Jaya",
            "batal aja, kata pak RT mendingan sekalian nunggu adek lahir",
        ],
        control="cancel",
    )


# ============================================================ hash_line
def hash_line():
    c = "hash_line"
    n, k = nik("Cikupa", 1984, 12, 24), kk("Cikupa", 2010, 10, 20)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#BUDI HARTONO#SUKANAGARA#CIKUPA#HILANG#"],
        line=ktp(n, k, "Budi Hartono", "Sukanagara", "Cikupa", "HILANG"),
    )
    k = kk("Jambe", 2007, 7, 7)
    add(
        c,
        "resident",
        [f"#kk#{k}#sahroni#tipar raya#jambe"],
        line=kkl(k, "Sahroni", "Tipar Raya", "Jambe"),
    )
    n, k = nik("Sukamulya", 2020, 6, 16, True), kk("Sukamulya", 2019, 4, 19)
    add(
        c,
        "resident",
        [f"#KIA# {n} # {k} # Humaira Azzahra # Merak # Sukamulya"],
        line=kia(n, k, "Humaira Azzahra", "Merak", "Sukamulya"),
    )
    n, k = nik("Gunung Kaler", 1989, 9, 9, True), kk("Gunung Kaler", 2014, 4, 4)
    add(
        c,
        "resident",
        [f"#KTP#{sp4(n)}#{sp4(k)}#Nurjanah#Tamiang#Gunung Kaler#Rusak# makasih min"],
        line=ktp(n, k, "Nurjanah", "Tamiang", "Gunung Kaler", "RUSAK"),
    )
    n, k = nik("Jayanti", 1990, 1, 10), kk("Jayanti", 2017, 1, 27)
    add(
        c,
        "resident",
        [
            f"#SKPWNI#{n}#{k}#ROHMAT HIDAYAT#JL. RAYA PANDEGLANG KM 3 KELURAHAN KABAYAN KABUPATEN PANDEGLANG"
        ],
        line=skpwni(
            n,
            k,
            "Rohmat Hidayat",
            "JL. RAYA PANDEGLANG KM 3 KELURAHAN KABAYAN KABUPATEN PANDEGLANG",
        ),
    )
    s8 = skp("3201SKP2025")
    add(c, "resident", [f"#SKDWN#{s8}#PINDAH KERJA"], line=skdwn(s8, "PINDAH KERJA"))
    n, k = nik("Sepatan", 2009, 2, 20), kk("Sepatan", 2008, 2, 28)
    add(
        c,
        "first_timer",
        [
            "ini formatnya dari grup wa desa, bener ga?\n"
            f"#KTP#{n}#{k}#Yoga Pratama#Mekar Jaya#Sepatan#PEMULA#"
        ],
        line=ktp(n, k, "Yoga Pratama", "Mekar Jaya", "Sepatan", "PEMULA"),
    )


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


def main() -> None:
    for build in BUILDERS:
        build()
    total = 0
    for category, convs in CONVS.items():
        for i, conv in enumerate(convs, 1):
            conv["id"] = f"{PREFIX}-{category.replace('_', '-')}-{i:02d}"
        path = HERE / f"{PREFIX}_{category}.yml"
        path.write_text(
            yaml.safe_dump(
                {"conversations": convs}, allow_unicode=True, sort_keys=False, width=100
            ),
            encoding="utf-8",
        )
        total += len(convs)
        print(f"{path.name}: {len(convs)}")
    print(f"total {total}")


if __name__ == "__main__":
    main()
