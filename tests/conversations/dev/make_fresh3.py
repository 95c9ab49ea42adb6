"""Builder of the fresh3 part (issue 8), by a new, independent author: written as a test part,
measured once on 2 December 2026 (lines 93.5%, facts 95.0%, controls 93.0%), then moved to dev.

Writes `fresh3_<category>.yml` beside this file (ids `fresh3-<category>-NN`):

    .venv/bin/python -m tests.conversations.dev.make_fresh3

Numbers come from `devtools.synthetic` (serials from 9601 on); every expected line is checked
with `bot.intake.parser.parse` to be canonical before it is written. Places are real desa and
kecamatan of Kabupaten Tangerang; referrals use real kelurahan of Kota Tangerang and Kota
Tangerang Selatan.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent

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

_serial = [9600]


def _next() -> int:
    _serial[0] += 1
    return _serial[0]


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    return make_nik(KEC[kec], dt.date(y, m, d), female, _next())


def kk(kec: str, y: int = 2016, m: int = 3, d: int = 9) -> str:
    return make_kk(KEC[kec], dt.date(y, m, d), _next())


def sp(n: str) -> str:
    """4-4-4-4 with spaces."""
    return " ".join(n[i : i + 4] for i in range(0, 16, 4))


def dots(n: str) -> str:
    return ".".join(n[i : i + 4] for i in range(0, 16, 4))


def dash(n: str) -> str:
    """6-6-4 with dashes (region, date, serial)."""
    return f"{n[:6]}-{n[6:12]}-{n[12:]}"


def six(n: str) -> str:
    return f"{n[:6]} {n[6:12]} {n[12:]}"


def alt(n: str) -> str:
    """The same number with its last digit changed (a typo the person then corrects)."""
    return n[:15] + ("7" if n[15] != "7" else "8")


def line(service: str, *values: str) -> str:
    text = "#" + "#".join([service, *[v.upper() for v in values]])
    if service == "KTP":
        text += "#"
    verdict = parse(text)
    assert verdict.ok and verdict.canonical == text, (text, verdict.errors, verdict.canonical)
    return text


GATIS = ["gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya", "tidak dikenakan biaya"]
KKWORD = ["kk", "kartu keluarga"]
POLISI = ["kepolisian", "polisi"]

CONVS: dict[str, list[dict]] = defaultdict(list)


def add(category, persona, turns, *, answers=None, missing=0, confirm=None, **expect):
    conv = {
        "id": f"fresh3-{category.replace('_', '-')}-{len(CONVS[category]) + 1:02d}",
        "category": category,
        "persona": persona,
        "turns": list(turns),
    }
    if answers:
        conv["answers"] = dict(answers)
    if confirm:
        conv["confirm"] = confirm
    conv["missing"] = missing
    conv["expect"] = {k: v for k, v in expect.items() if v is not None}
    CONVS[category].append(conv)


# --- correction_at_confirmation -------------------------------------------------------------
def correction_at_confirmation() -> None:
    c = "correction_at_confirmation"
    n, k = nik("Tigaraksa", 1988, 2, 14, True), kk("Tigaraksa", 2012, 6, 1)
    add(
        c,
        "resident",
        [
            f"mau bikin ktp yg ilang, nik {sp(n)} kk {sp(k)} nama Rohaeti ds pasir nangka kec tigaraksa",
            "eh salah, desanya Pasir Bolang bukan pasir nangka",
        ],
        control="correction",
        line=line("KTP", n, k, "ROHAETI", "PASIR BOLANG", "TIGARAKSA", "HILANG"),
    )
    k = kk("Curug", 2014, 9, 22)
    add(
        c,
        "resident",
        [
            f"Selamat siang, saya mau cetak ulang KK. No KK {k}, kepala keluarga Sutrisno, desa Kadu Jaya kecamatan Curug",
            "maaf pak namanya kurang, yg bener SUTRISNO HADI",
        ],
        control="correction",
        line=line("KK", k, "SUTRISNO HADI", "KADU JAYA", "CURUG"),
    )
    n, k = nik("Pasar Kemis", 2019, 4, 3), kk("Pasar Kemis", 2017, 1, 15)
    add(
        c,
        "resident",
        [
            f"kia buat anak sy, nik anak {dots(n)}, kk {dots(k)}, nama Muhammad Alfatih, "
            "sukamantri pasar kemis",
            "bentar, nik anaknya salah ketik. harusnya " + sp(alt(n)),
        ],
        control="correction",
        line=line("KIA", alt(n), k, "MUHAMMAD ALFATIH", "SUKAMANTRI", "PASAR KEMIS"),
    )
    n, k = nik("Kelapa Dua", 1995, 11, 30), kk("Kelapa Dua", 2020, 2, 2)
    add(
        c,
        "resident",
        [
            f"ktp saya rusak chipnya. NIK {n} KK {k} a.n. Reza Pahlevi, Bojong Nangka, Kelapa Dua",
            "oh iya kecamatannya bener, tp alasannya bukan rusak, ktp nya ilang kemarin di angkot",
        ],
        control="correction",
        line=line("KTP", n, k, "REZA PAHLEVI", "BOJONG NANGKA", "KELAPA DUA", "HILANG"),
    )
    k = kk("Kresek", 2011, 5, 5)
    k2 = k[:-1] + ("1" if k[-1] != "1" else "2")
    add(
        c,
        "first_timer",
        [
            f"assalamualaikum. mau urus kartu keluarga baru, no kk {six(k2)}, kepala keluarga "
            "Ahmad Junaedi, desa talok kec kresek",
            f"astagfirullah nomor kk nya keliru, yg bener {six(k)}",
        ],
        control="correction",
        line=line("KK", k, "AHMAD JUNAEDI", "TALOK", "KRESEK"),
    )
    n, k = nik("Mauk", 2005, 8, 19, True), kk("Mauk", 2010, 8, 8)
    add(
        c,
        "resident",
        [
            f"#KTP#{n}#{k}#NURHASANAH#KETAPANG#MAUK#RUSAK#",
            "koreksi: alasannya PEMULA, saya blm pernah rekam ktp sama sekali",
        ],
        control="correction",
        line=line("KTP", n, k, "NURHASANAH", "KETAPANG", "MAUK", "PEMULA"),
    )
    n, k = nik("Pakuhaji", 1979, 3, 1), kk("Pakuhaji", 2013, 4, 4)
    add(
        c,
        "resident",
        [
            f"sy mau bikin surat pindah keluar. nik {sp(n)}, kk {sp(k)}, nama Dedi Kurniawan, "
            "pindah ke Jl. Raya Serang Km 5, Kota Serang",
            "maaf alamat tujuannya salah, yang benar Jl Raya Cilegon No 17, Kota Cilegon",
        ],
        control="correction",
        line=line("SKPWNI", n, k, "DEDI KURNIAWAN", "JL RAYA CILEGON NO 17, KOTA CILEGON"),
    )
    add(
        c,
        "resident",
        [
            "mau lapor pindah datang, no skpwni 3201/SKPWNI/2025/00731 keperluan kerja",
            "eh keperluannya bukan kerja, ikut suami",
        ],
        control="correction",
        line=line("SKDWN", "3201/SKPWNI/2025/00731", "IKUT SUAMI"),
    )
    n, k = nik("Legok", 2018, 12, 12, True), kk("Legok", 2016, 7, 7)
    add(
        c,
        "resident",
        [
            f"Mohon dibuatkan KIA anak saya: NIK {n}, No KK {k}, nama Zahra Aulia, "
            "Desa Serdang Wetan, Kec. Legok",
            "ralat, nama anaknya ZAHRA AULIA PUTRI, ada putrinya",
        ],
        control="correction",
        line=line("KIA", n, k, "ZAHRA AULIA PUTRI", "SERDANG WETAN", "LEGOK"),
    )
    k = kk("Cisauk", 2019, 10, 1)
    add(
        c,
        "resident",
        [
            f"mau ajukan cetak KK. No KK {dots(k)} KK atas nama Bpk Rahmat, ds Sampora kec Cisauk",
            "wah salah desa, maksudnya Suradita, masih kec Cisauk",
        ],
        control="correction",
        line=line("KK", k, "RAHMAT", "SURADITA", "CISAUK"),
    )
    n, k = nik("Sepatan", 1990, 6, 6, True), kk("Sepatan", 2015, 1, 20)
    add(
        c,
        "resident",
        [
            f"ktp saya hilang. {sp(n)} / {sp(k)} / Siti Maesaroh / Kayu Agung / Sepatan",
            "aduh nik nya ada yg salah satu angka, yg bener " + sp(alt(n)),
        ],
        control="correction",
        line=line("KTP", alt(n), k, "SITI MAESAROH", "KAYU AGUNG", "SEPATAN", "HILANG"),
    )


# --- surat_pindah ---------------------------------------------------------------------------
def surat_pindah() -> None:
    c = "surat_pindah"
    n, k = nik("Cikupa", 1986, 1, 25), kk("Cikupa", 2012, 2, 2)
    add(
        c,
        "resident",
        [
            f"mau pindah ke bandung, bikin skpwni. nik {n} kk {k} nama Agus Salim. alamat baru: "
            "Jl. Cigadung Raya Timur No. 8, Kel. Cigadung, Kec. Cibeunying Kaler, Kota Bandung"
        ],
        line=line(
            "SKPWNI",
            n,
            k,
            "AGUS SALIM",
            "JL. CIGADUNG RAYA TIMUR NO. 8, KEL. CIGADUNG, KEC. CIBEUNYING KALER, KOTA BANDUNG",
        ),
    )
    n, k = nik("Balaraja", 1992, 9, 9, True), kk("Balaraja", 2018, 3, 3)
    add(
        c,
        "resident",
        ["permisi mau urus surat pindah keluar daerah, mau ikut suami"],
        answers={
            "nik": f"nik sy {sp(n)}",
            "no_kk": f"kk {sp(k)}",
            "nama": "nama sy Dewi Sartika",
            "alamat_pindah": "Dusun Sukamaju RT 02 RW 01 Desa Way Galih Kec Tanjung Bintang Lampung Selatan",
        },
        missing=4,
        line=line(
            "SKPWNI",
            n,
            k,
            "DEWI SARTIKA",
            "DUSUN SUKAMAJU RT 02 RW 01 DESA WAY GALIH KEC TANJUNG BINTANG LAMPUNG SELATAN",
        ),
    )
    n, k = nik("Kosambi", 1975, 4, 17), kk("Kosambi", 2009, 12, 1)
    add(
        c,
        "first_timer",
        [
            "pak sy mau pindah domisili ke luar kota gmn caranya bikin surat pindahnya",
            f"nik {dash(n)} kk {dash(k)} atas nama Hendra Gunawan",
        ],
        answers={"alamat_pindah": "jl kemayoran gempol no 21 rt 5 rw 7 kemayoran jakarta pusat"},
        missing=1,
        line=line(
            "SKPWNI",
            n,
            k,
            "HENDRA GUNAWAN",
            "JL KEMAYORAN GEMPOL NO 21 RT 5 RW 7 KEMAYORAN JAKARTA PUSAT",
        ),
    )
    n, k = nik("Teluknaga", 1999, 7, 2, True), kk("Teluknaga", 2021, 5, 5)
    add(
        c,
        "resident",
        [
            "Dengan hormat, saya bermohon diterbitkan Surat Keterangan Pindah WNI. "
            f"NIK: {n}. No. KK: {k}. Nama: Anisa Rahmawati. Alamat tujuan: Perum Griya Asri "
            "Blok C3 No 4, Desa Cibadak, Kecamatan Ciampea, Kabupaten Bogor. Terima kasih."
        ],
        line=line(
            "SKPWNI",
            n,
            k,
            "ANISA RAHMAWATI",
            "PERUM GRIYA ASRI BLOK C3 NO 4, DESA CIBADAK, KECAMATAN CIAMPEA, KABUPATEN BOGOR",
        ),
    )
    n, k = nik("Rajeg", 1983, 10, 10), kk("Rajeg", 2011, 11, 11)
    add(
        c,
        "resident",
        [f"skpwni ya min. {n} {k} Joko Purnomo"],
        answers={
            "alamat_pindah": "Kampung Jetis RT 04/RW 02, Kec. Klaten Tengah, Kab. Klaten, Jawa Tengah"
        },
        missing=1,
        line=line(
            "SKPWNI",
            n,
            k,
            "JOKO PURNOMO",
            "KAMPUNG JETIS RT 04/RW 02, KEC. KLATEN TENGAH, KAB. KLATEN, JAWA TENGAH",
        ),
    )
    n, k = nik("Panongan", 1990, 5, 28), kk("Panongan", 2019, 6, 18)
    add(
        c,
        "resident",
        [
            f"mau bikin surat pindah keluar karena mutasi kerja. NIK {sp(n)}, KK {sp(k)}, "
            "nama Bambang Sugiarto"
        ],
        answers={"alamat_pindah": "Jl. Ngagel Jaya Selatan 45, Surabaya"},
        missing=1,
        line=line("SKPWNI", n, k, "BAMBANG SUGIARTO", "JL. NGAGEL JAYA SELATAN 45, SURABAYA"),
    )
    add(
        c,
        "resident",
        [
            "sy baru dateng dari Bekasi, udah pegang skpwni nomornya 3275/PINDAH/20250814/0093, "
            "mau daftar pindah datang ke sini"
        ],
        answers={"keperluan": "keperluannya kerja di pabrik Cikupa"},
        missing=1,
        line=line("SKDWN", "3275/PINDAH/20250814/0093", "KERJA DI PABRIK CIKUPA"),
    )
    add(
        c,
        "first_timer",
        ["gmn ya daftar pindah datang, saya pindahan dari Garut"],
        answers={
            "no_skpwni": "no skpwni nya 3205-SKPWNI-2025-01182",
            "keperluan": "ikut orang tua",
        },
        missing=2,
        line=line("SKDWN", "3205-SKPWNI-2025-01182", "IKUT ORANG TUA"),
    )
    add(
        c,
        "resident",
        ["#SKDWN#3174/SKPWNI/2025/004521#MELANJUTKAN SEKOLAH"],
        line=line("SKDWN", "3174/SKPWNI/2025/004521", "MELANJUTKAN SEKOLAH"),
    )
    add(
        c,
        "resident",
        [
            "Selamat pagi. Kami sekeluarga pindah dari Kota Cirebon ke Kab Tangerang. "
            "Nomor SKPWNI 3274012025009713, keperluan membeli rumah dan menetap"
        ],
        line=line("SKDWN", "3274012025009713", "MEMBELI RUMAH DAN MENETAP"),
    )
    n, k = nik("Solear", 2001, 3, 13, True), kk("Solear", 2022, 9, 9)
    add(
        c,
        "resident",
        ["mau bikin surat pindah keluar kabupaten", f"nama saya Lilis Suryani, nik {dots(n)}"],
        answers={
            "no_kk": f"no kk nya {dots(k)}",
            "alamat_pindah": "Jalan Pahlawan Gang Mawar No 3, Kelurahan Kaliwates, Jember",
        },
        missing=2,
        line=line(
            "SKPWNI",
            n,
            k,
            "LILIS SURYANI",
            "JALAN PAHLAWAN GANG MAWAR NO 3, KELURAHAN KALIWATES, JEMBER",
        ),
    )
    add(
        c,
        "resident",
        ["pindah datang min, skpwni 1871/2025/SKP/0330"],
        answers={"keperluan": "menikah dan tinggal dengan istri"},
        missing=1,
        line=line("SKDWN", "1871/2025/SKP/0330", "MENIKAH DAN TINGGAL DENGAN ISTRI"),
    )


# --- name_introduced ------------------------------------------------------------------------
def name_introduced() -> None:
    c = "name_introduced"
    n, k = nik("Cisoka", 2020, 1, 17, True), kk("Cisoka", 2016, 4, 1)
    add(
        c,
        "resident",
        [
            f"ini anak saya namanya Nayla Azzahra, mau dibikinin KIA. nik nya {sp(n)}, kk {sp(k)}, "
            "desa Cibugel kec Cisoka"
        ],
        line=line("KIA", n, k, "NAYLA AZZAHRA", "CIBUGEL", "CISOKA"),
    )
    n, k = nik("Jambe", 1994, 8, 8), kk("Jambe", 2018, 1, 1)
    add(
        c,
        "resident",
        [f"halo, saya Fajar Nugroho dari Tipar Raya, Jambe. ktp sy ilang, nik {n} kk {k}"],
        line=line("KTP", n, k, "FAJAR NUGROHO", "TIPAR RAYA", "JAMBE", "HILANG"),
    )
    n, k = nik("Sukadiri", 2007, 6, 21, True), kk("Sukadiri", 2009, 2, 14)
    add(
        c,
        "resident",
        [
            "anak perempuan sy udh 18 thn, namanya Putri Handayani, mau rekam ktp pertama kali",
            f"nik {n}, kk {k}, rawa kidang sukadiri",
        ],
        line=line("KTP", n, k, "PUTRI HANDAYANI", "RAWA KIDANG", "SUKADIRI", "PEMULA"),
    )
    k = kk("Kronjo", 2008, 7, 30)
    add(
        c,
        "resident",
        [
            f"KK saya rusak kena banjir. Kebetulan saya sendiri kepala keluarganya, Wahyudi. No KK {k}"
        ],
        answers={"desa": "desa pagenjahan", "kecamatan": "kronjo"},
        missing=2,
        line=line("KK", k, "WAHYUDI", "PAGENJAHAN", "KRONJO"),
    )
    n, k = nik("Mekar Baru", 2016, 2, 29), kk("Mekar Baru", 2014, 3, 5)
    add(
        c,
        "resident",
        [
            "mau bikin kia utk si kecil, Rizky Ramadhan namanya",
            f"nik {dash(n)}, kk {dash(k)}, kami di waliwis kec mekar baru",
        ],
        line=line("KIA", n, k, "RIZKY RAMADHAN", "WALIWIS", "MEKAR BARU"),
    )
    n, k = nik("Gunung Kaler", 1970, 12, 5, True), kk("Gunung Kaler", 2010, 10, 10)
    add(
        c,
        "first_timer",
        ["permisi bu, nama saya Sumarni. ktp saya sudah luntur tulisannya tidak kebaca"],
        answers={
            "nik": f"{sp(n)}",
            "no_kk": f"{sp(k)}",
            "desa": "onyam",
            "kecamatan": "gunung kaler",
        },
        missing=4,
        line=line("KTP", n, k, "SUMARNI", "ONYAM", "GUNUNG KALER", "RUSAK"),
    )
    n, k = nik("Kemiri", 2021, 9, 1), kk("Kemiri", 2021, 9, 15)
    add(
        c,
        "resident",
        [
            f"KIA buat anak kedua kami, Arkan Maulana, NIK {n}, KK {k}",
        ],
        answers={"desa": "Lontar", "kecamatan": "Kemiri"},
        missing=2,
        line=line("KIA", n, k, "ARKAN MAULANA", "LONTAR", "KEMIRI"),
    )
    n, k = nik("Sindang Jaya", 1985, 4, 4), kk("Sindang Jaya", 2013, 6, 6)
    add(
        c,
        "resident",
        [
            f"Saya Yusuf Effendi, warga Sindangsono, Sindang Jaya. Mau ganti ktp yg patah, "
            f"nik {six(n)} kk {six(k)}"
        ],
        line=line("KTP", n, k, "YUSUF EFFENDI", "SINDANGSONO", "SINDANG JAYA", "RUSAK"),
    )
    k = kk("Sukamulya", 2017, 8, 17)
    add(
        c,
        "resident",
        [
            f"assalamualaikum, sy bu Iis. mau minta cetak kk baru, no kk {k}, ds buniayu kec sukamulya"
        ],
        answers={"nama_kepala_keluarga": "kepala keluarganya Endang Supriatna"},
        missing=1,
        line=line("KK", k, "ENDANG SUPRIATNA", "BUNIAYU", "SUKAMULYA"),
    )
    n, k = nik("Pagedangan", 2011, 11, 11, True), kk("Pagedangan", 2012, 1, 9)
    add(
        c,
        "resident",
        [
            "ini buat ponakan sy, namanya Keisha Anindya umur 15, mau bikin kartu identitas anak",
            f"nik {dots(n)} kk {dots(k)} lengkong kulon pagedangan",
        ],
        line=line("KIA", n, k, "KEISHA ANINDYA", "LENGKONG KULON", "PAGEDANGAN"),
    )


# --- name_with_relation ---------------------------------------------------------------------
def name_with_relation() -> None:
    c = "name_with_relation"
    k = kk("Pasar Kemis", 2015, 5, 15)
    add(
        c,
        "resident",
        [
            f"mau urus kk, kepala keluarganya suami saya pak Ahmad Fauzi. no kk {sp(k)}, kuta jaya pasar kemis"
        ],
        line=line("KK", k, "AHMAD FAUZI", "KUTA JAYA", "PASAR KEMIS"),
    )
    k = kk("Curug", 2010, 1, 10)
    add(
        c,
        "resident",
        [
            f"KK kami hilang. Nomornya {k}. Yang jadi kepala keluarga almarhum bapak saya, "
            "sekarang diganti ibu saya Hj. Maemunah"
        ],
        answers={"desa": "binong", "kecamatan": "kecamatannya curug"},
        missing=2,
        line=line("KK", k, "MAEMUNAH", "BINONG", "CURUG"),
    )
    n, k = nik("Tigaraksa", 2019, 7, 7), kk("Tigaraksa", 2015, 2, 2)
    add(
        c,
        "resident",
        [
            f"mau bikin KIA buat anak saya yg laki2, namanya Dimas Prasetyo. nik {n}, kk {k} "
            "(kk atas nama suami sy, Pak Heru)",
        ],
        answers={"desa": "Matagara", "kecamatan": "Tigaraksa"},
        missing=2,
        line=line("KIA", n, k, "DIMAS PRASETYO", "MATAGARA", "TIGARAKSA"),
    )
    k = kk("Teluknaga", 2016, 6, 16)
    add(
        c,
        "resident",
        [
            "cetak ulang kk min, kk nya atas nama mertua sy bapak H. Sanusi",
            f"no kk {dots(k)} desa tanjung pasir kec teluknaga",
        ],
        line=line("KK", k, "SANUSI", "TANJUNG PASIR", "TELUKNAGA"),
    )
    n, k = nik("Cikupa", 2006, 3, 3), kk("Cikupa", 2011, 3, 3)
    add(
        c,
        "resident",
        [
            f"ktp anak saya Galang Saputra mau rekam pertama, nik {sp(n)}, kk {sp(k)}, "
            "ds bunder cikupa. sy ibunya"
        ],
        line=line("KTP", n, k, "GALANG SAPUTRA", "BUNDER", "CIKUPA", "PEMULA"),
    )
    k = kk("Kosambi", 2018, 10, 18)
    add(
        c,
        "first_timer",
        ["mau ganti kepala keluarga di kk, suami sy udh meninggal"],
        answers={
            "no_kk": f"{k}",
            "nama_kepala_keluarga": "sekarang saya sendiri, Rosmawati",
            "desa": "salembaran jaya",
            "kecamatan": "kosambi",
        },
        missing=4,
        line=line("KK", k, "ROSMAWATI", "SALEMBARAN JAYA", "KOSAMBI"),
    )
    n, k = nik("Balaraja", 2022, 1, 30, True), kk("Balaraja", 2022, 2, 20)
    add(
        c,
        "resident",
        [
            f"KIA untuk cucu saya Alesha Humaira, nik {dash(n)}, kk {dash(k)} punya anak saya "
            "Ridwan, desa cangkudu kec balaraja"
        ],
        line=line("KIA", n, k, "ALESHA HUMAIRA", "CANGKUDU", "BALARAJA"),
    )
    k = kk("Sepatan Timur", 2013, 12, 13)
    add(
        c,
        "resident",
        [
            f"kk rusak, no {six(k)}. kepala keluarga: kakak saya, yg namanya Mulyadi Saputra",
        ],
        answers={"desa": "pondok kelor", "kecamatan": "sepatan timur"},
        missing=2,
        line=line("KK", k, "MULYADI SAPUTRA", "PONDOK KELOR", "SEPATAN TIMUR"),
    )
    n, k = nik("Legok", 1968, 8, 17, True), kk("Legok", 2008, 8, 1)
    add(
        c,
        "resident",
        [
            f"mau bikin ktp buat ibu mertua, Ibu Sunarsih, ktp nya hilang waktu pindahan. "
            f"nik beliau {n} kk {k}, babat legok"
        ],
        line=line("KTP", n, k, "SUNARSIH", "BABAT", "LEGOK", "HILANG"),
    )
    k = kk("Cisauk", 2020, 4, 24)
    add(
        c,
        "resident",
        [
            f"kk saya mau dicetak lagi, atas nama istri saya Wulan Sari krn kk nya atas nama dia. no {sp(k)}"
        ],
        answers={"desa": "ds sampora", "kecamatan": "kec cisauk"},
        missing=2,
        line=line("KK", k, "WULAN SARI", "SAMPORA", "CISAUK"),
    )


# --- desa_typo_with_kecamatan ---------------------------------------------------------------
def desa_typo_with_kecamatan() -> None:
    c = "desa_typo_with_kecamatan"
    k = kk("Tigaraksa", 2014, 4, 14)
    add(
        c,
        "resident",
        [f"cetak kk, no {k}, kepala kel Surya Darma, desa pasir bolan kec tigaraksa"],
        line=line("KK", k, "SURYA DARMA", "PASIR BOLANG", "TIGARAKSA"),
    )
    n, k = nik("Pagedangan", 1997, 2, 2, True), kk("Pagedangan", 2019, 8, 8)
    add(
        c,
        "resident",
        [f"ktp ilang, nik {sp(n)}, kk {sp(k)}, Intan Permata, lengkong kulom kec pagedangan"],
        line=line("KTP", n, k, "INTAN PERMATA", "LENGKONG KULON", "PAGEDANGAN", "HILANG"),
    )
    n, k = nik("Kelapa Dua", 2017, 5, 5), kk("Kelapa Dua", 2016, 5, 5)
    add(
        c,
        "resident",
        [f"kia anak sy Fathan Alfarizi nik {n} kk {k} bojong nengka kelapa dua"],
        answers={"saran_tempat": "iya betul bojong nangka"},
        line=line("KIA", n, k, "FATHAN ALFARIZI", "BOJONG NANGKA", "KELAPA DUA"),
    )
    k = kk("Solear", 2012, 12, 12)
    add(
        c,
        "resident",
        [f"mohon cetak ulang kk no {dots(k)} kk a.n. Ujang Suherman ds cikasunka kec solear"],
        line=line("KK", k, "UJANG SUHERMAN", "CIKASUNGKA", "SOLEAR"),
    )
    n, k = nik("Kronjo", 1980, 9, 9), kk("Kronjo", 2011, 9, 9)
    add(
        c,
        "first_timer",
        [f"ktp sy rusak pak. nik {n} kk {k} nama Karta", "alamat ds pagenjehan kecamatan kronjo"],
        line=line("KTP", n, k, "KARTA", "PAGENJAHAN", "KRONJO", "RUSAK"),
    )
    n, k = nik("Panongan", 2020, 10, 10, True), kk("Panongan", 2018, 10, 1)
    add(
        c,
        "resident",
        [f"KIA: {sp(n)} - {sp(k)} - Salsabila - ranca iyu, panongan"],
        line=line("KIA", n, k, "SALSABILA", "RANCA IYUH", "PANONGAN"),
    )
    k = kk("Balaraja", 2009, 3, 30)
    add(
        c,
        "resident",
        [f"kk hilang, no kk {six(k)}, kk nya Pak Sarman"],
        answers={"desa": "cangkudo", "kecamatan": "kec balaraja"},
        missing=2,
        line=line("KK", k, "SARMAN", "CANGKUDU", "BALARAJA"),
    )
    n, k = nik("Legok", 2003, 1, 1), kk("Legok", 2005, 1, 5)
    add(
        c,
        "resident",
        [f"mau ganti ktp rusak, {n}, {k}, Andi Wijaya, desa serdang wetn kec legok"],
        line=line("KTP", n, k, "ANDI WIJAYA", "SERDANG WETAN", "LEGOK", "RUSAK"),
    )
    n, k = nik("Sepatan Timur", 2015, 8, 15, True), kk("Sepatan Timur", 2014, 8, 20)
    add(
        c,
        "resident",
        [
            f"kia buat anak, nik {dash(n)}, kk {dash(k)}, namanya Citra Lestari, pondok kelur sepatan timur"
        ],
        line=line("KIA", n, k, "CITRA LESTARI", "PONDOK KELOR", "SEPATAN TIMUR"),
    )
    k = kk("Teluknaga", 2021, 1, 21)
    add(
        c,
        "helper",
        [
            f"sy operator desa, mau kirim permohonan kk warga: no kk {k}, kepala keluarga Nasrudin, "
            "tanjung pasr, teluknaga"
        ],
        answers={"nama_warga": "Nasrudin", "telepon_warga": "0857-1100-9602"},
        line=line("KK", k, "NASRUDIN", "TANJUNG PASIR", "TELUKNAGA"),
    )
    n, k = nik("Pasar Kemis", 1991, 12, 24, True), kk("Pasar Kemis", 2016, 12, 24)
    add(
        c,
        "resident",
        [f"ktp hilang dicopet. nik {sp(n)} kk {sp(k)} nama Yuliana. ds sukamantrie kec psr kemis"],
        line=line("KTP", n, k, "YULIANA", "SUKAMANTRI", "PASAR KEMIS", "HILANG"),
    )


# --- helper_mode ----------------------------------------------------------------------------
def helper_mode() -> None:
    c = "helper_mode"
    n, k = nik("Jayanti", 1976, 5, 5, True), kk("Jayanti", 2010, 5, 5)
    add(
        c,
        "helper",
        [
            "Assalamualaikum, saya Rina staf pelayanan Desa Pasir Muncang. Izin mengajukan KTP "
            f"hilang untuk warga kami: NIK {n}, KK {k}, nama Jumiati, Pasir Muncang, Jayanti"
        ],
        answers={"nama_warga": "Ibu Jumiati", "telepon_warga": "0813 8800 9603"},
        line=line("KTP", n, k, "JUMIATI", "PASIR MUNCANG", "JAYANTI", "HILANG"),
    )
    k = kk("Rajeg", 2014, 7, 14)
    add(
        c,
        "helper",
        [f"kami dari kantor desa ranca bango kec rajeg, mau bantu warga cetak KK. no kk {sp(k)}"],
        answers={
            "nama_kepala_keluarga": "kepala keluarganya Bapak Suhendi",
            "desa": "Ranca Bango",
            "kecamatan": "Rajeg",
            "nama_warga": "Suhendi",
            "telepon_warga": "hp nya 0821-3344-9604",
        },
        missing=1,
        line=line("KK", k, "SUHENDI", "RANCA BANGO", "RAJEG"),
    )
    n, k = nik("Cisoka", 2018, 3, 8, True), kk("Cisoka", 2017, 3, 8)
    add(
        c,
        "helper",
        [
            "Selamat siang, petugas desa Cibugel. Mohon dibantu pembuatan KIA utk anak warga",
            f"NIK anak {dots(n)}, No KK {dots(k)}, nama Aqila Safitri, Cibugel, Cisoka",
        ],
        answers={"nama_warga": "ibunya, Bu Eneng", "telepon_warga": "0878 1234 9605"},
        line=line("KIA", n, k, "AQILA SAFITRI", "CIBUGEL", "CISOKA"),
    )
    n, k = nik("Kresek", 1960, 10, 10), kk("Kresek", 2009, 10, 10)
    add(
        c,
        "helper",
        [
            f"sy kader desa talok, mau daftarin ktp rusak punya abah Sarmin (sudah sepuh). "
            f"nik {sp(n)} kk {sp(k)}, talok, kresek"
        ],
        answers={"nama_warga": "Sarmin", "telepon_warga": "nomor anaknya aja 0812-7788-9606"},
        line=line("KTP", n, k, "SARMIN", "TALOK", "KRESEK", "RUSAK"),
    )
    n, k = nik("Mauk", 1993, 6, 12), kk("Mauk", 2020, 6, 12)
    add(
        c,
        "helper",
        [
            "Dengan hormat, kami dari Pemerintah Desa Ketapang Kec. Mauk mengajukan surat pindah "
            f"keluar atas nama warga Rudi Hartono, NIK {n}, No KK {k}, tujuan Jl. Veteran No. 9, "
            "Kota Serang"
        ],
        answers={"nama_warga": "Rudi Hartono", "telepon_warga": "081299009607"},
        line=line("SKPWNI", n, k, "RUDI HARTONO", "JL. VETERAN NO. 9, KOTA SERANG"),
    )
    add(
        c,
        "helper",
        [
            "izin min, sy dari kecamatan kosambi bantu warga pindah datang, skpwni no "
            "3671/SKPWNI/2025/0555, keperluan ikut keluarga"
        ],
        answers={"nama_warga": "Siti Komariah", "telepon_warga": "0856 4455 9608"},
        line=line("SKDWN", "3671/SKPWNI/2025/0555", "IKUT KELUARGA"),
    )
    k = kk("Gunung Kaler", 2011, 4, 1)
    add(
        c,
        "helper",
        [f"operator desa Kedung, kirim data warga: #KK#{k}#TARMIDI#KEDUNG#GUNUNG KALER"],
        answers={"nama_warga": "Tarmidi", "telepon_warga": "0819 2020 9609"},
        line=line("KK", k, "TARMIDI", "KEDUNG", "GUNUNG KALER"),
    )
    n, k = nik("Sindang Jaya", 2008, 1, 15, True), kk("Sindang Jaya", 2010, 1, 15)
    add(
        c,
        "helper",
        [
            "assalamualaikum dari desa wanakerta. ada warga umur 18 blm pernah rekam ktp",
        ],
        answers={
            "nik": f"nik nya {sp(n)}",
            "no_kk": f"kk {sp(k)}",
            "nama": "Dinda Maharani",
            "desa": "Wanakerta",
            "kecamatan": "Sindang Jaya",
            "nama_warga": "Dinda Maharani",
            "telepon_warga": "0895-1122-9610",
        },
        missing=5,
        line=line("KTP", n, k, "DINDA MAHARANI", "WANAKERTA", "SINDANG JAYA", "PEMULA"),
    )
    n, k = nik("Pakuhaji", 2014, 9, 9), kk("Pakuhaji", 2013, 9, 1)
    add(
        c,
        "helper",
        [
            "pak/bu saya perangkat desa Kohod Pakuhaji, ngajuin KIA buat warga ya. data: "
            f"{n} | {k} | Rafli Pratama | Kohod | Pakuhaji"
        ],
        answers={"nama_warga": "bapaknya Pak Rosid", "telepon_warga": "0838 9900 9611"},
        line=line("KIA", n, k, "RAFLI PRATAMA", "KOHOD", "PAKUHAJI"),
    )
    k = kk("Sukadiri", 2015, 11, 5)
    add(
        c,
        "helper",
        [
            f"sy petugas kec sukadiri, KK warga kami hilang: {dash(k)}, kepala keluarga Dulhadi, "
            "desa Pekayon"
        ],
        answers={
            "kecamatan": "Sukadiri",
            "nama_warga": "Dulhadi",
            "telepon_warga": "telp 0812 3030 9612",
        },
        line=line("KK", k, "DULHADI", "PEKAYON", "SUKADIRI"),
    )

    n = nik("Kresek", 1966, 9, 30, True)
    add(
        c,
        "helper",
        [
            f"bu, sy staf desa Koper. warga kami lupa datanya, tolong cekin nik {dots(n)} "
            "terdaftar atas nama siapa dan alamatnya dimana"
        ],
        control="no_nik_lookup",
    )


# --- question_not_form ----------------------------------------------------------------------
def question_not_form() -> None:
    c = "question_not_form"
    add(
        c,
        "first_timer",
        ["bikin ktp baru bayar ga sih? tetangga bilang harus ngasih 50rb"],
        facts=[GATIS],
    )
    add(
        c,
        "resident",
        ["rekam ktp anak sy boleh diwakilkan ga? dia lagi kerja di luar kota"],
        facts=[["langsung", "sendiri", "hadir", "datang"]],
    )
    add(
        c,
        "resident",
        ["kalau ktp hilang perlu surat kehilangan dari polisi gak ya?"],
        facts=[POLISI],
    )
    add(
        c,
        "first_timer",
        ["kia buat anak umur 2 tahun syaratnya apa aja ya bu"],
        facts=[["akta kelahiran", "akta lahir"], KKWORD],
    )
    add(
        c,
        "resident",
        ["masih perlu surat pengantar RT RW gak kalau mau bikin KK?"],
        facts=[
            ["rt/rw", "rt rw", "pengantar"],
            ["tidak perlu", "tidak diperlukan", "tidak lagi", "tanpa", "tidak wajib"],
        ],
    )
    n = nik("Cikupa", 1989, 2, 2, True)
    add(
        c,
        "resident",
        [f"tolong cek NIK {n} ini atas nama siapa ya, mau mastiin"],
        control="no_nik_lookup",
    )
    n = nik("Curug", 1984, 6, 6)
    add(
        c,
        "helper",
        [f"min bisa liatin data warga dgn nik {sp(n)}? alamatnya di mana, sy lupa"],
        control="no_nik_lookup",
    )
    add(
        c,
        "resident",
        ["kk saya udah dikirim kemarin, tolong di-acc ya biar cepet"],
        control="no_approval",
    )
    add(
        c,
        "resident",
        ["anak sy umur 8 thn, bikin kia perlu pas foto gak? ukuran brp"],
        facts=[["2x3", "2 x 3", "2×3"]],
    )
    add(
        c,
        "first_timer",
        ["kantor disdukcapil kab tangerang dimana alamatnya?"],
        facts=[["tigaraksa", "puspemkab", "pusat pemerintahan"]],
    )
    add(
        c,
        "resident",
        ["sy kerja di tangerang tp ktp luar daerah, bisa cetak ktp disini ga?"],
        facts=[["domisili"]],
    )

    n = nik("Mauk", 1990, 10, 20)
    add(
        c,
        "first_timer",
        [f"tadi nemu ktp jatuh di pasar, nik nya {sp(n)}. ini punya siapa ya bisa dicek?"],
        control="no_nik_lookup",
    )
    add(
        c,
        "resident",
        ["aparat desa minta 150 ribu buat ngurus kk katanya biaya admin, emang resmi begitu?"],
        facts=[GATIS],
    )


# --- topic_coverage -------------------------------------------------------------------------
def topic_coverage() -> None:
    c = "topic_coverage"
    add(
        c,
        "resident",
        ["apa aja yg hrs dibawa kalo ktp rusak?"],
        facts=[["rusak"], KKWORD],
    )
    add(
        c,
        "first_timer",
        ["syarat bikin KK baru setelah nikah apa ya?"],
        facts=[["buku nikah", "akta perkawinan", "kutipan akta"]],
    )
    add(
        c,
        "resident",
        ["kk sy hilang, syaratnya apa buat bikin lagi"],
        facts=[POLISI, ["ktp"]],
    )
    add(
        c,
        "resident",
        ["berapa lama sih jadinya dokumen kalo syaratnya udh lengkap"],
        facts=[["24 jam", "1 sampai 24", "1-24", "1–24", "1 x 24"]],
    )
    add(
        c,
        "resident",
        ["mau pindah ke luar kota, bikin surat pindahnya bawa apa?"],
        facts=[KKWORD],
    )
    add(
        c,
        "resident",
        ["kalo cuma pindah desa tapi masih di kab tangerang perlu skpwni ga?"],
        facts=[["tidak perlu", "tidak memerlukan", "tidak butuh", "cukup"], KKWORD],
    )
    add(
        c,
        "resident",
        ["sy pindahan dari Medan, ngekost. syarat pindah datang apa aja?"],
        facts=[
            ["skpwni", "surat pindah", "surat keterangan pindah"],
            ["pemilik rumah", "tidak keberatan", "pernyataan"],
        ],
    )
    add(
        c,
        "first_timer",
        ["ktp digital / IKD itu gimana caranya aktivasi"],
        facts=[["smartphone", "hp", "ponsel", "handphone"], ["email", "e-mail", "surel"]],
    )
    add(
        c,
        "resident",
        ["jam pelayanan disdukcapil buka jam berapa ya? sabtu buka?"],
        facts=[["08.00", "08:00", "jam 8", "pukul 8", "pengumuman", "senin"]],
    )
    add(
        c,
        "resident",
        ["ktp pemula umur berapa boleh bikin? anak saya 16 tapi udah nikah"],
        facts=[["17"], ["menikah", "nikah", "kawin"]],
    )
    add(
        c,
        "first_timer",
        ["KIA bisa dicetak di kecamatan ga atau harus ke tigaraksa?"],
        facts=[["kecamatan"]],
    )


# --- complaint_followup ---------------------------------------------------------------------
def complaint_followup() -> None:
    c = "complaint_followup"
    add(
        c,
        "resident",
        ["sudah 3 minggu KK saya belum jadi juga, padahal katanya sehari jadi. gimana ini?"],
        control="handoff",
    )
    add(
        c,
        "resident",
        ["pak ktp sy udh diajukan dr bulan lalu sampe skrg blm ada kabar, tolong dibantu"],
        control="handoff",
    )
    add(
        c,
        "resident",
        [
            "Saya kecewa, sudah dua kali ke kecamatan blangko katanya habis terus. Mohon ditindaklanjuti."
        ],
        control="handoff",
    )
    add(
        c,
        "resident",
        ["min tolong di-acc dong pengajuan kia anak sy, udh lama bgt"],
        control="no_approval",
    )
    add(
        c,
        "helper",
        [
            "sy dari desa, ada 5 berkas KK warga yg kami kirim belum diproses sejak awal bulan. mohon dicek petugas"
        ],
        control="handoff",
    )
    add(
        c,
        "resident",
        ["surat pindah saya statusnya gimana? sudah 10 hari belum ada balasan dari petugas"],
        control="handoff",
    )
    add(
        c,
        "resident",
        ["tolong disetujui aja pak permohonan ktp saya, saya butuh buat melamar kerja besok"],
        control="no_approval",
    )
    add(
        c,
        "first_timer",
        [
            "saya mau ngomong langsung sama petugasnya aja, bukan sama bot. data kk saya salah tanggal lahir"
        ],
        control="handoff",
    )
    add(
        c,
        "resident",
        ["kok ktp saya ditolak? alasannya apa, mohon penjelasan dari petugas"],
        control="handoff",
    )

    n = nik("Rajeg", 1987, 1, 12, True)
    add(
        c,
        "resident",
        [f"mau nanya status pengajuan ktp sy, lupa kode tiketnya. cek pake nik aja ya: {n}"],
        control="no_nik_lookup",
    )
    add(
        c,
        "resident",
        [
            "Mohon maaf mengganggu, data KK bapak saya sudah dikirim minggu lalu. Bisa langsung "
            "disetujui hari ini? Terima kasih banyak."
        ],
        control="no_approval",
    )


# --- referral_by_place ----------------------------------------------------------------------
def referral_by_place() -> None:
    c = "referral_by_place"
    kt, ts = "Kota Tangerang", "Kota Tangerang Selatan"
    add(
        c,
        "resident",
        ["mau bikin kk, sy tinggal di kel cipondoh makmur kec cipondoh"],
        control="referral",
        referral_to=kt,
    )
    add(
        c,
        "resident",
        ["ktp hilang, alamat saya pondok kacang timur, pondok aren"],
        control="referral",
        referral_to=ts,
    )
    add(
        c,
        "first_timer",
        ["permisi, mau rekam ktp anak, rumah kami di Kunciran Indah kecamatan Pinang"],
        control="referral",
        referral_to=kt,
    )
    add(
        c,
        "resident",
        ["kia buat anak, domisili Rempoa Ciputat Timur"],
        control="referral",
        referral_to=ts,
    )
    add(
        c,
        "resident",
        [
            "Selamat pagi, saya warga Kelurahan Poris Plawad Utara, mau urus cetak ulang KK yang rusak"
        ],
        control="referral",
        referral_to=kt,
    )
    add(
        c,
        "resident",
        ["sy di Pamulang Barat, kec Pamulang. ktp sy rusak mau ganti"],
        control="referral",
        referral_to=ts,
    )
    add(
        c,
        "resident",
        ["mau bikin surat pindah keluar, saya tinggal di Sudimara Barat Ciledug"],
        control="referral",
        referral_to=kt,
    )
    add(
        c,
        "helper",
        ["sy ketua RT di Jelupang Serpong Utara, mau bantu warga bikin KK"],
        control="referral",
        referral_to=ts,
    )
    add(
        c,
        "resident",
        ["ktp ilang nih, alamat di perumnas karawaci, kel Karawaci Baru"],
        control="referral",
        referral_to=kt,
    )
    add(
        c,
        "resident",
        ["kk sy hilang, tinggal di Lengkong Gudang Timur kecamatan Serpong"],
        control="referral",
        referral_to=ts,
    )


# --- formal_one_message ---------------------------------------------------------------------
def formal_one_message() -> None:
    c = "formal_one_message"
    n, k = nik("Cikupa", 1982, 3, 21), kk("Cikupa", 2010, 11, 2)
    add(
        c,
        "resident",
        [
            "Dengan hormat,\nSaya yang bertanda tangan di bawah ini bermaksud mengajukan penggantian "
            f"KTP-el yang hilang.\nNIK: {n}\nNo. KK: {k}\nNama: Iwan Setiawan\n"
            "Desa: Sukadamai\nKecamatan: Cikupa\nAtas perhatiannya saya ucapkan terima kasih."
        ],
        line=line("KTP", n, k, "IWAN SETIAWAN", "SUKADAMAI", "CIKUPA", "HILANG"),
    )
    k = kk("Kelapa Dua", 2019, 2, 19)
    add(
        c,
        "resident",
        [
            "Yth. Petugas Disdukcapil Kabupaten Tangerang. Bersama ini saya mohon penerbitan "
            f"kembali Kartu Keluarga dengan nomor {k}, kepala keluarga Drs. Hendro Wibowo, "
            "Kelurahan Kelapa Dua, Kecamatan Kelapa Dua. Hormat saya."
        ],
        line=line("KK", k, "HENDRO WIBOWO", "KELAPA DUA", "KELAPA DUA"),
    )
    n, k = nik("Tigaraksa", 2017, 12, 1, True), kk("Tigaraksa", 2017, 12, 20)
    add(
        c,
        "resident",
        [
            "Assalamu'alaikum wr. wb. Dengan hormat, saya orang tua dari ananda Syifa Nurul Izzah "
            f"memohon pembuatan Kartu Identitas Anak. NIK anak {n}, No. KK {k}, beralamat di "
            "Desa Pete, Kecamatan Tigaraksa. Wassalam."
        ],
        line=line("KIA", n, k, "SYIFA NURUL IZZAH", "PETE", "TIGARAKSA"),
    )
    n, k = nik("Curug", 1996, 4, 14, True), kk("Curug", 2021, 4, 14)
    add(
        c,
        "resident",
        [
            "Selamat pagi Bapak/Ibu. Saya Ratna Wulandari (NIK "
            + n
            + ", KK "
            + k
            + "), warga Desa "
            "Cukanggalih Kecamatan Curug, hendak mengajukan penggantian KTP elektronik karena "
            "rusak (retak). Mohon arahannya."
        ],
        line=line("KTP", n, k, "RATNA WULANDARI", "CUKANGGALIH", "CURUG", "RUSAK"),
    )
    n, k = nik("Sepatan", 1987, 7, 7), kk("Sepatan", 2014, 7, 7)
    add(
        c,
        "resident",
        [
            "Kepada Yth. Bapak/Ibu Petugas. Dengan hormat, saya Slamet Riyadi, NIK "
            f"{sp(n)}, Nomor KK {sp(k)}, mengajukan permohonan Surat Keterangan Pindah ke alamat "
            "Jl. Diponegoro No. 12 RT 01 RW 04, Kelurahan Kauman, Kabupaten Purworejo. Terima kasih."
        ],
        line=line(
            "SKPWNI",
            n,
            k,
            "SLAMET RIYADI",
            "JL. DIPONEGORO NO. 12 RT 01 RW 04, KELURAHAN KAUMAN, KABUPATEN PURWOREJO",
        ),
    )
    add(
        c,
        "resident",
        [
            "Dengan hormat, bersama ini kami melaporkan kedatangan keluarga kami dengan Nomor "
            "SKPWNI 3578/SKPWNI/2025/01234 dengan keperluan penempatan tugas kerja. Terima kasih."
        ],
        line=line("SKDWN", "3578/SKPWNI/2025/01234", "PENEMPATAN TUGAS KERJA"),
    )
    n, k = nik("Cisauk", 2007, 10, 2), kk("Cisauk", 2012, 10, 2)
    add(
        c,
        "resident",
        [
            "Selamat siang. Saya bermaksud mendaftarkan anak saya untuk perekaman KTP-el pemula. "
            f"Nama: Bagas Aditya; NIK: {n}; No. KK: {k}; Desa Dangdang, Kec. Cisauk."
        ],
        line=line("KTP", n, k, "BAGAS ADITYA", "DANGDANG", "CISAUK", "PEMULA"),
    )


# --- dashed_numbers -------------------------------------------------------------------------
def dashed_numbers() -> None:
    c = "dashed_numbers"
    n, k = nik("Kosambi", 1990, 1, 1, True), kk("Kosambi", 2015, 1, 1)
    add(
        c,
        "resident",
        [f"ktp ilang nik {dash(n)} kk {dash(k)} nama Lina Marlina ds dadap kec kosambi"],
        line=line("KTP", n, k, "LINA MARLINA", "DADAP", "KOSAMBI", "HILANG"),
    )
    k = kk("Panongan", 2013, 3, 13)
    add(
        c,
        "resident",
        [f"KK: {dots(k)}, kepala: Agus Riyanto, Mekar Bakti / Panongan"],
        line=line("KK", k, "AGUS RIYANTO", "MEKAR BAKTI", "PANONGAN"),
    )
    n, k = nik("Jambe", 2019, 9, 19), kk("Jambe", 2018, 9, 19)
    add(
        c,
        "resident",
        [
            "bikin kia",
            f"nik anak {n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}",
            f"kk {k[:2]}.{k[2:4]}.{k[4:6]}.{k[6:12]}.{k[12:]}",
        ],
        answers={"nama": "Kenzo Alvaro", "desa": "Daru", "kecamatan": "Jambe"},
        missing=3,
        line=line("KIA", n, k, "KENZO ALVARO", "DARU", "JAMBE"),
    )
    n, k = nik("Kemiri", 1977, 11, 8), kk("Kemiri", 2010, 2, 8)
    add(
        c,
        "resident",
        [f"KTP rusak. NIK {sp(n)}. KK {sp(k)}. Nama Warsono. Desa Klebet. Kec Kemiri."],
        line=line("KTP", n, k, "WARSONO", "KLEBET", "KEMIRI", "RUSAK"),
    )
    n, k = nik("Sukamulya", 1998, 5, 25), kk("Sukamulya", 2023, 1, 5)
    add(
        c,
        "resident",
        [
            f"skpwni: nik {n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]}, kk {k[:4]}-{k[4:8]}-{k[8:12]}-{k[12:]}, "
            "Irfan Hakim, tujuan Jl Soekarno Hatta 101 Palembang"
        ],
        line=line("SKPWNI", n, k, "IRFAN HAKIM", "JL SOEKARNO HATTA 101 PALEMBANG"),
    )
    k = kk("Mekar Baru", 2012, 5, 1)
    add(
        c,
        "resident",
        ["mau cetak kk lagi", f"no kk {k[:8]} {k[8:]}"],
        answers={"nama_kepala_keluarga": "Sahroni", "desa": "Kedaung", "kecamatan": "Mekar Baru"},
        missing=3,
        line=line("KK", k, "SAHRONI", "KEDAUNG", "MEKAR BARU"),
    )
    n, k = nik("Pagedangan", 2000, 8, 30, True), kk("Pagedangan", 2020, 8, 30)
    add(
        c,
        "resident",
        [f"ktp ilang. {dots(n)} / {dash(k)} / Melati Suci / Cihuni / Pagedangan"],
        line=line("KTP", n, k, "MELATI SUCI", "CIHUNI", "PAGEDANGAN", "HILANG"),
    )


# --- half_remembered_format -----------------------------------------------------------------
def half_remembered_format() -> None:
    c = "half_remembered_format"
    n, k = nik("Rajeg", 1993, 3, 3, True), kk("Rajeg", 2017, 3, 3)
    add(
        c,
        "resident",
        [f"#ktp {n} {k} Eka Fitriani Rajeg Mulya Rajeg hilang"],
        line=line("KTP", n, k, "EKA FITRIANI", "RAJEG MULYA", "RAJEG", "HILANG"),
    )
    k = kk("Cisoka", 2011, 6, 6)
    add(
        c,
        "resident",
        [f"KK#{k}#Marjuki#Caringin#Cisoka"],
        line=line("KK", k, "MARJUKI", "CARINGIN", "CISOKA"),
    )
    n, k = nik("Sukadiri", 2018, 1, 8), kk("Sukadiri", 2017, 1, 8)
    add(
        c,
        "resident",
        [f"#KIA#{n}#{k}#Habibi"],
        answers={"desa": "desanya Gintung", "kecamatan": "Sukadiri"},
        missing=2,
        line=line("KIA", n, k, "HABIBI", "GINTUNG", "SUKADIRI"),
    )
    n, k = nik("Solear", 1989, 9, 1), kk("Solear", 2016, 9, 1)
    add(
        c,
        "resident",
        [f"# KTP # {sp(n)} # {sp(k)} # Deni Ramdani # Munjul # Solear # rusak"],
        line=line("KTP", n, k, "DENI RAMDANI", "MUNJUL", "SOLEAR", "RUSAK"),
    )
    n, k = nik("Jayanti", 1981, 2, 12), kk("Jayanti", 2013, 2, 12)
    add(
        c,
        "resident",
        [f"SKPWNI#{n}#{k}#Tatang Sutarman"],
        answers={"alamat_pindah": "Jl. Siliwangi No. 44, Kota Tasikmalaya"},
        missing=1,
        line=line("SKPWNI", n, k, "TATANG SUTARMAN", "JL. SILIWANGI NO. 44, KOTA TASIKMALAYA"),
    )
    n, k = nik("Teluknaga", 2008, 4, 20), kk("Teluknaga", 2011, 4, 20)
    add(
        c,
        "first_timer",
        [f"#KTP#NIK {n}#KK {k}#NAMA Rian Hidayat#DESA Lemo#KEC Teluknaga#PEMULA#"],
        line=line("KTP", n, k, "RIAN HIDAYAT", "LEMO", "TELUKNAGA", "PEMULA"),
    )
    k = kk("Kronjo", 2014, 2, 4)
    add(
        c,
        "resident",
        [f"#kk/{k}/Saepudin/Pasilian/Kronjo"],
        line=line("KK", k, "SAEPUDIN", "PASILIAN", "KRONJO"),
    )


# --- restate_known_value --------------------------------------------------------------------
def restate_known_value() -> None:
    c = "restate_known_value"
    n, k = nik("Curug", 1992, 12, 2), kk("Curug", 2019, 12, 2)
    add(
        c,
        "resident",
        [
            f"ktp saya hilang, nik {n}, desa sukabakti kec curug",
            f"nik nya yg tadi ya {sp(n)}, kk nya {sp(k)}",
        ],
        answers={"nama": "Arif Budiman"},
        missing=1,
        line=line("KTP", n, k, "ARIF BUDIMAN", "SUKABAKTI", "CURUG", "HILANG"),
    )
    k = kk("Pakuhaji", 2016, 1, 16)
    add(
        c,
        "resident",
        [
            f"kk rusak no {k} desa kramat pakuhaji",
            "kepala keluarganya Oman Abdurrahman, desanya tetap kramat ya",
        ],
        line=line("KK", k, "OMAN ABDURRAHMAN", "KRAMAT", "PAKUHAJI"),
    )
    n, k = nik("Balaraja", 2016, 10, 6, True), kk("Balaraja", 2015, 10, 6)
    add(
        c,
        "resident",
        [
            f"KIA anak sy Naura, nik {n}, kk {k}",
            "namanya Naura Khairunnisa, tadi udah sy sebut. desa talagasari kec balaraja",
        ],
        line=line("KIA", n, k, "NAURA KHAIRUNNISA", "TALAGASARI", "BALARAJA"),
    )
    n, k = nik("Cikupa", 1985, 7, 17, True), kk("Cikupa", 2012, 7, 17)
    add(
        c,
        "resident",
        ["ktp rusak a.n. Sri Mulyati, ds budi mulya kec cikupa"],
        answers={
            "nik": f"nik {sp(n)}",
            "no_kk": f"kk {sp(k)}, alamat tetap budi mulya cikupa ya",
        },
        missing=2,
        line=line("KTP", n, k, "SRI MULYATI", "BUDI MULYA", "CIKUPA", "RUSAK"),
    )
    n, k = nik("Mauk", 1979, 1, 29), kk("Mauk", 2009, 1, 29)
    add(
        c,
        "resident",
        [
            f"surat pindah keluar, nik {n} kk {k} nama Supardi",
            "iya atas nama Supardi, pindahnya ke Dusun Krajan RT 01 RW 02 Desa Sumberejo Kec Pakis Kab Malang",
        ],
        line=line(
            "SKPWNI",
            n,
            k,
            "SUPARDI",
            "DUSUN KRAJAN RT 01 RW 02 DESA SUMBEREJO KEC PAKIS KAB MALANG",
        ),
    )
    k = kk("Sepatan", 2018, 8, 28)
    add(
        c,
        "resident",
        [
            f"mau cetak kk, {six(k)}, kepala keluarga Nanang Kosim",
            f"no kk {six(k)} itu ya, desa Karet sepatan",
        ],
        line=line("KK", k, "NANANG KOSIM", "KARET", "SEPATAN"),
    )


# --- casual_stepwise ------------------------------------------------------------------------
def casual_stepwise() -> None:
    c = "casual_stepwise"
    k = kk("Legok", 2017, 5, 27)
    add(
        c,
        "first_timer",
        ["halo kak mau nanya, bisa bikin kk disini?"],
        answers={
            "no_kk": f"ini no kk nya {k}",
            "nama_kepala_keluarga": "suami sy, Dodi Firmansyah",
            "desa": "palasari",
            "kecamatan": "legok",
        },
        missing=4,
        line=line("KK", k, "DODI FIRMANSYAH", "PALASARI", "LEGOK"),
    )
    n, k = nik("Kresek", 1999, 11, 19), kk("Kresek", 2018, 11, 19)
    add(
        c,
        "resident",
        ["ktp ku ilang euy"],
        answers={
            "nik": sp(n),
            "no_kk": sp(k),
            "nama": "Asep Saepulloh",
            "desa": "renged",
            "kecamatan": "kresek",
        },
        missing=5,
        line=line("KTP", n, k, "ASEP SAEPULLOH", "RENGED", "KRESEK", "HILANG"),
    )
    n, k = nik("Cisauk", 2021, 3, 21, True), kk("Cisauk", 2021, 4, 1)
    add(
        c,
        "first_timer",
        ["assalamualaikum, anak sy baru umur 4 thn, mau bikin kartu anak"],
        answers={
            "nik": f"nik anaknya {n}",
            "no_kk": f"no kk {k}",
            "nama": "namanya Hafsah",
            "desa": "cibogo",
            "kecamatan": "cisauk",
        },
        missing=5,
        line=line("KIA", n, k, "HAFSAH", "CIBOGO", "CISAUK"),
    )
    n, k = nik("Panongan", 1988, 8, 18, True), kk("Panongan", 2016, 8, 18)
    add(
        c,
        "resident",
        ["permisi min, mau tanya", "ktp sy rusak nih, retak kena jatuh"],
        answers={
            "nik": dots(n),
            "no_kk": dots(k),
            "nama": "Fitri Handayani",
            "desa": "peusar",
            "kecamatan": "panongan",
        },
        missing=5,
        line=line("KTP", n, k, "FITRI HANDAYANI", "PEUSAR", "PANONGAN", "RUSAK"),
    )
    n, k = nik("Sukamulya", 1991, 7, 1), kk("Sukamulya", 2017, 7, 1)
    add(
        c,
        "resident",
        ["mau ngurus surat pindah bu"],
        answers={
            "layanan": "yg pindah keluar kak",
            "nik": sp(n),
            "no_kk": sp(k),
            "nama": "Ujang Komarudin",
            "alamat_pindah": "Kp. Babakan RT 03 RW 05 Desa Sukamaju Kec. Cianjur, Kab. Cianjur",
        },
        missing=4,
        line=line(
            "SKPWNI",
            n,
            k,
            "UJANG KOMARUDIN",
            "KP. BABAKAN RT 03 RW 05 DESA SUKAMAJU KEC. CIANJUR, KAB. CIANJUR",
        ),
    )
    k = kk("Kelapa Dua", 2022, 2, 22)
    add(
        c,
        "first_timer",
        ["ehh maaf ganggu, kk keluarga sy sobek mau cetak lagi bisa ga"],
        answers={
            "no_kk": dash(k),
            "nama_kepala_keluarga": "bapak sy Rusli",
            "desa": "bencongan",
            "kecamatan": "kelapa dua",
        },
        missing=4,
        line=line("KK", k, "RUSLI", "BENCONGAN", "KELAPA DUA"),
    )
    add(
        c,
        "resident",
        ["mau lapor pindah datang nih kak, baru pindah kemarin"],
        answers={
            "no_skpwni": "3210/SKPWNI/2025/00077",
            "keperluan": "tinggal bersama anak",
        },
        missing=2,
        line=line("SKDWN", "3210/SKPWNI/2025/00077", "TINGGAL BERSAMA ANAK"),
    )


# --- cancel ---------------------------------------------------------------------------------
def cancel() -> None:
    c = "cancel"
    n = nik("Cikupa", 1994, 4, 4)
    add(
        c,
        "resident",
        [f"ktp ilang, nik {n}", "eh udah ketemu ktp nya di laci, ga jadi ya min"],
        control="cancel",
    )
    k = kk("Rajeg", 2016, 6, 26)
    add(
        c,
        "resident",
        [f"mau cetak kk no {k}", "batalin aja deh, mau tanya suami dulu"],
        control="cancel",
    )
    add(
        c,
        "first_timer",
        ["mau bikinin kia buat anak sy", "nanti aja deh kak, aktanya belum ada. batal dulu"],
        control="cancel",
    )
    n, k = nik("Teluknaga", 1980, 8, 8), kk("Teluknaga", 2012, 8, 8)
    add(
        c,
        "resident",
        [
            f"surat pindah keluar nik {n} kk {k} a.n. Hasan Basri",
            "gak jadi pindah ternyata, cancel ya pak",
        ],
        control="cancel",
    )
    add(
        c,
        "helper",
        [
            "dari desa mau ajukan ktp rusak warga",
            "maaf salah kirim, warganya sudah urus sendiri. dibatalkan saja",
        ],
        control="cancel",
    )
    n, k = nik("Legok", 2019, 2, 2, True), kk("Legok", 2018, 2, 2)
    add(
        c,
        "resident",
        [
            f"KIA: {n} {k} Aira Zahira Babakan Legok",
            "stop stop jangan dikirim dulu, sy batalkan",
        ],
        control="cancel",
    )


# --- hash_line ------------------------------------------------------------------------------
def hash_line() -> None:
    c = "hash_line"
    k = kk("Pasar Kemis", 2013, 10, 3)
    add(
        c,
        "resident",
        [f"#KK#{k}#SUPRIYADI#SUKA ASIH#PASAR KEMIS"],
        line=line("KK", k, "SUPRIYADI", "SUKA ASIH", "PASAR KEMIS"),
    )
    n, k = nik("Tigaraksa", 1986, 6, 16, True), kk("Tigaraksa", 2011, 6, 16)
    add(
        c,
        "resident",
        [f"#ktp#{n}#{k}#nia kurniasih#cisereh#tigaraksa#hilang#"],
        line=line("KTP", n, k, "NIA KURNIASIH", "CISEREH", "TIGARAKSA", "HILANG"),
    )
    n, k = nik("Kosambi", 2015, 12, 25), kk("Kosambi", 2014, 12, 25)
    add(
        c,
        "resident",
        [f"#KIA#{n}#{k}#MUHAMMAD RAFKA#BELIMBING#KOSAMBI"],
        line=line("KIA", n, k, "MUHAMMAD RAFKA", "BELIMBING", "KOSAMBI"),
    )
    n, k = nik("Gunung Kaler", 1995, 3, 15), kk("Gunung Kaler", 2020, 3, 15)
    add(
        c,
        "resident",
        [f"#SKPWNI#{n}#{k}#ROBI SUGARA#JL. AHMAD YANI NO. 7, KOTA CIREBON"],
        line=line("SKPWNI", n, k, "ROBI SUGARA", "JL. AHMAD YANI NO. 7, KOTA CIREBON"),
    )
    add(
        c,
        "resident",
        ["#skdwn#3604/SKPWNI/2025/00812#ikut istri"],
        line=line("SKDWN", "3604/SKPWNI/2025/00812", "IKUT ISTRI"),
    )
    n, k = nik("Sindang Jaya", 1972, 5, 30), kk("Sindang Jaya", 2010, 5, 30)
    add(
        c,
        "helper",
        [
            f"dari kantor desa, punya warga:\n#KTP#{n}#{k}#MAMAN SURYAMAN#BADAK ANOM#SINDANG JAYA#RUSAK#"
        ],
        answers={"nama_warga": "Maman Suryaman", "telepon_warga": "0813-5050-9613"},
        line=line("KTP", n, k, "MAMAN SURYAMAN", "BADAK ANOM", "SINDANG JAYA", "RUSAK"),
    )


BUILDERS = (
    correction_at_confirmation,
    surat_pindah,
    name_introduced,
    name_with_relation,
    desa_typo_with_kecamatan,
    helper_mode,
    question_not_form,
    topic_coverage,
    complaint_followup,
    referral_by_place,
    formal_one_message,
    dashed_numbers,
    half_remembered_format,
    restate_known_value,
    casual_stepwise,
    cancel,
    hash_line,
)


def main() -> None:
    for build in BUILDERS:
        build()
    total = 0
    for category, convs in CONVS.items():
        path = HERE / f"fresh3_{category}.yml"
        text = yaml.safe_dump(
            {"conversations": convs}, allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(text, encoding="utf-8")
        total += len(convs)
        print(f"{category}: {len(convs)}")
    print(f"total: {total}")


if __name__ == "__main__":
    main()
