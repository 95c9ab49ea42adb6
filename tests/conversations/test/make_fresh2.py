"""Builder of the fresh2 held-out test part (a new, independent author).

    .venv/bin/python -m tests.conversations.test.make_fresh2

Writes tests/conversations/test/fresh2_<category>.yml, ids fresh2-<category>-NN. Every message
is hand-written here; numbers come from the project's synthetic generator (serials 9xxx) and
places are real desa/kecamatan pairs of Kab. Tangerang. Each expected line is checked with the
project's parser (as a black box) before anything is written.
"""

from __future__ import annotations

import csv
import itertools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

try:
    from devtools.synthetic import make_kk, make_nik
except ImportError:  # where it lived before
    from bot.synthetic import make_kk, make_nik  # type: ignore[no-redef]

try:
    from bot.intake.parser import parse
except ImportError:  # where it lived before
    from bot.parser import parse  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent
WILAYAH = Path("/work/shared/data/wilayah_kab_tangerang.csv")
PREFIX = "fresh2"


# --- places and numbers -----------------------------------------------------------------------
def _load_places() -> dict[tuple[str, str], str]:
    """(DESA, KECAMATAN) in upper case -> kecamatan code without dots (360318)."""
    out: dict[tuple[str, str], str] = {}
    if WILAYAH.exists():
        with WILAYAH.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                key = (row["desa"].upper(), row["kecamatan"].upper())
                out[key] = row["kecamatan_kode"].replace(".", "")
    return out


PLACES = _load_places()
KEC_CODE = {kec: code for (_d, kec), code in PLACES.items()}
_serial = itertools.count(9201)
PEOPLE: dict[str, P] = {}


@dataclass
class P:
    """One synthetic person: name, place, NIK and No. KK."""

    nama: str
    desa: str
    kec: str
    nik: str
    kk: str

    @property
    def place(self) -> str:
        return f"{self.desa}#{self.kec}"


def person(
    nama: str,
    desa: str,
    kec: str,
    born: tuple[int, int, int] = (1988, 6, 14),
    female: bool = False,
    recorded: tuple[int, int, int] | None = None,
    region: str | None = None,
    kk: str | None = None,
) -> P:
    desa_u, kec_u = desa.upper(), kec.upper()
    if PLACES:
        assert (desa_u, kec_u) in PLACES, (desa, kec)
    code = region or KEC_CODE.get(kec_u, "360318")
    nik = make_nik(code, date(*born), female, next(_serial))
    serial = next(_serial)
    when = (
        date(*recorded) if recorded else date(2010 + serial % 15, 1 + serial % 12, 1 + serial % 28)
    )
    number = kk or make_kk(code, when, serial)
    made = P(nama.upper(), desa_u, kec_u, nik, number)
    PEOPLE[made.nama] = made
    return made


def known(nama: str) -> P:
    """A person of an earlier conversation (whose ticket may be in the same run)."""
    return PEOPLE[nama.upper()]


def sp4(n: str) -> str:
    return " ".join(n[i : i + 4] for i in range(0, 16, 4))


def sp664(n: str) -> str:
    return f"{n[:6]} {n[6:12]} {n[12:]}"


def dot4(n: str) -> str:
    return ".".join(n[i : i + 4] for i in range(0, 16, 4))


def dash4(n: str) -> str:
    return "-".join(n[i : i + 4] for i in range(0, 16, 4))


def dash664(n: str) -> str:
    return f"{n[:6]}-{n[6:12]}-{n[12:]}"


def dots_region(n: str) -> str:
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"


# --- canonical lines --------------------------------------------------------------------------
def ktp(p: P, alasan: str) -> str:
    return f"#KTP#{p.nik}#{p.kk}#{p.nama}#{p.place}#{alasan}#"


def kk(p: P) -> str:
    return f"#KK#{p.kk}#{p.nama}#{p.place}"


def kia(p: P) -> str:
    return f"#KIA#{p.nik}#{p.kk}#{p.nama}#{p.place}"


def skpwni(p: P, alamat: str) -> str:
    return f"#SKPWNI#{p.nik}#{p.kk}#{p.nama}#{alamat.upper()}"


def skdwn(no: str, keperluan: str) -> str:
    return f"#SKDWN#{no.upper()}#{keperluan.upper()}"


# --- the conversations -----------------------------------------------------------------------
CONVS: dict[str, list[dict]] = defaultdict(list)


def add(
    category: str,
    persona: str,
    turns: list[str],
    expect: dict,
    answers: dict | None = None,
    confirm: str | None = None,
    missing: int = 0,
) -> None:
    conv: dict = {
        "id": f"{PREFIX}-{category.replace('_', '-')}-{len(CONVS[category]) + 1:02d}",
        "category": category,
        "persona": persona,
        "turns": turns,
    }
    if answers:
        conv["answers"] = answers
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = missing
    conv["expect"] = expect
    CONVS[category].append(conv)


def line(text: str) -> dict:
    return {"line": text}


def facts(*groups: list[str]) -> dict:
    return {"facts": [list(g) for g in groups]}


def control(kind: str, **extra: str) -> dict:
    return {"control": kind, **extra}


FREE = ["gratis", "tidak dipungut biaya", "tanpa biaya", "tidak ada biaya", "bebas biaya"]
POLICE = ["polisi", "kepolisian", "polsek", "polres"]
NOT_NEEDED = ["tidak perlu", "tidak diperlukan", "tidak usah", "tidak lagi", "tidak wajib"]
KKW = ["kk", "kartu keluarga"]
AKTA_LAHIR = ["akta kelahiran", "akte kelahiran", "akta lahir", "akte lahir"]
NIKAH = ["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta", "surat nikah"]


def formal_one_message() -> None:
    c = "formal_one_message"
    p = person("Dedi Supriyadi", "Sukadamai", "Cikupa", (1983, 2, 11))
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : Dedi Supriyadi\n"
            f"NIK : {p.nik}\nNo. KK : {p.kk}\nAlamat : Desa Sukadamai, Kecamatan Cikupa\n"
            "bermaksud mengajukan penggantian KTP elektronik saya yang hilang di perjalanan. "
            "Atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Hendra Gunawan", "Kutabumi", "Pasar Kemis", (1979, 9, 3), recorded=(2012, 7, 20))
    add(
        c,
        "resident",
        [
            "Assalamualaikum wr. wb. Yth. Bapak/Ibu petugas Disdukcapil Kab. Tangerang. Dengan ini "
            f"saya Hendra Gunawan selaku kepala keluarga, nomor KK {p.kk}, berdomisili di Desa "
            "Kutabumi Kecamatan Pasar Kemis, memohon pencetakan Kartu Keluarga yang baru karena ada "
            "perubahan data anggota keluarga. Demikian, wassalamualaikum.",
        ],
        line(kk(p)),
    )

    p = person("Nabila Zahra", "Cisereh", "Tigaraksa", (2018, 4, 22), True, (2014, 1, 15))
    add(
        c,
        "resident",
        [
            "Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil. Perihal: permohonan Kartu "
            "Identitas Anak. Saya selaku orang tua memohon dibuatkan KIA untuk anak kami dengan "
            f"data: nama anak Nabila Zahra, NIK {p.nik}, nomor KK {p.kk}, Desa Cisereh Kecamatan "
            "Tigaraksa. Hormat kami, Ibu Lilis Suryani.",
        ],
        line(kia(p)),
    )

    p = person("Rina Marlina", "Talagasari", "Balaraja", (1992, 11, 30), True)
    add(
        c,
        "first_timer",
        [
            "Selamat siang. Mohon maaf mengganggu, dengan hormat saya ingin mengajukan pembuatan "
            "ulang e-KTP dikarenakan kartu saya sudah retak dan chipnya tidak bisa dibaca di bank. "
            f"Data saya: nama Rina Marlina, NIK {p.nik}, KK {p.kk}, alamat Desa Talagasari, "
            "Kecamatan Balaraja. Terima kasih atas bantuannya.",
        ],
        line(ktp(p, "RUSAK")),
    )

    p = person("Fahri Ramadhan", "Pasir Gadung", "Cikupa", (2008, 10, 5), recorded=(2010, 2, 2))
    add(
        c,
        "first_timer",
        [
            "Dengan hormat, perkenalkan saya Fahri Ramadhan, pelajar kelas 12, usia sudah 18 tahun "
            "dan belum pernah memiliki KTP. Saya bermaksud mendaftar KTP-el untuk pertama kali. "
            f"NIK saya {p.nik}, nomor kartu keluarga {p.kk}, tinggal di Desa Pasir Gadung "
            "Kecamatan Cikupa. Mohon arahannya.",
        ],
        line(ktp(p, "PEMULA")),
    )

    p = person("Agus Salim", "Bojong Nangka", "Kelapa Dua", (1985, 5, 17))
    alamat = "Jl. Cempaka No. 8 RT 004/RW 002 Kel. Cipare, Kota Serang"
    add(
        c,
        "resident",
        [
            "Yth. Petugas Dukcapil. Dengan hormat, saya Agus Salim, NIK "
            f"{p.nik}, No. KK {p.kk}, bermaksud mengurus Surat Keterangan Pindah (SKPWNI) keluar "
            f"Kabupaten Tangerang, dengan alamat tujuan {alamat}. Demikian permohonan saya.",
        ],
        line(skpwni(p, alamat)),
        answers={"alamat_pindah": alamat},
    )

    add(
        c,
        "resident",
        [
            "Dengan hormat, saya baru pindah dari Kabupaten Bogor dan sudah memegang SKPWNI dengan "
            "nomor 3201/SKPWNI/2026/00917. Saya mohon diproses surat pindah datang, keperluannya "
            "ikut suami yang bekerja di Cikupa. Terima kasih.",
        ],
        line(skdwn("3201/SKPWNI/2026/00917", "ikut suami yang bekerja di Cikupa")),
        answers={"keperluan": "ikut suami yang bekerja di Cikupa"},
    )

    p = person("Kokom Komariah", "Jeungjing", "Cisoka", (1970, 1, 25), True, (2011, 8, 8))
    add(
        c,
        "helper",
        [
            "Dengan hormat, kami dari Pemerintah Desa Jeungjing Kec. Cisoka, bersama ini mengajukan "
            "permohonan KTP-el pengganti atas nama warga kami Ibu Kokom Komariah, NIK "
            f"{p.nik}, No KK {p.kk}, karena KTP yang bersangkutan hilang saat banjir. Atas "
            "kerja samanya kami ucapkan terima kasih. Kasi Pelayanan Desa Jeungjing.",
        ],
        line(ktp(p, "HILANG")),
        answers={"nama_warga": "Kokom Komariah", "telepon_warga": "0857 1122 9034"},
    )

    p = person("Mulyadi", "Pangkat", "Jayanti", (1976, 12, 1))
    add(
        c,
        "resident",
        [
            "Dengan hormat, saya Mulyadi warga Desa Pangkat Kecamatan Jayanti, NIK "
            f"{p.nik}. Saya memohon penggantian KTP-el karena patah terlipat di dompet. Nomor KK "
            "akan saya sampaikan bila diperlukan. Hormat saya.",
        ],
        line(ktp(p, "RUSAK")),
        answers={"no_kk": f"no kk nya {p.kk}"},
        missing=1,
    )

    p = person("Siti Rohmah", "Mekar Wangi", "Cisauk", (1995, 7, 7), True, (2020, 10, 10))
    add(
        c,
        "resident",
        [
            "Assalamu'alaikum. Dengan hormat, bersama ini saya Siti Rohmah selaku kepala keluarga "
            "(janda) mengajukan permohonan Kartu Keluarga karena KK lama hilang. Nomor KK: "
            f"{dash664(p.kk)}. Domisili Desa Mekar Wangi Kecamatan Cisauk. Terima kasih.",
        ],
        line(kk(p)),
    )


def dashed_numbers() -> None:
    c = "dashed_numbers"
    p = person("Ujang Rohman", "Gembong", "Balaraja", (1981, 3, 3))
    add(
        c,
        "resident",
        [
            f"ktp sy ilang pak. nik {dash4(p.nik)} kk {dash4(p.kk)} nama ujang rohman ds gembong "
            "kec balaraja",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Eneng Nurjanah", "Kadu Agung", "Tigaraksa", (1990, 8, 19), True)
    add(
        c,
        "resident",
        [
            f"mau bikin kk baru, nomor kk nya {dot4(p.kk)}",
            "kepala keluarganya eneng nurjanah, kadu agung tigaraksa",
        ],
        line(kk(p)),
    )

    p = person("Raka Pratama", "Sukamantri", "Pasar Kemis", (2016, 2, 9), recorded=(2013, 5, 5))
    add(
        c,
        "resident",
        [
            f"Mau daftar kia anak. nik anak {sp664(p.nik)} / no kk {sp664(p.kk)} / nama Raka "
            "Pratama / desa Sukamantri kec Pasar Kemis",
        ],
        line(kia(p)),
    )

    p = person("Wawan Setiawan", "Cibadak", "Cikupa", (1987, 1, 29))
    add(
        c,
        "resident",
        [
            f"NIK: {dots_region(p.nik)}\nKK: {dots_region(p.kk)}\nNama: Wawan Setiawan\nDesa "
            "Cibadak, Kec. Cikupa\nKTP rusak, fotonya udah pudar",
        ],
        line(ktp(p, "RUSAK")),
    )

    p = person("Nurhayati", "Lontar", "Kemiri", (1968, 4, 14), True)
    nik = p.nik
    add(
        c,
        "first_timer",
        [
            "punten, ktp emak sy hilang, mau urus gimana ya",
            f"ini nik nya {nik[:4]}-{nik[4:8]} {nik[8:12]}.{nik[12:]} atas nama Nurhayati",
        ],
        line(ktp(p, "HILANG")),
        answers={
            "no_kk": f"kk: {sp4(p.kk)}",
            "desa": "desa lontar",
            "kecamatan": "kemiri",
            "alasan": "ilang semua sama dompetnya",
        },
        missing=3,
    )

    p = person("Zaenal Arifin", "Pete", "Tigaraksa", (1974, 10, 10), recorded=(2015, 9, 1))
    alamat = "Perum Griya Asri Blok C2 No. 15, Kabupaten Serang"
    add(
        c,
        "resident",
        [
            f"mo bikin surat pindah keluar. NIK {dash664(p.nik)}, KK {dash664(p.kk)}, a.n. Zaenal "
            "Arifin",
        ],
        line(skpwni(p, alamat)),
        answers={"alamat_pindah": alamat},
        missing=1,
    )

    p = person("Dewi Kartika", "Curug Kulon", "Curug", (1999, 12, 24), True, (2019, 6, 30))
    add(
        c,
        "resident",
        [
            f"e ktp saya patah. NIK 3603 17{p.nik[6:10]} {p.nik[10:]}  KK {p.kk[:8]}-{p.kk[8:]} "
            "Dewi Kartika, Curug Kulon, Curug",
        ],
        line(ktp(p, "RUSAK")),
    )

    add(
        c,
        "resident",
        [
            "mau lapor pindah datang, no skpwni 3674-SKPWNI-2026-0412, buat sekolah anak",
        ],
        line(skdwn("3674-SKPWNI-2026-0412", "buat sekolah anak")),
        answers={"keperluan": "buat sekolah anak"},
    )

    p = person("Keysha Aulia", "Bunder", "Cikupa", (2012, 9, 1), True, (2011, 11, 11))
    add(
        c,
        "resident",
        [
            f"KIA utk Keysha Aulia, NIK {dot4(p.nik)}, KK {dash4(p.kk)}, ds bunder kec cikupa. "
            "umurnya udh 14",
        ],
        line(kia(p)),
    )


def name_introduced() -> None:
    c = "name_introduced"
    p = person("Rizky Maulana", "Sindangsari", "Pasar Kemis", (1997, 5, 2))
    add(
        c,
        "resident",
        [
            "halo min, sy Rizky Maulana mau ganti ktp yg ilang",
            f"nik {p.nik} kk {p.kk}",
            "sindangsari pasar kemis",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Lilis Suryani", "Babakan Asem", "Teluknaga", (1986, 8, 8), True)
    add(
        c,
        "resident",
        [
            "Perkenalkan nama saya Lilis Suryani dari Babakan Asem, Teluknaga. Saya mau tanya, bisa "
            "buat KTP baru lewat sini? yang lama sobek",
        ],
        line(ktp(p, "RUSAK")),
        answers={"nik": f"NIK saya {p.nik}", "no_kk": f"KK {p.kk}", "alasan": "sobek"},
        missing=2,
    )

    p = person("Encep Sopandi", "Cisoka", "Cisoka", (1972, 6, 18))
    add(
        c,
        "first_timer",
        [
            "selamat pagi, dengan pak encep sopandi. begini bu, kartu keluarga sy mau dicetak ulang",
        ],
        line(kk(p)),
        answers={
            "no_kk": f"nomornya {p.kk}",
            "nama_kepala_keluarga": "saya sendiri, Encep Sopandi",
            "desa": "desa cisoka",
            "kecamatan": "kec cisoka juga",
        },
        missing=3,
    )

    p = person("Putri Ayu Lestari", "Jambu Karya", "Rajeg", (2009, 12, 1), True, (2008, 3, 3))
    add(
        c,
        "first_timer",
        [
            "kak aku putri ayu lestari, kemarin baru ultah 17, mau bikin ktp pertama",
            f"{p.nik}",
            f"kk {p.kk}",
            "jambu karya, rajeg",
        ],
        line(ktp(p, "PEMULA")),
        answers={"alasan": "pertama kali bikin"},
    )

    p = person("Bambang Irawan", "Kadu", "Curug", (1980, 2, 2), recorded=(2016, 12, 12))
    add(
        c,
        "resident",
        [
            f"saya bambang irawan, KK no {p.kk}, desa Kadu kec Curug. minta kk dicetak lagi ya",
        ],
        line(kk(p)),
        answers={"nama_kepala_keluarga": "bambang irawan"},
    )

    p = person("Sri Wahyuni", "Kemuning", "Legok", (1991, 9, 9), True)
    add(
        c,
        "resident",
        [
            "Bu, ini Sri Wahyuni. Mau ngurus ktp, punyaku ketinggalan di angkot ga ketemu lagi",
        ],
        line(ktp(p, "HILANG")),
        answers={
            "nik": f"{sp4(p.nik)}",
            "no_kk": f"{sp4(p.kk)}",
            "desa": "kemuning",
            "kecamatan": "kecamatan legok",
            "alasan": "hilang di angkot",
        },
        missing=4,
    )

    p = person("Samsudin", "Sukawali", "Pakuhaji", (1965, 7, 1))
    add(
        c,
        "resident",
        [
            f"nama: samsudin. nik: {p.nik}. kk: {p.kk}. sukawali pakuhaji. ktp rusak kena air",
        ],
        line(ktp(p, "RUSAK")),
    )

    p = person("Aisyah Humaira", "Bitung Jaya", "Cikupa", (2021, 3, 8), True, (2018, 2, 20))
    add(
        c,
        "resident",
        [
            "saya bundanya aisyah humaira mau buat kartu identitas anak",
            f"NIK aisyah {p.nik}, KK kami {p.kk}, bitung jaya cikupa",
        ],
        line(kia(p)),
    )

    p = person("Maemunah", "Kronjo", "Kronjo", (1958, 11, 11), True)
    add(
        c,
        "first_timer",
        [
            "assalamualaikum neng, ibu maemunah ini, ktp ibu ilang kemarin di pasar kronjo",
            f"nik ibu {sp664(p.nik)}",
            f"kk {sp664(p.kk)}",
            "tinggal di desa kronjo kecamatan kronjo",
        ],
        line(ktp(p, "HILANG")),
    )


def half_remembered_format() -> None:
    c = "half_remembered_format"
    p = person("Iis Aisyah", "Rancagong", "Legok", (1994, 4, 4), True)
    add(
        c,
        "resident",
        [
            f"#ktp {p.nik} {p.kk} iis aisyah rancagong legok hilang",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Nanang Kosim", "Pangkalan", "Teluknaga", (1978, 3, 21), recorded=(2014, 4, 4))
    add(
        c,
        "resident",
        [
            f"KK#{p.kk}#nanang kosim#pangkalan#teluknaga",
        ],
        line(kk(p)),
    )

    p = person("Ratna Sari", "Mauk Barat", "Mauk", (1989, 10, 10), True)
    add(
        c,
        "resident",
        [
            f"#KTP#{p.nik}#{p.kk}#RATNA SARI#MAUK BARAT#MAUK",
            "oh iya lupa, ktpnya rusak",
        ],
        line(ktp(p, "RUSAK")),
        answers={"alasan": "rusak, retak ujungnya"},
    )

    p = person("Muhammad Alfarizi", "Sukatani", "Cisoka", (2017, 7, 17), recorded=(2016, 1, 4))
    add(
        c,
        "resident",
        [
            f"#KIA/{p.nik}/{p.kk}/muhammad alfarizi/sukatani/cisoka",
        ],
        line(kia(p)),
    )

    p = person("Yuliani", "Ranca Iyuh", "Panongan", (1993, 2, 14), True)
    add(
        c,
        "first_timer",
        [
            "formatnya #KTP#NIK#.. gitu kan? sy lupa urutannya",
            f"#KTP#yuliani#{p.nik}#{p.kk}#ranca iyuh#panongan#hilang",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Asep Saepudin", "Cikuya", "Solear", (1984, 8, 30), recorded=(2018, 8, 1))
    add(
        c,
        "resident",
        [
            f"# KK # {p.kk} # Asep Saepudin # cikuya",
        ],
        line(kk(p)),
        answers={"kecamatan": "solear"},
        missing=1,
    )

    p = person("Rohim", "Kedaung Barat", "Sepatan Timur", (1977, 5, 5))
    alamat = "Kp. Sawah RT 01 RW 04 Desa Sukamaju, Kabupaten Bekasi"
    add(
        c,
        "resident",
        [
            f"#SKPWNI {p.nik} {p.kk} rohim",
        ],
        line(skpwni(p, alamat)),
        answers={"alamat_pindah": alamat},
        missing=1,
    )

    p = person("Tika Amelia", "Cangkudu", "Balaraja", (1998, 6, 6), True)
    add(
        c,
        "resident",
        [
            f"#E-KTP#{p.nik}#{p.kk}#Tika Amelia#Cangkudu#Balaraja#ilang#",
        ],
        line(ktp(p, "HILANG")),
    )

    add(
        c,
        "resident",
        [
            "#SKDWN#3275/SKPWNI/2026/1183",
        ],
        line(skdwn("3275/SKPWNI/2026/1183", "bekerja di pabrik cikupa")),
        answers={"keperluan": "bekerja di pabrik cikupa"},
        missing=1,
    )

    p = person("Joko Susilo", "Binong", "Curug", (1982, 12, 12))
    add(
        c,
        "resident",
        [
            f"KTP-{p.nik}-{p.kk}-JOKO SUSILO-BINONG-CURUG-RUSAK",
        ],
        line(ktp(p, "RUSAK")),
    )


def restate_known_value() -> None:
    c = "restate_known_value"
    p = person("Heri Kurniawan", "Suradita", "Cisauk", (1990, 1, 1))
    add(
        c,
        "resident",
        [
            f"mau ganti ktp ilang, nik {p.nik}",
            f"nik saya tadi {p.nik} ya, kk nya {p.kk}",
            "heri kurniawan, suradita cisauk",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Ida Farida", "Gelam Jaya", "Pasar Kemis", (1985, 3, 15), True)
    add(
        c,
        "resident",
        [
            f"bikin kk. no kk {p.kk}, kepala keluarga Ida Farida, gelam jaya",
            "iya gelam jaya, kecamatannya pasar kemis",
        ],
        line(kk(p)),
    )

    p = person("Dimas Prasetyo", "Tobat", "Balaraja", (2008, 9, 9))
    add(
        c,
        "first_timer",
        [
            f"mau rekam ktp pertama. nama dimas prasetyo, desa tobat balaraja, nik {p.nik}",
            f"tadi udah sy tulis namanya dimas prasetyo. kk {p.kk}",
        ],
        line(ktp(p, "PEMULA")),
        answers={"alasan": "baru pertama"},
    )

    p = person("Nadia Safitri", "Sukamulya", "Sukamulya", (2019, 11, 2), True, (2017, 5, 5))
    add(
        c,
        "resident",
        [
            f"buat KIA anak sy nadia safitri, nik {p.nik}, kk {p.kk}",
            "desa sukamulya kecamatan sukamulya, sama namanya emang",
        ],
        line(kia(p)),
        answers={"desa": "sukamulya", "kecamatan": "sukamulya"},
    )

    p = person("Abdul Rahman", "Kosambi Barat", "Kosambi", (1975, 4, 4))
    add(
        c,
        "resident",
        [
            f"ktp rusak. {p.nik} / {p.kk} / abdul rahman / kosambi barat kec kosambi",
            f"sekali lagi ya nik nya {sp4(p.nik)}",
        ],
        line(ktp(p, "RUSAK")),
    )

    p = person("Tuti Alawiyah", "Kaliasin", "Sukamulya", (1963, 2, 28), True)
    add(
        c,
        "resident",
        [
            "ktp ibu saya hilang, namanya tuti alawiyah",
        ],
        line(ktp(p, "HILANG")),
        answers={
            "nik": f"nik ibu {p.nik}",
            "no_kk": f"kk nya {p.kk}",
            "nama": "kan tadi udah, tuti alawiyah",
            "desa": "kaliasin",
            "kecamatan": "sukamulya",
            "alasan": "ya hilang tadi",
        },
        missing=4,
    )

    p = person("Andi Wijaya", "Pakulonan Barat", "Kelapa Dua", (1988, 8, 8), recorded=(2019, 9, 9))
    alamat = "Jl. Anggrek 3 No. 21 Kota Depok"
    add(
        c,
        "resident",
        [
            f"skpwni a.n. andi wijaya, nik {p.nik}, kk {p.kk}, mau pindah ke {alamat}",
            f"alamat tujuan: {alamat}",
        ],
        line(skpwni(p, alamat)),
        answers={"alamat_pindah": alamat},
    )

    p = person("Yayan Sopian", "Kedung", "Gunung Kaler", (1980, 10, 20))
    add(
        c,
        "resident",
        [
            f"ktp ilang. {p.nik}. {p.kk}. yayan sopian. kedung gunung kaler",
            "ilang pak bukan rusak",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Marni", "Cijeruk", "Mekar Baru", (1971, 7, 27), True, (2013, 3, 13))
    add(
        c,
        "helper",
        [
            f"sy kader desa cijeruk, mau ajukan kk utk bu marni, kk {p.kk}",
            "bu marni kepala keluarganya ya, desa cijeruk kec mekar baru",
        ],
        line(kk(p)),
        answers={"nama_warga": "Bu Marni", "telepon_warga": "0813-9911-2045"},
    )


def name_with_relation() -> None:
    c = "name_with_relation"
    p = person("Siti Khodijah", "Pasir Jaya", "Cikupa", (1993, 1, 19), True)
    add(
        c,
        "resident",
        [
            f"sy mau urus ktp atas nama istri saya Siti Khodijah, ktpnya hilang. nik {p.nik} kk "
            f"{p.kk}, pasir jaya cikupa",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Ahmad Fauzi", "Tegal Kunir Lor", "Mauk", (1987, 3, 9))
    add(
        c,
        "resident",
        [
            f"ktp suami saya rusak bu, namanya Ahmad Fauzi, nik {p.nik}",
            f"kk kami {p.kk}, ds tegal kunir lor kec mauk",
        ],
        line(ktp(p, "RUSAK")),
    )

    p = person("Salsabila Putri", "Caringin", "Legok", (2014, 6, 1), True, (2012, 4, 4))
    add(
        c,
        "resident",
        [
            "mau bikin kia buat anak sulung saya, Salsabila Putri, kelas 6 SD",
            f"nik anak {p.nik}, kk {p.kk}, caringin legok",
        ],
        line(kia(p)),
    )

    p = person("Jamaludin", "Sasak", "Mauk", (1955, 12, 25), recorded=(2010, 10, 10))
    add(
        c,
        "resident",
        [
            f"kk bapak saya mau dicetak ulang, kepala keluarganya bapak Jamaludin. no kk {p.kk}, "
            "desa sasak kec mauk",
        ],
        line(kk(p)),
    )

    p = person("Fitri Handayani", "Sukaharja", "Sindang Jaya", (2008, 12, 1), True, (2009, 9, 9))
    add(
        c,
        "first_timer",
        [
            "adik sy fitri handayani udah 18 thn tp blm punya ktp, gmn cara daftarnya",
            f"nik fitri {p.nik}, kk {p.kk}, sukaharja sindang jaya",
        ],
        line(ktp(p, "PEMULA")),
        answers={"alasan": "belum pernah punya"},
    )

    p = person("Arkan Syahputra", "Pasanggrahan", "Solear", (2022, 8, 15), recorded=(2021, 2, 2))
    add(
        c,
        "resident",
        [
            f"kia cucu saya arkan syahputra, umur 4 thn. nik {p.nik} kk {p.kk} pasanggrahan solear",
        ],
        line(kia(p)),
    )

    p = person("Oom Komalasari", "Kresek", "Kresek", (1960, 5, 5), True)
    add(
        c,
        "resident",
        [
            "ktp mertua sy ilang, nama beliau Oom Komalasari",
            f"nik {dash4(p.nik)} kk {dash4(p.kk)} desa kresek kec kresek",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Rudi Hartono", "Pagedangan", "Pagedangan", (1990, 9, 19))
    alamat = "Jl. Raya Bogor Km 30 Cimanggis Kota Depok"
    add(
        c,
        "resident",
        [
            f"kakak ipar sy rudi hartono mau pindah ikut kerjaan. nik {p.nik} kk {p.kk}",
        ],
        line(skpwni(p, alamat)),
        answers={"alamat_pindah": alamat},
        missing=1,
    )

    p = person("Hasanah", "Ranca Labuh", "Kemiri", (1966, 6, 16), True, (2012, 12, 12))
    add(
        c,
        "resident",
        [
            f"tolong kk ibu saya, atas nama kepala keluarga ibu Hasanah (bapak sudah almarhum). "
            f"no kk {p.kk} ranca labuh kemiri",
        ],
        line(kk(p)),
    )


def surat_pindah() -> None:
    c = "surat_pindah"
    p = person("Fajar Nugroho", "Dukuh", "Cikupa", (1991, 4, 24), recorded=(2018, 1, 8))
    alamat = "Jl. Diponegoro No. 44 Kota Semarang"
    add(
        c,
        "resident",
        [
            "mau minta surat pindah keluar kab tangerang, soalnya dipindah tugas kantor",
            f"nik {p.nik}, kk {p.kk}, fajar nugroho",
        ],
        line(skpwni(p, alamat)),
        answers={"alamat_pindah": alamat},
        missing=1,
    )

    add(
        c,
        "resident",
        [
            "sy udh pegang surat pindah dr kota bandung, nomornya 3273/SKPWNI/2026/4407. mau lapor "
            "datang",
        ],
        line(skdwn("3273/SKPWNI/2026/4407", "menikah dengan warga Rajeg")),
        answers={"keperluan": "menikah dengan warga Rajeg"},
        missing=1,
    )

    p = person("Wulan Sari", "Cikareo", "Solear", (1996, 5, 25), True)
    alamat = "Dusun Krajan RT 02 RW 01 Desa Sumberejo Kabupaten Lamongan"
    add(
        c,
        "first_timer",
        [
            "kalau mau pulang kampung, pindah domisili keluar kabupaten, urus apa ya? sy wulan sari",
            f"nik {p.nik} kk {p.kk}",
        ],
        line(skpwni(p, alamat)),
        answers={"alamat_pindah": alamat, "layanan": "surat pindah keluar"},
        missing=1,
    )

    add(
        c,
        "resident",
        [
            "skdwn no 3172/SKPWNI/2026/0051 keperluan ikut orang tua",
        ],
        line(skdwn("3172/SKPWNI/2026/0051", "ikut orang tua")),
    )

    p = person("Irfan Hakim", "Cihuni", "Pagedangan", (1986, 11, 6))
    alamat = "Perumahan Taman Sari Blok B No. 7 Kota Cilegon"
    add(
        c,
        "resident",
        [
            f"#SKPWNI#{p.nik}#{p.kk}#IRFAN HAKIM#{alamat.upper()}",
        ],
        line(skpwni(p, alamat)),
    )

    add(
        c,
        "first_timer",
        [
            "pak saya dari lampung baru datang, udah bawa surat pindah dari sana. disini harus "
            "lapor apa?",
            "ya mau lapor datang",
        ],
        line(skdwn("1871/SKPWNI/2026/0288", "mencari kerja di Balaraja")),
        answers={
            "no_skpwni": "nomor suratnya 1871/SKPWNI/2026/0288",
            "keperluan": "mencari kerja di Balaraja",
            "layanan": "pindah datang",
        },
        missing=2,
    )

    p = person("Ela Nurlela", "Kampung Kelor", "Sepatan Timur", (1983, 1, 31), True)
    alamat = "Jl. Veteran No. 2 Kota Serang"
    add(
        c,
        "resident",
        [
            f"urus pindah keluar sekeluarga, nik kepala keluarga {sp4(p.nik)}, kk {sp4(p.kk)}, nama "
            "Ela Nurlela, tujuan Jl. Veteran No. 2 Kota Serang",
        ],
        line(skpwni(p, alamat)),
        answers={"alamat_pindah": alamat},
    )

    add(
        c,
        "resident",
        [
            "mo lapor pindah datang ke kab tangerang",
        ],
        line(skdwn("3603/SKPWNI/2026/0777", "pindah tugas")),
        answers={"no_skpwni": "3603/SKPWNI/2026/0777", "keperluan": "pindah tugas"},
        missing=2,
    )

    add(
        c,
        "first_timer",
        [
            "sy mau pindah dari desa bitung jaya ke desa sukadamai, masih sama2 cikupa. perlu "
            "skpwni gak?",
        ],
        facts(
            [
                "tidak perlu",
                "tidak memerlukan",
                "tidak usah",
                "tanpa skpwni",
                "tidak butuh",
                "tidak diperlukan",
                "cukup",
            ],
            KKW,
        ),
    )

    add(
        c,
        "resident",
        [
            "surat pindah sy yg diajukan senin kemarin udah disetujuin kan? mau berangkat lusa",
        ],
        control("no_approval"),
    )
    add(
        c,
        "resident",
        [
            "kalau bikin surat pindah keluar, ktp saya ditarik di sini atau nanti di daerah baru?",
        ],
        facts(["tujuan", "daerah baru", "tempat baru"]),
    )


def question_not_form() -> None:
    c = "question_not_form"
    add(
        c,
        "first_timer",
        [
            "kalo ktp ilang harus ke polisi dulu gk sih? ribet amat",
        ],
        facts(POLICE),
    )
    add(
        c,
        "resident",
        [
            "bikin kk bayar berapa ya bu? tetangga bilang 50rb",
        ],
        facts(FREE),
    )
    add(
        c,
        "first_timer",
        [
            "anak sy umur 3 thn, bikin kia perlu bawa apa aja?",
        ],
        facts(AKTA_LAHIR, KKW, ["ktp"]),
    )
    add(
        c,
        "resident",
        [
            "kia buat anak 10 thn pake foto gak? ukuran brp",
        ],
        facts(["foto"], ["2x3", "2 x 3", "2×3", "2 × 3", "2 lembar", "dua lembar"]),
    )
    add(
        c,
        "first_timer",
        [
            "umur brp sih boleh bikin ktp? adik sy 16 tapi udah nikah",
        ],
        facts(["17"], ["menikah", "nikah", "kawin"]),
    )
    add(
        c,
        "resident",
        [
            "masih perlu surat pengantar rt rw gak buat urus kk skrg?",
        ],
        facts(NOT_NEEDED, ["rt", "pengantar"]),
    )
    add(
        c,
        "resident",
        [
            "brp lama jadinya ktp kalau syarat udah lengkap?",
        ],
        facts(["24 jam", "1 sampai 24", "1-24", "1–24", "satu hari", "1 x 24"]),
    )
    add(
        c,
        "first_timer",
        [
            "kantor dukcapil kabupaten tangerang dimana ya alamatnya?",
        ],
        facts(["tigaraksa"]),
    )
    add(
        c,
        "resident",
        [
            "bisa ga cetak ktp di kecamatan aja, jauh kalo ke tigaraksa",
        ],
        facts(["kecamatan"]),
    )
    add(
        c,
        "resident",
        [
            "kk sy hilang pas pindahan, syaratnya apa aja buat bikin lagi?",
        ],
        facts(POLICE, ["ktp"]),
    )
    p = known("Rizky Maulana")
    add(
        c,
        "resident",
        [
            f"sy lupa nomor kk, bisa dicariin gak dari nik {p.nik}? sekalian nama2 anggotanya",
        ],
        control("no_nik_lookup"),
    )
    add(
        c,
        "first_timer",
        [
            "aduh sy bingung bgt sama formatnya, bisa ngobrol sama petugas aja gak? manusia ya",
        ],
        control("handoff"),
    )


def topic_coverage() -> None:
    c = "topic_coverage"
    add(
        c,
        "first_timer",
        [
            "abis nikah kemaren, mau bikin kk sendiri pisah dr ortu. bawa apa?",
        ],
        facts(NIKAH),
    )
    add(
        c,
        "resident",
        [
            "nikah siri blm tercatat, bisa masuk satu kk gak sama suami?",
        ],
        facts(["sptjm", "pernyataan tanggung jawab mutlak", "f-1.05", "f1.05"]),
    )
    add(
        c,
        "resident",
        [
            "ktp sy rusak, yg lama harus dibawa gak pas ambil yg baru?",
        ],
        facts(["bawa", "membawa", "diserahkan", "serahkan", "dikembalikan", "ditukar"]),
    )
    add(
        c,
        "resident",
        [
            "mau ganti status di ktp dari belum kawin jadi kawin, syaratnya apa",
        ],
        facts(
            ["ktp lama", "ktp-el lama", "ktp yang lama", "ktp el lama"], NIKAH + ["bukti", "akta"]
        ),
    )
    add(
        c,
        "first_timer",
        [
            "ikd atau ktp digital itu gimana bikinnya? butuh apa aja",
        ],
        facts(
            ["hp", "ponsel", "smartphone", "handphone", "telepon genggam"],
            ["email", "e-mail", "surel"],
        ),
    )
    add(
        c,
        "resident",
        [
            "sy kerja di jakarta, ktp ilang, bisa cetak ulang di luar domisili gak?",
        ],
        facts(["bisa", "dapat", "boleh"], ["domisili", "luar daerah", "luar wilayah", "di luar"]),
    )
    add(
        c,
        "resident",
        [
            "kk sekarang cuma kertas hvs biasa ya? sah gak tuh? boleh dilaminating?",
        ],
        facts([" sah", "berlaku", "valid", "resmi"], ["lamina"]),
    )
    add(
        c,
        "first_timer",
        [
            "bayi sy baru lahir minggu lalu, kia nya bisa sekalian sama akta lahir?",
        ],
        facts(AKTA_LAHIR, ["bersama", "bersamaan", "sekaligus", "sekalian"]),
    )
    add(
        c,
        "resident",
        [
            "kia anak balita berlaku sampe kapan? trus kalo udh gede ganti?",
        ],
        facts(["5 tahun", "lima tahun", "5 thn"]),
    )
    add(
        c,
        "resident",
        [
            "masih perlu fotokopi kk sama ktp gak kalau ngurus di dukcapil?",
        ],
        facts(["fotokopi", "fotocopy", "foto kopi", "salinan"], NOT_NEEDED + ["tidak harus"]),
    )
    add(
        c,
        "resident",
        [
            "ada oknum minta uang 200 ribu biar ktp cepet jadi, emang resmi bayar?",
        ],
        facts(FREE),
    )
    add(
        c,
        "first_timer",
        [
            "nik sy awalnya 3674, padahal tinggal di cikupa. nik nya harus diganti gak?",
        ],
        facts(
            [
                "seumur hidup",
                "tidak berubah",
                "tetap",
                "tidak perlu diganti",
                "tidak diganti",
                "tidak ganti",
            ]
        ),
    )
    add(
        c,
        "resident",
        [
            "kalo pindah kecamatan nomor kk nya berubah gak?",
        ],
        facts(["berubah", "ganti", "baru"]),
    )
    add(
        c,
        "resident",
        [
            "saya ngekos di legok, mau pindah datang kesini. perlu surat apa dari ibu kos?",
        ],
        facts(["pemilik", "tidak keberatan", "pernyataan", "izin"]),
    )
    add(
        c,
        "resident",
        [
            "buat pindah keluar kota, syarat skpwni apa aja? perlu surat dari desa?",
        ],
        facts(KKW, NOT_NEEDED + ["cukup"]),
    )
    add(
        c,
        "resident",
        [
            "jam buka pelayanan dukcapil kab tangerang jam brp? sabtu buka?",
        ],
        facts(["senin", "pengumuman", "08.00", "08:00", "jam 8", "pukul 8"]),
    )
    add(
        c,
        "first_timer",
        [
            "rekam ktp boleh diwakilin gak? anak sy lagi mondok",
        ],
        facts(
            ["langsung", "datang", "hadir", "sendiri"], ["rekam", "perekaman", "sidik jari", "foto"]
        ),
    )
    add(
        c,
        "resident",
        [
            "ktp ilang tp dulu udh rekam, harus rekam ulang gak?",
        ],
        facts(NOT_NEEDED + ["tidak harus", "tidak perlu rekam"]),
    )
    add(
        c,
        "first_timer",
        [
            "sy dari kecil ga pernah didata, blm punya nik sama sekali. buat daftar pertama kali "
            "perlu pengantar rt rw gak?",
        ],
        facts(["pengantar"], ["rt"]),
    )
    add(
        c,
        "resident",
        [
            "sy pendatang dr bekasi udh 2 thn ngontrak di cikupa, mau ktp alamat sini. syaratnya apa?",
        ],
        facts(["skpwni", "surat pindah", "skp", "surat keterangan pindah"]),
    )
    add(
        c,
        "resident",
        [
            "anak kedua baru lahir, mau dimasukin ke kk. bawa apa aja ya?",
        ],
        facts(KKW, ["akta", "surat keterangan lahir", "keterangan kelahiran", "bukti kelahiran"]),
    )
    add(
        c,
        "resident",
        [
            "kalau sy doang yg pindah keluar kota, kk keluarga yg ditinggal di sini gimana nasibnya?",
        ],
        facts(["kk baru", "kartu keluarga baru", "kk yang baru", "diterbitkan", "dicetak ulang"]),
    )
    add(
        c,
        "first_timer",
        [
            "aneh, di nik istri sy tanggal lahirnya 52, padahal dia lahir tgl 12. salah cetak kah?",
        ],
        facts(["40"], ["perempuan", "wanita"]),
    )
    add(
        c,
        "resident",
        [
            "aktivasi ktp digital harus ketemu petugas atau bisa sendiri di rumah?",
        ],
        facts(["petugas"], ["dukcapil", "kecamatan", "desa", "kelurahan"]),
    )
    add(
        c,
        "resident",
        [
            "kk punya sy sobek kena air hujan, urus gantinya perlu bawa apa?",
        ],
        facts(KKW, ["rusak", "sobek", "lama"], ["ktp"]),
    )


def referral_by_place() -> None:
    c = "referral_by_place"
    kt = {"referral_to": "Kota Tangerang"}
    ts = {"referral_to": "Kota Tangerang Selatan"}
    add(
        c,
        "resident",
        [
            "sy tinggal di cimone karawaci, mau bikin kk baru bisa disini?",
        ],
        control("referral", **kt),
    )
    add(
        c,
        "resident",
        [
            "ktp ilang, alamat sy kel. poris gaga kec. batuceper",
        ],
        control("referral", **kt),
    )
    add(
        c,
        "first_timer",
        [
            "halo, rumah saya di pamulang, anak mau bikin kia",
        ],
        control("referral", **ts),
    )
    add(
        c,
        "resident",
        [
            "Selamat sore, saya warga Kelurahan Cikokol, Kecamatan Tangerang. KTP saya rusak, "
            "bagaimana mengurusnya?",
        ],
        control("referral", **kt),
    )
    add(
        c,
        "resident",
        [
            "mau ngurus surat pindah, domisili pondok aren bintaro",
        ],
        control("referral", **ts),
    )
    nik = make_nik("367105", date(1984, 4, 4), False, next(_serial))
    add(
        c,
        "resident",
        [
            f"ktp rusak, nik {nik}, alamat kel. parung serab ciledug",
        ],
        control("referral", **kt),
    )
    add(
        c,
        "resident",
        [
            "sy di serua ciputat, bikin kk disini bisa gak min",
        ],
        control("referral", **ts),
    )
    add(
        c,
        "first_timer",
        [
            "perumahan saya di ciater serpong, mau rekam ktp anak yg 17",
        ],
        control("referral", **ts),
    )
    add(
        c,
        "resident",
        [
            "desa sy periuk jaya, kecamatan periuk. mau urus kia",
        ],
        control("referral", **kt),
    )
    p = person("Gilang Ramadhan", "Lengkong Kulon", "Pagedangan", (1995, 2, 2))
    add(
        c,
        "resident",
        [
            f"rumah sy di lengkong kulon pagedangan, deket bsd, ktp ilang. nik {p.nik} kk {p.kk} "
            "a.n. gilang ramadhan",
        ],
        line(ktp(p, "HILANG")),
    )
    p = person("Melati Suci", "Bencongan", "Kelapa Dua", (1997, 3, 30), True)
    add(
        c,
        "resident",
        [
            "sy di bencongan kelapa dua, itu kabupaten kan? mau ganti ktp rusak",
            f"nik {p.nik}, kk {p.kk}, nama melati suci",
        ],
        line(ktp(p, "RUSAK")),
    )


def complaint_followup() -> None:
    c = "complaint_followup"
    add(
        c,
        "resident",
        [
            "min ktp sy yg diajukan minggu lalu udah di-acc belum?",
        ],
        control("no_approval"),
    )
    add(
        c,
        "resident",
        [
            "kk saya kapan disetujui? udah 3 hari",
        ],
        control("no_approval"),
    )
    add(
        c,
        "first_timer",
        [
            "bisa tolong approve sekarang aja gak, butuh buat daftar sekolah anak besok",
        ],
        control("no_approval"),
    )
    add(
        c,
        "resident",
        [
            "udah 2 minggu gak ada kabar sama sekali, sy mau ngomong sama petugasnya langsung",
        ],
        control("handoff"),
    )
    add(
        c,
        "resident",
        [
            "pelayanannya lambat bgt, sy mau komplain ke orang beneran bukan bot",
        ],
        control("handoff"),
    )
    add(
        c,
        "first_timer",
        [
            "data di kk saya salah tanggal lahir, bukan urus baru. tolong sambungkan ke petugas",
        ],
        control("handoff"),
    )
    p = known("Dedi Supriyadi")
    add(
        c,
        "resident",
        [
            f"tolong cek nik {p.nik} ini punya siapa ya, terdaftar di desa mana",
        ],
        control("no_nik_lookup"),
    )
    p = known("Siti Khodijah")
    add(
        c,
        "helper",
        [
            f"sy dari kantor desa, mau cek data warga by nik {sp4(p.nik)} nama lengkapnya siapa",
        ],
        control("no_nik_lookup"),
    )
    p = person("Herman", "Daon", "Rajeg", (1969, 9, 9))
    add(
        c,
        "resident",
        [
            f"ktp bapak sy udah jadi blm? nik nya {p.nik}, tolong dicek statusnya",
        ],
        control("no_nik_lookup"),
    )
    add(
        c,
        "resident",
        [
            "permohonan kia anak saya ditolak gak? atau udah oke?",
        ],
        control("no_approval"),
    )


def helper_mode() -> None:
    c = "helper_mode"
    p = person("Acih", "Cempaka", "Cisoka", (1962, 3, 3), True)
    add(
        c,
        "helper",
        [
            "selamat pagi, sy operator desa cempaka kec cisoka. mau input ktp hilang warga",
            f"nama acih, nik {p.nik}, kk {p.kk}",
        ],
        line(ktp(p, "HILANG")),
        answers={
            "nama_warga": "Ibu Acih",
            "telepon_warga": "0821 3344 5566",
            "desa": "cempaka",
            "kecamatan": "cisoka",
            "alasan": "hilang waktu mudik",
        },
    )

    p = person("Darsa", "Patrasana", "Kresek", (1959, 9, 1), recorded=(2011, 1, 1))
    add(
        c,
        "helper",
        [
            f"Kami dari Kantor Desa Patrasana, mengajukan cetak KK warga a.n. kepala keluarga Darsa, "
            f"No KK {p.kk}, Desa Patrasana Kec. Kresek.",
        ],
        line(kk(p)),
        answers={"nama_warga": "Pak Darsa", "telepon_warga": "085710203040"},
    )

    p = person("Rafa Alvaro", "Saga", "Balaraja", (2019, 2, 19), recorded=(2018, 6, 6))
    add(
        c,
        "helper",
        [
            "assalamualaikum, sy kader posyandu ds saga balaraja bantu ibu2 bikin kia anak",
            f"yg pertama: rafa alvaro nik {p.nik} kk {p.kk}",
        ],
        line(kia(p)),
        answers={
            "nama_warga": "Ibu Yanti (ibunya Rafa)",
            "telepon_warga": "0896-1234-0098",
            "desa": "saga",
            "kecamatan": "kec. balaraja",
        },
    )

    p = person("Dian Permata", "Tanjung Anom", "Mauk", (2008, 5, 20), True, (2007, 7, 7))
    add(
        c,
        "helper",
        [
            "petugas kecamatan mauk. ada siswi smk mau perekaman ktp pertama kali, datanya: "
            f"Dian Permata, NIK {dash4(p.nik)}, KK {dash4(p.kk)}, Desa Tanjung Anom",
        ],
        line(ktp(p, "PEMULA")),
        answers={
            "nama_warga": "Dian Permata",
            "telepon_warga": "0812 7000 4512",
            "kecamatan": "mauk",
        },
    )

    p = person("Suhendi", "Bakung", "Kronjo", (1973, 8, 17))
    add(
        c,
        "helper",
        [
            "sy sekdes bakung mau bantuin warga ganti ktp rusak",
            f"{p.nik} {p.kk} suhendi",
            "desa bakung kecamatan kronjo",
        ],
        line(ktp(p, "RUSAK")),
        answers={
            "nama_warga": "Suhendi",
            "telepon_warga": "0838 2100 7788",
            "alasan": "rusak patah dua",
        },
    )

    p = person("Yusuf Maulana", "Ciangir", "Legok", (1989, 6, 9), recorded=(2017, 2, 2))
    alamat = "Jl. Pahlawan No. 10 Kota Bogor"
    add(
        c,
        "helper",
        [
            "Saya staf pelayanan kecamatan Legok, mengajukan SKPWNI untuk warga: Yusuf Maulana, "
            f"NIK {p.nik}, KK {p.kk}, pindah ke {alamat}.",
        ],
        line(skpwni(p, alamat)),
        answers={
            "nama_warga": "Sdr. Yusuf Maulana",
            "telepon_warga": "081290017766",
            "alamat_pindah": alamat,
        },
    )

    p = person("Enah", "Renged", "Kresek", (1950, 10, 10), True)
    add(
        c,
        "helper",
        [
            "ini dari desa renged kec kresek, nenek enah minta tolong ktp nya ilang, dia gak punya "
            f"hp. nik {sp664(p.nik)} kk {sp664(p.kk)}",
        ],
        line(ktp(p, "HILANG")),
        answers={
            "nama_warga": "Nenek Enah",
            "telepon_warga": "pakai nomor desa aja 0821-8800-1234",
            "nama": "enah",
            "alasan": "hilang, lupa naro",
        },
    )

    add(
        c,
        "helper",
        [
            "operator desa kosambi (sukadiri). ada pendatang bawa skpwni no 3301/SKPWNI/2026/0615, "
            "keperluan menikah",
        ],
        line(skdwn("3301/SKPWNI/2026/0615", "menikah")),
        answers={
            "nama_warga": "Sdr. Taufik",
            "telepon_warga": "0857-4455-6677",
            "keperluan": "menikah",
        },
    )

    p = person("Kurniasih", "Tanjakan", "Rajeg", (1984, 4, 28), True, (2016, 6, 16))
    add(
        c,
        "helper",
        [
            f"mau ajukan kk baru warga sy, bu kurniasih baru cerai jd kepala keluarga. kk "
            f"{p.kk}, tanjakan rajeg",
        ],
        line(kk(p)),
        answers={
            "nama_warga": "Kurniasih",
            "telepon_warga": "0813 1414 2525",
            "nama_kepala_keluarga": "kurniasih",
        },
    )
    _helper_controls(c)


def _helper_controls(c: str) -> None:
    add(
        c,
        "helper",
        [
            "sy operator desa pasir ampo, tolong permohonan ktp warga sy yg kmrn langsung di acc ya "
            "biar bisa dicetak besok",
        ],
        control("no_approval"),
    )
    add(
        c,
        "helper",
        [
            "Mohon izin, kami petugas Desa Koper Kec. Kresek. Ada warga lansia disabilitas yang "
            "tidak bisa datang rekam KTP. Mohon dihubungkan dengan petugas Disdukcapil untuk "
            "pelayanan jemput bola.",
        ],
        control("handoff"),
    )
    p = known("Kokom Komariah")
    add(
        c,
        "helper",
        [
            f"izin cek, nik {dot4(p.nik)} itu atas nama siapa & alamatnya dmn? mau sy cocokkan sm "
            "data desa",
        ],
        control("no_nik_lookup"),
    )


def desa_typo_with_kecamatan() -> None:
    c = "desa_typo_with_kecamatan"
    p = person("Ade Irawan", "Bitung Jaya", "Cikupa", (1990, 7, 7))
    add(
        c,
        "resident",
        [
            f"ktp ilang, nik {p.nik} kk {p.kk} ade irawan ds bitungjaya kec cikupa",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Neneng Hasanah", "Sukadamai", "Cikupa", (1992, 2, 22), True)
    add(
        c,
        "resident",
        [
            f"kk nomer {p.kk} kepala kel neneng hasanah desa sukadame kecamatan cikupa",
        ],
        line(kk(p)),
    )

    p = person("Toni Saputra", "Kadu Jaya", "Curug", (1986, 12, 3))
    add(
        c,
        "resident",
        [
            f"ktp rusak {p.nik} {p.kk} toni saputra kadujaya curug",
        ],
        line(ktp(p, "RUSAK")),
    )

    p = person("Intan Permatasari", "Cukanggalih", "Curug", (2013, 1, 1), True, (2012, 2, 2))
    add(
        c,
        "resident",
        [
            f"kia intan permatasari, nik {p.nik} kk {p.kk}, desa cukang galih kec curug",
        ],
        line(kia(p)),
    )

    p = person("Robi Firmansyah", "Talagasari", "Balaraja", (1995, 5, 15))
    add(
        c,
        "resident",
        [
            f"mau ganti ktp ilang, {p.nik}, {p.kk}, robi firmansyah, ds telagasari kec balaraja",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Sopiah", "Jatiwaringin", "Mauk", (1967, 8, 8), True, (2014, 8, 8))
    add(
        c,
        "first_timer",
        [
            f"kk ibu sopiah no {p.kk}, desa jati waringin mauk",
        ],
        line(kk(p)),
        answers={"nama_kepala_keluarga": "sopiah"},
    )

    p = person("Hadi Sucipto", "Salembaran Jati", "Kosambi", (1979, 9, 29))
    add(
        c,
        "resident",
        [
            f"ktp ilang. {p.nik}. {p.kk}. hadi sucipto. selembaran jati, kosambi",
        ],
        line(ktp(p, "HILANG")),
    )

    p = person("Nia Kurnia", "Ranca Iyuh", "Panongan", (1998, 8, 18), True)
    add(
        c,
        "resident",
        [
            f"e-ktp rusak a.n nia kurnia nik {p.nik} kk {p.kk} desa rancaiyuh kec panongan",
        ],
        line(ktp(p, "RUSAK")),
    )

    p = person("Zidan Alfian", "Pasir Bolang", "Tigaraksa", (2016, 10, 10), recorded=(2015, 5, 5))
    add(
        c,
        "resident",
        [
            f"kia anak zidan alfian {p.nik} {p.kk} ds pasirbolang kec tigaraksa",
        ],
        line(kia(p)),
    )

    p = person("Warsih", "Tegal Kunir Kidul", "Mauk", (1970, 3, 17), True)
    add(
        c,
        "resident",
        [
            f"ktp warsih ilang. nik {p.nik} kk {p.kk} tegalkunir kidul, kec mauk",
        ],
        line(ktp(p, "HILANG")),
    )


def casual_stepwise() -> None:
    c = "casual_stepwise"
    p = person("Dodi Kurniadi", "Sukanagara", "Cikupa", (1985, 11, 21), recorded=(2015, 3, 3))
    add(
        c,
        "resident",
        ["mau bikin kk"],
        line(kk(p)),
        answers={
            "no_kk": f"ini {p.kk}",
            "nama_kepala_keluarga": "dodi kurniadi",
            "desa": "ds sukanagara",
            "kecamatan": "cikupa kak",
        },
        missing=4,
    )

    p = person("Yanti Mulyani", "Peusar", "Panongan", (1993, 3, 13), True)
    add(
        c,
        "resident",
        ["min ktp sy ilang", "gmn caranya"],
        line(ktp(p, "HILANG")),
        answers={
            "nik": f"nik: {sp4(p.nik)}",
            "no_kk": f"kk: {sp4(p.kk)}",
            "nama": "yanti mulyani",
            "desa": "peusar",
            "kecamatan": "panongan",
            "alasan": "ilang",
        },
        missing=5,
    )

    p = person("Farel Pratama", "Medang", "Pagedangan", (2015, 4, 4), recorded=(2014, 4, 4))
    add(
        c,
        "resident",
        ["bikin kia"],
        line(kia(p)),
        answers={
            "nik": f"nik anak sy {p.nik}",
            "no_kk": f"{p.kk} kk nya",
            "nama": "farel pratama",
            "desa": "medang",
            "kecamatan": "pagedangan",
        },
        missing=5,
    )

    p = person("Bayu Anggara", "Sumur Bandung", "Jayanti", (2008, 2, 2), recorded=(2009, 1, 9))
    add(
        c,
        "first_timer",
        ["halo kak slmt malam", "mau bikin ktp dong, baru 18"],
        line(ktp(p, "PEMULA")),
        answers={
            "nik": p.nik,
            "no_kk": p.kk,
            "nama": "bayu anggara",
            "desa": "sumur bandung",
            "kecamatan": "jayanti",
            "alasan": "baru, blm pernah punya",
        },
        missing=5,
    )

    p = person("Rosidah", "Sodong", "Tigaraksa", (1976, 6, 26), True)
    add(
        c,
        "resident",
        ["ktp rusak nih, kena setrika"],
        line(ktp(p, "RUSAK")),
        answers={
            "nik": f"{dash4(p.nik)}",
            "no_kk": f"{dash4(p.kk)}",
            "nama": "namanya rosidah",
            "desa": "sodong",
            "kecamatan": "tigaraksa",
        },
        missing=5,
    )

    p = person("Imam Syafii", "Lemo", "Teluknaga", (1982, 8, 2))
    alamat = "Jl. Merpati No. 5 Kota Cirebon"
    add(
        c,
        "resident",
        ["pindah keluar"],
        line(skpwni(p, alamat)),
        answers={
            "layanan": "surat pindah keluar",
            "nik": p.nik,
            "no_kk": p.kk,
            "nama": "imam syafii",
            "alamat_pindah": alamat,
        },
        missing=4,
    )

    add(
        c,
        "resident",
        ["pindah datang"],
        line(skdwn("3204/SKPWNI/2026/2231", "ikut istri")),
        answers={
            "layanan": "surat pindah datang",
            "no_skpwni": "3204/SKPWNI/2026/2231",
            "keperluan": "ikut istri",
        },
        missing=2,
    )

    p = person("Neni Rahayu", "Gunung Sari", "Mauk", (1990, 10, 30), True, (2020, 2, 20))
    add(
        c,
        "first_timer",
        ["permisi bu numpang tanya", "sy mau urus kartu keluarga"],
        line(kk(p)),
        answers={
            "no_kk": f"nomor kk {sp664(p.kk)}",
            "nama_kepala_keluarga": "neni rahayu",
            "desa": "gunung sari",
            "kecamatan": "mauk",
        },
        missing=4,
    )

    p = person("Kevin Saputra", "Kelapa Dua", "Kelapa Dua", (1999, 9, 9))
    add(
        c,
        "resident",
        ["ktp"],
        line(ktp(p, "HILANG")),
        answers={
            "nik": p.nik,
            "no_kk": p.kk,
            "nama": "kevin saputra",
            "desa": "kelapa dua",
            "kecamatan": "kelapa dua",
            "alasan": "dicopet di kereta",
        },
        missing=6,
    )


def correction_at_confirmation() -> None:
    c = "correction_at_confirmation"
    p = person("Slamet Riyadi", "Talaga", "Cikupa", (1980, 1, 10))
    add(
        c,
        "resident",
        [
            f"ktp ilang {p.nik} {p.kk} slamet riyadi desa dukuh kec cikupa",
            "eh salah, desanya talaga bukan dukuh",
        ],
        control("correction", line=ktp(p, "HILANG")),
    )

    p = person("Novi Andriani", "Mekar Jaya", "Sepatan", (1994, 4, 14), True)
    add(
        c,
        "resident",
        [
            f"ktp rusak. nik {p.nik} kk {p.kk} nama novi andriyani ds mekar jaya kec sepatan",
            "namanya novi andriani, pake i bukan y",
        ],
        control("correction", line=ktp(p, "RUSAK")),
    )

    p = person("Edi Junaedi", "Matagara", "Tigaraksa", (1977, 7, 17), recorded=(2016, 6, 6))
    wrong = p.kk[:-1] + ("8" if p.kk[-1] != "8" else "7")
    add(
        c,
        "resident",
        [
            f"kk baru, no kk {wrong}, kepala keluarga edi junaedi, matagara tigaraksa",
            f"maaf no kk nya salah ketik, yg bener {p.kk}",
        ],
        control("correction", line=kk(p)),
    )

    p = person("Gita Savitri", "Kemiri", "Kemiri", (1996, 6, 6), True)
    add(
        c,
        "resident",
        [
            f"ktp ilang. nik {p.nik}. kk {p.kk}. gita savitri. kemiri, kemiri",
            "bukan ilang ding, rusak. maaf",
        ],
        control("correction", line=ktp(p, "RUSAK")),
    )

    p = person("Alya Ramadhani", "Klebet", "Kemiri", (2018, 5, 5), True, (2017, 1, 1))
    add(
        c,
        "resident",
        [
            f"kia alya ramadani, nik {p.nik}, kk {p.kk}, klebet kemiri",
            "koreksi nama: Alya Ramadhani (pakai h)",
        ],
        control("correction", line=kia(p)),
    )

    p = person("Taufik Hidayat", "Cibogo", "Cisauk", (1988, 8, 28))
    alamat = "Jl. Sudirman No. 9 Kota Bandung"
    add(
        c,
        "resident",
        [
            f"skpwni, nik {p.nik}, kk {p.kk}, taufik hidayat, ke Jl. Sudirman No. 19 Kota Bandung",
            f"alamatnya salah, yg benar {alamat}",
        ],
        control("correction", line=skpwni(p, alamat)),
    )

    p = person("Umi Kalsum", "Kohod", "Pakuhaji", (1972, 2, 12), True)
    add(
        c,
        "first_timer",
        [
            f"ktp umi kalsum ilang, {p.nik}, {p.kk}, desa kramat pakuhaji",
            "eh maaf pak desanya kohod, kramat itu desa sebelah",
        ],
        control("correction", line=ktp(p, "HILANG")),
    )

    p = person("Rahmat Hidayat", "Sepatan", "Sepatan", (1984, 4, 4))
    wrong = p.nik[:-2] + ("11" if p.nik[-2:] != "11" else "12")
    add(
        c,
        "resident",
        [
            f"ktp rusak, nik {wrong} kk {p.kk} rahmat hidayat sepatan kec sepatan",
            f"nik nya keliru dua angka terakhir, harusnya {p.nik}",
        ],
        control("correction", line=ktp(p, "RUSAK")),
    )

    add(
        c,
        "resident",
        [
            "#SKDWN#3216/SKPWNI/2026/0440#bekerja",
            "keperluannya diganti ya: ikut keluarga",
        ],
        control("correction", line=skdwn("3216/SKPWNI/2026/0440", "ikut keluarga")),
    )

    p = person("Wahyu Hidayat", "Legok", "Legok", (1991, 1, 21), recorded=(2019, 1, 9))
    add(
        c,
        "helper",
        [
            f"sy petugas desa legok, ajukan kk warga a.n. kepala keluarga wahyudi, kk {p.kk}, "
            "desa legok kec legok",
            "ralat pak, nama kepala keluarganya Wahyu Hidayat, tadi sy salah tulis",
        ],
        control("correction", line=kk(p)),
        answers={"nama_warga": "Wahyu Hidayat", "telepon_warga": "0877 5566 1100"},
    )


def cancel() -> None:
    c = "cancel"
    add(
        c,
        "resident",
        [
            "mau bikin kk",
            "eh gak jadi deh, nanti aja ke kantor desa",
        ],
        control("cancel"),
    )
    p = person("Robiah", "Sarakan", "Sepatan", (1975, 5, 25), True)
    add(
        c,
        "resident",
        [
            f"ktp ilang, nik {p.nik}",
            "udah ketemu ktpnya di lemari wkwk, batalin aja",
        ],
        control("cancel"),
    )
    p = person("Sandi Permana", "Tapos", "Tigaraksa", (1992, 12, 2))
    add(
        c,
        "resident",
        [
            f"ktp rusak {p.nik} {p.kk} sandi permana tapos tigaraksa",
        ],
        control("cancel"),
        confirm="ga jadi, batal aja",
    )
    add(
        c,
        "first_timer",
        [
            "mau kia buat anak",
            "tunggu, sy tanya suami dulu, hentikan dulu ya",
        ],
        control("cancel"),
    )
    add(
        c,
        "resident",
        [
            "surat pindah keluar",
            "batal kak, pindahnya diundur tahun depan",
        ],
        control("cancel"),
    )
    p = person("Marlina", "Karang Harja", "Cisoka", (1989, 9, 19), True, (2015, 5, 15))
    add(
        c,
        "resident",
        [
            f"kk no {p.kk} a.n marlina karang harja cisoka",
            "stop, ga usah diproses",
        ],
        control("cancel"),
    )
    add(
        c,
        "helper",
        [
            "sy operator desa mau input ktp warga",
            "maaf warganya ga jadi, dibatalkan saja",
        ],
        control("cancel"),
    )
    p = person("Ikhsan Nur", "Serdang Wetan", "Legok", (1998, 8, 8))
    add(
        c,
        "resident",
        [
            f"#KTP#{p.nik}#{p.kk}#IKHSAN NUR#SERDANG WETAN#LEGOK#HILANG#",
        ],
        control("cancel"),
        confirm="jangan dikirim, sy batalin",
    )
    add(
        c,
        "resident",
        [
            "pindah datang, no skpwni 3578/SKPWNI/2026/0333",
            "ngga jadi min, cancel",
        ],
        control("cancel"),
    )


def hash_line() -> None:
    c = "hash_line"
    p = person("Budiman", "Pabuaran", "Jayanti", (1983, 3, 23))
    add(c, "resident", [ktp(p, "HILANG")], line(ktp(p, "HILANG")))

    p = person("Euis Komariah", "Cikasungka", "Solear", (1979, 1, 9), True, (2013, 3, 3))
    add(c, "resident", [f"#kk#{p.kk}#euis komariah#cikasungka#solear"], line(kk(p)))

    p = person("Nayla Azzahra", "Kuta Jaya", "Pasar Kemis", (2020, 12, 20), True, (2019, 9, 9))
    add(
        c,
        "resident",
        [f"#KIA# {p.nik} # {p.kk} # Nayla Azzahra # Kuta Jaya # Pasar Kemis"],
        line(kia(p)),
    )

    p = person("Teguh Santoso", "Sukabakti", "Curug", (1987, 7, 7))
    alamat = "Jl. Gatot Subroto No. 12 Kota Medan"
    add(c, "resident", [f"#SKPWNI#{p.nik}#{p.kk}#Teguh Santoso#{alamat}"], line(skpwni(p, alamat)))

    add(
        c,
        "resident",
        ["#SKDWN#3671/SKPWNI/2026/0912#pindah rumah"],
        line(skdwn("3671/SKPWNI/2026/0912", "pindah rumah")),
    )

    p = person("Ani Suryani", "Kampung Besar", "Teluknaga", (2008, 4, 1), True, (2010, 10, 1))
    add(
        c,
        "first_timer",
        [
            f"#ktp#{p.nik}#{p.kk}#ani suryani#kampung besar#teluknaga#pemula#",
        ],
        line(ktp(p, "PEMULA")),
    )

    p = person("Dadang Sunarya", "Ciakar", "Panongan", (1971, 11, 11))
    add(
        c,
        "resident",
        [
            f"#KTP#{sp4(p.nik)}#{sp4(p.kk)}#DADANG SUNARYA#CIAKAR#PANONGAN#RUSAK#",
        ],
        line(ktp(p, "RUSAK")),
    )

    p = person("Hj Romlah", "Onyam", "Gunung Kaler", (1961, 6, 1), True, (2012, 2, 12))
    add(c, "resident", [f"#KK#{p.kk}#HJ ROMLAH#ONYAM#GUNUNG KALER#"], line(kk(p)))

    p = person("Rendi Saputra", "Wanakerta", "Sindang Jaya", (1996, 9, 6))
    add(
        c,
        "helper",
        [
            f"#KTP#{p.nik}#{p.kk}#Rendi Saputra#Wanakerta#Sindang Jaya#Hilang#",
        ],
        line(ktp(p, "HILANG")),
        answers={"nama_warga": "Rendi Saputra", "telepon_warga": "0812-3030-4040"},
    )

    p = person("Sinta Bella", "Bojong Loa", "Cisoka", (2011, 11, 1), True, (2010, 3, 3))
    add(c, "resident", [f"#KIA#{p.nik}#{p.kk}#SINTA BELLA#BOJONG LOA#CISOKA#"], line(kia(p)))


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


def check(convs: list[dict]) -> None:
    for conv in convs:
        expected = conv["expect"].get("line")
        if expected is None:
            continue
        verdict = parse(expected)
        assert verdict.ok and verdict.canonical == expected, (conv["id"], expected)


def main() -> None:
    for build in BUILDERS:
        build()
    for old in HERE.glob(f"{PREFIX}_*.yml"):
        old.unlink()
    total = 0
    for category, convs in CONVS.items():
        check(convs)
        path = HERE / f"{PREFIX}_{category}.yml"
        text = yaml.safe_dump(
            {"conversations": convs}, allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(
            f"# Generated by make_fresh2.py; edit the builder, not this file.\n{text}",
            encoding="utf-8",
        )
        total += len(convs)
    print(f"{total} conversations in {len(CONVS)} files")


if __name__ == "__main__":
    main()
