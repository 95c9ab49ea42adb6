"""Conversation corpus part dev10 (dev split).

Written by an independent author who read neither the assistant's code nor any other
conversation file of the corpus: only the shared design, the shared data tables, the corpus
README, corpus.py and devtools/synthetic.py. Every message is written by hand.

Run:  cd /work/main && .venv/bin/python -m tests.conversations.dev.make_dev10
Writes dev10_<category>.yml beside this file, ids dev10-<category-with-dashes>-NN.
Numbers are synthetic (devtools.synthetic.make_nik / make_kk), serials 9300-9349 in a cycle.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import yaml

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
# other regions (origin of a SKPWNI, or an NIK first issued elsewhere)
OTHER = {"Bandung": "327301", "Serang": "360401", "Lebak": "360201", "Jakbar": "317301"}

_serial = [9300]


def _next() -> int:
    s = _serial[0]
    _serial[0] = 9300 if s >= 9349 else s + 1
    return s


def N(kec: str, d: int, m: int, y: int, f: bool = False) -> str:
    """A synthetic NIK of a person born d-m-y, registered in kecamatan kec."""
    region = KEC.get(kec) or OTHER[kec]
    return make_nik(region, date(y, m, d), f, _next())


def K(kec: str, d: int, m: int, y: int) -> str:
    """A synthetic No. KK recorded d-m-y in kecamatan kec."""
    region = KEC.get(kec) or OTHER[kec]
    return make_kk(region, date(y, m, d), _next())


def SK(origin: str, d: int, m: int, y: int) -> str:
    """A synthetic No. SKPWNI from the origin office: region + date + serial (16 digits)."""
    return f"{OTHER[origin]}{d:02d}{m:02d}{y % 100:02d}{_next():04d}"


def sp(n: str) -> str:
    return " ".join(n[i : i + 4] for i in range(0, len(n), 4))


def dash(n: str) -> str:
    return "-".join(n[i : i + 4] for i in range(0, len(n), 4))


def dot(n: str) -> str:
    return f"{n[:2]}.{n[2:4]}.{n[4:6]}.{n[6:12]}.{n[12:]}"


CONVS: list[dict] = []


def add(
    cat,
    persona,
    turns,
    *,
    line=None,
    facts=None,
    control=None,
    to=None,
    answers=None,
    confirm=None,
    missing=0,
):
    conv = {"category": cat, "persona": persona, "turns": list(turns)}
    if answers:
        conv["answers"] = dict(answers)
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
    CONVS.append(conv)


# ---------------------------------------------------------------- restate_known_value
c = "restate_known_value"
n, k = N("Cikupa", 3, 2, 1988), K("Cikupa", 14, 6, 2016)
add(
    c,
    "resident",
    [
        f"mau bikin ktp baru krn ktp sy ilang di angkot, nik {n} kk {k}",
        f"nama Dedi Kurniawan, ds bitung jaya kec cikupa. nik nya td {n} ya",
    ],
    answers={"alasan": "hilang bu"},
    line=f"#KTP#{n}#{k}#DEDI KURNIAWAN#BITUNG JAYA#CIKUPA#HILANG#",
)

n, k = N("Balaraja", 21, 11, 1979, True), K("Balaraja", 2, 3, 2011)
add(
    c,
    "resident",
    [
        f"assalamualaikum, sy mau urus KK baru. no kk {sp(k)}",
    ],
    answers={
        "nama_kepala_keluarga": f"kepala keluarganya Sri Wahyuni, kk nya yg tadi {k}",
        "desa": "desa cangkudu, balaraja",
        "kecamatan": "balaraja",
    },
    missing=3,
    line=f"#KK#{k}#SRI WAHYUNI#CANGKUDU#BALARAJA",
)

n, k = N("Pasar Kemis", 9, 9, 1995), K("Pasar Kemis", 30, 1, 2020)
add(
    c,
    "resident",
    [
        f"KTP rusak, patah jadi dua. NIK {n}",
        f"No KK {k}. Nama Rizky Pratama",
        f"Kuta Baru, Pasar Kemis. NIK saya {n}, KK {k}, itu sudah sy kirim diatas",
    ],
    answers={"alasan": "rusak"},
    line=f"#KTP#{n}#{k}#RIZKY PRATAMA#KUTA BARU#PASAR KEMIS#RUSAK#",
)

n, k = N("Curug", 17, 4, 2016), K("Curug", 5, 5, 2014)
add(
    c,
    "resident",
    [
        f"kia buat anak sy, namanya Aisyah Putri, nik anaknya {n}",
    ],
    answers={
        "no_kk": f"kk {k}",
        "desa": f"desa binong kec curug. nik anak {n}",
        "kecamatan": "curug",
    },
    missing=3,
    line=f"#KIA#{n}#{k}#AISYAH PUTRI#BINONG#CURUG",
)

n, k = N("Kelapa Dua", 28, 2, 1990, True), K("Kelapa Dua", 19, 8, 2019)
add(
    c,
    "resident",
    [
        f"Mohon bantu KTP saya hilang. NIK {dash(n)}, No KK {dash(k)}, atas nama Maya Lestari, Kel Bencongan Kec Kelapa Dua",
        "oh iya namanya Maya Lestari ya, sama kayak yg td",
    ],
    line=f"#KTP#{n}#{k}#MAYA LESTARI#BENCONGAN#KELAPA DUA#HILANG#",
)

n, k = N("Tigaraksa", 11, 12, 1984), K("Tigaraksa", 7, 7, 2012)
add(
    c,
    "resident",
    [
        f"sy mau perbarui KK nih. kk {k}, kepala kk Ahmad Fauzi",
        "desa Pete",
    ],
    answers={
        "kecamatan": f"tigaraksa. no kk {k} atas nama ahmad fauzi",
        "desa": "pete",
    },
    missing=1,
    line=f"#KK#{k}#AHMAD FAUZI#PETE#TIGARAKSA",
)

n, k = N("Teluknaga", 6, 6, 1975), K("Teluknaga", 23, 10, 2009)
add(
    c,
    "helper",
    [
        f"sore pak, sy petugas desa lemo mau kirimkan KTP warga. Bpk Suherman, nik {n}, kk {k}, ktp nya rusak kena banjir, ds lemo kec teluknaga",
        f"nik pak suherman {n} ya pak, jangan sampe ketuker",
    ],
    answers={"nama_warga": "Suherman", "telepon_warga": "0812 9300 4411"},
    line=f"#KTP#{n}#{k}#SUHERMAN#LEMO#TELUKNAGA#RUSAK#",
)

n, k = N("Rajeg", 14, 3, 2019, True), K("Rajeg", 9, 1, 2018)
add(
    c,
    "helper",
    [
        f"Kader posyandu Rajeg Mulya mau daftarin KIA. Anak: Nabila Zahra, NIK {sp(n)}",
        f"KK ortunya {sp(k)}",
    ],
    answers={
        "desa": "rajeg mulya",
        "kecamatan": f"kec rajeg. itu buat nabila zahra nik {n}",
        "nama_warga": "Ibu Kartini (ibunya)",
        "telepon_warga": "081393002277",
    },
    missing=2,
    line=f"#KIA#{n}#{k}#NABILA ZAHRA#RAJEG MULYA#RAJEG",
)

n, k = N("Sepatan", 1, 1, 2009), K("Sepatan", 15, 2, 2010)
add(
    c,
    "first_timer",
    [
        "halo ini bener tempat bikin ktp? anak saya udah 17 thn blm punya ktp sama sekali",
        f"nik nya {n}, kk {k}",
    ],
    answers={
        "nama": "Fajar Ramadhan",
        "desa": f"karet. nik {n} ya itu td",
        "kecamatan": "sepatan",
        "alasan": "pertama kali bikin",
    },
    missing=3,
    line=f"#KTP#{n}#{k}#FAJAR RAMADHAN#KARET#SEPATAN#PEMULA#",
)

# ---------------------------------------------------------------- name_with_relation
c = "name_with_relation"
n, k = N("Legok", 12, 5, 1982), K("Legok", 3, 8, 2013)
add(
    c,
    "resident",
    [
        f"mau buatin ktp atas nama suami saya pak Hendra Gunawan, ktp nya ilang pas mudik. nik {n}, kk {k}, desa babat kec legok",
    ],
    line=f"#KTP#{n}#{k}#HENDRA GUNAWAN#BABAT#LEGOK#HILANG#",
)

n, k = N("Panongan", 25, 7, 2017), K("Panongan", 11, 11, 2015)
add(
    c,
    "resident",
    [
        f"anak sy yg kecil, Muhammad Alif, mau dibikinin KIA. nik dia {n} kk kami {k}. Mekar Jaya Panongan",
    ],
    line=f"#KIA#{n}#{k}#MUHAMMAD ALIF#MEKAR JAYA#PANONGAN",
)

n, k = N("Kosambi", 4, 4, 1960, True), K("Kosambi", 20, 12, 2005)
add(
    c,
    "resident",
    [
        f"ktp ibu mertua sy sdh rusak tulisannya pudar. Namanya Hj. Siti Rohmah. NIK {n} KK {k}, Dadap kec Kosambi",
    ],
    line=f"#KTP#{n}#{k}#SITI ROHMAH#DADAP#KOSAMBI#RUSAK#",
)

n, k = N("Mauk", 10, 10, 1970), K("Mauk", 27, 3, 2017)
add(
    c,
    "resident",
    [
        f"Permisi, sy mau urus KK bapak saya, beliau kepala keluarganya, namanya Bapak Sarmili. Nomor KK {k}",
        "tinggalnya di desa ketapang kec mauk",
    ],
    line=f"#KK#{k}#SARMILI#KETAPANG#MAUK",
)

n, k = N("Solear", 30, 8, 2009, True), K("Solear", 6, 9, 2008)
add(
    c,
    "resident",
    [
        f"adek ipar sy (adiknya istri) baru 17, mau rekam ktp pertama. Dewi Anggraini, nik {n}, kk {k}",
    ],
    answers={"desa": "cikuya", "kecamatan": "solear"},
    missing=2,
    line=f"#KTP#{n}#{k}#DEWI ANGGRAINI#CIKUYA#SOLEAR#PEMULA#",
)

n, k = N("Cisauk", 2, 12, 2014), K("Cisauk", 12, 12, 2013)
add(
    c,
    "helper",
    [
        f"Saya RT 04 mau bantu tetangga, cucunya Mak Inah yg namanya Rafi Ardiansyah perlu KIA. NIK anak {n}, KK {k}, desa Suradita, kec Cisauk",
    ],
    answers={"nama_warga": "Mak Inah", "telepon_warga": "0857 9300 1234"},
    line=f"#KIA#{n}#{k}#RAFI ARDIANSYAH#SURADITA#CISAUK",
)

n, k = N("Sukadiri", 18, 1, 1958), K("Sukadiri", 4, 2, 2006)
add(
    c,
    "helper",
    [
        f"ijin pak, dari kantor desa Gintung. Almarhum pak Sukarta meninggal, KK keluarganya mau diganti kepala keluarga jadi istrinya, Ibu Tarsih. no KK {k}, Gintung kec Sukadiri",
    ],
    answers={"nama_warga": "Ibu Tarsih", "telepon_warga": "0813 9300 5566"},
    line=f"#KK#{k}#TARSIH#GINTUNG#SUKADIRI",
)

n, k = N("Jambe", 15, 6, 1999), K("Jambe", 8, 4, 2021)
add(
    c,
    "first_timer",
    [
        f"kak maaf nanya, sy mau bikinin ktp kakak sy mas Joko Susilo, ktp nya ilang di pasar. sy yg ngetik krn dia ga punya hp. nik {n}",
    ],
    answers={
        "no_kk": f"kk nya {k}",
        "desa": "desa daru",
        "kecamatan": "jambe",
        "alasan": "hilang",
    },
    missing=3,
    line=f"#KTP#{n}#{k}#JOKO SUSILO#DARU#JAMBE#HILANG#",
)
# ---------------------------------------------------------------- correction_at_confirmation
c = "correction_at_confirmation"
n, k = N("Cikupa", 19, 3, 1993, True), K("Cikupa", 1, 6, 2018)
add(
    c,
    "resident",
    [
        f"ktp hilang. nik {n} kk {k} nama Siti Aminah ds sukadamai kec cikupa",
        "eh bentar salah, nama saya Siti Aminah Zahra, ada zahra nya",
    ],
    control="correction",
    line=f"#KTP#{n}#{k}#SITI AMINAH ZAHRA#SUKADAMAI#CIKUPA#HILANG#",
)

n, k = N("Curug", 8, 8, 1987), K("Curug", 22, 2, 2016)
add(
    c,
    "resident",
    [
        f"KK. {k}. kepala keluarga Bambang Setiawan. Kadu Jaya, Curug",
        "waduh desanya bukan kadu jaya tp Kadu, maaf",
    ],
    control="correction",
    line=f"#KK#{k}#BAMBANG SETIAWAN#KADU#CURUG",
)

n, k = N("Pagedangan", 13, 9, 2018), K("Pagedangan", 10, 10, 2017)
k2 = K("Pagedangan", 10, 10, 2017)
add(
    c,
    "resident",
    [
        f"Bikin KIA utk Keisha Ramadhani, NIK {n}, KK {k}, Cicalengka, Pagedangan",
        f"no kk nya salah ketik kak, yg bener {k2}",
    ],
    control="correction",
    line=f"#KIA#{n}#{k2}#KEISHA RAMADHANI#CICALENGKA#PAGEDANGAN",
)

n, k = N("Balaraja", 5, 1, 1991), K("Balaraja", 3, 3, 2015)
add(
    c,
    "resident",
    [
        f"mau ganti ktp yg rusak, {n} / {k} / Agus Salim / Talagasari / Balaraja",
        "ralat: bukan rusak, ktp nya hilang dicopet",
    ],
    control="correction",
    line=f"#KTP#{n}#{k}#AGUS SALIM#TALAGASARI#BALARAJA#HILANG#",
)

n, k = N("Sindang Jaya", 27, 5, 1996), K("Sindang Jaya", 15, 4, 2022)
add(
    c,
    "resident",
    [
        f"permisi mau kk baru stlh nikah. no kk {k} kepala keluarga Wahyu Hidayat desa Wanakerta kec Sindang Jaya",
        "kecamatan nya bener, tp nama saya pake h: Wahyu Hidayath. maaf ya",
    ],
    control="correction",
    line=f"#KK#{k}#WAHYU HIDAYATH#WANAKERTA#SINDANG JAYA",
)

n, k = N("Teluknaga", 16, 2, 1985), K("Teluknaga", 9, 9, 2014)
n2 = N("Teluknaga", 16, 2, 1985)
add(
    c,
    "helper",
    [
        f"Operator desa Tegal Angus kirim KTP warga: Rohman, NIK {n}, KK {k}, Tegal Angus, Teluknaga, hilang",
        f"Maaf pak, NIK warga tsb salah satu angka. Yg benar {n2}",
    ],
    answers={"nama_warga": "Rohman", "telepon_warga": "0821 9300 7788"},
    control="correction",
    line=f"#KTP#{n2}#{k}#ROHMAN#TEGAL ANGUS#TELUKNAGA#HILANG#",
)

n, k = N("Kresek", 29, 9, 2015, True), K("Kresek", 12, 1, 2012)
add(
    c,
    "helper",
    [
        f"KIA: Salsabila, {sp(n)}, kk {sp(k)}, desa Renged kec Kresek",
        "tolong diganti desanya jadi Kemuning, sy keliru nulis",
    ],
    answers={"nama_warga": "Bu Yati (ibunya Salsabila)", "telepon_warga": "0838 9300 2020"},
    control="correction",
    line=f"#KIA#{n}#{k}#SALSABILA#KEMUNING#KRESEK",
)

n, k = N("Kemiri", 3, 3, 2008), K("Kemiri", 25, 6, 2009)
add(
    c,
    "first_timer",
    [
        f"sy mau bikin ktp pertama kali. nama Ilham Maulana nik {n} kk {k} desa Lontar kemiri",
        "itu yang kecamatan kemiri ya betul. tapi nama sy Ilham Maulana Yusuf lengkapnya",
    ],
    answers={"alasan": "baru pertama"},
    control="correction",
    line=f"#KTP#{n}#{k}#ILHAM MAULANA YUSUF#LONTAR#KEMIRI#PEMULA#",
)

# ---------------------------------------------------------------- helper_mode
c = "helper_mode"
n, k = N("Cisoka", 11, 7, 1989), K("Cisoka", 30, 5, 2011)
add(
    c,
    "helper",
    [
        f"Selamat pagi, saya Pak Darman staf Desa Caringin Kec Cisoka. Mohon diinput KK warga kami: no KK {k}, kepala keluarga Usman Effendi",
    ],
    answers={
        "desa": "caringin",
        "kecamatan": "cisoka",
        "nama_warga": "Usman Effendi",
        "telepon_warga": "0812 9300 6543",
    },
    line=f"#KK#{k}#USMAN EFFENDI#CARINGIN#CISOKA",
)

n, k = N("Sepatan Timur", 20, 12, 1992, True), K("Sepatan Timur", 2, 2, 2019)
add(
    c,
    "helper",
    [
        f"izin min, sy petugas pelayanan desa Tanah Merah. Warga atas nama Nurhayati ktp hilang, nik {dash(n)} kk {dash(k)}, sepatan timur",
    ],
    answers={"nama_warga": "Nurhayati", "telepon_warga": "0896-9300-1122"},
    line=f"#KTP#{n}#{k}#NURHAYATI#TANAH MERAH#SEPATAN TIMUR#HILANG#",
)

n, k = N("Gunung Kaler", 7, 2, 2020), K("Gunung Kaler", 17, 3, 2016)
add(
    c,
    "helper",
    [
        "sy kaur pemerintahan ds Kedung, hari ini ada 3 warga, sy kirim satu2 ya",
        f"yg pertama KIA, anak An. Dafa Pratama, NIK {n}, KK {k}, Kedung, Gunung Kaler",
    ],
    answers={"nama_warga": "Bpk Tarmuji (ayah)", "telepon_warga": "0819 9300 3434"},
    line=f"#KIA#{n}#{k}#DAFA PRATAMA#KEDUNG#GUNUNG KALER",
)

n, k = N("Mekar Baru", 23, 6, 1981), K("Mekar Baru", 8, 8, 2010)
add(
    c,
    "helper",
    [
        f"lanjut warga kedua pak. Ini dr desa Waliwis kec Mekar Baru, KTP rusak (chip gak kebaca), nama Karta Wijaya, NIK {n}, No.KK {k}",
    ],
    answers={"nama_warga": "Karta Wijaya", "telepon_warga": "085293004545"},
    line=f"#KTP#{n}#{k}#KARTA WIJAYA#WALIWIS#MEKAR BARU#RUSAK#",
)

n, k = N("Jayanti", 9, 4, 2008, True), K("Jayanti", 19, 7, 2011)
add(
    c,
    "helper",
    [
        "Assalamualaikum. Dari operator kecamatan Jayanti, ngajuin KTP pemula utk pelajar SMA",
        f"Putri Ayu Lestari, {n}, {k}, desa Pangkat",
    ],
    answers={
        "kecamatan": "Jayanti",
        "nama_warga": "Putri Ayu Lestari",
        "telepon_warga": "0877 9300 8989",
    },
    missing=1,
    line=f"#KTP#{n}#{k}#PUTRI AYU LESTARI#PANGKAT#JAYANTI#PEMULA#",
)

n = N("Kronjo", 12, 12, 1977)
add(
    c,
    "helper",
    [
        f"pak sy dr desa Pasilian, tolong cek dong NIK {n} ini punya siapa, warganya dateng tp lupa nama lengkapnya",
    ],
    control="no_nik_lookup",
)

add(
    c,
    "helper",
    [
        "sy perangkat desa Kohod, pengajuan KK warga kami dari bulan lalu blm selesai2, sudah 3x nanya. tolong sambungkan ke petugas yg pegang",
    ],
    control="handoff",
)

add(
    c,
    "helper",
    [
        "pak, sy ada 5 berkas KTP warga Pasir Bolang. bisa dijadwalkan rekam hari kamis semua? tolong dikonfirmasi disetujui ya biar warga sy kabari",
    ],
    control="no_approval",
)
# ---------------------------------------------------------------- surat_pindah
c = "surat_pindah"
n, k = N("Cikupa", 14, 8, 1990), K("Cikupa", 6, 6, 2017)
add(
    c,
    "resident",
    [
        f"mau bikin surat pindah keluar, pindah ke bandung ikut kerjaan. nik {n} kk {k} nama Yusuf Maulana",
    ],
    answers={
        "alamat_pindah": "Jl Cibaduyut Raya No 12 RT 03 RW 07 Kel Cibaduyut Kec Bojongloa Kidul Kota Bandung"
    },
    missing=1,
    line=f"#SKPWNI#{n}#{k}#YUSUF MAULANA#JL CIBADUYUT RAYA NO 12 RT 03 RW 07 KEL CIBADUYUT KEC BOJONGLOA KIDUL KOTA BANDUNG",
)

n, k = N("Tigaraksa", 2, 2, 1986, True), K("Tigaraksa", 28, 11, 2014)
add(
    c,
    "resident",
    [
        f"Dengan hormat, saya Rina Marlina bermaksud mengajukan SKPWNI. NIK {n}, No KK {k}. Alamat tujuan: Kp Babakan RT 02 RW 01 Desa Cibeureum Kec Cimahi Selatan Kota Cimahi. Terima kasih",
    ],
    line=f"#SKPWNI#{n}#{k}#RINA MARLINA#KP BABAKAN RT 02 RW 01 DESA CIBEUREUM KEC CIMAHI SELATAN KOTA CIMAHI",
)

n, k = N("Pasar Kemis", 19, 10, 1972), K("Pasar Kemis", 13, 1, 2007)
add(
    c,
    "helper",
    [
        f"sy dari desa Sukamantri, warga kami pak Ujang Rusdi mau pindah ke kampung halaman. nik {sp(n)}, kk {sp(k)}",
    ],
    answers={
        "alamat_pindah": "Dusun Cikadu RT 01 RW 04 Desa Sukaresmi Kec Cisaat Kab Sukabumi",
        "nama_warga": "Ujang Rusdi",
        "telepon_warga": "0812 9300 9090",
    },
    missing=1,
    line=f"#SKPWNI#{n}#{k}#UJANG RUSDI#DUSUN CIKADU RT 01 RW 04 DESA SUKARESMI KEC CISAAT KAB SUKABUMI",
)

n, k = N("Kelapa Dua", 1, 5, 1994, True), K("Kelapa Dua", 21, 3, 2020)
add(
    c,
    "first_timer",
    [
        "kak sy mau pindah ke semarang ikut suami, itu ngurusnya gimana ya? harus bikin apa dulu",
        f"oke sy mau langsung ajuin aja. nik {n}, kk {k}, nama Lia Kusumawati",
    ],
    answers={
        "alamat_pindah": "Jl Pandanaran No 45 RT 05 RW 02 Kel Pekunden Kec Semarang Tengah Kota Semarang"
    },
    missing=1,
    line=f"#SKPWNI#{n}#{k}#LIA KUSUMAWATI#JL PANDANARAN NO 45 RT 05 RW 02 KEL PEKUNDEN KEC SEMARANG TENGAH KOTA SEMARANG",
)

s = SK("Bandung", 12, 3, 2025)
add(
    c,
    "resident",
    [
        f"sy baru pindah dr bandung ke curug, udh pegang surat pindah dr dukcapil bandung. no skpwni {s}. mau bikin kk disini",
    ],
    answers={"keperluan": "buat kk baru di curug"},
    missing=1,
    line=f"#SKDWN#{s}#BUAT KK BARU DI CURUG",
)

s = SK("Serang", 4, 7, 2025)
add(
    c,
    "resident",
    [
        f"Pindah datang bu, nomor SKPWNI {dash(s)}, keperluan ikut suami",
    ],
    line=f"#SKDWN#{s}#IKUT SUAMI",
)

s = SK("Jakbar", 20, 1, 2025)
add(
    c,
    "first_timer",
    [
        "halo, sy dpt surat pindah dari jakarta barat, skrg tinggal di legok. trus apa lagi ya yg harus dilakuin disini?",
        f"nomornya {sp(s)}",
    ],
    answers={"keperluan": "pindah kerja", "no_skpwni": s},
    missing=1,
    line=f"#SKDWN#{s}#PINDAH KERJA",
)

s = SK("Lebak", 8, 9, 2025)
add(
    c,
    "helper",
    [
        f"dari kantor desa Sodong, warga pendatang dari Lebak, skpwni no {s}. keperluannya pindah domisili ikut orang tua",
    ],
    answers={"nama_warga": "Sdri. Euis", "telepon_warga": "0813 9300 1515"},
    line=f"#SKDWN#{s}#PINDAH DOMISILI IKUT ORANG TUA",
)

# ---------------------------------------------------------------- question_not_form
c = "question_not_form"
add(
    c,
    "resident",
    ["ktp sy ilang kmrn di terminal, harus lapor polisi dulu ga sih? atau langsung aja"],
    facts=[["polisi", "kepolisian"]],
)
add(
    c,
    "first_timer",
    ["ini bayar gak ya bikin kk? takut disuruh bayar ratusan ribu kayak tetangga sy"],
    facts=[["gratis", "tidak dipungut", "tanpa biaya"]],
)
add(
    c,
    "resident",
    ["anak sy umurnya 3 th mau dibikinin KIA, bawa berkas apa aja?"],
    facts=[["akta kelahiran", "akta lahir", "kutipan akta"], ["kk", "kartu keluarga"]],
)
add(
    c,
    "first_timer",
    ["kalo mau bikin ktp pertama kali umurnya minimal brp? adik sy 16 taun"],
    facts=[["17"]],
)
add(
    c,
    "helper",
    ["pak, warga sy pindah datang dari kota lain, yg wajib dibawa apa ya selain kk lama?"],
    facts=[["skpwni", "surat pindah", "surat keterangan pindah"]],
)
add(
    c,
    "resident",
    [
        "bisa ga saya di-acc hari ini juga ktp nya? besok mau dipake daftar kerja, tolong ya mas dijamin jadi"
    ],
    control="no_approval",
)
n = N("Cikupa", 22, 8, 1976, True)
add(
    c,
    "resident",
    [f"mau tanya, nik {n} itu masih terdaftar ga ya? atas nama siapa?"],
    control="no_nik_lookup",
)
add(
    c,
    "first_timer",
    ["sy tinggal di Pondok Aren, kalo bikin kk di sini bisa kan?"],
    control="referral",
    to="Kota Tangerang Selatan",
)
# ---------------------------------------------------------------- complaint_followup
c = "complaint_followup"
add(
    c,
    "resident",
    [
        "min ktp saya udah diajukan 2 minggu lalu kok belum ada kabar sama sekali ya?? kode tiketnya lupa",
        "sy mau ngomong sama petugasnya langsung aja",
    ],
    control="handoff",
)
add(
    c,
    "resident",
    [
        "Kk yg sy terima namanya salah cetak, harusnya Suryani bukan Suryanih. gimana ini, sy udh bolak balik ke kecamatan",
    ],
    control="handoff",
)
add(
    c,
    "first_timer",
    [
        "kenapa ya permohonan kia anak sy ditolak? ga dijelasin alasannya. tolong dong dibantu cek",
    ],
    control="handoff",
)
add(
    c,
    "helper",
    [
        "ini udah kesekian kali kami kirim berkas warga ds Bojong lewat WA tapi ga dibales. mohon ditindaklanjuti oleh petugas, terima kasih",
    ],
    control="handoff",
)
add(
    c,
    "resident",
    [
        "kemarin sy sudah kirim pengajuan KK, statusnya masih BARU. tolong disetujui sekarang aja ya pak, udah ditunggu sekolah anak",
    ],
    control="no_approval",
)
add(
    c,
    "helper",
    [
        "kapan jadwal ambil ktp warga sy yg kemarin? tolong dijadwalin hari senin aja biar bareng2, bisa kan dipastiin?",
    ],
    control="no_approval",
)
n = N("Legok", 9, 11, 1983)
add(
    c,
    "resident",
    [
        f"sy mau cek status ktp suami, nik nya {n}. udh jadi belum? atas nama siapa disitu",
    ],
    control="no_nik_lookup",
)
n = N("Rajeg", 30, 6, 1968, True)
add(
    c,
    "resident",
    [
        f"tolong liatin data penduduk NIK {dash(n)}, sy curiga nik ibu sy dipake orang lain buat pinjol",
    ],
    control="no_nik_lookup",
)

# ---------------------------------------------------------------- casual_stepwise
c = "casual_stepwise"
n, k = N("Cikupa", 12, 1, 1997), K("Cikupa", 18, 2, 2021)
add(
    c,
    "resident",
    ["pagi kak", "mau bikin ktp"],
    answers={
        "alasan": "ilang kak, dompet jatoh",
        "nik": f"{n}",
        "no_kk": f"ini kk nya {sp(k)}",
        "nama": "Andi Saputra",
        "desa": "sukanagara",
        "kecamatan": "cikupa kak",
    },
    missing=6,
    line=f"#KTP#{n}#{k}#ANDI SAPUTRA#SUKANAGARA#CIKUPA#HILANG#",
)

n, k = N("Kosambi", 3, 10, 2018, True), K("Kosambi", 5, 12, 2016)
add(
    c,
    "resident",
    ["kia"],
    answers={
        "nik": f"nik anak: {dash(n)}",
        "no_kk": f"{k}",
        "nama": "namanya Zahra Aulia, anak kedua sy",
        "desa": "salembaran jaya",
        "kecamatan": "kosambi",
    },
    missing=5,
    line=f"#KIA#{n}#{k}#ZAHRA AULIA#SALEMBARAN JAYA#KOSAMBI",
)

n, k = N("Pakuhaji", 27, 4, 1980), K("Pakuhaji", 14, 7, 2008)
add(
    c,
    "resident",
    ["bang mau urus kk nih, caranya gmn"],
    answers={
        "no_kk": f"no kk {k}",
        "nama_kepala_keluarga": "sy sendiri, Mulyadi",
        "desa": "ds kramat",
        "kecamatan": "pakuhaji bang",
    },
    missing=4,
    line=f"#KK#{k}#MULYADI#KRAMAT#PAKUHAJI",
)

n, k = N("Sukamulya", 16, 9, 1999, True), K("Sukamulya", 20, 5, 2023)
add(
    c,
    "first_timer",
    ["permisi, sy blm pernah pake ini, ktp saya rusak kena air"],
    answers={
        "nik": f"nik sy {sp(n)}",
        "no_kk": f"kk: {sp(k)}",
        "nama": "Anisa Rahmawati",
        "desa": "kaliasin",
        "kecamatan": "sukamulya",
        "alasan": "rusak",
    },
    missing=5,
    line=f"#KTP#{n}#{k}#ANISA RAHMAWATI#KALIASIN#SUKAMULYA#RUSAK#",
)

n, k = N("Panongan", 21, 2, 2009), K("Panongan", 1, 4, 2012)
add(
    c,
    "first_timer",
    ["halo", "anak sy udh 17 mau ktp"],
    answers={
        "alasan": "baru, blm pernah punya",
        "nik": f"{n}",
        "no_kk": f"{k}",
        "nama": "nama anaknya Rendi Kurniawan",
        "desa": "desa peusar",
        "kecamatan": "panongan",
    },
    missing=6,
    line=f"#KTP#{n}#{k}#RENDI KURNIAWAN#PEUSAR#PANONGAN#PEMULA#",
)

n, k = N("Curug", 11, 3, 1978), K("Curug", 9, 2, 2004)
add(
    c,
    "resident",
    ["punten", "bade ngadamel KK"],
    answers={
        "no_kk": f"{dot(k)}",
        "nama_kepala_keluarga": "Asep Sunarya",
        "desa": "sukabakti",
        "kecamatan": "curug",
    },
    missing=4,
    line=f"#KK#{k}#ASEP SUNARYA#SUKABAKTI#CURUG",
)

n, k = N("Kelapa Dua", 8, 5, 2021), K("Kelapa Dua", 30, 9, 2019)
add(
    c,
    "helper",
    ["mau ajukan kia"],
    answers={
        "nik": f"nik anaknya {n}",
        "no_kk": f"{k}",
        "nama": "Arkan Hakim",
        "desa": "pakulonan barat",
        "kecamatan": "kelapa dua",
        "nama_warga": "Bu Ratna",
        "telepon_warga": "0812 9300 3030",
    },
    missing=5,
    line=f"#KIA#{n}#{k}#ARKAN HAKIM#PAKULONAN BARAT#KELAPA DUA",
)

n, k = N("Balaraja", 4, 7, 1985), K("Balaraja", 17, 10, 2013)
add(
    c,
    "resident",
    [
        "mau bikin ktp baru",
        f"nik {n}",
        "eh udahan dulu deh, kk nya ketinggalan di rumah mertua. ntar aja",
    ],
    control="cancel",
)
# ---------------------------------------------------------------- formal_one_message
c = "formal_one_message"
n, k = N("Cisauk", 10, 6, 1983), K("Cisauk", 4, 4, 2012)
add(
    c,
    "resident",
    [
        f"Dengan hormat,\nYang bertanda tangan di bawah ini:\nNama : Taufik Hidayat\nNIK : {n}\nNo. KK : {k}\nAlamat : Desa Sampora, Kecamatan Cisauk\nDengan ini mengajukan permohonan penggantian KTP-el karena hilang. Atas perhatiannya saya ucapkan terima kasih.",
    ],
    line=f"#KTP#{n}#{k}#TAUFIK HIDAYAT#SAMPORA#CISAUK#HILANG#",
)

n, k = N("Mauk", 15, 3, 1969), K("Mauk", 11, 8, 2015)
add(
    c,
    "resident",
    [
        f"Kepada Yth. Bapak/Ibu Petugas Disdukcapil Kab. Tangerang. Bersama ini saya, Karsono selaku kepala keluarga, memohon pencetakan ulang Kartu Keluarga nomor {k}. Domisili Desa Sasak, Kecamatan Mauk. Hormat saya.",
    ],
    line=f"#KK#{k}#KARSONO#SASAK#MAUK",
)

n, k = N("Sindang Jaya", 6, 11, 2016, True), K("Sindang Jaya", 23, 1, 2014)
add(
    c,
    "resident",
    [
        f"Assalamu'alaikum wr wb. Mohon maaf mengganggu waktunya. Saya hendak mengajukan Kartu Identitas Anak untuk putri saya bernama Khansa Nafisah, NIK {n}, No KK {k}, beralamat di Desa Sukaharja Kecamatan Sindang Jaya. Wassalam.",
    ],
    line=f"#KIA#{n}#{k}#KHANSA NAFISAH#SUKAHARJA#SINDANG JAYA",
)

n, k = N("Kronjo", 18, 12, 2007), K("Kronjo", 2, 5, 2010)
add(
    c,
    "helper",
    [
        f"Yth. Petugas, kami Pemerintah Desa Pagenjahan Kec. Kronjo mengajukan permohonan KTP-el pemula a.n. Rizal Fahmi, NIK {n}, No. KK {k}. Demikian disampaikan, atas kerjasamanya diucapkan terima kasih.",
    ],
    answers={"nama_warga": "Rizal Fahmi", "telepon_warga": "0852 9300 6060"},
    line=f"#KTP#{n}#{k}#RIZAL FAHMI#PAGENJAHAN#KRONJO#PEMULA#",
)

n, k = N("Solear", 24, 4, 1990, True), K("Solear", 16, 6, 2018)
add(
    c,
    "first_timer",
    [
        f"Selamat siang Bapak/Ibu. Perkenalkan saya Dina Oktaviani, baru pertama kali menghubungi layanan ini. Saya bermaksud mengganti KTP saya yang sudah rusak (retak). NIK {n}, nomor KK {k}, desa Cikasungka, kecamatan Solear. Terima kasih banyak.",
    ],
    line=f"#KTP#{n}#{k}#DINA OKTAVIANI#CIKASUNGKA#SOLEAR#RUSAK#",
)

# ---------------------------------------------------------------- dashed_numbers
c = "dashed_numbers"
n, k = N("Sepatan", 13, 7, 1994), K("Sepatan", 24, 10, 2017)
add(
    c,
    "resident",
    [
        f"ktp ilang. {dash(n)} kk {dash(k)} Irfan Hakim, Kayu Agung Sepatan",
    ],
    line=f"#KTP#{n}#{k}#IRFAN HAKIM#KAYU AGUNG#SEPATAN#HILANG#",
)

n, k = N("Teluknaga", 2, 9, 2019), K("Teluknaga", 7, 3, 2018)
add(
    c,
    "resident",
    [
        f"KIA utk Bima Sakti nik {dot(n)} kk {dot(k)} desa Muara kec Teluknaga",
    ],
    line=f"#KIA#{n}#{k}#BIMA SAKTI#MUARA#TELUKNAGA",
)

n, k = N("Jambe", 29, 1, 1973), K("Jambe", 12, 12, 2016)
add(
    c,
    "resident",
    [
        f"KK a/n Sudirman no {k[:6]} {k[6:12]} {k[12:]} desa Taban kec Jambe",
    ],
    line=f"#KK#{k}#SUDIRMAN#TABAN#JAMBE",
)

n, k = N("Cikupa", 8, 6, 1988, True), K("Cikupa", 19, 9, 2015)
add(
    c,
    "helper",
    [
        f"KTP rusak warga ds Pasir Jaya kec Cikupa: Yanti Susanti. NIK: {n[:4]}-{n[4:8]}-{n[8:12]}-{n[12:]} . KK: {k[:4]} {k[4:8]}-{k[8:12]}.{k[12:]}",
    ],
    answers={"nama_warga": "Yanti Susanti", "telepon_warga": "0812-9300-7070"},
    line=f"#KTP#{n}#{k}#YANTI SUSANTI#PASIR JAYA#CIKUPA#RUSAK#",
)

n, k = N("Legok", 5, 2, 2008), K("Legok", 28, 8, 2011)
add(
    c,
    "first_timer",
    [
        "ka sy mau ktp pertama",
        f"nik: {sp(n)}  kk: {dash(k)}  nama Galih Permana  ds Ciangir kec Legok",
    ],
    answers={"alasan": "pemula"},
    line=f"#KTP#{n}#{k}#GALIH PERMANA#CIANGIR#LEGOK#PEMULA#",
)

# ---------------------------------------------------------------- name_introduced
c = "name_introduced"
n, k = N("Pasar Kemis", 17, 11, 1991), K("Pasar Kemis", 3, 7, 2019)
add(
    c,
    "resident",
    [
        f"Halo, saya Doni Firmansyah dari Gelam Jaya, Pasar Kemis. Mau urus KTP hilang, NIK {n} KK {k}",
    ],
    line=f"#KTP#{n}#{k}#DONI FIRMANSYAH#GELAM JAYA#PASAR KEMIS#HILANG#",
)

n, k = N("Tigaraksa", 9, 3, 1982, True), K("Tigaraksa", 14, 2, 2020)
add(
    c,
    "resident",
    [
        f"kenalin aku Ratih Purnamasari, kepala keluarga soalnya suami udah ga ada. mau KK baru no {k}, Matagara Tigaraksa",
    ],
    line=f"#KK#{k}#RATIH PURNAMASARI#MATAGARA#TIGARAKSA",
)

n, k = N("Kosambi", 26, 12, 1995), K("Kosambi", 1, 3, 2022)
add(
    c,
    "resident",
    [
        f"ini dgn Eko Prasetyo ya, ktp sy rusak sdh ga kebaca. nik {n}, kk {k}, belimbing kosambi",
    ],
    line=f"#KTP#{n}#{k}#EKO PRASETYO#BELIMBING#KOSAMBI#RUSAK#",
)

n, k = N("Rajeg", 10, 8, 2017), K("Rajeg", 21, 4, 2016)
add(
    c,
    "first_timer",
    [
        f"sy ibunya Farhan, mau bikin kartu anak. anak sy nama lengkapnya Farhan Alfarizi, nik {n}",
    ],
    answers={"no_kk": f"{k}", "desa": "tanjakan", "kecamatan": "rajeg"},
    missing=3,
    line=f"#KIA#{n}#{k}#FARHAN ALFARIZI#TANJAKAN#RAJEG",
)

n, k = N("Kemiri", 12, 5, 1976), K("Kemiri", 6, 1, 2009)
add(
    c,
    "first_timer",
    [
        "mohon maaf sy orang tua gak ngerti hp, ini pak Saepudin dari kemiri mau ganti ktp yg ilang",
    ],
    answers={"nik": f"{sp(n)}", "no_kk": f"{sp(k)}", "desa": "desa klebet", "kecamatan": "kemiri"},
    missing=4,
    line=f"#KTP#{n}#{k}#SAEPUDIN#KLEBET#KEMIRI#HILANG#",
)

# ---------------------------------------------------------------- half_remembered_format
c = "half_remembered_format"
n, k = N("Curug", 23, 1, 1992), K("Curug", 10, 6, 2017)
add(
    c,
    "resident",
    [
        f"KTP#{n}#{k}#Heri Susanto#Curug Wetan#Curug#hilang",
    ],
    line=f"#KTP#{n}#{k}#HERI SUSANTO#CURUG WETAN#CURUG#HILANG#",
)

n, k = N("Pagedangan", 7, 7, 1986), K("Pagedangan", 25, 2, 2013)
add(
    c,
    "resident",
    [
        f"#KK {k} # Slamet Riyadi # Lengkong Kulon # Pagedangan",
    ],
    line=f"#KK#{k}#SLAMET RIYADI#LENGKONG KULON#PAGEDANGAN",
)

n, k = N("Cisoka", 1, 12, 2015, True), K("Cisoka", 8, 11, 2013)
add(
    c,
    "helper",
    [
        f"#KIA#{n}#{k}#Aulia Rahma#Cempaka  (kec nya lupa ditulis, cisoka)",
    ],
    answers={"nama_warga": "Aulia Rahma", "telepon_warga": "0817 9300 4040"},
    line=f"#KIA#{n}#{k}#AULIA RAHMA#CEMPAKA#CISOKA",
)

n, k = N("Balaraja", 19, 8, 1998, True), K("Balaraja", 13, 5, 2021)
add(
    c,
    "first_timer",
    [
        f"kata tetangga formatnya pake pagar2 gitu. #ktp#{n}#nama Wulan Sari#tobat balaraja#rusak",
    ],
    answers={"no_kk": f"{k}"},
    missing=1,
    line=f"#KTP#{n}#{k}#WULAN SARI#TOBAT#BALARAJA#RUSAK#",
)

n, k = N("Kresek", 3, 4, 1984), K("Kresek", 30, 7, 2014)
add(
    c,
    "first_timer",
    [
        f"KK, {k}, Nana Suryana, Patrasana kresek. gini kan formatnya? maaf kalo salah",
    ],
    line=f"#KK#{k}#NANA SURYANA#PATRASANA#KRESEK",
)
# ---------------------------------------------------------------- topic_coverage
c = "topic_coverage"
add(
    c,
    "resident",
    ["kk lama sy udah sobek2 gitu, kalo mau ganti bawa apa ya"],
    facts=[["kk yang rusak", "kk rusak", "kk lama", "kartu keluarga yang rusak"]],
)
add(
    c,
    "resident",
    ["ktp digital / IKD itu gimana aktifinnya? perlu apa aja"],
    facts=[["email", "e-mail", "surel"]],
)
add(
    c,
    "first_timer",
    ["kantor dukcapil kabupaten tangerang tuh dimana sih alamatnya? sy mau dateng langsung"],
    facts=[["tigaraksa", "puspemkab", "pusat pemerintahan"]],
)
add(
    c,
    "resident",
    ["sy mau pindah dari cikupa ke balaraja, masih satu kabupaten. perlu skpwni juga ga?"],
    facts=[["tidak perlu", "tidak memerlukan", "tidak diperlukan", "tanpa skpwni", "tidak butuh"]],
)
add(
    c,
    "first_timer",
    [
        "saya ngontrak di sini, baru pindah dari luar kota. kata orang harus ada surat dari yg punya kontrakan, bener gak?"
    ],
    facts=[["pemilik rumah", "pemilik", "tidak keberatan"]],
)

# ---------------------------------------------------------------- referral_by_place
c = "referral_by_place"
add(
    c,
    "resident",
    ["mau bikin ktp yg ilang, sy tinggal di kel. Cipondoh Indah kec Cipondoh"],
    control="referral",
    to="Kota Tangerang",
)
add(
    c,
    "resident",
    ["KK baru bu, alamat saya Pamulang Barat, Pamulang"],
    control="referral",
    to="Kota Tangerang Selatan",
)
n, k = N("Cikupa", 14, 2, 2018), K("Cikupa", 9, 3, 2016)
add(
    c,
    "resident",
    [f"kia anak, nik {n} kk {k}, tinggal di Karawaci Baru kec karawaci"],
    control="referral",
    to="Kota Tangerang",
)
add(
    c,
    "helper",
    ["dari RW 05 kel. Pondok Ranji Ciputat Timur, mau bantu warga bikin ktp pemula"],
    control="referral",
    to="Kota Tangerang Selatan",
)
add(
    c,
    "first_timer",
    ["maaf kak rumah sy di Larangan Utara, ini bisa urus kk lewat sini kah?"],
    control="referral",
    to="Kota Tangerang",
)

# ---------------------------------------------------------------- desa_typo_with_kecamatan
c = "desa_typo_with_kecamatan"
n, k = N("Cikupa", 25, 10, 1993), K("Cikupa", 11, 4, 2019)
add(
    c,
    "resident",
    [f"ktp hilang, nik {n} kk {k} a.n Rudi Hartono, desa bitung jaja kec cikupa"],
    line=f"#KTP#{n}#{k}#RUDI HARTONO#BITUNG JAYA#CIKUPA#HILANG#",
)
n, k = N("Kelapa Dua", 15, 1, 2017, True), K("Kelapa Dua", 5, 8, 2015)
add(
    c,
    "resident",
    [f"KIA Naura Azzahra {n} kk {k} curug sengereng kelapa dua"],
    line=f"#KIA#{n}#{k}#NAURA AZZAHRA#CURUG SANGERENG#KELAPA DUA",
)
n, k = N("Balaraja", 6, 3, 1977), K("Balaraja", 27, 9, 2010)
add(
    c,
    "resident",
    [f"KK no {k} kepala keluarga Tatang Sutisna, ds talagsari kec balaraja"],
    line=f"#KK#{k}#TATANG SUTISNA#TALAGASARI#BALARAJA",
)
n, k = N("Pagedangan", 20, 2, 2008, True), K("Pagedangan", 3, 6, 2011)
add(
    c,
    "helper",
    [f"ktp pemula warga: Citra Melati, {n}, {k}, lengkong kolon, pagedangan"],
    answers={"nama_warga": "Citra Melati", "telepon_warga": "0858 9300 5151"},
    line=f"#KTP#{n}#{k}#CITRA MELATI#LENGKONG KULON#PAGEDANGAN#PEMULA#",
)
n, k = N("Curug", 31, 5, 1989), K("Curug", 16, 11, 2018)
add(
    c,
    "first_timer",
    [f"ktp sy rusak, nik {n} kk {k} nama Iwan Setiadi, rumah di cukang galih kecamatan curug"],
    line=f"#KTP#{n}#{k}#IWAN SETIADI#CUKANGGALIH#CURUG#RUSAK#",
)

# ---------------------------------------------------------------- cancel
c = "cancel"
n, k = N("Sepatan Timur", 9, 9, 1990), K("Sepatan Timur", 7, 12, 2015)
add(
    c,
    "resident",
    [
        f"mau ganti kk, no {k}",
        "ga jadi deh kak, nanti aja kalau suami sy pulang kerja biar dia yg urus",
    ],
    control="cancel",
)
n = N("Solear", 12, 4, 1993, True)
add(
    c,
    "resident",
    [f"ktp ilang nik {n}", "batal aja, barusan ketemu ktp nya di saku celana wkwk. makasih ya"],
    control="cancel",
)
add(
    c,
    "resident",
    [
        "bikin kia anak sy",
        "eh gajadi dulu, akta lahirnya belum jadi. maaf ngerepotin, hapus aja yg tadi",
    ],
    control="cancel",
)
n, k = N("Mauk", 23, 6, 1966), K("Mauk", 19, 2, 2008)
add(
    c,
    "helper",
    [
        f"KTP rusak warga Tanjung Anom, Mauk: Marjuki, nik {n}, kk {k}",
        "pak mohon dibatalkan pengajuan pak Marjuki barusan, orangnya mau datang sendiri ke kecamatan",
    ],
    control="cancel",
)
add(
    c,
    "first_timer",
    ["mau bikin surat pindah", "aduh ternyata ribet ya, sy stop dulu deh, ga usah dilanjut"],
    control="cancel",
)

# ---------------------------------------------------------------- hash_line
c = "hash_line"
n, k = N("Teluknaga", 13, 11, 1987), K("Teluknaga", 4, 1, 2016)
add(
    c,
    "resident",
    [f"#KTP#{n}#{k}#ASEP SAEPULLOH#BOJONG RENGED#TELUKNAGA#HILANG#"],
    line=f"#KTP#{n}#{k}#ASEP SAEPULLOH#BOJONG RENGED#TELUKNAGA#HILANG#",
)
n, k = N("Panongan", 2, 6, 1974), K("Panongan", 22, 7, 2012)
add(
    c,
    "resident",
    [f"#kk#{k}#samsudin#ranca kalapa#panongan"],
    line=f"#KK#{k}#SAMSUDIN#RANCA KALAPA#PANONGAN",
)
n, k = N("Sukadiri", 27, 8, 2020, True), K("Sukadiri", 10, 9, 2019)
add(
    c,
    "resident",
    [f"#KIA#{n}#{k}#Kayla Putri#Pekayon#Sukadiri"],
    line=f"#KIA#{n}#{k}#KAYLA PUTRI#PEKAYON#SUKADIRI",
)
n, k = N("Cisauk", 17, 3, 1980), K("Cisauk", 28, 10, 2014)
add(
    c,
    "helper",
    [f"#SKPWNI#{n}#{k}#DARMAWAN#JL RAYA SERANG KM 5 KEL CIKANDE KEC CIKANDE KAB SERANG"],
    answers={"nama_warga": "Darmawan", "telepon_warga": "0811 9300 8282"},
    line=f"#SKPWNI#{n}#{k}#DARMAWAN#JL RAYA SERANG KM 5 KEL CIKANDE KEC CIKANDE KAB SERANG",
)
n, k = N("Kronjo", 8, 1, 2008, True), K("Kronjo", 15, 3, 2009)
add(
    c,
    "helper",
    [f"#KTP# {n} # {k} #Siti Nurjanah#Blukbuk#Kronjo#PEMULA#"],
    answers={"nama_warga": "Siti Nurjanah", "telepon_warga": "0812 9300 9191"},
    line=f"#KTP#{n}#{k}#SITI NURJANAH#BLUKBUK#KRONJO#PEMULA#",
)


def main() -> None:
    by_cat: dict[str, list[dict]] = defaultdict(list)
    for conv in CONVS:
        cat = conv["category"]
        num = len(by_cat[cat]) + 1
        by_cat[cat].append({"id": f"dev10-{cat.replace('_', '-')}-{num:02d}", **conv})
    for old in HERE.glob("dev10_*.yml"):
        old.unlink()
    for cat, convs in by_cat.items():
        text = yaml.safe_dump(
            {"conversations": convs}, allow_unicode=True, sort_keys=False, width=1000
        )
        (HERE / f"dev10_{cat}.yml").write_text(text, encoding="utf-8")
    print(f"wrote {len(CONVS)} conversations in {len(by_cat)} files")


if __name__ == "__main__":
    main()
