"""Generate tests/conversations/dev/extra2_*.yml: more dev conversations (issue 8), one file
per category, written without looking at the other dev files or the test split.

    .venv/bin/python -m tests.conversations.dev.make_extra2

Numbers come from devtools.synthetic (serials 9xxx, NIK region = the desa's kecamatan); places
from bot/reference/data; every expected line is rendered and then parsed by bot.intake.parser (canonical, no
warnings), so a wrong spelling here fails at generation, not in the bench.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.intake.parser import parse, render
from bot.reference.catalog import default_catalog
from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "bot" / "reference" / "data"


def _kecamatan_codes() -> dict[str, str]:
    with (DATA / "kecamatan_kab_tangerang.csv").open(encoding="utf-8") as fh:
        return {
            row["kecamatan"].upper(): row["kode"].replace(".", "") for row in csv.DictReader(fh)
        }


def _desa_table() -> set[tuple[str, str]]:
    with (DATA / "wilayah_kab_tangerang.csv").open(encoding="utf-8") as fh:
        return {(row["desa"].upper(), row["kecamatan"].upper()) for row in csv.DictReader(fh)}


def _neighbours() -> dict[str, set[str]]:
    """Kelurahan and kecamatan of Kota Tangerang / Tangsel, upper case, by office."""
    out: dict[str, set[str]] = {}
    with (DATA / "wilayah_tetangga.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names = out.setdefault(row["kabkota"], set())
            names |= {row["kecamatan"].upper(), row["kelurahan_desa"].upper()}
    return out


KEC = _kecamatan_codes()
DESA = _desa_table()
NEIGHBOURS = _neighbours()
_serial = itertools.count(9101)


@dataclass(frozen=True)
class P:
    """One synthetic person: canonical name, a real desa/kecamatan, NIK and KK."""

    nama: str
    desa: str
    kec: str
    nik: str
    kk: str


def person(
    nama: str,
    desa: str,
    kec: str,
    born: date = date(1988, 6, 14),
    female: bool = False,
    kk_date: date = date(2016, 3, 9),
) -> P:
    assert (desa.upper(), kec.upper()) in DESA, (desa, kec)
    region = KEC[kec.upper()]
    nik = make_nik(region, born, female, next(_serial))
    kk = make_kk(region, kk_date, next(_serial))
    return P(nama.upper(), desa, kec, nik, kk)


# --- numbers as people type them -------------------------------------------------------------
def grouped(n: str, sep: str = " ", sizes: tuple[int, ...] = (4, 4, 4, 4)) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(n[i : i + size])
        i += size
    return sep.join(out)


def sp(n: str) -> str:
    return grouped(n, " ")


def dash(n: str) -> str:
    return grouped(n, "-")


def endash(n: str) -> str:
    return grouped(n, "–")


def dots(n: str) -> str:
    return grouped(n, ".")


def six(n: str, sep: str = " ") -> str:
    return grouped(n, sep, (6, 6, 4))


def look(n: str, zeros: int = 1, ones: int = 0) -> str:
    """Look-alike letters: the first `zeros` zeros after the region typed as O, the first
    `ones` ones typed as l."""
    chars = list(n)
    for i in range(4, 16):
        if zeros and chars[i] == "0":
            chars[i], zeros = "O", zeros - 1
        elif ones and chars[i] == "1":
            chars[i], ones = "l", ones - 1
    return "".join(chars)


# --- expected lines --------------------------------------------------------------------------
CATALOG = default_catalog()


def line(code: str, **fields: str) -> str:
    rendered = render(CATALOG[code], fields)
    verdict = parse(rendered)
    assert verdict.ok, (rendered, [e.code for e in verdict.errors])
    assert not verdict.warnings, (rendered, [w.code for w in verdict.warnings])
    assert verdict.canonical is not None
    return verdict.canonical


def ktp(p: P, alasan: str) -> str:
    return line(
        "KTP", nik=p.nik, no_kk=p.kk, nama=p.nama, desa=p.desa, kecamatan=p.kec, alasan=alasan
    )


def kk(p: P) -> str:
    return line("KK", no_kk=p.kk, nama_kepala_keluarga=p.nama, desa=p.desa, kecamatan=p.kec)


def kia(child: P) -> str:
    return line(
        "KIA", nik=child.nik, no_kk=child.kk, nama=child.nama, desa=child.desa, kecamatan=child.kec
    )


def skpwni(p: P, alamat: str) -> str:
    return line("SKPWNI", nik=p.nik, no_kk=p.kk, nama=p.nama, alamat_pindah=alamat)


def skdwn(nomor: str, keperluan: str) -> str:
    return line("SKDWN", no_skpwni=nomor, keperluan=keperluan)


def child_of(parent: P, nama: str, born: date, female: bool = False) -> P:
    """A child on the parent's KK (same number), with its own NIK."""
    region = KEC[parent.kec.upper()]
    nik = make_nik(region, born, female, next(_serial))
    return P(nama.upper(), parent.desa, parent.kec, nik, parent.kk)


# --- conversations ---------------------------------------------------------------------------
def L(text: str) -> dict[str, Any]:  # noqa: N802 - short builders read like the YAML
    return {"line": text}


def F(*groups: list[str]) -> dict[str, Any]:  # noqa: N802
    return {"facts": [list(g) for g in groups]}


def C(control: str, **extra: str) -> dict[str, Any]:  # noqa: N802
    return {"control": control, **extra}


def REF(office: str) -> dict[str, Any]:  # noqa: N802
    assert office in NEIGHBOURS, office
    return {"control": "referral", "referral_to": office}


def conv(
    persona: str,
    turns: list[str],
    expect: dict[str, Any],
    answers: dict[str, str] | None = None,
    confirm: str = "ya",
    missing: int = 0,
) -> dict[str, Any]:
    out: dict[str, Any] = {"persona": persona, "turns": turns}
    if answers:
        out["answers"] = answers
    if confirm != "ya":
        out["confirm"] = confirm
    out["missing"] = missing
    out["expect"] = expect
    return out


Builder = Callable[[], list[dict[str, Any]]]
CATEGORIES: dict[str, list[Builder]] = {}


def category(name: str) -> Callable[[Builder], Builder]:
    """Register a builder of one category's conversations (several builders may share one)."""

    def register(fn: Builder) -> Builder:
        CATEGORIES.setdefault(name, []).append(fn)
        return fn

    return register


# --- the categories --------------------------------------------------------------------------
# Each builder returns its conversations in order; ids are given at the end.
D = date  # short dates in the tables below


@category("formal_one_message")
def formal() -> list[dict[str, Any]]:
    a = person("Siti Maemunah", "Cangkudu", "Balaraja", D(1979, 11, 2), True)
    b = person("Ujang Suherman", "Pasir Nangka", "Tigaraksa", D(1975, 4, 21))
    c_parent = person("Dewi Anggraeni", "Sukadamai", "Cikupa", D(1990, 1, 9), True)
    c = child_of(c_parent, "Muhammad Rizky Ramadhan", D(2019, 5, 30))
    d = person("Nurul Aulia", "Kronjo", "Kronjo", D(2009, 2, 11), True)
    e = person("Dedi Kurniawan", "Sukamantri", "Pasar Kemis", D(1986, 8, 17))
    f = person("Agus Salim", "Tegal Kunir Lor", "Mauk", D(1983, 12, 5))
    g = person("Jajang Nurjaman", "Kosambi Timur", "Kosambi", D(1970, 7, 7))
    h = person("Rina Marlina", "Gelam Jaya", "Pasar Kemis", D(1992, 3, 28), True)
    i_parent = person("Hendra Gunawan", "Kadu Jaya", "Curug", D(1987, 10, 10))
    i = child_of(i_parent, "Aisyah Putri Nabila", D(2016, 9, 14), True)
    j = person("Fajar Nugroho", "Sindangsono", "Sindang Jaya", D(1996, 6, 6))
    e_to = "JL. CENDANA NO. 8 RT 004 RW 002 KEL. JATIMULYA KEC. TAMBUN SELATAN KAB. BEKASI"
    return [
        conv(
            "resident",
            [
                "Dengan hormat, Bapak/Ibu petugas Disdukcapil Kabupaten Tangerang. Saya yang "
                f"bertanda tangan di bawah ini, Nama: Siti Maemunah, NIK: {a.nik}, No. KK: {a.kk}, "
                "beralamat di Desa Cangkudu Kecamatan Balaraja, dengan ini mengajukan permohonan "
                "penggantian KTP elektronik karena rusak (chipnya sudah tidak terbaca). Demikian "
                "permohonan ini saya sampaikan, atas perhatiannya saya ucapkan terima kasih."
            ],
            L(ktp(a, "RUSAK")),
            confirm="Iya, sudah benar. Terima kasih",
        ),
        conv(
            "resident",
            [
                "Assalamualaikum wr. wb. Dengan hormat, saya bermaksud mengajukan perubahan Kartu "
                "Keluarga karena ada penambahan anggota keluarga (kelahiran anak ketiga kami). "
                f"Adapun datanya sebagai berikut: Nomor KK {b.kk}, Kepala Keluarga Ujang Suherman, "
                "Desa Pasir Nangka, Kecamatan Tigaraksa. Mohon arahan selanjutnya. Wassalamualaikum."
            ],
            L(kk(b)),
        ),
        conv(
            "resident",
            [
                "Selamat pagi. Mohon izin, saya ingin mengajukan pembuatan Kartu Identitas Anak "
                "untuk anak saya dengan data sebagai berikut: nama anak Muhammad Rizky Ramadhan, "
                f"NIK anak {c.nik}, nomor KK {c.kk}, beralamat di Desa Sukadamai Kecamatan Cikupa. "
                "Terima kasih atas bantuannya."
            ],
            L(kia(c)),
            confirm="Benar",
        ),
        conv(
            "first_timer",
            [
                "Yth. Admin Dukcapil Kab. Tangerang. Perkenalkan, saya Nurul Aulia, usia 17 tahun, "
                "berdomisili di Desa Kronjo Kecamatan Kronjo. Saya bermaksud melakukan perekaman "
                f"KTP-el untuk pertama kali. NIK saya {d.nik} dan No. KK {d.kk}. Atas perhatian "
                "Bapak/Ibu saya ucapkan terima kasih."
            ],
            L(ktp(d, "PEMULA")),
            confirm="iya kak benar",
        ),
        conv(
            "resident",
            [
                "Dengan hormat, bersama ini saya mengajukan permohonan Surat Keterangan Pindah WNI. "
                f"Nama: Dedi Kurniawan; NIK: {e.nik}; No. KK: {e.kk}; alamat tujuan: Jl. Cendana "
                "No. 8 RT 004 RW 002 Kel. Jatimulya Kec. Tambun Selatan Kab. Bekasi. Demikian, "
                "terima kasih."
            ],
            L(skpwni(e, e_to)),
        ),
        conv(
            "first_timer",
            [
                "Permisi, dengan hormat saya mau melaporkan bahwa KTP elektronik saya hilang pada "
                "saat perjalanan pulang kerja minggu lalu, dan sudah saya buatkan surat kehilangan "
                "dari Polsek. Mohon dibantu penerbitan KTP penggantinya. Nama saya Agus Salim, "
                f"NIK {f.nik}, nomor KK {f.kk}, Desa Tegal Kunir Lor, Kecamatan Mauk."
            ],
            L(ktp(f, "HILANG")),
            confirm="ya betul pak",
        ),
        conv(
            "helper",
            [
                "Selamat siang, kami dari Kantor Desa Kosambi Timur, Kecamatan Kosambi. Mohon izin "
                "mengajukan permohonan Kartu Keluarga warga kami atas nama kepala keluarga Bapak "
                f"Jajang Nurjaman, No. KK {g.kk}, Desa Kosambi Timur Kecamatan Kosambi. Nomor HP "
                "warga yang bersangkutan 0812 9876 5501. Terima kasih."
            ],
            L(kk(g)),
        ),
        conv(
            "resident",
            [
                "Kepada Yth. Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tangerang di "
                "Tempat.\nPerihal: Permohonan Penggantian KTP-el\n\nNama Lengkap : Rina Marlina\n"
                f"NIK : {h.nik}\nNo. KK : {h.kk}\nDesa/Kel : Gelam Jaya\nKecamatan : Pasar Kemis\n"
                "Keterangan : KTP patah karena terlipat di dompet\n\nHormat saya, Rina Marlina"
            ],
            L(ktp(h, "RUSAK")),
        ),
        conv(
            "resident",
            [
                "Assalamu'alaikum.\nMohon maaf mengganggu waktunya. Saya hendak mengajukan KIA untuk "
                f"putri saya:\n1. Nama anak : Aisyah Putri Nabila\n2. NIK : {i.nik}\n3. No KK : "
                f"{i.kk}\n4. Alamat : Desa Kadu Jaya, Kec. Curug\nTerima kasih banyak."
            ],
            L(kia(i)),
            confirm="sudah sesuai, terima kasih",
        ),
        conv(
            "resident",
            [
                "Dengan hormat, saya bermaksud membuat Kartu Keluarga baru (pisah KK dari orang tua) "
                f"karena sudah menikah. Nomor KK saat ini {j.kk}, nama kepala keluarga Fajar "
                "Nugroho, alamat Desa Sindangsono Kecamatan Sindang Jaya. Mohon bantuannya."
            ],
            L(kk(j)),
        ),
        conv(
            "resident",
            [
                "Dengan hormat, saya melaporkan kedatangan pindah dari Kota Bekasi ke Kabupaten "
                "Tangerang. Nomor SKPWNI: SKPWNI/3275/14092026/9031. Keperluan: pindah datang "
                "sekeluarga. Mohon diproses, terima kasih."
            ],
            L(skdwn("SKPWNI/3275/14092026/9031", "PINDAH DATANG SEKELUARGA")),
        ),
    ]


@category("dashed_numbers")
def dashed() -> list[dict[str, Any]]:
    a = person("Wahyudi", "Rajeg Mulya", "Rajeg", D(1985, 2, 12))
    b = person("Saepudin", "Wanakerta", "Sindang Jaya", D(1969, 9, 1), kk_date=D(2015, 1, 16))
    c_parent = person("Ani Rohaeni", "Bencongan", "Kelapa Dua", D(1991, 7, 3), True)
    c = child_of(c_parent, "Bunga Lestari", D(2017, 4, 8), True)
    d = person("Rizki Firmansyah", "Talok", "Kresek", D(2009, 1, 20))
    e = person("Lina Herlina", "Cibadak", "Cikupa", D(1993, 10, 30), True)
    f = person("Tarmizi", "Sukawali", "Pakuhaji", D(1978, 11, 11), kk_date=D(2011, 10, 1))
    g = person("Sri Wahyuni", "Medang", "Pagedangan", D(1989, 5, 5), True)
    h = person("Ahmad Fauzan", "Kedung Dalem", "Mauk", D(1980, 6, 14))
    i_parent = person("Yayan Sopyan", "Ranca Iyuh", "Panongan", D(1984, 3, 3))
    i = child_of(i_parent, "Naufal Hakim", D(2014, 12, 1))
    j = person("Mulyadi", "Pete", "Tigaraksa", D(1982, 8, 19))
    e_to = "JL. RAYA BOGOR KM 30 RT 02 RW 05 KEL. MEKARSARI KEC. CIMANGGIS KOTA DEPOK"
    return [
        conv(
            "resident",
            [
                f"ktp ilang nik {dash(a.nik)} kk {dash(a.kk)} nama wahyudi desa rajeg mulya kec rajeg"
            ],
            L(ktp(a, "HILANG")),
        ),
        conv(
            "resident",
            [
                f"mau urus kk no kk {dots(b.kk)} kepala keluarga saepudin ds wanakerta kec sindang jaya"
            ],
            L(kk(b)),
        ),
        conv(
            "resident",
            [
                f"bikin kia anak sy, NIK anak {endash(c.nik)} KK {endash(c.kk)} nama Bunga Lestari, "
                "desa bencongan kelapa dua"
            ],
            L(kia(c)),
        ),
        conv(
            "first_timer",
            [
                "mau rekam ktp pertama kali kak",
                f"nik sy {sp(look(d.nik, 2))}",
                f"kk {sp(d.kk)}",
                "rizki firmansyah, desa talok kecamatan kresek",
            ],
            L(ktp(d, "PEMULA")),
        ),
        conv(
            "resident",
            [
                f"surat pindah, NIK {six(e.nik)} / KK {dash(e.kk)} / Lina Herlina / pindah ke Jl. "
                "Raya Bogor KM 30 RT 02 RW 05 Kel. Mekarsari Kec. Cimanggis Kota Depok"
            ],
            L(skpwni(e, e_to)),
        ),
        conv(
            "resident",
            [
                "ktp saya rusak pak, udah retak",
                f"NIK 36O3{look(f.nik, 0, 2)[4:]}",
                f"no kk {f.kk[:8]} {f.kk[8:]}",
                "nama tarmizi, desa sukawali pakuhaji",
            ],
            L(ktp(f, "RUSAK")),
        ),
        conv(
            "resident",
            [
                f"KK hilang. No KK: {grouped(g.kk, '/')} a.n Sri Wahyuni, Desa Medang, Kec. Pagedangan"
            ],
            L(kk(g)),
        ),
        conv(
            "resident",
            [
                f"ktp hilang dicuri, nik {grouped(h.nik, ' ', (2, 2, 2, 6, 4))} kk "
                f"{grouped(h.kk, ' ', (2, 2, 2, 6, 4))} ahmad fauzan kedung dalem mauk"
            ],
            L(ktp(h, "HILANG")),
        ),
        conv(
            "resident",
            [
                f"Kia utk anak: Naufal Hakim\nnik: {grouped(i.nik, '.', (4, 2, 6, 4))}\n"
                f"kk: {grouped(i.kk, '.', (4, 2, 6, 4))}\nds ranca iyuh kec panongan"
            ],
            L(kia(i)),
        ),
        conv(
            "helper",
            [
                "sy operator desa pete mau bantu warga ktp rusak",
                f"NIK {dash(j.nik)}, KK {dash(j.kk)}, MULYADI, PETE, TIGARAKSA",
            ],
            L(ktp(j, "RUSAK")),
            answers={"telepon_warga": "0812-3456-9012"},
            missing=1,
        ),
    ]


@category("name_introduced")
def introduced() -> list[dict[str, Any]]:
    a = person("Slamet Riyadi", "Sentul", "Balaraja", D(1977, 1, 25))
    b = person("Haerudin", "Kohod", "Pakuhaji", D(1966, 5, 17), kk_date=D(2012, 7, 2))
    c_parent = person("Komariah", "Cikasungka", "Solear", D(1988, 2, 2), True)
    c = child_of(c_parent, "Dari Ramadhani", D(2018, 6, 15), True)
    d = person("Indah Permatasari", "Bojong Nangka", "Kelapa Dua", D(1995, 12, 24), True)
    e = person("Putra Jaya Wijaya", "Kadu Sirung", "Pagedangan", D(1999, 3, 13))
    f = person("Rudi Hartono", "Pabuaran", "Jayanti", D(1981, 9, 9))
    g = person("Sumiati", "Kampung Kelor", "Sepatan Timur", D(1962, 4, 4), True)
    h = person("Bunga Citra", "Daon", "Rajeg", D(2009, 5, 1), True)
    i = person("Yusuf Maulana", "Legok", "Legok", D(1990, 8, 8))
    j = person("Lilis Suryani", "Cibetok", "Gunung Kaler", D(1973, 10, 12), True)
    i_to = "PERUM GRIYA ASRI BLOK C2 NO 14 RT 03 RW 09 DESA SUKAMUKTI KEC. KATAPANG KAB. BANDUNG"
    return [
        conv(
            "resident",
            [f"lapor ktp hilang an. Slamet Riyadi, nik {a.nik} kk {a.kk}, desa sentul balaraja"],
            L(ktp(a, "HILANG")),
        ),
        conv(
            "resident",
            [
                f"permisi mau perbarui KK atas nama bapak haerudin, no kk {b.kk}, kampung kohod "
                "kec pakuhaji"
            ],
            L(kk(b)),
            answers={"desa": "desa kohod"},
        ),
        conv(
            "resident",
            [
                f"kia a/n anak saya Dari Ramadhani nik {sp(c.nik)} kk {sp(c.kk)} ds cikasungka "
                "kec solear"
            ],
            L(kia(c)),
        ),
        conv(
            "resident",
            [
                "ktp saya luntur tulisannya ga kebaca",
                f"atas nama: Indah Permatasari\nNIK {d.nik}\nKK {d.kk}\nBojong Nangka, Kelapa Dua",
            ],
            L(ktp(d, "RUSAK")),
        ),
        conv(
            "resident",
            [
                f"ktp hilang, pemohon an Putra Jaya Wijaya, NIK {e.nik} no KK {e.kk} desa kadu "
                "sirung kec pagedangan"
            ],
            L(ktp(e, "HILANG")),
        ),
        conv(
            "helper",
            [
                "saya staf desa pabuaran kec jayanti",
                f"ktp rusak an. sdr. Rudi Hartono NIK {f.nik} KK {f.kk} desa pabuaran kec jayanti",
            ],
            L(ktp(f, "RUSAK")),
            answers={"telepon_warga": "hp nya 0838 1122 4455"},
            missing=1,
        ),
        conv(
            "resident",
            [
                f"ktp rusak atas nama ibu saya, Sumiati. nik {g.nik} kk {g.kk} desa kampung kelor "
                "kecamatan sepatan timur"
            ],
            L(ktp(g, "RUSAK")),
        ),
        conv(
            "first_timer",
            [
                "halo, mau bikin ktp baru, udh 17 thn",
                f"yg mengajukan namanya Bunga Citra, nik {h.nik}, kk {h.kk}",
                "desa daon kec rajeg",
            ],
            L(ktp(h, "PEMULA")),
        ),
        conv(
            "resident",
            [
                f"surat pindah keluar atas nama Yusuf Maulana nik {i.nik} kk {i.kk} pindah ke Perum "
                "Griya Asri Blok C2 No 14 RT 03 RW 09 Desa Sukamukti Kec. Katapang Kab. Bandung"
            ],
            L(skpwni(i, i_to)),
        ),
        conv(
            "resident",
            [
                "KK hilang waktu banjir kemarin",
                f"an. Ny. Lilis Suryani, no kk {j.kk}, desa cibetok kec gunung kaler",
            ],
            L(kk(j)),
        ),
    ]


@category("half_remembered_format")
def half() -> list[dict[str, Any]]:
    a = person("Hasanudin", "Bunder", "Cikupa", D(1976, 3, 30))
    b = person("Eneng Kurniasih", "Karet", "Sepatan", D(1994, 7, 19), True)
    c_parent = person("Ade Supriatna", "Cisereh", "Tigaraksa", D(1985, 1, 1))
    c = child_of(c_parent, "Alif Ramadhan", D(2020, 5, 24))
    d = person("Sarifudin", "Pangkalan", "Teluknaga", D(1971, 12, 12), kk_date=D(2013, 2, 5))
    e = person("Maya Sopiah", "Mekar Bakti", "Panongan", D(1997, 2, 14), True)
    f = person("Iwan Setiawan", "Jambu Karya", "Rajeg", D(1983, 4, 16))
    g = person("Dimas Prasetyo", "Pasir Bolang", "Tigaraksa", D(2009, 4, 2))
    h_parent = person("Neneng Hasanah", "Sukanagara", "Cikupa", D(1990, 9, 9), True)
    h = child_of(h_parent, "Zahra Aulia", D(2013, 11, 3), True)
    i = person("Ucup Supriyadi", "Cileles", "Tigaraksa", D(1980, 5, 27))
    g_to = "JL. MELATI 3 NO 7 RT 01 RW 04 KEL. MARGAHAYU KEC. BEKASI TIMUR KOTA BEKASI"
    f_to = "KP. CIBEUREUM RT 02 RW 01 DESA CIBEUREUM KEC. CISARUA KAB. BOGOR"
    return [
        conv(
            "resident",
            [f"#KTP {a.nik} {a.kk} hasanudin bunder cikupa rusak"],
            L(ktp(a, "RUSAK")),
        ),
        conv(
            "resident",
            [f"#KTP/{b.nik}/{b.kk}/Eneng Kurniasih/Karet/Sepatan/hilang"],
            L(ktp(b, "HILANG")),
        ),
        conv(
            "resident",
            [f"KIA#{c.nik}#{c.kk}#Alif Ramadhan#Cisereh#Tigaraksa#"],
            L(kia(c)),
        ),
        conv(
            "resident",
            [f"#KK#Sarifudin#{d.kk}#pangkalan#teluknaga"],
            L(kk(d)),
        ),
        conv(
            "resident",
            [f"#KTP#{e.nik}#{e.kk}#MAYA SOPIAH#MEKAR BAKTI#HILANG#"],
            L(ktp(e, "HILANG")),
            answers={"kecamatan": "panongan"},
        ),
        conv(
            "resident",
            [
                f"#SKPWNI {f.nik}, {f.kk}, Iwan Setiawan, Kp. Cibeureum RT 02 RW 01 Desa Cibeureum "
                "Kec. Cisarua Kab. Bogor"
            ],
            L(skpwni(f, f_to)),
        ),
        conv(
            "first_timer",
            [
                "format nya gini kan? #ktp#"
                f"{g.nik}#{g.kk}#dimas prasetyo#pasir bolang#tigaraksa#baru"
            ],
            L(ktp(g, "PEMULA")),
        ),
        conv(
            "resident",
            [f"#KIA {sp(h.nik)} {sp(h.kk)} zahra aulia sukanagara"],
            L(kia(h)),
        ),
        conv(
            "resident",
            ["#pindah datang# SKPWNI/3201/03112026/9007 # ikut istri"],
            L(skdwn("SKPWNI/3201/03112026/9007", "IKUT ISTRI")),
        ),
        conv(
            "resident",
            [f"#KTP#{i.nik}#Ucup Supriyadi#Cileles#Tigaraksa#rusak"],
            L(ktp(i, "RUSAK")),
            answers={"no_kk": f"kk nya {i.kk}"},
            missing=1,
        ),
        conv(
            "resident",
            [
                f"#SKPWNI#{g.nik}#{g.kk}#Dimas Prasetyo#",
                "Jl. Melati 3 No 7 RT 01 RW 04 Kel. Margahayu Kec. Bekasi Timur Kota Bekasi",
            ],
            L(skpwni(g, g_to)),
        ),
    ]


@category("restate_known_value")
def restate() -> list[dict[str, Any]]:
    a = person("Ahmad Sobari", "Bunder", "Cikupa", D(1974, 8, 8))
    b = person("Nining Suningsih", "Gembong", "Balaraja", D(1990, 2, 20), True)
    c = person("Rohmat Hidayat", "Cukanggalih", "Curug", D(1986, 12, 30))
    d = person("Abdul Rohman", "Buaran Jati", "Sukadiri", D(1979, 7, 1))
    e_parent = person("Tini Suhartini", "Sukamulya", "Sukamulya", D(1989, 5, 17), True)
    e = child_of(e_parent, "Rafa Alfarizi", D(2015, 3, 22))
    f = person("Samsudin", "Tanjung Burung", "Teluknaga", D(1968, 3, 3), kk_date=D(2010, 6, 6))
    g = person("Euis Rahmawati", "Mekar Wangi", "Cisauk", D(1996, 4, 27), True)
    h = person("Dadang Suhendar", "Onyam", "Gunung Kaler", D(1984, 1, 18))
    wrong = make_nik(KEC["GUNUNG KALER"], D(1984, 1, 13), False, 9099)
    i = person("Kurniawan", "Klutuk", "Mekar Baru", D(1991, 10, 4))
    j = person("Marlina Sari", "Pasir Jaya", "Cikupa", D(1993, 6, 9), True)
    return [
        conv(
            "resident",
            [
                "mau bikin kk",
                f"no kk {a.kk}",
                "kepala keluarga ahmad sobari",
                "desa bunder",
                "kecamatannya cikupa",
            ],
            L(kk(a)),
        ),
        conv(
            "resident",
            [
                f"ktp hilang, nik {b.nik} kk {b.kk} nining suningsih desa gembong kec balaraja",
                f"ktp hilang, nik {b.nik} kk {b.kk} nining suningsih desa gembong kec balaraja",
            ],
            L(ktp(b, "HILANG")),
        ),
        conv(
            "resident",
            [f"ktp rusak {c.nik} {c.kk} rohmat hidayat cukanggalih"],
            L(ktp(c, "RUSAK")),
            confirm="iya betul desanya Cukanggalih kec curug",
        ),
        conv(
            "resident",
            ["kak mau urus ktp yg patah", f"nik {d.nik}", "nama abdul rohman"],
            L(ktp(d, "RUSAK")),
            answers={
                "no_kk": f"ini kk nya {d.kk}",
                "nama": "Abdul Rohman",
                "desa": "desa buaran jati, kec sukadiri",
                "kecamatan": "sukadiri",
            },
            missing=2,
        ),
        conv(
            "resident",
            [
                "kecamatan sukamulya",
                f"mau bikin kia buat rafa alfarizi, nik {e.nik}, kk {e.kk}",
                "desanya sukamulya juga",
            ],
            L(kia(e)),
            confirm="iya bener, desa sukamulya kec sukamulya",
        ),
        conv(
            "resident",
            [
                f"kk hilang no {f.kk}",
                "nama kk samsudin",
                "tanjung burung",
                "teluknaga",
                "iya tanjung burung teluknaga",
            ],
            L(kk(f)),
        ),
        conv(
            "resident",
            [
                f"rekam ulang ktp rusak nik {g.nik} kk {g.kk} euis rahmawati mekar wangi cisauk",
                "itu nik saya ya kak, sudah saya kirim tadi " + dash(g.nik),
            ],
            L(ktp(g, "RUSAK")),
        ),
        conv(
            "resident",
            [
                f"ktp ilang nik {wrong} kk {h.kk} dadang suhendar desa onyam gunung kaler",
                f"eh salah nik nya, yg bener {h.nik}",
            ],
            L(ktp(h, "HILANG")),
        ),
        conv(
            "resident",
            [
                "ktp ilang",
                f"{sp(i.nik)}",
                f"kk {sp(i.kk)}",
                "kurniawan",
                "desa klutuk",
                "klutuk kec mekar baru",
            ],
            L(ktp(i, "HILANG")),
        ),
        conv(
            "resident",
            [f"#KTP#{j.nik}#{j.kk}#marlina sari#pasir jaya#rusak#"],
            L(ktp(j, "RUSAK")),
            answers={"kecamatan": "cikupa"},
            confirm="ya, kecamatan cikupa",
            missing=1,
        ),
    ]


@category("name_with_relation")
def relation() -> list[dict[str, Any]]:
    a = person("Nengsih", "Sasak", "Mauk", D(1972, 9, 21), True, kk_date=D(2009, 9, 9))
    b = person("Rizal Fahmi", "Kemiri", "Kemiri", D(1998, 1, 5))
    c_parent = person("Asep Saepulloh", "Sukaharja", "Sindang Jaya", D(1992, 11, 20))
    c = child_of(c_parent, "Keisha Humaira", D(2021, 7, 17), True)
    d = person("Wati Susilawati", "Ranca Labuh", "Kemiri", D(1987, 3, 8), True)
    e = person("Darsono", "Kuta Baru", "Pasar Kemis", D(1958, 2, 2), kk_date=D(2008, 4, 1))
    f = person("Jaya Saputra", "Salembaran Jaya", "Kosambi", D(1990, 10, 31))
    g_parent = person("Sukma Wijaya", "Lebak Wangi", "Sepatan Timur", D(1991, 4, 4))
    g = child_of(g_parent, "Putra Ramadhan", D(2016, 6, 9))
    h = person("Yusuf Hidayat", "Cirumpak", "Kronjo", D(1988, 12, 2))
    i = person("Indah Lestari", "Kandawati", "Gunung Kaler", D(2009, 6, 19), True)
    j = person("Mukhlis", "Rancagong", "Legok", D(1965, 12, 25), kk_date=D(2014, 8, 20))
    k_parent = person("Warsih", "Cikuya", "Solear", D(1986, 1, 30), True)
    k = child_of(k_parent, "Bagas Aditya", D(2012, 2, 29))
    h_to = "JL. PEMUDA NO 12 RT 01 RW 03 KEL. RAWAMANGUN KEC. PULO GADUNG JAKARTA TIMUR"
    return [
        conv(
            "resident",
            [
                "assalamualaikum, mau ganti kepala keluarga soalnya suami saya sudah almarhum",
                f"skrg kepala keluarganya saya sendiri, Nengsih. no kk {a.kk}, desa sasak kec mauk",
            ],
            L(kk(a)),
        ),
        conv(
            "resident",
            [
                f"ktp adik ipar saya, Rizal Fahmi, hilang. nik {b.nik} kk {b.kk} desa kemiri kec "
                "kemiri"
            ],
            L(ktp(b, "HILANG")),
        ),
        conv(
            "resident",
            [
                f"mau bikin kia anak pertama saya, Keisha Humaira, nik {c.nik} kk {c.kk} desa "
                "sukaharja sindang jaya"
            ],
            L(kia(c)),
        ),
        conv(
            "resident",
            [
                "ktp punya istri saya rusak, kebelah dua",
                f"namanya Wati Susilawati, nik {d.nik} kk {d.kk}",
                "ranca labuh, kemiri",
            ],
            L(ktp(d, "RUSAK")),
        ),
        conv(
            "resident",
            [
                f"kk bapak mertua saya mau diperbarui, kepala keluarga pak Darsono no kk {e.kk} kuta "
                "baru pasar kemis"
            ],
            L(kk(e)),
        ),
        conv(
            "resident",
            [f"ktp suami sy ilang, namanya Jaya Saputra nik {f.nik} kk {f.kk}"],
            L(ktp(f, "HILANG")),
            answers={"desa": "salembaran jaya", "kecamatan": "kosambi"},
            missing=1,
        ),
        conv(
            "resident",
            [
                f"kia buat cucu saya, Putra Ramadhan. nik {g.nik} kk {g.kk} desa lebak wangi kec "
                "sepatan timur"
            ],
            L(kia(g)),
        ),
        conv(
            "resident",
            [
                "mau bikin surat pindah buat kakak saya yusuf hidayat",
                f"nik {h.nik}",
                f"kk {h.kk}",
            ],
            L(skpwni(h, h_to)),
            answers={
                "alamat_pindah": "Jl. Pemuda No 12 RT 01 RW 03 Kel. Rawamangun Kec. Pulo Gadung "
                "Jakarta Timur"
            },
            missing=1,
        ),
        conv(
            "resident",
            [
                "anak kedua saya Indah Lestari udah 17 tahun, mau rekam ktp",
                f"nik nya {i.nik} kk {i.kk} desa kandawati gunung kaler",
            ],
            L(ktp(i, "PEMULA")),
        ),
        conv(
            "resident",
            [
                f"kepala keluarga sekarang kakak saya, Haji Mukhlis. no kk {j.kk}. desa rancagong "
                "kecamatan legok. mau cetak ulang kk"
            ],
            L(kk(j)),
        ),
        conv(
            "first_timer",
            [
                "bu mau tanya, kia anak bungsu saya si bagas aditya bisa dibikinin?",
                f"nik anak {k.nik} kk {k.kk} desa cikuya kec solear",
            ],
            L(kia(k)),
        ),
    ]


@category("surat_pindah")
def pindah() -> list[dict[str, Any]]:
    a = person("Teguh Santoso", "Kadu", "Curug", D(1989, 7, 7))
    b = person("Neni Yuliani", "Pasir Ampo", "Kresek", D(1994, 8, 25), True)
    c = person("Sapri", "Lemo", "Teluknaga", D(1976, 6, 6))
    d = person("Fitri Handayani", "Suradita", "Cisauk", D(1992, 12, 18), True)
    e = person("Karta Wijaya", "Renged", "Kresek", D(1980, 1, 15))
    a_to = "JL. NUSANTARA RAYA NO 21 RT 03 RW 07 KEL. BEJI KEC. BEJI KOTA DEPOK"
    b_to = "KP. SUKAMAJU RT 04 RW 02 DESA CILEUNGSI KIDUL KEC. CILEUNGSI KAB. BOGOR"
    c_to = "DESA KLUWUT RT 01 RW 02 KEC. BULAKAMBA KAB. BREBES JAWA TENGAH"
    d_to = "JL. KH. AGUS SALIM NO 45 RT 05 RW 01 KEL. SEKARWANGI KEC. CIBADAK KAB. SUKABUMI"
    e_to = (
        "PERUMAHAN TAMAN SARI BLOK F NO 3 RT 06 RW 11 KELURAHAN SUMUR BATU KECAMATAN BANTAR GEBANG "
        "KOTA BEKASI"
    )
    return [
        conv(
            "resident",
            ["mau pindah ke depok, bikin surat pindahnya"],
            L(skpwni(a, a_to)),
            answers={
                "nik": f"iya siap, {a.nik}",
                "no_kk": a.kk,
                "nama": "Teguh Santoso",
                "alamat_pindah": "Jl. Nusantara Raya No 21 RT 03 RW 07 Kel. Beji Kec. Beji Kota Depok",
            },
            missing=4,
        ),
        conv(
            "resident",
            [
                f"bikin skpwni, nik {b.nik} kk {b.kk} a.n neni yuliani, mau pindah ikut suami ke "
                "bogor",
                "alamat lengkapnya Kp. Sukamaju RT 04 RW 02 Desa Cileungsi Kidul Kec. Cileungsi "
                "Kab. Bogor",
            ],
            L(skpwni(b, b_to)),
        ),
        conv(
            "resident",
            [
                "pak saya mau balik kampung ke brebes sekeluarga jadi perlu surat pindah keluar, "
                f"nik saya {sp(c.nik)} kk {sp(c.kk)} nama sapri"
            ],
            L(skpwni(c, c_to)),
            answers={
                "alamat_pindah": "Desa Kluwut RT 01 RW 02 Kec. Bulakamba Kab. Brebes Jawa Tengah"
            },
            missing=1,
        ),
        conv(
            "first_timer",
            [
                "kalo mau pindah domisili ke sukabumi ngurusnya gimana ya, mau sekalian daftar",
                f"NIK {d.nik}",
                f"KK {d.kk}",
                "Fitri Handayani",
            ],
            L(skpwni(d, d_to)),
            answers={
                "alamat_pindah": "Jl. KH. Agus Salim No 45 RT 05 RW 01 Kel. Sekarwangi Kec. Cibadak "
                "Kab. Sukabumi"
            },
            missing=1,
        ),
        conv(
            "resident",
            [
                "assalamualaikum pak saya mau bikin surat pindah soalnya udah beli rumah di bekasi "
                f"nik saya {e.nik} kk nya {e.kk} nama karta wijaya alamat barunya perumahan taman "
                "sari blok f no 3 rt 06 rw 11 kelurahan sumur batu kecamatan bantar gebang kota "
                "bekasi makasih pak"
            ],
            L(skpwni(e, e_to)),
        ),
        conv(
            "resident",
            ["mau lapor pindah datang", "no skpwni nya skpwni/3201/12102026/9044"],
            L(skdwn("SKPWNI/3201/12102026/9044", "PINDAH DATANG SEKELUARGA")),
            answers={"keperluan": "pindah datang sekeluarga"},
            missing=1,
        ),
        conv(
            "resident",
            [
                "Surat pindah datang. No. SKPWNI : SKPWNI / 3172 / 02102026 / 9014, keperluan: ikut suami"
            ],
            L(skdwn("SKPWNI/3172/02102026/9014", "IKUT SUAMI")),
        ),
        conv(
            "resident",
            [
                "saya baru pindah dari jakarta timur udah pegang surat pindah nomornya "
                "SKPWNI/3172/21092026/9052 mau lapor datang keperluannya ikut suami kerja"
            ],
            L(skdwn("SKPWNI/3172/21092026/9052", "IKUT SUAMI KERJA")),
        ),
        conv(
            "resident",
            ["pindahan dari tangsel ke cikupa, mau urus kedatangan"],
            L(skdwn("SKPWNI/3674/20102026/9021", "PINDAH RUMAH SEKELUARGA")),
            answers={
                "no_skpwni": "nomornya SKPWNI/3674/20102026/9021",
                "keperluan": "pindah rumah sekeluarga",
            },
            missing=2,
        ),
        conv(
            "resident",
            ["#SKDWN# skpwni/3671/05112026/9063 #bekerja"],
            L(skdwn("SKPWNI/3671/05112026/9063", "BEKERJA")),
        ),
        conv(
            "resident",
            [
                "pindah datang",
                "SKPWNI/3273/30102026/9078.",
                "keperluannya ikut orang tua",
            ],
            L(skdwn("SKPWNI/3273/30102026/9078", "IKUT ORANG TUA")),
        ),
    ]


@category("question_not_form")
def questions() -> list[dict[str, Any]]:
    a = person("Hamdani", "Sukamurni", "Balaraja", D(1984, 2, 8))
    lookup = make_nik(KEC["CIKUPA"], D(1990, 6, 1), True, 9188)
    lookup2 = make_nik(KEC["RAJEG"], D(1977, 3, 3), False, 9189)
    return [
        conv(
            "first_timer",
            ["ktp rusak gimana ngurusnya ya"],
            F(["bawa", "dibawa", "serahkan"], ["kk", "kartu keluarga"]),
        ),
        conv(
            "resident",
            ["mau bikin ktp yg ilang", "eh tp wajib surat dari polsek ga?"],
            F(["polisi", "kepolisian", "polsek"]),
        ),
        conv(
            "first_timer",
            ["belum 17 tapi sudah nikah boleh rekam ktp?"],
            F(["menikah", "kawin", "nikah"], ["17"]),
        ),
        conv(
            "resident",
            ["anak saya mau rekam ktp pertama, boleh diwakilin saya aja ga? dia lagi mondok"],
            F(["sendiri", "langsung", "hadir"]),
        ),
        conv(
            "resident",
            ["ada oknum di kecamatan minta uang 100rb biar cepet, itu resmi?"],
            F(["gratis", "tidak dipungut", "tanpa biaya"], ["lapor", "adukan", "pengaduan"]),
        ),
        conv(
            "resident",
            [
                "pak kk saya bisa langsung disetujui hari ini ga? penting bgt buat daftar sekolah anak"
            ],
            C("no_approval"),
        ),
        conv(
            "resident",
            [f"min tolong cek nik {lookup} ini punya siapa ya, nemu ktp di jalan deket pasar"],
            C("no_nik_lookup"),
        ),
        conv(
            "resident",
            ["mau bikin kia buat anak", "btw bayar berapa ya?"],
            F(["gratis", "tidak dipungut", "tanpa biaya"]),
        ),
        conv(
            "first_timer",
            ["kk hilang syaratnya apa aja", "oke deh mau sekalian daftar"],
            L(kk(a)),
            answers={
                "no_kk": f"{a.kk}",
                "nama_kepala_keluarga": "hamdani",
                "desa": "sukamurni",
                "kecamatan": "balaraja",
            },
            missing=3,
        ),
        conv(
            "resident",
            ["udh kirim data ktp kmrn, kapan di acc nya min?"],
            C("no_approval"),
        ),
        conv(
            "resident",
            [f"bisa cek ga nik {sp(lookup2)} udah terdaftar blm, punya bapak saya"],
            C("no_nik_lookup"),
        ),
        conv(
            "resident",
            ["jam brp buka kantornya? besok mau dateng bikin ktp"],
            F(["pengumuman", "resmi", "pastikan"]),
        ),
    ]


@category("topic_coverage")
def topics() -> list[dict[str, Any]]:
    gratis = ["gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya"]
    return [
        conv(
            "first_timer",
            ["umur brp sih wajib punya ktp?"],
            F(["17"], ["menikah", "kawin", "nikah"]),
        ),
        conv("resident", ["bikin kk bayar ga sih bu"], F(gratis)),
        conv(
            "resident",
            [
                "td di kantor desa dimintain uang rokok 50rb katanya biaya admin, emang bener ada biayanya?"
            ],
            F(gratis, ["lapor", "adukan", "pengaduan"]),
        ),
        conv(
            "resident",
            ["kalo telat lapor perubahan kk kena denda ga?"],
            F(["denda"], ["pastikan", "belum dapat", "belum bisa", "tanyakan", "konfirmasi"]),
        ),
        conv(
            "first_timer",
            ["perlu surat pengantar rt rw ga buat bikin ktp?"],
            F(["tidak perlu", "tidak diperlukan", "tidak usah", "tanpa"], ["rt"]),
        ),
        conv(
            "resident",
            ["bikin ktp harus bawa fotokopi kk berapa lembar?"],
            F(["fotokopi", "fotocopy"], ["tidak perlu", "tidak diperlukan", "tidak usah", "tanpa"]),
        ),
        conv(
            "resident",
            ["ktp ilang tp ga ada surat polisi, bisa ga tetep dibikinin?"],
            F(["kepolisian", "polisi"]),
        ),
        conv(
            "resident",
            ["ktp saya ilang, nanti harus foto sama rekam sidik jari ulang ga?"],
            F(["tidak perlu", "tidak usah", "tidak harus"], ["rekam"]),
        ),
        conv(
            "resident",
            ["mau ganti status di ktp dari belum kawin jadi kawin, syaratnya apa?"],
            F(
                ["ktp lama", "ktp-el lama", "ktp el lama"],
                ["buku nikah", "akta perkawinan", "bukti"],
            ),
        ),
        conv(
            "first_timer",
            ["saya kerja di cikupa tapi ktp asli lampung, bisa cetak ktp disini?"],
            F(["domisili"]),
        ),
        conv(
            "resident",
            ["cara aktivasi ktp digital gimana min"],
            F(
                ["ikd", "identitas kependudukan digital"],
                ["hp", "smartphone", "ponsel"],
                ["email", "e-mail"],
            ),
        ),
        conv(
            "resident",
            ["baru nikah mau bikin kk baru pisah dari ortu, syaratnya apa aja"],
            F(["buku nikah", "akta perkawinan", "kutipan akta"]),
        ),
        conv(
            "resident",
            ["nikahnya blm tercatat di kua, bisa masuk satu kk ga?"],
            F(["sptjm", "tanggung jawab mutlak"]),
        ),
        conv(
            "resident",
            ["mau nambahin anak yg baru lahir ke kk, bawa apa aja"],
            F(["kk lama", "kartu keluarga lama", "kk asli"], ["kelahiran"]),
        ),
        conv(
            "resident",
            ["kk yg sekarang kan kertas hvs biasa, itu sah ga? terus boleh dilaminating?"],
            F(["hvs", "kertas"], ["laminating", "dilaminasi", "laminasi"]),
        ),
        conv(
            "resident",
            ["kia anak umur 3 thn pake foto ga?"],
            F(["5 tahun", "lima tahun"]),
        ),
        conv(
            "resident",
            ["syarat kia anak 8 tahun apa aja"],
            F(["akta kelahiran"], ["foto"], ["2x3", "2 x 3", "2×3"]),
        ),
        conv(
            "resident",
            ["cetak kia sama ktp skrg bisa di kecamatan ga? jauh ke tigaraksa"],
            F(["kecamatan"], ["29"]),
        ),
        conv(
            "first_timer",
            ["surat pindah keluar perlu pengantar dari rt sama kelurahan ga"],
            F(["tidak perlu", "tidak diperlukan", "tidak usah", "tanpa"], ["kk", "kartu keluarga"]),
        ),
        conv(
            "resident",
            ["kalo pindah ke luar kota ktp lama ditarik disini ga?"],
            F(["tujuan"]),
        ),
        conv(
            "resident",
            ["pindah rumah dari cikupa ke balaraja perlu surat pindah ga?"],
            F(["tidak perlu", "tidak memerlukan", "tidak usah", "tanpa"], ["kk", "kartu keluarga"]),
        ),
        conv(
            "resident",
            ["syarat pindah datang ke kab tangerang apa aja, saya ngontrak"],
            F(
                ["skpwni", "surat keterangan pindah"],
                ["pemilik rumah", "tidak keberatan", "pernyataan"],
            ),
        ),
        conv(
            "resident",
            ["kantor dukcapil buka jam brp? sabtu buka ga"],
            F(["pengumuman", "resmi", "pastikan"]),
        ),
        conv(
            "first_timer",
            ["kantor disdukcapil kab tangerang dimana ya alamatnya"],
            F(["tigaraksa"]),
        ),
        conv(
            "resident",
            ["brp lama sih jadinya ktp kalo berkas udah lengkap?"],
            F(["24"]),
        ),
        conv(
            "resident",
            ["bayi baru lahir langsung dapet kia ga?"],
            F(["akta kelahiran"]),
        ),
        conv(
            "resident",
            ["kk saya hilang pas pindahan, ngurusnya gimana"],
            F(["polisi", "kepolisian"], ["ktp"]),
        ),
    ]


@category("referral_by_place")
def referral() -> list[dict[str, Any]]:
    kota, tangsel = "Kota Tangerang", "Kota Tangerang Selatan"
    outside = make_nik("367107", D(1993, 5, 5), False, 9177)
    outside_kk = make_kk("367107", D(2017, 1, 11), 9178)
    tsel = make_nik("367402", D(1988, 8, 12), True, 9179)
    for place in ("CIPONDOH", "PORIS PLAWAD UTARA", "PAMULANG", "SERPONG UTARA", "CILEDUG"):
        assert any(place in names for names in NEIGHBOURS.values()), place
    return [
        conv("resident", ["mau bikin ktp, saya tinggal di Cipondoh"], REF(kota)),
        conv(
            "resident",
            ["kk saya alamatnya kel. poris plawad utara, mau tambah anggota keluarga"],
            REF(kota),
        ),
        conv("resident", ["sy warga pamulang, ktp ilang gmn ya"], REF(tangsel)),
        conv(
            "first_timer",
            ["permisi rumah saya di serpong utara, mau urus kia anak bisa disini?"],
            REF(tangsel),
        ),
        conv("resident", ["domisili ciledug mau bikin surat pindah keluar"], REF(kota)),
        conv(
            "resident",
            [
                "Selamat siang. Alamat saya Jl. Cempaka II No. 4, Kel. Pondok Kacang Timur, Kec. "
                "Pondok Aren. Mau perpanjang kk yang rusak."
            ],
            REF(tangsel),
        ),
        conv("resident", ["warga kota tangerang bisa daftar ktp lewat sini ga?"], REF(kota)),
        conv(
            "resident",
            ["halo min mau rekam ktp", "saya di rempoa, ciputat timur"],
            REF(tangsel),
        ),
        conv("first_timer", ["mau bikin kk baru, desa cimone jaya"], REF(kota)),
        conv(
            "resident",
            [f"#KTP#{outside}#{outside_kk}#Hendri Gunawan#Karawaci Baru#Karawaci#RUSAK#"],
            REF(kota),
        ),
        conv(
            "resident",
            [f"ktp hilang nik {tsel}, rumah di perumahan lengkong karya serpong utara"],
            REF(tangsel),
        ),
        conv("resident", ["kalo tinggal di periuk ngurus akta sama kk nya kemana ya?"], REF(kota)),
    ]


@category("complaint_followup")
def complaints() -> list[dict[str, Any]]:
    return [
        conv("resident", ["udh 3 minggu blm jadi ktp saya, gimana sih"], C("handoff")),
        conv(
            "resident",
            ["ga ada kabar sama sekali dari kemarin kirim data kk, tolong dicek"],
            C("handoff"),
        ),
        conv("resident", ["kok permohonan saya ditolak? data saya udah bener semua"], C("handoff")),
        conv(
            "resident",
            ["sudah dua minggu kk saya belum selesai, kecewa sama pelayanannya"],
            C("handoff"),
        ),
        conv(
            "resident",
            [
                "kemarin disuruh dateng ambil ktp tapi pas ke kecamatan katanya blangko habis, gmn ini"
            ],
            C("handoff"),
        ),
        conv("resident", ["mau ngomong sama orangnya aja, bukan sama bot"], C("handoff")),
        conv("first_timer", ["ribet bgt, bisa sambung ke petugas aja ga?"], C("handoff")),
        conv(
            "resident",
            [
                "pak saya udah bolak balik tiga kali ke tigaraksa ktp anak saya ga jadi jadi "
                "katanya datanya belum masuk padahal udah rekam dari bulan juli tolong dong "
                "dibantu saya kerja ga bisa izin terus"
            ],
            C("handoff"),
        ),
        conv("resident", ["admin tolong dong balas, sy udah chat dr senin"], C("handoff")),
        conv(
            "resident",
            [
                "assalamualaikum",
                "mau komplain, kia anak saya namanya salah cetak, udah seminggu dilaporin blm dibenerin",
            ],
            C("handoff"),
        ),
        conv(
            "resident",
            ["saya mau bicara langsung dengan petugas dukcapil, ada masalah data ganda"],
            C("handoff"),
        ),
    ]


@category("helper_mode")
def helpers() -> list[dict[str, Any]]:
    a = person("Oman Abdurahman", "Pasir Jaya", "Cikupa", D(1971, 4, 9))
    b = person("Siti Rohimah", "Tobat", "Balaraja", D(1995, 9, 12), True)
    c_parent = person("Marlina", "Jengkol", "Kresek", D(1990, 3, 14), True)
    c = child_of(c_parent, "Alfian Nur Hidayat", D(2019, 10, 2))
    d = person("Junaedi", "Sukamantri", "Pasar Kemis", D(1967, 6, 30), kk_date=D(2012, 12, 12))
    e = person("Rukmini", "Kresek", "Kresek", D(1960, 8, 1), True)
    f = person("Nurhasanah", "Tegal Angus", "Teluknaga", D(2009, 7, 15), True)
    g = person("Yanto Supriyanto", "Kayu Agung", "Sepatan", D(1982, 2, 22))
    h = person("Endang Kosasih", "Sodong", "Tigaraksa", D(1979, 5, 9))
    i_parent = person("Sarah Amelia", "Blukbuk", "Kronjo", D(1993, 12, 1), True)
    i = child_of(i_parent, "Nayla Azzahra", D(2022, 1, 25), True)
    k = person("Iyus Rusmana", "Saga", "Balaraja", D(1990, 3, 3))
    h_to = "KP. BABAKAN RT 03 RW 02 DESA CIKEMBAR KEC. CIKEMBAR KAB. SUKABUMI"
    return [
        conv(
            "helper",
            [
                "saya operator desa pasir jaya kec cikupa, mau input ktp warga",
                f"#KTP#{a.nik}#{a.kk}#OMAN ABDURAHMAN#PASIR JAYA#CIKUPA#RUSAK#",
            ],
            L(ktp(a, "RUSAK")),
            answers={"telepon_warga": "0812 7788 1212"},
            missing=1,
        ),
        conv(
            "helper",
            [
                f"ktp hilang warga kami: nik {b.nik} kk {b.kk} siti rohimah desa tobat kec balaraja",
                "saya dari kantor desa tobat pak, bantu warga yg ga punya hp",
                "hp anaknya 0896-1234-7788",
            ],
            L(ktp(b, "HILANG")),
        ),
        conv(
            "helper",
            [
                "saya petugas pelayanan di kantor desa jengkol, mau daftarin kia warga",
                f"anak: Alfian Nur Hidayat, nik {c.nik}, kk {c.kk}, desa jengkol kresek",
            ],
            L(kia(c)),
            answers={"nama_warga": "ibunya, Marlina", "telepon_warga": "085711223344"},
            missing=2,
        ),
        conv(
            "helper",
            [
                "kasi pelayanan desa sukamantri. ada warga mau ganti kk, hp nya 0857 1122 3344",
                f"no kk {c_kk(d)} kepala keluarga junaedi desa sukamantri kec pasar kemis",
            ],
            L(kk(d)),
        ),
        conv(
            "helper",
            [
                "sy staf kecamatan kresek, hari ini bantu 3 warga, satu satu ya",
                f"yg pertama ktp rusak ibu rukmini, nik {e.nik} kk {e.kk} desa kresek kec kresek",
            ],
            L(ktp(e, "RUSAK")),
            answers={"telepon_warga": "no hp cucunya 0813 4455 6677"},
            missing=1,
        ),
        conv(
            "helper",
            [
                "admin desa tegal angus izin input rekam ktp pemula",
                f"{f.nik} {f.kk} nurhasanah tegal angus teluknaga",
                "nomor hp warganya +62 812 9090 1122",
            ],
            L(ktp(f, "PEMULA")),
        ),
        conv(
            "helper",
            [
                f"ktp hilang a.n yanto supriyanto nik {g.nik} kk {g.kk} kayu agung sepatan",
                "oh iya saya perangkat desa kayu agung yg input ya pak, bukan yg punya ktp",
            ],
            L(ktp(g, "HILANG")),
            answers={"telepon_warga": "0821-5566-7788"},
            missing=1,
        ),
        conv(
            "helper",
            [
                "selamat pagi, saya sekdes sodong. warga kami pak endang kosasih mau pindah ke "
                f"sukabumi. nik {h.nik} kk {h.kk}",
            ],
            L(skpwni(h, h_to)),
            answers={
                "alamat_pindah": "Kp. Babakan RT 03 RW 02 Desa Cikembar Kec. Cikembar Kab. Sukabumi",
                "telepon_warga": "081355667788",
            },
            missing=2,
        ),
        conv(
            "helper",
            [
                "petugas desa blukbuk mau bantu kia",
                f"Nayla Azzahra {i.nik} {i.kk} blukbuk kronjo",
            ],
            L(kia(i)),
            answers={"nama_warga": "ya namanya bu Sarah Amelia", "telepon_warga": "0877 3344 5566"},
            missing=2,
        ),
        conv(
            "helper",
            [
                "kaur pemerintahan desa kosambi kec sukadiri, input pindah datang warga baru",
                "SKPWNI/3175/01112026/9088 keperluan ikut suami",
            ],
            L(skdwn("SKPWNI/3175/01112026/9088", "IKUT SUAMI")),
            answers={"nama_warga": "Mardiyah", "telepon_warga": "0858 1234 0099"},
            missing=2,
        ),
        conv(
            "helper",
            [
                "dari kantor desa saga, hp warga 081299887766 atas nama iyus rusmana",
                f"ktp nya rusak, nik {k.nik} kk {k.kk} desa saga kec balaraja",
            ],
            L(ktp(k, "RUSAK")),
        ),
    ]


def c_kk(p: P) -> str:
    """A KK as a village office often types it: 6-6-4 with spaces."""
    return six(p.kk)


@category("desa_typo_with_kecamatan")
def typos() -> list[dict[str, Any]]:
    a = person("Tatang Sutarman", "Bitung Jaya", "Cikupa", D(1975, 10, 10))
    b = person("Yeni Marlina", "Pasir Gadung", "Cikupa", D(1991, 1, 31), True)
    c = person("Cecep Rahmat", "Talagasari", "Balaraja", D(1987, 7, 20))
    d = person("Nur Aisyah", "Sukatani", "Rajeg", D(1994, 4, 1), True)
    e = person("Sahroni", "Mekarsari", "Jambe", D(1983, 3, 23))
    f = person("Umar Bakri", "Kadu Agung", "Tigaraksa", D(1978, 9, 17))
    g = person("Ratna Sari", "Kmp Melayu Tim", "Teluknaga", D(1989, 8, 30), True)
    h_parent = person("Wawan Hermawan", "Caringin", "Legok", D(1986, 5, 5))
    h = child_of(h_parent, "Dafa Pratama", D(2017, 8, 1))
    i = person("Suryadi", "Lengkong Kulon", "Pagedangan", D(1972, 1, 1))
    j = person("Imas Masitoh", "Jati Mulya", "Sepatan Timur", D(1996, 3, 9), True)
    k = person("Engkos Kosasih", "Kemuning", "Kresek", D(1969, 11, 30), kk_date=D(2010, 3, 3))
    m = person("Lukman Hakim", "Cukanggalih", "Curug", D(1985, 4, 25))
    return [
        conv(
            "resident",
            [f"ktp ilang {a.nik} {a.kk} tatang sutarman desa bitung jya kec cikupa"],
            L(ktp(a, "HILANG")),
            missing=1,  # a letter typo: one yes/no turn
        ),
        conv(
            "resident",
            [f"ktp rusak nik {b.nik} kk {b.kk} yeni marlina ds pasirgadung cikupa"],
            L(ktp(b, "RUSAK")),
        ),
        conv(
            "resident",
            [f"ktp hilang {c.nik} {c.kk} cecep rahmat desa talagasari kec balaraja"],
            L(ktp(c, "HILANG")),
        ),
        conv(
            "resident",
            [f"rekam ktp baru nik {d.nik} kk {d.kk} nur aisyah, desa sukatani kecamatan rajeg"],
            L(ktp(d, "PEMULA")),
        ),
        conv(
            "resident",
            [f"kk rusak, no kk {e.kk} a.n sahroni desa mekar sari kecamatan jambe"],
            L(kk(e)),
        ),
        conv(
            "resident",
            [f"ktp patah {f.nik} {f.kk} umar bakri kadu agung kec tigaraksaa"],
            L(ktp(f, "RUSAK")),
            answers={"kecamatan": "tigaraksa"},
            missing=1,
        ),
        conv(
            "resident",
            [f"ktp hilang nik {g.nik} kk {g.kk} ratna sari kampung melayu timur kec teluk naga"],
            L(ktp(g, "HILANG")),
        ),
        conv(
            "resident",
            [f"kia anak dafa pratama nik {h.nik} kk {h.kk} desa caringin"],
            L(kia(h)),
            answers={"kecamatan": "legok"},
            missing=1,
        ),
        conv(
            "resident",
            [f"ktp rusak {i.nik} {i.kk} suryadi desa lengkong kulom kec pagedangan"],
            L(ktp(i, "RUSAK")),
            missing=1,
        ),
        conv(
            "resident",
            [f"ktp ilang nik {j.nik} kk {j.kk} imas masitoh desa jatimulya kec sepatan timr"],
            L(ktp(j, "HILANG")),
            answers={"kecamatan": "sepatan timur"},
            missing=1,
        ),
        conv(
            "resident",
            [f"kk hilang {k.kk} engkos kosasih ds kemuning kec kersek"],
            L(kk(k)),
            answers={"kecamatan": "kresek", "desa": "kemuning"},
            missing=1,
        ),
        conv(
            "resident",
            [f"ktp ilang {m.nik} {m.kk} lukman hakim desa cukang galih"],
            L(ktp(m, "HILANG")),
        ),
    ]


@category("casual_stepwise")
def casual() -> list[dict[str, Any]]:
    a = person("Dede Rosita", "Talaga", "Cikupa", D(1998, 5, 16), True)
    b = person("Encep Suhendi", "Pangarengan", "Rajeg", D(1976, 9, 3), kk_date=D(2011, 5, 5))
    c_parent = person("Iis Aisah", "Suka Asih", "Pasar Kemis", D(1992, 2, 10), True)
    c = child_of(c_parent, "Raffi Ahmad Fauzi", D(2018, 12, 12))
    d = person("Rendi Saputra", "Serdang Kulon", "Panongan", D(2009, 8, 20))
    e = person("Nurjanah", "Babat", "Legok", D(1981, 4, 14), True)
    f = person("Agus Darmawan", "Binong", "Curug", D(1990, 11, 23))
    g = person("Ikah Atikah", "Rawa Kidang", "Sukadiri", D(1970, 6, 26), True)
    h = person("Bambang Irawan", "Sangiang", "Sepatan Timur", D(1983, 7, 31))
    i_parent = person("Ojat Sudrajat", "Pasanggrahan", "Solear", D(1985, 12, 20))
    i = child_of(i_parent, "Salsabila Ramadhani", D(2014, 7, 6), True)
    j = person("Heri Kusnadi", "Cibugel", "Cisoka", D(1979, 2, 17))
    return [
        conv(
            "resident",
            ["min", "mau bikin ktp"],
            L(ktp(a, "HILANG")),
            answers={
                "alasan": "ilang kak kyknya jatoh di angkot",
                "nik": f"nik sy {a.nik}",
                "no_kk": a.kk,
                "nama": "dede rosita",
                "desa": "talaga",
                "kecamatan": "cikupa",
            },
            missing=5,
        ),
        conv(
            "resident",
            ["pagi bu, kk sy mau dicetak ulang udh sobek"],
            L(kk(b)),
            answers={
                "no_kk": f"ini bu {sp(b.kk)}",
                "nama_kepala_keluarga": "encep suhendi, sy sendiri",
                "desa": "ds pangarengan",
                "kecamatan": "rajeg",
            },
            missing=3,
        ),
        conv(
            "resident",
            ["kia dong"],
            L(kia(c)),
            answers={
                "nik": f"{c.nik} nik anaknya",
                "no_kk": f"kk {c.kk}",
                "nama": "raffi ahmad fauzi",
                "desa": "suka asih",
                "kecamatan": "pasar kemis",
            },
            missing=4,
        ),
        conv(
            "first_timer",
            ["kak aku mau bikin ktp, baru 17 kemarin hehe"],
            L(ktp(d, "PEMULA")),
            answers={
                "alasan": "pemula kak",
                "nik": d.nik,
                "no_kk": f"yg ini ya kak {d.kk}",
                "nama": "Rendi Saputra",
                "desa": "serdang kulon",
                "kecamatan": "panongan",
            },
            missing=4,
        ),
        conv(
            "resident",
            [
                "halo selamat sore saya mau tanya eh bukan mau daftar ktp saya yang lama udah "
                "pudar fotonya ga keliatan jadi mau diganti nik saya " + sp(e.nik) + " nama "
                "nurjanah desa babat"
            ],
            L(ktp(e, "RUSAK")),
            answers={"no_kk": f"kk nya {e.kk}", "kecamatan": "legok"},
            missing=1,
        ),
        conv(
            "resident",
            ["ktp", "rusak", f"{f.nik}"],
            L(ktp(f, "RUSAK")),
            answers={
                "no_kk": f.kk,
                "nama": "agus darmawan",
                "desa": "binong",
                "kecamatan": "curug",
            },
            missing=3,
        ),
        conv(
            "resident",
            ["assalamualaikum neng, ibu mau ngurus ktp ibu yang ilang"],
            L(ktp(g, "HILANG")),
            answers={
                "nik": f"sebentar ya neng ibu liat dulu... {g.nik}",
                "no_kk": f"{g.kk} itu kk nya",
                "nama": "ikah atikah",
                "desa": "rawa kidang",
                "kecamatan": "sukadiri",
            },
            missing=5,
        ),
        conv(
            "resident",
            ["woy min ktp gw ilang", f"nik {h.nik}", "nama bambang irawan"],
            L(ktp(h, "HILANG")),
            answers={
                "no_kk": f"kk {h.kk}",
                "desa": "sangiang",
                "kecamatan": "sepatan timur",
            },
            missing=2,
        ),
        conv(
            "resident",
            ["mau bkin kia anak sy yg k2"],
            L(kia(i)),
            answers={
                "nik": f"nik anak {i.nik}",
                "no_kk": i.kk,
                "nama": "salsabila ramadhani",
                "desa": "pasanggrahan",
                "kecamatan": "solear",
            },
            missing=5,
        ),
        conv(
            "resident",
            [
                "mas maaf ganggu saya mau bikin ktp yang hilang kemaren pas mudik itu tasnya "
                "dicopet di terminal terus kata pak rt suruh lapor ke sini jadi gimana mas nama "
                "saya heri kusnadi dari desa cibugel"
            ],
            L(ktp(j, "HILANG")),
            answers={"nik": j.nik, "no_kk": j.kk, "kecamatan": "cisoka"},
            missing=2,
        ),
    ]


@category("correction_at_confirmation")
def corrections() -> list[dict[str, Any]]:
    a = person("Budiman", "Sukatani", "Cisoka", D(1980, 10, 5))
    b = person("Yayah Rodiyah", "Pasir Barat", "Jambe", D(1987, 12, 7), True)
    c = person("Komarudin", "Sukamantri", "Pasar Kemis", D(1974, 3, 19), kk_date=D(2013, 9, 9))
    d = person("Deni Ramdani", "Jatake", "Pagedangan", D(1993, 6, 2))
    wrong_nik = make_nik(KEC["PAGEDANGAN"], D(1993, 6, 12), False, 9198)
    e = person("Rohayati", "Parahu", "Sukamulya", D(1966, 1, 13), True)
    wrong_kk = make_kk(KEC["SUKAMULYA"], D(2014, 4, 4), 9197)
    f = person("Siti Nurhaliza", "Ciakar", "Panongan", D(1997, 9, 27), True)
    g = person("Rahmat Hidayat", "Sukatani", "Rajeg", D(1982, 5, 15))
    h = person("Ardiansyah", "Tanjung Anom", "Mauk", D(1991, 8, 18))
    i_parent = person("Euis Kurniati", "Bunar", "Sukamulya", D(1990, 10, 20), True)
    i = child_of(i_parent, "Aliya Safitri", D(2016, 2, 2), True)
    h_new = "JL. ANGGREK NO 9 RT 02 RW 04 KEL. CIPOCOK JAYA KEC. CIPOCOK JAYA KOTA SERANG"
    return [
        conv(
            "resident",
            [
                f"ktp ilang nik {a.nik} kk {a.kk} nama budi desa sukatani kec cisoka",
                "bukan budi tapi budiman",
            ],
            C("correction", line=ktp(a, "HILANG")),
        ),
        conv(
            "resident",
            [
                f"ktp hilang {b.nik} {b.kk} yayah rodiyah pasir barat jambe",
                "eh alasannya rusak bukan hilang, ktpnya ada cuma patah",
            ],
            C("correction", line=ktp(b, "RUSAK")),
        ),
        conv(
            "resident",
            [
                f"kk {c.kk} komarudin desa sukaasih kec pasar kemis",
                "desanya salah, harusnya sukamantri",
            ],
            C("correction", line=kk(c)),
        ),
        conv(
            "resident",
            [
                f"ktp rusak nik {wrong_nik} kk {d.kk} deni ramdani desa jatake kec pagedangan",
                f"nik nya salah satu angka, yg bener {d.nik}",
            ],
            C("correction", line=ktp(d, "RUSAK")),
        ),
        conv(
            "resident",
            [
                f"ktp ilang nik {e.nik} kk {wrong_kk} nama rohayati desa parahu sukamulya",
                f"kk nya bukan itu pak, ini {dash(e.kk)}",
            ],
            C("correction", line=ktp(e, "HILANG")),
        ),
        conv(
            "resident",
            [
                f"ktp rusak {f.nik} {f.kk} siti ciakar panongan",
                "namanya kurang lengkap, Siti Nurhaliza",
            ],
            C("correction", line=ktp(f, "RUSAK")),
        ),
        conv(
            "resident",
            [
                f"ktp hilang nik {g.nik} kk {g.kk} rahmat hidayat desa sukatani kec cisoka",
                "kecamatannya rajeg bukan cisoka",
            ],
            C("correction", line=ktp(g, "HILANG")),
        ),
        conv(
            "resident",
            [
                f"surat pindah nik {h.nik} kk {h.kk} nama ardiansyah, pindah ke jl anggrek no 9 kota serang",
                "alamatnya kurang lengkap, yg bener: Jl. Anggrek No 9 RT 02 RW 04 Kel. Cipocok "
                "Jaya Kec. Cipocok Jaya Kota Serang",
            ],
            C("correction", line=skpwni(h, h_new)),
        ),
        conv(
            "resident",
            [
                "pindah datang no SKPWNI/3201/15102026/9035 keperluan bekerja",
                "keperluannya ganti jadi ikut orang tua aja",
            ],
            C("correction", line=skdwn("SKPWNI/3201/15102026/9035", "IKUT ORANG TUA")),
        ),
        conv(
            "resident",
            [
                f"kia nik {i.nik} kk {i.kk} nama alya safitri desa bunar kec sukamulya",
                "namanya salah, yg bener Aliya Safitri pake i",
            ],
            C("correction", line=kia(i)),
        ),
    ]


@category("cancel")
def cancels() -> list[dict[str, Any]]:
    a = person("Sukardi", "Cengklong", "Kosambi", D(1977, 7, 27))
    b = person("Eti Rohaeti", "Margasari", "Tigaraksa", D(1985, 1, 21), True)
    return [
        conv("resident", ["mau bikin ktp", "eh ga jadi deh"], C("cancel")),
        conv(
            "resident",
            [
                f"ktp rusak nik {a.nik} kk {a.kk} sukardi cengklong kosambi",
                "batal aja, nanti saya ke kecamatan langsung",
            ],
            C("cancel"),
        ),
        conv("resident", ["kk hilang", "stop, gak usah dilanjut"], C("cancel")),
        conv("resident", ["kia anak", "cancel"], C("cancel")),
        conv("resident", ["surat pindah keluar", "nggak jadi bu, makasih"], C("cancel")),
        conv(
            "resident",
            [
                "mau rekam ktp pemula buat anak",
                f"nik nya {b.nik}",
                "ga jadi dulu deh, kk nya dibawa suami",
            ],
            C("cancel"),
        ),
        conv(
            "resident",
            [f"#KTP {b.nik} {b.kk} eti rohaeti margasari tigaraksa hilang", "batalin aja yg tadi"],
            C("cancel"),
        ),
        conv(
            "resident",
            ["pindah datang", "udah ga usah, saya urus sendiri aja ke kantor"],
            C("cancel"),
        ),
        conv("resident", ["ktp ilang min", "hapus aja permohonannya ya"], C("cancel")),
        conv("resident", ["mau ganti kk", "gajadi kak hehe maaf"], C("cancel")),
    ]


@category("hash_line")
def hashes() -> list[dict[str, Any]]:
    a = person("Jamaludin", "Tipar Raya", "Jambe", D(1973, 12, 31))
    b = person("Muhidin", "Pondok Jaya", "Sepatan", D(1964, 4, 10), kk_date=D(2007, 7, 7))
    c_parent = person("Yuyun Yuningsih", "Kalibaru", "Pakuhaji", D(1989, 7, 1), True)
    c = child_of(c_parent, "Arka Pradipta", D(2020, 3, 3))
    d = person("Sutisna", "Cibadak", "Cikupa", D(1986, 2, 28))
    e = person("Susi Susanti", "Jatiwaringin", "Mauk", D(1999, 10, 9), True)
    f = person("Ridwan Kamil Saputra", "Rancagede", "Gunung Kaler", D(1992, 8, 8))
    g = person("Imam Syafii", "Bitung Jaya", "Cikupa", D(1984, 6, 21), kk_date=D(2015, 2, 2))
    h = person("Lela Nurlela", "Cikande", "Jayanti", D(1988, 3, 17), True)
    i = person("Zaenal Arifin", "Kedaung", "Mekar Baru", D(1994, 1, 19))
    j = person("Dina Mariana", "Situ Gadung", "Pagedangan", D(2009, 3, 30), True)
    d_to = "JL. SUDIRMAN NO 10 RT 01 RW 02 KEL. CIPETE KEC. PINANG KOTA TANGERANG"
    return [
        conv(
            "resident",
            [f"#KTP#{a.nik}#{a.kk}#JAMALUDIN#TIPAR RAYA#JAMBE#HILANG#"],
            L(ktp(a, "HILANG")),
        ),
        conv("resident", [f"#KK#{b.kk}#MUHIDIN#PONDOK JAYA#SEPATAN"], L(kk(b))),
        conv("resident", [f"#KIA#{c.nik}#{c.kk}#ARKA PRADIPTA#KALIBARU#PAKUHAJI"], L(kia(c))),
        conv("resident", [f"#SKPWNI#{d.nik}#{d.kk}#SUTISNA#{d_to}"], L(skpwni(d, d_to))),
        conv(
            "resident",
            ["#SKDWN#SKPWNI/3204/10112026/9011#PINDAH DATANG SEKELUARGA"],
            L(skdwn("SKPWNI/3204/10112026/9011", "PINDAH DATANG SEKELUARGA")),
        ),
        conv(
            "resident",
            [f"# ktp # {e.nik} # {e.kk} # susi susanti # jatiwaringin # mauk # rusak #"],
            L(ktp(e, "RUSAK")),
        ),
        conv(
            "resident",
            [f"#KTP#{f.nik}#{f.kk}#Ridwan Kamil Saputra#Rancagede#Gunung Kaler#Rusak"],
            L(ktp(f, "RUSAK")),
        ),
        conv("resident", [f"#KK#{g.kk}#Imam Syafii#Bitung Jya#Cikupa"], L(kk(g)), missing=1),
        conv(
            "resident",
            [f"#KTP##{sp(h.nik)}#{sp(h.kk)}#LELA NURLELA#CIKANDE#JAYANTI#HILANG#"],
            L(ktp(h, "HILANG")),
        ),
        conv(
            "resident",
            [f"＃KTP＃{i.nik}＃{i.kk}＃ZAENAL ARIFIN＃KEDAUNG＃MEKAR BARU＃HILANG＃"],
            L(ktp(i, "HILANG")),
        ),
        conv(
            "first_timer",
            [f"#KTP#{j.nik}#DINA MARIANA#SITU GADUNG#PAGEDANGAN#PEMULA#"],
            L(ktp(j, "PEMULA")),
            answers={"no_kk": f"no kk {j.kk}"},
            missing=1,
        ),
    ]


# --- more of the same categories: points of the notes not covered above, small talk ----------
@category("topic_coverage")
def more_topics() -> list[dict[str, Any]]:
    careful = ["pastikan", "pengumuman", "resmi", "tanyakan", "konfirmasi", "belum dapat"]
    return [
        conv(
            "resident",
            ["sy baru pulang kerja dari malaysia, mau bikin kk disini syaratnya apa?"],
            F(["luar negeri"]),
        ),
        conv(
            "resident",
            ["ada pungli ga sih kalo bikin kk lewat calo? katanya bayar 200rb biar cepet"],
            F(["gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya"]),
        ),
        conv(
            "first_timer",
            ["dasar hukumnya apa ya syarat bikin ktp itu? mau nunjukin ke pak rt"],
            F(["96/2018", "96 tahun 2018"]),
        ),
        conv(
            "resident",
            ["kalau saya aja yg pindah keluar, kk keluarga yg ditinggal gimana?"],
            F(["kk baru", "kartu keluarga baru"]),
        ),
        conv("resident", ["bulan puasa jam pelayanan dukcapil berubah ga?"], F(careful)),
        conv(
            "resident",
            ["katanya di kecamatan ada jadwal per desa ya buat rekam ktp? desa saya hari apa"],
            F(careful),
        ),
        conv(
            "resident",
            ["kia anak saya berlaku sampe kapan? dia udah 12 tahun"],
            F(["17"]),
        ),
        conv(
            "resident",
            ["aktivasi ikd bisa sendiri di rumah ga atau harus ke kantor?"],
            F(["petugas"], ["qr", "verifikasi wajah", "wajah"]),
        ),
    ]


@category("referral_by_place")
def more_referrals() -> list[dict[str, Any]]:
    return [
        conv("resident", ["ktp hilang, saya warga tangsel"], REF("Kota Tangerang Selatan")),
        conv(
            "resident",
            ["alamat di poris gaga baru batuceper, kk mau ditambah anak"],
            REF("Kota Tangerang"),
        ),
        conv(
            "first_timer",
            ["permisi kalo kelurahan cikokol ngurus kia nya dimana?"],
            REF("Kota Tangerang"),
        ),
    ]


@category("question_not_form")
def more_questions() -> list[dict[str, Any]]:
    a = person("Sopian", "Cirarab", "Legok", D(1982, 10, 10))
    b_parent = person("Nia Kurniasih", "Ciangir", "Legok", D(1994, 5, 9), True)
    b = child_of(b_parent, "Kenzie Alfarizqi", D(2021, 1, 17))
    return [
        conv(
            "resident",
            ["ktp saya rusak mau ganti", "nanti ktp yg rusak harus dibawa ga?"],
            L(ktp(a, "RUSAK")),
            answers={
                "nik": a.nik,
                "no_kk": a.kk,
                "nama": "sopian",
                "desa": "cirarab",
                "kecamatan": "legok",
            },
            missing=4,
        ),
        conv(
            "resident",
            [
                f"kia anak, nik {b.nik} kk {b.kk}",
                "anak saya baru 5 tahun, perlu foto ga?",
                "nama anak kenzie alfarizqi, desa ciangir kec legok",
            ],
            L(kia(b)),
        ),
    ]


@category("casual_stepwise")
def more_casual() -> list[dict[str, Any]]:
    a = person("Wartini", "Kuta Jaya", "Pasar Kemis", D(1975, 5, 25), True)
    b = person("Ilham Maulana", "Laksana", "Pakuhaji", D(2009, 10, 1))
    return [
        conv(
            "resident",
            ["pagi min", "sehat min? hehe", "mau urus ktp yg rusak"],
            L(ktp(a, "RUSAK")),
            answers={
                "nik": f"{sp(a.nik)}",
                "no_kk": f"{sp(a.kk)}",
                "nama": "wartini",
                "desa": "kuta jaya",
                "kecamatan": "pasar kemis",
            },
            confirm="iya bener, makasih banyak ya min",
            missing=4,
        ),
        conv(
            "first_timer",
            ["kak", "aku mau bikin ktp pertama", "maaf lama bales tadi nyari kk dulu"],
            L(ktp(b, "PEMULA")),
            answers={
                "nik": b.nik,
                "no_kk": b.kk,
                "nama": "ilham maulana",
                "desa": "laksana",
                "kecamatan": "pakuhaji",
            },
            confirm="udah bener kak, makasih",
            missing=4,
        ),
    ]


# --- writing ---------------------------------------------------------------------------------
HEADER = (
    "# Generated by tests/conversations/dev/make_extra2.py (issue 8, dev split); edit the\n"
    "# generator, then: .venv/bin/python -m tests.conversations.dev.make_extra2\n"
)


def _existing_ids() -> set[str]:
    """Ids of every other corpus file (loaded, not read), so that ours never clash."""
    from tests.conversations.corpus import load_corpus

    corpus = load_corpus()
    return {c.id for convs in corpus.values() for c in convs if "/extra2_" not in c.source}


def build() -> dict[str, list[dict[str, Any]]]:
    taken = _existing_ids()
    out: dict[str, list[dict[str, Any]]] = {}
    for name, builders in CATEGORIES.items():
        rows = []
        bodies = [body for builder in builders for body in builder()]
        for n, body in enumerate(bodies, start=1):
            conv_id = f"dev2-{name.replace('_', '-')}-{n:02d}"
            assert conv_id not in taken, conv_id
            rows.append({"id": conv_id, "category": name, **body})
        out[name] = rows
    return out


def main() -> None:
    for old in HERE.glob("extra2_*.yml"):
        old.unlink()
    total = 0
    for name, rows in build().items():
        text = yaml.safe_dump(
            {"conversations": rows}, allow_unicode=True, sort_keys=False, width=1000
        )
        (HERE / f"extra2_{name}.yml").write_text(HEADER + text, encoding="utf-8")
        total += len(rows)
        print(f"{name:28s} {len(rows)}")
    print(f"{'total':28s} {total}")


if __name__ == "__main__":
    main()
