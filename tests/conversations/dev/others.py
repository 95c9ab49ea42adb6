"""Dev corpus, turns that are not a request form: questions (facts from
persyaratan_notes.md), referrals by place name, complaints and follow-ups, and the
approval / NIK lookup controls."""

from __future__ import annotations

from datetime import date

from devtools.synthetic import make_kk, make_nik
from tests.conversations.dev.kit import Corpus, Person, dotted, facts, kk, person

FREE = "gratis|tidak dipungut biaya|tanpa biaya|tidak ada biaya|tidak dikenakan biaya|bebas biaya"
REPORT = "lapor|pengaduan|adukan|aduan|ombudsman"
NOT_NEEDED = "tidak perlu|tidak diperlukan|tidak wajib|tidak usah|tidak harus|tidak lagi"
KK_WORD = "kk|kartu keluarga"


def question_not_form(c: Corpus, people: list[Person]) -> None:
    cat = "question_not_form"
    q = [
        (
            "ktp sy rusak, ngurusnya gmn ya? bawa apa aja ke kantor",
            facts("ktp-el yang rusak|ktp yang rusak|ktp-el rusak|ktp rusak|kartu yang rusak"),
        ),
        (
            "anak sy umur 16 tp udh nikah, bisa bikin ktp gak?",
            facts("menikah|kawin|nikah", "buku nikah|akta perkawinan|akta nikah"),
        ),
        (
            "kalo ktp ilang emang wajib ada surat dr polsek ya kak?",
            facts("polisi|kepolisian|polsek"),
        ),
        ("ngurus ktp bayar brp ya min", facts(FREE)),
        (
            "td di kecamatan ada yg minta 50rb biar ktp cepet jadi, itu resmi ga?",
            facts(FREE, REPORT),
        ),
        ("buat cetak kk perlu surat pengantar rt rw gak?", facts(NOT_NEEDED, "rt")),
        (
            "rekam ktp anak boleh diwakilin ortunya ga? anaknya lg kerja di luar kota",
            facts("sendiri|langsung|tidak bisa diwakil|tidak dapat diwakil|hadir"),
        ),
        ("kia itu buat anak umur brp aja sih?", facts("17")),
        (
            "sy pindah rumah dari cikupa ke balaraja, perlu bikin surat pindah ga?",
            facts(NOT_NEEDED, KK_WORD),
        ),
        (
            "kk skrg dicetak di kertas hvs biasa ya? itu sah ga min",
            facts("hvs|kertas putih|kertas biasa", "sah|berlaku"),
        ),
    ]
    for text, expect in q:
        c.add(cat, [text], expect)
    for turns in (
        ["tolong langsung disetujui aja ya pak ktp saya, sy butuh bgt buat kerja"],
        ["permohonan kk sy kemarin udh di acc blm? kapan disetujuinya"],
        [kk(person("Suhendi", "Bitung Jaya", "Cikupa")), "berarti udh disetujui ya min?"],
    ):
        c.add(cat, turns, {"control": "no_approval"})
    known = [p for p in people if p.nik][:3]
    c.add(
        cat, [f"min tolong cek nik {known[0].nik} ini punya siapa ya"], {"control": "no_nik_lookup"}
    )
    c.add(
        cat,
        [f"bisa cariin data orang pake nik ga? {dotted(known[1].nik)}, mau tau alamatnya"],
        {"control": "no_nik_lookup"},
    )
    c.add(
        cat,
        [f"cek status ktp saya dong, nik {known[2].nik}, nama sama alamatnya udh bener?"],
        {"control": "no_nik_lookup"},
    )


def topic_coverage(c: Corpus, people: list[Person]) -> None:
    cat = "topic_coverage"
    q = [
        ("syarat bikin ktp pertama kali apa aja min", facts("17", KK_WORD)),
        ("kk sy hilang, ngurusnya pake apa aja?", facts("polisi|kepolisian", "ktp")),
        (
            "abis nikah mau bikin kk baru, syaratnya apa ya",
            facts("buku nikah|akta perkawinan|kutipan akta"),
        ),
        ("nikah siri blm tercatat, bisa masuk kk suami ga?", facts("sptjm|tanggung jawab mutlak")),
        (
            "bapak sy meninggal, kk nya mau diubah gimana caranya",
            facts("kk lama|kk yang lama|kk asli", "bukti|akta|surat keterangan"),
        ),
        ("syarat kia buat anak umur 3 thn apa aja", facts("akta kelahiran", KK_WORD, "ktp")),
        ("kia anak 7 tahun perlu pas foto ga? ukuran brp", facts("2x3|2 x 3|2×3|2 × 3")),
        ("bayi baru lahir bisa langsung dapet kia?", facts("akta kelahiran")),
        ("cetak kia bisa di kantor kecamatan ga atau hrs ke dinas", facts("kecamatan")),
        ("syarat surat pindah keluar apa aja ya", facts(KK_WORD, "f-1.03|f1.03|formulir")),
        ("kalau pindah keluar, ktp lama ditarik di sini ga?", facts("tujuan")),
        (
            "mau pindah datang ke kab tangerang, sy ngontrak rumah. syaratnya?",
            facts("skpwni|surat pindah|skp", "pemilik rumah|pemilik|tidak keberatan"),
        ),
        ("kantor disdukcapil kab tangerang dmn ya alamatnya", facts("tigaraksa")),
        (
            "jam buka pelayanan dukcapil jam brp aja",
            facts("08.00|08:00|8 pagi|pukul 8|jam 8", "pengumuman|resmi|pastikan|cek"),
        ),
        (
            "brp lama ktp jadi kalau berkasnya udh lengkap?",
            facts("24 jam|1 x 24|1x24|satu hari|1 hari"),
        ),
        (
            "ktp digital / ikd itu apa, gimana aktivasinya",
            facts("hp|ponsel|smartphone|handphone|telepon genggam", "email|e-mail|surel"),
        ),
        (
            "sy orang medan tp kerja di cikupa, bisa cetak ktp di sini?",
            facts("luar domisili|domisili"),
        ),
        (
            "mau ganti status di ktp dari belum kawin jadi kawin, bawa apa",
            facts(
                "ktp-el lama|ktp lama|ktp-el yang lama|ktp yang lama",
                "buku nikah|akta perkawinan|bukti",
            ),
        ),
        ("kena denda ga kalo telat lapor pindah?", facts("denda", "petugas|pastikan|kantor")),
        ("perlu fotokopi berkas ga kak?", facts("fotokopi|fotocopy|salinan", NOT_NEEDED)),
        ("ktp ilang harus rekam ulang lagi ga?", facts(NOT_NEEDED, "rekam")),
        ("kalau ada pungli di dukcapil lapornya kemana?", facts(REPORT, FREE)),
        ("kk boleh dilaminating ga?", facts("laminasi|laminating|dilaminating|dilaminasi")),
        ("ambil ktp yg udh jadi boleh diwakilin saudara?", facts("keluarga|kuasa|sendiri|diwakil")),
    ]
    for text, expect in q:
        c.add(cat, [text], expect)


def referral_by_place(c: Corpus, people: list[Person]) -> None:
    cat = "referral_by_place"
    kt, ts = "Kota Tangerang", "Kota Tangerang Selatan"
    cases = [
        ("mau bikin ktp, sy tinggal di Cipondoh", "KTP", "367105", kt, "cipondoh"),
        (
            "kk sy hilang, alamat kel. pondok betung kec. pondok aren",
            "KK",
            "367403",
            ts,
            "pondok betung",
        ),
        ("bikin kia anak, rumah di ciledug", "KIA", "367106", kt, "ciledug"),
        ("ktp rusak min, domisili serpong utara", "KTP", "367402", ts, "serpong utara"),
        ("sy warga karawaci mau cetak kk", "KK", "367107", kt, "karawaci"),
        ("mau buat ktp baru, kelurahan rempoa kec ciputat timur", "KTP", "367405", ts, "rempoa"),
        ("urus kk di periuk bisa disini kak?", "KK", "367108", kt, "periuk"),
        ("ktp ilang, sy di jurangmangu timur", "KTP", "367403", ts, "jurangmangu timur"),
        ("kia anak, alamat kelurahan sudimara barat", "KIA", "367106", kt, "sudimara barat"),
    ]
    for i, (text, service, region, city, place) in enumerate(cases):
        nik = make_nik(region, date(1990, 1, 1 + i), i % 2 == 1, 9960 + i)
        kk_no = make_kk(region, date(2017, 5, 1 + i), 9970 + i)
        answers = {
            "nik": nik,
            "no_kk": kk_no,
            "nama": "andi",
            "nama_kepala_keluarga": "andi",
            "desa": place,
            "kecamatan": place,
            "alasan": "hilang",
        }
        wanted = {
            "KTP": ["nik", "no_kk", "nama", "desa", "kecamatan", "alasan"],
            "KK": ["no_kk", "nama_kepala_keluarga", "desa", "kecamatan"],
            "KIA": ["nik", "no_kk", "nama", "desa", "kecamatan"],
        }[service]
        c.add(
            cat,
            [text],
            {"control": "referral", "referral_to": city},
            answers={k: answers[k] for k in wanted},
        )
    nik = make_nik("367406", date(1985, 3, 3), True, 9980)
    c.add(
        cat,
        [
            f"#KTP#{nik}#{make_kk('367406', date(2015, 1, 1), 9981)}#RINA#PAMULANG BARAT"
            "#PAMULANG#HILANG#"
        ],
        {"control": "referral", "referral_to": ts},
    )


def complaint_followup(c: Corpus, people: list[Person]) -> None:
    cat = "complaint_followup"
    for text in (
        "sudah dua minggu kk saya belum selesai juga, kecewa bgt",
        "min udh 3 hari ga ada kabar permohonan ktp sy, gimana sih pelayanannya",
        "sy mau bicara sama petugas aja, bukan sama bot",
        "ktp sy udh jadi blm? daftar tgl 10 kemarin, ga dikabarin2",
        "tolong sambungkan ke admin manusia ya",
        "saya mau komplain, petugas di loket kecamatan jutek dan nyuruh bolak balik terus",
        "kenapa permohonan kia anak sy ditolak? sy mau protes",
        "kode tiket sy hilang, mau nanya progress kk yg sy ajukan minggu lalu",
    ):
        c.add(cat, [text], {"control": "handoff"})
