"""Dev corpus, requests that end in a ticket: hand-written messages, numbers filled in."""

from __future__ import annotations

from datetime import date

from tests.conversations.dev.kit import (
    GAZ,
    Corpus,
    Person,
    answers_for,
    child,
    dashed,
    dotted,
    is_unique,
    kia,
    kk,
    ktp,
    person,
    phone,
    six,
    skdwn,
    skpwni,
    spaced,
)

TEEN = date(2009, 2, 11)  # 17 in December 2026


def only_desa(p: Person) -> str:
    """The desa as typed, for messages that leave the kecamatan out (it must be unique)."""
    assert is_unique(p.desa_t), p.desa_t
    return p.desa_t


def formal_one_message(c: Corpus, people: list[Person]) -> None:
    cat = "formal_one_message"
    p = person("Siti Aminah", "Bitung Jaya", "Cikupa", female=True, born=date(1991, 3, 2))
    c.add(
        cat,
        [
            "Dengan hormat,\nSaya yang bertanda tangan di bawah ini bermaksud mengajukan penggantian "
            "KTP elektronik saya yang rusak (chip tidak terbaca). Berikut data saya:\n"
            f"Nama: Siti Aminah\nNIK: {p.nik}\nNo. KK: {p.kk}\nDesa Bitung Jaya, Kecamatan Cikupa\n"
            "Atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
        ],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    people.append(p)
    p = person("Ahmad Fauzi", "Talagasari", "Balaraja")
    c.add(
        cat,
        [
            "Assalamualaikum wr. wb. Mohon maaf mengganggu malam-malam. Saya ingin mengajukan "
            f"pencetakan ulang Kartu Keluarga. Nomor KK {p.kk}, kepala keluarga Ahmad Fauzi, "
            "alamat Desa Talagasari Kecamatan Balaraja. Terima kasih atas bantuannya.",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
        confirm="Iya, sudah benar. Terima kasih.",
    )
    parent = person("Nur Aini", "Kadu Agung", "Tigaraksa", female=True)
    k = child(parent, "Putri Lestari", date(2018, 4, 4), female=True)
    c.add(
        cat,
        [
            "Selamat siang Bapak/Ibu petugas. Saya hendak mengajukan pembuatan Kartu Identitas Anak "
            f"untuk putri saya. Data anak: nama Putri Lestari, NIK {k.nik}, nomor KK {k.kk}, "
            "beralamat di Kelurahan Kadu Agung, Kecamatan Tigaraksa. Demikian, terima kasih.",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )
    p = person("Rudi Hartono", "Cukanggalih", "Curug")
    c.add(
        cat,
        [
            "Yth. Admin Disdukcapil Kab. Tangerang, dengan ini saya memohon penerbitan kembali KTP-el "
            f"karena hilang. NIK {p.nik}, KK {p.kk}, nama Rudi Hartono, Desa Cukanggalih Kec. Curug. "
            "Surat kehilangan dari kepolisian sudah saya siapkan. Hormat saya, Rudi Hartono.",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    people.append(p)
    p = person("Dimas Pratama", "Sukamantri", "Pasar Kemis", born=TEEN)
    c.add(
        cat,
        [
            "Permisi, dengan hormat saya ingin mendaftar perekaman KTP elektronik pemula untuk anak "
            f"saya yang sudah berusia 17 tahun. NIK: {p.nik} / No KK: {p.kk} / Nama: Dimas Pratama / "
            "Desa Sukamantri / Kec. Pasar Kemis. Terima kasih.",
        ],
        {"line": ktp(p, "PEMULA")},
        answers=answers_for("KTP", p, alasan="PEMULA"),
    )
    p = person("Bambang Supriyadi", "Sentul Jaya", "Balaraja")
    addr = "Jl. Melati No. 8 RT 004 RW 002 Kel. Sukamaju Kec. Cilodong Kota Depok"
    c.add(
        cat,
        [
            "Dengan hormat, saya bermaksud mengurus surat keterangan pindah keluar (SKPWNI) karena "
            f"pindah kerja. Data: NIK {p.nik}, No. KK {p.kk}, nama Bambang Supriyadi, alamat tujuan "
            f"{addr}. Terima kasih.",
        ],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
    )
    nomor = "SKPWNI/3201/15092026/0112"
    c.add(
        cat,
        [
            "Selamat pagi. Saya mohon dibantu proses surat pindah datang. Nomor SKPWNI saya "
            f"{nomor}, keperluan pindah datang sekeluarga. Terima kasih banyak.",
        ],
        {"line": skdwn(nomor, "pindah datang sekeluarga")},
        answers={"no_skpwni": nomor, "keperluan": "pindah datang sekeluarga"},
    )
    p = person("Hendra Wijaya", "Kohod", "Pakuhaji")
    c.add(
        cat,
        [
            "Kepada Yth.\nPetugas Disdukcapil\n\nSaya mohon KK saya dicetak ulang karena rusak "
            f"terkena banjir.\nNo KK : {p.kk}\nKepala Keluarga : Hendra Wijaya\nDesa : Kohod\n"
            "Kecamatan : Pakuhaji\n\nHormat kami.",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    p = person("Maria Ulfa", "Cisereh", "Tigaraksa", female=True, born=date(1995, 11, 23))
    c.add(
        cat,
        [
            "Mohon izin mengajukan, KTP el saya sudah retak dan tulisannya pudar. Nama lengkap Maria "
            f"Ulfa, NIK {p.nik}, nomor kartu keluarga {p.kk}, tinggal di Desa Cisereh Kecamatan "
            "Tigaraksa. Mohon arahannya.",
        ],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    parent = person("Agus Setiawan", "Mekar Bakti", "Panongan")
    k = child(parent, "Muhammad Rafa Alfarizi", date(2016, 9, 30))
    c.add(
        cat,
        [
            "Dengan hormat, bersama pesan ini saya sampaikan permohonan KIA untuk anak kami: Nama "
            f"anak Muhammad Rafa Alfarizi; NIK anak {k.nik}; No. KK {k.kk}; Desa Mekar Bakti, "
            "Kecamatan Panongan. Terima kasih atas pelayanannya.",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )


def dashed_numbers(c: Corpus, people: list[Person]) -> None:
    cat = "dashed_numbers"
    p = person("dewi sartika", "Binong", "Curug", female=True, born=date(1990, 8, 17))
    c.add(
        cat,
        [
            f"ktp sy rusak min, nik {dashed(p.nik)} kk {dashed(p.kk)} nama dewi sartika ds binong "
            "kec curug",
        ],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    people.append(p)
    p = person("budi santoso", "Sukadamai", "Cikupa")
    c.add(
        cat,
        [
            f"mau cetak ulang kk, no kk {dotted(p.kk)} kepala keluarga budi santoso desa sukadamai "
            "kec cikupa",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    parent = person("Lina Marlina", "Pasir Gadung", "Cikupa", female=True)
    k = child(parent, "aisyah", date(2019, 3, 15), female=True)
    c.add(
        cat,
        [
            f"bikin kia anak sy: nik {spaced(k.nik)}, kk {spaced(k.kk)}, nama aisyah, ds pasir gadung "
            "kec cikupa",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )
    p = person("Samsul Bahri", "Daru", "Jambe", born=date(1979, 1, 5))
    nik = f"{p.nik[:6]}-{p.nik[6:12]}-{p.nik[12:]}"
    c.add(
        cat,
        [
            f"Ktp ilang kak. NIK {nik}, KK {p.kk[:6]}-{p.kk[6:12]}-{p.kk[12:]}, Samsul Bahri, "
            "desa daru kec jambe",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Eko Prasetyo", "Pete", "Tigaraksa")
    addr = "Jl. Raya Bogor KM 30 RT 002 RW 001 Kel. Pakansari Kec. Cibinong Kab. Bogor"
    c.add(
        cat,
        [
            "mau bikin surat pindah keluar min",
            f"nik: {p.nik[:4]}–{p.nik[4:8]}–{p.nik[8:12]}–{p.nik[12:]} kk: "
            f"{p.kk[:4]}–{p.kk[4:8]}–{p.kk[8:12]}–{p.kk[12:]} nama eko prasetyo",
        ],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
        missing=1,
    )
    p = person("Nadia Safitri", "Sodong", "Tigaraksa", female=True, born=TEEN)
    c.add(
        cat,
        [
            f"rekam ktp baru buat sy, udh 17. NIK {dotted(p.nik)} KK {dotted(p.kk)} nama Nadia "
            "Safitri desa Sodong",
        ],
        {"line": ktp(p, "PEMULA")},
        answers=answers_for("KTP", p, alasan="PEMULA"),
    )
    p = person("Iwan Kurniawan", "Rawa Kidang", "Sukadiri")
    n = p.kk
    c.add(
        cat,
        [
            f"kk sy robek min mau ganti. nomor {n[:4]} {n[4:6]} {n[6:10]} {n[10:12]} {n[12:]} "
            "kepala keluarga iwan kurniawan rawa kidang sukadiri",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    p = person("Yanti Susanti", "Pasir Ampo", "Kresek", female=True, born=date(1984, 12, 1))
    n = p.nik
    c.add(
        cat,
        [
            f"NIK : {n[:4]} - {n[4:8]} - {n[8:12]} - {n[12:]}\nKK : {dashed(p.kk)}\nNama : Yanti "
            "Susanti\nDs. Pasir Ampo Kec. Kresek\nktp hilang",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    parent = person("Dedi Mulyadi", "Kedung Dalem", "Mauk")
    k = child(parent, "Rizki Aditya", date(2014, 7, 21))
    c.add(
        cat,
        [
            "kia anak min",
            f"{dotted(k.nik)} nik anak, kk {dotted(k.kk)}, nama rizki aditya, kedung dalem mauk",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )
    p = person("Ratna Sari", "Kutruk", "Jambe", female=True, born=date(1993, 5, 9))
    c.add(
        cat,
        [
            f"ktp rusak, nik {dashed(p.nik)}, kk {dotted(p.kk)}, ratna sari, desa kutruk, kec jambe",
        ],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )


def name_introduced(c: Corpus, people: list[Person]) -> None:
    cat = "name_introduced"
    p = person("Siti Rohmah", "Sukanagara", "Cikupa", female=True, born=date(1987, 2, 2))
    c.add(
        cat,
        [
            f"ktp ilang an. Siti Rohmah nik {p.nik} kk {p.kk} desa sukanagara kec cikupa",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    people.append(p)
    p = person("Rahmat Hidayat", "Gembong", "Balaraja")
    c.add(
        cat,
        [
            f"mau urus kk a.n Rahmat Hidayat, no kk {spaced(p.kk)}, ds gembong, kec balaraja",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    parent = person("Sri Mulyani", "Cibogo", "Cisauk", female=True)
    k = child(parent, "Naura Azzahra", date(2020, 1, 19), female=True)
    c.add(
        cat,
        [
            f"bikin KIA atas nama Naura Azzahra, nik {k.nik} kk {k.kk} ds cibogo kec cisauk",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )
    p = person("Yusuf Maulana", "Lontar", "Kemiri", born=date(1982, 10, 10))
    c.add(
        cat,
        [
            f"ktp rusak atas nama saya sendiri Yusuf Maulana, {p.nik}, kk {p.kk}, lontar kemiri",
        ],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Ujang Suryana", "Cikuya", "Solear", born=date(1975, 4, 1))
    c.add(
        cat,
        [
            "mau bikin ktp lagi yg hilang",
            f"An: Ujang Suryana\nNIK {p.nik}\nKK {p.kk}",
            "desa cikuya kec solear",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Fitri Handayani", "Sindangsono", "Sindang Jaya", female=True, born=TEEN)
    c.add(
        cat,
        [
            "ktp baru kak, pertama kali",
            f"nama: Fitri Handayani. nik {six(p.nik)}. no kk {six(p.kk)}. ds sindangsono",
        ],
        {"line": ktp(p, "PEMULA")},
        answers=answers_for("KTP", p, alasan="PEMULA"),
    )
    p = person("Teguh Prasetyo", "Renged", "Kresek")
    c.add(
        cat,
        [
            f"cetak kk baru a/n Teguh Prasetyo no {p.kk} desa renged kresek",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    p = person("Wulan Dari", "Patramanggala", "Kemiri", female=True, born=date(1998, 7, 7))
    addr = "Perum Griya Asri Blok C2 No. 7 RT 001 RW 009 Desa Sukamekar Kec. Sukawangi Kab. Bekasi"
    c.add(
        cat,
        [
            f"skpwni atas nama Wulan Dari, nik {p.nik}, kk {p.kk}",
            f"pindahnya ke {addr}",
        ],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
    )
    parent = person("Hasanudin", "Tegal Angus", "Teluknaga")
    k = child(parent, "Zahra Nur Fadila", date(2021, 12, 12), female=True)
    c.add(
        cat,
        [
            f"kia untuk anak an Zahra Nur Fadila nik {k.nik} kk {k.kk}",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
        missing=1,
    )


def half_remembered_format(c: Corpus, people: list[Person]) -> None:
    cat = "half_remembered_format"
    p = person("siti aminah", "Bitung Jaya", "Cikupa", female=True, born=date(1989, 9, 9))
    c.add(
        cat,
        [f"#ktp {p.nik} {p.kk} siti aminah bitung jaya cikupa hilang"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Budi Santoso", "Talagasari", "Balaraja")
    c.add(
        cat,
        [f"#KK {p.kk} Budi Santoso Talagasari Balaraja"],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    p = person("rina wati", "Sukanagara", "Cikupa", female=True, born=date(1996, 1, 30))
    c.add(
        cat,
        [f"ktp#nik {p.nik}#kk {p.kk}#nama rina wati#ds sukanagara#kec cikupa#rusak"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("wahyu hidayat", "Sampora", "Cisauk")
    c.add(
        cat,
        [f"#KTP#{p.nik}#{p.kk}#wahyu hidayat#sampora#hilang"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    parent = person("Tini", "Pete", "Tigaraksa", female=True)
    k = child(parent, "Keisha", date(2017, 6, 1), female=True)
    c.add(
        cat,
        [f"KIA # {k.nik} # {k.kk} # nama anak: Keisha # desa Pete tigaraksa"],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )
    p = person("Agus Salim", "Cileles", "Tigaraksa")
    addr = "Jl. Diponegoro No. 45 RT 004 RW 003 Kel. Kotabaru Kec. Serang Kota Serang"
    c.add(
        cat,
        [f"#SKPWNI {p.nik} {p.kk} Agus Salim, pindah ke {addr}"],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
    )
    nomor = "SKPWNI/3674/02112026/0031"
    c.add(
        cat,
        [f"#skdwn#no {nomor} keperluan ikut suami"],
        {"line": skdwn(nomor, "ikut suami")},
        answers={"no_skpwni": nomor, "keperluan": "ikut suami"},
    )
    p = person("dina mariana", "Kadu Jaya", "Curug", female=True, born=TEEN)
    c.add(
        cat,
        [f"#ktp# pemula # {p.nik} {p.kk} dina mariana ds kadu jaya kec curug"],
        {"line": ktp(p, "PEMULA")},
        answers=answers_for("KTP", p, alasan="PEMULA"),
    )
    p = person("Slamet Riyadi", "Sodong", "Tigaraksa")
    c.add(
        cat,
        [f"# kk # {p.kk} # Slamet Riyadi # desa {only_desa(p)}"],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )


def restate_known_value(c: Corpus, people: list[Person]) -> None:
    cat = "restate_known_value"
    parent = person("Yuli", "Bitung Jaya", "Cikupa", female=True)
    k = child(parent, "Putri Lestari", date(2015, 2, 14), female=True)
    c.add(
        cat,
        [
            "mau urus kia anak saya",
            f"nik anaknya {k.nik}",
            f"kk {k.kk}",
            "namanya Putri Lestari",
            "ds bitung jaya",
            "kec cikupa",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )
    p = person("Joko Purnomo", "Cukanggalih", "Curug")
    c.add(
        cat,
        [
            f"ktp hilang nik {p.nik} kk {p.kk} nama joko purnomo desa cukanggalih",
            "oh iya kecamatannya curug ya kak",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    people.append(p)
    p = person("Euis Komalasari", "Cukanggalih", "Curug", female=True, born=date(1980, 3, 3))
    c.add(
        cat,
        [
            f"ktp sy rusak, {p.nik}, kk {p.kk}, euis komalasari, cukanggalih curug",
        ],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
        confirm="iya betul, desa cukanggalih kec curug",
    )
    p = person("Andri Gunawan", "Kuta Jaya", "Pasar Kemis")
    c.add(
        cat,
        [
            f"ktp ilang, nik {p.nik} kk {p.kk} andri gunawan ds kuta jaya kec pasar kemis",
            f"nik saya {spaced(p.nik)} ya kak",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Rudi Salim", "Lebak Wangi", "Sepatan Timur")
    c.add(
        cat,
        [
            f"cetak kk, no {p.kk}, kepala keluarga rudi salim, lebak wangi sepatan timur",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
        confirm="ya sudah benar atas nama rudi salim",
    )
    p = person("Ani Suryani", "Karang Serang", "Sukadiri", female=True, born=date(1992, 4, 8))
    c.add(
        cat,
        [
            f"mau buat ulang ktp krn rusak. nik {p.nik} kk {p.kk} nama ani suryani ds karang serang",
            "kec sukadiri",
        ],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Dadang Suhendar", "Sukaharja", "Sindang Jaya", born=date(1977, 8, 20))
    c.add(
        cat,
        [
            "ktp sy ilang pas banjir",
            f"{p.nik}",
            f"kk {p.kk}",
            "dadang suhendar",
            "sukaharja",
            "iya ktp yg hilang itu kak, sukaharja kec sindang jaya",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Maya Puspita", "Sindangsono", "Sindang Jaya", female=True, born=TEEN)
    c.add(
        cat,
        [
            "mau buat ktp baru",
            "ds sindangsono kec sindang jaya",
            "kecamatan sindang jaya kak",
        ],
        {"line": ktp(p, "PEMULA")},
        answers=answers_for("KTP", p, alasan="PEMULA"),
        missing=3,
    )
    p = person("Hadi Susanto", "Sangiang", "Sepatan Timur")
    c.add(
        cat,
        [
            f"kk rusak no kk {p.kk} kepala keluarga hadi susanto desa sangiang",
            f"no kk nya tadi {dashed(p.kk)}",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )


def name_with_relation(c: Corpus, people: list[Person]) -> None:
    cat = "name_with_relation"
    p = person("Rahmat Hidayat", "Cangkudu", "Balaraja")
    c.add(
        cat,
        [
            f"mau cetak kk, kepala keluarganya bapak rahmat hidayat, no kk {p.kk}, ds cangkudu "
            "kec balaraja",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    p = person("Wati Susilawati", "Dukuh", "Cikupa", female=True, born=date(1990, 2, 20))
    c.add(
        cat,
        [
            "mau urus ktp hilang atas nama istri saya, wati susilawati",
            f"nik nya {p.nik}, kk {p.kk}, desa dukuh kec cikupa",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Yusuf Kurniawan", "Jeungjing", "Cisoka")
    c.add(
        cat,
        [
            f"kk baru, kepala keluarga sekarang kakak saya yusuf kurniawan. no kk {p.kk}. "
            "jeungjing cisoka",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    parent = person("Heni", "Suradita", "Cisauk", female=True)
    k = child(parent, "Aisyah Putri", date(2018, 10, 10), female=True)
    c.add(
        cat,
        [
            f"bikin kia buat anak sy yg namanya aisyah putri. nik {k.nik} kk {k.kk} ds suradita",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )
    p = person("Joko Susilo", "Karet", "Sepatan", born=date(1983, 6, 6))
    c.add(
        cat,
        [
            f"ktp suami saya hilang, namanya joko susilo, nik {p.nik} kk {p.kk} ds karet kec sepatan",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Sumiati", "Bojong Loa", "Cisoka", female=True, born=date(1960, 1, 25))
    c.add(
        cat,
        [
            f"ktp punya ibu saya rusak, bu sumiati. {p.nik} / {p.kk} / bojong loa cisoka",
        ],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Rizky Ramadhan", "Sarakan", "Sepatan", born=date(2001, 12, 3))
    addr = "Jl. Kenanga No. 12 RT 003 RW 005 Kel. Depok Jaya Kec. Pancoran Mas Kota Depok"
    c.add(
        cat,
        [
            f"adik sy mau pindah ke depok, namanya rizky ramadhan. nik {p.nik} kk {p.kk}",
        ],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
        missing=1,
    )
    p = person("Andi Saputra", "Kayu Bongkok", "Sepatan")
    c.add(
        cat,
        [
            f"cetak ulang kk. kepala keluarga: suami saya, Andi Saputra. no kk {spaced(p.kk)}, "
            "desa kayu bongkok",
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    p = person("Nabila Khairunnisa", "Babakan Asem", "Teluknaga", female=True, born=TEEN)
    c.add(
        cat,
        [
            f"mau rekam ktp anak pertama saya, Nabila Khairunnisa, nik {p.nik}, kk {p.kk}, "
            "babakan asem teluknaga",
        ],
        {"line": ktp(p, "PEMULA")},
        answers=answers_for("KTP", p, alasan="PEMULA"),
    )
    parent = person("Sukarni", "Lemo", "Teluknaga", female=True)
    k = child(parent, "Arkan Maulana", date(2022, 5, 17))
    c.add(
        cat,
        [
            f"kia utk cucu saya namanya arkan maulana, nik {k.nik}, kk {k.kk}, desa lemo",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )


def surat_pindah(c: Corpus, people: list[Person]) -> None:
    cat = "surat_pindah"
    p = person("Hendra Gunawan", "Talok", "Kresek")
    addr = "Jl. Kenanga No. 12 RT 003 RW 005 Kel. Depok Jaya Kec. Pancoran Mas Kota Depok"
    c.add(
        cat,
        ["mau pindah ke depok, bikin surat pindahnya"],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
        missing=4,
    )
    p = person("Siska Amelia", "Koper", "Kresek", female=True, born=date(1997, 9, 1))
    addr = "Perum Harapan Indah Blok K No. 3 RT 002 RW 011 Kel. Pusaka Rakyat Kec. Tarumajaya Kab. Bekasi"
    c.add(
        cat,
        ["min sy mau ngurus skpwni, pindah ikut suami ke bekasi"],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
        missing=4,
    )
    p = person("Fajar Nugroho", "Jengkol", "Kresek")
    addr = "Dusun Krajan RT 001 RW 001 Desa Sumberejo Kec. Pandaan Kab. Pasuruan"
    c.add(
        cat,
        [
            f"pindah keluar. NIK {p.nik}. KK {p.kk}. Nama Fajar Nugroho. Alamat tujuan: {addr}",
        ],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
    )
    p = person("Lilis Suryani", "Patrasana", "Kresek", female=True, born=date(1986, 3, 12))
    addr = "Jl. Merdeka No. 21 RT 006 RW 002 Kel. Babakan Kec. Bogor Tengah Kota Bogor"
    c.add(
        cat,
        ["bikin surat pindah keluar kak", "iya siap", p.nik],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
        missing=3,
    )
    p = person("Taufik Hidayat", "Ranca Labuh", "Kemiri")
    addr = "Kp. Pasir Kaliki RT 003 RW 004 Desa Cibodas Kec. Pasirjambu Kab. Bandung"
    c.add(
        cat,
        [
            f"assalamualaikum, sy taufik hidayat mau pindah ke bandung. nik {dotted(p.nik)} kk "
            f"{dotted(p.kk)}",
            f"alamat lengkapnya {addr}",
        ],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
    )
    p = person("Rosita", "Klebet", "Kemiri", female=True, born=date(1970, 7, 7))
    addr = "Jl. Ahmad Yani No. 88 RT 001 RW 003 Kel. Cilegon Kec. Jombang Kota Cilegon"
    c.add(
        cat,
        [
            "ibu saya mau pindah ikut saya ke cilegon, surat pindahnya gimana bikinnya? "
            "sekalian daftar aja",
            f"nik ibu {p.nik} kk {p.kk} nama rosita",
        ],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
        missing=1,
    )
    nomor = "SKPWNI/3201/20102026/0451"
    c.add(
        cat,
        [f"sy baru pindah dari bogor, mau lapor datang. no skpwni {nomor}"],
        {"line": skdwn(nomor, "pindah domisili ikut keluarga")},
        answers={"no_skpwni": nomor, "keperluan": "pindah domisili ikut keluarga"},
        missing=1,
    )
    nomor = "SKPWNI/3173/05102026/0007"
    c.add(
        cat,
        ["mau urus pindah datang"],
        {"line": skdwn(nomor, "pindah kerja")},
        answers={"no_skpwni": f"nomornya {nomor}", "keperluan": "pindah kerja"},
        missing=2,
    )
    nomor = "SKPWNI/3578/11112026/0219"
    c.add(
        cat,
        [
            f"surat pindah datang, nomornya {nomor}, keperluan: pindah datang sekeluarga",
        ],
        {"line": skdwn(nomor, "pindah datang sekeluarga")},
        answers={"no_skpwni": nomor, "keperluan": "pindah datang sekeluarga"},
    )
    nomor = "SKPWNI/3671/28112026/0090"
    c.add(
        cat,
        ["halo, kami sekeluarga baru datang dari kota tangerang", "mau urus skdwn", nomor],
        {"line": skdwn(nomor, "ikut orang tua")},
        answers={"no_skpwni": nomor, "keperluan": "ikut orang tua"},
        missing=1,
    )


def helper_mode(c: Corpus, people: list[Person]) -> None:
    cat = "helper_mode"
    p = person("Sri Wahyuni", "Sukanagara", "Cikupa", female=True, born=date(1994, 4, 4))
    tel = phone(9401)
    c.add(
        cat,
        [
            "Selamat pagi, saya petugas Desa Sukanagara mau bantu daftarkan warga",
            f"ktp hilang nik {p.nik} kk {p.kk} nama Sri Wahyuni ds sukanagara kec cikupa",
        ],
        {"line": ktp(p, "HILANG")},
        persona="helper",
        answers=answers_for("KTP", p, alasan="HILANG", nama_warga="Sri Wahyuni", telepon_warga=tel),
        missing=2,
    )
    p = person("Mulyadi", "Pasir Nangka", "Tigaraksa")
    c.add(
        cat,
        [
            "sy operator desa pasir nangka, ijin input kk warga",
            f"#KK#{p.kk}#MULYADI#PASIR NANGKA#TIGARAKSA",
        ],
        {"line": kk(p)},
        persona="helper",
        answers=answers_for("KK", p, nama_warga="Mulyadi", telepon_warga=phone(9402)),
        missing=2,
    )
    parent = person("Rohimah", "Kadu", "Curug", female=True)
    k = child(parent, "Alif Ramadhan", date(2019, 5, 5))
    c.add(
        cat,
        [
            "saya dari kantor desa kadu, mau daftarin kia anak warga",
            "ya",
            f"nik anak {k.nik} kk {k.kk} nama alif ramadhan ds kadu kec curug",
        ],
        {"line": kia(k)},
        persona="helper",
        answers=answers_for("KIA", k, nama_warga="Rohimah", telepon_warga=phone(9403)),
        missing=2,
    )
    p = person("Asep Saepudin", "Rancailat", "Kresek")
    tel = phone(9404)
    c.add(
        cat,
        [
            "izin pak, sy staf kecamatan kresek, mau ajukan ktp rusak warga an. Asep Saepudin, "
            f"nik {p.nik}, kk {p.kk}, desa rancailat, no hp warga {tel}",
        ],
        {"line": ktp(p, "RUSAK")},
        persona="helper",
        answers=answers_for(
            "KTP", p, alasan="RUSAK", nama_warga="Asep Saepudin", telepon_warga=tel
        ),
    )
    p = person("Neneng Hasanah", "Sukawali", "Pakuhaji", female=True, born=date(1966, 6, 16))
    c.add(
        cat,
        [
            "Assalamualaikum, sy kader desa sukawali. Titip data warga ya min:\n"
            f"Nama: Neneng Hasanah\nNIK: {p.nik}\nKK: {p.kk}\nDesa Sukawali Kec Pakuhaji\n"
            "Keperluan: KTP hilang",
        ],
        {"line": ktp(p, "HILANG")},
        persona="helper",
        answers=answers_for(
            "KTP", p, alasan="HILANG", nama_warga="Neneng Hasanah", telepon_warga=phone(9405)
        ),
        missing=2,
    )
    p = person("Darsono", "Gintung", "Sukadiri")
    addr = "Jl. Pemuda No. 5 RT 002 RW 004 Kel. Kaliabang Tengah Kec. Bekasi Utara Kota Bekasi"
    c.add(
        cat,
        [
            "sy petugas desa gintung. warga sy mau pindah ke bekasi",
            f"nik {p.nik} kk {p.kk} nama darsono",
            f"alamat tujuan {addr}",
        ],
        {"line": skpwni(p, addr)},
        persona="helper",
        answers=answers_for(
            "SKPWNI", p, alamat_pindah=addr, nama_warga="Darsono", telepon_warga=phone(9406)
        ),
        missing=2,
    )
    p = person("Komariah", "Kiara Payung", "Pakuhaji", female=True, born=TEEN)
    c.add(
        cat,
        [
            "pak, titip 1 berkas ktp pemula warga sy ya, sy dari desa kiara payung",
            f"{p.nik} {p.kk} komariah",
            "warganya namanya komariah, hp 0812 9407 9407",
        ],
        {"line": ktp(p, "PEMULA")},
        persona="helper",
        answers=answers_for(
            "KTP", p, alasan="PEMULA", nama_warga="Komariah", telepon_warga=phone(9407)
        ),
        missing=0,
    )
    p = person("Junaedi", "Pangkalan", "Teluknaga")
    c.add(
        cat,
        [
            "mode petugas desa",
            f"kk rusak warga. no kk {dotted(p.kk)} kepala keluarga junaedi desa pangkalan teluknaga",
        ],
        {"line": kk(p)},
        persona="helper",
        answers=answers_for("KK", p, nama_warga="Junaedi", telepon_warga=phone(9408)),
        missing=2,
    )
    p = person("Suhaemi", "Bakung", "Kronjo", born=date(1958, 2, 2))
    c.add(
        cat,
        [
            "saya sekdes bakung kec kronjo, mau bantu ajukan ktp warga lansia yg rusak",
            f"NIK {p.nik}\nKK {p.kk}\nNama Suhaemi",
        ],
        {"line": ktp(p, "RUSAK")},
        persona="helper",
        answers=answers_for(
            "KTP", p, alasan="RUSAK", nama_warga="Suhaemi", telepon_warga=phone(9409)
        ),
        missing=2,
    )


def desa_typo_with_kecamatan(c: Corpus, people: list[Person]) -> None:
    cat = "desa_typo_with_kecamatan"

    def typo(p: Person, text: str) -> str:
        kec = GAZ.find_kecamatan(p.kec_t)
        assert not GAZ.find_desa(text) and GAZ.suggest_desa(text, kec)[0] == p.place, text
        return text

    p = person("Lia Amalia", "Bitung Jaya", "Cikupa", female=True, born=date(1999, 1, 1))
    c.add(
        cat,
        [f"ktp ilang nik {p.nik} kk {p.kk} nama lia amalia ds {typo(p, 'bitung jya')} kec cikupa"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
        missing=1,
    )
    p = person("Ade Supriatna", "Sukadamai", "Cikupa")
    c.add(
        cat,
        [
            f"cetak kk {p.kk} kepala keluarga ade supriatna desa {typo(p, 'sukadamay')} "
            "kecamatan cikupa"
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
        missing=1,
    )
    p = person("Nurhayati", "Talagasari", "Balaraja", female=True, born=date(1985, 5, 5))
    c.add(
        cat,
        [f"ktp rusak, {p.nik}, {p.kk}, nurhayati, {typo(p, 'talagsari')} balaraja"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
        missing=1,
    )
    parent = person("Ika", "Pasir Gadung", "Cikupa", female=True)
    k = child(parent, "Fathan", date(2020, 8, 8))
    c.add(
        cat,
        [
            "mau bikin kia",
            f"nik {k.nik}, kk {k.kk}, nama fathan",
            f"ds {typo(k, 'pasir gadng')} kec cikupa",
        ],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
        missing=1,
    )
    p = person("Sarip Hidayat", "Curug Kulon", "Curug")
    c.add(
        cat,
        [f"ktp hilang {p.nik} kk {p.kk} sarip hidayat {typo(p, 'curug kulong')} kec curug"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
        missing=1,
    )
    p = person("Marlina", "Kadu Agung", "Tigaraksa", female=True, born=date(1993, 3, 3))
    c.add(
        cat,
        [f"ktp baru, nik {p.nik} kk {p.kk} marlina", f"desa {typo(p, 'kadu agun')}, kec tigaraksa"],
        {"line": ktp(p, "PEMULA")},
        answers=answers_for("KTP", p, alasan="PEMULA"),
        missing=1,
    )
    p = person("Endang Kusnadi", "Sindangsari", "Pasar Kemis")
    c.add(
        cat,
        [
            f"kk hilang no {p.kk} kepala keluarga endang kusnadi ds {typo(p, 'sindangsri')} "
            "kec pasar kemis"
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
        missing=1,
    )
    p = person("Ratih Purwasih", "Mekar Wangi", "Cisauk", female=True, born=date(1990, 10, 1))
    c.add(
        cat,
        [f"ktp sy patah. {p.nik} / {p.kk} / ratih purwasih / {typo(p, 'mekar wangy')} / cisauk"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
        missing=1,
    )
    p = person("Ujang Rahmat", "Bojongkamal", "Legok")
    c.add(
        cat,
        [f"mo cetak kk, no kk {p.kk}, an ujang rahmat, ds {typo(p, 'bojongkmal')} kec legok"],
        {"line": kk(p)},
        answers=answers_for("KK", p),
        missing=1,
    )
    p = person("Kartini", "Ranca Iyuh", "Panongan", female=True, born=date(1978, 4, 21))
    c.add(
        cat,
        [f"ktp ilang, nik {p.nik}, kk {p.kk}, kartini, desa {typo(p, 'rancaiyu')} kec panongan"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
        missing=1,
    )
