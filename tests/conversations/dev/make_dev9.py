"""The dev9 part of the dev split of the conversation corpus (issue 8).

Written by an independent author who read neither the assistant's code (bot/, actions/,
data/, domain.yml, ...) nor any other conversation file or builder of the corpus: only
design.md, the shared region/NIK/requirement notes, the corpus README and corpus.py (the
format and the loader), and devtools/synthetic.py. Every message below is written by hand.

Weighted to formal letters, half-remembered `#` lines, misspelt desa with their kecamatan,
referrals by place (also names that exist on both sides of the border), cancels, chatty
step-by-step answers, names introduced in passing and numbers typed in groups or with
look-alike letters.

Run:

    cd /work/main && .venv/bin/python -m tests.conversations.dev.make_dev9

It writes dev9_<category>.yml beside itself, ids dev9-<category-with-dashes>-NN.
NIK / No. KK numbers are synthetic (devtools.synthetic.make_nik / make_kk) with serials
9250-9299 only, cycled in order; the No. SKPWNI numbers are made up and end in those serials.
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

from bot.intake.parser import parse
from devtools.synthetic import make_kk, make_nik

HERE = Path(__file__).resolve().parent
PREFIX = "dev9"

# Kemendagri codes (36.03.xx without dots) of the kecamatan used here, and two neighbours.
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
    # neighbours (for people who must be referred)
    "JATIUWUNG": "367102",
    "PAMULANG": "367406",
}

_serials = itertools.cycle(range(9250, 9300))


def nik(kec: str, y: int, m: int, d: int, female: bool = False) -> str:
    return make_nik(KEC[kec], date(y, m, d), female, next(_serials))


def kk(kec: str, y: int, m: int, d: int) -> str:
    return make_kk(KEC[kec], date(y, m, d), next(_serials))


def grp(number: str, *sizes: int, sep: str = " ") -> str:
    """The number cut into groups of the given sizes (the rest in one last group)."""
    out, i = [], 0
    for size in sizes:
        out.append(number[i : i + size])
        i += size
    if i < len(number):
        out.append(number[i:])
    return sep.join(out)


def ktp(n: str, k: str, nama: str, desa: str, kec: str, alasan: str) -> str:
    return f"#KTP#{n}#{k}#{nama}#{desa}#{kec}#{alasan}#"


def kkline(k: str, nama: str, desa: str, kec: str) -> str:
    return f"#KK#{k}#{nama}#{desa}#{kec}"


def kia(n: str, k: str, nama: str, desa: str, kec: str) -> str:
    return f"#KIA#{n}#{k}#{nama}#{desa}#{kec}"


def skpwni(n: str, k: str, nama: str, alamat: str) -> str:
    return f"#SKPWNI#{n}#{k}#{nama}#{alamat}"


def skdwn(nomor: str, keperluan: str) -> str:
    return f"#SKDWN#{nomor}#{keperluan}"


CONVS: list[dict] = []


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
    confirm: str = "ya",
    missing: int = 0,
    warn: tuple[str, ...] = (),
) -> None:
    expect: dict = {}
    if control:
        expect["control"] = control
    if referral_to:
        expect["referral_to"] = referral_to
    if line:
        verdict = parse(line)
        assert verdict.ok and verdict.canonical == line, (line, [e.code for e in verdict.errors])
        codes = {w.code for w in verdict.warnings}
        assert codes <= set(warn), (line, codes)
        expect["line"] = line
    if facts:
        expect["facts"] = facts
    conv: dict = {"category": category, "persona": persona, "turns": turns}
    if answers:
        conv["answers"] = answers
    if confirm != "ya":
        conv["confirm"] = confirm
    conv["missing"] = missing
    conv["expect"] = expect
    CONVS.append(conv)


# ============================================================================================
# formal_one_message: letters, several lines, signatures
# ============================================================================================
C = "formal_one_message"

n_ratna = nik("CIKUPA", 1987, 3, 14, female=True)
k_ratna = kk("CIKUPA", 2016, 7, 2)
add(
    C,
    "resident",
    [
        "Dengan hormat,\n"
        "Yang bertanda tangan di bawah ini:\n"
        "Nama : Ratna Sari Dewi\n"
        f"NIK : {n_ratna}\n"
        f"No. KK : {k_ratna}\n"
        "Alamat : Kp. Bitung RT 03/RW 05 Desa Bitung Jaya, Kec. Cikupa\n\n"
        "Dengan ini mengajukan permohonan penerbitan kembali KTP elektronik karena KTP saya "
        "hilang di angkot pada tanggal 20 November 2026. Surat kehilangan dari Polsek Cikupa "
        "sudah saya urus.\n\n"
        "Demikian permohonan ini saya sampaikan, atas perhatian Bapak/Ibu saya ucapkan terima "
        "kasih.\n\nHormat saya,\nRatna Sari Dewi",
    ],
    line=ktp(n_ratna, k_ratna, "RATNA SARI DEWI", "BITUNG JAYA", "CIKUPA", "HILANG"),
    confirm="Iya, sudah benar. Terima kasih.",
)

k_ujang = kk("RAJEG", 2014, 9, 23)
add(
    C,
    "helper",
    [
        "Assalamualaikum wr. wb.\n"
        "Kepada Yth. Bapak/Ibu Petugas Disdukcapil Kabupaten Tangerang\ndi Tempat\n\n"
        "Dengan hormat, kami dari Pemerintah Desa Rajeg Mulya Kecamatan Rajeg bermaksud "
        "mengajukan permohonan cetak ulang Kartu Keluarga warga kami karena ada penambahan "
        "anggota keluarga (kelahiran anak ketiga).\n"
        f"Nomor KK : {k_ujang}\n"
        "Kepala Keluarga : Sdr. Ujang Supriatna\n\n"
        "Berkas akta kelahiran sudah kami siapkan. Atas kerjasamanya kami ucapkan terima kasih.\n"
        "Wassalamualaikum wr. wb.\n\n"
        "Operator Desa Rajeg Mulya\nDedi Kurniawan",
    ],
    answers={"nama_warga": "Ujang Supriatna", "telepon_warga": "0813-1472-9251"},
    line=kkline(k_ujang, "UJANG SUPRIATNA", "RAJEG MULYA", "RAJEG"),
)

n_grace = nik("KELAPA DUA", 2019, 6, 30, female=True)
k_grace = kk("KELAPA DUA", 2018, 2, 11)
add(
    C,
    "resident",
    [
        "Selamat siang Bapak/Ibu.\n\n"
        "Perkenalkan, saya Yohanes Hutapea, warga Perumahan Taman Permata, Kelurahan "
        "Bencongan, Kecamatan Kelapa Dua. Melalui pesan ini saya ingin mengajukan pembuatan "
        "Kartu Identitas Anak untuk putri saya:\n\n"
        "Nama anak : Grace Natalia Hutapea\n"
        f"NIK anak : {n_grace}\n"
        f"Nomor KK : {k_grace}\n\n"
        "Akta kelahiran dan KTP kami berdua sudah lengkap. Mohon petunjuk selanjutnya. "
        "Terima kasih, Tuhan memberkati.\n\nSalam,\nYohanes H.",
    ],
    line=kia(n_grace, k_grace, "GRACE NATALIA HUTAPEA", "BENCONGAN", "KELAPA DUA"),
    confirm="betul pak",
)

n_fadil = nik("SEPATAN", 2009, 3, 5)
k_fadil = kk("SEPATAN", 2011, 10, 17)
add(
    C,
    "first_timer",
    [
        "Kepada Yth Bpk/Ibu Dukcapil\nPerihal : Permohonan Pembuatan KTP Baru\n\n"
        "Dengan hormat\n"
        "Saya Muhammad Fadil Ramadhan umur 17 thn, baru pertama kali mau bikin KTP. NIK saya "
        f"{n_fadil} dan Nomor KK orang tua saya {k_fadil}. Saya tinggal di Desa Karet "
        "Kecamatan Sepatan.\n"
        "Mohon maaf kalau penulisannya salah, karna saya blm pernah.\n"
        "Terima kasih banyak\nHormat saya\nM. Fadil",
    ],
    line=ktp(n_fadil, k_fadil, "MUHAMMAD FADIL RAMADHAN", "KARET", "SEPATAN", "PEMULA"),
)

n_agus = nik("PASAR KEMIS", 1984, 12, 1)
k_agus = kk("PASAR KEMIS", 2013, 5, 8)
add(
    C,
    "resident",
    [
        "Dengan hormat,\n\n"
        f"Bersama ini saya, Agus Setiawan (NIK {n_agus}, No KK {k_agus}), warga Desa "
        "Sukamantri Kecamatan Pasar Kemis, mengajukan permohonan Surat Keterangan Pindah WNI "
        "karena mutasi pekerjaan.\n\n"
        "Alamat tujuan pindah: Jl. Pandanaran II No. 14 RT 04 RW 02 Kel. Mugassari Kec. "
        "Semarang Selatan Kota Semarang\n\n"
        "KK asli akan saya bawa saat pengambilan. Demikian, terima kasih atas perhatiannya.\n\n"
        "Hormat saya,\nAgus Setiawan",
    ],
    line=skpwni(
        n_agus,
        k_agus,
        "AGUS SETIAWAN",
        "JL. PANDANARAN II NO. 14 RT 04 RW 02 KEL. MUGASSARI KEC. SEMARANG SELATAN KOTA SEMARANG",
    ),
    confirm="Benar, silakan diproses",
)

n_sumiati = nik("TIGARAKSA", 1971, 8, 19, female=True)
k_sumiati = kk("TIGARAKSA", 2012, 1, 30)
add(
    C,
    "helper",
    [
        "Yth. Admin Disdukcapil,\n\n"
        "Mohon izin, kami Kasi Pemerintahan Desa Pasir Bolang Kec. Tigaraksa menyampaikan "
        "permohonan penggantian KTP-el warga kami a.n. Ibu Sumiati, KTP-nya patah dan chipnya "
        "rusak.\n"
        f"NIK: {n_sumiati}\nNo.KK: {k_sumiati}\n\n"
        "KTP yang rusak akan dibawa saat pengambilan. Demikian disampaikan, terima kasih.\n\n"
        "Hormat kami,\nAndi Permana\nKasi Pemerintahan Desa Pasir Bolang",
    ],
    answers={"nama_warga": "Sumiati", "telepon_warga": "0857 7710 9256"},
    line=ktp(n_sumiati, k_sumiati, "SUMIATI", "PASIR BOLANG", "TIGARAKSA", "RUSAK"),
)

add(
    C,
    "resident",
    [
        "Dengan hormat,\n"
        "Saya Fitri Handayani, sebelumnya berdomisili di Kabupaten Bogor, dan saat ini sudah "
        "pindah ke Desa Cibogo Kecamatan Cisauk mengikuti suami. Saya sudah memegang Surat "
        "Keterangan Pindah WNI dari Disdukcapil Kab. Bogor dengan nomor 3201202610289257.\n"
        "Maksud saya mengajukan pindah datang, keperluan: ikut suami.\n\n"
        "Terima kasih atas bantuannya.\nHormat saya,\nFitri Handayani",
    ],
    line=skdwn("3201202610289257", "IKUT SUAMI"),
)

add(
    C,
    "resident",
    [
        "Dengan hormat Bapak/Ibu petugas,\n\n"
        "Saya mohon kebijaksanaannya agar permohonan KK saya yang saya kirim kemarin sore dapat "
        "disetujui hari ini juga, karena akan dipakai untuk pendaftaran sekolah anak besok pagi. "
        "Mohon juga dijadwalkan pengambilannya jam 9 pagi supaya saya tidak menunggu lama.\n\n"
        "Atas perhatian dan kebijaksanaan Bapak/Ibu saya ucapkan terima kasih.\n\n"
        "Hormat saya,\nNurhasanah\nDesa Sentul Jaya, Balaraja",
    ],
    control="no_approval",
)

add(
    C,
    "helper",
    [
        "Kepada Yth. Petugas Disdukcapil Kab. Tangerang\n\n"
        "Dengan hormat, kami dari Kantor Desa Kemuning Kec. Kresek memohon bantuan pengecekan "
        f"data kependudukan atas NIK {n_ratna}: apakah yang bersangkutan sudah terdaftar, dan "
        "siapa nama lengkapnya sesuai database, karena warga tersebut datang tanpa membawa KK.\n\n"
        "Atas bantuannya kami ucapkan terima kasih.\n\nSekretaris Desa Kemuning\nH. Sobari",
    ],
    control="no_nik_lookup",
)

k_rizky = kk("CURUG", 2005, 4, 21)
add(
    C,
    "first_timer",
    [
        "Selamat pagi. Mohon maaf mengganggu waktunya.\n"
        "Saya Rizky Pratama, baru menikah bulan lalu dan ingin membuat Kartu Keluarga baru "
        "(pisah dari KK orang tua). Buku nikah sudah ada.\n"
        f"No. KK orang tua : {k_rizky}\n"
        "Kepala keluarga di KK baru nanti : saya sendiri, Rizky Pratama\n"
        "Domisili : Kelurahan Binong, Kecamatan Curug\n"
        "Mohon arahannya bila ada yang kurang. Terima kasih.\n\nRizky",
    ],
    line=kkline(k_rizky, "RIZKY PRATAMA", "BINONG", "CURUG"),
    confirm="iya sudah sesuai",
)

n_mahmud = nik("PAKUHAJI", 1966, 2, 27)
k_mahmud = kk("PAKUHAJI", 2010, 11, 3)
add(
    C,
    "resident",
    [
        "Assalamu'alaikum warahmatullahi wabarakatuh\n\n"
        "Kepada Yth.\nKepala Dinas Kependudukan dan Pencatatan Sipil\nKabupaten Tangerang\n"
        "di Tigaraksa\n\n"
        "Dengan hormat,\nSaya yang bertanda tangan di bawah ini:\n"
        "1. Nama lengkap : Mahmud Syarifudin\n"
        f"2. NIK : {n_mahmud}\n"
        f"3. No KK : {k_mahmud}\n"
        "4. Alamat : Kp. Kramat Rt.002/004 Desa Kramat Kec. Pakuhaji\n\n"
        "memohon dibuatkan KTP-el pengganti karena KTP saya rusak terkena banjir bulan lalu, "
        "tulisannya sudah pudar dan tidak terbaca.\n\n"
        "Demikian surat permohonan ini, atas perhatiannya saya haturkan terima kasih.\n\n"
        "Wassalamu'alaikum wr. wb.\n\n"
        "Tangerang, 2 Desember 2026\nPemohon,\n\nMahmud Syarifudin\nHP 0838 9120 4471",
    ],
    line=ktp(n_mahmud, k_mahmud, "MAHMUD SYARIFUDIN", "KRAMAT", "PAKUHAJI", "RUSAK"),
    confirm="Ya benar, terima kasih",
)

# ============================================================================================
# half_remembered_format: # lines with parts missing, out of order, extra words, separators
# ============================================================================================
C = "half_remembered_format"

n_dewi = nik("CIKUPA", 1995, 10, 9, female=True)
k_dewi = kk("CIKUPA", 2020, 3, 3)
add(
    C,
    "resident",
    [f"#KTP#{n_dewi}#{k_dewi}#dewi lestari#pasir jaya#cikupa"],
    answers={"alasan": "ilang pak, dompet sy dicopet di pasar"},
    missing=1,
    line=ktp(n_dewi, k_dewi, "DEWI LESTARI", "PASIR JAYA", "CIKUPA", "HILANG"),
)

n_endang = nik("SUKADIRI", 1979, 1, 16)
k_endang = kk("SUKADIRI", 2015, 6, 12)
add(
    C,
    "resident",
    [f"KTP#{n_endang}#{k_endang}#ENDANG SUHENDAR#SUKADIRI#SUKADIRI#RUSAK"],
    line=ktp(n_endang, k_endang, "ENDANG SUHENDAR", "SUKADIRI", "SUKADIRI", "RUSAK"),
)

k_tatang = kk("SUKADIRI", 2009, 8, 14)
add(
    C,
    "helper",
    [f"ini format kk warga sy ya pak\n#KK/{k_tatang}/Bpk Tatang Sutisna/Gintung/Sukadiri"],
    answers={"nama_warga": "Tatang Sutisna", "telepon_warga": "0812 8800 9259"},
    line=kkline(k_tatang, "TATANG SUTISNA", "GINTUNG", "SUKADIRI"),
)

n_nayla = nik("PANONGAN", 2017, 4, 2, female=True)
k_nayla = kk("PANONGAN", 2016, 12, 20)
add(
    C,
    "first_timer",
    [f"#KIA#nama anak: Nayla Putri#nik {n_nayla}#kk {k_nayla}#desa mekar bakti"],
    answers={"kecamatan": "kecamatannya panongan"},
    missing=1,
    line=kia(n_nayla, k_nayla, "NAYLA PUTRI", "MEKAR BAKTI", "PANONGAN"),
)

n_rohman = nik("CIKUPA", 2009, 7, 25)
k_rohman = kk("CIKUPA", 2008, 2, 2)
add(
    C,
    "resident",
    [f"#KTP#CIKUPA#TALAGA#{n_rohman}#ROHMAN HIDAYAT#{k_rohman}#PEMULA#"],
    line=ktp(n_rohman, k_rohman, "ROHMAN HIDAYAT", "TALAGA", "CIKUPA", "PEMULA"),
    confirm="yoi bener",
)

k_maryam = kk("KOSAMBI", 2019, 1, 9)
add(
    C,
    "resident",
    [f"format KK: {k_maryam} - Siti Maryam - Kosambi Barat - Kosambi\nmaaf klo salah hehe"],
    line=kkline(k_maryam, "SITI MARYAM", "KOSAMBI BARAT", "KOSAMBI"),
)

n_bambang = nik("SOLEAR", 1975, 5, 5)
k_bambang = kk("SOLEAR", 2017, 9, 1)
add(
    C,
    "helper",
    [
        f"# SKPWNI # {n_bambang} # {k_bambang} # Bambang Triyono # pindah ke Dusun Krajan "
        "RT 01 RW 03 Desa Sumberrejo Kec. Purwoharjo Kab. Banyuwangi"
    ],
    answers={"nama_warga": "Bambang Triyono", "telepon_warga": "0878 2231 9262"},
    line=skpwni(
        n_bambang,
        k_bambang,
        "BAMBANG TRIYONO",
        "DUSUN KRAJAN RT 01 RW 03 DESA SUMBERREJO KEC. PURWOHARJO KAB. BANYUWANGI",
    ),
)

n_wawan = nik("PAGEDANGAN", 1990, 11, 28)
k_wawan = kk("PAGEDANGAN", 2018, 8, 8)
add(
    C,
    "resident",
    [f"##KTP##{n_wawan}##{k_wawan}##Wawan Gunawan##Jatake##Pagedangan##Hilang##"],
    line=ktp(n_wawan, k_wawan, "WAWAN GUNAWAN", "JATAKE", "PAGEDANGAN", "HILANG"),
)

n_aulia = nik("KEMIRI", 2009, 2, 13, female=True)
k_aulia = kk("KEMIRI", 2007, 6, 6)
add(
    C,
    "first_timer",
    [
        "#KTP#NIK#NO KK#NAMA#DESA#KECAMATAN#PEMULA# itu gmn ngisinya kak?? nik sy "
        f"{n_aulia} kk {k_aulia} nama Aulia Rahma desa lontar kec kemiri, buat yg pemula"
    ],
    line=ktp(n_aulia, k_aulia, "AULIA RAHMA", "LONTAR", "KEMIRI", "PEMULA"),
)

add(
    C,
    "helper",
    ["#SKDWN#3302150920269265#"],
    answers={
        "keperluan": "Pekerjaan",
        "nama_warga": "Slamet Widodo",
        "telepon_warga": "0896 5512 9265",
    },
    missing=1,
    line=skdwn("3302150920269265", "PEKERJAAN"),
)

k_suryadi = kk("TIGARAKSA", 2013, 3, 27)
add(
    C,
    "resident",
    [f"#KK #{k_suryadi} #Suryadi #kadu agung# tigaraksa  (mohon cetak ulang, KK lama sobek)"],
    line=kkline(k_suryadi, "SURYADI", "KADU AGUNG", "TIGARAKSA"),
)

# ============================================================================================
# desa_typo_with_kecamatan: misspelt desa with the kecamatan, old spellings, missing spaces
# ============================================================================================
C = "desa_typo_with_kecamatan"

n_lilis = nik("KOSAMBI", 1988, 9, 3, female=True)
k_lilis = kk("KOSAMBI", 2014, 4, 14)
add(
    C,
    "resident",
    [
        f"ktp sy ilang, nik {n_lilis} kk {k_lilis} nama Lilis Suryani, ds selembaran jaya kec kosambi"
    ],
    line=ktp(n_lilis, k_lilis, "LILIS SURYANI", "SALEMBARAN JAYA", "KOSAMBI", "HILANG"),
)

k_asep = kk("TELUKNAGA", 2012, 12, 12)
add(
    C,
    "resident",
    [
        f"mau cetak ulang kk no {k_asep} kpl keluarga Asep Saepudin "
        "desa kampung melayu timur kec teluk naga"
    ],
    answers={"saran_tempat": "iya betul yg itu"},
    line=kkline(k_asep, "ASEP SAEPUDIN", "KMP MELAYU TIM", "TELUKNAGA"),
)

n_keisha = nik("SOLEAR", 2020, 1, 21, female=True)
k_keisha = kk("SOLEAR", 2019, 7, 15)
add(
    C,
    "helper",
    [
        "sy kader posyandu mau bantu daftarin kia anak warga: nama Keisha Aurelia, "
        f"nik {n_keisha}, kk {k_keisha}, desa pesanggrahan kecamatan solear"
    ],
    answers={"nama_warga": "Keisha Aurelia", "telepon_warga": "0813 9090 9270"},
    line=kia(n_keisha, k_keisha, "KEISHA AURELIA", "PASANGGRAHAN", "SOLEAR"),
)

n_bagas = nik("PANONGAN", 2009, 1, 8)
k_bagas = kk("PANONGAN", 2010, 5, 19)
add(
    C,
    "first_timer",
    [
        "halo min, sy mau bikin ktp pertama kali. nama Bagas Saputra nik "
        f"{n_bagas} no kk {k_bagas} tinggal di ds. rancakelapa kec. panongan"
    ],
    answers={"saran_tempat": "iyaa"},
    line=ktp(n_bagas, k_bagas, "BAGAS SAPUTRA", "RANCA KALAPA", "PANONGAN", "PEMULA"),
)

n_neneng = nik("PAKUHAJI", 1983, 6, 17, female=True)
k_neneng = kk("PAKUHAJI", 2011, 2, 28)
add(
    C,
    "helper",
    [
        "bantu warga ya bu. KTP rusak, mau ganti.\n"
        f"{n_neneng} / {k_neneng} / Neneng Hasanah / kohot, pakuhaji"
    ],
    answers={
        "saran_tempat": "ya kohod maksudnya",
        "nama_warga": "Neneng Hasanah",
        "telepon_warga": "0838 1100 9275",
    },
    line=ktp(n_neneng, k_neneng, "NENENG HASANAH", "KOHOD", "PAKUHAJI", "RUSAK"),
)

k_darsono = kk("MAUK", 2016, 10, 4)
add(
    C,
    "resident",
    [
        f"kk sy mau ubah alamat.. eh bukan, mau cetak ulang aja. no kk {k_darsono}, kepala kel. "
        "Darsono, desa tegalkunir lor kec mauk"
    ],
    line=kkline(k_darsono, "DARSONO", "TEGAL KUNIR LOR", "MAUK"),
)

n_salsa = nik("SINDANG JAYA", 2009, 6, 11, female=True)
k_salsa = kk("SINDANG JAYA", 2015, 11, 2)
add(
    C,
    "helper",
    [
        "dari kantor desa, ajukan ktp pemula: Salsabila Putri, NIK "
        f"{n_salsa}, KK {k_salsa}, Ds. Sindang Panon Kec. Sindangjaya"
    ],
    answers={"nama_warga": "Salsabila Putri", "telepon_warga": "0819 3434 9279"},
    line=ktp(n_salsa, k_salsa, "SALSABILA PUTRI", "SINDANGPANON", "SINDANG JAYA", "PEMULA"),
)

n_alfarizi = nik("LEGOK", 2015, 8, 20)
k_alfarizi = kk("LEGOK", 2014, 12, 1)
add(
    C,
    "resident",
    [
        "mau bikin kia buat anak laki2 sy, Muhammad Alfarizi, nik "
        f"{n_alfarizi}, kk {k_alfarizi}, desa bojong kamal kec legok"
    ],
    line=kia(n_alfarizi, k_alfarizi, "MUHAMMAD ALFARIZI", "BOJONGKAMAL", "LEGOK"),
)

n_yuliani = nik("PASAR KEMIS", 1992, 4, 30, female=True)
k_yuliani = kk("PASAR KEMIS", 2017, 1, 17)
add(
    C,
    "resident",
    [f"ktp ilang pas mudik. nik{n_yuliani} kk{k_yuliani} an. Yuliani desa kutajaya kec.pasarkemis"],
    line=ktp(n_yuliani, k_yuliani, "YULIANI", "KUTA JAYA", "PASAR KEMIS", "HILANG"),
    confirm="iya kak",
)

k_karta = kk("KELAPA DUA", 2008, 7, 7)
add(
    C,
    "first_timer",
    [
        "permisi kak mau nanya klo cetak kk yg hilang gmn, kk no "
        f"{k_karta} atas nama bapak sy Karta, desa curug sangrreng kelapa dua"
    ],
    answers={"saran_tempat": "ya bener curug sangereng"},
    line=kkline(k_karta, "KARTA", "CURUG SANGERENG", "KELAPA DUA"),
)

n_heri = nik("CIKUPA", 1980, 7, 12)
k_heri = kk("CIKUPA", 2009, 3, 21)
add(
    C,
    "resident",
    [f"ktp sy hilang kak. nik {n_heri} kk {k_heri} nm Heri Kusnadi, telaga sari cikupa"],
    line=ktp(n_heri, k_heri, "HERI KUSNADI", "TALAGASARI", "CIKUPA", "HILANG"),
)

# ============================================================================================
# referral_by_place: Kota Tangerang / Tangsel, names on both sides of the border
# ============================================================================================
C = "referral_by_place"
KT, TS = "Kota Tangerang", "Kota Tangerang Selatan"

add(
    C,
    "resident",
    ["min ktp sy ilang, sy tinggal di pondok jaya, pondok aren. bisa diurus disini?"],
    control="referral",
    referral_to=TS,
)

add(
    C,
    "resident",
    ["mau cetak KK baru, alamat sy di Poris Plawad Indah kec. Cipondoh"],
    control="referral",
    referral_to=KT,
)

add(
    C,
    "first_timer",
    [
        "Assalamualaikum bu, saya warga Cimone Jaya Karawaci mau bikin KIA buat anak, "
        "daftar lewat sini bisa ga ya? baru pertama kali"
    ],
    control="referral",
    referral_to=KT,
)

add(
    C,
    "resident",
    ["pak saya dari kelurahan pakualam serpong utara, anak sy udh 17 mau bikin ktp"],
    control="referral",
    referral_to=TS,
)

n_jatake = nik("JATIUWUNG", 1977, 3, 9)
k_jatake = make_kk("367102", date(2012, 6, 25), next(_serials))
add(
    C,
    "helper",
    [
        "sy ketua RT 05 di kel jatake kec jatiuwung, warga sy mau ganti ktp rusak. "
        f"nik {n_jatake} kk {k_jatake} nama Sarnubi"
    ],
    control="referral",
    referral_to=KT,
)

add(
    C,
    "helper",
    ["bu sy ketua rw di babakan, setu. warga sy ktp nya rusak kena air, bisa ajukan lewat sini?"],
    control="referral",
    referral_to=TS,
)

add(
    C,
    "resident",
    ["sy di cireundeu ciputat timur, baru nikah mau bikin kk baru gmn ya"],
    control="referral",
    referral_to=TS,
)

add(
    C,
    "first_timer",
    [
        "mau nanya, rumah sy di pondok pucung karang tengah (deket ciledug), bikin ktp pemula "
        "di sini bisa ga"
    ],
    control="referral",
    referral_to=KT,
)

add(
    C,
    "helper",
    ["bu sy kader posyandu kel kedaung pamulang, mau daftar kia 3 anak balita sekaligus"],
    control="referral",
    referral_to=TS,
)

n_rudi = nik("SEPATAN", 1986, 2, 14)
k_rudi = kk("SEPATAN", 2013, 8, 30)
add(
    C,
    "resident",
    [f"ktp ilang nik {n_rudi} kk {k_rudi} nama Rudi Hartono desa pondok jaya kec sepatan"],
    line=ktp(n_rudi, k_rudi, "RUDI HARTONO", "PONDOK JAYA", "SEPATAN", "HILANG"),
)

k_saepul = kk("PAGEDANGAN", 2015, 2, 2)
add(
    C,
    "resident",
    [
        f"kk mau dicetak ulang, no {k_saepul}, kepala keluarga Saepul Anwar, desa karang tengah "
        "kecamatan pagedangan kab tangerang (bukan kota ya)"
    ],
    line=kkline(k_saepul, "SAEPUL ANWAR", "KARANG TENGAH", "PAGEDANGAN"),
)

# ============================================================================================
# cancel: many ways, at any point
# ============================================================================================
C = "cancel"

add(C, "resident", ["mau urus kk", "eh gajadi deh kak, nanti aja"], control="cancel")

n_c2 = nik("BALARAJA", 1993, 9, 9, female=True)
k_c2 = kk("BALARAJA", 2019, 4, 4)
add(
    C,
    "resident",
    [
        f"ktp hilang. nik {n_c2} kk {k_c2} nama Sri Wahyuni desa Saga kec Balaraja",
        "batalin aja kak, ktp nya ketemu di laci hehe maaf ya",
    ],
    control="cancel",
)

n_c3 = nik("MEKAR BARU", 2018, 5, 14)
add(
    C,
    "helper",
    [
        "sy operator desa mau input kia warga",
        f"nik anaknya {n_c3}",
        "mohon maaf dibatalkan dulu ya, orang tuanya blm bawa akta",
    ],
    control="cancel",
)

add(
    C,
    "first_timer",
    ["bikin ktp gmn caranya", "oh gitu.. yaudah ga usah dulu deh, sy tanya ortu dulu"],
    control="cancel",
)

n_c5 = nik("KRONJO", 1989, 1, 1)
k_c5 = kk("KRONJO", 2016, 5, 5)
add(
    C,
    "resident",
    [
        f"#SKPWNI#{n_c5}#{k_c5}#HENDRA#JL KARTINI NO 3 RT 01 RW 01 KEL PASIRKAREUMBI "
        "KEC SUBANG KAB SUBANG",
        "stop stop, salah kirim, jangan diproses",
    ],
    control="cancel",
)

add(C, "resident", ["bade ngadamel KK enggal", "teu jadi ah, engke wae"], control="cancel")

n_c7 = nik("JAMBE", 1982, 11, 11)
k_c7 = kk("JAMBE", 2011, 9, 9)
add(
    C,
    "resident",
    ["mau ganti ktp rusak", f"nik {n_c7}", f"kk {k_c7}", "ora sido mas, wis ra usah"],
    control="cancel",
)

add(C, "resident", ["ktp aye ilang bang", "kagak jadi dah, udeh ketemu"], control="cancel")

k_c9 = kk("KRESEK", 2014, 10, 10)
add(
    C,
    "helper",
    [
        f"kk warga: {k_c9}, kepala keluarga Mulyadi, desa Renged kec Kresek, mohon cetak ulang",
        "pak mohon dihapus saja permohonan barusan, warganya mau datang langsung ke kecamatan",
    ],
    control="cancel",
)

add(
    C,
    "first_timer",
    ["kia anak", "nama anak Alif", "udah deh batal aja, ribet"],
    control="cancel",
)

add(
    C,
    "resident",
    [
        "pindah datang, no skpwni 3275010320269284 keperluan ikut orang tua",
        "cancel",
    ],
    control="cancel",
)

# ============================================================================================
# casual_stepwise: odd, chatty or partial answers to each question
# ============================================================================================
C = "casual_stepwise"

n_eko = nik("CURUG", 1991, 12, 24)
k_eko = kk("CURUG", 2018, 6, 16)
add(
    C,
    "resident",
    ["kak mau bikin ktp lg"],
    answers={
        "alasan": "ilang kemaren pas di pasar, kayanya jatoh",
        "nik": f"nik nya ini ya {n_eko}",
        "no_kk": f"bentar sy liat dulu.. {k_eko}",
        "nama": "Eko Prasetyo",
        "desa": "desa saya kadu",
        "kecamatan": "curug kak",
    },
    missing=6,
    line=ktp(n_eko, k_eko, "EKO PRASETYO", "KADU", "CURUG", "HILANG"),
)

k_sarmin = kk("CISOKA", 2006, 3, 15)
add(
    C,
    "first_timer",
    ["halo", "sy mau ngurus kartu keluarga, baru pertama kali gatau caranya"],
    answers={
        "no_kk": f"yg di pojok kanan atas itu ya? {k_sarmin}",
        "nama_kepala_keluarga": "bapak saya, namanya Sarmin",
        "desa": "sukatani",
        "kecamatan": "cisoka",
    },
    missing=4,
    line=kkline(k_sarmin, "SARMIN", "SUKATANI", "CISOKA"),
)

n_zahra = nik("RAJEG", 2021, 2, 9, female=True)
k_zahra = kk("RAJEG", 2020, 10, 26)
add(
    C,
    "resident",
    ["kia"],
    answers={
        "nik": f"punya anak sy {n_zahra}",
        "no_kk": f"{k_zahra} kk nya",
        "nama": "Zahra Aulia Putri, masih 5 thn",
        "desa": "di jambu karya kak",
        "kecamatan": "rajeg",
    },
    missing=5,
    line=kia(n_zahra, k_zahra, "ZAHRA AULIA PUTRI", "JAMBU KARYA", "RAJEG"),
)

n_supri = nik("TIGARAKSA", 1985, 5, 29)
k_supri = kk("TIGARAKSA", 2012, 8, 18)
add(
    C,
    "helper",
    ["ktp warga sy patah nih pak gmn"],
    answers={
        "nik": f"{n_supri} itu nik nya",
        "no_kk": f"kk {k_supri}",
        "nama": "atas nama Supriyadi",
        "desa": "cileles",
        "kecamatan": "tigaraksa pak",
        "alasan": "rusak, patah jadi dua",
        "nama_warga": "Supriyadi",
        "telepon_warga": "0812 4545 9291",
    },
    missing=5,
    line=ktp(n_supri, k_supri, "SUPRIYADI", "CILELES", "TIGARAKSA", "RUSAK"),
)

n_dinda = nik("TIGARAKSA", 2009, 10, 1, female=True)
k_dinda = kk("TIGARAKSA", 2007, 1, 12)
add(
    C,
    "helper",
    ["assalamualaikum, sy dari desa mau bantu warga bikin ktp pertama"],
    answers={
        "nik": f"ini nik nya {n_dinda}",
        "no_kk": f"{grp(k_dinda, 4, 4, 4)}",
        "nama": "anaknya namanya Dinda Maharani",
        "desa": "Pete",
        "kecamatan": "Tigaraksa",
        "alasan": "pemula, baru 17",
        "nama_warga": "Dinda Maharani",
        "telepon_warga": "0821 3345 9270",
    },
    missing=5,
    line=ktp(n_dinda, k_dinda, "DINDA MAHARANI", "PETE", "TIGARAKSA", "PEMULA"),
    confirm="sudah benar pak",
)

n_teguh = nik("CISAUK", 1988, 8, 8)
k_teguh = kk("CISAUK", 2016, 9, 29)
add(
    C,
    "resident",
    ["mau pindah ke luar kota, surat pindahnya bisa lewat sini?"],
    answers={
        "layanan": "surat pindah keluar",
        "nik": f"{n_teguh}",
        "no_kk": f"kk: {k_teguh}",
        "nama": "sy Teguh Wibowo",
        "alamat_pindah": "ke rumah mertua di Jl Kaliurang Km 7 Gg Mawar No 3 RT 05 RW 12 "
        "Desa Sinduharjo Kec Ngaglik Kab Sleman",
    },
    missing=4,
    line=skpwni(
        n_teguh,
        k_teguh,
        "TEGUH WIBOWO",
        "JL KALIURANG KM 7 GG MAWAR NO 3 RT 05 RW 12 DESA SINDUHARJO KEC NGAGLIK KAB SLEMAN",
    ),
)

add(
    C,
    "resident",
    ["sy baru pindah dr jakarta, mau lapor ke sini"],
    answers={
        "layanan": "pindah datang kak",
        "no_skpwni": "nomornya 3174051020269290 yg di surat",
        "keperluan": "ikut orang tua",
    },
    missing=2,
    line=skdwn("3174051020269290", "IKUT ORANG TUA"),
)

n_marlina = nik("TIGARAKSA", 1997, 2, 3, female=True)
k_marlina = kk("TIGARAKSA", 2021, 5, 31)
add(
    C,
    "first_timer",
    ["ktp"],
    answers={
        "layanan": "ktp",
        "alasan": "hilang",
        "nik": f"gatau nik itu apa.. yg 16 angka ya? {n_marlina}",
        "no_kk": f"{k_marlina}",
        "nama": "Marlina",
        "desa": "Sodong",
        "kecamatan": "Tigaraksa",
    },
    missing=6,
    line=ktp(n_marlina, k_marlina, "MARLINA", "SODONG", "TIGARAKSA", "HILANG"),
)

k_ade = kk("SOLEAR", 2010, 4, 22)
add(
    C,
    "resident",
    ["punten, bade tumaros, kk abdi leungit"],
    answers={
        "no_kk": f"ieu nomerna {k_ade}",
        "nama_kepala_keluarga": "Ade Suherman, pun bapa",
        "desa": "Cikasungka",
        "kecamatan": "Solear",
    },
    missing=4,
    line=kkline(k_ade, "ADE SUHERMAN", "CIKASUNGKA", "SOLEAR"),
    confirm="leres",
)

n_arsyila = nik("GUNUNG KALER", 2026, 9, 17, female=True)
k_arsyila = kk("GUNUNG KALER", 2024, 6, 5)
add(
    C,
    "helper",
    ["sy bidan desa mau bantu bikin KIA bayi"],
    answers={
        "nik": f"nik bayinya {n_arsyila}",
        "no_kk": k_arsyila,
        "nama": "Arsyila Humaira",
        "desa": "ds. kedung",
        "kecamatan": "gn kaler",
        "nama_warga": "Ibu Kartini",
        "telepon_warga": "0852 1919 9296",
    },
    missing=5,
    line=kia(n_arsyila, k_arsyila, "ARSYILA HUMAIRA", "KEDUNG", "GUNUNG KALER"),
)

# ============================================================================================
# name_introduced: names introduced in passing, with titles, at the end
# ============================================================================================
C = "name_introduced"

n_wahyu = nik("BALARAJA", 1983, 10, 10)
k_wahyu = kk("BALARAJA", 2012, 2, 22)
add(
    C,
    "resident",
    [
        "assalamualaikum, perkenalkan nama saya Wahyu Hidayat dari desa Cangkudu Balaraja. "
        f"ktp saya hilang, nik {n_wahyu}, kk {k_wahyu}"
    ],
    line=ktp(n_wahyu, k_wahyu, "WAHYU HIDAYAT", "CANGKUDU", "BALARAJA", "HILANG"),
)

n_putri = nik("CIKUPA", 2009, 11, 29, female=True)
k_putri = kk("CIKUPA", 2014, 7, 7)
add(
    C,
    "first_timer",
    [
        "halo kak, ini dengan Putri Ayu Lestari, kemarin baru ulang tahun ke-17 😊 mau bikin ktp. "
        f"nik {n_putri}, kk {k_putri}, alamat desa Cibadak kec Cikupa"
    ],
    line=ktp(n_putri, k_putri, "PUTRI AYU LESTARI", "CIBADAK", "CIKUPA", "PEMULA"),
)

n_rafka = nik("CURUG", 2014, 3, 3)
k_rafka = kk("CURUG", 2013, 11, 19)
add(
    C,
    "resident",
    [
        "Ini Bu Yanti ya, mau daftar KIA anak saya yg namanya Rafka Aditya. "
        f"nik {n_rafka} kk {k_rafka}. kel Sukabakti kec Curug"
    ],
    line=kia(n_rafka, k_rafka, "RAFKA ADITYA", "SUKABAKTI", "CURUG"),
)

k_rojak = kk("TELUKNAGA", 2022, 1, 14)
add(
    C,
    "resident",
    [
        "dgn sy sendiri Abdul Rojak sbg kepala keluarga, mau cetak kk baru, no "
        f"{k_rojak}, domisili desa Pangkalan teluknaga"
    ],
    line=kkline(k_rojak, "ABDUL ROJAK", "PANGKALAN", "TELUKNAGA"),
)

n_karsih = nik("BALARAJA", 1969, 4, 18, female=True)
k_karsih = kk("BALARAJA", 2010, 12, 30)
add(
    C,
    "helper",
    [
        "sy Rini dari kantor desa Gembong (Balaraja) izin ajukan ktp rusak warga namanya Karsih, "
        f"nik {n_karsih}, kk {k_karsih}"
    ],
    answers={"nama_warga": "Karsih", "telepon_warga": "0857 4141 9253"},
    line=ktp(n_karsih, k_karsih, "KARSIH", "GEMBONG", "BALARAJA", "RUSAK"),
)

n_hendra = nik("LEGOK", 1981, 6, 6)
k_hendra = kk("LEGOK", 2015, 10, 20)
add(
    C,
    "resident",
    [
        "Nama saya Hendra Gunawan, biasa dipanggil Hendra, warga Legok. Mau urus surat pindah "
        f"keluar, NIK {n_hendra} KK {k_hendra}. Tujuan: Perum Griya Asri Blok C2 No 8 RT 003 "
        "RW 009 Desa Kramatwatu Kec Kramatwatu Kab Serang"
    ],
    line=skpwni(
        n_hendra,
        k_hendra,
        "HENDRA GUNAWAN",
        "PERUM GRIYA ASRI BLOK C2 NO 8 RT 003 RW 009 DESA KRAMATWATU KEC KRAMATWATU KAB SERANG",
    ),
)

k_jaenudin = kk("GUNUNG KALER", 2007, 9, 13)
add(
    C,
    "first_timer",
    [
        "maaf pak sy org kampung blm ngerti, sy Jaenudin kepala keluarganya, kk sy sudah lecek "
        f"mau diganti, no kk {k_jaenudin}, desa onyam gunung kaler"
    ],
    line=kkline(k_jaenudin, "JAENUDIN", "ONYAM", "GUNUNG KALER"),
    confirm="iya pak bener",
)

n_komariah = nik("CISOKA", 1976, 12, 5, female=True)
k_komariah = kk("CISOKA", 2014, 3, 3)
add(
    C,
    "helper",
    [
        f"ktp warga ilang nik {n_komariah} kk {k_komariah} desa Jeungjing cisoka. "
        "a.n. Siti Komariah. sy staf desa yg bantu"
    ],
    answers={"nama_warga": "Siti Komariah", "telepon_warga": "0831 7000 9263"},
    line=ktp(n_komariah, k_komariah, "SITI KOMARIAH", "JEUNGJING", "CISOKA", "HILANG"),
)

n_bintang = nik("KELAPA DUA", 2021, 8, 17)
k_bintang = kk("KELAPA DUA", 2021, 9, 1)
add(
    C,
    "resident",
    [
        "anak sy si Bintang udh 5 thn mau dibikinin kia, nama lengkapnya Bintang Ramadhan Putra, "
        f"nik {n_bintang}, kk {k_bintang}, kel Kelapa Dua kec Kelapa Dua"
    ],
    line=kia(n_bintang, k_bintang, "BINTANG RAMADHAN PUTRA", "KELAPA DUA", "KELAPA DUA"),
)

n_anisa = nik("TIGARAKSA", 2008, 12, 22, female=True)
k_anisa = kk("TIGARAKSA", 2009, 5, 5)
add(
    C,
    "helper",
    [
        f"Mohon diproses KTP pemula Sdri. Anisa Rahmawati, NIK {n_anisa}, KK {k_anisa}, "
        "Desa Margasari Kec. Tigaraksa.\nSalam, Operator Kecamatan Tigaraksa (Pak Jaja)"
    ],
    answers={"nama_warga": "Anisa Rahmawati", "telepon_warga": "0812 1000 9267"},
    line=ktp(n_anisa, k_anisa, "ANISA RAHMAWATI", "MARGASARI", "TIGARAKSA", "PEMULA"),
)

# ============================================================================================
# dashed_numbers: groups, dots, dashes, spaces, O for 0, l for 1
# ============================================================================================
C = "dashed_numbers"

n_x1 = nik("SEPATAN TIMUR", 1990, 5, 15, female=True)
k_x1 = kk("SEPATAN TIMUR", 2018, 4, 12)
add(
    C,
    "resident",
    [
        f"ktp ilang. NIK {grp(n_x1, 4, 4, 4, sep='-')} KK {grp(k_x1, 4, 4, 4, sep='.')} "
        "nama Eva Susanti desa Lebak Wangi kec Sepatan Timur"
    ],
    line=ktp(n_x1, k_x1, "EVA SUSANTI", "LEBAK WANGI", "SEPATAN TIMUR", "HILANG"),
)

k_x2 = kk("PASAR KEMIS", 2018, 6, 15)
add(
    C,
    "resident",
    [
        f"mau cetak kk, nomornya {grp(k_x2, 6, 6)} kepala keluarga Ahmad Fauzi "
        "desa Gelam Jaya Pasar Kemis"
    ],
    line=kkline(k_x2, "AHMAD FAUZI", "GELAM JAYA", "PASAR KEMIS"),
)

n_x3 = nik("KOSAMBI", 2016, 10, 30)
k_x3 = kk("KOSAMBI", 2015, 10, 10)
add(
    C,
    "helper",
    [
        "daftar kia warga: Raffi Alamsyah, nik "
        f"{n_x3.replace('0', 'O')}, kk {k_x3.replace('0', 'O', 2)}, ds Dadap kec Kosambi"
    ],
    answers={"nama_warga": "Raffi Alamsyah", "telepon_warga": "0813 2000 9272"},
    line=kia(n_x3, k_x3, "RAFFI ALAMSYAH", "DADAP", "KOSAMBI"),
)

n_x4 = nik("CIKUPA", 1978, 7, 4)
k_x4 = kk("CIKUPA", 2010, 1, 25)
add(
    C,
    "resident",
    [
        f"ktp rusak gan, nik {grp(n_x4, 2, 2, 2, 6)}, kk {grp(k_x4, 2, 2, 2, 6)}, Joko Susilo, "
        "desa Dukuh kec Cikupa"
    ],
    line=ktp(n_x4, k_x4, "JOKO SUSILO", "DUKUH", "CIKUPA", "RUSAK"),
)

n_x5 = nik("KRESEK", 2009, 4, 4)
k_x5 = kk("KRESEK", 2012, 7, 27)
add(
    C,
    "first_timer",
    [
        "mau buat ktp baru umur sy pas 17. nik:\n"
        f"{n_x5[:8]}\n{n_x5[8:]}\n"
        f"kk:\n{k_x5[:8]}\n{k_x5[8:]}\n"
        "nama Ilham Maulana desa Koper kec Kresek"
    ],
    line=ktp(n_x5, k_x5, "ILHAM MAULANA", "KOPER", "KRESEK", "PEMULA"),
)

n_x6 = nik("PANONGAN", 1994, 6, 23)
k_x6 = kk("PANONGAN", 2021, 8, 14)
add(
    C,
    "helper",
    [
        "surat pindah keluar warga sy: Andri Kurniawan, nik "
        f"{n_x6.replace('1', 'l')}, kk {grp(k_x6, 4, 4, 4)}, pindah ke Jl Gatot Subroto No 77 "
        "RT 08 RW 03 Kel Sei Sikambing B Kec Medan Sunggal Kota Medan"
    ],
    answers={"nama_warga": "Andri Kurniawan", "telepon_warga": "0822 6611 9276"},
    line=skpwni(
        n_x6,
        k_x6,
        "ANDRI KURNIAWAN",
        "JL GATOT SUBROTO NO 77 RT 08 RW 03 KEL SEI SIKAMBING B KEC MEDAN SUNGGAL KOTA MEDAN",
    ),
)

n_x7 = nik("KELAPA DUA", 1999, 1, 1, female=True)
k_x7 = kk("KELAPA DUA", 2023, 3, 1)
add(
    C,
    "resident",
    [
        f"NIK. {grp(n_x7, 4, 2, 4, 2, sep='.')} / No.KK. {grp(k_x7, 4, 2, 4, 2, sep='.')} "
        "an Melati Kusuma, ktp sy ilang dijambret, desa Bojong Nangka kec Kelapa Dua"
    ],
    line=ktp(n_x7, k_x7, "MELATI KUSUMA", "BOJONG NANGKA", "KELAPA DUA", "HILANG"),
)

k_x8 = kk("SEPATAN TIMUR", 2020, 3, 12)
add(
    C,
    "helper",
    [
        f"KK: {grp(k_x8, 4, 4, 4, sep='-')}\nKepala keluarga: Sukri\nDesa Kampung Kelor, "
        "Sepatan Timur\nmohon cetak ulang, hp warga 0812-9988-7766"
    ],
    answers={"nama_warga": "Sukri", "telepon_warga": "0812-9988-7766"},
    line=kkline(k_x8, "SUKRI", "KAMPUNG KELOR", "SEPATAN TIMUR"),
)

n_x9 = nik("KRONJO", 2019, 12, 15, female=True)
k_x9 = kk("KRONJO", 2019, 12, 30)
add(
    C,
    "resident",
    [
        f"kia anak sy Nurul Fitriani nik: {grp(n_x9, 4, 4, 4)} , "
        f"kk: {grp(k_x9, 4, 4, 4, sep=' - ')} , desa Pagenjahan, kronjo"
    ],
    line=kia(n_x9, k_x9, "NURUL FITRIANI", "PAGENJAHAN", "KRONJO"),
)

n_x10 = nik("SINDANG JAYA", 1987, 8, 25)
k_x10 = kk("SINDANG JAYA", 2016, 2, 16)
add(
    C,
    "resident",
    [
        f"nik {n_x10[:4]} {n_x10[4:6]}-{n_x10[6:12]} {n_x10[12:]} (enam belas digit ya), "
        f"kk {k_x10[:4]}-{k_x10[4:]}, ktp hilang, Dedi Mulyadi, Wanakerta Sindang Jaya"
    ],
    line=ktp(n_x10, k_x10, "DEDI MULYADI", "WANAKERTA", "SINDANG JAYA", "HILANG"),
)

k_x11 = kk("MEKAR BARU", 2010, 5, 20)
add(
    C,
    "first_timer",
    [
        f"nomor kk nya {grp(k_x11.replace('0', 'O'), 4, 4, 4)} yg kepala keluarga Rohendi, "
        "mau print ulang kk krn basah. desa Waliwis kec Mekar Baru"
    ],
    line=kkline(k_x11, "ROHENDI", "WALIWIS", "MEKAR BARU"),
)

# ============================================================================================
# restate_known_value: a value sent again that the assistant already knows
# ============================================================================================
C = "restate_known_value"

n_nurul = nik("CIKUPA", 1996, 3, 8, female=True)
k_nurul = kk("CIKUPA", 2022, 9, 9)
add(
    C,
    "resident",
    [
        f"ktp hilang nik {n_nurul} kk {k_nurul}",
        f"nik sy tadi {n_nurul} ya kak, namanya Nurul Hidayah",
    ],
    answers={"desa": "desa sukamulya", "kecamatan": "cikupa"},
    missing=2,
    line=ktp(n_nurul, k_nurul, "NURUL HIDAYAH", "SUKAMULYA", "CIKUPA", "HILANG"),
)

k_slamet = kk("BALARAJA", 2011, 11, 1)
add(
    C,
    "helper",
    [
        f"kk warga no {k_slamet} kepala keluarga Slamet Riyadi, minta cetak ulang",
        f"desa Tobat balaraja. no kk nya {grp(k_slamet, 4, 4, 4)} itu td",
    ],
    answers={"nama_warga": "Slamet Riyadi", "telepon_warga": "0877 3131 9281"},
    line=kkline(k_slamet, "SLAMET RIYADI", "TOBAT", "BALARAJA"),
)

n_fathan = nik("SUKAMULYA", 2013, 7, 7)
k_fathan = kk("SUKAMULYA", 2012, 4, 4)
add(
    C,
    "resident",
    [
        f"kia anak sy, nik anak {n_fathan}, kk {k_fathan}, nama Fathan Al Ghifari",
        f"oh iya kk nya {k_fathan} sama kaya yg tadi. desa Kaliasin kec Sukamulya",
    ],
    line=kia(n_fathan, k_fathan, "FATHAN AL GHIFARI", "KALIASIN", "SUKAMULYA"),
)

n_rizal = nik("SINDANG JAYA", 2009, 5, 20)
k_rizal = kk("SINDANG JAYA", 2013, 6, 6)
add(
    C,
    "first_timer",
    [
        "mau bikin ktp pemula, nama sy Rizal Fauzi",
        f"nik {n_rizal}",
        f"kk {k_rizal}",
        "nama sy Rizal Fauzi ya, di desa Badak Anom sindang jaya",
    ],
    line=ktp(n_rizal, k_rizal, "RIZAL FAUZI", "BADAK ANOM", "SINDANG JAYA", "PEMULA"),
)

add(
    C,
    "resident",
    [
        "mau pindah datang, no skpwni 3302171120269288",
        "no skpwni 3302171120269288, keperluannya pindah rumah",
    ],
    line=skdwn("3302171120269288", "PINDAH RUMAH"),
)

n_bayu = nik("PAGEDANGAN", 1993, 4, 14)
k_bayu = kk("PAGEDANGAN", 2019, 8, 27)
add(
    C,
    "resident",
    [
        "ktp rusak, kec pagedangan desa cihuni",
        f"nik {n_bayu} kk {k_bayu}",
        "nama Bayu Anggara, desa cihuni kecamatan pagedangan",
    ],
    line=ktp(n_bayu, k_bayu, "BAYU ANGGARA", "CIHUNI", "PAGEDANGAN", "RUSAK"),
)

# ============================================================================================
# name_with_relation: the name through a relative or a title
# ============================================================================================
C = "name_with_relation"

k_darma = kk("CIKUPA", 2017, 5, 5)
add(
    C,
    "resident",
    [
        f"saya bu Ani, mau cetak kk atas nama suami saya pak Darmawan, no kk {k_darma}, "
        "desa Bunder kec Cikupa"
    ],
    line=kkline(k_darma, "DARMAWAN", "BUNDER", "CIKUPA"),
)

n_aqila = nik("MAUK", 2022, 3, 10, female=True)
k_aqila = kk("MAUK", 2021, 1, 15)
add(
    C,
    "resident",
    [
        "tolong buatkan kia anak sy yg kecil, namanya Aqila Zahira, nik "
        f"{n_aqila}, kk {k_aqila}, ds Tanjung Anom kec Mauk"
    ],
    line=kia(n_aqila, k_aqila, "AQILA ZAHIRA", "TANJUNG ANOM", "MAUK"),
)

n_sukaesih = nik("KRESEK", 1958, 10, 2, female=True)
k_sukaesih = kk("KRESEK", 2010, 10, 2)
add(
    C,
    "resident",
    [
        "ibu mertua saya, Ibu Sukaesih, ktpnya hilang pas ke pasar. nik beliau "
        f"{n_sukaesih}, kk {k_sukaesih}, desa Talok kecamatan Kresek"
    ],
    line=ktp(n_sukaesih, k_sukaesih, "SUKAESIH", "TALOK", "KRESEK", "HILANG"),
)

n_dimas = nik("PAKUHAJI", 2009, 8, 31)
k_dimas = kk("PAKUHAJI", 2006, 12, 18)
add(
    C,
    "resident",
    [
        "anak sy yg sulung, Dimas Aditya, udah 17 mau bikin ktp pertama, nik "
        f"{n_dimas} kk {k_dimas}, desa Kiara Payung pakuhaji"
    ],
    line=ktp(n_dimas, k_dimas, "DIMAS ADITYA", "KIARA PAYUNG", "PAKUHAJI", "PEMULA"),
)

k_sanusi = kk("PANONGAN", 2003, 9, 9)
add(
    C,
    "first_timer",
    [
        "kk bapak sy mau diganti krn rusak dimakan rayap, bapak namanya Sanusi, "
        f"no kk {k_sanusi}, desa Ciakar kec panongan"
    ],
    line=kkline(k_sanusi, "SANUSI", "CIAKAR", "PANONGAN"),
)

n_lukman = nik("CURUG", 1994, 9, 19)
k_lukman = kk("CURUG", 2020, 2, 29)
add(
    C,
    "resident",
    [
        "adik saya Lukman Hakim mau pindah ikut istrinya ke Jl Veteran No 21 RT 02 RW 01 Kel "
        f"Kauman Kec Klojen Kota Malang. nik dia {n_lukman} kk {k_lukman}"
    ],
    line=skpwni(
        n_lukman,
        k_lukman,
        "LUKMAN HAKIM",
        "JL VETERAN NO 21 RT 02 RW 01 KEL KAUMAN KEC KLOJEN KOTA MALANG",
    ),
)

# ============================================================================================
# surat_pindah: SKPWNI and SKDWN
# ============================================================================================
C = "surat_pindah"

n_irfan = nik("LEGOK", 1992, 1, 23)
k_irfan = kk("LEGOK", 2020, 10, 10)
add(
    C,
    "resident",
    [
        "sy mau pindah ke tangsel, ke rumah baru di Jl. Cendrawasih Raya No 9 RT 04 RW 07 Kel "
        "Sawah Baru Kec Ciputat Kota Tangerang Selatan. skrg masih warga desa Caringin Legok. "
        f"nik {n_irfan} kk {k_irfan} nama Irfan Maulana"
    ],
    line=skpwni(
        n_irfan,
        k_irfan,
        "IRFAN MAULANA",
        "JL. CENDRAWASIH RAYA NO 9 RT 04 RW 07 KEL SAWAH BARU KEC CIPUTAT KOTA TANGERANG SELATAN",
    ),
)

add(
    C,
    "helper",
    [
        "pak ada warga baru dtg dr Lampung ke desa kami, bawa skpwni nomor 1871052026110399263, "
        "keperluan pindah kerja"
    ],
    answers={"nama_warga": "Yoga Pratama", "telepon_warga": "0899 1212 9263"},
    line=skdwn("1871052026110399263", "PINDAH KERJA"),
)

add(
    C,
    "first_timer",
    [
        "sy baru pindah dari Surabaya ke Desa Dangdang Cisauk, kata kelurahan disana sy dapat "
        "surat pindah, nomornya 357818102026929. skrg mau daftar disini gmn",
    ],
    answers={"keperluan": "ikut keluarga"},
    missing=1,
    line=skdwn("357818102026929", "IKUT KELUARGA"),
)

n_yusuf = nik("CISOKA", 1986, 7, 7)
k_yusuf = kk("CISOKA", 2014, 7, 14)
add(
    C,
    "resident",
    ["mau bikin surat pindah keluar"],
    answers={
        "nik": n_yusuf,
        "no_kk": k_yusuf,
        "nama": "Yusuf Maulana",
        "alamat_pindah": "Jl. Sultan Agung No 45 RT 001 RW 003 Kel Guntur Kec Setiabudi "
        "Kota Jakarta Selatan",
    },
    missing=4,
    line=skpwni(
        n_yusuf,
        k_yusuf,
        "YUSUF MAULANA",
        "JL. SULTAN AGUNG NO 45 RT 001 RW 003 KEL GUNTUR KEC SETIABUDI KOTA JAKARTA SELATAN",
    ),
)

add(
    C,
    "resident",
    [
        "assalamualaikum mau urus pindah datang, sy dari Kab Serang, no skpwni "
        "36040211202609281, keperluan: menempati rumah sendiri"
    ],
    line=skdwn("36040211202609281", "MENEMPATI RUMAH SENDIRI"),
)

n_samsul = nik("JAYANTI", 1970, 3, 30)
k_samsul = kk("JAYANTI", 2008, 8, 8)
add(
    C,
    "resident",
    [
        f"mau bikin SKPWNI sekeluarga, nik kepala keluarga {n_samsul}, kk {k_samsul}, a.n. "
        "Samsul Bahri, tujuan Dsn. Sukorejo RT 02 RW 05 Desa Sukorejo Kec. Gurah Kab. Kediri"
    ],
    line=skpwni(
        n_samsul,
        k_samsul,
        "SAMSUL BAHRI",
        "DSN. SUKOREJO RT 02 RW 05 DESA SUKOREJO KEC. GURAH KAB. KEDIRI",
    ),
)

# ============================================================================================
# question_not_form: questions, and what only an officer can do
# ============================================================================================
C = "question_not_form"

add(
    C,
    "first_timer",
    ["bikin ktp bayar berapa ya? takut mahal"],
    facts=[["gratis", "tidak dipungut", "tanpa biaya", "tidak ada biaya"]],
)

add(
    C,
    "resident",
    ["ktp ilang harus ke polsek dulu ga sih? ribet bgt"],
    facts=[["polisi", "kepolisian", "polsek"]],
)

add(
    C,
    "first_timer",
    ["kia buat anak umur 6 thn perlu foto ga? ukuran brp"],
    facts=[["2x3", "2 x 3", "2×3", "2 × 3"]],
)

add(
    C,
    "resident",
    ["kak bisa tolong di-acc skrg ga pengajuan kk sy, penting bgt buat daftar bpjs"],
    control="no_approval",
)

add(
    C,
    "first_timer",
    [f"kak bisa cek ga NIK {n_lilis} ini punya siapa? nemu dompet di jalan, mau sy balikin"],
    control="no_nik_lookup",
)

add(
    C,
    "resident",
    [
        "data di ktp sy tgl lahirnya salah, harusnya 1990 ketulis 1980. mau dibetulin tp "
        "gatau caranya, bisa ngobrol sama petugas langsung?"
    ],
    control="handoff",
)

# ============================================================================================
# topic_coverage: requirement points in everyday words
# ============================================================================================
C = "topic_coverage"

add(
    C,
    "resident",
    ["kalo pindah rumah cuma beda desa, masih di kab tangerang juga, perlu surat pindah ga?"],
    facts=[["tidak perlu", "tidak memerlukan", "tidak diperlukan", "tidak usah", "tanpa skpwni"]],
)

add(
    C,
    "first_timer",
    ["kk yg dicetak di kertas hvs biasa itu sah ga sih? takut palsu"],
    facts=[["sah", "berlaku", "resmi"]],
)

add(
    C,
    "resident",
    ["ktp digital / IKD itu gimana caranya aktifin? butuh apa aja"],
    facts=[["hp", "ponsel", "smartphone", "handphone"], ["email", "e-mail", "surel"]],
)

add(
    C,
    "resident",
    ["ktp sy rusak mau ganti, ktp lama yg udh patah itu harus dibawa ga?"],
    facts=[["bawa", "dibawa", "membawa", "serahkan", "diserahkan"]],
)

add(
    C,
    "helper",
    ["kalau warga mau pindah datang tapi ngontrak / ngekos, syaratnya apa aja ya pak?"],
    facts=[
        ["skpwni", "surat keterangan pindah", "surat pindah"],
        ["pemilik rumah", "tidak keberatan", "pernyataan"],
    ],
)

add(
    C,
    "first_timer",
    ["umur sy 16 tp udh nikah, bisa bikin ktp ga?"],
    facts=[["menikah", "kawin"], ["buku nikah", "akta perkawinan", "akta nikah", "kutipan akta"]],
)

# ============================================================================================
# complaint_followup: complaints and follow-ups on an earlier request
# ============================================================================================
C = "complaint_followup"

add(
    C,
    "resident",
    ["min sy udh kirim format ktp hilang dr tgl 10 kok sampe skrg blm ada kabar ya? kecewa bgt"],
    control="handoff",
)

add(
    C,
    "resident",
    [
        "KK saya sudah jadi tapi nama ibu saya salah ketik, Siti jadi Sitti. gimana ini, "
        "tolong diurus sama petugasnya"
    ],
    control="handoff",
)

add(
    C,
    "helper",
    [
        "pak, kemarin sy kirim 5 permohonan KIA warga desa Waliwis tp baru 2 yg ada kabar, "
        "yg 3 lagi gmn ya? orang tuanya nanyain terus ke sy"
    ],
    control="handoff",
)

add(
    C,
    "resident",
    [
        "tiket sy dari kemarin statusnya masih BARU terus, tolong dong dipercepat, "
        "bisa dijadwalin ambil besok pagi?"
    ],
    control="no_approval",
)

add(
    C,
    "first_timer",
    [
        "sy udh daftar ktp minggu lalu tp lupa kode tiketnya, hp sy ganti. cek pake nik aja ya "
        f"{n_x1}"
    ],
    control="no_nik_lookup",
)

add(
    C,
    "resident",
    ["udah 3x bolak balik ke kecamatan, blanko ktp katanya kosong terus. sy mau komplain resmi"],
    control="handoff",
)

# ============================================================================================
# helper_mode: village-office helpers, several residents
# ============================================================================================
C = "helper_mode"

n_nabila = nik("CURUG", 2009, 9, 9, female=True)
k_nabila = kk("CURUG", 2011, 3, 3)
add(
    C,
    "helper",
    [
        "selamat pagi, sy petugas desa Kadu Jaya Curug, mau ajukan ktp pemula utk warga: "
        f"Nabila Zahra, nik {n_nabila}, kk {k_nabila}"
    ],
    answers={"nama_warga": "Nabila Zahra", "telepon_warga": "0812 7070 9254"},
    line=ktp(n_nabila, k_nabila, "NABILA ZAHRA", "KADU JAYA", "CURUG", "PEMULA"),
)

k_sopian = kk("LEGOK", 2016, 6, 16)
add(
    C,
    "helper",
    [
        "sy RT 04 desa Babat legok, bantu warga sy pak Ujang cetak kk, kk nya "
        f"{k_sopian}, kepala keluarga Ujang Sopian"
    ],
    answers={"nama_warga": "pak Ujang Sopian", "telepon_warga": "0856 9012 9256"},
    line=kkline(k_sopian, "UJANG SOPIAN", "BABAT", "LEGOK"),
)

n_maesaroh = nik("JAMBE", 1974, 2, 2, female=True)
k_maesaroh = kk("JAMBE", 2009, 9, 19)
add(
    C,
    "helper",
    [
        "ada 2 warga ya pak, satu dulu: ktp hilang a.n. Maesaroh nik "
        f"{n_maesaroh} kk {k_maesaroh} desa Ranca Buaya kec Jambe. yg kedua nanti sy kirim "
        "abis ini"
    ],
    answers={"nama_warga": "Maesaroh", "telepon_warga": "0813 5656 9259"},
    line=ktp(n_maesaroh, k_maesaroh, "MAESAROH", "RANCA BUAYA", "JAMBE", "HILANG"),
)

n_rayyan = nik("SEPATAN TIMUR", 2012, 1, 27)
k_rayyan = kk("SEPATAN TIMUR", 2011, 12, 12)
add(
    C,
    "helper",
    [
        f"pengajuan KIA\nan. Muhammad Rayyan\nNIK {n_rayyan}\nNo KK {k_rayyan}\n"
        "Desa Gempol Sari\n\nttd operator kecamatan Sepatan Timur"
    ],
    answers={"nama_warga": "Muhammad Rayyan", "telepon_warga": "0817 0303 9262"},
    line=kia(n_rayyan, k_rayyan, "MUHAMMAD RAYYAN", "GEMPOL SARI", "SEPATAN TIMUR"),
)

add(
    C,
    "helper",
    [
        f"pak sy kader desa, tolong cek nik {n_nabila} ini udh punya ktp blm ya, "
        "orangnya lupa udh pernah rekam apa belum"
    ],
    control="no_nik_lookup",
)

add(
    C,
    "helper",
    [
        "sy kades Cibetok, mohon permohonan warga sy yg masuk hari ini disetujui duluan ya pak, "
        "sy jamin datanya benar semua"
    ],
    control="no_approval",
)

# ============================================================================================
# correction_at_confirmation: a correction after the summary
# ============================================================================================
C = "correction_at_confirmation"

n_co1 = nik("CIKUPA", 1989, 6, 21, female=True)
k_co1 = kk("CIKUPA", 2015, 3, 13)
add(
    C,
    "resident",
    [
        f"ktp hilang, nik {n_co1} kk {k_co1} nama Wulan Sari desa Cikupa kec Cikupa",
        "eh salah kak, desanya bukan Cikupa tapi Sukanagara, kecamatan tetep cikupa",
    ],
    control="correction",
    line=ktp(n_co1, k_co1, "WULAN SARI", "SUKANAGARA", "CIKUPA", "HILANG"),
)

k_co2 = kk("RAJEG", 2018, 1, 8)
add(
    C,
    "resident",
    [
        f"cetak ulang kk, no {k_co2}, kepala keluarga Jajang, desa Tanjakan kec Rajeg",
        "nama kepala keluarganya Jajang Nurjaman, lengkapnya. tolong dibenerin",
    ],
    control="correction",
    line=kkline(k_co2, "JAJANG NURJAMAN", "TANJAKAN", "RAJEG"),
)

n_co3_wrong = nik("TELUKNAGA", 2016, 2, 14, female=True)
n_co3 = nik("TELUKNAGA", 2016, 2, 14, female=True)
k_co3 = kk("TELUKNAGA", 2015, 5, 25)
add(
    C,
    "resident",
    [
        f"kia anak sy: Khanza Salsabila, nik {n_co3_wrong}, kk {k_co3}, desa Lemo kec Teluknaga",
        f"maaf pak nik anaknya salah ketik, yg bener {n_co3}",
    ],
    control="correction",
    line=kia(n_co3, k_co3, "KHANZA SALSABILA", "LEMO", "TELUKNAGA"),
)

n_co4 = nik("MAUK", 1980, 10, 28)
k_co4 = kk("MAUK", 2012, 6, 21)
add(
    C,
    "resident",
    [
        f"ktp hilang, {n_co4}, {k_co4}, Sugiono, desa Ketapang kec Mauk",
        "eh bukan hilang deng, rusak. ktp nya ada cuma patah",
    ],
    control="correction",
    line=ktp(n_co4, k_co4, "SUGIONO", "KETAPANG", "MAUK", "RUSAK"),
)

n_co5 = nik("KEMIRI", 2009, 1, 19, female=True)
k_co5_wrong = kk("KEMIRI", 2018, 3, 3)
k_co5 = kk("KEMIRI", 2008, 4, 16)
add(
    C,
    "first_timer",
    [
        f"ktp pemula, nik {n_co5} kk {k_co5_wrong} nama Intan Permatasari, desa Klebet kec Kemiri",
        f"kk nya yg bener {k_co5}, tadi sy ketik punya kakak sy. maaf",
    ],
    control="correction",
    line=ktp(n_co5, k_co5, "INTAN PERMATASARI", "KLEBET", "KEMIRI", "PEMULA"),
)

n_co6 = nik("KOSAMBI", 1987, 12, 12)
k_co6 = kk("KOSAMBI", 2014, 12, 24)
add(
    C,
    "resident",
    [
        f"surat pindah keluar, nik {n_co6} kk {k_co6} nama Gilang Ramadhan, pindah ke Jl "
        "Merdeka No 10 RT 03 RW 02 Kel Sukajadi Kec Sukajadi Kota Bandung",
        "ralat alamat tujuan: Jl Merdeka No 10 RT 05 RW 02 Kel Sukajadi Kec Sukajadi Kota Bandung. "
        "RT nya 05 bukan 03",
    ],
    control="correction",
    line=skpwni(
        n_co6,
        k_co6,
        "GILANG RAMADHAN",
        "JL MERDEKA NO 10 RT 05 RW 02 KEL SUKAJADI KEC SUKAJADI KOTA BANDUNG",
    ),
)

# ============================================================================================
# hash_line: the office's # line, as sent
# ============================================================================================
C = "hash_line"

n_hl1 = nik("CISAUK", 1998, 7, 17, female=True)
k_hl1 = kk("CISAUK", 2023, 7, 30)
add(
    C,
    "resident",
    [ktp(n_hl1, k_hl1, "DEVI ANGGRAINI", "SURADITA", "CISAUK", "HILANG")],
    line=ktp(n_hl1, k_hl1, "DEVI ANGGRAINI", "SURADITA", "CISAUK", "HILANG"),
)

k_hl2 = kk("SUKAMULYA", 2017, 9, 21)
add(
    C,
    "resident",
    [f"#kk#{k_hl2}#budi santoso#sukamulya#sukamulya"],
    line=kkline(k_hl2, "BUDI SANTOSO", "SUKAMULYA", "SUKAMULYA"),
)

n_hl3 = nik("MAUK", 2018, 11, 5, female=True)
k_hl3 = kk("MAUK", 2018, 1, 31)
add(
    C,
    "helper",
    [f"#KIA#{n_hl3}#{k_hl3}#ALIYA SHAKIRA#KEDUNG DALEM#MAUK\nmohon diproses, trims"],
    answers={"nama_warga": "Aliya Shakira", "telepon_warga": "0858 2424 9284"},
    line=kia(n_hl3, k_hl3, "ALIYA SHAKIRA", "KEDUNG DALEM", "MAUK"),
)

add(
    C,
    "resident",
    ["#SKDWN#3275012026081500927#PINDAH KERJA"],
    line=skdwn("3275012026081500927", "PINDAH KERJA"),
)

n_hl5 = nik("JAYANTI", 1984, 3, 18)
k_hl5 = kk("JAYANTI", 2013, 10, 28)
add(
    C,
    "first_timer",
    [f"#KTP#{n_hl5}#{k_hl5}#Rahmat Hidayat#Pasir Muncang#Jayanti#Rusak#"],
    line=ktp(n_hl5, k_hl5, "RAHMAT HIDAYAT", "PASIR MUNCANG", "JAYANTI", "RUSAK"),
)

n_hl6 = nik("KEMIRI", 2000, 5, 2)
k_hl6 = kk("KEMIRI", 2019, 2, 19)
add(
    C,
    "resident",
    [
        ktp(n_hl6, k_hl6, "FAJAR NUGROHO", "PATRAMANGGALA", "KEMIRI", "HILANG")
        + "\ntolong di acc hari ini ya min, besok mau dipake ngelamar kerja"
    ],
    control="no_approval",
)


# ============================================================================================
def main() -> None:
    by_cat: dict[str, list[dict]] = {}
    for conv in CONVS:
        cat = conv["category"]
        bucket = by_cat.setdefault(cat, [])
        conv = {"id": f"{PREFIX}-{cat.replace('_', '-')}-{len(bucket) + 1:02d}", **conv}
        bucket.append(conv)
    for old in HERE.glob(f"{PREFIX}_*.yml"):
        old.unlink()
    for cat, convs in by_cat.items():
        path = HERE / f"{PREFIX}_{cat}.yml"
        text = yaml.safe_dump(
            {"conversations": convs}, allow_unicode=True, sort_keys=False, width=100
        )
        path.write_text(text, encoding="utf-8")

    services: Counter[str] = Counter()
    for conv in CONVS:
        line = conv["expect"].get("line")
        if line:
            parts = line.split("#")
            svc = parts[1]
            services[f"KTP {parts[7]}" if svc == "KTP" else svc] += 1
    kinds = Counter(
        conv["expect"].get("control") or ("line" if "line" in conv["expect"] else "facts")
        for conv in CONVS
    )
    print(f"{len(CONVS)} conversations in {len(by_cat)} files")
    print("categories:", dict(Counter(c["category"] for c in CONVS)))
    print("personas:", dict(Counter(c["persona"] for c in CONVS)))
    print("expect kinds:", dict(kinds))
    print("services:", dict(services))


if __name__ == "__main__":
    main()
