"""The fresh5 part: conversations by an independent author who read neither the assistant's
code nor any other conversation file, written as a held-out test part, measured once on
2 December 2026 (lines 87.0%, facts 100%, controls 91.7%), then moved to dev.

    .venv/bin/python -m tests.conversations.dev.make_fresh5

Writes fresh5_<category>.yml beside this file (ids fresh5-<category>-NN). Numbers are synthetic
(devtools.synthetic, serials 9001-9199, the kecamatan's Kemendagri code as region); every
expected line is checked to be canonical with bot.intake.parser.parse.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
PREFIX = "fresh5"

KEC = {
    "BALARAJA": "360301",
    "JAYANTI": "360302",
    "TIGARAKSA": "360303",
    "JAMBE": "360304",
    "CISOKA": "360305",
    "KRESEK": "360306",
    "KRONJO": "360307",
    "MAUK": "360308",
    "KEMIRI": "360309",
    "SUKADIRI": "360310",
    "RAJEG": "360311",
    "PASAR KEMIS": "360312",
    "TELUKNAGA": "360313",
    "KOSAMBI": "360314",
    "PAKUHAJI": "360315",
    "SEPATAN": "360316",
    "CURUG": "360317",
    "CIKUPA": "360318",
    "PANONGAN": "360319",
    "LEGOK": "360320",
    "PAGEDANGAN": "360322",
    "CISAUK": "360323",
    "SUKAMULYA": "360327",
    "KELAPA DUA": "360328",
    "SINDANG JAYA": "360329",
    "SEPATAN TIMUR": "360330",
    "SOLEAR": "360331",
    "GUNUNG KALER": "360332",
    "MEKAR BARU": "360333",
    # neighbours, for referrals only
    "KOTA TANGERANG/CIPONDOH": "367105",
    "KOTA TANGERANG/PINANG": "367111",
    "KOTA TANGERANG/KARAWACI": "367107",
    "KOTA TANGERANG/CILEDUG": "367106",
    "TANGSEL/PONDOK AREN": "367403",
    "TANGSEL/PAMULANG": "367406",
    "TANGSEL/SERPONG": "367401",
    "TANGSEL/SETU": "367407",
}

_serials = itertools.cycle(range(9001, 9200))


def N(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    """A synthetic NIK registered in the kecamatan `kec`."""
    return make_nik(KEC[kec], date(y, m, d), female, next(_serials))


def K(kec: str, y: int, m: int, d: int) -> str:
    """A synthetic No. KK issued in the kecamatan `kec`."""
    return make_kk(KEC[kec], date(y, m, d), next(_serials))


def SKP(origin: str, y: int, m: int, d: int) -> str:
    """A synthetic SKPWNI number from another region (origin code + date + 9xxx serial)."""
    return make_kk(origin, date(y, m, d), next(_serials))


# number styles residents type
def sp4(n: str) -> str:
    return " ".join(n[i : i + 4] for i in range(0, 16, 4))


def dash4(n: str) -> str:
    return "-".join(n[i : i + 4] for i in range(0, 16, 4))


def dot4(n: str) -> str:
    return ".".join(n[i : i + 4] for i in range(0, 16, 4))


def sp664(n: str) -> str:
    return f"{n[:6]} {n[6:12]} {n[12:]}"


def dash664(n: str) -> str:
    return f"{n[:6]}-{n[6:12]}-{n[12:]}"


def dotreg(n: str) -> str:
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"


# canonical lines
def _check(line: str) -> str:
    v = parse(line)
    assert v.ok and v.canonical == line, (line, v.canonical, [e.code for e in v.errors])
    warnings = [getattr(w, "code", w) for w in getattr(v, "warnings", ())]
    assert not warnings, (line, warnings)
    return line


def L_KTP(nik, kk, nama, desa, kec, alasan):
    return _check(f"#KTP#{nik}#{kk}#{nama}#{desa}#{kec}#{alasan}#")


def L_KK(kk, kepala, desa, kec):
    return _check(f"#KK#{kk}#{kepala}#{desa}#{kec}")


def L_KIA(nik, kk, nama, desa, kec):
    return _check(f"#KIA#{nik}#{kk}#{nama}#{desa}#{kec}")


def L_SKPWNI(nik, kk, nama, alamat):
    return _check(f"#SKPWNI#{nik}#{kk}#{nama}#{alamat}")


def L_SKDWN(no, keperluan):
    return _check(f"#SKDWN#{no}#{keperluan}")


CONVS: dict[str, list[dict]] = defaultdict(list)


def add(category, persona, turns, expect, answers=None, missing=0, confirm=None):
    convs = CONVS[category]
    conv = {
        "id": f"{PREFIX}-{category.replace('_', '-')}-{len(convs) + 1:02d}",
        "category": category,
        "persona": persona,
        "turns": list(turns),
    }
    if answers:
        conv["answers"] = dict(answers)
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = missing
    conv["expect"] = expect
    convs.append(conv)


def line(x):
    return {"line": x}


def control(kind, **extra):
    return {"control": kind, **extra}


def facts(*groups):
    return {"facts": [list(g) for g in groups]}


FREE = ["gratis", "tidak dipungut", "tanpa biaya", "bebas biaya", "tidak ada biaya", "rp0", "rp 0"]
POLICE = ["polisi", "kepolisian", "polsek", "polres"]
KKWORD = ["kartu keluarga", "kk"]


# ------------------------------------------------------------------------------------------
def formal_one_message():
    c = "formal_one_message"
    n, k = N("TIGARAKSA", 1986, 3, 9), K("TIGARAKSA", 2013, 6, 21)
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nSaya yang bertanda tangan di bawah ini bermaksud mengajukan penggantian "
            "KTP elektronik karena hilang dalam perjalanan mudik. Adapun data saya sebagai berikut:\n"
            f"Nama : Dedi Kurniawan\nNIK : {n}\nNo. KK : {k}\nDesa Pasir Nangka, Kecamatan Tigaraksa\n"
            "Demikian permohonan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih.",
        ],
        line(L_KTP(n, k, "DEDI KURNIAWAN", "PASIR NANGKA", "TIGARAKSA", "HILANG")),
    )

    k = K("CURUG", 2011, 2, 14)
    add(
        c,
        "helper",
        [
            "Assalamualaikum wr. wb.\nDengan hormat, kami dari Pemerintah Desa Kadu Jaya Kecamatan Curug "
            "memohon bantuan cetak ulang Kartu Keluarga warga kami atas nama kepala keluarga Bapak Suryadi, "
            f"nomor KK {k}, karena KK lamanya sudah lusuh dan robek.\nAtas kerja samanya kami ucapkan terima kasih.\n"
            "Wassalamualaikum wr. wb.",
        ],
        line(L_KK(k, "SURYADI", "KADU JAYA", "CURUG")),
        answers={
            "nama_warga": "pak Suryadi itu warga kami",
            "telepon_warga": "hp beliau 0813 1120 4478",
        },
    )

    n, k = N("PASAR KEMIS", 2017, 8, 2, female=True), K("PASAR KEMIS", 2014, 1, 30)
    add(
        c,
        "resident",
        [
            "Yth. Bapak/Ibu Petugas Disdukcapil Kabupaten Tangerang\n\nDengan hormat, saya selaku orang tua "
            "bermaksud mengajukan pembuatan Kartu Identitas Anak untuk ananda Keisha Ramadhani. "
            f"NIK anak {n}, nomor Kartu Keluarga {k}, domisili Desa Sukamantri Kecamatan Pasar Kemis.\n\n"
            "Hormat saya.",
        ],
        line(L_KIA(n, k, "KEISHA RAMADHANI", "SUKAMANTRI", "PASAR KEMIS")),
    )

    n, k = N("LEGOK", 2009, 9, 24), K("LEGOK", 2008, 5, 5)
    add(
        c,
        "first_timer",
        [
            "Selamat siang Bapak/Ibu. Perkenalkan nama saya Fajar Nugraha, bulan September kemarin saya genap "
            "17 tahun dan ingin membuat KTP-el untuk pertama kalinya. NIK saya "
            + n
            + " dan nomor Kartu "
            "Keluarga "
            + k
            + ". Saya tinggal di Desa Rancagong Kecamatan Legok. Mohon arahannya, terima kasih.",
        ],
        line(L_KTP(n, k, "FAJAR NUGRAHA", "RANCAGONG", "LEGOK", "PEMULA")),
    )

    n, k = N("CIKUPA", 1984, 11, 3), K("CIKUPA", 2012, 9, 17)
    alamat = "JL. SUKAJADI NO. 14 RT 02 RW 07 KEL. PASTEUR KEC. SUKAJADI KOTA BANDUNG"
    add(
        c,
        "resident",
        [
            f"Dengan hormat, saya Hendra Gunawan (NIK {n}, No. KK {k}) bermaksud mengajukan Surat Keterangan "
            "Pindah WNI karena mutasi kerja. Alamat tujuan:\nJl. Sukajadi No. 14 RT 02 RW 07 Kel. Pasteur "
            "Kec. Sukajadi Kota Bandung\nTerima kasih atas bantuannya.",
        ],
        line(L_SKPWNI(n, k, "HENDRA GUNAWAN", alamat)),
    )

    n, k = N("PANONGAN", 1991, 4, 18, female=True), K("PANONGAN", 2016, 10, 8)
    add(
        c,
        "resident",
        [
            "Kepada Yth. Petugas Dukcapil\nPerihal: Permohonan cetak ulang KTP-el\n\nDengan hormat,\n"
            "KTP-el saya patah di bagian tengah sehingga chipnya tidak terbaca di bank. Data saya: "
            f"nama Ratna Sari Dewi, NIK {n}, No KK {k}, Desa Mekar Bakti Kec. Panongan.\n\nHormat saya,\nRatna",
        ],
        line(L_KTP(n, k, "RATNA SARI DEWI", "MEKAR BAKTI", "PANONGAN", "RUSAK")),
    )

    skp = SKP("320114", 2026, 11, 20)
    add(
        c,
        "helper",
        [
            "Dengan hormat, saya selaku Ketua RT 004 Desa Karet Kecamatan Sepatan menyampaikan permohonan "
            f"pendaftaran pindah datang untuk warga baru di lingkungan kami. Nomor SKPWNI dari daerah asal {skp}, "
            "keperluan ikut suami. Demikian, terima kasih.",
        ],
        line(L_SKDWN(skp, "IKUT SUAMI")),
        answers={
            "nama_warga": "wargnya bu Nining Kurniasih",
            "telepon_warga": "bisa dihubungi di 0857 7012 3391",
        },
    )

    k = K("RAJEG", 2010, 7, 26)
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nBersama ini saya, Abdul Rozak selaku kepala keluarga, mengajukan permohonan "
            "perubahan Kartu Keluarga karena penambahan anggota keluarga (kelahiran anak ketiga).\n"
            f"Nomor KK: {k}\nAlamat: Desa Jambu Karya, Kecamatan Rajeg\nDemikian, atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
        ],
        line(L_KK(k, "ABDUL ROZAK", "JAMBU KARYA", "RAJEG")),
    )


def dashed_numbers():
    c = "dashed_numbers"
    n, k = N("PASAR KEMIS", 1992, 7, 8, female=True), K("PASAR KEMIS", 2018, 5, 5)
    add(
        c,
        "resident",
        [
            f"ktp sy ilang kak.. nik {dash4(n)} kk {dash664(k)} nama Nurhayati ds kutabumi kec pasar kemis",
        ],
        line(L_KTP(n, k, "NURHAYATI", "KUTABUMI", "PASAR KEMIS", "HILANG")),
    )

    k = K("TELUKNAGA", 2012, 10, 10)
    add(
        c,
        "resident",
        [
            f"mau cetak ulang kk yg udh sobek, no kk: {dotreg(k)}, kepala keluarga Ujang Supriatna, desa Lemo Teluknaga",
        ],
        line(L_KK(k, "UJANG SUPRIATNA", "LEMO", "TELUKNAGA")),
    )

    n, k = N("SUKAMULYA", 2018, 3, 17, female=True), K("SUKAMULYA", 2017, 6, 3)
    add(
        c,
        "first_timer",
        [
            "halo, bikin kia buat anak gmn ya? ini nomer2nya",
            f"nik anak {sp4(n)}\nkk {sp4(k)}",
        ],
        line(L_KIA(n, k, "BILQIS AZZAHRA", "KALIASIN", "SUKAMULYA")),
        answers={
            "nama": "namanya Bilqis Azzahra kak",
            "desa": "kami di desa kaliasin",
            "kecamatan": "kec sukamulya bun",
        },
        missing=3,
    )

    n, k = N("KELAPA DUA", 1990, 5, 15), K("KELAPA DUA", 2011, 2, 2)
    add(
        c,
        "resident",
        [
            f"ktp rusak kena air kemaren, nik {dot4(n)} no kk {dot4(k)} an Rudi Hartono, Bencongan Indah, Kelapa Dua",
        ],
        line(L_KTP(n, k, "RUDI HARTONO", "BENCONGAN INDAH", "KELAPA DUA", "RUSAK")),
    )

    n, k = N("CURUG", 1988, 3, 15, female=True), K("CURUG", 2016, 1, 20)
    alamat = "KP. BABAKAN RT 01 RW 03 DESA CIBODAS KEC. CIKALONG KAB. CIANJUR"
    add(
        c,
        "helper",
        [
            "sy staf desa cukanggalih mau bantu warga bikin surat pindah keluar",
            f"NIK: {dash664(n)} / KK: {dash664(k)}, a.n. Eli Rohaeli, pindah ke Kp. Babakan RT 01 RW 03 Desa Cibodas Kec. Cikalong Kab. Cianjur",
        ],
        line(L_SKPWNI(n, k, "ELI ROHAELI", alamat)),
        answers={
            "nama_warga": "ibu Eli Rohaeli yg mau pindah",
            "telepon_warga": "no wa nya 0896-1234-7781",
        },
    )

    n, k = N("PANONGAN", 1985, 1, 23), K("PANONGAN", 2010, 8, 14)
    add(
        c,
        "resident",
        [
            f"KTP ilang pas banjir kmrn\nNIK {sp664(n)}\nNo KK {dash4(k)}\nAgus Salim\nPeusar, Panongan",
        ],
        line(L_KTP(n, k, "AGUS SALIM", "PEUSAR", "PANONGAN", "HILANG")),
    )

    k = K("SEPATAN TIMUR", 2020, 3, 11)
    spaced = f"{k[0:2]} {k[2:4]} {k[4:6]} {k[6:12]} {k[12:]}"
    add(
        c,
        "resident",
        [
            f"min kk sy rusak sobek dimakan tikus, nomernya {spaced}, a/n kepala kel. Saepudin, ds. Gempol Sari kec. Sepatan Timur",
        ],
        line(L_KK(k, "SAEPUDIN", "GEMPOL SARI", "SEPATAN TIMUR")),
    )

    n, k = N("BALARAJA", 2009, 7, 12), K("BALARAJA", 2010, 4, 30)
    add(
        c,
        "first_timer",
        [
            f"sy baru 17 th mau bikin ktp pertama kali. nik {dash4(n)} kk {dash4(k)}",
        ],
        line(L_KTP(n, k, "PUTRA ANGGARA", "SENTUL JAYA", "BALARAJA", "PEMULA")),
        answers={
            "nama": "sy Putra Anggara",
            "desa": "sentul jaya kak",
            "kecamatan": "kecamatan nya balaraja",
        },
        missing=3,
    )


def name_introduced():
    c = "name_introduced"
    n, k = N("TIGARAKSA", 1994, 12, 1, female=True), K("TIGARAKSA", 2019, 3, 3)
    add(
        c,
        "resident",
        [
            f"Halo kak, saya Lestari dari desa Cisereh kec Tigaraksa, ktp sy hilang di angkot. nik {n} kk {k}",
        ],
        line(L_KTP(n, k, "LESTARI", "CISEREH", "TIGARAKSA", "HILANG")),
    )

    k = K("TIGARAKSA", 2014, 8, 19)
    add(
        c,
        "resident",
        [
            f"perkenalkan sy Yusuf Maulana, kepala keluarganya. mau urus kk yg rusak ya, no kk {k} ds kadu agung tigaraksa",
        ],
        line(L_KK(k, "YUSUF MAULANA", "KADU AGUNG", "TIGARAKSA")),
    )

    n, k = N("GUNUNG KALER", 1979, 6, 6, female=True), K("GUNUNG KALER", 2009, 11, 11)
    add(
        c,
        "resident",
        [
            "Nama saya Imas Masitoh ya bu, ktp saya retak kelindes motor",
            f"{n}\n{k}",
        ],
        line(L_KTP(n, k, "IMAS MASITOH", "RANCAGEDE", "GUNUNG KALER", "RUSAK")),
        answers={"desa": "ds rancagede bu", "kecamatan": "di gunung kaler"},
        missing=2,
    )

    n, k = N("KOSAMBI", 1976, 2, 28), K("KOSAMBI", 2008, 9, 9)
    add(
        c,
        "resident",
        [
            "ini sy Tarmizi dr kosambi barat kec kosambi. mau ganti ktp, yg lama ilang",
        ],
        line(L_KTP(n, k, "TARMIZI", "KOSAMBI BARAT", "KOSAMBI", "HILANG")),
        answers={"nik": f"nik {sp4(n)}", "no_kk": f"kk nya {k}"},
        missing=2,
    )

    n, k = N("KELAPA DUA", 1997, 10, 30), K("KELAPA DUA", 2021, 7, 7)
    add(
        c,
        "resident",
        [
            f"gw Bayu, Bayu Saputra lengkapnya. ktp gw patah min, nik {n} kk {k}, tinggal di curug sangereng kelapa dua",
        ],
        line(L_KTP(n, k, "BAYU SAPUTRA", "CURUG SANGERENG", "KELAPA DUA", "RUSAK")),
    )

    n, k = N("PAKUHAJI", 1993, 5, 9, female=True), K("PAKUHAJI", 2018, 12, 12)
    alamat = "PERUM TAMAN BANTEN LESTARI BLOK B5 NO 9 KEL. UNYUR KEC. SERANG KOTA SERANG"
    add(
        c,
        "resident",
        [
            f"assalamualaikum, saya Maria Ulfa mau minta surat pindah keluar, pindah ke Kota Serang. nik {n} kk {k}",
        ],
        line(L_SKPWNI(n, k, "MARIA ULFA", alamat)),
        answers={
            "alamat_pindah": "Perum Taman Banten Lestari Blok B5 No 9 Kel. Unyur Kec. Serang Kota Serang"
        },
        missing=1,
    )

    k = K("KRONJO", 2007, 4, 4)
    add(
        c,
        "first_timer",
        [
            "assalamualaikum, sy Komarudin. gak ngerti caranya, kk sy ilang pas pindahan rumah, kepala keluarganya sy sendiri",
        ],
        line(L_KK(k, "KOMARUDIN", "PAGENJAHAN", "KRONJO")),
        answers={
            "no_kk": f"no kk {sp664(k)}",
            "desa": "desanya Pagenjahan",
            "kecamatan": "kec Kronjo pak",
        },
        missing=3,
    )

    n, k = N("SOLEAR", 1989, 8, 21, female=True), K("SOLEAR", 2015, 5, 25)
    add(
        c,
        "resident",
        [
            f"dengan saya Wahyuni kak, mau daftar ktp hilang ya. {n} / {k}. alamat ds cikuya kec solear",
        ],
        line(L_KTP(n, k, "WAHYUNI", "CIKUYA", "SOLEAR", "HILANG")),
    )


def half_remembered_format():
    c = "half_remembered_format"
    n, k = N("TIGARAKSA", 1983, 9, 13), K("TIGARAKSA", 2012, 1, 16)
    add(
        c,
        "resident",
        [f"#ktp {n} {k} Hilang Rohman ds pete kec tigaraksa"],
        line(L_KTP(n, k, "ROHMAN", "PETE", "TIGARAKSA", "HILANG")),
    )

    k = K("SOLEAR", 2013, 3, 27)
    add(
        c,
        "resident",
        [f"KK#{k}#Jaenudin#Cikasungka Solear"],
        line(L_KK(k, "JAENUDIN", "CIKASUNGKA", "SOLEAR")),
    )

    n, k = N("SINDANG JAYA", 2016, 2, 10, female=True), K("SINDANG JAYA", 2015, 9, 1)
    add(
        c,
        "resident",
        [f"#KIA#{n}#{k}#Alya Putri#Sindangsono"],
        line(L_KIA(n, k, "ALYA PUTRI", "SINDANGSONO", "SINDANG JAYA")),
        answers={"kecamatan": "lupa nulis, kecamatannya sindang jaya"},
        missing=1,
    )

    n, k = N("PANONGAN", 1980, 12, 19, female=True), K("PANONGAN", 2006, 6, 6)
    add(
        c,
        "resident",
        [f"#KTP-EL/{n}/{k}/Sri Mulyani/Ranca Iyuh/Panongan/rusak"],
        line(L_KTP(n, k, "SRI MULYANI", "RANCA IYUH", "PANONGAN", "RUSAK")),
    )

    n, k = N("CISAUK", 1995, 1, 5), K("CISAUK", 2020, 2, 20)
    add(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#Dimas Prasetyo"],
        line(
            L_SKPWNI(n, k, "DIMAS PRASETYO", "JL. KALIURANG KM 7 GG. MELATI NO 3 SLEMAN YOGYAKARTA")
        ),
        answers={"alamat_pindah": "Jl. Kaliurang Km 7 Gg. Melati No 3 Sleman Yogyakarta"},
        missing=1,
    )

    n, k = N("CIKUPA", 1987, 4, 2), K("CIKUPA", 2014, 10, 29)
    add(
        c,
        "resident",
        [f"# KTP # {n} # {k} # Bambang Irawan # Pasir Gadung # Cikupa #"],
        line(L_KTP(n, k, "BAMBANG IRAWAN", "PASIR GADUNG", "CIKUPA", "HILANG")),
        answers={"alasan": "ilang dicopet di pasar"},
        missing=1,
    )

    n, k = N("PASAR KEMIS", 2009, 3, 3, female=True), K("PASAR KEMIS", 2009, 5, 18)
    add(
        c,
        "first_timer",
        [
            "format nya gmn sih lupa.. pokoknya KTP pagar nik pagar kk gitu kan",
            f"KTP {n} {k} Oktaviani Gelam Jaya Pasar Kemis pemula",
        ],
        line(L_KTP(n, k, "OKTAVIANI", "GELAM JAYA", "PASAR KEMIS", "PEMULA")),
    )

    skp = SKP("327504", 2026, 10, 5)
    add(c, "resident", [f"#SKDWN {skp} bekerja"], line(L_SKDWN(skp, "BEKERJA")))


def restate_known_value():
    c = "restate_known_value"
    n, k = N("MAUK", 1982, 8, 8), K("MAUK", 2011, 11, 1)
    add(
        c,
        "resident",
        [
            f"mau urus ktp hilang nik {n}",
            f"nik saya {sp4(n)} ya kak, trs kk {k}",
        ],
        line(L_KTP(n, k, "SUHENDRA", "SASAK", "MAUK", "HILANG")),
        answers={
            "nama": "nama sy Suhendra",
            "desa": "desa sasak kak",
            "kecamatan": "mauk kecamatannya",
        },
        missing=3,
    )

    k = K("PANONGAN", 2012, 4, 4)
    add(
        c,
        "resident",
        [
            f"kk rusak, no {k}, kepala keluarga Sutisna, ds Ciakar kec Panongan",
            "oh iya itu desa ciakar ya, panongan. udh bener",
        ],
        line(L_KK(k, "SUTISNA", "CIAKAR", "PANONGAN")),
    )

    n, k = N("SUKADIRI", 1990, 2, 14, female=True), K("SUKADIRI", 2015, 7, 9)
    add(
        c,
        "resident",
        [
            f"ktp sy hilang kak, nama Mulyati nik {n} kk {k} kecamatan sukadiri",
        ],
        line(L_KTP(n, k, "MULYATI", "BUARAN JATI", "SUKADIRI", "HILANG")),
        answers={"desa": "desanya Buaran Jati, kecamatan tetep sukadiri"},
        missing=1,
    )

    n, k = N("SUKADIRI", 2019, 10, 22), K("SUKADIRI", 2013, 8, 30)
    add(
        c,
        "resident",
        [
            f"bikin kia buat Rafa Aditya nik {n} kk {k}",
            "sekali lagi ya min, nama anaknya Rafa Aditya, tinggalnya di desa karang serang kecamatan sukadiri",
        ],
        line(L_KIA(n, k, "RAFA ADITYA", "KARANG SERANG", "SUKADIRI")),
    )

    n, k = N("CISOKA", 1996, 6, 16), K("CISOKA", 2022, 1, 14)
    alamat = "JL. RAYA SAWANGAN NO. 21 RT 03 RW 02 KEL. PANCORAN MAS KEC. PANCORAN MAS KOTA DEPOK"
    add(
        c,
        "resident",
        [
            f"{n} {k} Ahmad Fauzi mau pindah ke Depok",
        ],
        line(L_SKPWNI(n, k, "AHMAD FAUZI", alamat)),
        answers={
            "alamat_pindah": "iya ke Depok, Jl. Raya Sawangan No. 21 RT 03 RW 02 Kel. Pancoran Mas Kec. Pancoran Mas Kota Depok"
        },
        missing=1,
    )

    n, k = N("PAGEDANGAN", 1998, 9, 4, female=True), K("PAGEDANGAN", 2023, 2, 6)
    add(
        c,
        "resident",
        [
            "Ktp saya rusak, saya Rosita, ds Jatake kec Pagedangan",
            f"NIK {n} KK {k}, Rosita ya namanya, desa Jatake",
        ],
        line(L_KTP(n, k, "ROSITA", "JATAKE", "PAGEDANGAN", "RUSAK")),
    )

    k = K("MAUK", 2005, 12, 5)
    add(
        c,
        "helper",
        [
            f"bantu warga sy Pak Karta, kk nya ilang, no {k}, desa Tanjung Anom Mauk",
            "iya pak Karta itu kepala keluarganya, Tanjung Anom kec Mauk",
        ],
        line(L_KK(k, "KARTA", "TANJUNG ANOM", "MAUK")),
        answers={"nama_warga": "wargnya pak Karta", "telepon_warga": "hp pak karta 0821 3345 0912"},
    )

    n, k = N("KEMIRI", 2009, 1, 29), K("KEMIRI", 2008, 3, 12)
    add(
        c,
        "first_timer",
        [f"daftar ktp pemula, nik {n}"],
        line(L_KTP(n, k, "RIZAL FAHMI", "LONTAR", "KEMIRI", "PEMULA")),
        answers={
            "no_kk": f"{k} (nik nya tetep yg tadi {n})",
            "nama": "Rizal Fahmi nama sy",
            "desa": "desa Lontar",
            "kecamatan": "Kemiri, kab tangerang",
        },
        missing=4,
    )


def name_with_relation():
    c = "name_with_relation"
    n, k = N("CISOKA", 2020, 4, 27), K("CISOKA", 2016, 3, 8)
    add(
        c,
        "resident",
        [
            f"mau bikin KIA buat anak saya yg kedua namanya Zaki Alfarizi, nik {n} kk {k}, desa bojong loa kec cisoka",
        ],
        line(L_KIA(n, k, "ZAKI ALFARIZI", "BOJONG LOA", "CISOKA")),
    )

    n, k = N("CISOKA", 1988, 11, 9, female=True), K("CISOKA", 2012, 6, 30)
    add(
        c,
        "resident",
        [
            f"ktp istri sy ilang di kereta, namanya Yuyun Yuningsih, nik {n} kk {k}, ds caringin cisoka",
        ],
        line(L_KTP(n, k, "YUYUN YUNINGSIH", "CARINGIN", "CISOKA", "HILANG")),
    )

    k = K("PAKUHAJI", 2004, 10, 15)
    add(
        c,
        "resident",
        [
            f"kk atas nama bapak sy, Mahmud Sidik, ilang waktu pindahan. no kk {k}. Ds Rawa Boni kec Pakuhaji",
        ],
        line(L_KK(k, "MAHMUD SIDIK", "RAWA BONI", "PAKUHAJI")),
    )

    n, k = N("KRESEK", 1999, 7, 19, female=True), K("KRESEK", 2017, 8, 8)
    alamat = "LINK. CIWEDUS RT 02 RW 05 KEL. CIBEBER KEC. CIBEBER KOTA CILEGON"
    add(
        c,
        "helper",
        [
            f"adik sy Rina Marlina mau pindah ikut suaminya ke Cilegon, sy yg bantu urus. nik {n} kk {k}",
            "alamat barunya Link. Ciwedus RT 02 RW 05 Kel. Cibeber Kec. Cibeber Kota Cilegon",
        ],
        line(L_SKPWNI(n, k, "RINA MARLINA", alamat)),
        answers={
            "nama_warga": "adik sy itu, Rina Marlina",
            "telepon_warga": "nomer rina 0877 8123 5540",
        },
    )

    n, k = N("PAKUHAJI", 2009, 5, 30), K("PAKUHAJI", 2007, 2, 2)
    add(
        c,
        "resident",
        [
            f"anak laki2 sy Galih Pratama udh 17 thn mau bikin ktp pertama, nik {n} kk {k}, kampungnya di desa sukawali kec pakuhaji",
        ],
        line(L_KTP(n, k, "GALIH PRATAMA", "SUKAWALI", "PAKUHAJI", "PEMULA")),
    )

    n, k = N("JAMBE", 2001, 3, 25, female=True), K("JAMBE", 2019, 9, 19)
    add(
        c,
        "helper",
        [
            "ponakan saya namanya Dewi Sartika minta dibantu, ktp nya kelipat sampe patah",
            f"{sp4(n)} ini nik dia, kk {sp4(k)}, desa Tipar Raya kecamatan Jambe",
        ],
        line(L_KTP(n, k, "DEWI SARTIKA", "TIPAR RAYA", "JAMBE", "RUSAK")),
        answers={
            "nama_warga": "si Dewi Sartika ponakan sy",
            "telepon_warga": "0812-9900-1276 no dewi",
        },
    )

    n, k = N("BALARAJA", 2014, 12, 24, female=True), K("BALARAJA", 2013, 5, 6)
    add(
        c,
        "resident",
        [
            f"cucu sy Nayla Khairunnisa mau dibikinin kartu anak, orang tuanya lagi kerja di luar. nik {n} kk {k}",
        ],
        line(L_KIA(n, k, "NAYLA KHAIRUNNISA", "TALAGASARI", "BALARAJA")),
        answers={"desa": "rumahnya di talagasari", "kecamatan": "kec balaraja bund"},
        missing=2,
    )

    k = K("MAUK", 2011, 1, 12)
    add(
        c,
        "resident",
        [
            f"mau cetak kk lagi, yg lama kebakar. suami saya Pak Ade Irawan kepala keluarganya. no kk {k}, mauk barat",
        ],
        line(L_KK(k, "ADE IRAWAN", "MAUK BARAT", "MAUK")),
        answers={"kecamatan": "itu masuk kecamatan mauk"},
        missing=1,
    )


def surat_pindah():
    c = "surat_pindah"
    n, k = N("CIKUPA", 1990, 10, 10), K("CIKUPA", 2017, 4, 14)
    alamat = "JL. MERDEKA NO. 45 RT 01 RW 04 KEL. SUMUR BATU KEC. BANTAR GEBANG KOTA BEKASI"
    add(
        c,
        "resident",
        ["mau bikin surat pindah keluar dong"],
        line(L_SKPWNI(n, k, "FIRMANSYAH", alamat)),
        answers={
            "nik": n,
            "no_kk": sp4(k),
            "nama": "a.n. Firmansyah",
            "alamat_pindah": "Jl. Merdeka No. 45 RT 01 RW 04 Kel. Sumur Batu Kec. Bantar Gebang Kota Bekasi",
        },
        missing=4,
    )

    skp = SKP("327507", 2026, 11, 2)
    add(
        c,
        "resident",
        [
            f"baru dateng dari Bekasi, udh pegang skpwni no {skp}. mau daftar pindah datang, keperluan bekerja",
        ],
        line(L_SKDWN(skp, "BEKERJA")),
    )

    n, k = N("SEPATAN", 1978, 5, 1), K("SEPATAN", 2003, 7, 7)
    alamat = "DESA SIDOMULYO KEC. GADING REJO KAB. PRINGSEWU LAMPUNG"
    add(
        c,
        "first_timer",
        [
            "surat pindah ke luar kota itu gimana ya caranya? sy sekeluarga mau balik kampung ke Lampung",
            f"nik sy {n}, kk {k}, nama Sunardi",
        ],
        line(L_SKPWNI(n, k, "SUNARDI", alamat)),
        answers={"alamat_pindah": "Desa Sidomulyo Kec. Gading Rejo Kab. Pringsewu Lampung"},
        missing=1,
    )

    skp = SKP("320105", 2026, 10, 28)
    add(
        c,
        "resident",
        [
            f"SKPWNI nya nomor {skp}, mau pindah datang ke kab tangerang ikut orang tua",
        ],
        line(L_SKDWN(skp, "IKUT ORANG TUA")),
    )

    n, k = N("RAJEG", 1994, 8, 12, female=True), K("RAJEG", 2020, 10, 1)
    alamat = "DUSUN KRAJAN RT 003 RW 001 DESA KARANGREJO KEC. KARANGREJO KAB. MAGETAN"
    add(
        c,
        "helper",
        [
            "sore pak, sy RT 03 ds Sukamanah Rajeg. ada warga mau pindah keluar ke Magetan ikut suami",
            f"datanya: Suwarni, NIK {dash4(n)}, KK {dash4(k)}. alamat tujuan Dusun Krajan RT 003 RW 001 Desa Karangrejo Kec. Karangrejo Kab. Magetan",
        ],
        line(L_SKPWNI(n, k, "SUWARNI", alamat)),
        answers={
            "nama_warga": "bu Suwarni warga RT 03",
            "telepon_warga": "hp bu suwarni 0838 1100 2299",
        },
    )

    skp = SKP("367302", 2026, 11, 16)
    add(
        c,
        "resident",
        ["mau lapor udah pindah ke sini dari Serang"],
        line(L_SKDWN(skp, "PINDAH TUGAS")),
        answers={"no_skpwni": f"ini no skpwni nya {skp}", "keperluan": "keperluannya pindah tugas"},
        missing=2,
    )

    n, k = N("KELAPA DUA", 1992, 12, 12), K("KELAPA DUA", 2019, 11, 30)
    alamat = "JL. AHMAD YANI NO. 88 RT 05 RW 02 KEL. SIDOKARE KEC. SIDOARJO KAB. SIDOARJO"
    add(
        c,
        "resident",
        [
            f"min sy Yoga Pratama, kerja sy dimutasi ke Sidoarjo. tolong buatkan skpwni ya. nik {n} kk {k}. "
            "alamat nanti: Jl. Ahmad Yani No. 88 RT 05 RW 02 Kel. Sidokare Kec. Sidoarjo Kab. Sidoarjo",
        ],
        line(L_SKPWNI(n, k, "YOGA PRATAMA", alamat)),
    )

    skp = SKP("317404", 2026, 9, 30)
    add(
        c,
        "resident",
        [
            "pindah datang kak, dari jakarta timur.",
            f"No. SKPWNI {skp}, keperluannya melanjutkan pendidikan",
        ],
        line(L_SKDWN(skp, "MELANJUTKAN PENDIDIKAN")),
    )

    n, k = N("SINDANG JAYA", 1985, 6, 26, female=True), K("SINDANG JAYA", 2010, 12, 3)
    alamat = "JL. PEMUDA NO. 17 RT 04 RW 06 KEL. PANDEAN LAMPER KEC. GAYAMSARI KOTA SEMARANG"
    add(
        c,
        "resident",
        [
            f"surat pindah keluar buat Endang Susilowati, nik {n} kk {k}",
        ],
        line(L_SKPWNI(n, k, "ENDANG SUSILOWATI", alamat)),
        answers={
            "alamat_pindah": "Jl. Pemuda No. 17 RT 04 RW 06 Kel. Pandean Lamper Kec. Gayamsari Kota Semarang"
        },
        missing=1,
    )


def question_not_form():
    c = "question_not_form"
    add(
        c,
        "resident",
        [
            "ktp sy ilang, itu harus ada surat dr polisi gak sih? ribet amat klo harus ke polsek dulu",
        ],
        facts(POLICE),
    )

    add(
        c,
        "first_timer",
        [
            "min kalo mau bikin kk baru bayar brp ya? tetangga sy bilang 50rb",
        ],
        facts(FREE),
    )

    stranger = N("CURUG", 1977, 4, 15)
    add(
        c,
        "resident",
        [
            f"nemu dompet di jalan isinya cuma fotokopi ktp, nik {sp4(stranger)}. ini punya siapa ya min biar sy balikin",
        ],
        control("no_nik_lookup"),
    )

    add(
        c,
        "resident",
        [
            "kemarin sy udh daftar ktp rusak lewat sini, kira2 kapan disetujui ya kak? besok bisa diambil?",
        ],
        control("no_approval"),
    )

    add(
        c,
        "resident",
        [
            "bisa tolong di-acc langsung gak kak pengajuan kk sy, buru2 buat daftar sekolah anak minggu depan",
        ],
        control("no_approval"),
    )

    add(
        c,
        "first_timer",
        [
            "mau nanya dulu, kia buat anak umur 3 th syaratnya apa aja ya bun?",
        ],
        facts(["akta kelahiran", "akte kelahiran", "akta lahir", "kutipan akta"], KKWORD),
    )

    n, k = N("SEPATAN", 1981, 9, 9), K("SEPATAN", 2008, 1, 1)
    add(
        c,
        "resident",
        [
            "kalo ktp rusak harus bawa ktp lamanya ga? sekalian sy ajuin ya",
            f"nik {n} kk {k} nama Heri Setiawan ds Pondok Jaya kec Sepatan",
        ],
        line(L_KTP(n, k, "HERI SETIAWAN", "PONDOK JAYA", "SEPATAN", "RUSAK")),
    )

    wife = N("JAYANTI", 1993, 2, 2, female=True)
    add(
        c,
        "resident",
        [
            f"tolong cekin dong nik istri sy {wife} udah masuk ke kk baru belum, namanya siapa yg kedaftar disitu",
        ],
        control("no_nik_lookup"),
    )


def topic_coverage():
    c = "topic_coverage"
    add(
        c,
        "resident",
        [
            "kak klo ktp ilang syarat ngurusnya apa aja? perlu surat kehilangan gak",
        ],
        facts(POLICE),
    )

    add(
        c,
        "resident",
        [
            "bener ga sih bikin ktp itu gratis? td ada calo nawarin 100rb biar cepet",
        ],
        facts(FREE),
    )

    add(
        c,
        "first_timer",
        [
            "anak sy bulan depan umur 17, mau bikin ktp pertama kali perlu bawa apa aja? harus dateng sendiri ga?",
        ],
        facts(
            ["17"],
            KKWORD,
            ["rekam", "perekaman", "biometrik", "sidik jari", "foto", "datang langsung", "hadir"],
        ),
    )

    add(
        c,
        "resident",
        [
            "syarat kia buat anak yg udah umur 7 tahun apa aja bun? pake foto gak",
        ],
        facts(
            ["foto"],
            ["2x3", "2 x 3", "2×3", "2 × 3"],
            ["akta kelahiran", "akte kelahiran", "akta lahir", "kutipan akta"],
        ),
    )

    add(
        c,
        "resident",
        [
            "baru nikah bulan kemarin, mau bikin kk sendiri pisah dr ortu. syaratnya apa ya",
        ],
        facts(
            [
                "buku nikah",
                "akta perkawinan",
                "akta nikah",
                "kutipan akta perkawinan",
                "surat nikah",
            ]
        ),
    )

    add(
        c,
        "resident",
        [
            "urus surat pindah keluar kabupaten perlu pengantar rt rw gak? bawa apa aja",
        ],
        facts(
            KKWORD,
            ["tidak perlu", "tidak diperlukan", "tidak wajib", "tanpa", "tidak lagi", "tidak usah"],
        ),
    )

    add(
        c,
        "first_timer",
        [
            "sy pendatang dari Brebes, ngekos di Cikupa. kalo mau pindah datang syaratnya apa? kan rumahnya bukan punya sy",
        ],
        facts(
            ["skpwni", "surat keterangan pindah", "skp"],
            ["pemilik", "tidak keberatan", "yang punya rumah", "pernyataan"],
        ),
    )

    add(
        c,
        "resident",
        [
            "ktp digital ikd itu gimana cara aktifinnya? butuh apa aja",
        ],
        facts(
            ["smartphone", "hp", "ponsel", "handphone", "telepon pintar"],
            ["email", "e-mail", "surel"],
        ),
    )

    add(
        c,
        "resident",
        [
            "kalo cuma pindah rumah dari cikupa ke balaraja masih sama2 kab tangerang, perlu skpwni gak?",
        ],
        facts(
            [
                "tidak perlu",
                "tidak memerlukan",
                "tidak diperlukan",
                "tidak butuh",
                "tidak usah",
                "tanpa skpwni",
                "tidak wajib",
            ]
        ),
    )

    add(
        c,
        "resident",
        [
            "kk sy ilang entah kemana, ngurus baru nya butuh apa aja min",
        ],
        facts(POLICE, ["ktp", "ktp-el", "ktp el"]),
    )


def referral_by_place():
    c = "referral_by_place"
    add(
        c,
        "resident",
        [
            "mau bikin ktp yg ilang, sy tinggal di Kel. Poris Plawad Kec. Cipondoh",
        ],
        control("referral", referral_to="Kota Tangerang"),
    )

    add(
        c,
        "resident",
        [
            "kk sy rusak kak, alamat di pondok aren tangsel, bisa diurus disini?",
        ],
        control("referral", referral_to="Kota Tangerang Selatan"),
    )

    n, k = N("KOTA TANGERANG/KARAWACI", 2019, 5, 5), K("KOTA TANGERANG/KARAWACI", 2014, 4, 4)
    add(
        c,
        "resident",
        [
            f"KIA anak sy ya min, nik {n} kk {k}, nama Aqila, rumahnya di Cimone Jaya kec Karawaci",
        ],
        control("referral", referral_to="Kota Tangerang"),
    )

    add(
        c,
        "resident",
        [
            "sy warga Pamulang mau urus surat pindah ke Bogor, daftarnya lewat sini bisa?",
        ],
        control("referral", referral_to="Kota Tangerang Selatan"),
    )

    n, k = N("KOTA TANGERANG/PINANG", 1985, 1, 23), K("KOTA TANGERANG/PINANG", 2010, 8, 14)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#AGUS#PANUNGGANGAN#PINANG#HILANG#"],
        control("referral", referral_to="Kota Tangerang"),
    )

    add(
        c,
        "helper",
        [
            "selamat pagi, sy staf kelurahan Cilenggang Serpong, mau bantu warga bikin kk baru",
        ],
        control("referral", referral_to="Kota Tangerang Selatan"),
        answers={"nama_warga": "warganya pak Hasanudin", "telepon_warga": "hp nya 0815 1900 3322"},
    )

    add(
        c,
        "first_timer",
        [
            "halo sy tinggal di Ciledug, mau bikin ktp pertama kali. caranya gmn",
        ],
        control("referral", referral_to="Kota Tangerang"),
    )

    add(
        c,
        "resident",
        [
            "ktp sy patah, rumah di kelurahan bakti jaya kecamatan setu. urusnya kemana ya",
        ],
        control("referral", referral_to="Kota Tangerang Selatan"),
    )


def complaint_followup():
    c = "complaint_followup"
    add(
        c,
        "resident",
        [
            "udah 3 minggu ktp sy blm jadi juga, katanya cuma sehari. gimana sih pelayanannya, sy mau komplain",
        ],
        control("handoff"),
    )

    add(
        c,
        "resident",
        [
            "sy dimintain 150rb sama oknum di kantor kecamatan katanya biar kk cepet jadi. sy mau lapor ini",
        ],
        control("handoff"),
    )

    add(
        c,
        "resident",
        [
            "tiket KTP-8XK2PQ sy statusnya perlu perbaikan terus, udh sy benerin 2x. tolong sambungin ke petugas aja",
        ],
        control("handoff"),
    )

    add(
        c,
        "resident",
        [
            "mau ngadu, kk yg baru dicetak tgl lahir anak sy salah, padahal pas ngajuin udh bener. ini gmn tanggung jawabnya",
        ],
        control("handoff"),
    )

    add(
        c,
        "resident",
        [
            "petugas di loket kemarin jutek bgt, sy nanya baik2 malah dibentak. sy mau sampaikan keluhan",
        ],
        control("handoff"),
    )

    add(
        c,
        "resident",
        [
            "KIA anak sy dicetak namanya salah huruf, harusnya Azka malah jadi Aska. minta tolong dihubungkan ke petugas",
        ],
        control("handoff"),
    )

    add(
        c,
        "first_timer",
        [
            "sy kecewa, udh jauh2 dari Kronjo ke Tigaraksa ternyata blangko habis. tolong ditindaklanjuti ya pak",
        ],
        control("handoff"),
    )

    add(
        c,
        "resident",
        [
            "pengajuan kk sy kmrn katanya ditolak, padahal syarat udh lengkap semua. tolong dong di acc aja min",
        ],
        control("no_approval"),
    )


def helper_mode():
    c = "helper_mode"
    n, k = N("JAYANTI", 1972, 10, 17), K("JAYANTI", 2002, 3, 13)
    add(
        c,
        "helper",
        [
            "sy operator desa Pangkat kec Jayanti, mau input ktp hilang warga kami",
            f"NIK {n}\nKK {k}\nnama Rasdi",
        ],
        line(L_KTP(n, k, "RASDI", "PANGKAT", "JAYANTI", "HILANG")),
        answers={
            "nama_warga": "pak Rasdi warga kami",
            "telepon_warga": "no hp pak rasdi 0819 2233 1100",
            "desa": "ds pangkat juga",
            "kecamatan": "kec jayanti",
        },
    )

    n, k = N("SEPATAN TIMUR", 2021, 7, 1), K("SEPATAN TIMUR", 2021, 1, 5)
    add(
        c,
        "helper",
        [
            f"pak RT sini, bantu warga bikin KIA anaknya. namanya Arkan Maulana nik {n} kk {k} ds Lebak Wangi kec Sepatan Timur",
        ],
        line(L_KIA(n, k, "ARKAN MAULANA", "LEBAK WANGI", "SEPATAN TIMUR")),
        answers={
            "nama_warga": "Bu Siti, ibunya Arkan",
            "telepon_warga": "hp bu siti 0858 6677 1234",
        },
    )

    n, k = N("KRESEK", 2017, 11, 11, female=True), K("KRESEK", 2016, 2, 29)
    add(
        c,
        "helper",
        [
            "assalamualaikum, sy kader posyandu ds Renged Kresek. ada ibu2 minta tolong didaftarin kia anaknya",
            f"anak: Zahra Aulia\nnik: {sp664(n)}\nkk: {sp664(k)}",
        ],
        line(L_KIA(n, k, "ZAHRA AULIA", "RENGED", "KRESEK")),
        answers={
            "nama_warga": "ibunya, Ibu Nurlela",
            "telepon_warga": "wa ibu nurlela 0831-4455-6677",
        },
    )

    k = K("MEKAR BARU", 2013, 9, 23)
    add(
        c,
        "helper",
        [
            f"dari kantor kecamatan Mekar Baru, mohon dibantu cetak ulang KK a.n. Jumadi, no KK {k}, desa Waliwis. terima kasih",
        ],
        line(L_KK(k, "JUMADI", "WALIWIS", "MEKAR BARU")),
        answers={
            "nama_warga": "yang bersangkutan Bapak Jumadi",
            "telepon_warga": "telp bapak jumadi 0812 0011 7788",
        },
    )

    n, k = N("CISAUK", 2000, 1, 13, female=True), K("CISAUK", 2012, 12, 21)
    add(
        c,
        "helper",
        [
            "sy kakaknya, mau daftarin ktp adik sy yg rusak, dia lagi kerja shift jadi gak sempet",
            f"nama Anisa Rahmawati, nik {n}, kk {k}, ds Suradita kec Cisauk",
        ],
        line(L_KTP(n, k, "ANISA RAHMAWATI", "SURADITA", "CISAUK", "RUSAK")),
        answers={
            "nama_warga": "adik sy Anisa Rahmawati",
            "telepon_warga": "no anisa 0878 5566 4433",
        },
    )

    n, k = N("GUNUNG KALER", 1969, 4, 4), K("GUNUNG KALER", 2001, 6, 18)
    alamat = "KP. SUKARAME RT 01 RW 02 DESA SUKARAME KEC. CIBALIUNG KAB. PANDEGLANG"
    add(
        c,
        "helper",
        [
            f"Kami dari desa Kandawati membantu warga atas nama Saman (NIK {n}, KK {k}) mengajukan SKPWNI, "
            "pindah ke Kp. Sukarame RT 01 RW 02 Desa Sukarame Kec. Cibaliung Kab. Pandeglang",
        ],
        line(L_SKPWNI(n, k, "SAMAN", alamat)),
        answers={
            "nama_warga": "Bapak Saman warga Kandawati",
            "telepon_warga": "kontak pak saman 0852 1133 9090",
        },
    )

    k = K("KEMIRI", 2015, 3, 17)
    add(
        c,
        "helper",
        [f"warga an Sarmili ya pak, ini datanya:\n#KK#{k}#Sarmili#Klebet#Kemiri"],
        line(L_KK(k, "SARMILI", "KLEBET", "KEMIRI")),
        answers={
            "nama_warga": "pak Sarmili kepala keluarganya",
            "telepon_warga": "hp sarmili 0813 8899 0011",
        },
    )

    n, k = N("CURUG", 2009, 2, 20), K("CURUG", 2006, 10, 10)
    add(
        c,
        "helper",
        [
            "selamat siang, sy guru BK di SMA dekat Binong, mau bantu murid yg sudah 17 th bikin ktp pemula",
            f"nama Dafa Ramadhan, nik {dash4(n)}, kk {dash4(k)}, rumahnya di desa binong kec curug",
        ],
        line(L_KTP(n, k, "DAFA RAMADHAN", "BINONG", "CURUG", "PEMULA")),
        answers={"nama_warga": "murid sy Dafa Ramadhan", "telepon_warga": "hp dafa 0895 3322 1188"},
    )

    skp = SKP("330213", 2026, 11, 9)
    add(
        c,
        "helper",
        [
            f"sy staf desa Kedung Dalem Mauk, ada warga baru dari Banyumas bawa skpwni no {skp}. keperluan ikut keluarga",
        ],
        line(L_SKDWN(skp, "IKUT KELUARGA")),
        answers={
            "nama_warga": "warga barunya pak Tarsono",
            "telepon_warga": "hp pak tarsono 0823 4400 5511",
        },
    )


def desa_typo_with_kecamatan():
    c = "desa_typo_with_kecamatan"
    n, k = N("BALARAJA", 1986, 6, 1), K("BALARAJA", 2011, 5, 19)
    add(
        c,
        "resident",
        [
            f"ktp sy ilang nik {n} kk {k} nama Junaedi ds sukamurny kec balaraja",
        ],
        line(L_KTP(n, k, "JUNAEDI", "SUKAMURNI", "BALARAJA", "HILANG")),
    )

    k = K("CIKUPA", 2016, 8, 16)
    add(
        c,
        "resident",
        [
            f"kk rusak min, no {k} kepala keluarga Warsito, desa pasir gadug kec cikupa",
        ],
        line(L_KK(k, "WARSITO", "PASIR GADUNG", "CIKUPA")),
        answers={"saran_tempat": "iya betul itu desa sy"},
    )

    n, k = N("TELUKNAGA", 1975, 9, 30, female=True), K("TELUKNAGA", 2004, 4, 21)
    add(
        c,
        "resident",
        [
            f"ktp sy udh rusak, nama Maryam, nik {n}, kk {k}, desa Kampung Melayu Timur kec Teluknaga",
        ],
        line(L_KTP(n, k, "MARYAM", "KMP MELAYU TIM", "TELUKNAGA", "RUSAK")),
    )

    n, k = N("MAUK", 2018, 1, 9), K("MAUK", 2017, 12, 27)
    add(
        c,
        "resident",
        [
            f"kia anak sy Ilham Syahputra nik {n} kk {k} alamat tegalkunir lor kecamatan mauk",
        ],
        line(L_KIA(n, k, "ILHAM SYAHPUTRA", "TEGAL KUNIR LOR", "MAUK")),
    )

    n, k = N("LEGOK", 1991, 3, 8), K("LEGOK", 2018, 7, 2)
    add(
        c,
        "resident",
        [
            f"mau ganti ktp hilang. {n} {k} Andi Wijaya, ds bojong kamal kec legok",
        ],
        line(L_KTP(n, k, "ANDI WIJAYA", "BOJONGKAMAL", "LEGOK", "HILANG")),
        answers={"saran_tempat": "ya bener bojongkamal maksudnya"},
    )

    k = K("KOSAMBI", 2009, 2, 10)
    add(
        c,
        "helper",
        [
            f"bantu warga pak, kk ilang, no kk {k}, kepala keluarga Encep Hidayat, desa slembaran jati kec kosambi",
        ],
        line(L_KK(k, "ENCEP HIDAYAT", "SALEMBARAN JATI", "KOSAMBI")),
        answers={"nama_warga": "pak Encep Hidayat", "telepon_warga": "hp pak encep 0856 9012 3478"},
    )

    n, k = N("KRONJO", 1983, 12, 25), K("KRONJO", 2010, 10, 20)
    add(
        c,
        "resident",
        [
            f"KTP patah. Nama Sanusi. NIK {n}. KK {k}. Desa Pagedangan Udi, Kec Kronjo",
        ],
        line(L_KTP(n, k, "SANUSI", "PAGEDANGAN UDIK", "KRONJO", "RUSAK")),
    )

    n, k = N("SINDANG JAYA", 2015, 4, 14, female=True), K("SINDANG JAYA", 2014, 6, 9)
    add(
        c,
        "resident",
        [
            f"daftar kia ya kak. Salsabila Putri, nik {sp4(n)}, kk {sp4(k)}, ds sindang asih kec sindang jaya",
        ],
        line(L_KIA(n, k, "SALSABILA PUTRI", "SINDANGASIH", "SINDANG JAYA")),
    )

    n, k = N("PAGEDANGAN", 1996, 11, 17, female=True), K("PAGEDANGAN", 2021, 3, 3)
    add(
        c,
        "resident",
        [
            f"ktp sy hilang waktu nonton konser. Citra Lestari {n} {k} lengkong kulun pagedangan",
        ],
        line(L_KTP(n, k, "CITRA LESTARI", "LENGKONG KULON", "PAGEDANGAN", "HILANG")),
    )


def casual_stepwise():
    c = "casual_stepwise"
    n, k = N("CISOKA", 1987, 7, 7), K("CISOKA", 2013, 3, 15)
    add(
        c,
        "resident",
        ["pagi min, maaf ganggu subuh2", "mau ngurusin ktp nih"],
        line(L_KTP(n, k, "DARSIM", "SELAPAJANG", "CISOKA", "HILANG")),
        answers={
            "nik": n,
            "no_kk": k,
            "nama": "Darsim nama sy",
            "desa": "ds selapajang min",
            "kecamatan": "kec cisoka",
            "alasan": "ilang waktu kebanjiran",
        },
        missing=6,
    )

    k = K("KRESEK", 2008, 11, 24)
    add(
        c,
        "resident",
        ["halo kak punten", "kk sy rusak kena rayap"],
        line(L_KK(k, "MARSUDI", "PATRASANA", "KRESEK")),
        answers={
            "no_kk": f"ini {sp4(k)}",
            "nama_kepala_keluarga": "kepala keluarganya Marsudi",
            "desa": "patrasana ya",
            "kecamatan": "kresek kecamatannya",
        },
        missing=4,
    )

    n, k = N("RAJEG", 2022, 2, 22, female=True), K("RAJEG", 2021, 12, 1)
    add(
        c,
        "first_timer",
        ["mau bikin kia dong buat anak"],
        line(L_KIA(n, k, "KHANZA HUMAIRA", "TANJAKAN MEKAR", "RAJEG")),
        answers={
            "nik": f"nik anaknya {n}",
            "no_kk": k,
            "nama": "Khanza Humaira namanya",
            "desa": "tinggal di tanjakan mekar",
            "kecamatan": "kec rajeg bund",
        },
        missing=5,
    )

    n, k = N("CIKUPA", 1999, 5, 31), K("CIKUPA", 2021, 9, 9)
    add(
        c,
        "resident",
        ["ktp ilang nih", f"nik {n}"],
        line(L_KTP(n, k, "IRFAN HAKIM", "SUKADAMAI", "CIKUPA", "HILANG")),
        answers={
            "no_kk": f"kk {dash4(k)}",
            "nama": "irfan hakim nama sy",
            "desa": "sukadamai desa nya",
            "kecamatan": "masuk kecamatan cikupa",
        },
        missing=4,
    )

    k = K("JAMBE", 2012, 5, 5)
    add(
        c,
        "resident",
        [
            "permisi numpang nanya",
            "mau buat kartu keluarga, yg lama hilang ya",
            f"ini no kk nya {k}",
        ],
        line(L_KK(k, "ROHIMAT", "DARU", "JAMBE")),
        answers={
            "nama_kepala_keluarga": "atas nama Rohimat",
            "desa": "di ds daru",
            "kecamatan": "jambe kecamatannya",
        },
        missing=3,
    )

    n, k = N("SUKAMULYA", 1993, 10, 5, female=True), K("SUKAMULYA", 2019, 1, 26)
    add(
        c,
        "first_timer",
        ["saya baru pertama kali pakai ini, bisa dibantu?"],
        line(L_KTP(n, k, "EVI SUSANTI", "BUNIAYU", "SUKAMULYA", "RUSAK")),
        answers={
            "layanan": "ktp el yg mau diurus",
            "nik": n,
            "no_kk": k,
            "nama": "sy Evi Susanti",
            "desa": "desa buniayu",
            "kecamatan": "sukamulya kak",
            "alasan": "rusak, udh gak kebaca",
        },
        missing=6,
    )

    skp = SKP("360104", 2026, 11, 25)
    add(
        c,
        "resident",
        ["mau lapor pindah datang ya, baru nyampe minggu lalu"],
        line(L_SKDWN(skp, "IKUT ISTRI")),
        answers={"no_skpwni": skp, "keperluan": "keperluannya ikut istri"},
        missing=2,
    )

    n, k = N("KOSAMBI", 1984, 3, 19), K("KOSAMBI", 2009, 7, 17)
    add(
        c,
        "resident",
        ["lagi di pasar nih, sambil nunggu mau daftar ktp yg patah", "nama sy Jajang Nurjaman"],
        line(L_KTP(n, k, "JAJANG NURJAMAN", "DADAP", "KOSAMBI", "RUSAK")),
        answers={
            "nik": sp4(n),
            "no_kk": sp4(k),
            "desa": "dadap desanya",
            "kecamatan": "kec kosambi",
        },
        missing=4,
    )


def correction_at_confirmation():
    c = "correction_at_confirmation"
    n, k = N("CIKUPA", 1989, 1, 11), K("CIKUPA", 2015, 2, 24)
    add(
        c,
        "resident",
        [
            f"ktp ilang. {n} {k} Slamet Riyadi ds Talagasari kec Cikupa",
            "eh salah desanya Talaga bukan Talagasari",
        ],
        control("correction", line=L_KTP(n, k, "SLAMET RIYADI", "TALAGA", "CIKUPA", "HILANG")),
    )

    n, k = N("PASAR KEMIS", 1982, 6, 3, female=True), K("PASAR KEMIS", 2007, 9, 12)
    add(
        c,
        "resident",
        [
            f"ktp hilang nik {n} kk {k} nama Sumiati ds Kuta Baru kec Pasar Kemis",
            "maaf bukan hilang kak, ktp nya rusak, ada kok fisiknya",
        ],
        control("correction", line=L_KTP(n, k, "SUMIATI", "KUTA BARU", "PASAR KEMIS", "RUSAK")),
    )

    n, k = N("SEPATAN", 1995, 8, 23, female=True), K("SEPATAN", 2020, 6, 15)
    add(
        c,
        "resident",
        [
            f"#KTP#{n}#{k}#SULASTRY#KAYU AGUNG#SEPATAN#HILANG#",
            "namanya typo, yg bener Sulastri pake i",
        ],
        control("correction", line=L_KTP(n, k, "SULASTRI", "KAYU AGUNG", "SEPATAN", "HILANG")),
    )

    n, k = N("TIGARAKSA", 1990, 4, 9), K("TIGARAKSA", 2017, 10, 16)
    wrong = n[:12] + ("8" if n[12] != "8" else "7") + n[13:]
    add(
        c,
        "resident",
        [
            f"ktp rusak, nik {wrong} kk {k} an Eko Prasetyo desa Matagara kec Tigaraksa",
            f"nik nya salah satu angka, yg bener {n}",
        ],
        control("correction", line=L_KTP(n, k, "EKO PRASETYO", "MATAGARA", "TIGARAKSA", "RUSAK")),
    )

    k = K("TELUKNAGA", 2013, 1, 8)
    wrong = k[:-2] + ("00" if k[-2:] != "00" else "11")
    add(
        c,
        "resident",
        [
            f"kk hilang no {wrong} kepala keluarga Nasrudin ds Tanjung Pasir kec Teluknaga",
            f"waduh no kk nya kurang bener, harusnya {sp4(k)}",
        ],
        control("correction", line=L_KK(k, "NASRUDIN", "TANJUNG PASIR", "TELUKNAGA")),
    )

    n, k = N("KRESEK", 1988, 2, 17), K("KRESEK", 2014, 4, 28)
    add(
        c,
        "resident",
        [
            f"ktp ilang nik {n} kk {k} nama Ujang Sopandi ds Kemuning kec Legok",
            "eh kecamatannya Kresek deng bukan Legok, Kemuning yg di Kresek",
        ],
        control("correction", line=L_KTP(n, k, "UJANG SOPANDI", "KEMUNING", "KRESEK", "HILANG")),
    )

    n, k = N("CURUG", 2016, 9, 9), K("CURUG", 2015, 11, 3)
    add(
        c,
        "resident",
        [
            f"kia anak, nik {n} kk {k} nama Farel ds Sukabakti kec Curug",
            "nama lengkapnya Farel Alfarizqi ya, bukan Farel aja",
        ],
        control("correction", line=L_KIA(n, k, "FAREL ALFARIZQI", "SUKABAKTI", "CURUG")),
    )

    n, k = N("BALARAJA", 1991, 12, 6), K("BALARAJA", 2018, 8, 22)
    alamat = "JL. CEMARA NO. 10 RT 04 RW 09 KEL. KEDUNGWARINGIN KEC. TANAH SAREAL KOTA BOGOR"
    add(
        c,
        "resident",
        [
            f"#SKPWNI#{n}#{k}#DENI RAMDANI#JL. CEMARA NO. 10 RT 04 RW 09 KEL. KEDUNGWARINGIN KEC. TANAH SAREAL KAB. BOGOR",
            "alamatnya salah dikit, bukan Kab. Bogor tapi Kota Bogor",
        ],
        control("correction", line=L_SKPWNI(n, k, "DENI RAMDANI", alamat)),
    )


def cancel():
    c = "cancel"
    n = N("LEGOK", 1980, 5, 5)
    add(
        c,
        "resident",
        ["mau urus ktp hilang", f"nik {n}", "gak jadi deh min, nanti aja"],
        control("cancel"),
    )

    k = K("PAKUHAJI", 2011, 6, 6)
    add(
        c,
        "resident",
        [f"kk rusak no {k}", "batal ya kak, ternyata udh diurusin suami di kecamatan"],
        control("cancel"),
    )

    n, k = N("CISAUK", 1994, 3, 3), K("CISAUK", 2019, 5, 5)
    add(
        c,
        "resident",
        [
            f"ktp ilang {n} {k} Hadi Susanto ds Sampora kec Cisauk",
            "ga jadi, ktp nya ketemu di laci. batalin aja",
        ],
        control("cancel"),
    )

    add(
        c,
        "first_timer",
        ["mau bikin kia buat si kecil", "udahan dulu, sy salah chat hehe maaf"],
        control("cancel"),
    )

    n, k = N("JAYANTI", 1970, 8, 18), K("JAYANTI", 2000, 9, 9)
    add(
        c,
        "helper",
        [
            f"bantu warga bikin skpwni: Tohir, nik {n}, kk {k}",
            "maaf pak wargaya gak jadi pindah, batalkan saja permohonannya",
        ],
        control("cancel"),
        answers={
            "nama_warga": "pak Tohir warga sy",
            "telepon_warga": "hp pak tohir 0812 4455 6600",
        },
    )

    add(c, "resident", ["ktp sy rusak nih kak", "stop, gausah dilanjut"], control("cancel"))

    n, k = N("SOLEAR", 2020, 11, 1), K("SOLEAR", 2019, 2, 2)
    add(
        c,
        "resident",
        [
            f"kia anak sy nik {n} kk {k} nama Alif ds Munjul kec Solear",
            "cancel aja kak, nanti sy dateng langsung",
        ],
        control("cancel"),
    )

    add(
        c,
        "resident",
        ["mau daftar kk nu leungit", "teu jadi ah kang, batal weh engke deui"],
        control("cancel"),
    )


def hash_line():
    c = "hash_line"
    n, k = N("SEPATAN", 1986, 10, 27), K("SEPATAN", 2012, 3, 9)
    x = L_KTP(n, k, "MUHAMAD RIDWAN", "SARAKAN", "SEPATAN", "HILANG")
    add(c, "resident", [x], line(x))

    k = K("KRONJO", 2014, 6, 25)
    x = L_KK(k, "SARIPUDIN", "PASILIAN", "KRONJO")
    add(c, "resident", [f"#kk#{k}#saripudin#pasilian#kronjo"], line(x))

    n, k = N("KEMIRI", 1978, 1, 31, female=True), K("KEMIRI", 2005, 8, 8)
    x = L_KTP(n, k, "KARTINI", "PATRAMANGGALA", "KEMIRI", "RUSAK")
    add(
        c,
        "resident",
        [f"#KTP # {sp4(n)} # {sp4(k)} # Kartini # Patramanggala # Kemiri # Rusak #"],
        line(x),
    )

    n, k = N("CISAUK", 2013, 7, 20), K("CISAUK", 2012, 5, 15)
    x = L_KIA(n, k, "RAIHAN FADILLAH", "DANGDANG", "CISAUK")
    add(c, "resident", [f"ini min formatnya udh sy isi:\n{x}\nmakasih"], line(x))

    n, k = N("TELUKNAGA", 1997, 4, 12), K("TELUKNAGA", 2022, 7, 29)
    x = L_SKPWNI(
        n,
        k,
        "ARIF BUDIMAN",
        "JL. GAJAH MADA NO. 5 RT 02 RW 01 KEL. KRAMAT KEC. KOTA KUDUS KAB. KUDUS",
    )
    add(c, "resident", [x], line(x))

    skp = SKP("367202", 2026, 11, 12)
    x = L_SKDWN(skp, "BEKERJA")
    add(c, "resident", [f"#skdwn#{skp}#bekerja"], line(x))

    k = K("MEKAR BARU", 2016, 12, 14)
    x = L_KK(k, "SUPRIYADI", "KEDAUNG", "MEKAR BARU")
    add(c, "resident", [f"#KK#{k}#SUPRIYADI#KEDAUNG#MEKAR BARU#"], line(x))

    n, k = N("SUKAMULYA", 2009, 6, 14, female=True), K("SUKAMULYA", 2010, 1, 9)
    x = L_KTP(n, k, "INDAH PERMATASARI", "MERAK", "SUKAMULYA", "PEMULA")
    add(
        c,
        "first_timer",
        [f"Selamat malam, saya kirim sesuai format di brosur ya\n\n{x}\n\nTerima kasih banyak"],
        line(x),
    )


BUILDERS = [
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
]


def main() -> None:
    for build in BUILDERS:
        build()
    total = 0
    for category, convs in CONVS.items():
        path = HERE / f"{PREFIX}_{category}.yml"
        text = yaml.safe_dump(
            {"conversations": convs}, allow_unicode=True, sort_keys=False, width=120
        )
        path.write_text(text, encoding="utf-8")
        total += len(convs)
        print(f"{path.name}: {len(convs)}")
    print(f"total {total}")


if __name__ == "__main__":
    main()
