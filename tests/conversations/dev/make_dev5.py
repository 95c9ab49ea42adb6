"""dev5: a conversation-corpus extension by a new, independent author.

Written without reading the assistant's code, its training data or the other dev builders;
only the corpus format (README.md), corpus.py, design.md, the requirement notes and the
Kemendagri region tables. Weighted to what is known to be hard: corrections at the
confirmation, surat pindah with long destination addresses and SKPWNI numbers, names given
in passing or through a relative, misspelt desa with the kecamatan named, and the controls
no_approval and no_nik_lookup.

    .venv/bin/python -m tests.conversations.dev.make_dev5

Numbers are synthetic (devtools.synthetic, serials from 9801); every expected line is checked
with bot.intake.parser.parse (called as a black box) before the YAML is written.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
PREFIX = "dev5"

_serials = {"nik": 9801, "kk": 9801}


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    """A synthetic NIK first registered in kecamatan 36.03.<kec>."""
    s = _serials["nik"]
    _serials["nik"] += 1
    return make_nik("3603" + kec, date(y, m, d), female, s)


def kk(kec: str, y: int, m: int, d: int) -> str:
    s = _serials["kk"]
    _serials["kk"] += 1
    return make_kk("3603" + kec, date(y, m, d), s)


def sp(n: str, sep: str = " ") -> str:
    """16 digits in groups of four: 3603 1805 0390 9801 (or with dots/dashes)."""
    return sep.join(n[i : i + 4] for i in range(0, 16, 4))


def six(n: str, sep: str = "-") -> str:
    """The way the card prints it: region, date, serial."""
    return sep.join((n[:6], n[6:12], n[12:]))


def L(*parts: str) -> str:
    """An expected canonical line, checked with the parser."""
    line = "#" + "#".join(p.upper() for p in parts)
    if parts[0] == "KTP":
        line += "#"
    verdict = parse(line)
    if not verdict.ok or verdict.canonical != line:
        raise SystemExit(f"not canonical: {line} -> {verdict.canonical} {verdict.errors}")
    return line


CONVS: dict[str, list[dict[str, Any]]] = defaultdict(list)


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
    missing: int = 0,
    confirm: str | None = None,
) -> None:
    convs = CONVS[category]
    conv: dict[str, Any] = {
        "id": f"{PREFIX}-{category.replace('_', '-')}-{len(convs) + 1:02d}",
        "category": category,
        "persona": persona,
        "turns": turns,
    }
    if answers:
        conv["answers"] = answers
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = missing
    expect: dict[str, Any] = {}
    if control:
        expect["control"] = control
    if referral_to:
        expect["referral_to"] = referral_to
    if line:
        expect["line"] = line
    if facts:
        expect["facts"] = facts
    conv["expect"] = expect
    convs.append(conv)


# --- correction_at_confirmation (20) ------------------------------------------------------
def corrections() -> None:
    c = "correction_at_confirmation"
    n, k = nik("18", 2008, 2, 11, True), kk("18", 2012, 7, 3)
    add(
        c,
        "resident",
        [
            f"mau buat ktp baru kak, nik {n} kk {k} nama Rina Marlina desa Cibadak kec Cikupa, pemula",
            "eh salah, desanya Sukadamai bukan Cibadak",
        ],
        control="correction",
        line=L("KTP", n, k, "RINA MARLINA", "SUKADAMAI", "CIKUPA", "PEMULA"),
    )
    k = kk("12", 2017, 3, 9)
    add(
        c,
        "resident",
        [
            f"Permisi, saya mau perbarui KK. No KK {sp(k)}, kepala keluarga Ahmad Fauzan, "
            "desa Kutabumi kecamatan Pasar Kemis",
            "maaf keliru, nama kepala keluarganya Ahmad Fauzi, bukan Ahmad Fauzan",
        ],
        control="correction",
        line=L("KK", k, "AHMAD FAUZI", "KUTABUMI", "PASAR KEMIS"),
    )
    wrong, n, k = nik("03", 1987, 5, 21), nik("03", 1987, 5, 12), kk("03", 2011, 9, 14)
    add(
        c,
        "resident",
        [
            f"ktp sy ilang. NIK {wrong}, KK {k}, nama Yusuf Maulana, Tigaraksa kec Tigaraksa",
            f"ralat nik nya {n}, tadi kebalik tanggalnya",
        ],
        control="correction",
        line=L("KTP", n, k, "YUSUF MAULANA", "TIGARAKSA", "TIGARAKSA", "HILANG"),
    )
    n, k = nik("20", 1979, 11, 2), kk("20", 2009, 1, 20)
    add(
        c,
        "first_timer",
        [
            f"Assalamualaikum, ktp saya hilang kayaknya. nik {sp(n, '.')} no kk {sp(k, '.')} "
            "nama Darsono, desa Babat kec Legok",
            "bukan hilang tapi rusak, ketemu ternyata tapi udah patah dua",
        ],
        control="correction",
        line=L("KTP", n, k, "DARSONO", "BABAT", "LEGOK", "RUSAK"),
    )
    n, k = nik("28", 2019, 4, 17, True), kk("28", 2016, 10, 5)
    add(
        c,
        "resident",
        [
            f"KIA buat anak: nik {n} kk {k} nama Aisyah Putri desa Bencongan kec Kelapa Dua",
            "yang benar namanya Aisyah Putri Ramadhani, lengkap pake Ramadhani",
        ],
        control="correction",
        line=L("KIA", n, k, "AISYAH PUTRI RAMADHANI", "BENCONGAN", "KELAPA DUA"),
    )
    n, k = nik("19", 1990, 8, 30, True), kk("19", 2014, 6, 18)
    add(
        c,
        "resident",
        [
            f"mau urus skpwni. nik {n}, kk {k}, nama Wulan Sari, pindah ke Jl. Mawar No 3 "
            "Kel. Cibubur Kec. Ciracas Jakarta Timur",
            "ganti alamatnya jadi Jl. Cempaka No. 3 RT 01 RW 05 Kel. Cibubur Kec. Ciracas "
            "Kota Jakarta Timur, tadi salah nama jalan",
        ],
        control="correction",
        line=L(
            "SKPWNI",
            n,
            k,
            "WULAN SARI",
            "JL. CEMPAKA NO. 3 RT 01 RW 05 KEL. CIBUBUR KEC. CIRACAS KOTA JAKARTA TIMUR",
        ),
    )
    k = kk("01", 2013, 2, 25)
    add(
        c,
        "resident",
        [
            f"KK hilang pak, no kk {k}, kepala keluarga Sugiyono, desa Talagasari kec Balaraja",
            "aduh maaf, Talagasari yang di kecamatan Cikupa, bukan Balaraja. sy salah tulis",
        ],
        control="correction",
        line=L("KK", k, "SUGIYONO", "TALAGASARI", "CIKUPA"),
    )
    add(
        c,
        "resident",
        [
            "skdwn no skpwni 3275/PWN/2026/000311 keperluan numpang kk",
            "ralat keperluannya: numpang KK kakak kandung di Curug",
        ],
        control="correction",
        line=L("SKDWN", "3275/PWN/2026/000311", "NUMPANG KK KAKAK KANDUNG DI CURUG"),
    )
    add(
        c,
        "first_timer",
        [
            "saya baru pindah dari Bogor, surat pindahnya nomor 3201/PWN/2026/004417, "
            "keperluan bikin KK baru",
            "eh nomornya salah satu angka, yg bener 3201/PWN/2026/004471",
        ],
        control="correction",
        line=L("SKDWN", "3201/PWN/2026/004471", "BIKIN KK BARU"),
    )
    n, k = nik("11", 1995, 1, 9, True), kk("11", 2018, 4, 2)
    add(
        c,
        "resident",
        [
            f"#KTP#{n}#{k}#DEWI SARTIKO#RAJEG MULYA#RAJEG#RUSAK#",
            "ganti namanya jadi Dewi Sartika, tadi typo",
        ],
        control="correction",
        line=L("KTP", n, k, "DEWI SARTIKA", "RAJEG MULYA", "RAJEG", "RUSAK"),
    )
    wrong, k = kk("16", 2010, 12, 1), kk("16", 2010, 12, 10)
    add(
        c,
        "resident",
        [
            f"mau ganti kepala keluarga, no kk {wrong}, kepala keluarga baru Rukmini, "
            "desa Karet kec Sepatan",
            f"no kk nya salah ketik, yg bener {sp(k)}",
        ],
        control="correction",
        line=L("KK", k, "RUKMINI", "KARET", "SEPATAN"),
    )
    n, k = nik("06", 2008, 6, 6), kk("06", 2015, 8, 8)
    add(
        c,
        "helper",
        [
            f"Selamat siang, saya operator desa Renged mau ajukan KTP pemula warga: NIK {n}, "
            f"KK {k}, nama Jaenal Abidin, Desa Renged Kec. Kresek",
            "maaf pak, salah orang, namanya Jaenudin bukan Jaenal Abidin",
        ],
        answers={"nama_warga": "Jaenudin", "telepon_warga": "0857 1122 3344"},
        control="correction",
        line=L("KTP", n, k, "JAENUDIN", "RENGED", "KRESEK", "PEMULA"),
    )
    n, k = nik("17", 2021, 9, 25), kk("17", 2019, 3, 11)
    add(
        c,
        "resident",
        [
            f"kia anak sy nik {n} kk {k} nama Fadlan Hakim desa Kadu kecamatan Curug",
            "desanya Kadu Jaya bukan Kadu, maaf",
        ],
        control="correction",
        line=L("KIA", n, k, "FADLAN HAKIM", "KADU JAYA", "CURUG"),
    )
    n, k = nik("22", 1984, 3, 3, True), kk("22", 2012, 5, 5)
    add(
        c,
        "resident",
        [
            f"surat pindah keluar: {n} / {k} / Sri Wahyuni / ke Perum Bumi Asri Blok D No. 14 "
            "Desa Sukamaju Kec. Cibadak Kab. Sukabumi",
            "bukan Sri Wahyuni tapi Sri Wahyuningsih, itu nama di KTP",
        ],
        control="correction",
        line=L(
            "SKPWNI",
            n,
            k,
            "SRI WAHYUNINGSIH",
            "PERUM BUMI ASRI BLOK D NO. 14 DESA SUKAMAJU KEC. CIBADAK KAB. SUKABUMI",
        ),
    )
    n, k = nik("14", 1992, 10, 19), kk("14", 2016, 2, 22)
    add(
        c,
        "resident",
        [
            f"ktp rusak, nik {n} kk {k}, nama Hendrik Saputra, desa Dadap kec Kosambi",
            "eh bukan rusak, hilang ding. dompetnya dicopet di pasar",
        ],
        control="correction",
        line=L("KTP", n, k, "HENDRIK SAPUTRA", "DADAP", "KOSAMBI", "HILANG"),
    )
    k = kk("29", 2020, 1, 15)
    add(
        c,
        "first_timer",
        [
            f"saya mau buat KK baru abis nikah. no kk {k} nama kepala keluarga Neng Rosita "
            "desa Wanakerta kec Sindang Jaya",
            "itu salah, kepala keluarganya suami saya Dedi Kurniawan, bukan saya",
        ],
        control="correction",
        line=L("KK", k, "DEDI KURNIAWAN", "WANAKERTA", "SINDANG JAYA"),
    )
    n, k = nik("23", 1988, 7, 7), kk("23", 2013, 11, 11)
    add(
        c,
        "resident",
        [
            f"SKPWNI ya: NIK {n}, KK {k}, nama Bambang Irawan, alamat pindah Kp. Cibeureum "
            "RT 02 RW 04 Desa Cimanggis Kec. Bojonggede Kota Bogor",
            "alamat pindahnya yang benar: Kp. Cibeureum RT 02 RW 04 Desa Cimanggis "
            "Kec. Bojonggede Kab. Bogor. kabupaten, bukan kota",
        ],
        control="correction",
        line=L(
            "SKPWNI",
            n,
            k,
            "BAMBANG IRAWAN",
            "KP. CIBEUREUM RT 02 RW 04 DESA CIMANGGIS KEC. BOJONGGEDE KAB. BOGOR",
        ),
    )
    n, k = nik("18", 1999, 12, 24, True), kk("18", 2021, 6, 30)
    add(
        c,
        "resident",
        [
            f"ktp hilang nik {sp(n)} kk {sp(k)} an. Melati Suryani ds. Pasir Gadung kec. Cikupa",
            "maaf desanya Pasir Jaya, masih kec Cikupa. Pasir Gadung itu desa ibu saya",
        ],
        control="correction",
        line=L("KTP", n, k, "MELATI SURYANI", "PASIR JAYA", "CIKUPA", "HILANG"),
    )
    wrong, n, k = nik("31", 2017, 2, 14), nik("31", 2017, 2, 4), kk("31", 2015, 9, 9)
    add(
        c,
        "resident",
        [
            f"KIA anak saya: nik {wrong}, kk {k}, nama Raffi Alfarizi, desa Cikasungka kec Solear",
            f"nik anaknya salah satu angka, harusnya {n}",
        ],
        control="correction",
        line=L("KIA", n, k, "RAFFI ALFARIZI", "CIKASUNGKA", "SOLEAR"),
    )
    k = kk("11", 2008, 4, 4)
    add(
        c,
        "helper",
        [
            f"Mohon dibantu KK warga kami, No. KK {k}, kepala keluarga Samsudin, "
            "Desa Sukamanah Kecamatan Jambe",
            "ralat: desa Sukamanah kecamatan Rajeg, bukan Jambe. warga saya di Rajeg",
        ],
        answers={"nama_warga": "Samsudin", "telepon_warga": "081398761234"},
        control="correction",
        line=L("KK", k, "SAMSUDIN", "SUKAMANAH", "RAJEG"),
    )


# --- surat_pindah (20) ---------------------------------------------------------------------
def pindah() -> None:
    c = "surat_pindah"
    n, k = nik("12", 1991, 4, 14), kk("12", 2015, 1, 7)
    add(
        c,
        "resident",
        [
            f"mau bikin surat pindah keluar, nik {n}, kk {k}, nama Rudi Hartono, pindah ke "
            "Jl. Ahmad Yani No. 45 RT 03/RW 02 Kel. Margahayu Kec. Bekasi Timur Kota Bekasi"
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "RUDI HARTONO",
            "JL. AHMAD YANI NO. 45 RT 03/RW 02 KEL. MARGAHAYU KEC. BEKASI TIMUR KOTA BEKASI",
        ),
    )
    n, k = nik("17", 1996, 9, 3, True), kk("17", 2019, 2, 2)
    add(
        c,
        "resident",
        [f"kak sy mau pindah ikut suami ke Bekasi. nik {n} kk {k} nama Putri Anggraeni"],
        answers={
            "alamat_pindah": "Perum Taman Kebalen Indah Blok F5 No. 9 RT 004 RW 012 "
            "Desa Kebalen Kec. Babelan Kab. Bekasi"
        },
        missing=1,
        line=L(
            "SKPWNI",
            n,
            k,
            "PUTRI ANGGRAENI",
            "PERUM TAMAN KEBALEN INDAH BLOK F5 NO. 9 RT 004 RW 012 DESA KEBALEN KEC. BABELAN "
            "KAB. BEKASI",
        ),
    )
    n, k = nik("08", 1983, 1, 27), kk("08", 2010, 10, 10)
    add(
        c,
        "first_timer",
        [
            "mau pindah ke rumah mertua di Serang, itu harus bikin surat apa ya?",
            f"oke skpwni. nik saya {sp(n)}, kk {sp(k)}, nama Kurniadi",
        ],
        answers={
            "alamat_pindah": "alamatnya Kp. Kaloran RT 005 RW 002 Kel. Cimuncang "
            "Kec. Serang Kota Serang"
        },
        missing=1,
        line=L(
            "SKPWNI",
            n,
            k,
            "KURNIADI",
            "KP. KALORAN RT 005 RW 002 KEL. CIMUNCANG KEC. SERANG KOTA SERANG",
        ),
    )
    n, k = nik("22", 1975, 6, 19), kk("22", 2004, 8, 17)
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nSaya yang bertanda tangan di bawah ini bermaksud mengajukan Surat "
            f"Keterangan Pindah WNI.\nNIK: {n}\nNo. KK: {k}\nNama: Ir. Haryanto Wibisono\n"
            "Alamat tujuan: Perumahan Villa Mutiara Blok B3 No. 7, Desa Wanajaya, "
            "Kec. Cibitung, Kab. Bekasi\nDemikian, atas perhatiannya saya ucapkan terima kasih."
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "HARYANTO WIBISONO",
            "PERUMAHAN VILLA MUTIARA BLOK B3 NO. 7, DESA WANAJAYA, KEC. CIBITUNG, KAB. BEKASI",
        ),
    )
    n, k = nik("05", 1989, 3, 30, True), kk("05", 2014, 4, 4)
    add(
        c,
        "first_timer",
        ["mau urus skpwni kak, gmn caranya"],
        answers={
            "nik": f"nik {n}",
            "no_kk": f"kk nya {k}",
            "nama": "Siti Komariah",
            "alamat_pindah": "ke Dusun Krajan RT 01 RW 03 Desa Sukorejo Kec. Gondangwetan "
            "Kab. Pasuruan Jawa Timur, pulang kampung",
        },
        missing=4,
        line=L(
            "SKPWNI",
            n,
            k,
            "SITI KOMARIAH",
            "DUSUN KRAJAN RT 01 RW 03 DESA SUKOREJO KEC. GONDANGWETAN KAB. PASURUAN JAWA TIMUR",
        ),
    )
    n, k = nik("13", 1993, 12, 5), kk("13", 2017, 6, 6)
    add(
        c,
        "resident",
        [
            f"skpwni nik {n} kk {k} a/n Agus Setiawan pindah ke jakarta, alamatnya "
            "jl. swadaya 2 no 17 rt 8 rw 3 kelurahan pulo gebang kecamatan cakung jakarta timur"
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "AGUS SETIAWAN",
            "JL. SWADAYA 2 NO 17 RT 8 RW 3 KELURAHAN PULO GEBANG KECAMATAN CAKUNG JAKARTA TIMUR",
        ),
    )
    n, k = nik("03", 1980, 2, 2), kk("03", 2006, 3, 3)
    add(
        c,
        "resident",
        [
            f"Pak, surat pindah antar provinsi. NIK {sp(n, '.')}, KK {sp(k, '.')}, "
            "nama Joko Susilo. Pindah ke Lampung ikut orang tua, alamat: Jl. Raden Intan "
            "No. 9 RT 002 RW 001 Kel. Enggal Kec. Enggal Kota Bandar Lampung"
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "JOKO SUSILO",
            "JL. RADEN INTAN NO. 9 RT 002 RW 001 KEL. ENGGAL KEC. ENGGAL KOTA BANDAR LAMPUNG",
        ),
    )
    n, k = nik("27", 1970, 8, 8, True), kk("27", 2002, 9, 9)
    add(
        c,
        "helper",
        [
            "Selamat pagi, saya kader desa Kaliasin, bantu warga lansia bikin surat pindah "
            f"keluar. NIK {n}, KK {k}, nama Ibu Warsih. Beliau mau pindah ke rumah anaknya "
            "di Jl. Pahlawan Gg. Masjid No. 21 RT 03 RW 06 Kel. Karawaci Kec. Karawaci "
            "Kota Tangerang"
        ],
        answers={"nama_warga": "Warsih", "telepon_warga": "0813 5566 7788"},
        line=L(
            "SKPWNI",
            n,
            k,
            "WARSIH",
            "JL. PAHLAWAN GG. MASJID NO. 21 RT 03 RW 06 KEL. KARAWACI KEC. KARAWACI KOTA TANGERANG",
        ),
    )
    n, k = nik("15", 1986, 5, 15), kk("15", 2011, 7, 1)
    add(
        c,
        "resident",
        [
            f"#skpwni {n} {k} Wahyu Hidayat",
            "alamat pindah: Jl. Diponegoro No. 88, RT 001/RW 004, Kel. Kauman, Kec. Batang, "
            "Kab. Batang, Jawa Tengah",
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "WAHYU HIDAYAT",
            "JL. DIPONEGORO NO. 88, RT 001/RW 004, KEL. KAUMAN, KEC. BATANG, KAB. BATANG, "
            "JAWA TENGAH",
        ),
    )
    n, k = nik("28", 1994, 11, 23, True), kk("28", 2020, 12, 12)
    add(
        c,
        "resident",
        [
            "Halo, saya dapet kerja di Depok jadi mau pindah domisili. "
            f"NIK {six(n)}, KK {six(k)}, nama Anisa Rahmawati",
            "tujuan: Apartemen Margonda Residence Tower 2 Lt. 5 No. 12, Kel. Kemiri Muka, "
            "Kec. Beji, Kota Depok",
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "ANISA RAHMAWATI",
            "APARTEMEN MARGONDA RESIDENCE TOWER 2 LT. 5 NO. 12, KEL. KEMIRI MUKA, KEC. BEJI, "
            "KOTA DEPOK",
        ),
    )
    n, k = nik("09", 1978, 10, 31), kk("09", 2005, 5, 25)
    add(
        c,
        "first_timer",
        [
            f"anak sy udah nikah mau ikut suaminya ke Cilegon, sy bapaknya. tp surat pindahnya "
            f"buat saya sendiri, sekeluarga pindah. NIK {n} KK {k} nama Casmita"
        ],
        answers={
            "alamat_pindah": "Link. Kubang Welingi RT 02 RW 05 Kel. Kubangsari "
            "Kec. Ciwandan Kota Cilegon"
        },
        missing=1,
        line=L(
            "SKPWNI",
            n,
            k,
            "CASMITA",
            "LINK. KUBANG WELINGI RT 02 RW 05 KEL. KUBANGSARI KEC. CIWANDAN KOTA CILEGON",
        ),
    )
    n, k = nik("20", 1997, 7, 17), kk("20", 2022, 3, 14)
    add(
        c,
        "resident",
        [f"surat pindah ke bandung. nik {n}. kk {k}. atas nama Galih Permana"],
        answers={
            "alamat_pindah": "Jl. Terusan Buah Batu No. 120 RT 06 RW 09 Kel. Batununggal "
            "Kec. Bandung Kidul Kota Bandung"
        },
        missing=1,
        line=L(
            "SKPWNI",
            n,
            k,
            "GALIH PERMANA",
            "JL. TERUSAN BUAH BATU NO. 120 RT 06 RW 09 KEL. BATUNUNGGAL KEC. BANDUNG KIDUL "
            "KOTA BANDUNG",
        ),
    )
    n, k = nik("30", 1990, 1, 1, True), kk("30", 2013, 1, 2)
    add(
        c,
        "resident",
        [
            "mau pindah ke rumah mertua di Pandeglang",
            f"{n}",
            f"{k}",
            "Eti Rohaeti",
            "Kp. Cigadung RT 003 RW 001 Desa Cigadung Kec. Karang Tanjung Kab. Pandeglang",
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "ETI ROHAETI",
            "KP. CIGADUNG RT 003 RW 001 DESA CIGADUNG KEC. KARANG TANJUNG KAB. PANDEGLANG",
        ),
    )
    # SKDWN (7)
    add(
        c,
        "resident",
        [
            "saya baru datang dari Bekasi, no skpwni 3275/PWN/2026/000418, "
            "keperluan buat KK baru di sini"
        ],
        line=L("SKDWN", "3275/PWN/2026/000418", "BUAT KK BARU DI SINI"),
    )
    add(
        c,
        "resident",
        [
            "mau lapor pindah datang. nomor surat pindah: SKPWNI/3201/12102026/0057. "
            "keperluannya numpang KK di rumah kakak"
        ],
        line=L("SKDWN", "SKPWNI/3201/12102026/0057", "NUMPANG KK DI RUMAH KAKAK"),
    )
    add(
        c,
        "first_timer",
        ["kak aku pindahan dari Jogja, udah punya surat pindah dari sana, trus di sini ngapain?"],
        answers={
            "no_skpwni": "nomornya 3471/PWN/2026/001209",
            "keperluan": "mau bikin ktp dan kk alamat baru",
        },
        missing=2,
        line=L("SKDWN", "3471/PWN/2026/001209", "MAU BIKIN KTP DAN KK ALAMAT BARU"),
    )
    add(
        c,
        "resident",
        [
            "Yth. Petugas Dukcapil, bersama ini saya melaporkan kedatangan dengan SKPWNI "
            "nomor 470/1123/DUKCAPIL/X/2026, keperluan: ikut suami yang bekerja di Cikupa. "
            "Terima kasih."
        ],
        line=L("SKDWN", "470/1123/DUKCAPIL/X/2026", "IKUT SUAMI YANG BEKERJA DI CIKUPA"),
    )
    add(
        c,
        "helper",
        [
            "sy staf desa Bojong, warga baru dtg dr Lebak mau skdwn. no skpwni "
            "3602/PWN/2026/000775, keperluan gabung KK orang tua"
        ],
        answers={"nama_warga": "Rahmat Hidayat", "telepon_warga": "0878-1234-5566"},
        line=L("SKDWN", "3602/PWN/2026/000775", "GABUNG KK ORANG TUA"),
    )
    add(
        c,
        "resident",
        ["#SKDWN#3674/PWN/09112026/0033#", "keperluannya pindah domisili kerja, ngontrak di Legok"],
        missing=1,
        line=L("SKDWN", "3674/PWN/09112026/0033", "PINDAH DOMISILI KERJA, NGONTRAK DI LEGOK"),
    )
    add(
        c,
        "resident",
        [
            "surat pindah datang ya min. keperluan: balik ke kampung halaman, numpang KK "
            "orang tua. nomor SKPWNI 3578/PWN/2026/002301"
        ],
        line=L("SKDWN", "3578/PWN/2026/002301", "BALIK KE KAMPUNG HALAMAN, NUMPANG KK ORANG TUA"),
    )


# --- name_introduced (13) and name_with_relation (12) -------------------------------------
def names() -> None:
    c = "name_introduced"
    n, k = nik("19", 2018, 6, 12, True), kk("19", 2015, 5, 5)
    add(
        c,
        "resident",
        [
            f"ini buat anak saya si Nabila Zahra, mau bikin KIA. nik anaknya {n}, kk {k}, "
            "kami di desa Peusar kec Panongan"
        ],
        line=L("KIA", n, k, "NABILA ZAHRA", "PEUSAR", "PANONGAN"),
    )
    n, k = nik("12", 1985, 9, 9), kk("12", 2010, 2, 2)
    add(
        c,
        "resident",
        [
            f"sy Hendra Gunawan mau ganti ktp yg rusak kena air, nik {n} kk {k}, "
            "tinggal di Sukamantri Pasar Kemis"
        ],
        line=L("KTP", n, k, "HENDRA GUNAWAN", "SUKAMANTRI", "PASAR KEMIS", "RUSAK"),
    )
    n, k = nik("12", 1972, 4, 1, True), kk("12", 2001, 1, 1)
    add(
        c,
        "first_timer",
        [
            "perkenalkan saya Ibu Yuyun Wahyuni dari desa Sindangsari kecamatan Pasar Kemis, "
            f"mau tanya ktp saya hilang waktu banjir. nik {n}, kk {k}"
        ],
        line=L("KTP", n, k, "YUYUN WAHYUNI", "SINDANGSARI", "PASAR KEMIS", "HILANG"),
    )
    n, k = nik("16", 1990, 3, 3), kk("16", 2014, 9, 19)
    add(
        c,
        "resident",
        [
            "kemaren pas ke kantor desa, pak RT bilang saya (Asep Saepudin) harus urus ktp "
            f"hilang lewat sini. nik {sp(n)} kk {sp(k)}, desa Kayu Bongkok kec Sepatan"
        ],
        line=L("KTP", n, k, "ASEP SAEPUDIN", "KAYU BONGKOK", "SEPATAN", "HILANG"),
    )
    n, k = nik("28", 2008, 1, 30), kk("28", 2011, 3, 3)
    add(
        c,
        "resident",
        [
            "nama saya tuh Muhammad Rizky Pratama, panggilannya Kiki, umur udah 18 "
            f"mau rekam ktp pertama. nik {n} kk {k} desa Curug Sangereng kec Kelapa Dua"
        ],
        line=L("KTP", n, k, "MUHAMMAD RIZKY PRATAMA", "CURUG SANGERENG", "KELAPA DUA", "PEMULA"),
    )
    k = kk("13", 2016, 6, 16)
    add(
        c,
        "resident",
        [
            f"mau pecah kk, saya udah nikah. no kk baru? belum ada, ini kk lama {k}. "
            "saya Taufik Hidayat yang jadi kepala keluarga, di Tegal Angus Teluknaga"
        ],
        line=L("KK", k, "TAUFIK HIDAYAT", "TEGAL ANGUS", "TELUKNAGA"),
    )
    n, k = nik("32", 1999, 5, 5, True), kk("32", 2018, 8, 8)
    add(
        c,
        "first_timer",
        ["halo, KTP saya patah, gimana ya"],
        answers={
            "nik": f"{n}",
            "no_kk": f"{k}",
            "nama": "oh iya lupa kenalan, saya Laela Nurjanah",
            "desa": "desa Sidoko",
            "kecamatan": "Gunung Kaler",
        },
        missing=5,
        line=L("KTP", n, k, "LAELA NURJANAH", "SIDOKO", "GUNUNG KALER", "RUSAK"),
    )
    n, k = nik("04", 2016, 12, 12), kk("04", 2012, 12, 1)
    add(
        c,
        "resident",
        [
            f"KIA nik {n} kk {k} desa Taban kec Jambe. nama anaknya Bagas Saputra, "
            "sekarang kelas 3 SD"
        ],
        line=L("KIA", n, k, "BAGAS SAPUTRA", "TABAN", "JAMBE"),
    )
    n, k = nik("07", 1998, 2, 28), kk("07", 2019, 6, 1)
    add(
        c,
        "resident",
        [
            f"Wa'alaikumsalam, iya pak ini Ujang Sopandi yang tadi nelpon. ktp saya hilang, "
            f"nik {n} kk {k}, Pagenjahan Kronjo"
        ],
        line=L("KTP", n, k, "UJANG SOPANDI", "PAGENJAHAN", "KRONJO", "HILANG"),
    )
    k = kk("23", 2023, 2, 14)
    add(
        c,
        "resident",
        [
            "saya Kevin Alexander Wijaya, baru nikah bulan lalu, mau bikin KK sendiri. "
            f"no KK yang tercatat {six(k, ' ')}, desa Suradita kec Cisauk"
        ],
        line=L("KK", k, "KEVIN ALEXANDER WIJAYA", "SURADITA", "CISAUK"),
    )
    n, k = nik("02", 1994, 8, 18, True), kk("02", 2020, 7, 7)
    add(
        c,
        "resident",
        [
            f"ktp saya rusak chipnya, ga kebaca di bank. {n} / {k}. ds Pangkat kec Jayanti. "
            "oh iya, nama sesuai ktp Nur Aini Fitriyani"
        ],
        line=L("KTP", n, k, "NUR AINI FITRIYANI", "PANGKAT", "JAYANTI", "RUSAK"),
    )
    n, k = nik("33", 2020, 10, 10, True), kk("33", 2017, 10, 1)
    add(
        c,
        "first_timer",
        [
            f"mau KIA kak. nik {n}, kk {k}, Waliwis kecamatan Mekar Baru. anaknya "
            "namanya Keisha Aulia, umurnya 6 tahun"
        ],
        line=L("KIA", n, k, "KEISHA AULIA", "WALIWIS", "MEKAR BARU"),
    )
    n, k = nik("10", 1982, 6, 6), kk("10", 2009, 9, 9)
    add(
        c,
        "resident",
        [
            "punten, abdi Dadang Suherman ti desa Pekayon Sukadiri, ktp abdi leungit "
            f"(hilang). nik {n} kk {k}"
        ],
        line=L("KTP", n, k, "DADANG SUHERMAN", "PEKAYON", "SUKADIRI", "HILANG"),
    )

    c = "name_with_relation"
    k = kk("18", 2024, 3, 5)
    add(
        c,
        "resident",
        [
            f"mau ganti kk, no {k}, kepala keluarganya almarhum bapak saya Suhendi eh "
            "sekarang ibu saya Rohayati. desa Bunder kec Cikupa"
        ],
        line=L("KK", k, "ROHAYATI", "BUNDER", "CIKUPA"),
    )
    n, k = nik("01", 1960, 1, 15), kk("01", 2003, 4, 4)
    add(
        c,
        "resident",
        [
            f"ktp hilang atas nama bapak saya pak Karta Wijaya, nik {n} kk {k}, "
            "Cangkudu Balaraja. saya anaknya yg ngurus"
        ],
        line=L("KTP", n, k, "KARTA WIJAYA", "CANGKUDU", "BALARAJA", "HILANG"),
    )
    n, k = nik("14", 1993, 3, 13, True), kk("14", 2017, 1, 17)
    add(
        c,
        "resident",
        [
            f"buat istri saya, namanya Lilis Suryani, ktp nya rusak. nik {n} kk {k}, "
            "desa Belimbing kec Kosambi"
        ],
        line=L("KTP", n, k, "LILIS SURYANI", "BELIMBING", "KOSAMBI", "RUSAK"),
    )
    n, k = nik("15", 2022, 5, 20), kk("15", 2021, 1, 10)
    add(
        c,
        "resident",
        [
            f"KIA buat cucu saya, namanya Alif Maulana, anaknya si Dodi. nik {n} kk {k}, "
            "Kohod Pakuhaji"
        ],
        line=L("KIA", n, k, "ALIF MAULANA", "KOHOD", "PAKUHAJI"),
    )
    n, k = nik("11", 2008, 9, 1, True), kk("11", 2008, 12, 20)
    add(
        c,
        "resident",
        [f"adek saya yg bungsu, Fitri Handayani, baru 18 mau bikin ktp. {n} {k} Lembangsari Rajeg"],
        line=L("KTP", n, k, "FITRI HANDAYANI", "LEMBANGSARI", "RAJEG", "PEMULA"),
    )
    k = kk("20", 2007, 7, 27)
    add(
        c,
        "first_timer",
        [
            f"kk kami rusak kena rayap. atas nama suami saya Bpk. Tatang Sutarman, "
            f"no kk {sp(k)}, Ciangir Legok"
        ],
        line=L("KK", k, "TATANG SUTARMAN", "CIANGIR", "LEGOK"),
    )
    n, k = nik("22", 1958, 12, 1, True), kk("22", 1999, 5, 1)
    add(
        c,
        "resident",
        [
            "ktp punya mamah saya ilang, namanya Ibu Euis Komariah. "
            f"nik {n}, kk {k}, desa Cijantra kec Pagedangan"
        ],
        line=L("KTP", n, k, "EUIS KOMARIAH", "CIJANTRA", "PAGEDANGAN", "HILANG"),
    )
    n, k = nik("29", 2015, 7, 7), kk("29", 2013, 4, 13)
    add(
        c,
        "resident",
        [
            "KIA untuk anak kedua saya, Rafa Aditya (yang pertama udah punya). "
            f"nik {n}, kk {k}, Sukaharja Sindang Jaya"
        ],
        line=L("KIA", n, k, "RAFA ADITYA", "SUKAHARJA", "SINDANG JAYA"),
    )
    n, k = nik("06", 1955, 3, 10), kk("06", 2000, 10, 10)
    add(
        c,
        "resident",
        [
            f"mertua saya pak Sarmin mau pindah ikut kami ke Depok. nik beliau {n}, kk {k}. "
            "alamat tujuan Jl. Nusantara Raya No. 5 RT 02 RW 07 Kel. Depok Jaya "
            "Kec. Pancoran Mas Kota Depok"
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "SARMIN",
            "JL. NUSANTARA RAYA NO. 5 RT 02 RW 07 KEL. DEPOK JAYA KEC. PANCORAN MAS KOTA DEPOK",
        ),
    )
    n, k = nik("27", 2008, 4, 22), kk("27", 2010, 6, 2)
    add(
        c,
        "helper",
        [
            "saya bantu keponakan saya Yogi Prasetyo, baru lulus SMA mau bikin ktp pertama. "
            f"nik {n} kk {k} desa Buniayu kec Sukamulya"
        ],
        answers={"nama_warga": "Yogi Prasetyo", "telepon_warga": "0896 7788 9900"},
        line=L("KTP", n, k, "YOGI PRASETYO", "BUNIAYU", "SUKAMULYA", "PEMULA"),
    )
    k = kk("31", 2025, 1, 8)
    add(
        c,
        "resident",
        [
            "kk baru abis pisah kk sama orang tua. kepala keluarganya saya sendiri, "
            f"Jajang Nurjaman, bukan bapak saya ya. no kk {k}, Munjul Solear"
        ],
        line=L("KK", k, "JAJANG NURJAMAN", "MUNJUL", "SOLEAR"),
    )
    n, k = nik("05", 1988, 10, 8, True), kk("05", 2012, 2, 12)
    add(
        c,
        "helper",
        [
            "ktp nya kakak saya, namanya Nurhasanah, aku yang ngetik soalnya dia gak punya hp. "
            f"hilang. nik {n}, kk {k}, Caringin, Cisoka"
        ],
        answers={"nama_warga": "Nurhasanah", "telepon_warga": "0812 9000 1122"},
        line=L("KTP", n, k, "NURHASANAH", "CARINGIN", "CISOKA", "HILANG"),
    )


# --- desa_typo_with_kecamatan (15) --------------------------------------------------------
def typos() -> None:
    c = "desa_typo_with_kecamatan"
    rows = [
        # (kec code, typed desa + kec, official desa, official kec, service, persona)
        ("18", "desa bitung jya kec cikupa", "BITUNG JAYA", "CIKUPA", "KTP", "resident"),
        ("12", "kutabumy pasar kemis", "KUTABUMI", "PASAR KEMIS", "KK", "resident"),
        ("01", "ds cengkudu kec balaraja", "CANGKUDU", "BALARAJA", "KIA", "first_timer"),
        ("08", "tegalkunir lor, kecamatan mauk", "TEGAL KUNIR LOR", "MAUK", "KTP", "resident"),
        ("04", "rancabuaya kec jambe", "RANCA BUAYA", "JAMBE", "KK", "resident"),
        ("28", "pakulonan brt kelapa dua", "PAKULONAN BARAT", "KELAPA DUA", "KTP", "resident"),
        ("22", "lengkong kulun, pagedangan", "LENGKONG KULON", "PAGEDANGAN", "KIA", "resident"),
        ("20", "serdang wetn kec legok", "SERDANG WETAN", "LEGOK", "KTP", "helper"),
        ("14", "salembaran jya kosambi", "SALEMBARAN JAYA", "KOSAMBI", "KK", "resident"),
        ("15", "kiarapayung kec pakuhaji", "KIARA PAYUNG", "PAKUHAJI", "KTP", "first_timer"),
        ("30", "gempolsari sepatan timur", "GEMPOL SARI", "SEPATAN TIMUR", "KIA", "resident"),
        ("13", "babakan asim kec teluknaga", "BABAKAN ASEM", "TELUKNAGA", "KTP", "resident"),
        ("17", "cukang galih curug", "CUKANGGALIH", "CURUG", "KK", "resident"),
        ("23", "mekarwangi kecamatan cisauk", "MEKAR WANGI", "CISAUK", "KTP", "resident"),
        ("03", "psr nangka kec tigaraksa", "PASIR NANGKA", "TIGARAKSA", "KTP", "resident"),
    ]
    people = [
        "Ade Irawan",
        "Sumiati",
        "Zaskia Nur Hikmah",
        "Odih Rohidin",
        "Marzuki",
        "Stefanus Hadi",
        "Arkan Maulana",
        "Iwan Setiadi",
        "Rosidah",
        "Tini Kartini",
        "Hafiz Ramadhan",
        "Mulyadi",
        "Encep Sulaeman",
        "Rizka Amelia",
        "Ujang Romli",
    ]
    reasons = ["HILANG", "RUSAK", "PEMULA", "HILANG", "RUSAK", "HILANG", "RUSAK", "HILANG"]
    ktp_i = 0
    for i, ((kec, typed, desa, kecn, svc, persona), name) in enumerate(
        zip(rows, people, strict=True)
    ):
        female = i % 3 == 1
        answers = None
        if persona == "helper":
            answers = {"nama_warga": name, "telepon_warga": "0819 2233 4455"}
        if svc == "KK":
            k = kk(kec, 2012 + i % 10, 1 + i % 12, 3 + i)
            turns = [
                f"kk rusak min, no kk {sp(k) if i % 2 else k}, kepala keluarga {name}, {typed}"
            ]
            line = L("KK", k, name, desa, kecn)
        elif svc == "KIA":
            n, k = nik(kec, 2016 + i % 6, 2 + i % 10, 5 + i, female), kk(kec, 2014, 3, 3 + i)
            turns = [f"kia anak nik {n} kk {k} nama {name}, alamat {typed}"]
            line = L("KIA", n, k, name, desa, kecn)
        else:
            reason = reasons[ktp_i % len(reasons)]
            ktp_i += 1
            born = 2008 if reason == "PEMULA" else 1980 + i
            n, k = nik(kec, born, 1 + i % 12, 2 + i, female), kk(kec, 2011, 5, 1 + i)
            word = {"HILANG": "ktp hilang", "RUSAK": "ktp rusak", "PEMULA": "ktp baru 17th"}
            turns = [f"{word[reason]}. nik {n}, kk {k}, nama {name}, {typed}"]
            if persona == "helper":
                turns[0] = "bantu warga sy: " + turns[0]
            line = L("KTP", n, k, name, desa, kecn, reason)
        add(c, persona, turns, line=line, answers=answers)


# --- controls: no_approval (10) and no_nik_lookup (10) ------------------------------------
def controls() -> None:
    na = "no_approval"
    add(
        "complaint_followup",
        "resident",
        ["min tolong di acc ya pengajuan ktp saya, butuh bgt buat kerja"],
        control=na,
    )
    add(
        "question_not_form",
        "resident",
        ["bisa langsung disetujui kan? soalnya berkas saya udah lengkap semua"],
        control=na,
    )
    add(
        "complaint_followup",
        "first_timer",
        ["kapan disetujui? udah 3 hari nunggu kk saya"],
        control=na,
    )
    add(
        "complaint_followup",
        "resident",
        [
            "pak tolong dipercepat dong KK saya, besok mau daftar sekolah anak. bisa di acc hari ini?"
        ],
        control=na,
    )
    add(
        "formal_one_message",
        "resident",
        [
            "Yth. Bapak/Ibu Petugas, dengan hormat saya memohon agar permohonan KTP-el saya "
            "dapat segera disetujui mengingat keperluan yang mendesak. Terima kasih."
        ],
        control=na,
    )
    add(
        "helper_mode",
        "helper",
        ["ini ada 3 warga saya yg udah masuk pengajuannya, tolong di approve sekaligus ya pak"],
        control=na,
    )
    n, k = nik("18", 1991, 6, 16), kk("18", 2015, 9, 15)
    add(
        "hash_line",
        "resident",
        [f"#KTP#{n}#{k}#ANDRI WIJAYA#SUKAMULYA#CIKUPA#HILANG# langsung acc aja ya kak, makasih"],
        control=na,
    )
    add(
        "question_not_form",
        "first_timer",
        ["gimana caranya biar cepet di acc? ada jalur khusus gak"],
        control=na,
    )
    add(
        "complaint_followup",
        "resident",
        ["bisa dibantu setujuin gak kak, saya kenal kok sama orang dinas. tolong ACC sekarang"],
        control=na,
    )
    add(
        "casual_stepwise",
        "resident",
        ["udah saya kirim tadi, tinggal disetujui aja kan? kapan bisa diambil?"],
        control=na,
    )

    nl = "no_nik_lookup"
    n = nik("12", 1989, 2, 2)
    add("question_not_form", "resident", [f"cek nik ini punya siapa {n}"], control=nl)
    n = nik("18", 1993, 4, 4, True)
    add(
        "question_not_form",
        "first_timer",
        [f"nik saya {sp(n)} datanya udah ada di sistem belum?"],
        control=nl,
    )
    k = kk("16", 2014, 4, 14)
    add("question_not_form", "resident", [f"tolong liatin siapa aja anggota di kk {k}"], control=nl)
    n = nik("20", 1980, 8, 8)
    add(
        "question_not_form",
        "resident",
        [f"bisa lihat alamat orang dari nik gak? ini nik tetangga sy {n}, dia utang ga bayar"],
        control=nl,
    )
    n = nik("13", 2000, 1, 1)
    add(
        "helper_mode",
        "helper",
        [f"pak tolong cek data warga saya nik {n} udah aktif belum, katanya diblokir"],
        control=nl,
    )
    n = nik("03", 1977, 7, 7, True)
    add(
        "question_not_form",
        "resident",
        [f"apa nik {n} sudah dipadankan? mau daftar bpjs"],
        control=nl,
    )
    n = nik("22", 1996, 9, 9)
    add(
        "complaint_followup",
        "resident",
        [f"nik {six(n)} ini kok katanya dipake orang lain buat pinjol, tolong cek atas nama siapa"],
        control=nl,
    )
    n = nik("28", 1985, 5, 5, True)
    add(
        "formal_one_message",
        "resident",
        [
            "Dengan hormat, mohon informasi apakah NIK "
            f"{n} tercatat atas nama saya dan berapa jumlah anggota keluarganya. Terima kasih."
        ],
        control=nl,
    )
    n = nik("11", 1999, 3, 3)
    add(
        "dashed_numbers",
        "resident",
        [f"{sp(n, '-')} ini nik siapa ya? ketemu ktp di jalan"],
        control=nl,
    )
    n = nik("19", 2002, 2, 20, True)
    add(
        "casual_stepwise",
        "first_timer",
        [f"kak nama saya di database ejaannya apa ya? nik {n}"],
        control=nl,
    )


# --- the smaller categories ---------------------------------------------------------------
def others() -> None:
    # helper_mode (3 lines)
    c = "helper_mode"
    n, k = nik("02", 2008, 3, 8, True), kk("02", 2010, 8, 3)
    add(
        c,
        "helper",
        [
            f"Assalamualaikum, saya Pak Ruslan dari kantor desa Pabuaran, ajukan KTP pemula "
            f"warga: {n} {k} Citra Lestari, Pabuaran Jayanti"
        ],
        answers={"nama_warga": "Citra Lestari", "telepon_warga": "0852 1111 2222"},
        line=L("KTP", n, k, "CITRA LESTARI", "PABUARAN", "JAYANTI", "PEMULA"),
    )
    k = kk("07", 2016, 11, 1)
    add(
        c,
        "helper",
        [f"warga kami minta ganti KK, kepala keluarga Wardi, no kk {k}, desa Bakung kec Kronjo"],
        answers={"nama_warga": "pak Wardi", "telepon_warga": "081287650011"},
        line=L("KK", k, "WARDI", "BAKUNG", "KRONJO"),
    )
    n, k = nik("32", 2019, 1, 19), kk("32", 2018, 2, 1)
    add(
        c,
        "helper",
        [
            "kader posyandu mau bantu KIA balita",
            f"nik {n} kk {k} nama Zidan Alfarizqi Onyam Gunung Kaler",
        ],
        answers={"nama_warga": "ibunya, Ibu Sarah", "telepon_warga": "0838 4455 6677"},
        line=L("KIA", n, k, "ZIDAN ALFARIZQI", "ONYAM", "GUNUNG KALER"),
    )

    # formal_one_message (3 lines)
    c = "formal_one_message"
    n, k = nik("27", 1981, 11, 11), kk("27", 2006, 6, 6)
    add(
        c,
        "resident",
        [
            "Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tangerang\n"
            "Dengan hormat, saya yang bertanda tangan di bawah ini:\n"
            f"Nama: Drs. Sutrisno\nNIK: {n}\nNo. KK: {k}\nAlamat: Desa Merak, Kecamatan "
            "Sukamulya\nbermaksud mengajukan penggantian KTP-el karena hilang. Surat "
            "kehilangan dari Polsek sudah ada. Hormat saya."
        ],
        line=L("KTP", n, k, "SUTRISNO", "MERAK", "SUKAMULYA", "HILANG"),
    )
    k = kk("09", 2019, 9, 1)
    add(
        c,
        "resident",
        [
            "Selamat pagi Bapak/Ibu. Saya bermaksud memohon penerbitan Kartu Keluarga "
            f"dengan nomor {k} atas nama kepala keluarga Abdul Rohman, beralamat di "
            "Desa Lontar, Kecamatan Kemiri. Atas bantuannya saya ucapkan terima kasih."
        ],
        line=L("KK", k, "ABDUL ROHMAN", "LONTAR", "KEMIRI"),
    )
    n, k = nik("16", 2014, 8, 8, True), kk("16", 2013, 5, 5)
    add(
        c,
        "first_timer",
        [
            "Dengan hormat, bersama pesan ini saya mohon dibuatkan Kartu Identitas Anak untuk "
            f"putri saya, Naura Salsabila, NIK {n}, No. KK {k}, domisili Desa Pondok Jaya "
            "Kecamatan Sepatan. Wassalam."
        ],
        line=L("KIA", n, k, "NAURA SALSABILA", "PONDOK JAYA", "SEPATAN"),
    )

    # dashed_numbers (3 lines)
    c = "dashed_numbers"
    n, k = nik("17", 1992, 2, 12), kk("17", 2016, 12, 2)
    add(
        c,
        "resident",
        [f"ktp ilang nik {sp(n, '-')} kk {sp(k, '-')} Fajar Nugroho Binong Curug"],
        line=L("KTP", n, k, "FAJAR NUGROHO", "BINONG", "CURUG", "HILANG"),
    )
    k = kk("05", 2011, 11, 11)
    add(
        c,
        "resident",
        [f"KK rusak. No.KK: {six(k)} . KK an. Hasanudin, Carenang, Cisoka"],
        line=L("KK", k, "HASANUDIN", "CARENANG", "CISOKA"),
    )
    n, k = nik("33", 1987, 9, 29), kk("33", 2012, 1, 21)
    add(
        c,
        "helper",
        [
            f"mau skpwni warga: {six(n)} / {sp(k, '-')} / Tarmizi / pindah ke Jl. Veteran No. 3 "
            "RT 01 RW 02 Kel. Cipare Kec. Serang Kota Serang"
        ],
        answers={"nama_warga": "Tarmizi", "telepon_warga": "0811-2233-4455"},
        line=L(
            "SKPWNI",
            n,
            k,
            "TARMIZI",
            "JL. VETERAN NO. 3 RT 01 RW 02 KEL. CIPARE KEC. SERANG KOTA SERANG",
        ),
    )

    # half_remembered_format (4 lines)
    c = "half_remembered_format"
    n, k = nik("18", 1990, 10, 10), kk("18", 2015, 10, 1)
    add(
        c,
        "resident",
        [f"#ktp {n} {k} Slamet Riyadi bojong cikupa hilang"],
        line=L("KTP", n, k, "SLAMET RIYADI", "BOJONG", "CIKUPA", "HILANG"),
    )
    k = kk("31", 2017, 7, 17)
    add(
        c,
        "resident",
        [f"KK#{k}#Maman Suparman#Cireundeu Solear"],
        line=L("KK", k, "MAMAN SUPARMAN", "CIREUNDEU", "SOLEAR"),
    )
    n, k = nik("13", 2017, 3, 23, True), kk("13", 2016, 1, 5)
    add(
        c,
        "first_timer",
        [f"#KIA/{n}/{k}/Salwa Azzahra/Lemo/Teluknaga"],
        line=L("KIA", n, k, "SALWA AZZAHRA", "LEMO", "TELUKNAGA"),
    )
    n, k = nik("04", 1995, 4, 24), kk("04", 2020, 4, 4)
    add(
        c,
        "resident",
        [f"# KTP # {n} # {k} # Imam Syafei # Kutruk # Jambe #", "alasannya rusak"],
        line=L("KTP", n, k, "IMAM SYAFEI", "KUTRUK", "JAMBE", "RUSAK"),
    )

    # restate_known_value (3 lines)
    c = "restate_known_value"
    n, k = nik("19", 1986, 6, 26, True), kk("19", 2013, 3, 13)
    add(
        c,
        "resident",
        [
            f"ktp hilang, nik {n}, nama Ratna Sari, desa Ranca Kalapa kec Panongan",
            f"nik saya tadi {sp(n)} ya, kk nya {k}",
        ],
        line=L("KTP", n, k, "RATNA SARI", "RANCA KALAPA", "PANONGAN", "HILANG"),
    )
    k = kk("10", 2015, 2, 5)
    add(
        c,
        "resident",
        [
            f"KK no {k} kepala keluarga Suparno",
            "desanya Gintung, kec Sukadiri. kepala keluarganya tetap Suparno",
        ],
        line=L("KK", k, "SUPARNO", "GINTUNG", "SUKADIRI"),
    )
    n, k = nik("29", 2020, 9, 29), kk("29", 2019, 9, 9)
    add(
        c,
        "first_timer",
        [f"KIA anak saya, nik {n}, kk {k}, Sindangsono"],
        answers={
            "kecamatan": "kecamatan Sindang Jaya, desanya Sindangsono tadi",
            "nama": "Daffa Pratama",
        },
        missing=2,
        line=L("KIA", n, k, "DAFFA PRATAMA", "SINDANGSONO", "SINDANG JAYA"),
    )

    # casual_stepwise (3 lines)
    c = "casual_stepwise"
    n, k = nik("12", 1997, 1, 27), kk("12", 2021, 8, 18)
    add(
        c,
        "resident",
        ["kak mau bikin ktp lg yg lama ilang"],
        answers={
            "nik": f"{sp(n)}",
            "no_kk": f"kk {k}",
            "nama": "Bayu Anggara",
            "desa": "gelam jaya",
            "kecamatan": "pasar kemis",
            "alasan": "hilang",
        },
        missing=5,
        line=L("KTP", n, k, "BAYU ANGGARA", "GELAM JAYA", "PASAR KEMIS", "HILANG"),
    )
    k = kk("06", 2018, 10, 28)
    add(
        c,
        "first_timer",
        ["p", "mau urus kk"],
        answers={
            "no_kk": f"{six(k, '.')}",
            "nama_kepala_keluarga": "suami saya, Ridwan Kamil... bukan yg gubernur ya hehe",
            "desa": "Patrasana",
            "kecamatan": "Kresek",
        },
        missing=4,
        line=L("KK", k, "RIDWAN KAMIL", "PATRASANA", "KRESEK"),
    )
    add(
        c,
        "resident",
        ["mau lapor datang pindahan"],
        answers={"no_skpwni": "3173/PWN/2026/000912", "keperluan": "ikut istri, numpang kk mertua"},
        missing=2,
        line=L("SKDWN", "3173/PWN/2026/000912", "IKUT ISTRI, NUMPANG KK MERTUA"),
    )

    # cancel (4)
    c = "cancel"
    add(
        c,
        "resident",
        ["mau bikin kk baru", "eh gak jadi deh, nanti aja sama suami"],
        control="cancel",
    )
    n = nik("18", 1994, 5, 5, True)
    add(
        c,
        "first_timer",
        [f"ktp hilang nik {n}", "batal aja kak, ktpnya ketemu di laci"],
        control="cancel",
    )
    add(
        c,
        "helper",
        ["mau ajukan skpwni warga", "mohon dibatalkan dulu pak, warganya belum yakin mau pindah"],
        control="cancel",
    )
    k = kk("22", 2016, 6, 6)
    add(c, "resident", [f"KIA kk {k}", "udahan aja, ga usah dilanjut"], control="cancel")

    # question_not_form (facts, 3)
    c = "question_not_form"
    add(
        c,
        "resident",
        ["ktp saya hilang, syaratnya apa aja ya? perlu surat dari RT gak?"],
        facts=[["kepolisian", "polisi"]],
    )
    add(
        c,
        "first_timer",
        ["bikin KIA buat anak umur 7 tahun bawa apa aja?"],
        facts=[["akta kelahiran", "akte kelahiran"], ["foto"], ["2x3", "2 x 3", "2×3"]],
    )
    add(
        c,
        "resident",
        ["bayar berapa sih bikin kk? kemarin ada yg nawarin jasa 150rb"],
        facts=[["gratis", "tidak dipungut biaya", "tanpa biaya", "tidak dikenakan biaya"]],
    )

    # topic_coverage (facts, 4)
    c = "topic_coverage"
    add(
        c,
        "resident",
        ["mau pindah datang ke Kab Tangerang, apa aja yg perlu disiapin? saya ngekos"],
        facts=[
            ["skpwni", "surat pindah", "surat keterangan pindah"],
            ["pemilik rumah", "tidak keberatan", "pemilik kos"],
        ],
    )
    add(
        c,
        "first_timer",
        ["ikd itu apa? syaratnya apa aja buat aktivasi ktp digital"],
        facts=[["smartphone", "hp", "ponsel", "handphone"], ["email", "e-mail", "surel"]],
    )
    add(
        c,
        "resident",
        ["kk saya rusak sobek, harus bawa apa ke dukcapil?"],
        facts=[["kk yang rusak", "kk rusak", "kartu keluarga yang rusak"], ["ktp"]],
    )
    add(
        c,
        "resident",
        ["kantor dukcapil kab tangerang dimana ya? buka jam brp?"],
        facts=[["tigaraksa"]],
    )

    # complaint_followup (handoff, 3)
    c = "complaint_followup"
    add(
        c,
        "resident",
        [
            "udah 2 minggu kk saya belum jadi, saya mau komplain, tolong sambungkan ke petugas langsung"
        ],
        control="handoff",
    )
    add(
        c,
        "first_timer",
        [
            "data di ktp saya salah tanggal lahir padahal udah dibenerin, mau ngobrol sama orangnya aja"
        ],
        control="handoff",
    )
    add(
        c,
        "helper",
        ["pak, berkas warga kami ditolak terus tanpa alasan jelas. minta bicara dengan operator"],
        control="handoff",
    )

    # referral_by_place (4)
    c = "referral_by_place"
    n, k = nik("18", 1990, 2, 2), kk("18", 2015, 2, 2)
    add(
        c,
        "resident",
        [f"ktp hilang nik {n} kk {k} nama Ilham desa Cipondoh Makmur kec Cipondoh"],
        control="referral",
        referral_to="Kota Tangerang",
    )
    add(
        c,
        "resident",
        ["mau bikin kk, saya tinggal di Pondok Kacang Timur, Pondok Aren"],
        control="referral",
        referral_to="Kota Tangerang Selatan",
    )
    add(
        c,
        "first_timer",
        ["kak saya orang Serpong, kelurahan Rawa Mekar Jaya, bisa bikin KIA di sini?"],
        control="referral",
        referral_to="Kota Tangerang Selatan",
    )
    add(
        c,
        "helper",
        ["warga saya dari kelurahan Periuk Jaya kecamatan Periuk mau urus ktp rusak"],
        control="referral",
        referral_to="Kota Tangerang",
    )

    # hash_line (3 lines)
    c = "hash_line"
    k = kk("14", 2014, 7, 4)
    add(
        c,
        "resident",
        [f"#kk#{k}#jumadi#rawa burung#kosambi"],
        line=L("KK", k, "JUMADI", "RAWA BURUNG", "KOSAMBI"),
    )
    n, k = nik("30", 1989, 9, 19, True), kk("30", 2012, 12, 22)
    add(
        c,
        "resident",
        [f"#KTP#{sp(n)}#{sp(k)}#Ani Suryani#Tanah Merah#Sepatan Timur#Hilang#"],
        line=L("KTP", n, k, "ANI SURYANI", "TANAH MERAH", "SEPATAN TIMUR", "HILANG"),
    )
    add(
        c,
        "resident",
        ["#SKDWN#3276/PWN/2026/001500#Ikut orang tua pensiun, tinggal di Kelapa Dua"],
        line=L("SKDWN", "3276/PWN/2026/001500", "IKUT ORANG TUA PENSIUN, TINGGAL DI KELAPA DUA"),
    )


def more() -> None:
    """A second pass over the small categories, so each has four or five."""
    c = "restate_known_value"
    n, k = nik("15", 1983, 8, 3), kk("15", 2009, 3, 30)
    add(
        c,
        "resident",
        [
            f"skpwni nik {n} kk {k} nama Suwandi",
            f"alamat pindah Jl. Kartini No. 10 RT 02 RW 01 Kel. Sukarami Kec. Sukarami "
            f"Kota Palembang. nik tetap yg tadi ya {sp(n, '.')}",
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "SUWANDI",
            "JL. KARTINI NO. 10 RT 02 RW 01 KEL. SUKARAMI KEC. SUKARAMI KOTA PALEMBANG",
        ),
    )
    n, k = nik("20", 1976, 12, 12, True), kk("20", 2005, 12, 5)
    add(
        c,
        "first_timer",
        [
            f"KTP rusak, nik {n}, kk {k}, nama Maryati",
            "desa Rancagong kecamatan Legok. namanya Maryati aja gak pake binti",
        ],
        line=L("KTP", n, k, "MARYATI", "RANCAGONG", "LEGOK", "RUSAK"),
    )
    add(
        "referral_by_place",
        "resident",
        ["mau buat ktp baru, alamat saya Jombang, Ciputat"],
        control="referral",
        referral_to="Kota Tangerang Selatan",
    )
    n, k = nik("16", 1992, 11, 2, True), kk("16", 2018, 11, 20)
    add(
        "hash_line",
        "resident",
        [
            f"#SKPWNI#{n}#{k}#Yuliani#Jl. Gatot Subroto Km 3 RT 004 RW 002 Kel. Cibodas "
            "Kec. Cibodas Kota Tangerang"
        ],
        line=L(
            "SKPWNI",
            n,
            k,
            "YULIANI",
            "JL. GATOT SUBROTO KM 3 RT 004 RW 002 KEL. CIBODAS KEC. CIBODAS KOTA TANGERANG",
        ),
    )
    n, k = nik("01", 2021, 6, 21, True), kk("01", 2020, 2, 29)
    add(
        "dashed_numbers",
        "first_timer",
        [f"kia utk anak sy nik: {six(n)}, kk: {six(k)}, nama Syifa Maharani, Gembong Balaraja"],
        line=L("KIA", n, k, "SYIFA MAHARANI", "GEMBONG", "BALARAJA"),
    )
    add(
        "half_remembered_format",
        "resident",
        ["#skdwn nomor 3604/PWN/2026/000088 keperluan pindah ikut anak di Cikupa"],
        line=L("SKDWN", "3604/PWN/2026/000088", "PINDAH IKUT ANAK DI CIKUPA"),
    )
    add(
        "cancel",
        "resident",
        ["mau lapor pindah datang", "oh ternyata harus ke kecamatan dulu ya, yaudah batalin aja"],
        control="cancel",
    )
    add(
        "topic_coverage",
        "first_timer",
        ["anak saya baru 17 tahun, bikin ktp pertama syaratnya apa?"],
        facts=[["kk", "kartu keluarga"], ["rekam", "perekaman", "biometrik", "datang langsung"]],
    )


def main() -> None:
    corrections()
    pindah()
    names()
    typos()
    controls()
    others()
    more()
    for old in HERE.glob(f"{PREFIX}_*.yml"):
        old.unlink()
    total = 0
    for category, convs in sorted(CONVS.items()):
        path = HERE / f"{PREFIX}_{category}.yml"
        text = yaml.safe_dump(
            {"conversations": convs}, allow_unicode=True, sort_keys=False, width=100
        )
        header = f"# Generated by tests/conversations/dev/make_{PREFIX}.py; edit the builder.\n"
        path.write_text(header + text, encoding="utf-8")
        total += len(convs)
        print(f"{path.name}: {len(convs)}")
    print(f"{total} conversations")


if __name__ == "__main__":
    main()
