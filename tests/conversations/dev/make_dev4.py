"""dev4: a conversation-corpus extension by a new, independent author.

Written without reading the assistant's code, its training data or the other dev builders;
only the corpus format (README.md), design.md, the requirement notes and the Kemendagri
region table. Emphasis on the weakest categories: misspelt desa with a kecamatan, long
formal letters and village-office helpers.

    .venv/bin/python -m tests.conversations.dev.make_dev4

Writes dev4_<category>.yml here. Numbers are synthetic (serials 9xxx); every expected line
is checked with the parser before anything is written.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

try:
    from devtools.synthetic import make_kk, make_nik
except ImportError:  # the layout before issue 12
    from bot.synthetic import make_kk, make_nik  # type: ignore[no-redef]

try:
    from bot.intake.parser import parse
except ImportError:  # the layout before issue 12
    from bot.parser import parse  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent

# Kemendagri kecamatan codes of Kab. Tangerang (36.03.xx) used below.
KEC = {
    "BALARAJA": "01",
    "JAYANTI": "02",
    "TIGARAKSA": "03",
    "JAMBE": "04",
    "CISOKA": "05",
    "KRESEK": "06",
    "KRONJO": "07",
    "MAUK": "08",
    "KEMIRI": "09",
    "SUKADIRI": "10",
    "RAJEG": "11",
    "PASAR KEMIS": "12",
    "TELUKNAGA": "13",
    "KOSAMBI": "14",
    "PAKUHAJI": "15",
    "SEPATAN": "16",
    "CURUG": "17",
    "CIKUPA": "18",
    "PANONGAN": "19",
    "LEGOK": "20",
    "PAGEDANGAN": "22",
    "CISAUK": "23",
    "SUKAMULYA": "27",
    "KELAPA DUA": "28",
    "SINDANG JAYA": "29",
    "SEPATAN TIMUR": "30",
    "SOLEAR": "31",
    "GUNUNG KALER": "32",
    "MEKAR BARU": "33",
}

_serial = itertools.count(9101)


def _region(kec: str) -> str:
    return "3603" + KEC[kec] if kec in KEC else kec


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    """A synthetic NIK; kec is a kecamatan name of the table or a 6-digit region code."""
    return make_nik(_region(kec), date(y, m, d), female, next(_serial))


def kk(kec: str, y: int, m: int, d: int) -> str:
    return make_kk(_region(kec), date(y, m, d), next(_serial))


def sp(n: str) -> str:
    """4-4-4-4 with spaces."""
    return " ".join(n[i : i + 4] for i in range(0, 16, 4))


def dash(n: str) -> str:
    return f"{n[:6]}-{n[6:12]}-{n[12:]}"


def dots(n: str) -> str:
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"


def ktp(n, k, nama, desa, kec, alasan):
    return f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#"


def kkl(k, nama, desa, kec):
    return f"#KK#{k}#{nama}#{desa}#{kec}"


def kia(n, k, nama, desa, kec):
    return f"#KIA#{n}#{k}#{nama}#{desa}#{kec}"


def skpwni(n, k, nama, alamat):
    return f"#SKPWNI#{n}#{k}#{nama}#{alamat}"


def skdwn(no, keperluan):
    return f"#SKDWN#{no}#{keperluan}"


CONVS: dict[str, list[dict]] = defaultdict(list)


def add(category: str, persona: str, turns: list[str], *, missing: int = 0, answers=None,
        confirm: str | None = None, line: str | None = None, facts=None,
        control: str | None = None, referral_to: str | None = None) -> None:  # fmt: skip
    conv: dict = {
        "id": f"dev4-{category.replace('_', '-')}-{len(CONVS[category]) + 1:02d}",
        "category": category,
        "persona": persona,
        "turns": turns,
    }
    if answers:
        conv["answers"] = answers
    if confirm:
        conv["confirm"] = confirm
    if persona == "helper" and line and "telepon_warga" in (answers or {}):
        missing += 1  # a helper's request never carries the resident's phone number
    conv["missing"] = missing
    expect: dict = {}
    if control:
        expect["control"] = control
    if referral_to:
        expect["referral_to"] = referral_to
    if line:
        verdict = parse(line)
        if not (verdict.ok and verdict.canonical == line):
            raise SystemExit(f"{conv['id']}: not canonical {line!r} -> {verdict.canonical!r}")
        expect["line"] = line
    if facts:
        expect["facts"] = facts
    conv["expect"] = expect
    CONVS[category].append(conv)


# ==========================================================================================
# desa_typo_with_kecamatan (20)
# ==========================================================================================
C = "desa_typo_with_kecamatan"

n, k = nik("CIKUPA", 2009, 3, 14), kk("CIKUPA", 2011, 6, 2)
add(
    C,
    "resident",
    [
        f"mau bikin ktp pertama kali kak, nik {n} kk {k} nama Rizky Maulana, bitungjaya kec cikupa",
    ],
    line=ktp(n, k, "RIZKY MAULANA", "BITUNG JAYA", "CIKUPA", "PEMULA"),
    answers={"saran_tempat": "iya bitung jaya"},
)

k = kk("CIKUPA", 2014, 9, 30)
add(
    C,
    "resident",
    [
        "permisi mau ganti kk karena ada anggota baru",
        f"no kk {k} kepala keluarga Sugiarto, desa suka mulya, kecamatan cikupa",
    ],
    line=kkl(k, "SUGIARTO", "SUKAMULYA", "CIKUPA"),
    answers={"saran_tempat": "betul"},
)

n, k = nik("BALARAJA", 1987, 11, 2, True), kk("BALARAJA", 2012, 1, 17)
add(
    C,
    "resident",
    [
        f"KTP saya hilang di pasar. NIK {n}, KK {k}, atas nama Nurhayati. Ds. Talagsari Kec. Balaraja",
    ],
    line=ktp(n, k, "NURHAYATI", "TALAGASARI", "BALARAJA", "HILANG"),
    answers={"saran_tempat": "ya benar talagasari"},
)

n, k = nik("PASAR KEMIS", 1979, 4, 21), kk("PASAR KEMIS", 2010, 8, 8)
add(
    C,
    "resident",
    [
        f"kec. pasar kemis, desa sukamantrii. ktp rusak patah dua. {n} / {k} Hendra Gunawan",
    ],
    line=ktp(n, k, "HENDRA GUNAWAN", "SUKAMANTRI", "PASAR KEMIS", "RUSAK"),
)

n, k = nik("PASAR KEMIS", 2018, 2, 9, True), kk("PASAR KEMIS", 2017, 5, 5)
add(
    C,
    "resident",
    [
        "mau buat kia anak saya",
        f"nik anak {n}",
        f"kk {k}",
        "namanya Aisyah Putri",
        "kutabumy, pasarkemis",
    ],
    line=kia(n, k, "AISYAH PUTRI", "KUTABUMI", "PASAR KEMIS"),
    answers={"saran_tempat": "iya kak kutabumi"},
)

n, k = nik("CIKUPA", 1992, 7, 7), kk("CIKUPA", 2019, 3, 12)
add(
    C,
    "resident",
    [
        f"assalamualaikum, ktp sy ilang pas mudik. nik {n} kk {k} nama Agus Salim "
        "alamat pasir gadungg kec cikupa",
    ],
    line=ktp(n, k, "AGUS SALIM", "PASIR GADUNG", "CIKUPA", "HILANG"),
)

k = kk("KOSAMBI", 2008, 12, 1)
add(
    C,
    "first_timer",
    [
        "halo ini bener tempat bikin kartu keluarga?",
        f"kk saya {k} kepala keluarganya bapak saya Rohmat",
        "salembran jaya kosambi",
    ],
    line=kkl(k, "ROHMAT", "SALEMBARAN JAYA", "KOSAMBI"),
    answers={"saran_tempat": "iya itu maksud saya"},
)

n, k = nik("PAGEDANGAN", 1995, 1, 25, True), kk("PAGEDANGAN", 2020, 2, 14)
add(
    C,
    "resident",
    [
        f"Selamat siang. Saya mau cetak ulang KTP karena rusak, data: {n}, {k}, "
        "Dewi Lestari, Lengkong Kulun kec. Pagedangan",
    ],
    line=ktp(n, k, "DEWI LESTARI", "LENGKONG KULON", "PAGEDANGAN", "RUSAK"),
    answers={"saran_tempat": "ya, lengkong kulon"},
)

n, k = nik("KELAPA DUA", 2016, 10, 3), kk("KELAPA DUA", 2013, 4, 20)
add(
    C,
    "resident",
    [
        "kecamatan kelapa dua, desa bojong nagka",
        f"mau urus kia utk anak laki2 saya Fadil Ramadhan, nik {n}, kk {k}",
    ],
    line=kia(n, k, "FADIL RAMADHAN", "BOJONG NANGKA", "KELAPA DUA"),
)

n, k = nik("CURUG", 1983, 8, 16), kk("CURUG", 2009, 11, 11)
add(
    C,
    "resident",
    [
        f"ktp hilang min. {sp(n)} kk {sp(k)}",
        "Bambang Sutrisno",
        "cukang galih, curug",
    ],
    line=ktp(n, k, "BAMBANG SUTRISNO", "CUKANGGALIH", "CURUG", "HILANG"),
    answers={"saran_tempat": "iyaa"},
)

k = kk("PANONGAN", 2016, 7, 19)
add(
    C,
    "resident",
    [
        f"urus kk baru, no {k}, kepala keluarga Suparman",
        "kec panongan ds rancaiyuh",
    ],
    line=kkl(k, "SUPARMAN", "RANCA IYUH", "PANONGAN"),
    answers={"saran_tempat": "bener"},
)

n, k = nik("SINDANG JAYA", 2009, 1, 5, True), kk("SINDANG JAYA", 2010, 10, 10)
add(
    C,
    "resident",
    [
        "anak saya baru 17 mau rekam ktp",
        f"NIK {n} No KK {k}, nama Salsabila Ramadhani",
        "sindang sono kec sindangjaya",
    ],
    line=ktp(n, k, "SALSABILA RAMADHANI", "SINDANGSONO", "SINDANG JAYA", "PEMULA"),
    answers={"saran_tempat": "iya sindangsono"},
)

n, k = nik("TIGARAKSA", 1970, 12, 24), kk("TIGARAKSA", 2005, 3, 3)
add(
    C,
    "resident",
    [
        f"ktp bapak saya sudah rusak tulisannya hilang. {n} {k} Ujang Sumarna. kadu agug, tigaraksa",
    ],
    line=ktp(n, k, "UJANG SUMARNA", "KADU AGUNG", "TIGARAKSA", "RUSAK"),
    answers={"saran_tempat": "ya kadu agung"},
)

k = kk("MAUK", 2018, 1, 22)
add(
    C,
    "resident",
    [
        f"kk {k} a.n. kepala keluarga Carsim, tegal kuni lor kec mauk, mau perbarui kk",
    ],
    line=kkl(k, "CARSIM", "TEGAL KUNIR LOR", "MAUK"),
    answers={"saran_tempat": "iya"},
)

n, k = nik("PAKUHAJI", 1990, 6, 30, True), kk("PAKUHAJI", 2015, 9, 9)
add(
    C,
    "resident",
    [
        "ktp saya kececer waktu banjir",
        f"{n}",
        f"{k}",
        "Siti Rohmah",
        "pakualam",
        "pakuhaji",
    ],
    line=ktp(n, k, "SITI ROHMAH", "PAKU ALAM", "PAKUHAJI", "HILANG"),
    answers={"saran_tempat": "betul paku alam"},
)

n, k = nik("LEGOK", 2019, 8, 12), kk("LEGOK", 2019, 9, 1)
add(
    C,
    "resident",
    [
        f"daftar KIA. Kecamatan Legok, Serdangwetan. NIK anak {n} KK {k} nama Arkan Alfarizi",
    ],
    line=kia(n, k, "ARKAN ALFARIZI", "SERDANG WETAN", "LEGOK"),
)

n, k = nik("SEPATAN", 1985, 2, 28), kk("SEPATAN", 2011, 7, 4)
add(
    C,
    "resident",
    [
        f"sy Rudi Hartono mau lapor ktp hilang, tinggal di pisangn jaya sepatan. nik {n} kk {k}",
    ],
    line=ktp(n, k, "RUDI HARTONO", "PISANGAN JAYA", "SEPATAN", "HILANG"),
    answers={"saran_tempat": "ya pisangan jaya"},
)

k = kk("PASAR KEMIS", 2021, 5, 17)
add(
    C,
    "resident",
    [
        "mau tambah anggota kk",
        f"{k}",
        "Kepala keluarga: Yusuf Effendi",
        "Gelamjaya, Kec. Ps. Kemis",
    ],
    line=kkl(k, "YUSUF EFFENDI", "GELAM JAYA", "PASAR KEMIS"),
)

n, k = nik("CISAUK", 2008, 11, 29), kk("CISAUK", 2012, 12, 12)
add(
    C,
    "first_timer",
    [
        "kak anak sy udah 18 tahun belum punya ktp gmn ya",
        f"nik {n}",
        f"kk nya {k}",
        "nama Dimas Prasetyo",
        "cisauk, mekarwangi",
    ],
    line=ktp(n, k, "DIMAS PRASETYO", "MEKAR WANGI", "CISAUK", "PEMULA"),
    answers={"saran_tempat": "iya mekar wangi kak"},
)

n, k = nik("RAJEG", 1976, 5, 1, True), kk("RAJEG", 2007, 2, 2)
add(
    C,
    "resident",
    [
        f"KTP rusak, NIK {n}, KK {k}, nama Kartini, Desa Rajeg Mulia Kecamatan Rajeg",
    ],
    line=ktp(n, k, "KARTINI", "RAJEG MULYA", "RAJEG", "RUSAK"),
    answers={"saran_tempat": "ya rajeg mulya"},
)

# ==========================================================================================
# formal_one_message (20)
# ==========================================================================================
C = "formal_one_message"

n, k = nik("CIKUPA", 1988, 3, 9, True), kk("CIKUPA", 2013, 2, 18)
add(
    C,
    "resident",
    [
        "Dengan hormat,\nBersama ini saya memohon penerbitan ulang KTP elektronik saya yang hilang. "
        "Adapun data saya sebagai berikut:\n"
        f"Nama : Ratna Sari Dewi\nNIK : {n}\nNo. KK : {k}\nDesa : Sukadamai\nKecamatan : Cikupa\n"
        "Surat keterangan kehilangan dari kepolisian sudah saya miliki. "
        "Atas perhatian Bapak/Ibu saya ucapkan terima kasih.\nHormat saya,\nRatna Sari Dewi",
    ],
    line=ktp(n, k, "RATNA SARI DEWI", "SUKADAMAI", "CIKUPA", "HILANG"),
)

k = kk("TIGARAKSA", 2010, 5, 25)
add(
    C,
    "resident",
    [
        "Yth. Bapak/Ibu Petugas Disdukcapil Kabupaten Tangerang\n\nDengan hormat, saya yang "
        "bertanda tangan di bawah ini bermaksud mengajukan permohonan perubahan Kartu Keluarga "
        "sehubungan dengan kelahiran anak kami.\n\n"
        f"Nomor KK : {k}\nNama Kepala Keluarga : Ahmad Fauzi\nDesa/Kelurahan : Matagara\n"
        "Kecamatan : Tigaraksa\n\nDemikian permohonan ini saya sampaikan. Wassalamualaikum wr. wb.",
    ],
    line=kkl(k, "AHMAD FAUZI", "MATAGARA", "TIGARAKSA"),
)

n, k = nik("BALARAJA", 2017, 4, 4, True), kk("BALARAJA", 2016, 1, 8)
add(
    C,
    "resident",
    [
        "Assalamualaikum warahmatullahi wabarakatuh.\nDengan hormat, perkenankan saya mengajukan "
        "pembuatan Kartu Identitas Anak (KIA) untuk putri kami dengan rincian:\n"
        f"1. Nama anak: Zahra Nur Azizah\n2. NIK anak: {n}\n3. No. Kartu Keluarga: {k}\n"
        "4. Alamat: Desa Sentul Jaya, Kecamatan Balaraja\n"
        "Besar harapan kami permohonan ini dapat diproses. Terima kasih.\n\nHormat kami,\nIbu Wulan",
    ],
    line=kia(n, k, "ZAHRA NUR AZIZAH", "SENTUL JAYA", "BALARAJA"),
)

n, k = nik("CURUG", 1991, 9, 19), kk("CURUG", 2018, 6, 6)
add(
    C,
    "resident",
    [
        "Selamat pagi Bapak/Ibu.\nMohon izin, saya hendak mengajukan permohonan surat keterangan "
        "pindah keluar (SKPWNI) karena akan berdomisili di Bekasi mengikuti tempat kerja.\n"
        f"NIK : {n}\nNo KK : {k}\nNama : Eko Prasetyo\n"
        "Alamat tujuan : Jl. Cempaka Putih No. 8 RT 004 RW 011, Kel. Harapan Jaya, Kec. Bekasi Utara, "
        "Kota Bekasi\nDemikian, atas bantuannya saya ucapkan terima kasih.\nHormat saya, Eko",
    ],
    line=skpwni(
        n,
        k,
        "EKO PRASETYO",
        "JL. CEMPAKA PUTIH NO. 8 RT 004 RW 011, KEL. HARAPAN JAYA, KEC. BEKASI UTARA, KOTA BEKASI",
    ),
)

n, k = nik("KRESEK", 1968, 1, 15), kk("KRESEK", 2004, 4, 14)
add(
    C,
    "resident",
    [
        "Kepada Yth.\nKepala Dinas Kependudukan dan Pencatatan Sipil\nKabupaten Tangerang\ndi Tempat\n\n"
        "Perihal: Permohonan penggantian KTP-el rusak\n\nDengan hormat,\nSaya yang bertanda tangan "
        f"di bawah ini:\nNama : Sarmili\nNIK : {n}\nNo. KK : {k}\nAlamat : Desa Renged, "
        "Kecamatan Kresek\nmengajukan penggantian KTP-el saya yang rusak (chip tidak terbaca). "
        "KTP lama akan saya serahkan saat pengambilan.\n\nHormat saya,\n\n( Sarmili )",
    ],
    line=ktp(n, k, "SARMILI", "RENGED", "KRESEK", "RUSAK"),
)

n, k = nik("PAGEDANGAN", 2009, 2, 27), kk("PAGEDANGAN", 2014, 8, 21)
add(
    C,
    "resident",
    [
        "Dengan hormat,\n\nBersama pesan ini, saya selaku orang tua mengajukan perekaman dan "
        "pencetakan KTP-el pemula untuk anak kami yang telah berusia 17 tahun. Data anak:\n"
        f"- Nama lengkap : Muhammad Farhan\n- NIK : {n}\n- Nomor KK : {k}\n"
        "- Desa : Cijantra\n- Kecamatan : Pagedangan\n\nKami siap datang untuk perekaman biometrik "
        "sesuai jadwal. Terima kasih atas pelayanannya.\nSalam hormat, Bapak Darto",
    ],
    line=ktp(n, k, "MUHAMMAD FARHAN", "CIJANTRA", "PAGEDANGAN", "PEMULA"),
)

add(
    C,
    "resident",
    [
        "Yth. Petugas Layanan Pindah Datang,\nDengan hormat, saya telah menerima Surat Keterangan "
        "Pindah (SKPWNI) dari Disdukcapil Kota Serang dengan nomor SKPWNI/3673/11/2026/00917. "
        "Bersama ini saya mengajukan pendaftaran pindah datang ke Kabupaten Tangerang dengan "
        "keperluan: bekerja.\nMohon petunjuk selanjutnya. Hormat saya, Lukman Hakim",
    ],
    line=skdwn("SKPWNI/3673/11/2026/00917", "BEKERJA"),
)

n, k = nik("SEPATAN TIMUR", 1996, 12, 12, True), kk("SEPATAN TIMUR", 2021, 1, 30)
add(
    C,
    "resident",
    [
        "Selamat siang,\nMohon maaf mengganggu waktunya. Saya ingin melaporkan bahwa KTP elektronik "
        "saya hilang saat perjalanan dengan KRL pada tanggal 20 November 2026. Berikut identitas saya\n"
        f"Nama: Fitri Handayani\nNIK: {n}\nKK: {k}\nDesa Lebak Wangi, Kecamatan Sepatan Timur\n"
        "Laporan kehilangan sudah saya buat di Polsek. Mohon dibantu untuk pencetakan ulang.\n"
        "Terima kasih, salam.",
    ],
    line=ktp(n, k, "FITRI HANDAYANI", "LEBAK WANGI", "SEPATAN TIMUR", "HILANG"),
)

k = kk("SOLEAR", 2026, 10, 5)
add(
    C,
    "resident",
    [
        "Dengan hormat, kami pasangan yang baru menikah pada bulan Oktober 2026 dan bermaksud "
        "membuat Kartu Keluarga baru. Buku nikah dari KUA sudah ada.",
        f"Nomor KK (baru dari desa) {k}, kepala keluarga atas nama Irfan Maulana, "
        "Desa Cikasungka, Kecamatan Solear. Hormat kami.",
    ],
    line=kkl(k, "IRFAN MAULANA", "CIKASUNGKA", "SOLEAR"),
)

n, k = nik("KOSAMBI", 2013, 6, 17), kk("KOSAMBI", 2012, 3, 27)
add(
    C,
    "resident",
    [
        "Bismillah. Dengan hormat,\nSaya, orang tua dari ananda Rafi Pratama, bermaksud mengajukan "
        "permohonan KIA.\n"
        f"NIK Anak : {dots(n)}\nNo. KK : {dots(k)}\nDesa Dadap Kec. Kosambi\n"
        "Pas foto 2x3 sudah kami siapkan. Atas perhatiannya kami sampaikan terima kasih.",
    ],
    line=kia(n, k, "RAFI PRATAMA", "DADAP", "KOSAMBI"),
)

n, k = nik("LEGOK", 1982, 10, 10), kk("LEGOK", 2006, 9, 15)
add(
    C,
    "resident",
    [
        "Yth. Admin Dukcapil\nDengan hormat, saya Joko Susilo warga Desa Babat Kecamatan Legok "
        "bermaksud mengajukan permohonan pindah keluar daerah.",
        f"NIK {n}\nNo KK {k}\nAlamat pindah: Dusun Krajan RT 02 RW 01 Desa Sumberejo, Kec. Wonosari, "
        "Kab. Gunungkidul, DIY\nTerima kasih atas perhatiannya.",
    ],
    line=skpwni(
        n,
        k,
        "JOKO SUSILO",
        "DUSUN KRAJAN RT 02 RW 01 DESA SUMBEREJO, KEC. WONOSARI, KAB. GUNUNGKIDUL, DIY",
    ),
)

n, k = nik("TELUKNAGA", 1999, 4, 8, True), kk("TELUKNAGA", 2019, 11, 25)
add(
    C,
    "resident",
    [
        "Salam sejahtera,\nSaya ingin mengajukan permohonan pembuatan ulang KTP-el dikarenakan kartu "
        "saya patah dan fotonya sudah pudar.\n"
        f"Nama\t: Maria Magdalena\nNIK\t: {n}\nNo.KK\t: {k}\nDesa\t: Tanjung Pasir\n"
        "Kec.\t: Teluknaga\nSekian dan terima kasih.\nHormat saya\nMaria",
    ],
    line=ktp(n, k, "MARIA MAGDALENA", "TANJUNG PASIR", "TELUKNAGA", "RUSAK"),
)

k = kk("JAMBE", 2003, 7, 7)
add(
    C,
    "resident",
    [
        "Dengan hormat,\nSehubungan dengan meninggalnya suami saya, saya mohon agar Kartu Keluarga "
        "kami diperbarui dengan saya sebagai kepala keluarga.\n"
        f"No. KK: {k}\nNama kepala keluarga (baru): Sumiati\nDesa Tipar Raya, Kecamatan Jambe\n"
        "Akta kematian sudah terbit. Demikian, terima kasih.",
    ],
    line=kkl(k, "SUMIATI", "TIPAR RAYA", "JAMBE"),
)

n, k = nik("MEKAR BARU", 1975, 3, 3), kk("MEKAR BARU", 2008, 1, 1)
add(
    C,
    "first_timer",
    [
        "Selamat sore Bapak Ibu, mohon maaf saya kurang paham cara mengisinya. Saya bermaksud "
        "mengganti KTP yang hilang.",
        f"Nama saya Dadang Kurnia, NIK {n}, nomor KK {k}.",
    ],
    answers={"desa": "desa saya Waliwis", "kecamatan": "kecamatan Mekar Baru"},
    missing=2,
    line=ktp(n, k, "DADANG KURNIA", "WALIWIS", "MEKAR BARU", "HILANG"),
)

n, k = nik("SUKADIRI", 2008, 9, 9, True), kk("SUKADIRI", 2010, 2, 20)
add(
    C,
    "resident",
    [
        "Kepada Yth. Disdukcapil Kab. Tangerang.\nDengan hormat, melalui pesan ini saya mengajukan "
        "permohonan pembuatan KTP-el untuk pertama kalinya.\n"
        f"Nama : Nabila Khairunnisa\nNIK : {sp(n)}\nNo. KK : {sp(k)}\n"
        "Alamat : Kp. Gintung RT 001/002, Desa Gintung, Kecamatan Sukadiri\n"
        "Demikian permohonan ini, atas perhatian dan kerja samanya saya ucapkan terima kasih.",
    ],
    line=ktp(n, k, "NABILA KHAIRUNNISA", "GINTUNG", "SUKADIRI", "PEMULA"),
)

add(
    C,
    "resident",
    [
        "Dengan hormat,\nSaya bermaksud melaporkan kedatangan (pindah datang) keluarga kami dari "
        "Kabupaten Bogor. Nomor SKPWNI kami 3201-PWNI-10112026-0055. Keperluan pindah: "
        "mengikuti suami.\nHormat saya, Ny. Hartini",
    ],
    line=skdwn("3201-PWNI-10112026-0055", "MENGIKUTI SUAMI"),
)

n, k = nik("KRONJO", 1980, 7, 17), kk("KRONJO", 2009, 8, 30)
add(
    C,
    "resident",
    [
        "Yth. Bapak/Ibu\nBersama ini kami sampaikan permohonan cetak ulang KTP elektronik atas "
        f"nama Wahyudi (NIK {n}, KK {k}) warga Desa Pagedangan Ilir, Kecamatan Kronjo, "
        "yang hilang beserta dompetnya. Surat kehilangan dari kepolisian terlampir. Terima kasih.",
    ],
    line=ktp(n, k, "WAHYUDI", "PAGEDANGAN ILIR", "KRONJO", "HILANG"),
)

k = kk("GUNUNG KALER", 2015, 10, 28)
add(
    C,
    "resident",
    [
        "Dengan hormat. Kartu keluarga kami rusak terkena air sehingga tulisannya tidak terbaca. "
        f"Kami mohon dicetak kembali.\nNo KK : {k}\nKepala Keluarga : Nurdin\n"
        "Desa : Onyam\nKecamatan : Gunung Kaler\nHormat kami, keluarga Bapak Nurdin",
    ],
    line=kkl(k, "NURDIN", "ONYAM", "GUNUNG KALER"),
)

n, k = nik("SINDANG JAYA", 2014, 12, 1, True), kk("SINDANG JAYA", 2013, 6, 10)
add(
    C,
    "resident",
    [
        "Selamat pagi. Dengan hormat, saya ingin mendaftarkan KIA untuk anak perempuan saya.",
        f"Nama anak : Keysha Aulia\nNIK : {n}\nNo KK : {k}\n"
        "Desa Wanakerta, Kecamatan Sindang Jaya\nTerima kasih banyak.",
    ],
    line=kia(n, k, "KEYSHA AULIA", "WANAKERTA", "SINDANG JAYA"),
)

n, k = nik("CISOKA", 1993, 5, 20, True), kk("CISOKA", 2017, 12, 3)
add(
    C,
    "resident",
    [
        "Dengan hormat,\nSaya Yuliana, NIK " + n + ", No. KK " + k + ", bermaksud mengurus surat "
        "pindah keluar karena ikut suami ke Lampung.\nAlamat tujuan: Jl. Pramuka Gg. Mawar No. 3, "
        "Kel. Rajabasa, Kec. Rajabasa, Kota Bandar Lampung.\nDemikian dan terima kasih.\n"
        "Hormat saya,\nYuliana",
    ],
    line=skpwni(
        n,
        k,
        "YULIANA",
        "JL. PRAMUKA GG. MAWAR NO. 3, KEL. RAJABASA, KEC. RAJABASA, KOTA BANDAR LAMPUNG",
    ),
)

# ==========================================================================================
# helper_mode (20)
# ==========================================================================================
C = "helper_mode"

n, k = nik("CIKUPA", 1965, 8, 8, True), kk("CIKUPA", 2002, 5, 5)
add(
    C,
    "helper",
    [
        "Selamat pagi, saya operator desa Bojong kec Cikupa, mau input KTP warga yang hilang",
        f"NIK {n} KK {k} nama Saonah, Bojong, Cikupa",
    ],
    answers={"nama_warga": "nama warganya Ibu Saonah", "telepon_warga": "0812 8800 1234"},
    line=ktp(n, k, "SAONAH", "BOJONG", "CIKUPA", "HILANG"),
)

k = kk("RAJEG", 2016, 3, 8)
add(
    C,
    "helper",
    [
        "saya ketua RT 03 RW 02 desa Tanjakan Rajeg, mau bantu warga saya bikin KK baru",
        f"{k} kepala keluarga Mulyadi, desa Tanjakan kec Rajeg",
    ],
    answers={"nama_warga": "Mulyadi", "telepon_warga": "hp nya 0857-7711-2030"},
    line=kkl(k, "MULYADI", "TANJAKAN", "RAJEG"),
)

n, k = nik("TELUKNAGA", 2016, 1, 20), kk("TELUKNAGA", 2015, 2, 2)
add(
    C,
    "helper",
    [
        "Izin, saya kader posyandu Kampung Besar, mau daftarkan KIA anak warga",
        f"#KIA#{n}#{k}#Bintang Ramadhan#Kampung Besar#Teluknaga",
    ],
    answers={"nama_warga": "ibunya namanya Rini", "telepon_warga": "081311223344"},
    line=kia(n, k, "BINTANG RAMADHAN", "KAMPUNG BESAR", "TELUKNAGA"),
)

n, k = nik("PASAR KEMIS", 1989, 11, 30), kk("PASAR KEMIS", 2014, 4, 4)
add(
    C,
    "helper",
    [
        "sy staf kantor desa kuta jaya. ada warga minta tolong diurus ktp nya yg rusak",
        f"nik: {n}\nkk: {k}\nnama: Iwan Setiawan\ndesa kuta jaya kecamatan pasar kemis",
    ],
    answers={"nama_warga": "Pak Iwan Setiawan", "telepon_warga": "0896 1234 5500"},
    line=ktp(n, k, "IWAN SETIAWAN", "KUTA JAYA", "PASAR KEMIS", "RUSAK"),
)

n, k = nik("CISOKA", 2009, 6, 6), kk("CISOKA", 2011, 1, 11)
add(
    C,
    "helper",
    [
        "Assalamualaikum, saya petugas pelayanan desa Selapajang. Ini ada pemohon KTP pemula:",
        f"Nama : Andika Saputra\nNIK : {n}\nKK : {k}\nDesa Selapajang Kec. Cisoka",
    ],
    answers={"nama_warga": "Andika Saputra", "telepon_warga": "no hp ortunya 0819 4455 6677"},
    line=ktp(n, k, "ANDIKA SAPUTRA", "SELAPAJANG", "CISOKA", "PEMULA"),
)

n1, k1 = nik("KEMIRI", 1977, 2, 14, True), kk("KEMIRI", 2005, 6, 16)
add(
    C,
    "helper",
    [
        "saya operator desa Lontar kemiri. mohon bantu input warga an. Casmini, ktp hilang",
        f"nik {n1}",
        f"no kk {k1}",
        "desa lontar kec kemiri",
    ],
    answers={"nama_warga": "Bu Casmini", "telepon_warga": "0823 1111 9090"},
    line=ktp(n1, k1, "CASMINI", "LONTAR", "KEMIRI", "HILANG"),
)

k = kk("SUKAMULYA", 2019, 12, 19)
add(
    C,
    "helper",
    [
        "Selamat siang, dari pemdes Kaliasin kec. Sukamulya. Kami ajukan perubahan KK warga "
        f"dgn no KK {k}, KK an. Tarmuji, Kaliasin, Sukamulya. Terima kasih",
    ],
    answers={"nama_warga": "Bapak Tarmuji", "telepon_warga": "0813-9876-0011"},
    line=kkl(k, "TARMUJI", "KALIASIN", "SUKAMULYA"),
)

n, k = nik("KELAPA DUA", 2020, 3, 3, True), kk("KELAPA DUA", 2020, 1, 5)
add(
    C,
    "helper",
    [
        "halo min, aku admin kelurahan bencongan indah",
        "mau ajukan kia punya anak warga",
        f"nik {dash(n)} kk {dash(k)} nama Alya Safitri, kel bencongan indah kec kelapa dua",
    ],
    answers={"nama_warga": "orang tuanya Bapak Hendi", "telepon_warga": "0812-1000-2000"},
    line=kia(n, k, "ALYA SAFITRI", "BENCONGAN INDAH", "KELAPA DUA"),
)

n, k = nik("KOSAMBI", 1984, 10, 1), kk("KOSAMBI", 2010, 12, 24)
add(
    C,
    "helper",
    [
        "Saya Sekdes Rawa Burung, menyampaikan permohonan surat pindah keluar warga kami:\n"
        f"NIK {n}\nKK {k}\nNama Sahroni\nTujuan: Kp. Cibeber RT 01/04 Desa Cibeber, Kec. Cikalong, "
        "Kab. Tasikmalaya",
    ],
    answers={"nama_warga": "Sahroni", "telepon_warga": "0852 3344 5566"},
    line=skpwni(
        n, k, "SAHRONI", "KP. CIBEBER RT 01/04 DESA CIBEBER, KEC. CIKALONG, KAB. TASIKMALAYA"
    ),
)

n, k = nik("JAYANTI", 1958, 4, 12), kk("JAYANTI", 2001, 2, 28)
add(
    C,
    "helper",
    [
        "pak sy rw 05 pangkat jayanti. ada warga lansia ktp nya udah rusak ga kebaca, sy bantu ajukan",
        f"{n} {k} Kasmad",
        "pangkat, jayanti",
    ],
    answers={"nama_warga": "Mbah Kasmad", "telepon_warga": "nomor saya aja 0877 2233 4455"},
    line=ktp(n, k, "KASMAD", "PANGKAT", "JAYANTI", "RUSAK"),
)

add(
    C,
    "helper",
    [
        "Saya operator kecamatan Panongan, mengajukan pindah datang warga dengan no SKPWNI "
        "3174-SKP-2026-004411, keperluan pindah: pekerjaan",
    ],
    answers={"nama_warga": "Sdri. Melati", "telepon_warga": "0811 9000 7788"},
    line=skdwn("3174-SKP-2026-004411", "PEKERJAAN"),
)

n, k = nik("MAUK", 1998, 8, 1, True), kk("MAUK", 2022, 3, 15)
add(
    C,
    "helper",
    [
        "Izin bapak ibu, saya perangkat desa Ketapang kec Mauk. Ada warga mau cetak ktp karena "
        "hilang. Datanya saya kirim:",
        f"{n}",
        f"{k}",
        "Eneng Rosita",
    ],
    answers={
        "desa": "Ketapang",
        "kecamatan": "Mauk",
        "nama_warga": "Eneng Rosita",
        "telepon_warga": "0838 7766 5544",
    },
    line=ktp(n, k, "ENENG ROSITA", "KETAPANG", "MAUK", "HILANG"),
)

k = kk("SEPATAN", 2012, 8, 17)
add(
    C,
    "helper",
    [
        "saya bantu tetangga saya yg gak punya hp, mau urus kk. no kk "
        + sp(k)
        + " kepala keluarga Samsudin desa Kayu Bongkok kec Sepatan",
    ],
    answers={"nama_warga": "Samsudin", "telepon_warga": "hp saya 0815 6060 7070"},
    line=kkl(k, "SAMSUDIN", "KAYU BONGKOK", "SEPATAN"),
)

n, k = nik("PAGEDANGAN", 2011, 7, 7), kk("PAGEDANGAN", 2010, 4, 30)
add(
    C,
    "helper",
    [
        "Selamat pagi, saya guru SD Negeri Malang Nengah, membantu orang tua murid mendaftarkan KIA.",
        f"Nama siswa: Rizal Firmansyah, NIK {n}, No KK {k}, alamat Malang Nengah, Pagedangan",
    ],
    answers={"nama_warga": "wali murid Ibu Yanti", "telepon_warga": "0821-4400-5511"},
    line=kia(n, k, "RIZAL FIRMANSYAH", "MALANG NENGAH", "PAGEDANGAN"),
)

n, k = nik("PANONGAN", 1973, 3, 30), kk("PANONGAN", 2006, 7, 27)
add(
    C,
    "helper",
    [
        "saya operator desa mekar bakti",
        f"#ktp#{n}#{k}#Dulah#mekar bakti#panongan#hilang#",
    ],
    answers={"nama_warga": "pak dulah", "telepon_warga": "0857 1122 3344"},
    line=ktp(n, k, "DULAH", "MEKAR BAKTI", "PANONGAN", "HILANG"),
)

k = kk("CURUG", 2023, 2, 9)
add(
    C,
    "helper",
    [
        "Permisi, saya dari kantor kelurahan Sukabakti Curug. Warga kami minta KK dicetak ulang "
        "karena rusak.",
        f"KK {k}",
        "KK atas nama Ridwan Kamil",
    ],
    answers={
        "desa": "Sukabakti",
        "kecamatan": "Curug",
        "nama_warga": "Ridwan Kamil",
        "telepon_warga": "0812 5656 7878",
    },
    line=kkl(k, "RIDWAN KAMIL", "SUKABAKTI", "CURUG"),
)

n, k = nik("BALARAJA", 2009, 10, 10, True), kk("BALARAJA", 2015, 5, 15)
add(
    C,
    "helper",
    [
        "kami dari desa saga balaraja, ada 1 warga pemula ktp",
        f"nama Intan Permatasari nik {n} kk {k}",
    ],
    answers={
        "desa": "desa saga",
        "kecamatan": "balaraja",
        "nama_warga": "Intan Permatasari",
        "telepon_warga": "0899 0011 2233",
    },
    line=ktp(n, k, "INTAN PERMATASARI", "SAGA", "BALARAJA", "PEMULA"),
)

n, k = nik("SOLEAR", 1986, 6, 26), kk("SOLEAR", 2013, 9, 13)
add(
    C,
    "helper",
    [
        "Saya kasi pelayanan desa Munjul, Solear. Mengajukan penggantian KTP rusak:",
        f"Nama: Tatang Sutarman | NIK: {n} | KK: {k} | Munjul, Solear",
    ],
    answers={"nama_warga": "Tatang Sutarman", "telepon_warga": "0878 5050 6060"},
    line=ktp(n, k, "TATANG SUTARMAN", "MUNJUL", "SOLEAR", "RUSAK"),
)

n, k = nik("CISAUK", 2015, 9, 5), kk("CISAUK", 2014, 11, 2)
add(
    C,
    "helper",
    [
        "sy bu rt di suradita mau daftarin kia anaknya warga sy, ortunya kerja",
        f"nik anak {n}",
        f"kk {k}",
        "nama anak Galih Pratama",
        "suradita cisauk",
    ],
    answers={"nama_warga": "Bu Nining ibunya", "telepon_warga": "0813 2020 3030"},
    line=kia(n, k, "GALIH PRATAMA", "SURADITA", "CISAUK"),
)

n, k = nik("GUNUNG KALER", 1994, 1, 1, True), kk("GUNUNG KALER", 2018, 8, 8)
add(
    C,
    "helper",
    [
        "Assalamualaikum. Saya pendamping PKH desa Kedung, mau bantu KPM kami yang KTP nya hilang "
        f"kebawa banjir. NIK {n}, KK {k}, atas nama Rusminah, Desa Kedung, Kec. Gunung Kaler.",
    ],
    answers={"nama_warga": "Rusminah", "telepon_warga": "0831 8181 9191"},
    line=ktp(n, k, "RUSMINAH", "KEDUNG", "GUNUNG KALER", "HILANG"),
)

# ==========================================================================================
# The other categories (about 5 each)
# ==========================================================================================
C = "dashed_numbers"
n, k = nik("CIKUPA", 1990, 2, 2), kk("CIKUPA", 2016, 6, 6)
add(
    C,
    "resident",
    [
        f"ktp ilang nik {dash(n)} kk {dash(k)} nama Sandi Permana ds talaga kec cikupa",
    ],
    line=ktp(n, k, "SANDI PERMANA", "TALAGA", "CIKUPA", "HILANG"),
)
k = kk("TELUKNAGA", 2011, 11, 1)
add(
    C,
    "resident",
    [
        f"KK no. {dots(k)} kepala kel. Hasanudin, Lemo, Teluknaga. mau cetak ulang",
    ],
    line=kkl(k, "HASANUDIN", "LEMO", "TELUKNAGA"),
)
n, k = nik("LEGOK", 2012, 5, 5, True), kk("LEGOK", 2011, 3, 3)
add(
    C,
    "resident",
    [
        "mau bikin kia",
        f"NIK: {n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}",
        f"KK: {k[:4]} {k[4:8]} - {k[8:12]} {k[12:]}",
        "Nayla Azzahra, ciangir legok",
    ],
    line=kia(n, k, "NAYLA AZZAHRA", "CIANGIR", "LEGOK"),
)
n, k = nik("KRESEK", 1981, 8, 18), kk("KRESEK", 2008, 8, 28)
add(
    C,
    "resident",
    [
        f"ktp rusak. {n[:6]}.{n[6:12]}.{n[12:]} / {k[:6]}.{k[6:12]}.{k[12:]} Darmawan, Koper Kresek",
    ],
    line=ktp(n, k, "DARMAWAN", "KOPER", "KRESEK", "RUSAK"),
)
n, k = nik("SUKADIRI", 1997, 3, 31, True), kk("SUKADIRI", 2020, 7, 7)
add(
    C,
    "resident",
    [
        "mau urus surat pindah ke jakarta",
        f"nik saya {sp(n)}",
        f"kk {dash(k)}",
        "nama Lina Marlina",
    ],
    answers={
        "alamat_pindah": "Jl. Kebon Jeruk Raya No. 21, Kel. Kebon Jeruk, Kec. Kebon Jeruk, "
        "Jakarta Barat"
    },
    missing=1,
    line=skpwni(
        n,
        k,
        "LINA MARLINA",
        "JL. KEBON JERUK RAYA NO. 21, KEL. KEBON JERUK, KEC. KEBON JERUK, JAKARTA BARAT",
    ),
)

C = "name_introduced"
n, k = nik("CIKUPA", 1986, 6, 16, True), kk("CIKUPA", 2012, 2, 12)
add(
    C,
    "resident",
    [
        "perkenalkan nama saya Yulia Rahmawati, warga Dukuh Cikupa",
        f"ktp saya hilang, nik {n} kk {k}",
    ],
    line=ktp(n, k, "YULIA RAHMAWATI", "DUKUH", "CIKUPA", "HILANG"),
)
k = kk("KRONJO", 2010, 1, 20)
add(
    C,
    "resident",
    [
        f"halo, saya Pak Sukarta dari desa Blukbuk kecamatan Kronjo. mau bikin kk, nomornya {k}",
    ],
    line=kkl(k, "SUKARTA", "BLUKBUK", "KRONJO"),
)
n, k = nik("PAKUHAJI", 1992, 12, 5), kk("PAKUHAJI", 2019, 4, 1)
add(
    C,
    "resident",
    [
        "nama sy Ahmad Junaedi",
        "ktp rusak",
        f"{n} {k}",
        "kramat pakuhaji",
    ],
    line=ktp(n, k, "AHMAD JUNAEDI", "KRAMAT", "PAKUHAJI", "RUSAK"),
)
n, k = nik("SEPATAN TIMUR", 2009, 4, 14), kk("SEPATAN TIMUR", 2012, 10, 10)
add(
    C,
    "first_timer",
    [
        "kak aku Bima Aditya, baru 17 tahun bulan ini, mau punya ktp",
        f"nik aku {n}, kk {k}",
    ],
    answers={"desa": "pondok kelor", "kecamatan": "sepatan timur"},
    missing=2,
    line=ktp(n, k, "BIMA ADITYA", "PONDOK KELOR", "SEPATAN TIMUR", "PEMULA"),
)
n, k = nik("SINDANG JAYA", 1979, 9, 9), kk("SINDANG JAYA", 2009, 6, 19)
add(
    C,
    "resident",
    [
        "Saya Heru Susanto. Saya mau pindah ke Semarang",
        f"NIK {n}, KK {k}",
        "alamat baru: Jl. Pandanaran No. 45, Kel. Pekunden, Kec. Semarang Tengah, Kota Semarang",
    ],
    line=skpwni(
        n,
        k,
        "HERU SUSANTO",
        "JL. PANDANARAN NO. 45, KEL. PEKUNDEN, KEC. SEMARANG TENGAH, KOTA SEMARANG",
    ),
)

C = "half_remembered_format"
n, k = nik("CIKUPA", 1991, 1, 11), kk("CIKUPA", 2017, 1, 21)
add(
    C,
    "resident",
    [
        f"KTP#{n}#{k}#Fajar Nugroho#Cibadak#Cikupa#Hilang",
    ],
    line=ktp(n, k, "FAJAR NUGROHO", "CIBADAK", "CIKUPA", "HILANG"),
)
k = kk("CURUG", 2015, 3, 13)
add(
    C,
    "resident",
    [
        f"# KK # {k} # Slamet Riyadi # Binong # Curug #",
    ],
    line=kkl(k, "SLAMET RIYADI", "BINONG", "CURUG"),
)
n, k = nik("KEMIRI", 2016, 8, 18, True), kk("KEMIRI", 2016, 1, 1)
add(
    C,
    "resident",
    [
        f"#KIA#{n}#Putri Ayu#Klebet#Kemiri",
        f"oh iya kk nya lupa {k}",
    ],
    line=kia(n, k, "PUTRI AYU", "KLEBET", "KEMIRI"),
)
n, k = nik("BALARAJA", 1995, 11, 5, True), kk("BALARAJA", 2020, 5, 20)
add(
    C,
    "resident",
    [
        f"#ktp hilang#{n}#{k}#Siti Nurjanah#Tobat Balaraja",
    ],
    line=ktp(n, k, "SITI NURJANAH", "TOBAT", "BALARAJA", "HILANG"),
)
n, k = nik("TIGARAKSA", 1988, 7, 27), kk("TIGARAKSA", 2014, 7, 14)
add(
    C,
    "resident",
    [
        f"formatnya gini kan? #KTP#NIK#KK#nama  .... {n} {k} Andri Wijaya pasir nangka tigaraksa rusak",
    ],
    line=ktp(n, k, "ANDRI WIJAYA", "PASIR NANGKA", "TIGARAKSA", "RUSAK"),
)

C = "restate_known_value"
n, k = nik("CIKUPA", 1984, 4, 24), kk("CIKUPA", 2011, 4, 11)
add(
    C,
    "resident",
    [
        f"ktp hilang, {n}, {k}, Teguh Santoso, desa Budi Mulya",
        "iya desa budi mulya tadi, kecamatannya cikupa",
    ],
    line=ktp(n, k, "TEGUH SANTOSO", "BUDI MULYA", "CIKUPA", "HILANG"),
)
k = kk("KOSAMBI", 2018, 9, 28)
add(
    C,
    "resident",
    [
        f"mau cetak kk, no {k}",
        f"kepala keluarga Jaenudin, no kk nya tetep yg tadi {k}",
        "belimbing kosambi",
    ],
    line=kkl(k, "JAENUDIN", "BELIMBING", "KOSAMBI"),
)
n, k = nik("RAJEG", 2017, 2, 22), kk("RAJEG", 2016, 12, 1)
add(
    C,
    "resident",
    [
        f"kia anak saya Aditya Nugraha nik {n}",
        f"kk {k}, nama anaknya Aditya Nugraha ya",
    ],
    answers={"desa": "Lembangsari", "kecamatan": "kec rajeg"},
    missing=2,
    line=kia(n, k, "ADITYA NUGRAHA", "LEMBANGSARI", "RAJEG"),
)
n, k = nik("PANONGAN", 1990, 10, 20, True), kk("PANONGAN", 2015, 10, 15)
add(
    C,
    "resident",
    [
        f"ktp saya rusak. nama Wulandari. nik {n}",
    ],
    answers={
        "no_kk": f"kk {k}",
        "nama": "kan tadi udah, Wulandari",
        "desa": "Ciakar",
        "kecamatan": "Panongan",
    },
    missing=3,
    line=ktp(n, k, "WULANDARI", "CIAKAR", "PANONGAN", "RUSAK"),
)
n, k = nik("MAUK", 1972, 5, 5), kk("MAUK", 2003, 3, 30)
add(
    C,
    "resident",
    [
        f"lapor ktp hilang {n} kk {k} Tarsono, sasak mauk",
        f"nik saya {n} ya betul itu",
    ],
    line=ktp(n, k, "TARSONO", "SASAK", "MAUK", "HILANG"),
)

C = "name_with_relation"
n, k = nik("PASAR KEMIS", 2019, 11, 11, True), kk("PASAR KEMIS", 2019, 12, 20)
add(
    C,
    "resident",
    [
        f"mau bikinin kia buat anak saya yg kecil namanya Humaira, nik {n} kk {k}, "
        "sindangsari pasar kemis",
    ],
    line=kia(n, k, "HUMAIRA", "SINDANGSARI", "PASAR KEMIS"),
)
n, k = nik("KELAPA DUA", 1987, 7, 3, True), kk("KELAPA DUA", 2013, 5, 30)
add(
    C,
    "resident",
    [
        f"ktp istri saya ilang, namanya Ani Suryani, nik {n} kk {k} curug sangereng kelapa dua",
    ],
    line=ktp(n, k, "ANI SURYANI", "CURUG SANGERENG", "KELAPA DUA", "HILANG"),
)
n, k = nik("JAMBE", 1955, 6, 15, True), kk("JAMBE", 2000, 6, 6)
add(
    C,
    "resident",
    [
        "saya mau urus ktp ibu saya yang sudah sepuh, ktp nya rusak",
        f"nama ibu saya Maemunah, nik {n}, kk {k}",
        "desa daru kec jambe",
    ],
    line=ktp(n, k, "MAEMUNAH", "DARU", "JAMBE", "RUSAK"),
)
k = kk("MEKAR BARU", 2012, 12, 21)
add(
    C,
    "resident",
    [
        f"KK atas nama bapak mertua saya, Pak Karta, nomor {k}, desa Jenggot kecamatan Mekar Baru",
    ],
    line=kkl(k, "KARTA", "JENGGOT", "MEKAR BARU"),
)
n, k = nik("CISOKA", 2009, 7, 1), kk("CISOKA", 2014, 2, 2)
add(
    C,
    "resident",
    [
        f"adik saya Rendi Saputra udah 17, mau rekam ktp. nik {n} kk {k} carenang cisoka",
    ],
    line=ktp(n, k, "RENDI SAPUTRA", "CARENANG", "CISOKA", "PEMULA"),
)

C = "surat_pindah"
n, k = nik("CIKUPA", 1993, 3, 3), kk("CIKUPA", 2018, 1, 28)
add(
    C,
    "resident",
    [
        "mau bikin surat pindah keluar",
        f"{n}",
        f"{k}",
        "Galang Ramadhan",
    ],
    answers={
        "alamat_pindah": "Jl. Gatot Subroto No. 10, Kel. Sukaraja, Kec. Cicendo, Kota Bandung"
    },
    missing=1,
    line=skpwni(
        n,
        k,
        "GALANG RAMADHAN",
        "JL. GATOT SUBROTO NO. 10, KEL. SUKARAJA, KEC. CICENDO, KOTA BANDUNG",
    ),
)
add(
    C,
    "resident",
    [
        "saya pindahan dari Jakarta, sudah dapat SKPWNI nomor SKPWNI/3172/2026/10055",
    ],
    answers={"keperluan": "ikut orang tua"},
    missing=1,
    line=skdwn("SKPWNI/3172/2026/10055", "IKUT ORANG TUA"),
)
n, k = nik("TELUKNAGA", 1980, 1, 9, True), kk("TELUKNAGA", 2007, 7, 17)
add(
    C,
    "resident",
    [
        f"skpwni, nik {n} kk {k} nama Erna Wati, pindah ke Kp. Sukamaju RT 02/01 Ds. Sukamaju "
        "Kec. Cibadak Kab. Sukabumi",
    ],
    line=skpwni(n, k, "ERNA WATI", "KP. SUKAMAJU RT 02/01 DS. SUKAMAJU KEC. CIBADAK KAB. SUKABUMI"),
)
add(
    C,
    "first_timer",
    [
        "kak aku baru pindah dari Serang ke Cikupa, udah pegang surat pindah. harus ngapain ya?",
        "nomor surat pindahnya 3604-PD-2026-7781",
    ],
    answers={"keperluan": "menikah", "layanan": "pindah datang"},
    missing=1,
    line=skdwn("3604-PD-2026-7781", "MENIKAH"),
)
n, k = nik("CURUG", 1975, 12, 31), kk("CURUG", 2009, 9, 19)
add(
    C,
    "resident",
    [
        f"#SKPWNI#{n}#{k}#Sutrisno#Dusun Ngemplak RT 05 RW 02, Desa Ngemplak, Kec. Kartasura, "
        "Kab. Sukoharjo",
    ],
    line=skpwni(
        n,
        k,
        "SUTRISNO",
        "DUSUN NGEMPLAK RT 05 RW 02, DESA NGEMPLAK, KEC. KARTASURA, KAB. SUKOHARJO",
    ),
)

C = "question_not_form"
add(C, "first_timer", ["ktp saya hilang, syaratnya apa aja ya?"], facts=[["polisi", "kepolisian"]])
add(
    C,
    "resident",
    ["bikin kk bayar berapa kak?"],
    facts=[["gratis", "tidak dipungut", "tanpa biaya"]],
)
add(
    C,
    "resident",
    ["untuk kia anak umur 7 tahun perlu bawa apa aja"],
    facts=[["akta kelahiran", "akta lahir"], ["foto"]],
)
add(
    C,
    "first_timer",
    ["kantor dukcapil kabupaten tangerang dimana ya alamatnya?"],
    facts=[["tigaraksa"]],
)
add(
    C,
    "resident",
    ["perlu surat pengantar rt rw gak kalo mau ganti kk?"],
    facts=[["tidak perlu", "tidak diperlukan", "tidak lagi", "tidak wajib"]],
)

C = "topic_coverage"
add(
    C,
    "resident",
    ["ktp saya patah, nanti ktp yang lama dibawa ga?"],
    facts=[["ktp lama", "ktp-el lama", "yang rusak", "ktp rusak"]],
)
add(
    C,
    "resident",
    ["kalau abis nikah mau bikin kk baru syaratnya apa"],
    facts=[["buku nikah", "akta perkawinan", "akta nikah"]],
)
add(
    C,
    "first_timer",
    ["ktp digital atau IKD itu gimana cara aktifinnya?"],
    facts=[["hp", "ponsel", "smartphone", "handphone"]],
)
add(
    C,
    "resident",
    ["pindah datang dari luar kota syaratnya apa aja?"],
    facts=[["skpwni", "surat keterangan pindah", "surat pindah"]],
)
add(
    C,
    "resident",
    ["rekam ktp bisa diwakilin ga? anak saya lagi kerja"],
    facts=[["langsung", "sendiri", "hadir", "datang"]],
)

C = "referral_by_place"
add(
    C,
    "resident",
    ["mau bikin ktp baru, saya tinggal di Pondok Aren"],
    control="referral",
    referral_to="Kota Tangerang Selatan",
)
add(
    C,
    "resident",
    ["kk hilang pak, alamat saya kel. Cipondoh Indah kec. Cipondoh"],
    control="referral",
    referral_to="Kota Tangerang",
)
add(
    C,
    "first_timer",
    ["aku warga pamulang mau urus kia anak, bisa disini?"],
    control="referral",
    referral_to="Kota Tangerang Selatan",
)
add(
    C,
    "resident",
    ["ktp rusak, domisili Periuk Jaya, Periuk"],
    control="referral",
    referral_to="Kota Tangerang",
)
add(
    C,
    "resident",
    ["mohon info, saya warga Kecamatan Ciputat Timur, ingin ganti kartu keluarga"],
    control="referral",
    referral_to="Kota Tangerang Selatan",
)

C = "complaint_followup"
add(
    C,
    "resident",
    [
        "kemarin saya udah kirim pengajuan ktp kok belum ada kabar ya",
        "tolong di acc sekarang dong pak, saya butuh buat kerja",
    ],
    control="no_approval",
)
add(
    C,
    "resident",
    [
        "sudah seminggu KK saya belum jadi juga. saya mau bicara langsung dengan petugas saja",
    ],
    control="handoff",
)
add(
    C,
    "resident",
    [
        "min tolong cekin nik " + nik("CIKUPA", 1990, 1, 1) + " ktp nya udah jadi apa belum, "
        "itu atas nama siapa ya",
    ],
    control="no_nik_lookup",
)
add(
    C,
    "resident",
    [
        "pengajuan kia saya katanya perlu perbaikan, maksudnya apa? sambungkan ke orangnya aja",
    ],
    control="handoff",
)
add(
    C,
    "resident",
    [
        "bisa dipastikan hari ini disetujui ga? soalnya besok mau dipake",
    ],
    control="no_approval",
)

C = "casual_stepwise"
n, k = nik("CIKUPA", 1994, 9, 14), kk("CIKUPA", 2020, 8, 18)
add(
    C,
    "resident",
    ["halo", "mau ktp"],
    answers={
        "alasan": "ilang",
        "nik": n,
        "no_kk": k,
        "nama": "Reza Pahlevi",
        "desa": "sukanagara",
        "kecamatan": "cikupa",
    },
    missing=6,
    line=ktp(n, k, "REZA PAHLEVI", "SUKANAGARA", "CIKUPA", "HILANG"),
)
k = kk("KRESEK", 2017, 4, 7)
add(
    C,
    "resident",
    ["p", "kk"],
    answers={
        "no_kk": f"ini {k}",
        "nama_kepala_keluarga": "Saepudin",
        "desa": "jengkol",
        "kecamatan": "kresek",
    },
    missing=4,
    line=kkl(k, "SAEPUDIN", "JENGKOL", "KRESEK"),
)
n, k = nik("CISAUK", 2021, 1, 17), kk("CISAUK", 2021, 2, 1)
add(
    C,
    "first_timer",
    ["misi kak", "anak sy blm punya kia"],
    answers={
        "nik": f"nik anak {n}",
        "no_kk": k,
        "nama": "Kenzo Alvaro",
        "desa": "sampora",
        "kecamatan": "cisauk",
    },
    missing=5,
    line=kia(n, k, "KENZO ALVARO", "SAMPORA", "CISAUK"),
)
n, k = nik("SEPATAN", 2009, 8, 20, True), kk("SEPATAN", 2013, 3, 13)
add(
    C,
    "resident",
    ["pagi", "ktp pemula"],
    answers={
        "nik": sp(n),
        "no_kk": sp(k),
        "nama": "namanya Dinda Ayu",
        "desa": "desa karet",
        "kecamatan": "sepatan",
    },
    missing=5,
    line=ktp(n, k, "DINDA AYU", "KARET", "SEPATAN", "PEMULA"),
)
n, k = nik("PAGEDANGAN", 1983, 2, 3, True), kk("PAGEDANGAN", 2010, 10, 1)
add(
    C,
    "resident",
    ["ka", "ktp aku patah"],
    answers={
        "nik": n,
        "no_kk": k,
        "nama": "Mega Wati",
        "desa": "jatake",
        "kecamatan": "pagedangan",
    },
    missing=5,
    line=ktp(n, k, "MEGA WATI", "JATAKE", "PAGEDANGAN", "RUSAK"),
)

C = "correction_at_confirmation"
n, k = nik("CIKUPA", 1989, 5, 15), kk("CIKUPA", 2015, 1, 5)
add(
    C,
    "resident",
    [
        f"ktp ilang {n} {k} Arif Budiman pasir jaya cikupa",
        "eh salah, namanya Arif Budimansyah",
    ],
    control="correction",
    line=ktp(n, k, "ARIF BUDIMANSYAH", "PASIR JAYA", "CIKUPA", "HILANG"),
)
k, k2 = kk("BALARAJA", 2013, 8, 3), kk("BALARAJA", 2013, 8, 4)
add(
    C,
    "resident",
    [
        f"kk {k} kepala keluarga Maman, gembong balaraja",
        f"maaf no kk nya keliru, yang bener {k2}",
    ],
    control="correction",
    line=kkl(k2, "MAMAN", "GEMBONG", "BALARAJA"),
)
n, k = nik("KELAPA DUA", 2015, 3, 25, True), kk("KELAPA DUA", 2014, 6, 1)
add(
    C,
    "resident",
    [
        f"kia nik {n} kk {k} Aurel, bencongan kelapa dua",
        "bukan bencongan, tapi pakulonan barat",
    ],
    control="correction",
    line=kia(n, k, "AUREL", "PAKULONAN BARAT", "KELAPA DUA"),
)
n, k = nik("TIGARAKSA", 1990, 8, 8), kk("TIGARAKSA", 2016, 9, 9)
add(
    C,
    "resident",
    [
        f"ktp rusak nik {n} kk {k} nama Yoga, tapos tigaraksa",
        "oh maaf ktp nya bukan rusak tapi hilang",
    ],
    control="correction",
    line=ktp(n, k, "YOGA", "TAPOS", "TIGARAKSA", "HILANG"),
)
n, k = nik("SUKAMULYA", 1985, 4, 4, True), kk("SUKAMULYA", 2012, 4, 14)
add(
    C,
    "resident",
    [
        f"#KTP#{n}#{k}#Sri Mulyani#Buniayu#Sukamulya#HILANG#",
        "ralat desanya Parahu",
    ],
    control="correction",
    line=ktp(n, k, "SRI MULYANI", "PARAHU", "SUKAMULYA", "HILANG"),
)

C = "cancel"
add(C, "resident", ["mau bikin kk", "eh gak jadi deh, nanti aja"], control="cancel")
add(
    C,
    "resident",
    [
        f"ktp hilang nik {nik('CURUG', 1991, 3, 3)}",
        "batalin aja kak, ternyata ktp nya ketemu",
    ],
    control="cancel",
)
add(C, "first_timer", ["mau daftar kia", "hmm ga usah dulu deh, stop"], control="cancel")
add(
    C,
    "resident",
    ["Saya ingin mengajukan surat pindah", "Mohon dibatalkan saja, tidak jadi pindah"],
    control="cancel",
)
add(C, "helper", ["saya operator desa, mau input ktp warga", "maaf batal, warganya sudah datang "
    "sendiri ke kecamatan"], control="cancel")  # fmt: skip

C = "hash_line"
n, k = nik("CIKUPA", 1978, 10, 8), kk("CIKUPA", 2004, 10, 4)
add(
    C,
    "resident",
    [f"#KTP#{n}#{k}#DEDI MULYADI#CIKUPA#CIKUPA#HILANG#"],
    line=ktp(n, k, "DEDI MULYADI", "CIKUPA", "CIKUPA", "HILANG"),
)
k = kk("SEPATAN TIMUR", 2016, 2, 16)
add(
    C,
    "resident",
    [f"#kk#{k}#ujang supriatna#gempol sari#sepatan timur"],
    line=kkl(k, "UJANG SUPRIATNA", "GEMPOL SARI", "SEPATAN TIMUR"),
)
n, k = nik("KEMIRI", 2018, 4, 28), kk("KEMIRI", 2018, 5, 8)
add(
    C,
    "resident",
    [f"#KIA#{sp(n)}#{sp(k)}#Rayyan Akbar#Ranca Labuh#Kemiri"],
    line=kia(n, k, "RAYYAN AKBAR", "RANCA LABUH", "KEMIRI"),
)
add(
    C,
    "resident",
    ["#SKDWN#SKPWNI/3603/2026/0009123#Bekerja di Cikupa"],
    line=skdwn("SKPWNI/3603/2026/0009123", "BEKERJA DI CIKUPA"),
)
n, k = nik("KOSAMBI", 2009, 5, 25, True), kk("KOSAMBI", 2011, 9, 1)
add(
    C,
    "resident",
    [f"#KTP# {n} # {k} # Anisa Rahma # Cengklong # Kosambi # Pemula #"],
    line=ktp(n, k, "ANISA RAHMA", "CENGKLONG", "KOSAMBI", "PEMULA"),
)


def main() -> None:
    total = 0
    for old in HERE.glob("dev4_*.yml"):
        old.unlink()
    for category, convs in sorted(CONVS.items()):
        path = HERE / f"dev4_{category}.yml"
        body = yaml.safe_dump(
            {"conversations": convs}, allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(body, encoding="utf-8")
        total += len(convs)
        print(f"{path.name}: {len(convs)}")
    print(f"total {total}")


if __name__ == "__main__":
    main()
