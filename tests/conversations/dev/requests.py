"""Dev corpus, requests that end in a ticket: hand-written messages, numbers filled in."""

from __future__ import annotations

from datetime import date

from tests.conversations.dev.kit import (
    Corpus,
    Person,
    answers_for,
    child,
    dashed,
    dotted,
    kia,
    kk,
    ktp,
    only_desa,
    person,
    six,
    skdwn,
    skpwni,
    spaced,
)

TEEN = date(2009, 2, 11)  # 17 in December 2026


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
