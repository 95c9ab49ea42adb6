"""dev7: one independent part of the dev split of the conversation corpus.

Written by an independent author who read neither the assistant's code nor any other
conversation file (only design.md, the shared data tables and notes, the corpus README,
corpus.py and devtools/synthetic.py). Every message below is written by hand.

Weighted (about 14 each) to names given through a relative, a title or a possessive,
values the assistant already knows sent again (also at the confirmation), names
introduced in passing, step-by-step chats with odd, chatty or partial answers,
complaints and follow-ups (with or without a ticket code), and surat pindah (SKPWNI and
SKDWN); every other category has at least six.

Run:  cd /work/main && .venv/bin/python -m tests.conversations.dev.make_dev7
Writes dev7_<category>.yml beside this file, ids dev7-<category>-NN.

Numbers are synthetic: devtools.synthetic.make_nik / make_kk from the kecamatan's
Kemendagri code and a date, serials 9050-9149 (cycled). No. SKPWNI numbers are digits
made from an origin kab/kota code, a date and a serial from the same range.
"""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import yaml

from devtools.synthetic import make_kk, make_nik
from tests.conversations.corpus import CATEGORIES

HERE = Path(__file__).resolve().parent
PREFIX = "dev7"

# Kemendagri codes (36.03.xx) of the kecamatan of Kabupaten Tangerang, without dots.
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
}
# Kecamatan elsewhere (newcomers' first NIK, neighbours' residents), Kemendagri codes.
OTHER = {
    "CIBINONG": "320101",  # Kab. Bogor
    "BEKASI TIMUR": "327501",  # Kota Bekasi
    "TEBET": "317401",  # Jakarta Selatan
    "WANGON": "330202",  # Kab. Banyumas
    "MALINGPING": "360201",  # Kab. Lebak
    "KEDATON": "187101",  # Kota Bandar Lampung
    "KARANG PILANG": "357801",  # Kota Surabaya
    "TANGERANG": "367101",  # Kota Tangerang
    "BENDA": "367104",
    "CIPONDOH": "367105",
    "CILEDUG": "367106",
    "KARAWACI": "367107",
    "PONDOK AREN": "367403",  # Kota Tangerang Selatan
    "CIPUTAT": "367404",
    "PAMULANG": "367406",
}

_SERIALS = itertools.cycle(range(9050, 9150))


def _region(kec: str) -> str:
    return KEC.get(kec) or OTHER[kec]


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    return make_nik(_region(kec), date(y, m, d), female, next(_SERIALS))


def kk(kec: str, y: int, m: int, d: int) -> str:
    return make_kk(_region(kec), date(y, m, d), next(_SERIALS))


def skpwni(kab: str, y: int, m: int, d: int) -> str:
    """A synthetic No. SKPWNI: origin kab/kota code (4 digits) + DDMMYYYY + serial."""
    return f"{kab}{d:02d}{m:02d}{y:04d}{next(_SERIALS):04d}"


def grp(number: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    """The number cut into groups, the way people type it."""
    out, i = [], 0
    for size in sizes:
        out.append(number[i : i + size])
        i += size
    if i < len(number):
        out.append(number[i:])
    return sep.join(out)


def sp(number: str) -> str:
    return grp(number, (4, 4, 4, 4), " ")


def dots(number: str) -> str:
    return grp(number, (4, 4, 4, 4), ".")


def dash(number: str) -> str:
    return grp(number, (6, 6, 4), "-")


# --- canonical lines -----------------------------------------------------------------------
def l_kk(no_kk: str, nama: str, desa: str, kec: str) -> str:
    return f"#KK#{no_kk}#{nama}#{desa}#{kec}"


def l_ktp(n: str, k: str, nama: str, desa: str, kec: str, alasan: str) -> str:
    return f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#"


def l_kia(n: str, k: str, nama: str, desa: str, kec: str) -> str:
    return f"#KIA#{n}#{k}#{nama}#{desa}#{kec}"


def l_pwni(n: str, k: str, nama: str, alamat: str) -> str:
    return f"#SKPWNI#{n}#{k}#{nama}#{alamat}"


def l_dwn(no: str, keperluan: str) -> str:
    return f"#SKDWN#{no}#{keperluan}"


# --- the collection ------------------------------------------------------------------------
PART: dict[str, list[dict]] = {c: [] for c in CATEGORIES}


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
    convs = PART[category]
    conv: dict = {
        "id": f"{PREFIX}-{category}-{len(convs) + 1:02d}",
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
    if referral_to:
        expect["referral_to"] = referral_to
    if line:
        expect["line"] = line
    if facts:
        expect["facts"] = facts
    conv["expect"] = expect
    convs.append(conv)


# NIKs that other conversations ask the assistant to look up (they are also on tickets).
LOOKUP: dict[str, str] = {}


# ============================================================================================
def formal_one_message() -> None:
    c = "formal_one_message"

    n, k = nik("CIKUPA", 1990, 4, 21, True), kk("CIKUPA", 2013, 7, 9)
    LOOKUP["rina"] = n
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nSaya yang bertanda tangan di bawah ini:\nNama : Rina Marlina\n"
            f"NIK : {n}\nNo. KK : {k}\nAlamat : Desa Bitung Jaya, Kecamatan Cikupa\n\n"
            "bermaksud mengajukan permohonan penggantian KTP elektronik karena KTP saya "
            "hilang. Surat keterangan kehilangan dari Polsek sudah saya buat. Atas perhatian "
            "Bapak/Ibu saya ucapkan terima kasih."
        ],
        line=l_ktp(n, k, "RINA MARLINA", "BITUNG JAYA", "CIKUPA", "HILANG"),
    )

    k = kk("TIGARAKSA", 2009, 2, 17)
    add(
        c,
        "helper",
        [
            "Kepada Yth.\nPetugas Disdukcapil Kabupaten Tangerang\ndi tempat\n\nDengan hormat, "
            "kami dari Pemerintah Desa Pasir Nangka Kecamatan Tigaraksa bermaksud mengajukan "
            f"cetak ulang Kartu Keluarga warga kami dengan nomor KK {sp(k)} atas nama kepala "
            "keluarga SAEPUDIN, dikarenakan KK yang lama sudah lusuh dan sobek.\nDemikian "
            "permohonan ini kami sampaikan, atas kerjasamanya kami ucapkan terima kasih.\n\n"
            "Hormat kami,\nKasi Pelayanan Desa Pasir Nangka"
        ],
        answers={"nama_warga": "Saepudin", "telepon_warga": "0812 0000 9050"},
        line=l_kk(k, "SAEPUDIN", "PASIR NANGKA", "TIGARAKSA"),
    )

    n, k = nik("CURUG", 2019, 11, 3, True), kk("CURUG", 2016, 5, 28)
    add(
        c,
        "first_timer",
        [
            "Assalamu'alaikum warahmatullahi wabarakatuh.\nMohon maaf mengganggu waktunya "
            "Bapak/Ibu. Saya ingin mengajukan pembuatan Kartu Identitas Anak (KIA) untuk anak "
            f"saya yang bernama Naura Khairunnisa, NIK {n}, Nomor KK {k}, beralamat di Desa "
            "Kadu Jaya Kecamatan Curug.\nMohon bimbingannya karena saya baru pertama kali "
            "mengurus hal seperti ini.\nWassalamu'alaikum wr. wb."
        ],
        line=l_kia(n, k, "NAURA KHAIRUNNISA", "KADU JAYA", "CURUG"),
    )

    n, k = nik("BALARAJA", 1984, 8, 30), kk("BALARAJA", 2011, 10, 4)
    add(
        c,
        "resident",
        [
            f"Selamat siang Bapak/Ibu petugas. Dengan ini saya, Ahmad Fauzi (NIK {n} / No. KK "
            f"{k}), warga Desa Cangkudu Kecamatan Balaraja, memohon penggantian KTP-el yang "
            "rusak: chip tidak terbaca dan kartunya sudah retak di pojok. Terima kasih atas "
            "pelayanannya."
        ],
        line=l_ktp(n, k, "AHMAD FAUZI", "CANGKUDU", "BALARAJA", "RUSAK"),
    )

    n, k = nik("LEGOK", 1993, 1, 12, True), kk("LEGOK", 2018, 3, 3)
    alamat = "Jl. Kenanga No. 17 RT 004 RW 002, Kel. Tegal Gundil, Kec. Bogor Utara, Kota Bogor"
    add(
        c,
        "resident",
        [
            "Yth. Bapak/Ibu Petugas Pelayanan Pindah.\n"
            f"Saya Dewi Anggraini, NIK {n}, No. KK {k}, dengan ini mengajukan permohonan "
            f"Surat Keterangan Pindah Keluar dengan alamat tujuan: {alamat}.\nDemikian, atas "
            "perhatiannya saya ucapkan terima kasih.\nHormat saya,\nDewi Anggraini"
        ],
        line=l_pwni(n, k, "DEWI ANGGRAINI", alamat.upper()),
    )

    n, k = nik("BALARAJA", 2009, 10, 5), kk("BALARAJA", 2006, 12, 19)
    add(
        c,
        "first_timer",
        [
            "Dengan hormat,\nperkenankan saya Muhamad Rizki Ramadhan, sudah cukup umur, hendak "
            "mengajukan pembuatan KTP elektronik untuk pertama kalinya.\n"
            f"NIK: {n}\nNomor Kartu Keluarga: {k}\nDesa Sentul Jaya, Kec. Balaraja\n"
            "Mohon maaf bila cara penulisan saya kurang tepat. Atas bantuannya diucapkan "
            "terima kasih."
        ],
        line=l_ktp(n, k, "MUHAMAD RIZKI RAMADHAN", "SENTUL JAYA", "BALARAJA", "PEMULA"),
    )


# ============================================================================================
def dashed_numbers() -> None:
    c = "dashed_numbers"

    n, k = nik("PASAR KEMIS", 1990, 3, 15, True), kk("PASAR KEMIS", 2014, 8, 21)
    add(
        c,
        "resident",
        [
            f"ktp sy ilang min pas naik angkot. nik {grp(n, (4, 2, 6, 4), '-')} kk "
            f"{grp(k, (4, 4, 4, 4), '-')} nama Yuli Astuti ds Kuta Jaya kec Pasar Kemis"
        ],
        line=l_ktp(n, k, "YULI ASTUTI", "KUTA JAYA", "PASAR KEMIS", "HILANG"),
    )

    k = kk("LEGOK", 2012, 7, 8)
    add(
        c,
        "helper",
        [
            "dari kantor desa Babat pak, mohon dicetak ulang KK warga yg kerendam banjir "
            f"kmrn. No KK: {grp(k, (6, 6, 4), '.')} a/n kepala keluarga Junaedi, Desa Babat "
            "Kecamatan Legok"
        ],
        answers={"nama_warga": "Junaedi", "telepon_warga": "0812 0000 9073"},
        line=l_kk(k, "JUNAEDI", "BABAT", "LEGOK"),
    )

    n, k = nik("KELAPA DUA", 2016, 9, 15), kk("KELAPA DUA", 2015, 2, 10)
    add(
        c,
        "helper",
        [
            "sore pak, sy dr kelurahan Bencongan Indah mau bantu warga bikin KIA. anak an. "
            f"Rafka Aditya, NIK {grp(n, (4, 3, 5, 4))} , KK {grp(k, (3, 5, 4, 4))} , kel "
            "Bencongan Indah kec Kelapa Dua"
        ],
        answers={"nama_warga": "Sri Wahyuni, ibunya Rafka", "telepon_warga": "0857-0000-9051"},
        line=l_kia(n, k, "RAFKA ADITYA", "BENCONGAN INDAH", "KELAPA DUA"),
    )

    n, k = nik("SOLEAR", 2009, 9, 24, True), kk("SOLEAR", 2008, 4, 30)
    add(
        c,
        "first_timer",
        [
            "halo kak mau bikin ktp pertama kali, ini nik aku "
            f"{grp(n, (2, 2, 2, 2, 2, 2, 4), '-')} trus no kk nya "
            f"{grp(k, (2, 2, 2, 2, 2, 2, 4), '-')}. nama Intan Permatasari, desa Cikuya "
            "kecamatan Solear"
        ],
        line=l_ktp(n, k, "INTAN PERMATASARI", "CIKUYA", "SOLEAR", "PEMULA"),
    )

    n, k = nik("PAKUHAJI", 1979, 6, 6), kk("PAKUHAJI", 2018, 4, 4)
    add(
        c,
        "resident",
        [
            f"Mau ganti KTP rusak, kebasahan jadi tulisannya luntur. NIK {sp(n)} – KK "
            f"{dots(k)}, Haerul Anwar, Desa Kohod, Kec Pakuhaji"
        ],
        line=l_ktp(n, k, "HAERUL ANWAR", "KOHOD", "PAKUHAJI", "RUSAK"),
    )

    n, k = nik("MEKAR BARU", 2018, 7, 25, True), kk("MEKAR BARU", 2017, 11, 10)
    add(
        c,
        "resident",
        [
            f"KIA anak perempuan sy: Alya Nafisa. NIK anak {dots(n)}\nKK "
            f"{grp(k, (4, 4, 4, 4), ' - ')}\ndesa Kosambi Dalam, kec. Mekar Baru"
        ],
        line=l_kia(n, k, "ALYA NAFISA", "KOSAMBI DALAM", "MEKAR BARU"),
    )


# ============================================================================================
def name_introduced() -> None:
    c = "name_introduced"

    n, k = nik("CIKUPA", 1988, 2, 11), kk("CIKUPA", 2015, 6, 1)
    add(
        c,
        "resident",
        [
            f"Halo, nama saya Wahyu Hidayat, mau lapor ktp hilang. NIK {n}, KK {k}, tinggal "
            "di Desa Talaga kecamatan Cikupa"
        ],
        line=l_ktp(n, k, "WAHYU HIDAYAT", "TALAGA", "CIKUPA", "HILANG"),
    )

    k = kk("SEPATAN", 2010, 9, 14)
    add(
        c,
        "resident",
        [
            "sy Nurjanah dr ds Mekar Jaya sepatan, mau minta kk baru krn anak sy baru lahir "
            f"blm masuk kk. kk nya atas nama sy sendiri, no {k}"
        ],
        line=l_kk(k, "NURJANAH", "MEKAR JAYA", "SEPATAN"),
    )

    n, k = nik("PAGEDANGAN", 2009, 5, 9), kk("PAGEDANGAN", 2012, 1, 20)
    add(
        c,
        "first_timer",
        [
            "perkenalkan, saya Dimas Aditya Pratama, kelas 12 SMK. mau bikin ktp yg pertama, "
            f"nik sy {n} no kk {k} desa Cicalengka kec Pagedangan. caranya gitu kan?"
        ],
        line=l_ktp(n, k, "DIMAS ADITYA PRATAMA", "CICALENGKA", "PAGEDANGAN", "PEMULA"),
    )

    n, k = nik("CISOKA", 1975, 12, 1), kk("CISOKA", 2007, 3, 25)
    add(
        c,
        "resident",
        [
            "Ini dengan Ujang Suherman, warga Jeungjing Cisoka. Mau ganti ktp yg rusak, sudah "
            f"buram fotonya ga keliatan. NIK {sp(n)} KK {sp(k)}"
        ],
        line=l_ktp(n, k, "UJANG SUHERMAN", "JEUNGJING", "CISOKA", "RUSAK"),
    )

    n, k = nik("KOSAMBI", 1986, 7, 19, True), kk("KOSAMBI", 2016, 8, 8)
    alamat = "Kp. Kaloran RT 02 RW 01, Kel. Cimuncang, Kec. Serang, Kota Serang"
    add(
        c,
        "resident",
        [
            f"mau urus surat pindah ke Serang pak. NIK {n}, KK {k}, alamat tujuan {alamat}."
            "\nTrims,\nSumarni"
        ],
        line=l_pwni(n, k, "SUMARNI", alamat.upper()),
    )

    n, k = nik("CURUG", 1992, 10, 27), kk("CURUG", 2019, 12, 2)
    add(
        c,
        "resident",
        [
            "Sy Eko, lengkapnya Eko Prasetyo. KTP hilang waktu banjir kemarin. Kel. Curug "
            f"Kulon, Kec. Curug. nik {dots(n)} kk {dots(k)}"
        ],
        line=l_ktp(n, k, "EKO PRASETYO", "CURUG KULON", "CURUG", "HILANG"),
    )

    n, k = nik("KRESEK", 2009, 9, 2, True), kk("KRESEK", 2009, 6, 15)
    LOOKUP["siti_aisyah"] = n
    add(
        c,
        "helper",
        [
            "Selamat pagi, saya Dadang Supriatna staf pelayanan Desa Renged Kec. Kresek. Mau "
            f"mengajukan KTP pemula untuk warga kami: Siti Aisyah, NIK {n}, No KK {k}."
        ],
        answers={"nama_warga": "Siti Aisyah", "telepon_warga": "0813 0000 9052"},
        line=l_ktp(n, k, "SITI AISYAH", "RENGED", "KRESEK", "PEMULA"),
    )

    k = kk("SINDANG JAYA", 2014, 4, 9)
    add(
        c,
        "resident",
        [
            "Assalamualaikum, ini saya Lilis Suryani, yg kemarin nanya soal kk. Skrg mau "
            f"langsung ngajuin aja. KK {k} a.n. saya sendiri (sy janda, jd kepala keluarga), "
            "desa Sukaharja kec Sindang Jaya"
        ],
        line=l_kk(k, "LILIS SURYANI", "SUKAHARJA", "SINDANG JAYA"),
    )

    n, k = nik("GUNUNG KALER", 2009, 1, 13, True), kk("GUNUNG KALER", 2010, 2, 2)
    add(
        c,
        "first_timer",
        [
            "halo kak, aku Putri Ayu Lestari (panggil aja Putri hehe), mau bikin ktp soalnya "
            f"udah 17 thn. nik {n}, kk {k}, rumahnya di desa Sidoko kec Gunung Kaler"
        ],
        line=l_ktp(n, k, "PUTRI AYU LESTARI", "SIDOKO", "GUNUNG KALER", "PEMULA"),
    )

    k = kk("TIGARAKSA", 2005, 8, 17)
    add(
        c,
        "resident",
        [
            "Dengan Bpk. Suryadi di sini, mohon dibantu KK saya hilang waktu pindahan rumah. "
            f"Nomor KK {dash(k)}, Desa Pete Kec. Tigaraksa."
        ],
        line=l_kk(k, "SURYADI", "PETE", "TIGARAKSA"),
    )

    n, k = nik("KOSAMBI", 1970, 5, 30, True), kk("KOSAMBI", 2008, 10, 10)
    add(
        c,
        "resident",
        [
            f"Aye Mpok Rohaye, ktp aye ilang nih kagak tau jatoh dimane. nik {n} kk {k}, "
            "rumah aye di Dadap kecamatan kosambi"
        ],
        line=l_ktp(n, k, "ROHAYE", "DADAP", "KOSAMBI", "HILANG"),
    )

    n, k = nik("SEPATAN TIMUR", 1981, 11, 8, True), kk("SEPATAN TIMUR", 2013, 3, 13)
    add(
        c,
        "resident",
        [
            "Kulo Sri Wahyuningsih, nyuwun tulung badhe ngurus ktp ingkang rusak, sampun "
            f"pecah. NIK {n} KK {k} desa Gempol Sari kec Sepatan Timur. Matur nuwun"
        ],
        line=l_ktp(n, k, "SRI WAHYUNINGSIH", "GEMPOL SARI", "SEPATAN TIMUR", "RUSAK"),
    )

    n, k = nik("JAMBE", 2017, 4, 3), kk("JAMBE", 2016, 1, 7)
    add(
        c,
        "helper",
        [
            "Sy Bu Yati kader posyandu Ds Daru kec Jambe. Mau bantu ajukan KIA anak tetangga, "
            f"nama anaknya Fikri Ramadhan, NIK {sp(n)}, KK {sp(k)}. Ortunya ga punya hp"
        ],
        answers={"nama_warga": "Bapaknya, Rohmat", "telepon_warga": "0856 0000 9053"},
        line=l_kia(n, k, "FIKRI RAMADHAN", "DARU", "JAMBE"),
    )

    n, k = nik("MAUK", 1968, 3, 22), kk("MAUK", 2006, 9, 9)
    add(
        c,
        "first_timer",
        [
            "maaf sy ga ngerti format2an, pokoknya mau ganti ktp yg rusak. ini nik "
            f"{n}, kk {k}, ds Tanjung Anom kec Mauk"
        ],
        answers={"nama": "Nama saya Abdul Rohman"},
        missing=1,
        line=l_ktp(n, k, "ABDUL ROHMAN", "TANJUNG ANOM", "MAUK", "RUSAK"),
    )


# ============================================================================================
def half_remembered_format() -> None:
    c = "half_remembered_format"

    n, k = nik("PASAR KEMIS", 1995, 9, 9), kk("PASAR KEMIS", 2020, 1, 15)
    add(
        c,
        "resident",
        [f"KTP#{n}#{k}#yusuf maulana#pangadegan#pasar kemis#hilang"],
        line=l_ktp(n, k, "YUSUF MAULANA", "PANGADEGAN", "PASAR KEMIS", "HILANG"),
    )

    k = kk("BALARAJA", 2011, 5, 5)
    add(
        c,
        "resident",
        [f"#KK {k} SARMIN  ds Gembong  kec Balaraja"],
        line=l_kk(k, "SARMIN", "GEMBONG", "BALARAJA"),
    )

    n, k = nik("PASAR KEMIS", 2009, 8, 19, True), kk("PASAR KEMIS", 2009, 9, 29)
    add(
        c,
        "first_timer",
        [f"#KTP/{n}/{k}/Rahmawati/Gelam Jaya/Pasar Kemis/Pemula\nbegini bukan formatnya?"],
        line=l_ktp(n, k, "RAHMAWATI", "GELAM JAYA", "PASAR KEMIS", "PEMULA"),
    )

    n, k = nik("SEPATAN", 1983, 4, 17), kk("SEPATAN", 2012, 12, 12)
    add(
        c,
        "helper",
        [f"data warga kami pak:\n#KTP#Ade Irawan#{n}#{k}#Kayu Agung#Sepatan#RUSAK#"],
        answers={"nama_warga": "Ade Irawan", "telepon_warga": "0812 0000 9074"},
        line=l_ktp(n, k, "ADE IRAWAN", "KAYU AGUNG", "SEPATAN", "RUSAK"),
    )

    n, k = nik("RAJEG", 2020, 2, 14, True), kk("RAJEG", 2019, 6, 6)
    add(
        c,
        "helper",
        [f"#KIA# {n} # {k} # Ds. Sukasari # Kec. Rajeg # Aqila Zahra"],
        answers={"nama_warga": "Ibu Marlina (ibunya)", "telepon_warga": "0812-0000-9054"},
        line=l_kia(n, k, "AQILA ZAHRA", "SUKASARI", "RAJEG"),
    )

    n, k = nik("MEKAR BARU", 1989, 12, 31), kk("MEKAR BARU", 2015, 10, 20)
    add(
        c,
        "resident",
        [f"#KTP#NIK:{n}#KK:{k}#NAMA:Yayan Sopyan#DESA:Waliwis#KEC:Mekar Baru#ALASAN:Hilang#"],
        line=l_ktp(n, k, "YAYAN SOPYAN", "WALIWIS", "MEKAR BARU", "HILANG"),
    )

    n, k = nik("CISAUK", 1977, 8, 8, True), kk("CISAUK", 2010, 11, 11)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#Nani Kurniasih#Cibogo#Cisauk#"],
        answers={"alasan": "rusak, udah kelipet2 sampe patah"},
        missing=1,
        line=l_ktp(n, k, "NANI KURNIASIH", "CIBOGO", "CISAUK", "RUSAK"),
    )


# ============================================================================================
def restate_known_value() -> None:
    c = "restate_known_value"

    n, k = nik("KRONJO", 1987, 1, 26), kk("KRONJO", 2014, 2, 14)
    add(
        c,
        "resident",
        [
            f"ktp hilang. {n} nik, {k} kk. Nama Asep Saepulloh, desa Pasilian kec Kronjo",
            f"nik nya {dots(n)} ya min, takut td salah ketik",
        ],
        line=l_ktp(n, k, "ASEP SAEPULLOH", "PASILIAN", "KRONJO", "HILANG"),
    )

    k = kk("BALARAJA", 2017, 7, 17)
    add(
        c,
        "resident",
        [f"mau cetak ulang kk, no kk {k}, kepala keluarga Rusdi, desa Sukamurni"],
        answers={"kecamatan": "Balaraja. desanya Sukamurni ya td udh sy sebut"},
        missing=1,
        line=l_kk(k, "RUSDI", "SUKAMURNI", "BALARAJA"),
    )

    n, k = nik("KRONJO", 2015, 5, 19, True), kk("KRONJO", 2013, 8, 30)
    add(
        c,
        "helper",
        [
            f"Pak, KIA utk anak warga kami Salsabila Putri, NIK {n}, KK {k}, desa Muncung. "
            "Mohon dibantu."
        ],
        answers={
            "kecamatan": "Kec. Kronjo pak. Anaknya yg Salsabila Putri td, desa Muncung",
            "nama_warga": "Bu Sarah, ibu dari Salsabila",
            "telepon_warga": "0821 0000 9055",
        },
        missing=1,
        line=l_kia(n, k, "SALSABILA PUTRI", "MUNCUNG", "KRONJO"),
    )

    n, k = nik("SUKADIRI", 1991, 6, 14), kk("SUKADIRI", 2016, 6, 30)
    LOOKUP["dani"] = n
    add(
        c,
        "resident",
        [f"ktp Dani Ramdani, nik {n} kk {k}, ds Buaran Jati, kec Sukadiri"],
        answers={"alasan": f"ilang. oiya no kk nya {sp(k)} ya bener itu"},
        missing=1,
        line=l_ktp(n, k, "DANI RAMDANI", "BUARAN JATI", "SUKADIRI", "HILANG"),
    )

    n, k = nik("PANONGAN", 1985, 3, 3), kk("PANONGAN", 2014, 5, 22)
    alamat = "Perum Griya Asri Blok C2 No. 5, Desa Sukamekar, Kec. Sukawangi, Kab. Bekasi"
    add(
        c,
        "resident",
        [
            f"SKPWNI an. Joko Susilo nik {n} kk {k} pindah ke {alamat}",
            f"alamat tujuannya {alamat} ya, sama kaya tadi. cuma mastiin",
        ],
        line=l_pwni(n, k, "JOKO SUSILO", alamat.upper()),
    )

    n, k = nik("KEMIRI", 2009, 10, 30), kk("KEMIRI", 2008, 7, 7)
    add(
        c,
        "first_timer",
        [
            f"mau bikin ktp pertama, nik {n}",
            f"nik sy {sp(n)} ya itu tadi, terus kk {k}",
            "nama Fajar Nugraha desa Lontar kec Kemiri",
        ],
        line=l_ktp(n, k, "FAJAR NUGRAHA", "LONTAR", "KEMIRI", "PEMULA"),
    )

    k = kk("CISOKA", 2013, 9, 3)
    msg = f"KK warga no {k} kepala keluarga Tatang Sutarman desa Carenang kec Cisoka, mohon dicetak"
    add(
        c,
        "helper",
        [msg, f"(kirim ulang, sinyal di balai desa jelek) {msg}"],
        answers={"nama_warga": "Tatang Sutarman", "telepon_warga": "0812 0000 9075"},
        line=l_kk(k, "TATANG SUTARMAN", "CARENANG", "CISOKA"),
    )

    n, k = nik("PASAR KEMIS", 1994, 2, 20, True), kk("PASAR KEMIS", 2021, 4, 1)
    add(
        c,
        "resident",
        [
            f"ganti ktp rusak, {n} / {k} / Siti Rohmah / Sindangsari / Pasar Kemis",
            "iya itu nama sy SITI ROHMAH, desa Sindangsari pasar kemis",
        ],
        confirm="ya bener semua",
        line=l_ktp(n, k, "SITI ROHMAH", "SINDANGSARI", "PASAR KEMIS", "RUSAK"),
    )

    n, k = nik("TELUKNAGA", 1978, 10, 10), kk("TELUKNAGA", 2009, 1, 31)
    add(
        c,
        "resident",
        [
            f"KTP hilang, NIK {n}, KK {k}, Mulyono, Kampung Melayu Timur kec Teluknaga",
            "kmp melayu timur ya min yg deket jembatan, kec teluknaga",
        ],
        line=l_ktp(n, k, "MULYONO", "KMP MELAYU TIM", "TELUKNAGA", "HILANG"),
    )

    n, k = nik("JAYANTI", 1999, 9, 1, True), kk("JAYANTI", 2022, 2, 22)
    add(
        c,
        "helper",
        [
            f"Pengajuan ktp hilang warga Desa Pabuaran Kec. Jayanti an. Euis Komalasari NIK "
            f"{n} KK {k}",
            f"sekali lagi ya pak, NIK warga {sp(n)}, KK {sp(k)}, betul itu",
        ],
        answers={"nama_warga": "Euis Komalasari", "telepon_warga": "0812 0000 9056"},
        line=l_ktp(n, k, "EUIS KOMALASARI", "PABUARAN", "JAYANTI", "HILANG"),
    )

    n, k = nik("SUKAMULYA", 2021, 12, 12, True), kk("SUKAMULYA", 2020, 3, 18)
    add(
        c,
        "resident",
        [f"kia nik {n} kk {k} desa Buniayu kec Sukamulya"],
        answers={"nama": f"Keisha Anindya, nik nya tetep {n} yg tadi"},
        missing=1,
        line=l_kia(n, k, "KEISHA ANINDYA", "BUNIAYU", "SUKAMULYA"),
    )

    no = skpwni("3201", 2025, 9, 15)
    add(
        c,
        "resident",
        [f"mau lapor pindah datang, no skpwni {no}"],
        answers={"keperluan": f"numpang KK mertua. no skpwni nya {sp(no)} ya"},
        missing=1,
        line=l_dwn(no, "NUMPANG KK MERTUA"),
    )

    n, k = nik("PANONGAN", 1996, 4, 4, True), kk("PANONGAN", 2019, 9, 19)
    add(
        c,
        "first_timer",
        [f"assalamualaikum, mau tanya ktp, nik {n} kk {k} nama Wulan Sari desa Ranca Kalapa"],
        answers={
            "alasan": "hilang kecopetan di pasar",
            "kecamatan": "Panongan, desa Ranca Kalapa td",
        },
        missing=2,
        line=l_ktp(n, k, "WULAN SARI", "RANCA KALAPA", "PANONGAN", "HILANG"),
    )

    k = kk("KELAPA DUA", 2012, 10, 5)
    add(
        c,
        "resident",
        [
            f"Mohon cetak KK baru, no {k}, kepala keluarga Mulyadi, kel. Pakulonan Barat kec. "
            "Kelapa Dua",
            "kepala keluarganya Mulyadi ya sesuai yg tadi, kelurahan Pakulonan Barat",
        ],
        confirm="iya kirim",
        line=l_kk(k, "MULYADI", "PAKULONAN BARAT", "KELAPA DUA"),
    )


# ============================================================================================
def name_with_relation() -> None:
    c = "name_with_relation"

    n, k = nik("CIKUPA", 1983, 9, 28), kk("CIKUPA", 2010, 4, 4)
    add(
        c,
        "resident",
        [
            "mau ngurus ktp hilang atas nama suami saya pak Dedi Kurniawan, dia lagi kerja "
            f"jd sy yg urus. nik nya {n} kk {k} desa Dukuh kec Cikupa"
        ],
        line=l_ktp(n, k, "DEDI KURNIAWAN", "DUKUH", "CIKUPA", "HILANG"),
    )

    n, k = nik("SEPATAN", 2021, 3, 8, True), kk("SEPATAN", 2015, 11, 11)
    add(
        c,
        "resident",
        [
            "bikin KIA buat anak sy yg kecil, Aisyah Putri Ramadhani. nik "
            f"{n}, kk {k}, desa Karet kecamatan Sepatan"
        ],
        line=l_kia(n, k, "AISYAH PUTRI RAMADHANI", "KARET", "SEPATAN"),
    )

    k = kk("JAMBE", 2004, 6, 20)
    add(
        c,
        "resident",
        [
            "kk nya bapak mertua sy mau diganti yg baru, kepala keluarganya dia, pak Oman "
            f"Abdurrahman. no kk {k}, desa Taban kec Jambe"
        ],
        line=l_kk(k, "OMAN ABDURRAHMAN", "TABAN", "JAMBE"),
    )

    n, k = nik("CISOKA", 1990, 12, 5, True), kk("CISOKA", 2014, 12, 24)
    add(
        c,
        "resident",
        [f"ktp istri saya rusak, namanya Nurhayati. NIK {sp(n)} KK {sp(k)} ds Cibugel kec Cisoka"],
        line=l_ktp(n, k, "NURHAYATI", "CIBUGEL", "CISOKA", "RUSAK"),
    )

    n, k = nik("LEGOK", 2009, 11, 2), kk("LEGOK", 2007, 3, 3)
    add(
        c,
        "resident",
        [
            "adek sy si Rendi baru 17 bulan kemaren, mau bikin ktp pertama. lengkapnya Rendi "
            f"Saputra. nik {n} kk {k} desa palasari kec legok"
        ],
        line=l_ktp(n, k, "RENDI SAPUTRA", "PALASARI", "LEGOK", "PEMULA"),
    )

    n, k = nik("TELUKNAGA", 2020, 8, 17), kk("TELUKNAGA", 2019, 1, 1)
    add(
        c,
        "first_timer",
        [
            "sy neneknya, mau bikinin KIA cucu saya, Muhammad Rafa Alfarizi. Bapak ibunya "
            f"kerja di Jakarta. NIK cucu {n}, KK {k}, Desa Lemo Kec Teluknaga. bener gini ya?"
        ],
        line=l_kia(n, k, "MUHAMMAD RAFA ALFARIZI", "LEMO", "TELUKNAGA"),
    )

    n, k = nik("KRESEK", 1958, 7, 1, True), kk("KRESEK", 2005, 5, 5)
    add(
        c,
        "resident",
        [
            "ktp punya emak sy ilang, biasa dipanggil Mak Odah tp di KTP namanya Saodah. "
            f"nik {n} kk {k} desa Talok kecamatan Kresek"
        ],
        line=l_ktp(n, k, "SAODAH", "TALOK", "KRESEK", "HILANG"),
    )

    k = kk("CURUG", 2016, 2, 29)
    add(
        c,
        "resident",
        [
            f"Mau bantu urus KK kakak ipar saya mas Bambang Triyono (kepala keluarga), no KK "
            f"{dots(k)}, kel Sukabakti kec Curug"
        ],
        line=l_kk(k, "BAMBANG TRIYONO", "SUKABAKTI", "CURUG"),
    )

    n, k = nik("PAKUHAJI", 2014, 10, 21, True), kk("PAKUHAJI", 2013, 6, 1)
    add(
        c,
        "resident",
        [
            "KIA buat ponakan sy, anaknya teh Euis, namanya Zahra Aulia. "
            f"nik {n} kk {k}, desa Kramat kec Pakuhaji"
        ],
        line=l_kia(n, k, "ZAHRA AULIA", "KRAMAT", "PAKUHAJI"),
    )

    k = kk("CISAUK", 2024, 1, 15)
    add(
        c,
        "first_timer",
        [
            "maaf sy blm pernah ngurus beginian. bapak sy udh meninggal bulan lalu, jadi "
            "kepala keluarga di kk pindah ke ibu sy, Komariah. mohon dibuatkan kk nya. no kk "
            f"{k} desa Suradita kec Cisauk"
        ],
        line=l_kk(k, "KOMARIAH", "SURADITA", "CISAUK"),
    )

    n, k = nik("KOSAMBI", 1980, 1, 9), kk("KOSAMBI", 2011, 7, 27)
    alamat = "Jl. Cempaka Raya No. 23 RT 006 RW 009, Kel. Jatiasih, Kec. Jatiasih, Kota Bekasi"
    add(
        c,
        "resident",
        [
            "saya istrinya, mau minta surat pindah buat suami, a.n. Agus Salim. NIK "
            f"{n}, KK {k}. pindahnya ke {alamat}"
        ],
        line=l_pwni(n, k, "AGUS SALIM", alamat.upper()),
    )

    n, k = nik("RAJEG", 1966, 4, 12), kk("RAJEG", 2008, 8, 18)
    add(
        c,
        "helper",
        [
            "sy staf desa Tanjakan kec Rajeg, mau ajukan KTP rusak punya pak RT kami, Pak "
            f"Sarpan. NIK {n} KK {k}"
        ],
        answers={"nama_warga": "Sarpan", "telepon_warga": "0877 0000 9057"},
        line=l_ktp(n, k, "SARPAN", "TANJAKAN", "RAJEG", "RUSAK"),
    )

    n, k = nik("GUNUNG KALER", 1949, 11, 20, True), kk("GUNUNG KALER", 2006, 4, 14)
    add(
        c,
        "first_timer",
        [
            "mau bikin ktp nenek sy yg ilang, Mak Icih, nama lengkapnya Icih Sukaesih. nik "
            f"{sp(n)} kk {sp(k)} desa Tamiang gunung kaler"
        ],
        line=l_ktp(n, k, "ICIH SUKAESIH", "TAMIANG", "GUNUNG KALER", "HILANG"),
    )

    n, k = nik("PANONGAN", 2019, 6, 30), kk("PANONGAN", 2017, 9, 9)
    add(
        c,
        "resident",
        [
            "ini KIA buat si bungsu, Arkan. nama lengkapnya Arkan Maulana Yusuf. "
            f"NIK {dash(n)} KK {dash(k)} Desa Peusar Kec Panongan"
        ],
        line=l_kia(n, k, "ARKAN MAULANA YUSUF", "PEUSAR", "PANONGAN"),
    )


# ============================================================================================
def surat_pindah() -> None:
    c = "surat_pindah"

    n, k = nik("SINDANG JAYA", 1995, 5, 25, True), kk("SINDANG JAYA", 2020, 6, 20)
    alamat = (
        "Perum Bumi Bekasi Baru Blok F3 No 9 RT 05 RW 12 Kel Bojong Rawalumbu Kec "
        "Rawalumbu Kota Bekasi"
    )
    add(
        c,
        "resident",
        [
            "mau pindah ikut suami ke Bekasi, surat pindahnya gmn. ini data sy: nik "
            f"{n} kk {k} nama Fitri Handayani, alamat baru {alamat}"
        ],
        line=l_pwni(n, k, "FITRI HANDAYANI", alamat.upper()),
    )

    n, k = nik("JAMBE", 1972, 2, 8), kk("JAMBE", 2010, 10, 1)
    alamat = "Kp. Cibobos RT 01 RW 02, Desa Malingping Utara, Kec. Malingping, Kab. Lebak"
    add(
        c,
        "helper",
        [
            "Selamat siang, kami dari desa Ranca Buaya kec Jambe mengajukan SKPWNI untuk "
            f"warga a.n. Rasmita, NIK {n}, KK {k}, tujuan {alamat}."
        ],
        answers={"nama_warga": "Rasmita", "telepon_warga": "0819 0000 9058"},
        line=l_pwni(n, k, "RASMITA", alamat.upper()),
    )

    n, k = nik("SOLEAR", 1969, 8, 15), kk("SOLEAR", 2012, 3, 6)
    add(
        c,
        "first_timer",
        [
            "permisi, kalo mau pindah ke luar kota, pulang kampung ke Banyumas, ngurus surat "
            "pindahnya disini bisa?",
            f"yaudah sy mau ngajuin. nik {n} kk {k} nama Tarsono",
        ],
        answers={"alamat_pindah": "Desa Wangon RT 02 RW 05, Kec. Wangon, Kab. Banyumas"},
        missing=1,
        line=l_pwni(n, k, "TARSONO", "DESA WANGON RT 02 RW 05, KEC. WANGON, KAB. BANYUMAS"),
    )

    n, k = nik("SEPATAN", 1988, 6, 6), kk("SEPATAN", 2015, 8, 8)
    alamat = (
        "Jl. KH Hasyim Ashari Gg. Masjid No. 3 RT 01 RW 03, Kel. Cipondoh Indah, Kec. "
        "Cipondoh, Kota Tangerang"
    )
    add(
        c,
        "resident",
        [
            "sy warga desa Pondok Jaya sepatan, mau pindah domisili ke Kota Tangerang krn "
            f"beli rumah disana. Heri Setiawan, nik {sp(n)}, kk {sp(k)}, alamat baru: {alamat}"
        ],
        line=l_pwni(n, k, "HERI SETIAWAN", alamat.upper()),
    )

    n, k = nik("CURUG", 1990, 7, 7, True), kk("CURUG", 2017, 12, 17)
    add(
        c,
        "resident",
        ["skpwni"],
        answers={
            "nik": f"{n}",
            "no_kk": f"kk {k}",
            "nama": "Ratna Sari Dewi",
            "alamat_pindah": "Jl. Sukajadi No. 101, Kel. Pasteur, Kec. Sukajadi, Kota Bandung",
        },
        missing=4,
        line=l_pwni(
            n,
            k,
            "RATNA SARI DEWI",
            "JL. SUKAJADI NO. 101, KEL. PASTEUR, KEC. SUKAJADI, KOTA BANDUNG",
        ),
    )

    n, k = nik("TIGARAKSA", 1982, 3, 19), kk("TIGARAKSA", 2013, 1, 4)
    alamat = "Jl. Pandanaran II No. 14, Kel. Mugassari, Kec. Semarang Selatan, Kota Semarang"
    add(
        c,
        "resident",
        [
            "Mau bikin surat keterangan pindah WNI, dipindah tugas kantor ke Semarang. Nama "
            f"Bayu Pamungkas NIK {n} No KK {k}. Alamat tujuan {alamat}"
        ],
        line=l_pwni(n, k, "BAYU PAMUNGKAS", alamat.upper()),
    )

    n, k = nik("PAKUHAJI", 1993, 10, 10), kk("PAKUHAJI", 2018, 10, 18)
    alamat = "Jl. Teuku Umar No. 45, Kel. Kedaton, Kec. Kedaton, Kota Bandar Lampung"
    add(
        c,
        "resident",
        [
            "min sy dpt kerjaan di lampung, mau pindah kk sekalian. gmn urus surat pindah "
            f"keluarnya? {n} nik, kk {k}, nama lengkap Irfan Hakim, tujuan {alamat}"
        ],
        line=l_pwni(n, k, "IRFAN HAKIM", alamat.upper()),
    )

    n, k = nik("SUKADIRI", 1975, 4, 23, True), kk("SUKADIRI", 2009, 4, 9)
    alamat = "Dusun Gamping Kidul RT 03 RW 15, Ambarketawang, Gamping, Sleman"
    add(
        c,
        "helper",
        [
            "pak, ibu Warsini warga desa Pekayon mau pindah keluar ikut anaknya ke Sleman. "
            f"NIK {dots(n)}, KK {dots(k)}. tujuan: {alamat}. mohon diproses surat pindahnya"
        ],
        answers={"nama_warga": "Warsini", "telepon_warga": "0815 0000 9059"},
        line=l_pwni(n, k, "WARSINI", alamat.upper()),
    )

    no = skpwni("3201", 2025, 10, 2)
    add(
        c,
        "resident",
        [
            "sy baru pindah dari Cibinong Bogor, udh pegang surat pindah (SKPWNI) nomor "
            f"{no}. mau lapor datang, keperluan: pembuatan KK baru"
        ],
        line=l_dwn(no, "PEMBUATAN KK BARU"),
    )

    no = skpwni("1871", 2025, 8, 28)
    add(
        c,
        "first_timer",
        [
            "SKDWN itu apa ya? sy punya surat pindah dari Bandar Lampung",
            f"oh gitu, nomornya {sp(no)}",
        ],
        answers={"keperluan": "gabung ke KK suami"},
        missing=1,
        line=l_dwn(no, "GABUNG KE KK SUAMI"),
    )

    no = skpwni("3174", 2025, 11, 3)
    add(
        c,
        "resident",
        [f"surat pindah datang, nomor skpwni {dash(no)} keperluan ikut suami"],
        line=l_dwn(no, "IKUT SUAMI"),
    )

    no = skpwni("3275", 2025, 7, 21)
    add(
        c,
        "helper",
        [
            "lapor kedatangan warga baru di desa Cijantra kec Pagedangan, skpwni dari Kota "
            f"Bekasi no {no}, keperluan: pindah kerja"
        ],
        answers={"nama_warga": "Gilang Ramadhan", "telepon_warga": "0838 0000 9060"},
        line=l_dwn(no, "PINDAH KERJA"),
    )

    no = skpwni("3302", 2025, 6, 11)
    add(
        c,
        "resident",
        ["halo, mau urus pindah datang ke sini"],
        answers={"no_skpwni": f"ini no nya {sp(no)}", "keperluan": "pindah sekolah anak"},
        missing=2,
        line=l_dwn(no, "PINDAH SEKOLAH ANAK"),
    )

    no = skpwni("3578", 2025, 9, 30)
    add(
        c,
        "resident",
        [
            f"Saya pindahan dari Surabaya, No. SKPWNI {no}. Keperluan: ganti KTP dan KK alamat "
            "baru. Sekarang ngontrak di Bojong Nangka"
        ],
        line=l_dwn(no, "GANTI KTP DAN KK ALAMAT BARU"),
    )


# ============================================================================================
def question_not_form() -> None:
    c = "question_not_form"

    add(
        c,
        "resident",
        ["min kalo ktp ilang syaratnya apa aja ya? mesti ke kantor polisi dulu ga"],
        facts=[["polisi", "kepolisian"]],
    )
    add(
        c,
        "first_timer",
        ["maaf mau nanya, bikin kk baru itu bayar berapa ya? takut ga punya uang"],
        facts=[["gratis", "tidak dipungut", "tanpa biaya", "tidak dikenakan biaya"]],
    )
    add(
        c,
        "first_timer",
        ["anak sy umur 6 thn mau bikin kia, perlu pas foto ga? ukuran brp, sy blm tau apa2"],
        facts=[["foto"], ["2x3", "2 x 3", "2×3", "2 × 3"]],
    )
    add(
        c,
        "resident",
        [
            "pengajuan KTP sy bisa langsung disetujui hari ini ga? penting bgt buat "
            "persyaratan nikah minggu depan"
        ],
        control="no_approval",
    )
    add(
        c,
        "resident",
        [
            f"sy nemu dompet di jalan, ada fotokopi ktp nik {LOOKUP['rina']}. bisa tolong "
            "cekin ini punya siapa & alamatnya dimana? mau sy balikin"
        ],
        control="no_nik_lookup",
    )
    n = nik("LEGOK", 1998, 5, 5, True)
    add(
        c,
        "first_timer",
        [f"nik sy {n} udah terdaftar blm di dukcapil? tolong dicek, datanya bener ga"],
        control="no_nik_lookup",
    )


# ============================================================================================
def topic_coverage() -> None:
    c = "topic_coverage"

    add(
        c,
        "helper",
        [
            "pak, warga sy nanya perlu surat pengantar rt rw ga kalo mau ganti kk? sy rt nya "
            "lg di luar kota"
        ],
        facts=[
            ["pengantar"],
            ["tidak perlu", "tidak diperlukan", "tidak lagi", "tanpa", "tidak wajib"],
        ],
    )
    add(
        c,
        "first_timer",
        ["ktp digital (IKD) itu gimana caranya? pake aplikasi apa, butuh apa aja"],
        facts=[
            ["hp", "ponsel", "smartphone", "handphone", "telepon genggam"],
            ["email", "e-mail", "surel"],
        ],
    )
    add(
        c,
        "resident",
        [
            "sy mau pindah rumah dari Cikupa ke Balaraja, masih sama2 kab tangerang. perlu "
            "bikin surat pindah ga?"
        ],
        facts=[
            [
                "tidak perlu",
                "tidak memerlukan",
                "tidak diperlukan",
                "tidak usah",
                "tanpa skpwni",
                "tidak butuh",
            ]
        ],
    )
    add(
        c,
        "helper",
        ["kantor disdukcapil kab tangerang alamatnya dimana ya pak? bisa ke kecamatan aja ga"],
        facts=[["tigaraksa"], ["kecamatan"]],
    )
    add(
        c,
        "helper",
        [
            "ada warga sy baru nikah, mau bikin kk sendiri pisah dari ortu. syaratnya apa aja "
            "pak biar sy siapin?"
        ],
        facts=[["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta"]],
    )
    add(
        c,
        "first_timer",
        [
            "sy ngekos di daerah Curug, mau pindah datang ke sini dr Jakarta, bawa apa aja ya? "
            "yg punya kos perlu tanda tangan ga"
        ],
        facts=[
            ["skpwni", "surat pindah", "surat keterangan pindah"],
            ["pemilik", "yang punya", "tidak keberatan", "pemberi kos", "induk semang"],
        ],
    )
    add(
        c,
        "resident",
        [
            "adik sy perempuan umur 16 tp udah nikah siri bulan lalu, bisa bikin ktp ga "
            "walaupun blm 17?"
        ],
        facts=[["nikah", "kawin", "menikah"], ["bisa", "boleh", "dapat"]],
    )
    add(
        c,
        "first_timer",
        [
            "bayi sy baru lahir minggu lalu, anak pertama jd bingung. KIA nya bisa sekalian "
            "sama akta kelahiran ga?"
        ],
        facts=[["akta"], ["bersama", "bersamaan", "sekaligus", "bareng", "sekalian"]],
    )
    add(
        c,
        "helper",
        [
            "warga kami ktp nya patah, kalo mau ganti yg rusak itu harus bawa ktp yg lama ga? "
            "apa cukup kk aja"
        ],
        facts=[["rusak"], ["bawa", "membawa", "dibawa", "serahkan", "diserahkan", "lama"]],
    )


# ============================================================================================
def referral_by_place() -> None:
    c = "referral_by_place"

    n, k = nik("CIPONDOH", 1991, 1, 1), kk("CIPONDOH", 2016, 3, 30)
    add(
        c,
        "resident",
        [
            "sy warga kel Poris Plawad, kec Cipondoh, mau bikin ktp yg hilang. nik "
            f"{n} kk {k} nama Andi Wijaya"
        ],
        control="referral",
        referral_to="Kota Tangerang",
    )
    add(
        c,
        "helper",
        [
            "sy ketua RT di Pondok Kacang Timur, Pondok Aren, Tangsel. ada warga mau urus KK "
            "baru krn anaknya lahir, bisa lewat sini?"
        ],
        control="referral",
        referral_to="Kota Tangerang Selatan",
    )
    add(
        c,
        "helper",
        [
            "sy kader posyandu di Kel. Sudimara Barat kecamatan Ciledug, mau bantu ibu2 "
            "bikin KIA anaknya, gmn caranya?"
        ],
        control="referral",
        referral_to="Kota Tangerang",
    )
    add(
        c,
        "first_timer",
        ["aku tinggal di pamulang barat, pamulang. bisa bikin ktp pertama disini kak?"],
        control="referral",
        referral_to="Kota Tangerang Selatan",
    )
    n, k = nik("KARAWACI", 1986, 6, 16, True), kk("KARAWACI", 2014, 7, 14)
    add(
        c,
        "resident",
        [f"#KTP#{n}#{k}#MEGAWATI#KARAWACI BARU#KARAWACI#HILANG#"],
        control="referral",
        referral_to="Kota Tangerang",
    )
    add(
        c,
        "resident",
        [
            "kami di Serua Indah Ciputat, kemarin ke kecamatan katanya bisa online. mau "
            "bikin kia anak, nomornya yg mana ya"
        ],
        control="referral",
        referral_to="Kota Tangerang Selatan",
    )
    k = kk("BENDA", 2018, 8, 28)
    add(
        c,
        "resident",
        [
            f"Mau cetak ulang KK, no {k}, kepala keluarga Hendra Gunawan, kelurahan Jurumudi "
            "Baru kecamatan Benda"
        ],
        control="referral",
        referral_to="Kota Tangerang",
    )


# ============================================================================================
def complaint_followup() -> None:
    c = "complaint_followup"

    add(
        c,
        "resident",
        [
            "min sy udh kirim format KTP tgl 2 kemarin lewat wa, sampe skrg blm ada kabar sama "
            "sekali. itu nyampe ga sih?"
        ],
        answers={"nama_warga": "Komar", "telepon_warga": "0812 0000 9061"},
        control="handoff",
    )
    add(
        c,
        "resident",
        ["kode KK-7Q2M4T udah 10 hari statusnya masih BARU terus. kapan diprosesnya??"],
        control="handoff",
    )
    add(
        c,
        "resident",
        [
            "mau lapor, di kecamatan sy dimintain 100rb katanya biar ktp cepet jadi. emang "
            "resmi ada biayanya? sy ga terima"
        ],
        control="handoff",
    )
    add(
        c,
        "helper",
        [
            "KTP warga kami udh jadi tp namanya salah ketik, harusnya Siti Romlah jadi Siti "
            "Romla. gimana benerinnya, sy mau ngomong sama petugas"
        ],
        answers={"nama_warga": "Siti Romlah", "telepon_warga": "0812 0000 9076"},
        control="handoff",
    )
    add(
        c,
        "first_timer",
        [
            "permohonan sy PINDAH-3K8W2R ditolak katanya data ga sesuai, maksudnya apa ya? "
            "sy ga ngerti harus gimana"
        ],
        control="handoff",
    )
    add(
        c,
        "resident",
        [
            "udah 3x bolak balik ke kecamatan, alasannya blangko habis terus. kapan adanya?? "
            "capek sy izin kerja"
        ],
        control="handoff",
    )
    add(
        c,
        "helper",
        [
            "Selamat siang. Sy petugas desa Cikasungka, ada 5 berkas warga yg sy kirim minggu "
            "lalu blm ada respon satupun. Mohon ditindaklanjuti."
        ],
        answers={"nama_warga": "Iwan (petugas desa)", "telepon_warga": "0812 0000 9062"},
        control="handoff",
    )
    add(
        c,
        "first_timer",
        ["udah lah sy mau ngomong sama orang aja, bukan sama mesin. dari tadi muter2 terus"],
        control="handoff",
    )
    add(
        c,
        "helper",
        [
            "pak, KIA-9P4X7N yg sy ajukan buat warga statusnya PERLU_PERBAIKAN, apa yg harus "
            "diperbaiki? ga ada keterangannya"
        ],
        control="handoff",
    )
    add(
        c,
        "resident",
        ["KTP-5M8R2K tolong di acc hari ini ya min, besok mau dipake ngelamar kerja. please bgt"],
        control="no_approval",
    )
    add(
        c,
        "resident",
        [
            "kk sy udh diajuin kmrn, bisa dijadwalin ambilnya hari sabtu ga? sy kerja "
            "senin-jumat pulangnya malem"
        ],
        control="no_approval",
    )
    add(
        c,
        "resident",
        ["pokoknya sy minta jaminan kk sy jadi minggu ini, bisa dijamin ga?? udah 2 minggu nih"],
        control="no_approval",
    )
    n = LOOKUP["dani"]
    add(
        c,
        "resident",
        [
            "permohonan sy kok ga ada kabar, sy lupa kodenya. coba cek pake nik sy aja "
            f"{n}, siapa namanya yg terdaftar"
        ],
        control="no_nik_lookup",
    )
    n = LOOKUP["siti_aisyah"]
    add(
        c,
        "helper",
        [f"tolong cek status warga sy, NIK {sp(n)}, terdaftarnya atas nama siapa & udh sampe mana"],
        control="no_nik_lookup",
    )


# ============================================================================================
def helper_mode() -> None:
    c = "helper_mode"

    n, k = nik("SUKAMULYA", 1976, 9, 17), kk("SUKAMULYA", 2009, 2, 9)
    add(
        c,
        "helper",
        [
            "Assalamualaikum pak, sy operator desa Kubang kec Sukamulya. Hari ini ada 3 warga "
            f"yg mau sy ajukan, sy kirim satu2 ya. Pertama: KTP hilang an. Sukarna, NIK {n}, "
            f"KK {k}"
        ],
        answers={"nama_warga": "Sukarna", "telepon_warga": "0812 0000 9063"},
        line=l_ktp(n, k, "SUKARNA", "KUBANG", "SUKAMULYA", "HILANG"),
    )

    k = kk("KEMIRI", 2015, 3, 15)
    add(
        c,
        "helper",
        [
            "pak input KK warga ya. no kk "
            f"{sp(k)}, KK an. Rasidi, desa Klebet kec. Kemiri. yg lainnya nyusul sore"
        ],
        answers={"nama_warga": "Pak Rasidi", "telepon_warga": "0813 0000 9064"},
        line=l_kk(k, "RASIDI", "KLEBET", "KEMIRI"),
    )

    n, k = nik("LEGOK", 2016, 12, 3, True), kk("LEGOK", 2015, 12, 30)
    add(
        c,
        "helper",
        [
            "selamat pagi, sy guru PAUD di desa Bojongkamal Legok, bantu orang tua murid yg "
            f"belum bisa hp. KIA murid: Nadia Rahma, nik {n}, kk {k}"
        ],
        answers={"nama_warga": "Ibu Ani, ibunya Nadia", "telepon_warga": "0858 0000 9065"},
        line=l_kia(n, k, "NADIA RAHMA", "BOJONGKAMAL", "LEGOK"),
    )

    n, k = nik("TELUKNAGA", 1979, 5, 14), kk("TELUKNAGA", 2012, 5, 14)
    alamat = "Jl. Raya Pandeglang Km 5, Kel. Kadomas, Kec. Pandeglang, Kab. Pandeglang"
    add(
        c,
        "helper",
        [
            "sy ketua RT 03 desa Tanjung Burung, mau bantu warga sy ngurus pindah keluar. "
            f"an. Kusnadi, nik {dash(n)}, kk {dash(k)}, pindah ke {alamat}"
        ],
        answers={"nama_warga": "Kusnadi", "telepon_warga": "0812 0000 9066"},
        line=l_pwni(n, k, "KUSNADI", alamat.upper()),
    )

    n, k = nik("SEPATAN TIMUR", 2009, 3, 1), kk("SEPATAN TIMUR", 2010, 1, 10)
    galih = n
    add(
        c,
        "helper",
        [
            "sy dari karang taruna desa Tanah Merah kec Sepatan Timur, lagi bantu anak2 yg "
            f"udh 17 bikin ktp. yg ini: Galih Permana, {n}, kk {k}"
        ],
        answers={"nama_warga": "Galih Permana", "telepon_warga": "0896 0000 9067"},
        line=l_ktp(n, k, "GALIH PERMANA", "TANAH MERAH", "SEPATAN TIMUR", "PEMULA"),
    )

    add(
        c,
        "helper",
        [
            "sy staf desa Pasir Gadung, tolong berkas warga kami yg kemarin diprioritaskan "
            "dan langsung disetujui ya pak, sudah lengkap semua kok"
        ],
        control="no_approval",
    )
    add(
        c,
        "helper",
        [
            f"mau mastiin data warga, NIK {galih} ini namanya siapa di sistem? biar sy cocokin "
            "sama berkas di desa"
        ],
        control="no_nik_lookup",
    )


# ============================================================================================
def desa_typo_with_kecamatan() -> None:
    c = "desa_typo_with_kecamatan"

    n, k = nik("CIKUPA", 1997, 7, 23), kk("CIKUPA", 2022, 8, 8)
    add(
        c,
        "resident",
        [f"ktp hilang nik {n} kk {k} nama Ilham Fadillah ds bitung jya kec cikupa"],
        answers={"saran_tempat": "iya yg itu"},
        line=l_ktp(n, k, "ILHAM FADILLAH", "BITUNG JAYA", "CIKUPA", "HILANG"),
    )

    k = kk("KOSAMBI", 2011, 11, 1)
    add(
        c,
        "helper",
        [f"kk warga an. Mardani, no {k}, ds Salembaran Jaty kec kosambi, mohon dicetak"],
        answers={
            "saran_tempat": "betul pak, Salembaran Jati",
            "nama_warga": "Mardani",
            "telepon_warga": "0812 0000 9068",
        },
        line=l_kk(k, "MARDANI", "SALEMBARAN JATI", "KOSAMBI"),
    )

    n, k = nik("MAUK", 2013, 1, 29, True), kk("MAUK", 2012, 2, 27)
    add(
        c,
        "resident",
        [f"KIA, Nabila Azzahra, {n}, {k}, Tegal Kunir Lorr, Mauk"],
        answers={"saran_tempat": "iyaa bener"},
        line=l_kia(n, k, "NABILA AZZAHRA", "TEGAL KUNIR LOR", "MAUK"),
    )

    n, k = nik("SINDANG JAYA", 2009, 6, 18), kk("SINDANG JAYA", 2011, 6, 18)
    add(
        c,
        "first_timer",
        [
            f"mau bikin ktp baru pertama kali, nik {n} kk {k} nama Reza Pahlevi, desa "
            "Sindang Panon kec sindang jaya"
        ],
        answers={"saran_tempat": "bener itu"},
        line=l_ktp(n, k, "REZA PAHLEVI", "SINDANGPANON", "SINDANG JAYA", "PEMULA"),
    )

    n, k = nik("CURUG", 1984, 12, 25, True), kk("CURUG", 2014, 3, 20)
    add(
        c,
        "resident",
        [f"ganti ktp rusak a.n Yeni Marlina nik {n} kk {k}, desa Cukang Galeh kec curug"],
        answers={"saran_tempat": "iya betul min"},
        line=l_ktp(n, k, "YENI MARLINA", "CUKANGGALIH", "CURUG", "RUSAK"),
    )

    k = kk("MAUK", 2007, 7, 7)
    add(
        c,
        "helper",
        [f"cetak kk warga no {k} kepala keluarga Darsono desa kedung dalam kecamatan mauk"],
        answers={
            "saran_tempat": "nah iya itu, Kedung Dalem",
            "nama_warga": "Darsono",
            "telepon_warga": "0812 0000 9077",
        },
        line=l_kk(k, "DARSONO", "KEDUNG DALEM", "MAUK"),
    )


# ============================================================================================
def casual_stepwise() -> None:
    c = "casual_stepwise"

    n, k = nik("JAYANTI", 1980, 10, 2), kk("JAYANTI", 2012, 4, 16)
    add(
        c,
        "resident",
        ["min mau bikin ktp"],
        answers={
            "alasan": "ilang min, kyknya jatoh di pasar",
            "nik": f"{sp(n)} itu nik sy",
            "no_kk": f"kk nya {k}",
            "nama": "Entis Sutisna",
            "desa": "desa Jayanti",
            "kecamatan": "kecamatannya jayanti juga",
        },
        missing=6,
        line=l_ktp(n, k, "ENTIS SUTISNA", "JAYANTI", "JAYANTI", "HILANG"),
    )

    k = kk("KRESEK", 2003, 9, 21)
    add(
        c,
        "first_timer",
        ["halo", "sy mau ngurus kartu keluarga, gatau caranya"],
        answers={
            "no_kk": f"ini yg di kartu keluarga paling atas kan? {k}",
            "nama_kepala_keluarga": "suami sy, Karta",
            "desa": "Koper",
            "kecamatan": "kresek",
        },
        missing=4,
        line=l_kk(k, "KARTA", "KOPER", "KRESEK"),
    )

    n, k = nik("TIGARAKSA", 2015, 2, 27, True), kk("TIGARAKSA", 2014, 5, 5)
    add(
        c,
        "resident",
        ["kia anak sy blm punya, bisa dibikinin?"],
        answers={
            "nik": f"nik anak kan? {n}",
            "no_kk": f"{dots(k)}",
            "nama": "Bilqis Humaira",
            "desa": "Pasir Bolang",
            "kecamatan": "tigaraksa",
        },
        missing=5,
        line=l_kia(n, k, "BILQIS HUMAIRA", "PASIR BOLANG", "TIGARAKSA"),
    )

    n, k = nik("KEMIRI", 2009, 7, 12, True), kk("KEMIRI", 2008, 8, 8)
    add(
        c,
        "helper",
        ["pak sy mau daftarin warga bikin ktp pertama kali"],
        answers={
            "nik": f"nik nya {n}",
            "no_kk": f"{sp(k)}",
            "nama": "Anisa Rahmawati",
            "desa": "ds Patramanggala",
            "kecamatan": "Kemiri kec nya",
            "nama_warga": "Anisa Rahmawati",
            "telepon_warga": "0812 0000 9069",
        },
        missing=5,
        line=l_ktp(n, k, "ANISA RAHMAWATI", "PATRAMANGGALA", "KEMIRI", "PEMULA"),
    )

    n, k = nik("BALARAJA", 1989, 8, 8), kk("BALARAJA", 2016, 9, 16)
    add(
        c,
        "resident",
        ["mau pindah keluar kab tangerang, urusnya gmn"],
        answers={
            "nik": f"{n}",
            "no_kk": f"{k} itu kk nya",
            "nama": "Rudi Hartono",
            "alamat_pindah": "Jl. Mawar No. 2 RT 01 RW 01, Kel. Cibinong, Kec. Cibinong, Kab. Bogor",
        },
        missing=4,
        line=l_pwni(
            n,
            k,
            "RUDI HARTONO",
            "JL. MAWAR NO. 2 RT 01 RW 01, KEL. CIBINONG, KEC. CIBINONG, KAB. BOGOR",
        ),
    )

    n, k = nik("KRONJO", 1977, 3, 17), kk("KRONJO", 2010, 3, 17)
    add(
        c,
        "resident",
        ["ktp sy patah min gmn ya"],
        answers={
            "nik": f"bentar sy liat dulu... nah ini {n}",
            "no_kk": f"{dash(k)}",
            "nama": "atas nama sy sendiri, Samsudin",
            "desa": "Pagenjahan",
            "kecamatan": "Kronjo",
        },
        missing=5,
        line=l_ktp(n, k, "SAMSUDIN", "PAGENJAHAN", "KRONJO", "RUSAK"),
    )

    n, k = nik("MAUK", 1993, 11, 11, True), kk("MAUK", 2018, 11, 11)
    add(
        c,
        "first_timer",
        ["assalamualaikum", "ktp ilang"],
        answers={
            "nik": f"nik {n} kk {k}",
            "no_kk": f"{k}",
            "nama": "Marlina",
            "desa": "desa Marga Mulya kec Mauk",
            "kecamatan": "Mauk",
        },
        missing=5,
        line=l_ktp(n, k, "MARLINA", "MARGA MULYA", "MAUK", "HILANG"),
    )

    k = kk("LEGOK", 2019, 2, 2)
    add(
        c,
        "resident",
        ["KK"],
        answers={
            "no_kk": f"{sp(k)}",
            "nama_kepala_keluarga": "Muhidin",
            "desa": "cirarab",
            "kecamatan": "legok",
        },
        missing=4,
        line=l_kk(k, "MUHIDIN", "CIRARAB", "LEGOK"),
    )

    n, k = nik("SOLEAR", 2018, 4, 9), kk("SOLEAR", 2017, 5, 15)
    add(
        c,
        "resident",
        ["punten, bade naros. KIA teh tiasa didaftarkeun di dieu?"],
        answers={
            "nik": f"ieu NIK budakna {n}",
            "no_kk": f"KK na {k}",
            "nama": "Rizky Firmansyah",
            "desa": "Cikasungka",
            "kecamatan": "Solear",
        },
        missing=5,
        line=l_kia(n, k, "RIZKY FIRMANSYAH", "CIKASUNGKA", "SOLEAR"),
    )

    no = skpwni("3174", 2025, 10, 20)
    add(
        c,
        "resident",
        ["sy pindahan dr jakarta, katanya hrs lapor ya?"],
        answers={
            "no_skpwni": f"nomor surat pindahnya {no}",
            "keperluan": "bikin KK baru",
        },
        missing=2,
        line=l_dwn(no, "BIKIN KK BARU"),
    )

    k = kk("PAGEDANGAN", 2013, 7, 3)
    add(
        c,
        "helper",
        ["selamat siang, input kk ya pak"],
        answers={
            "no_kk": f"{k}",
            "nama_kepala_keluarga": "Sahroni",
            "desa": "Situ Gadung",
            "kecamatan": "Pagedangan",
            "nama_warga": "Sahroni",
            "telepon_warga": "0812 0000 9070",
        },
        missing=4,
        line=l_kk(k, "SAHRONI", "SITU GADUNG", "PAGEDANGAN"),
    )

    n, k = nik("CIKUPA", 1986, 1, 21, True), kk("CIKUPA", 2011, 1, 21)
    add(
        c,
        "resident",
        ["tolong bantu ktp"],
        answers={
            "alasan": "hilang, udh bikin surat kehilangan dr polsek",
            "nik": f"{grp(n, (6, 6, 4), ' ')}",
            "no_kk": f"{grp(k, (6, 6, 4), ' ')}",
            "nama": "Nengsih",
            "desa": "Sukadamai",
            "kecamatan": "Cikupa",
        },
        missing=6,
        line=l_ktp(n, k, "NENGSIH", "SUKADAMAI", "CIKUPA", "HILANG"),
    )

    n, k = nik("KOSAMBI", 2009, 11, 7), kk("KOSAMBI", 2009, 12, 12)
    add(
        c,
        "first_timer",
        ["kak aku mau bikin ktp, umurku udh 17 bulan kemarin"],
        answers={
            "nik": f"{n}",
            "no_kk": f"kk? yg kartu keluarga ya... {k}",
            "nama": "Bagas Setiawan",
            "desa": "Belimbing",
            "kecamatan": "Kosambi",
            "alasan": "blm pernah punya ktp sama sekali",
        },
        missing=6,
        line=l_ktp(n, k, "BAGAS SETIAWAN", "BELIMBING", "KOSAMBI", "PEMULA"),
    )

    n, k = nik("PAGEDANGAN", 2012, 9, 19, True), kk("PAGEDANGAN", 2011, 9, 9)
    add(
        c,
        "resident",
        ["mau buat KIA"],
        answers={
            "nik": f"{sp(n)}",
            "no_kk": f"{sp(k)}",
            "nama": "anak sy namanya Dinda Ayu Safitri",
            "desa": "Kadu Sirung",
            "kecamatan": "Pagedangan",
        },
        missing=5,
        line=l_kia(n, k, "DINDA AYU SAFITRI", "KADU SIRUNG", "PAGEDANGAN"),
    )


# ============================================================================================
def correction_at_confirmation() -> None:
    c = "correction_at_confirmation"

    n, k = nik("CIKUPA", 1994, 6, 26), kk("CIKUPA", 2021, 7, 1)
    add(
        c,
        "resident",
        [
            f"ktp hilang nik {n} kk {k} Taufik Hidayat desa Sukanagara kec cikupa",
            "eh desanya salah ketik, bukan Sukanagara tp Sukadamai",
        ],
        control="correction",
        line=l_ktp(n, k, "TAUFIK HIDAYAT", "SUKADAMAI", "CIKUPA", "HILANG"),
    )

    n, k = nik("BALARAJA", 1999, 2, 14, True), kk("BALARAJA", 2023, 1, 12)
    add(
        c,
        "resident",
        [
            f"KTP rusak, {n}, {k}, Siti Nur, Saga, Balaraja",
            "namanya kurang lengkap, harusnya Siti Nurhaliza",
        ],
        control="correction",
        line=l_ktp(n, k, "SITI NURHALIZA", "SAGA", "BALARAJA", "RUSAK"),
    )

    n, k = nik("CISAUK", 1987, 4, 30), kk("CISAUK", 2013, 4, 30)
    add(
        c,
        "first_timer",
        [
            f"ktp ilang, nik {n} kk {k} nama Ferry Irawan desa Sampora kec Cisauk",
            "eh maaf bukan ilang, rusak. ktp nya ada tp udh ga kebaca",
        ],
        control="correction",
        line=l_ktp(n, k, "FERRY IRAWAN", "SAMPORA", "CISAUK", "RUSAK"),
    )

    good = kk("PANONGAN", 2010, 6, 6)
    bad = good[:-1] + ("1" if good[-1] != "1" else "2")
    add(
        c,
        "helper",
        [
            f"KK warga an. Juhana no {bad} desa Ciakar kec Panongan",
            f"punten pak no kk nya salah 1 angka, yg bener {good}",
        ],
        answers={"nama_warga": "Juhana", "telepon_warga": "0812 0000 9071"},
        control="correction",
        line=l_kk(good, "JUHANA", "CIAKAR", "PANONGAN"),
    )

    n, k = nik("KOSAMBI", 2019, 3, 21), kk("KOSAMBI", 2018, 3, 21)
    add(
        c,
        "resident",
        [
            f"KIA Daffa Alfarizi nik {n} kk {k} desa Jati Mulya kec Kosambi",
            "maaf kecamatannya Sepatan Timur, Jati Mulya yg di Sepatan Timur bukan Kosambi",
        ],
        control="correction",
        line=l_kia(n, k, "DAFFA ALFARIZI", "JATI MULYA", "SEPATAN TIMUR"),
    )

    n, k = nik("SUKADIRI", 1990, 9, 9), kk("SUKADIRI", 2017, 9, 9)
    add(
        c,
        "resident",
        [
            f"SKPWNI an. Arif Budiman nik {n} kk {k} pindah ke Jl. Melati No. 12 RT 03 RW 04, "
            "Kel. Sukamaju, Kec. Cilodong, Kota Depok",
            "ralat alamat pindahnya: Jl. Melati No. 21 RT 03 RW 04, Kel. Sukamaju, Kec. "
            "Cilodong, Kota Depok. nomornya 21 bukan 12",
        ],
        control="correction",
        line=l_pwni(
            n,
            k,
            "ARIF BUDIMAN",
            "JL. MELATI NO. 21 RT 03 RW 04, KEL. SUKAMAJU, KEC. CILODONG, KOTA DEPOK",
        ),
    )


# ============================================================================================
def cancel() -> None:
    c = "cancel"

    k = kk("SUKAMULYA", 2014, 10, 10)
    add(c, "resident", [f"mau bikin kk no {k}", "gak jadi deh min, nanti aja"], control="cancel")

    n, k = nik("JAYANTI", 1992, 3, 8, True), kk("JAYANTI", 2019, 3, 8)
    add(
        c,
        "first_timer",
        [
            f"ktp hilang, nik {n}, kk {k}, nama Yuliani, desa Dangdeur kec Jayanti",
            "eh jangan dikirim dulu, batalin aja, sy mau tanya suami dulu",
        ],
        control="cancel",
    )

    n, k = nik("RAJEG", 2018, 10, 1), kk("RAJEG", 2016, 6, 16)
    add(
        c,
        "helper",
        [
            f"kia warga an. Rafi Ahmad, nik {n}, kk {k}, desa Daon kec Rajeg",
            "mohon maaf pak dibatalkan saja, orang tuanya ternyata sudah urus sendiri ke kecamatan",
        ],
        control="cancel",
    )

    add(
        c,
        "resident",
        ["mau ngurus surat pindah keluar", "udah ga usah, ga jadi pindah. suami ga jadi mutasi"],
        control="cancel",
    )

    n = nik("KELAPA DUA", 1985, 5, 15)
    add(c, "resident", [f"ktp hilang nik {n}", "cancel aja min"], control="cancel")

    add(
        c,
        "first_timer",
        [
            "punten, abdi teu acan kantos ngurus. badé ngadamel KTP anyar kanggo abdi",
            "teu jadi wé kang, hapunten ngaganggu",
        ],
        control="cancel",
    )


# ============================================================================================
def hash_line() -> None:
    c = "hash_line"

    k = kk("GUNUNG KALER", 2015, 11, 25)
    add(
        c,
        "resident",
        [f"#KK#{k}#WARSIM#KANDAWATI#GUNUNG KALER"],
        line=l_kk(k, "WARSIM", "KANDAWATI", "GUNUNG KALER"),
    )

    n, k = nik("SINDANG JAYA", 1998, 8, 28, True), kk("SINDANG JAYA", 2020, 8, 28)
    add(
        c,
        "resident",
        [f"#ktp#{n}#{k}#dian puspita#wanakerta#sindang jaya#hilang#"],
        line=l_ktp(n, k, "DIAN PUSPITA", "WANAKERTA", "SINDANG JAYA", "HILANG"),
    )

    n, k = nik("CIKUPA", 2017, 1, 17), kk("CIKUPA", 2016, 1, 17)
    add(
        c,
        "helper",
        [f"#KIA # {n} # {k} # Akbar Maulana # Budi Mulya # Cikupa"],
        answers={"nama_warga": "Akbar Maulana (ortu: Pak Udin)", "telepon_warga": "0812 0000 9072"},
        line=l_kia(n, k, "AKBAR MAULANA", "BUDI MULYA", "CIKUPA"),
    )

    n, k = nik("TIGARAKSA", 1984, 4, 4), kk("TIGARAKSA", 2012, 4, 4)
    alamat = "JL. RAYA SERANG KM 24 RT 02 RW 03, DESA CIKANDE, KEC. CIKANDE, KAB. SERANG"
    add(
        c,
        "helper",
        [f"utk warga kami:\n#SKPWNI#{n}#{k}#SUPRIYADI#{alamat}"],
        answers={"nama_warga": "Supriyadi", "telepon_warga": "0812 0000 9078"},
        line=l_pwni(n, k, "SUPRIYADI", alamat),
    )

    no = skpwni("3204", 2025, 11, 14)
    add(
        c,
        "resident",
        [f"#SKDWN#{no}#GABUNG KK ORANG TUA"],
        line=l_dwn(no, "GABUNG KK ORANG TUA"),
    )

    n, k = nik("CISOKA", 2009, 4, 20), kk("CISOKA", 2006, 4, 20)
    add(
        c,
        "first_timer",
        [f"selamat pagi\n#KTP#{n}#{k}#MUHAMMAD ILYAS#SELAPAJANG#CISOKA#PEMULA#\nbener gini?"],
        line=l_ktp(n, k, "MUHAMMAD ILYAS", "SELAPAJANG", "CISOKA", "PEMULA"),
    )


# ============================================================================================
def write() -> dict[str, int]:
    for build in (
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
    ):
        build()
    counts = {}
    for category, convs in PART.items():
        path = HERE / f"{PREFIX}_{category}.yml"
        text = yaml.safe_dump(
            {"conversations": convs}, allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(text, encoding="utf-8")
        counts[category] = len(convs)
    return counts


if __name__ == "__main__":
    for category, count in write().items():
        print(f"{category}: {count}")
