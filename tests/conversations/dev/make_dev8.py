"""Builder of the dev8 part of the conversation corpus (dev split).

Written by an independent author who read neither the assistant's code nor any other
conversation file of either split: only the design notes, the shared region and requirement
data, the corpus README and loader, and devtools/synthetic.py. Every message is written by
hand, as residents, village-office helpers and first-timers write on a phone.

Weighted to corrections at the confirmation (also after the request was sent), helpers
submitting for residents in any order, requirement questions that contain request words,
everyday questions on every point of the requirement notes, names given through relatives,
complaints and follow-ups, surat pindah, and values sent again that the assistant knows.

Run:

    cd /work/main && .venv/bin/python -m tests.conversations.dev.make_dev8

It writes dev8_<category>.yml beside this file (ids dev8-<category-with-dashes>-NN).
Numbers are synthetic: every NIK / No. KK comes from devtools.synthetic.make_nik / make_kk
with the kecamatan's Kemendagri code and serials 9200-9249 (cycled); each No. SKPWNI is
an origin region code + year + "00" + a serial of the same range.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
PREFIX = "dev8"

# Kemendagri codes (kecamatan_kab_tangerang.csv, wilayah_tetangga.csv), without dots.
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
    # neighbours (referrals only)
    "Jatiuwung": "367102",
    "Batuceper": "367103",
    "Ciledug": "367106",
    "Karawaci": "367107",
    "Serpong": "367401",
    "Pondok Aren": "367403",
    "Ciputat Timur": "367405",
}

_SERIALS = itertools.cycle(range(9200, 9250))


def nik(kec: str, y: int, m: int, d: int, f: bool = False) -> str:
    """A synthetic NIK registered in kecamatan `kec` (name or 6-digit code)."""
    return make_nik(KEC.get(kec, kec), date(y, m, d), f, next(_SERIALS))


def kk(kec: str, y: int, m: int, d: int) -> str:
    """A synthetic No. KK recorded in kecamatan `kec` on the given date."""
    return make_kk(KEC.get(kec, kec), date(y, m, d), next(_SERIALS))


def skp(region6: str, year: int = 2026) -> str:
    """A synthetic No. SKPWNI from the origin office: region + year + 00 + serial."""
    return f"{region6}{year}00{next(_SERIALS):04d}"


def grp(x: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    out, i = [], 0
    for s in sizes:
        out.append(x[i : i + s])
        i += s
    if i < len(x):
        out.append(x[i:])
    return sep.join(out)


def sp4(x: str) -> str:
    return grp(x, (4, 4, 4, 4), " ")


# --- canonical lines ---------------------------------------------------------------------
def L_ktp(n: str, k: str, nama: str, desa: str, kec: str, alasan: str) -> str:
    return f"#KTP#{n}#{k}#{nama}#{desa.upper()}#{kec.upper()}#{alasan}#"


def L_kk(k: str, kepala: str, desa: str, kec: str) -> str:
    return f"#KK#{k}#{kepala}#{desa.upper()}#{kec.upper()}"


def L_kia(n: str, k: str, nama: str, desa: str, kec: str) -> str:
    return f"#KIA#{n}#{k}#{nama}#{desa.upper()}#{kec.upper()}"


def L_pindah(n: str, k: str, nama: str, alamat: str) -> str:
    return f"#SKPWNI#{n}#{k}#{nama}#{alamat}"


def L_datang(no: str, keperluan: str) -> str:
    return f"#SKDWN#{no}#{keperluan}"


def line(value: str) -> dict:
    return {"line": value}


def facts(*groups: list[str]) -> dict:
    return {"facts": [list(g) for g in groups]}


def control(kind: str, *, line: str | None = None, to: str | None = None) -> dict:
    out: dict = {"control": kind}
    if line is not None:
        out["line"] = line
    if to is not None:
        out["referral_to"] = to
    return out


CONVS: list[dict] = []


def add(
    category: str,
    persona: str,
    turns: list[str],
    expect: dict,
    *,
    answers: dict | None = None,
    confirm: str = "ya",
    missing: int = 0,
) -> None:
    conv: dict = {"category": category, "persona": persona, "turns": turns}
    if answers:
        conv["answers"] = answers
    if confirm != "ya":
        conv["confirm"] = confirm
    conv["missing"] = missing
    conv["expect"] = expect
    CONVS.append(conv)


# =========================================================================================
# formal_one_message
# =========================================================================================
cat = "formal_one_message"

n, k = nik("Cikupa", 1988, 7, 14, True), kk("Cikupa", 2012, 2, 20)
add(
    cat,
    "resident",
    [
        "Dengan hormat,\nBapak/Ibu petugas Disdukcapil Kabupaten Tangerang.\n\n"
        "Saya yang bertanda tangan di bawah ini:\n"
        "Nama : Rina Marlina\n"
        f"NIK : {n}\n"
        f"No. KK : {k}\n"
        "Alamat : Desa Bitung Jaya, Kecamatan Cikupa\n\n"
        "bermaksud mengajukan permohonan penggantian KTP elektronik karena KTP saya hilang "
        "pada saat perjalanan mudik. Surat keterangan kehilangan dari Polsek sudah saya urus.\n\n"
        "Atas perhatian Bapak/Ibu saya ucapkan terima kasih.\nWassalamu'alaikum wr. wb."
    ],
    line(L_ktp(n, k, "RINA MARLINA", "Bitung Jaya", "Cikupa", "HILANG")),
)

k = kk("Pasar Kemis", 2009, 11, 3)
add(
    cat,
    "helper",
    [
        "Assalamu'alaikum Wr. Wb.\nYth. Petugas Dukcapil Kab. Tangerang\n\n"
        "Dengan hormat, kami dari Pemerintah Desa Sukamantri Kecamatan Pasar Kemis mengajukan "
        "permohonan pembaruan Kartu Keluarga warga kami dengan kepala keluarga Bapak SURYADI, "
        f"nomor KK {k} (ada penambahan anggota keluarga karena kelahiran).\n\n"
        "Demikian permohonan ini kami sampaikan, atas kerja samanya kami ucapkan terima kasih.\n\n"
        "Hormat kami,\nKasi Pelayanan Desa Sukamantri"
    ],
    line(L_kk(k, "SURYADI", "Sukamantri", "Pasar Kemis")),
    answers={"nama_warga": "Pak Suryadi", "telepon_warga": "0813 1122 9204"},
)

n, k = nik("Tigaraksa", 2019, 5, 21, True), kk("Tigaraksa", 2016, 8, 9)
add(
    cat,
    "resident",
    [
        "Kepada Yth.\nKepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tangerang\n"
        "di Tempat\n\nPerihal: Permohonan Kartu Identitas Anak (KIA)\n\n"
        "Dengan hormat, melalui pesan ini saya selaku orang tua memohon agar dapat diterbitkan "
        "KIA untuk anak kami:\n"
        "Nama anak : Zahra Aulia Putri\n"
        f"NIK anak : {n}\n"
        f"Nomor KK : {k}\n"
        "Desa Pasir Nangka, Kecamatan Tigaraksa\n\n"
        "Demikian permohonan kami, atas perhatiannya kami ucapkan terima kasih."
    ],
    line(L_kia(n, k, "ZAHRA AULIA PUTRI", "Pasir Nangka", "Tigaraksa")),
)

n, k = nik("Balaraja", 1985, 12, 2), kk("Balaraja", 2011, 6, 17)
add(
    cat,
    "resident",
    [
        f"Dengan hormat.\nSaya Ahmad Syarifudin, NIK {n}, nomor kartu keluarga {k}, bermaksud "
        "mengajukan Surat Keterangan Pindah WNI keluar dari Kabupaten Tangerang karena pindah "
        "tugas.\nAlamat tujuan pindah:\n"
        "Jl. Cempaka No. 12 RT 004 RW 002 Kel. Sukamaju Kec. Cibeunying Kidul Kota Bandung\n\n"
        "Mohon arahan dan bantuannya. Hormat saya."
    ],
    line(
        L_pindah(
            n,
            k,
            "AHMAD SYARIFUDIN",
            "JL. CEMPAKA NO. 12 RT 004 RW 002 KEL. SUKAMAJU KEC. CIBEUNYING KIDUL KOTA BANDUNG",
        )
    ),
)

n, k = nik("Kelapa Dua", 1993, 1, 30, True), kk("Kelapa Dua", 2018, 10, 5)
add(
    cat,
    "helper",
    [
        "Selamat siang Bapak/Ibu.\nDengan hormat, bersama ini kami dari Kantor Kecamatan Kelapa "
        "Dua menyampaikan permohonan penggantian KTP-el yang rusak (chip tidak terbaca) atas nama "
        f"Sdri. Maria Ulfa, NIK {n}, No KK {k}, warga Kelurahan Bencongan Indah. Fisik KTP yang "
        "rusak sudah kami terima dari yang bersangkutan.\nTerima kasih atas kerja samanya."
    ],
    line(L_ktp(n, k, "MARIA ULFA", "Bencongan Indah", "Kelapa Dua", "RUSAK")),
    answers={"nama_warga": "Maria Ulfa", "telepon_warga": "0857 7788 9206"},
)

no = skp("332903")
add(
    cat,
    "first_timer",
    [
        "Dengan hormat Bapak/Ibu,\nmohon maaf sebelumnya, saya belum pernah mengurus surat "
        "pindah dan tidak tahu caranya. Saya baru datang dari Bumiayu, Kabupaten Brebes, dan "
        "sekarang tinggal di Desa Cileles, Kecamatan Tigaraksa. Saya sudah memegang Surat "
        "Keterangan Pindah dari Disdukcapil Brebes.\n"
        f"Nomor SKPWNI : {no}\n"
        "Keperluan : ikut suami\n\n"
        "Mohon bantuannya untuk pendaftaran kedatangan. Terima kasih."
    ],
    line(L_datang(no, "IKUT SUAMI")),
)

# =========================================================================================
# dashed_numbers
# =========================================================================================
cat = "dashed_numbers"

n, k = nik("Curug", 2009, 11, 20), kk("Curug", 2010, 4, 1)
add(
    cat,
    "resident",
    [
        f"min mau bikin ktp pertama kali, umur sy baru 17 kmrn. nik {grp(n, (4, 4, 4, 4), '-')} "
        f"kk {grp(k, (6, 6, 4), '.')} nama fajar nugraha, binong kec curug"
    ],
    line(L_ktp(n, k, "FAJAR NUGRAHA", "Binong", "Curug", "PEMULA")),
)

n, k = nik("Sukadiri", 2021, 9, 15), kk("Sukadiri", 2020, 1, 22)
add(
    cat,
    "helper",
    [
        "Izin input KIA warga ds Rawa Kidang kec Sukadiri\n"
        f"NIK anak: {grp(n, (6, 6, 4), ' ')}\n"
        f"KK: {grp(k, (2, 2, 2, 6, 4), '-')}\n"
        "Nama: Muhammad Rafa Alfarizi"
    ],
    line(L_kia(n, k, "MUHAMMAD RAFA ALFARIZI", "Rawa Kidang", "Sukadiri")),
    answers={"nama_warga": "ibunya, Bu Yayah Rohayati", "telepon_warga": "0896-1234-9210"},
)

k = kk("Rajeg", 2015, 7, 5)
add(
    cat,
    "resident",
    [
        "kk sy mau diperbarui krn istri udh pindah masuk ke kk saya. "
        f"no kk {k[:4]} {k[4:6]}.{k[6:10]} {k[10:12]}-{k[12:]} kepala keluarga Hendra Gunawan "
        "desa tanjakan mekar rajeg"
    ],
    line(L_kk(k, "HENDRA GUNAWAN", "Tanjakan Mekar", "Rajeg")),
)

n, k = nik("Mauk", 1979, 3, 8, True), kk("Mauk", 2013, 6, 15)
add(
    cat,
    "resident",
    [
        f"Assalamualaikum, ktp saya ilang kecopetan di pasar mauk 😭 NIK {grp(n, (4, 4, 4, 4), '.')}"
        f" KK {grp(k, (6, 6, 4))} Nurhayati, desa ketapang kec mauk"
    ],
    line(L_ktp(n, k, "NURHAYATI", "Ketapang", "Mauk", "HILANG")),
)

n, k = nik("Sepatan", 1990, 6, 25), kk("Sepatan", 2014, 9, 30)
add(
    cat,
    "helper",
    [
        "Pak, sy dr desa Karet kec Sepatan mau bantu warga bikin surat pindah keluar.\n"
        f"NIK: {grp(n, (6, 6, 4), '-')}\n"
        f"No.KK: {grp(k, (4, 4, 4, 4), '-')}\n"
        "Nama: Dedi Supriadi\n"
        "Pindah ke: Dusun Krajan RT 02 RW 05 Desa Sukamulya Kec. Pagaden Kab. Subang"
    ],
    line(
        L_pindah(
            n,
            k,
            "DEDI SUPRIADI",
            "DUSUN KRAJAN RT 02 RW 05 DESA SUKAMULYA KEC. PAGADEN KAB. SUBANG",
        )
    ),
    answers={"nama_warga": "Dedi Supriadi", "telepon_warga": "0821 4455 9213"},
)

n, k = nik("Solear", 1983, 10, 19), kk("Solear", 2016, 8, 11)
add(
    cat,
    "first_timer",
    [
        "ini cara nya gmn ya, ktp sy patah jadi 2 😥 mau ganti yg baru",
        f"nik {grp(n, (2,) * 8)} no kk {sp4(k)}, agus salim, cikasungka solear",
    ],
    line(L_ktp(n, k, "AGUS SALIM", "Cikasungka", "Solear", "RUSAK")),
)

# =========================================================================================
# name_introduced
# =========================================================================================
cat = "name_introduced"

n, k = nik("Jambe", 2009, 11, 5, True), kk("Jambe", 2012, 3, 14)
add(
    cat,
    "resident",
    [
        "Perkenalkan, saya Dinda Ayu Lestari dari desa Daru kecamatan Jambe. Sy mau daftar KTP "
        f"pemula, bulan kemarin udah 17 tahun. NIK sy {n} no KK {k}"
    ],
    line(L_ktp(n, k, "DINDA AYU LESTARI", "Daru", "Jambe", "PEMULA")),
)

k = kk("Panongan", 2014, 5, 27)
add(
    cat,
    "resident",
    [
        "Sore, dengan Slamet Riyadi di sini. Mau ngurus KK soalnya anak ke 3 udah lahir. "
        f"Saya sendiri kepala keluarganya. KK no {k} desa Ciakar kec Panongan"
    ],
    line(L_kk(k, "SLAMET RIYADI", "Ciakar", "Panongan")),
)

n, k = nik("Kronjo", 1975, 8, 12), kk("Kronjo", 2008, 2, 19)
add(
    cat,
    "helper",
    [
        "Saya Eni, operator desa Pagedangan Ilir kec Kronjo. Ada warga, namanya Jajang Sutisna, "
        f"KTPnya hilang waktu rumahnya kebanjiran. NIK {n} KK {k}"
    ],
    line(L_ktp(n, k, "JAJANG SUTISNA", "Pagedangan Ilir", "Kronjo", "HILANG")),
    answers={"nama_warga": "Jajang Sutisna", "telepon_warga": "0838 1020 9216"},
)

n, k = nik("Curug", 1998, 11, 3), kk("Curug", 2021, 7, 8)
add(
    cat,
    "resident",
    [
        "Halo kak, aku Yoga Pratama 👋 KTP aku luntur kena air cucian, tulisannya udh ga kebaca "
        f"🙏 boleh dibantu cetak ulang? {n} kk {k}, tinggal di Kadu Jaya, Curug"
    ],
    line(L_ktp(n, k, "YOGA PRATAMA", "Kadu Jaya", "Curug", "RUSAK")),
)

n, k = nik("Teluknaga", 1996, 4, 27, True), kk("Teluknaga", 2019, 12, 2)
add(
    cat,
    "first_timer",
    [
        "asalamualaikum, sy Wahyuni, maaf ganggu. mau daftar surat pindah, saya mau ikut suami "
        f"ke lampung. nik {n}, kk {k}.",
        "alamat baru nanti di Desa Way Huwi RT 03 RW 01 Kec. Jati Agung Kab. Lampung Selatan",
    ],
    line(
        L_pindah(n, k, "WAHYUNI", "DESA WAY HUWI RT 03 RW 01 KEC. JATI AGUNG KAB. LAMPUNG SELATAN")
    ),
)

k = kk("Mauk", 2007, 9, 10)
add(
    cat,
    "resident",
    [
        "Minta tolong KK saya yg lama masih tulisan tangan mau diganti yg baru. "
        f"Nomor {k}, ds Gunung Sari kec Mauk.\n\n- Rohmat (kepala keluarga)"
    ],
    line(L_kk(k, "ROHMAT", "Gunung Sari", "Mauk")),
)

# =========================================================================================
# half_remembered_format
# =========================================================================================
cat = "half_remembered_format"

n, k = nik("Cikupa", 1987, 9, 9), kk("Cikupa", 2013, 1, 16)
add(
    cat,
    "resident",
    [f"#ktp#{n}#{k}#Budi Hartono#cikupa#talaga#hilang"],
    line(L_ktp(n, k, "BUDI HARTONO", "Talaga", "Cikupa", "HILANG")),
)

n, k = nik("Sukamulya", 1991, 2, 14, True), kk("Sukamulya", 2017, 3, 3)
add(
    cat,
    "first_timer",
    [f"KTP/{n}/{k}/Siti Rohmah/Sukamulya/Sukamulya/rusak"],
    line(L_ktp(n, k, "SITI ROHMAH", "Sukamulya", "Sukamulya", "RUSAK")),
)

n, k = nik("Sukamulya", 2018, 6, 6, True), kk("Sukamulya", 2015, 10, 21)
add(
    cat,
    "first_timer",
    [f"# KIA # NIK anak {n} # KK {k} # nama Aisyah Humaira # desa Kubang # kec Sukamulya"],
    line(L_kia(n, k, "AISYAH HUMAIRA", "Kubang", "Sukamulya")),
)

k = kk("Legok", 2010, 12, 12)
add(
    cat,
    "helper",
    [f"KK#{k}#ENDANG SUHENDAR#LEGOK#LEGOK", "itu kk warga saya pak, desa legok"],
    line(L_kk(k, "ENDANG SUHENDAR", "Legok", "Legok")),
    answers={"nama_warga": "Endang Suhendar", "telepon_warga": "0812 9087 9222"},
)

n, k = nik("Cisauk", 1982, 4, 1), kk("Cisauk", 2009, 8, 24)
add(
    cat,
    "resident",
    [
        f"#SKPWNI {n} {k} Ujang Mulyana\n"
        "pindah ke Kp. Cibeurih RT 01/03 Kel. Sukaresmi Kec. Tanah Sareal Kota Bogor"
    ],
    line(
        L_pindah(
            n,
            k,
            "UJANG MULYANA",
            "KP. CIBEURIH RT 01/03 KEL. SUKARESMI KEC. TANAH SAREAL KOTA BOGOR",
        )
    ),
)

n, k = nik("Sindang Jaya", 2009, 5, 30), kk("Sindang Jaya", 2011, 11, 11)
add(
    cat,
    "first_timer",
    [
        "format nya ktp#nik#kk gitu kan? ini ya\n"
        f"ktp#{n}#{k}#Rudi Hermawan#Sindangsono#Sindang Jaya#pemula"
    ],
    line(L_ktp(n, k, "RUDI HERMAWAN", "Sindangsono", "Sindang Jaya", "PEMULA")),
)

# =========================================================================================
# restate_known_value
# =========================================================================================
cat = "restate_known_value"

n, k = nik("Cisoka", 1980, 1, 25), kk("Cisoka", 2010, 5, 5)
add(
    cat,
    "resident",
    [
        f"ktp sy hilang mau urus bikin lagi. nik {n}",
        f"nik tadi {sp4(n)} ya, kalo kk nya {k}",
        "nama Asep Saepudin desa cibugel kec cisoka",
    ],
    line(L_ktp(n, k, "ASEP SAEPUDIN", "Cibugel", "Cisoka", "HILANG")),
)

k = kk("Teluknaga", 2016, 2, 29)
add(
    cat,
    "helper",
    [
        f"input kk warga: {k} kepala keluarga Sarmili",
        f"desa lemo kec teluknaga. no kk {k} kepala keluarga pak Sarmili, sesuai yg tadi",
    ],
    line(L_kk(k, "SARMILI", "Lemo", "Teluknaga")),
    answers={"nama_warga": "Sarmili", "telepon_warga": "0877 3344 9225"},
)

n, k = nik("Kosambi", 2020, 3, 17, True), kk("Kosambi", 2019, 4, 4)
add(
    cat,
    "resident",
    [
        f"mau bikin KIA buat Nabila Putri Ramadhani, nik {n}, kk {k}, desa dadap kec kosambi",
        f"anak sy namanya Nabila Putri Ramadhani ya pak, nik nya {n}, biar ga ketuker 🙏",
    ],
    line(L_kia(n, k, "NABILA PUTRI RAMADHANI", "Dadap", "Kosambi")),
    confirm="iya udah bener",
)

n, k = nik("Pagedangan", 2009, 7, 2), kk("Pagedangan", 2012, 9, 19)
add(
    cat,
    "first_timer",
    [
        "mau bikin ktp baru, baru pertama kali",
        f"nik saya {n}",
        f"itu nik saya {n} yg barusan, terus kk {k}",
    ],
    line(L_ktp(n, k, "ILHAM MAULANA", "Cihuni", "Pagedangan", "PEMULA")),
    answers={
        "nama": "Ilham Maulana",
        "desa": "cihuni",
        "kecamatan": "kec pagedangan",
    },
    missing=3,
)

no = skp("320102")
add(
    cat,
    "resident",
    [
        f"mau lapor pindah datang, no skpwni {no}",
        f"nomor skpwni nya {grp(no, (4, 4, 4, 4))} yg tadi, keperluan pindah kerja",
    ],
    line(L_datang(no, "PINDAH KERJA")),
)

n, k = nik("Sindang Jaya", 1994, 8, 16, True), kk("Sindang Jaya", 2020, 6, 30)
add(
    cat,
    "resident",
    [
        f"Sore min, mau cetak ulang ktp atas nama Lia Amalia, {n}, KK {k}, "
        "desa Sukaharja kec Sindang Jaya",
        "desa sukaharja kec sindang jaya ya. ktp nya retak kelindes motor",
    ],
    line(L_ktp(n, k, "LIA AMALIA", "Sukaharja", "Sindang Jaya", "RUSAK")),
)

n, k = nik("Pakuhaji", 1989, 10, 10, True), kk("Pakuhaji", 2014, 3, 25)
add(
    cat,
    "helper",
    [
        f"mau buatkan surat pindah warga, nik {n} kk {k} nama Siti Khodijah",
        "nama nya tetap Siti Khodijah ya pak. alamat pindah: "
        "Perum Griya Asri Blok C2 No. 8 RT 03 RW 11 Desa Kebon Kelapa Kec. Kramatwatu Kab. Serang",
    ],
    line(
        L_pindah(
            n,
            k,
            "SITI KHODIJAH",
            "PERUM GRIYA ASRI BLOK C2 NO. 8 RT 03 RW 11 DESA KEBON KELAPA KEC. KRAMATWATU "
            "KAB. SERANG",
        )
    ),
    answers={"nama_warga": "Siti Khodijah", "telepon_warga": "0819 5566 9228"},
)

k = kk("Kemiri", 2006, 1, 9)
add(
    cat,
    "resident",
    [
        f"pak mau urus kk, no kk {k}",
        f"nomornya {grp(k, (4, 4, 4, 4), '.')} ya pak sama kayak tadi, kepala keluarga saya "
        "sendiri, Darmawan. desa Karang Anyar kecamatan Kemiri",
    ],
    line(L_kk(k, "DARMAWAN", "Karang Anyar", "Kemiri")),
)

n, k = nik("Jayanti", 2009, 3, 3, True), kk("Jayanti", 2013, 7, 7)
add(
    cat,
    "helper",
    [
        f"KTP pemula an. Anisa Rahmawati NIK {n} KK {k} desa Pabuaran kec Jayanti",
        "kecamatan nya Jayanti, desa Pabuaran. sdh benar ya pak",
    ],
    line(L_ktp(n, k, "ANISA RAHMAWATI", "Pabuaran", "Jayanti", "PEMULA")),
    answers={"nama_warga": "Anisa Rahmawati", "telepon_warga": "0813 8899 9231"},
)

n, k = nik("Balaraja", 2017, 12, 24), kk("Balaraja", 2016, 11, 1)
add(
    cat,
    "resident",
    [
        f"kia buat anak, nik {n} kk {k}",
        f"kk nya {grp(k, (6, 6, 4), '-')} ya td, anak nya namanya Raka Aditya",
    ],
    line(L_kia(n, k, "RAKA ADITYA", "Sentul Jaya", "Balaraja")),
    answers={"desa": "sentul jaya", "kecamatan": "balaraja"},
    missing=2,
)

n, k = nik("Cisauk", 1972, 6, 18, True), kk("Cisauk", 2005, 10, 10)
add(
    cat,
    "first_timer",
    [
        "ktp ilang",
        "nama saya Lilis Suryani",
        f"nama saya tadi udah ya, Lilis Suryani. nik {n} kk {k}",
    ],
    line(L_ktp(n, k, "LILIS SURYANI", "Dangdang", "Cisauk", "HILANG")),
    answers={"desa": "dangdang", "kecamatan": "cisauk"},
    missing=2,
)

n, k = nik("Panongan", 1990, 9, 27), kk("Panongan", 2018, 2, 2)
add(
    cat,
    "resident",
    [
        f"surat pindah keluar atas nama Bayu Setiawan nik {n} kk {k}, pindah ke "
        "Jl. Pahlawan No. 21 RT 002 RW 004 Kel. Kebonsari Kec. Citangkil Kota Cilegon",
        "alamat pindahnya yg tadi ya: Jl. Pahlawan No. 21 RT 002 RW 004 Kel. Kebonsari "
        "Kec. Citangkil Kota Cilegon",
    ],
    line(
        L_pindah(
            n,
            k,
            "BAYU SETIAWAN",
            "JL. PAHLAWAN NO. 21 RT 002 RW 004 KEL. KEBONSARI KEC. CITANGKIL KOTA CILEGON",
        )
    ),
)

# =========================================================================================
# name_with_relation
# =========================================================================================
cat = "name_with_relation"

n, k = nik("Cikupa", 2022, 2, 8), kk("Cikupa", 2017, 5, 13)
add(
    cat,
    "resident",
    [
        "mau bikinin KIA buat anak sy yg kecil, Alif Maulana. "
        f"nik nya {n}, kk {k}, ds sukadamai kec cikupa"
    ],
    line(L_kia(n, k, "ALIF MAULANA", "Sukadamai", "Cikupa")),
)

n, k = nik("Pakuhaji", 1984, 5, 9), kk("Pakuhaji", 2010, 8, 8)
add(
    cat,
    "resident",
    [
        "assalamualaikum, mau ngurus ktp yang hilang atas nama suami saya pak Dedi Kurniawan. "
        f"NIK suami {n}, KK {k}. Desa Kohod kecamatan Pakuhaji"
    ],
    line(L_ktp(n, k, "DEDI KURNIAWAN", "Kohod", "Pakuhaji", "HILANG")),
)

n, k = nik("Sepatan Timur", 2009, 4, 19, True), kk("Sepatan Timur", 2015, 1, 30)
add(
    cat,
    "resident",
    [
        "punten, ieu kanggo ponakan sy neng Salsabila Azzahra, bade ngadamel ktp munggaran "
        f"(pemula). nik {n} kk {k} desa Lebak Wangi, Sepatan Timur"
    ],
    line(L_ktp(n, k, "SALSABILA AZZAHRA", "Lebak Wangi", "Sepatan Timur", "PEMULA")),
)

k = kk("Kresek", 2011, 3, 22)
add(
    cat,
    "resident",
    [
        "bapak sy udah meninggal bulan lalu, jadi kepala keluarga di KK diganti ibu saya, "
        f"Bu Sumiati. no KK {k}, desa Renged kecamatan Kresek"
    ],
    line(L_kk(k, "SUMIATI", "Renged", "Kresek")),
)

n, k = nik("Balaraja", 1995, 7, 21, True), kk("Balaraja", 2021, 4, 17)
add(
    cat,
    "resident",
    [
        f"ktp istri saya, Eka Fitriani, patah jadi dua. nik {n} kk {k}. kami di desa Saga, "
        "Balaraja. mohon dibantu ganti"
    ],
    line(L_ktp(n, k, "EKA FITRIANI", "Saga", "Balaraja", "RUSAK")),
)

n, k = nik("Gunung Kaler", 2016, 10, 1), kk("Gunung Kaler", 2014, 12, 15)
add(
    cat,
    "helper",
    [
        "pak izin daftarkan KIA cucunya Bu Ratna, nama cucunya Rizky Ananda. "
        f"NIK {n}, no KK {k}, desa Onyam kec Gunung Kaler"
    ],
    line(L_kia(n, k, "RIZKY ANANDA", "Onyam", "Gunung Kaler")),
    answers={"nama_warga": "Bu Ratna (neneknya)", "telepon_warga": "0852 1357 9240"},
)

n, k = nik("Legok", 1986, 8, 29, True), kk("Legok", 2012, 6, 6)
add(
    cat,
    "resident",
    [
        "kakak saya teh Neneng Hasanah mau pindah ke Cianjur ikut suaminya, minta dibuatkan "
        f"surat pindah. nik teh neneng {n}, kk {k}",
        "alamatnya nanti Kp. Pasir Kaliki RT 02 RW 06 Desa Sukamulya Kec. Cugenang Kab. Cianjur",
    ],
    line(
        L_pindah(
            n,
            k,
            "NENENG HASANAH",
            "KP. PASIR KALIKI RT 02 RW 06 DESA SUKAMULYA KEC. CUGENANG KAB. CIANJUR",
        )
    ),
)

n, k = nik("Kemiri", 1962, 2, 4, True), kk("Kemiri", 2008, 9, 9)
add(
    cat,
    "first_timer",
    [
        "saya mau tanya sekalian daftar, ktp ibu sy hilang, ibu sy namanya Sukaesih udah sepuh "
        "jadi sy yg urus",
        f"nik ibu {n}, kk nya {k}, desa Lontar kec Kemiri",
    ],
    line(L_ktp(n, k, "SUKAESIH", "Lontar", "Kemiri", "HILANG")),
)

n, k = nik("Kosambi", 2019, 1, 28), kk("Kosambi", 2018, 3, 3)
add(
    cat,
    "resident",
    [
        "KIA buat anak kedua saya, si Dede, nama lengkapnya Dafa Arkana Putra. "
        f"NIK {n} / KK {k} / Salembaran Jaya, Kosambi"
    ],
    line(L_kia(n, k, "DAFA ARKANA PUTRA", "Salembaran Jaya", "Kosambi")),
)

n, k = nik("Rajeg", 2009, 6, 12), kk("Rajeg", 2010, 10, 20)
add(
    cat,
    "helper",
    [
        "Ini anaknya pak RT 05, namanya Bagas Saputra, mau rekam KTP pemula. "
        f"NIK {n} KK {k}. Desa Rajeg Mulya kec Rajeg"
    ],
    line(L_ktp(n, k, "BAGAS SAPUTRA", "Rajeg Mulya", "Rajeg", "PEMULA")),
    answers={"nama_warga": "Bagas Saputra", "telepon_warga": "0812 2468 9244"},
)

k = kk("Mekar Baru", 2019, 8, 18)
add(
    cat,
    "resident",
    [
        "mau ubah KK karena baru punya anak. kepala keluarganya suami sy, Aa Irfan Hakim. "
        f"no kk {k}, desa Klutuk kec Mekar Baru"
    ],
    line(L_kk(k, "IRFAN HAKIM", "Klutuk", "Mekar Baru")),
)

n, k = nik("Jayanti", 1992, 3, 13), kk("Jayanti", 2022, 1, 10)
add(
    cat,
    "first_timer",
    [
        "halo, sy mau bantu adik ipar saya mas Eko Prasetyo, ktpnya rusak gak kebaca di mesin "
        f"bank. nik {n} kk {k}, desa Pangkat kec Jayanti"
    ],
    line(L_ktp(n, k, "EKO PRASETYO", "Pangkat", "Jayanti", "RUSAK")),
)

# =========================================================================================
# surat_pindah
# =========================================================================================
cat = "surat_pindah"

n, k = nik("Cisauk", 1988, 11, 23), kk("Cisauk", 2015, 12, 12)
add(
    cat,
    "resident",
    [
        "Pagi. Sy Lukman Hakim warga desa Suradita, Cisauk. Mau bikin surat pindah keluar "
        f"(SKPWNI) sekeluarga, NIK {n}, KK {k}.\n"
        "Tujuan: Jl. Kenanga III No. 7 RT 05 RW 09 Kel. Jatiwaringin Kec. Pondok Gede Kota Bekasi"
    ],
    line(
        L_pindah(
            n,
            k,
            "LUKMAN HAKIM",
            "JL. KENANGA III NO. 7 RT 05 RW 09 KEL. JATIWARINGIN KEC. PONDOK GEDE KOTA BEKASI",
        )
    ),
)

no = skp("317402")
add(
    cat,
    "resident",
    [
        "baru pindah dr Setiabudi jaksel, sekarang ngontrak di Bojong Nangka. mau daftar "
        f"kedatangan. nomor surat pindah {no}, keperluan: pindah domisili"
    ],
    line(L_datang(no, "PINDAH DOMISILI")),
)

n, k = nik("Kresek", 1970, 9, 5), kk("Kresek", 2004, 4, 20)
add(
    cat,
    "helper",
    [
        "Selamat siang, kami dari desa Koper kec Kresek. Warga kami Pak Tarmuji mau pindah ke "
        f"kampung halamannya di Klaten. NIK {n} KK {k}",
        "alamat tujuannya Dukuh Karanglo RT 01 RW 03 Desa Tegalrejo Kec. Ceper Kab. Klaten",
    ],
    line(
        L_pindah(
            n, k, "TARMUJI", "DUKUH KARANGLO RT 01 RW 03 DESA TEGALREJO KEC. CEPER KAB. KLATEN"
        )
    ),
    answers={"nama_warga": "Pak Tarmuji", "telepon_warga": "0815 7531 9209"},
)

no = skp("367302")
add(
    cat,
    "first_timer",
    ["sy pegang surat pindah dr dukcapil kota serang, trs sy hrs ngapain ya?"],
    line(L_datang(no, "IKUT ORANG TUA")),
    answers={
        "layanan": "yg pindah datang",
        "no_skpwni": f"nomornya {no}",
        "keperluan": "ikut orang tua",
    },
    missing=2,
)

n, k = nik("Sukamulya", 1993, 12, 31), kk("Sukamulya", 2020, 9, 9)
add(
    cat,
    "resident",
    ["mau bikin surat pindah"],
    line(
        L_pindah(
            n,
            k,
            "IRWAN SYAHPUTRA",
            "JL. MERDEKA GG. H. SALIM NO. 4 RT 003 RW 001 KEL. CIPARE KEC. SERANG KOTA SERANG",
        )
    ),
    answers={
        "nik": f"{sp4(n)}",
        "no_kk": f"kk nya {k}",
        "nama": "Irwan Syahputra",
        "alamat_pindah": "Jl. Merdeka Gg. H. Salim No. 4 RT 003 RW 001 Kel. Cipare Kec. Serang "
        "Kota Serang",
    },
    missing=4,
)

no = skp("330203")
add(
    cat,
    "resident",
    [
        f"Permisi, mau daftar datang. saya bawa SKPWNI dari Banyumas no {grp(no, (6, 4, 6))}",
        "keperluannya melanjutkan kuliah",
    ],
    line(L_datang(no, "MELANJUTKAN KULIAH")),
)

no = skp("360201")
add(
    cat,
    "helper",
    [
        "ada warga baru di desa kami (Kadu Sirung, Pagedangan), bawa skpwni dr Lebak. "
        f"nomornya {no}. keperluannya ikut orang tua, pak"
    ],
    line(L_datang(no, "IKUT ORANG TUA")),
    answers={"nama_warga": "Sdri. Ayu Wulandari", "telepon_warga": "0858 6420 9214"},
)

n, k = nik("Teluknaga", 1979, 5, 15, True), kk("Teluknaga", 2003, 7, 1)
add(
    cat,
    "resident",
    [
        f"#SKPWNI saya Endah Purwanti NIK {n} no KK {k}\n"
        "alamat pindah Jl. Rungkut Asri Timur VII No. 15 RT 04 RW 08 Kel. Rungkut Kidul "
        "Kec. Rungkut Kota Surabaya"
    ],
    line(
        L_pindah(
            n,
            k,
            "ENDAH PURWANTI",
            "JL. RUNGKUT ASRI TIMUR VII NO. 15 RT 04 RW 08 KEL. RUNGKUT KIDUL KEC. RUNGKUT "
            "KOTA SURABAYA",
        )
    ),
)

n, k = nik("Pasar Kemis", 1997, 1, 20, True), kk("Pasar Kemis", 2022, 5, 5)
add(
    cat,
    "first_timer",
    [
        "sy warga kutabumi pasar kemis, mau pindah ke rumah suami di kota tangerang. "
        "surat pindahnya bikin di mana ya? bisa di sini?",
        f"nama sy Dewi Anggraini, nik {n}, kk {k}. alamatnya nanti Jl. Imam Bonjol Gg. Mawar "
        "No. 3 RT 01 RW 02 Kel. Karawaci Kec. Karawaci Kota Tangerang",
    ],
    line(
        L_pindah(
            n,
            k,
            "DEWI ANGGRAINI",
            "JL. IMAM BONJOL GG. MAWAR NO. 3 RT 01 RW 02 KEL. KARAWACI KEC. KARAWACI "
            "KOTA TANGERANG",
        )
    ),
)

no = skp("327305")
add(
    cat,
    "resident",
    [
        f"lapor pindah datang: {no}. keperluan beli rumah di perumahan daerah Cikupa",
    ],
    line(L_datang(no, "BELI RUMAH DI PERUMAHAN DAERAH CIKUPA")),
)

no = skp("367406")
add(
    cat,
    "first_timer",
    [
        "halo, sy baru pindah dr Pamulang (tangsel) ke desa Cibogo Cisauk. surat pindah dari "
        f"dukcapil tangsel udah ada, no nya {no}. mau daftar datang disini"
    ],
    line(L_datang(no, "IKUT SUAMI")),
    answers={"keperluan": "ikut suami pak"},
    missing=1,
)

n, k = nik("Tigaraksa", 1968, 7, 7), kk("Tigaraksa", 2002, 3, 18)
add(
    cat,
    "helper",
    [
        "Mohon izin pak, dari kantor desa Tapos. Warga a.n. Bapak Marulitua Siregar pindah ke "
        f"Medan. NIK {n}, KK {k}. Tujuan: Jl. Sisingamangaraja No. 88 Kel. Teladan Barat "
        "Kec. Medan Kota Kota Medan"
    ],
    line(
        L_pindah(
            n,
            k,
            "MARULITUA SIREGAR",
            "JL. SISINGAMANGARAJA NO. 88 KEL. TELADAN BARAT KEC. MEDAN KOTA KOTA MEDAN",
        )
    ),
    answers={"nama_warga": "Marulitua Siregar", "telepon_warga": "0811 2233 9218"},
)

# =========================================================================================
# question_not_form
# =========================================================================================
cat = "question_not_form"

add(
    cat,
    "resident",
    ["ktp saya hilang, syaratnya apa aja ya buat bikin lagi? hrs ke polisi dulu ga"],
    facts(["polisi", "kepolisian"]),
)
add(
    cat,
    "first_timer",
    ["mau bikin KIA buat anak umur 3 thn, bawa apa aja ya ke kantor?"],
    facts(["akta kelahiran", "akte kelahiran", "akta"], ["kk", "kartu keluarga"]),
)
add(
    cat,
    "resident",
    ["mau bikin kia anak sy udah 8 tahun, perlu pas foto ga? ukuran brp"],
    facts(["foto"], ["2x3", "2 x 3", "2×3"]),
)
add(
    cat,
    "helper",
    ["KK warga kami hilang waktu pindahan rumah, mau cetak ulang KK syaratnya apa aja pak?"],
    facts(["polisi", "kepolisian"], ["ktp"]),
)
add(
    cat,
    "resident",
    ["kalo mau bikin surat pindah keluar, perlu surat pengantar RT RW sama desa ga?"],
    facts(
        ["tidak perlu", "tidak diperlukan", "tidak wajib", "tidak usah", "tanpa"],
        ["kk", "kartu keluarga"],
    ),
)
add(
    cat,
    "first_timer",
    ["bikin ktp baru bayar brp ya? takut dimintain duit sama calo"],
    facts(["gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya", "tidak bayar"]),
)
add(
    cat,
    "resident",
    ["anak sy 16 thn tp udh nikah, bisa daftar ktp pemula gak?"],
    facts(["menikah", "kawin"]),
)
add(
    cat,
    "resident",
    ["ktp sy rusak mau ganti baru, ktp yg rusak nya harus dibawa apa dibuang aja?"],
    facts(["dibawa", "bawa", "membawa", "serahkan", "diserahkan"]),
)
add(
    cat,
    "helper",
    [
        "warga pendatang ngontrak di desa kami, buat daftar pindah datang perlu surat dari "
        "pemilik kontrakan gak?"
    ],
    facts(["pemilik"], ["skpwni", "surat pindah", "surat keterangan pindah"]),
)
add(
    cat,
    "first_timer",
    ["mau bikin KTP digital yg di hp itu (IKD), caranya gmn, perlu apa aja?"],
    facts(
        ["hp", "ponsel", "smartphone", "handphone", "telepon pintar"],
        ["email", "e-mail", "surel", "surat elektronik"],
    ),
)
n = nik("Curug", 1991, 4, 4)
add(
    cat,
    "resident",
    [
        f"nik sy {n} udah aktif blm ya? mau daftar bpjs katanya nik gak terdaftar. "
        "syaratnya apa biar aktif, tolong cekin dulu"
    ],
    control("no_nik_lookup"),
)
add(
    cat,
    "first_timer",
    ["mau daftar KTP pemula buat anak sy, anaknya harus dtg sendiri ga atau sy aja yg wakilin?"],
    facts(["rekam", "perekaman", "sidik jari", "biometrik"]),
)

# =========================================================================================
# topic_coverage
# =========================================================================================
cat = "topic_coverage"

add(
    cat,
    "resident",
    [
        "kk baru sy cuma diprint di kertas biasa kaya hvs gitu, itu sah gak? rencana mau sy "
        "laminating biar awet"
    ],
    facts(["sah", "berlaku", "resmi"]),
)
add(
    cat,
    "resident",
    ["kami nikah siri, blm tercatat di KUA. bisa bikin KK bareng gak?"],
    facts(["sptjm", "tanggung jawab mutlak"]),
)
add(
    cat,
    "helper",
    [
        "warga mau pindah dr desa Cikupa ke desa Saga Balaraja, msh sama2 kab tangerang. perlu "
        "bikin surat pindah gak pak?"
    ],
    facts(["tidak perlu", "tidak memerlukan", "tidak diperlukan", "tidak butuh", "tanpa"]),
)
add(
    cat,
    "first_timer",
    ["kantor dukcapil nya dmn sih? buka jam brp? sy baru di sini"],
    facts(["tigaraksa"]),
)
add(
    cat,
    "resident",
    ["kalo berkasnya udh lengkap semua, kira2 brp lama jadinya ktp?"],
    facts(["24 jam", "1 hari", "satu hari", "sehari"]),
)
add(
    cat,
    "resident",
    ["sy mau pindah rumah ke kecamatan lain, nik sy bakal ganti ga? kk nya gmn?"],
    facts(["seumur hidup", "tidak berubah", "tetap", "tidak ganti", "tidak akan berubah"]),
)
add(
    cat,
    "helper",
    ["warga kami keberatan kalo harus ke tigaraksa, bisa cetak KIA sama KTP di kecamatan aja gak?"],
    facts(["29", "semua kecamatan", "seluruh kecamatan", "setiap kecamatan", "kantor kecamatan"]),
)
add(
    cat,
    "first_timer",
    ["anak sy baru lahir kemarin, KIA nya bisa sekalian sama akte kelahiran ga?"],
    facts(
        ["akta kelahiran", "akte kelahiran"],
        ["bersamaan", "sekaligus", "bersama", "sekalian"],
    ),
)
add(
    cat,
    "resident",
    ["sy kerja di jakarta, ktp ilang. bisa cetak ulang di dukcapil jakarta ga? males pulang"],
    facts(["luar domisili", "domisili"]),
)
add(
    cat,
    "resident",
    ["mau ganti status di ktp dari belum kawin jadi kawin, syarat nya apa?"],
    facts(["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta"]),
)
add(
    cat,
    "helper",
    ["warga mau pindah ke luar kabupaten, ktp lamanya ditarik di desa sini apa gmn pak?"],
    facts(
        [
            "tidak ditarik",
            "tidak diambil",
            "daerah tujuan",
            "tempat tujuan",
            "di tujuan",
            "dukcapil tujuan",
        ]
    ),
)
add(
    cat,
    "first_timer",
    ["baru nikah bulan lalu, mau bikin kk sendiri pisah dari ortu, bawa apa aja?"],
    facts(["buku nikah", "akta perkawinan", "akta nikah"]),
)

# =========================================================================================
# referral_by_place
# =========================================================================================
cat = "referral_by_place"

n, k = nik("Jatiuwung", 2009, 8, 8), kk("Jatiuwung", 2011, 2, 14)
add(
    cat,
    "resident",
    [
        "sy tinggal di Kel. Jatake Kec. Jatiuwung, mau bikin KTP baru, umur udh 17. "
        f"nik {n} kk {k} nama Reza Firdaus"
    ],
    control("referral", to="Kota Tangerang"),
)

n, k = nik("Pondok Aren", 1990, 2, 2, True), kk("Pondok Aren", 2016, 6, 16)
add(
    cat,
    "resident",
    [
        f"ktp sy rusak, mau ganti. {n} / {k} / Intan Permatasari / Pondok Jaya / Pondok Aren",
    ],
    control("referral", to="Kota Tangerang Selatan"),
)

add(
    cat,
    "first_timer",
    ["permisi, sy warga ciledug deket pasar lembang, mau bikin kia buat anak, bisa lewat sini?"],
    control("referral", to="Kota Tangerang"),
)

k = kk("Serpong", 2013, 9, 3)
add(
    cat,
    "resident",
    [
        "mau urus kk karena ada anggota keluarga meninggal. domisili Serpong, kel. Lengkong "
        f"Wetan. no kk {k}, kepala keluarga Hendrawan"
    ],
    control("referral", to="Kota Tangerang Selatan"),
)

add(
    cat,
    "helper",
    [
        "Pak, saya bantu warga yg tinggalnya di Kel. Cireundeu, Ciputat Timur. KTPnya hilang. "
        "apa bisa diajukan lewat nomor ini?"
    ],
    control("referral", to="Kota Tangerang Selatan"),
    answers={"nama_warga": "Bu Marlina", "telepon_warga": "0813 9753 9226"},
)

n, k = nik("Batuceper", 1985, 3, 27), kk("Batuceper", 2012, 12, 1)
add(
    cat,
    "resident",
    [f"#KTP#{n}#{k}#HERU SUSANTO#PORIS GAGA#BATUCEPER#HILANG#"],
    control("referral", to="Kota Tangerang"),
)

# =========================================================================================
# complaint_followup
# =========================================================================================
cat = "complaint_followup"

add(
    cat,
    "resident",
    [
        "kemaren sy kirim pengajuan ktp yg hilang lewat sini, sampe skrg blm ada kabar. udah 2 "
        "minggu loh. gmn nih min"
    ],
    control("handoff"),
)
add(
    cat,
    "resident",
    [
        "KTP sy udah jadi tp namanya salah ketik, harusnya NURUL HIDAYAH malah NURUL HIDAYAT. "
        "gmn benerinnya? masa hrs ngulang dari awal"
    ],
    control("handoff"),
)
add(
    cat,
    "resident",
    [
        "tolong dong di acc hari ini pengajuan kk sy, besok pagi mau dipake daftar sekolah anak. "
        "plisss"
    ],
    control("no_approval"),
)
add(
    cat,
    "helper",
    [
        "Pak, kemarin 3 warga kami ke kecamatan katanya blanko KTP habis. Kapan ada lagi? Mereka "
        "sudah bolak-balik, mohon ditindaklanjuti"
    ],
    control("handoff"),
)
add(
    cat,
    "resident",
    [
        "tadi di loket ada yg minta 150rb katanya biar ktp cepet jadi. emang bayar ya? sy mau "
        "laporin orangnya"
    ],
    control("handoff"),
)
n = nik("Kronjo", 2009, 9, 17, True)
add(
    cat,
    "first_timer",
    [f"tolong cek ktp saya udah jadi belum, nik {n}"],
    control("no_nik_lookup"),
)
add(
    cat,
    "resident",
    [
        "pengajuan ktp sy kmrn udh masuk. bisa dijadwalin ambilnya hari sabtu gak? sy kerja "
        "senin-jumat"
    ],
    control("no_approval"),
)
add(
    cat,
    "resident",
    ["sy mau ngomong sama petugas langsung aja deh, dari tadi bot nya ga ngerti2 😤"],
    control("handoff"),
)
n = nik("Kosambi", 1999, 12, 12, True)
add(
    cat,
    "helper",
    [
        f"Pak, mohon dicek data warga kami NIK {sp4(n)}, apakah sudah masuk di KK yang baru "
        "atau belum. Terima kasih"
    ],
    control("no_nik_lookup"),
)
add(
    cat,
    "resident",
    [
        "KK yg baru jadi kemarin tanggal lahir anak sy salah, harusnya 12 malah ditulis 21. "
        "tolong dibenerin"
    ],
    control("handoff"),
)
add(
    cat,
    "first_timer",
    [
        "maaf mau tanya, pengajuan saya bisa dipastiin disetujui gak? soalnya rumah sy jauh, "
        "kalo bolak balik ongkosnya lumayan"
    ],
    control("no_approval"),
)
add(
    cat,
    "helper",
    [
        "Selamat pagi. Tiket KTP-7Q2M4X warga kami statusnya DITOLAK, alasannya apa ya? Mohon "
        "penjelasan dari petugas"
    ],
    control("handoff"),
)

# =========================================================================================
# helper_mode
# =========================================================================================
cat = "helper_mode"

n, k = nik("Tigaraksa", 1966, 11, 19, True), kk("Tigaraksa", 2007, 5, 2)
add(
    cat,
    "helper",
    [
        "Saya operator desa Kadu Agung, hari ini mau input 3 warga, satu2 ya pak. "
        f"Pertama: KTP hilang an. Ibu Kokom Komariah NIK {n} KK {k}. "
        "Yang kedua sama ketiga nanti saya kirim setelah ini"
    ],
    line(L_ktp(n, k, "KOKOM KOMARIAH", "Kadu Agung", "Tigaraksa", "HILANG")),
    answers={
        "kecamatan": "Tigaraksa pak",
        "nama_warga": "Kokom Komariah",
        "telepon_warga": "0812 1111 9230",
    },
    missing=1,
)

n, k = nik("Kemiri", 2009, 10, 10), kk("Kemiri", 2012, 4, 28)
add(
    cat,
    "helper",
    [
        "desa Kemiri kec Kemiri / pemula / KK " + k + " / Rizal Firmansyah / NIK " + n,
    ],
    line(L_ktp(n, k, "RIZAL FIRMANSYAH", "Kemiri", "Kemiri", "PEMULA")),
    answers={"nama_warga": "Rizal Firmansyah", "telepon_warga": "0821 2222 9233"},
)

n, k = nik("Kresek", 2020, 7, 27, True), kk("Kresek", 2018, 1, 8)
add(
    cat,
    "helper",
    [
        "tadi pagi sy udah kirim punya pak Udin ya pak. sekarang yg kedua, KIA anaknya bu Enah, "
        f"namanya Siti Fatimah. nik anak {n}, kk {k}, desa Talok kec Kresek"
    ],
    line(L_kia(n, k, "SITI FATIMAH", "Talok", "Kresek")),
    answers={"nama_warga": "Bu Enah", "telepon_warga": "0857 3333 9236"},
)

k = kk("Sukadiri", 2013, 11, 21)
add(
    cat,
    "helper",
    [
        f"KK a.n. kepala keluarga Wawan Setiawan, {k}, desa Pekayon kec Sukadiri. "
        "no hp warga 0813 4444 9238 kalau perlu dihubungi"
    ],
    line(L_kk(k, "WAWAN SETIAWAN", "Pekayon", "Sukadiri")),
    answers={"nama_warga": "Wawan Setiawan", "telepon_warga": "0813 4444 9238"},
)

n, k = nik("Cisoka", 1977, 2, 22), kk("Cisoka", 2006, 6, 26)
add(
    cat,
    "helper",
    [
        "Warga 1 (surat pindah keluar):\n"
        f"NIK {n}\nKK {k}\nNama Supriatna\n"
        "Alamat tujuan Kp. Babakan RT 04 RW 02 Desa Cikembar Kec. Cikembar Kab. Sukabumi\n\n"
        "Warga 2 saya kirim abis ini ya pak, datanya blm lengkap"
    ],
    line(
        L_pindah(
            n,
            k,
            "SUPRIATNA",
            "KP. BABAKAN RT 04 RW 02 DESA CIKEMBAR KEC. CIKEMBAR KAB. SUKABUMI",
        )
    ),
    answers={"nama_warga": "Supriatna", "telepon_warga": "0896 5555 9241"},
)

n, k = nik("Sepatan Timur", 1981, 5, 5), kk("Sepatan Timur", 2009, 9, 29)
add(
    cat,
    "helper",
    [
        "Kami dari kecamatan Sepatan Timur, mohon diinput: nama Juhana, desa Kampung Kelor, "
        f"KTP rusak karena rumahnya kebakaran (KTP gosong sebagian). NIK {n} / KK {k}"
    ],
    line(L_ktp(n, k, "JUHANA", "Kampung Kelor", "Sepatan Timur", "RUSAK")),
    answers={"nama_warga": "Juhana", "telepon_warga": "0819 6666 9243"},
)

n, k = nik("Legok", 2015, 4, 14), kk("Legok", 2014, 2, 14)
add(
    cat,
    "helper",
    ["mau daftarin warga pak"],
    line(L_kia(n, k, "MUHAMMAD ZIDAN", "Babat", "Legok")),
    answers={
        "layanan": "kia, buat anak umur 11",
        "nik": f"nik anaknya {n}",
        "no_kk": k,
        "nama": "Muhammad Zidan",
        "desa": "babat",
        "kecamatan": "legok",
        "nama_warga": "bapaknya, Pak Rusdi",
        "telepon_warga": "0852 7777 9246",
    },
    missing=5,
)

n = nik("Jambe", 1984, 1, 1)
add(
    cat,
    "helper",
    [
        f"pak tolong cek NIK {n} ini atas nama siapa ya, ada warga ngaku2 tinggal di desa kami "
        "tapi ga ada di data kami"
    ],
    control("no_nik_lookup"),
)

add(
    cat,
    "helper",
    [
        "Pak, kemarin saya kirim 5 berkas warga. Tolong diapprove semua hari ini ya biar bisa "
        "dibagikan pas posyandu besok"
    ],
    control("no_approval"),
)

n, k = nik("Cikupa", 1948, 8, 17, True), kk("Cikupa", 2005, 1, 5)
add(
    cat,
    "helper",
    [
        "Assalamualaikum, sy ketua RT 03 desa Dukuh kec Cikupa. Mau bantu mbah Sarinah, KTP beliau "
        f"hilang, beliau ga punya hp. NIK {n}, KK {k}"
    ],
    line(L_ktp(n, k, "SARINAH", "Dukuh", "Cikupa", "HILANG")),
    answers={
        "nama_warga": "mbah Sarinah",
        "telepon_warga": "beliau gak punya hp, pake no saya aja 0812 8888 9249",
    },
)

n, k = nik("Panongan", 2021, 3, 3, True), kk("Panongan", 2020, 12, 20)
add(
    cat,
    "helper",
    [
        "ini ada anak kembar mau bikin KIA dua2nya, yg kakak dulu ya pak. nama Aira Nadhifa, "
        f"NIK {n}, KK {k}, desa Mekar Bakti kec Panongan. adiknya nanti sy kirim terpisah"
    ],
    line(L_kia(n, k, "AIRA NADHIFA", "Mekar Bakti", "Panongan")),
    answers={"nama_warga": "ibunya, Bu Wulan", "telepon_warga": "0838 9999 9201"},
)

no = skp("320501")
add(
    cat,
    "helper",
    [
        f"pendaftaran datang warga pendatang dr Garut. no skpwni {no}",
        "keperluan: numpang KK kakaknya",
    ],
    line(L_datang(no, "NUMPANG KK KAKAKNYA")),
    answers={"nama_warga": "Sdr. Cecep Rahmat", "telepon_warga": "0853 1212 9203"},
)

# =========================================================================================
# desa_typo_with_kecamatan
# =========================================================================================
cat = "desa_typo_with_kecamatan"

n, k = nik("Cikupa", 1992, 12, 5), kk("Cikupa", 2019, 3, 23)
add(
    cat,
    "resident",
    [
        f"ktp sy ketekuk jd chipnya rusak. nik {n} kk {k} nama Taufik Hidayat "
        "ds sukanagra kec cikupa"
    ],
    line(L_ktp(n, k, "TAUFIK HIDAYAT", "Sukanagara", "Cikupa", "RUSAK")),
)

k = kk("Panongan", 2011, 8, 30)
add(
    cat,
    "helper",
    [f"perubahan KK warga: no {k}, kepala keluarga Karnadi, desa rancaiyuh kec panongan"],
    line(L_kk(k, "KARNADI", "Ranca Iyuh", "Panongan")),
    answers={"nama_warga": "Karnadi", "telepon_warga": "0812 3030 9208"},
)

n, k = nik("Cikupa", 2014, 7, 19, True), kk("Cikupa", 2013, 5, 10)
add(
    cat,
    "resident",
    [f"KIA utk Kayla Anindita {n} {k} pasirgadung, cikupa"],
    line(L_kia(n, k, "KAYLA ANINDITA", "Pasir Gadung", "Cikupa")),
)

n, k = nik("Mauk", 2009, 6, 1), kk("Mauk", 2010, 7, 7)
add(
    cat,
    "first_timer",
    [
        "sy mau bikin ktp pertama, udah 17. gmn ya caranya",
        f"nik {n}, kk {k}, nama Wildan Fauzan, tinggal di tegalkunir lorr kec mauk",
    ],
    line(L_ktp(n, k, "WILDAN FAUZAN", "Tegal Kunir Lor", "Mauk", "PEMULA")),
    answers={"saran_tempat": "iya bener itu"},
)

n, k = nik("Teluknaga", 1986, 1, 14, True), kk("Teluknaga", 2010, 11, 30)
add(
    cat,
    "resident",
    [f"KTP hilang. Marlina Sari, nik {n}, kk {k}, desa kampung melayu timur kecamatan teluknaga"],
    line(L_ktp(n, k, "MARLINA SARI", "Kmp Melayu Tim", "Teluknaga", "HILANG")),
)

n, k = nik("Curug", 2016, 9, 9), kk("Curug", 2015, 3, 31)
add(
    cat,
    "helper",
    [
        "izin pak, KIA warga desa cukang galih kec curug, atas nama Fathan Alfarizqi. "
        f"NIK {n} KK {k}"
    ],
    line(L_kia(n, k, "FATHAN ALFARIZQI", "Cukanggalih", "Curug")),
    answers={"nama_warga": "orang tuanya, Pak Hasan", "telepon_warga": "0877 4040 9212"},
)

# =========================================================================================
# casual_stepwise
# =========================================================================================
cat = "casual_stepwise"

n, k = nik("Cikupa", 1999, 3, 9, True), kk("Cikupa", 2018, 8, 15)
add(
    cat,
    "first_timer",
    ["halo kak", "mau bikin ktp nih"],
    line(L_ktp(n, k, "PUTRI AYU WANDIRA", "Bunder", "Cikupa", "HILANG")),
    answers={
        "layanan": "ktp",
        "nik": f"ini kak {n}",
        "no_kk": f"yg di kk nomornya {k}",
        "nama": "Putri Ayu Wandira",
        "desa": "desa sy bunder",
        "kecamatan": "cikupa kak",
        "alasan": "ilang kayanya jatoh di motor",
    },
    missing=6,
)

k = kk("Gunung Kaler", 2012, 10, 2)
add(
    cat,
    "resident",
    ["mau ganti kk pak, ada perubahan data"],
    line(L_kk(k, "SAHRONI", "Kedung", "Gunung Kaler")),
    answers={
        "no_kk": grp(k, (4, 4, 4, 4)),
        "nama_kepala_keluarga": "kepala keluarga nya Sahroni",
        "desa": "kedung",
        "kecamatan": "gunung kaler",
    },
    missing=4,
)

n, k = nik("Cikupa", 2020, 10, 25, True), kk("Cikupa", 2019, 6, 21)
add(
    cat,
    "first_timer",
    ["permisi, kia itu kartu anak ya? mau bikin buat anak sy"],
    line(L_kia(n, k, "KEISHA AZALEA", "Cibadak", "Cikupa")),
    answers={
        "nik": f"nik anak sy {n}, umurnya 6",
        "no_kk": k,
        "nama": "namanya Keisha Azalea",
        "desa": "di desa Cibadak",
        "kecamatan": "cikupa",
    },
    missing=5,
)

no = skp("360409")
add(
    cat,
    "resident",
    ["mw lapor pindah datang"],
    line(L_datang(no, "PINDAH KERJA")),
    answers={
        "no_skpwni": f"no skpwni nya {no}",
        "keperluan": "pindah kerja, dapet kerjaan di pabrik balaraja",
    },
    missing=2,
)

n, k = nik("Kosambi", 1994, 11, 11), kk("Kosambi", 2021, 2, 1)
add(
    cat,
    "first_timer",
    ["bisa bantu bikin surat pindah? sy bingung caranya"],
    line(
        L_pindah(
            n,
            k,
            "ARIF RAHMAN",
            "JL. GAJAH MADA NO. 30 RT 01 RW 04 KEL. SEMARANG TENGAH KEC. SEMARANG TENGAH "
            "KOTA SEMARANG",
        )
    ),
    answers={
        "nik": n,
        "no_kk": f"{k} itu kk",
        "nama": "Arif Rahman",
        "alamat_pindah": "Jl. Gajah Mada No. 30 RT 01 RW 04 Kel. Semarang Tengah Kec. Semarang "
        "Tengah Kota Semarang",
    },
    missing=4,
)

n, k = nik("Balaraja", 1976, 4, 30), kk("Balaraja", 2008, 12, 8)
add(
    cat,
    "resident",
    ["ktp sy kelipat terus patah, mau ganti", f"nik {n}"],
    line(L_ktp(n, k, "JUNAEDI", "Gembong", "Balaraja", "RUSAK")),
    answers={
        "no_kk": f"kk {k}",
        "nama": "junaedi",
        "desa": "desa gembong, balaraja",
        "kecamatan": "balaraja",
    },
    missing=4,
)

# =========================================================================================
# correction_at_confirmation
# =========================================================================================
cat = "correction_at_confirmation"

n, k = nik("Cikupa", 1983, 6, 6), kk("Cikupa", 2011, 9, 1)
add(
    cat,
    "resident",
    [
        f"ktp hilang, nik {n} kk {k}, Dadang Suherman, desa Sukanagara kec Cikupa",
        "eh maaf salah desa, harusnya Sukadamai",
    ],
    control("correction", line=L_ktp(n, k, "DADANG SUHERMAN", "Sukadamai", "Cikupa", "HILANG")),
)

n, k = nik("Jambe", 1990, 10, 3, True), kk("Jambe", 2016, 7, 29)
add(
    cat,
    "resident",
    [
        f"#KTP#{n}#{k}#YULIANTI#MEKARSARI#JAMBE#HILANG#",
        "bukan hilang ding, ktpnya masih ada cuma patah. jadi rusak",
    ],
    control("correction", line=L_ktp(n, k, "YULIANTI", "Mekarsari", "Jambe", "RUSAK")),
)

k = kk("Kronjo", 2014, 4, 9)
add(
    cat,
    "helper",
    [
        f"KK warga desa Blukbuk kec Kronjo, no {k}, kepala keluarga Samsudin",
        "ralat pak, nama kepala keluarganya Samsudin Nur, kurang Nur",
    ],
    control("correction", line=L_kk(k, "SAMSUDIN NUR", "Blukbuk", "Kronjo")),
    answers={"nama_warga": "Samsudin Nur", "telepon_warga": "0856 5050 9227"},
)

n_wrong = nik("Pasar Kemis", 2018, 2, 13)
n, k = nik("Pasar Kemis", 2018, 2, 13), kk("Pasar Kemis", 2017, 1, 19)
add(
    cat,
    "resident",
    [
        f"KIA anak sy Muhammad Alfatih, nik {n_wrong}, kk {k}, desa Gelam Jaya kec Pasar Kemis",
        f"nik anak salah satu angka ternyata, yg bener {n}",
    ],
    control("correction", line=L_kia(n, k, "MUHAMMAD ALFATIH", "Gelam Jaya", "Pasar Kemis")),
)

n, k = nik("Pakuhaji", 1997, 8, 20, True), kk("Pakuhaji", 2020, 3, 14)
add(
    cat,
    "first_timer",
    [
        f"ktp sy rusak. nik {k} kk {n} nama Fitri Handayani desa Bonisari kec Pakuhaji",
        f"maaf kebalik tadi 🙏 nik sy {n}, yg {k} itu kk",
    ],
    control("correction", line=L_ktp(n, k, "FITRI HANDAYANI", "Bonisari", "Pakuhaji", "RUSAK")),
)

n, k = nik("Curug", 1987, 5, 25), kk("Curug", 2013, 8, 6)
add(
    cat,
    "resident",
    [
        f"SKPWNI a.n. Rudy Hartanto nik {n} kk {k} pindah ke Jl. Veteran No. 9 RT 06 RW 02 "
        "Kel. Kauman Kec. Klojen Kota Malang",
        "alamat pindahnya salah, yg bener: Jl. Veteran No. 9 RT 07 RW 02 Kel. Kauman "
        "Kec. Klojen Kota Malang",
    ],
    control(
        "correction",
        line=L_pindah(
            n,
            k,
            "RUDY HARTANTO",
            "JL. VETERAN NO. 9 RT 07 RW 02 KEL. KAUMAN KEC. KLOJEN KOTA MALANG",
        ),
    ),
)

no = skp("320903")
add(
    cat,
    "helper",
    [
        f"daftar kedatangan warga, skpwni no {no} keperluan pindah kerja",
        "koreksi pak, keperluannya bukan pindah kerja tapi ikut orang tua",
    ],
    control("correction", line=L_datang(no, "IKUT ORANG TUA")),
    answers={"nama_warga": "Sdri. Nia Kurniasih", "telepon_warga": "0812 6060 9232"},
)

n, k = nik("Sukadiri", 1995, 9, 18, True), kk("Sukadiri", 2019, 10, 24)
add(
    cat,
    "resident",
    [
        f"ktp ilang, {n}, {k}, Nurjanah, desa Karang Serang, kec Sukadiri",
        "ya",
        "waduh maaf min, nama sy kurang huruf. harusnya Nurjannah, n nya dua",
    ],
    control("correction", line=L_ktp(n, k, "NURJANNAH", "Karang Serang", "Sukadiri", "HILANG")),
)

k = kk("Pasar Kemis", 2015, 5, 15)
add(
    cat,
    "resident",
    [
        f"#KK#{k}#ABDUL ROSID#SUKA ASIH#PASAR KEMIS",
        "iya kirim",
        "punten lepat, desana Sindangsari, masih kec pasar kemis",
    ],
    control("correction", line=L_kk(k, "ABDUL ROSID", "Sindangsari", "Pasar Kemis")),
)

n, k = nik("Sepatan", 2009, 11, 2), kk("Sepatan", 2012, 7, 17)
add(
    cat,
    "helper",
    [
        f"KTP hilang an. Galih Pratama NIK {n} KK {k} desa Kayu Bongkok kec Sepatan",
        "eh salah pak, pemula bukan hilang. anaknya baru 17, belum pernah punya ktp",
    ],
    control("correction", line=L_ktp(n, k, "GALIH PRATAMA", "Kayu Bongkok", "Sepatan", "PEMULA")),
    answers={"nama_warga": "Galih Pratama", "telepon_warga": "0881 7070 9235"},
)

n, k_wrong = nik("Solear", 2023, 1, 11, True), kk("Solear", 2022, 1, 11)
k = kk("Solear", 2022, 1, 11)
add(
    cat,
    "helper",
    [
        f"KIA: Hana Safira / {n} / {k_wrong} / desa Munjul / kec Solear",
        "oke pak",
        f"mohon maaf no KK nya salah ketik, ini yg benar {k}",
    ],
    control("correction", line=L_kia(n, k, "HANA SAFIRA", "Munjul", "Solear")),
    answers={"nama_warga": "ibunya, Bu Eli", "telepon_warga": "0813 8080 9239"},
)

n, k = nik("Tigaraksa", 2000, 2, 29), kk("Tigaraksa", 2023, 6, 12)
add(
    cat,
    "first_timer",
    [
        f"ktp patah. nik {n} kk {k} nama Andika Putra desa Tegalsari kec Tigaraksa",
        "desanya Pete kak, kecamatan Tigaraksa. tadi sy tulis Tegalsari salah",
    ],
    control("correction", line=L_ktp(n, k, "ANDIKA PUTRA", "Pete", "Tigaraksa", "RUSAK")),
)

# =========================================================================================
# cancel
# =========================================================================================
cat = "cancel"

n = nik("Kelapa Dua", 1993, 7, 7)
add(
    cat,
    "resident",
    [f"mau bikin ktp hilang, nik {n}", "gak jadi deh, nanti aja"],
    control("cancel"),
)

k = kk("Cisoka", 2017, 4, 4)
add(
    cat,
    "first_timer",
    [
        f"kk no {k} kepala keluarga Maman Suparman desa Selapajang kec Cisoka",
        "batal aja kak, ternyata sy hrs tanya bapak dulu",
    ],
    control("cancel"),
)

n, k = nik("Rajeg", 2022, 5, 5), kk("Rajeg", 2021, 9, 9)
add(
    cat,
    "helper",
    [
        f"KIA an. Rafka Hamizan, nik {n}, kk {k}, desa Daon kec Rajeg",
        "mohon dibatalkan pak, warganya sudah urus sendiri ke kecamatan",
    ],
    control("cancel"),
)

n = nik("Cisauk", 1989, 3, 21, True)
add(
    cat,
    "resident",
    ["mau bikin surat pindah", f"nik {n}", "udahan dulu ya, mau ngobrol sama suami dulu"],
    control("cancel"),
)

no = skp("360103")
add(
    cat,
    "first_timer",
    [f"skdwn {no}", "stop stop, salah kirim, itu bukan nomor sy"],
    control("cancel"),
)

n, k = nik("Kosambi", 1978, 12, 25), kk("Kosambi", 2009, 5, 20)
add(
    cat,
    "resident",
    [
        f"KTP hilang. nik {n} kk {k} nama Yusuf Maulana desa Belimbing kec Kosambi",
        "ga usah dilanjut mas, ktp nya ketemu di laci 😅",
    ],
    control("cancel"),
)

# =========================================================================================
# hash_line
# =========================================================================================
cat = "hash_line"

n, k = nik("Cikupa", 1994, 4, 12, True), kk("Cikupa", 2020, 11, 4)
add(
    cat,
    "resident",
    [f"#ktp#{n}#{k}#dewi sartika#cibadak#cikupa#rusak#"],
    line(L_ktp(n, k, "DEWI SARTIKA", "Cibadak", "Cikupa", "RUSAK")),
)

k = kk("Tigaraksa", 2009, 2, 17)
add(
    cat,
    "helper",
    [f"#KK#{k}#Mulyadi#Pasir Bolang#Tigaraksa"],
    line(L_kk(k, "MULYADI", "Pasir Bolang", "Tigaraksa")),
    answers={"nama_warga": "Mulyadi", "telepon_warga": "0812 9090 9242"},
)

n, k = nik("Pasar Kemis", 2016, 1, 31), kk("Pasar Kemis", 2015, 8, 8)
add(
    cat,
    "resident",
    [f"#KIA # {n} # {k} # Arkan Maulana # Kuta Baru # Pasar Kemis"],
    line(L_kia(n, k, "ARKAN MAULANA", "Kuta Baru", "Pasar Kemis")),
)

n, k = nik("Mekar Baru", 1980, 10, 30), kk("Mekar Baru", 2010, 3, 3)
add(
    cat,
    "helper",
    [f"#SKPWNI#{n}#{k}#SUPARMAN#DESA KARANGANYAR RT 01 RW 02 KEC. KARANGANYAR KAB. DEMAK"],
    line(L_pindah(n, k, "SUPARMAN", "DESA KARANGANYAR RT 01 RW 02 KEC. KARANGANYAR KAB. DEMAK")),
    answers={"nama_warga": "Suparman", "telepon_warga": "0822 1010 9245"},
)

no = skp("360107")
add(
    cat,
    "first_timer",
    [f"#SKDWN#{no}#Pindah tugas"],
    line(L_datang(no, "PINDAH TUGAS")),
)

n, k = nik("Mauk", 2009, 8, 22), kk("Mauk", 2011, 1, 27)
add(
    cat,
    "resident",
    [f"#KTP#{sp4(n)}#{k}#NANANG KOSIM#TANJUNG ANOM#MAUK#PEMULA#"],
    line(L_ktp(n, k, "NANANG KOSIM", "Tanjung Anom", "Mauk", "PEMULA")),
)


# =========================================================================================
# writing
# =========================================================================================
def main() -> None:
    by_cat: dict[str, list[dict]] = defaultdict(list)
    for conv in CONVS:
        by_cat[conv["category"]].append(conv)
    for old in HERE.glob(f"{PREFIX}_*.yml"):
        old.unlink()
    for category, convs in by_cat.items():
        out = []
        for i, conv in enumerate(convs, 1):
            out.append({"id": f"{PREFIX}-{category.replace('_', '-')}-{i:02d}", **conv})
        path = HERE / f"{PREFIX}_{category}.yml"
        text = yaml.safe_dump(
            {"conversations": out}, allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(text, encoding="utf-8")
    print(f"{len(CONVS)} conversations in {len(by_cat)} files")


if __name__ == "__main__":
    main()
