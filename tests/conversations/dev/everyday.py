"""Dev corpus, everyday moves: one field per message, `#` lines (exact or with mistakes),
corrections at the confirmation step, and cancelling."""

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
    person,
    relocated,
    skdwn,
    skpwni,
    spaced,
)

TEEN = date(2008, 10, 5)


def casual_stepwise(c: Corpus, people: list[Person]) -> None:
    cat = "casual_stepwise"
    p = person("Intan Permata", "Sukamulya", "Cikupa", female=True, born=TEEN)
    c.add(
        cat,
        ["min mau bikin ktp baru"],
        {"line": ktp(p, "PEMULA")},
        answers=answers_for("KTP", p, alasan="PEMULA"),
        missing=5,
        confirm="y",
    )
    p = person("Ucup Supriadi", "Bunder", "Cikupa", born=date(1981, 11, 11))
    c.add(
        cat,
        ["kak sy mo urus ktp yg ilang"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
        missing=4,
        confirm="iya kak",
    )
    people.append(p)
    p = person("Tatang", "Cibadak", "Cikupa")
    c.add(
        cat,
        ["mau cetak kk lg"],
        {"line": kk(p)},
        answers=answers_for("KK", p),
        missing=3,
        confirm="ok kirim",
    )
    parent = person("Yeni", "Matagara", "Tigaraksa", female=True)
    k = child(parent, "salsabila", date(2017, 1, 9), female=True)
    c.add(
        cat,
        ["kia anak sy blm punya, mau bikin"],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
        missing=4,
        confirm="betul",
    )
    p = person("Wawan Setiawan", "Pasir Barat", "Jambe")
    addr = "Jl. Sudirman No. 3 RT 001 RW 002 Kel. Karawang Kulon Kec. Karawang Barat Kab. Karawang"
    c.add(
        cat,
        ["mau bikin surat pindah keluar"],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
        missing=4,
        confirm="sip bener",
    )
    p = person("Euis", "Tipar Raya", "Jambe", female=True, born=date(1975, 2, 28))
    c.add(
        cat,
        ["halo min", "ktp sy rusak mau ganti"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
        missing=4,
    )
    p = person("Agus Hermawan", "Ancol Pasir", "Jambe")
    c.add(
        cat,
        ["maaf ganggu malam2 kak, mau daftar kk yg ilang"],
        {"line": kk(p)},
        answers=answers_for("KK", p),
        missing=3,
        confirm="iyaa bener kak makasih",
    )
    p = person("Fikri Haikal", "Taban", "Jambe", born=date(2000, 7, 17))
    c.add(
        cat,
        ["ektp rusak"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
        missing=4,
        confirm="yoi",
    )
    p = person("Melati", "Ranca Buaya", "Jambe", female=True, born=date(1996, 6, 26))
    c.add(
        cat,
        ["urus ktp"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
        missing=5,
    )
    parent = person("Imas", "Pangkat", "Jayanti", female=True)
    k = child(parent, "dafa", date(2021, 2, 2))
    c.add(
        cat,
        ["bikin kia"],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
        missing=4,
        confirm="ya betul itu",
    )
    p = person("Cecep Hidayat", "Pasir Muncang", "Jayanti")
    c.add(
        cat,
        ["mo cetak ulang kartu keluarga krn rusak kena air"],
        {"line": kk(p)},
        answers=answers_for("KK", p),
        missing=3,
    )
    p = person("Gilang Ramadhan", "Sumur Bandung", "Jayanti", born=TEEN)
    c.add(
        cat,
        ["sy udh 17 th mau rekam ktp"],
        {"line": ktp(p, "PEMULA")},
        answers=answers_for("KTP", p, alasan="PEMULA"),
        missing=4,
        confirm="benar",
    )


def hash_line(c: Corpus, people: list[Person]) -> None:
    cat = "hash_line"
    p = person("Budi Santoso", "Dangdeur", "Jayanti")
    c.add(cat, [kk(p)], {"line": kk(p)}, answers=answers_for("KK", p))
    p = person("Siti Aminah", "Cikande", "Jayanti", female=True, born=date(1992, 12, 12))
    c.add(
        cat,
        [ktp(p, "HILANG")],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    people.append(p)
    p = person("Ahmad Ridwan", "Pasir Gintung", "Jayanti")
    c.add(
        cat,
        [f"#ktp # {p.nik} # {p.kk} # ahmad ridwan # pasir gintung # jayanti # rusak #"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Lestari", "Tegalsari", "Tigaraksa", female=True, born=date(1988, 8, 8))
    c.add(
        cat,
        [f"#KTP#{p.nik}#{p.kk}#LESTARI#TEGALSARI#TIGARAKSA#HILANG"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Hasan Basri", "Pematang", "Tigaraksa")
    c.add(
        cat,
        [f"#EKTP#{p.nik}#{p.kk}#Hasan Basri#Pematang#Tigaraksa#Rusak#"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Dewi Lestari", "Pasir Bolang", "Tigaraksa", female=True, born=date(1994, 2, 4))
    c.add(
        cat,
        [f"#KTP#{p.nik}#{p.kk}#DEWI LESTARI#DS. PASIR BOLANG#KEC. TIGARAKSA#HILANG#"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Eman Sulaeman", "Tapos", "Tigaraksa", born=date(1970, 3, 30))
    c.add(
        cat,
        [f"#KTP#{p.nik[:15]}#{p.kk}#EMAN SULAEMAN#TAPOS#TIGARAKSA#RUSAK#"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
        missing=1,
    )
    parent = person("Nani", "Bantar Panjang", "Tigaraksa", female=True)
    k = child(parent, "Kayla Putri", date(2016, 11, 1), female=True)
    c.add(
        cat,
        [f"##KIA##{k.nik}##{k.kk}##KAYLA PUTRI##BANTAR PANJANG##TIGARAKSA"],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
    )
    p = person("Roni Saputra", "Sidoko", "Gunung Kaler")
    addr = "JL. MAWAR NO 5 RT 002 RW 003 KEL. SUKASARI KEC. BOGOR TENGAH KOTA BOGOR"
    c.add(
        cat,
        [skpwni(p, addr)],
        {"line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
    )
    p = person("Yayah", "Rancagede", "Gunung Kaler", female=True, born=date(1965, 5, 15))
    c.add(
        cat,
        [f"＃KTP＃{spaced(p.nik)}＃{spaced(p.kk)}＃yayah＃rancagede＃gunung kaler＃ilang＃"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Odih", "Kedung", "Gunung Kaler", born=date(1972, 9, 19))
    typed = p.nik[:2] + "O" + p.nik[3:]
    c.add(
        cat,
        [f"#KTP#{typed}#{p.kk}#ODIH#KEDUNG#GUNUNG KALER#RUSAK#"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
        missing=1,
    )
    nomor = "SKPWNI/3201/12012026/0045"
    c.add(
        cat,
        [skdwn(nomor, "pindah datang sekeluarga")],
        {"line": skdwn(nomor, "pindah datang sekeluarga")},
        answers={"no_skpwni": nomor, "keperluan": "pindah datang sekeluarga"},
    )


def correction_at_confirmation(c: Corpus, people: list[Person]) -> None:
    cat = "correction_at_confirmation"

    def add(turns: list[str], expected: str, answers: dict[str, str]) -> None:
        c.add(cat, turns, {"control": "correction", "line": expected}, answers=answers)

    p = person("Budi Santoso", "Talagasari", "Balaraja")
    fixed = kk(relocated(p, "Cangkudu", "Balaraja"))
    add(
        [
            f"mau cetak kk no {p.kk} kepala keluarga budi santoso desa talagasari kec balaraja",
            "ubah desa cangkudu",
        ],
        fixed,
        answers_for("KK", p, desa="cangkudu"),
    )
    p = person("Siti Aminah", "Onyam", "Gunung Kaler", female=True, born=date(1991, 1, 11))
    add(
        [
            f"ktp ilang nik {p.nik} kk {p.kk} nama siti amina desa onyam kec gunung kaler",
            "eh salah, namanya Siti Aminah bukan Siti Amina",
        ],
        ktp(p, "HILANG"),
        answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Darto", "Tamiang", "Gunung Kaler", born=date(1969, 6, 9))
    wrong = person("Darto", "Tamiang", "Gunung Kaler", born=date(1969, 6, 8))
    add(
        [
            f"ktp rusak nik {wrong.nik} kk {p.kk} nama darto ds tamiang kec gunung kaler",
            f"nik nya salah, yg bener {p.nik}",
        ],
        ktp(p, "RUSAK"),
        answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Sumarni", "Kandawati", "Gunung Kaler", female=True, born=date(1982, 2, 22))
    add(
        [
            f"ktp hilang {p.nik} {p.kk} sumarni kandawati gunung kaler",
            "alasannya bukan hilang tapi rusak kak",
        ],
        ktp(p, "RUSAK"),
        answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Heri Purnama", "Kutabumi", "Pasar Kemis")
    add(
        [
            f"cetak kk {p.kk} kepala keluarga heri purnama desa sukamantri kec pasar kemis",
            "desanya salah min, yg bener kutabumi",
        ],
        kk(p),
        answers_for("KK", p),
    )
    p = person("Wahyudi", "Cibetok", "Gunung Kaler")
    other = person("Wahyudi", "Cibetok", "Gunung Kaler")
    add(
        [
            f"kk hilang, no kk {other.kk}, kepala keluarga wahyudi, cibetok gunung kaler",
            f"kk nya keliru kak, ini yg benar: {dashed(p.kk)}",
        ],
        kk(p),
        answers_for("KK", p),
    )
    p = person("Muhammad Iqbal", "Cipaeh", "Gunung Kaler", born=date(2001, 1, 1))
    add(
        [
            f"ktp baru nik {p.nik} kk {p.kk} nama m iqbal ds cipaeh kec gunung kaler",
            "ganti nama jadi Muhammad Iqbal sesuai kk",
        ],
        ktp(p, "PEMULA"),
        answers_for("KTP", p, alasan="PEMULA"),
    )
    parent = person("Mumun", "Gunung Kaler", "Gunung Kaler", female=True)
    k = child(parent, "Alya Rahmawati", date(2015, 3, 3), female=True)
    add(
        [
            f"kia anak nik {k.nik} kk {k.kk} nama alya rahmawaty ds gunung kaler kec gunung kaler",
            "nama anaknya Alya Rahmawati, tadi typo",
        ],
        kia(k),
        answers_for("KIA", k),
    )
    p = person("Saepul Anwar", "Bunar", "Sukamulya")
    addr = "Jl. Veteran No. 10 RT 001 RW 001 Kel. Margasari Kec. Karawaci Kota Tangerang"
    add(
        [
            f"skpwni nik {p.nik} kk {p.kk} nama saepul anwar pindah ke Jl. Veteran No. 1 Kota "
            "Tangerang",
            f"alamat tujuannya diganti: {addr}",
        ],
        skpwni(p, addr),
        answers_for("SKPWNI", p, alamat_pindah=addr),
    )


def cancel(c: Corpus, people: list[Person]) -> None:
    cat = "cancel"
    ctl = {"control": "cancel"}
    p = person("Asep", "Merak", "Sukamulya")
    c.add(cat, ["mau urus kk", p.kk, "batal"], ctl, answers=answers_for("KK", p))
    p = person("Rina", "Kubang", "Sukamulya", female=True, born=date(1990, 9, 9))
    c.add(
        cat,
        [f"ktp ilang nik {p.nik}", "gak jadi deh min"],
        ctl,
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Dodi", "Parahu", "Sukamulya", born=date(1987, 7, 7))
    c.add(
        cat,
        [
            f"ktp rusak {p.nik} kk {p.kk} dodi ds parahu kec sukamulya",
            "batalkan aja, nanti sy dtg langsung ke kantor",
        ],
        ctl,
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    parent = person("Entin", "Buniayu", "Sukamulya", female=True)
    k = child(parent, "Raka", date(2018, 8, 18))
    c.add(cat, ["bikin kia", "ga jd kak, makasih"], ctl, answers=answers_for("KIA", k))
    p = person("Yadi", "Kaliasin", "Sukamulya")
    c.add(
        cat,
        ["mau bikin surat pindah keluar", "eh nanti aja dulu, batal"],
        ctl,
        answers=answers_for("SKPWNI", p, alamat_pindah="Jl. Anggrek No. 2 Kota Serang"),
    )
    p = person("Tono", "Sasak", "Mauk", born=date(1979, 9, 29))
    c.add(
        cat,
        [f"#KTP#{p.nik}#{p.kk}#TONO#SASAK#MAUK", "udahan dulu, cancel ya"],
        ctl,
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Sinta", "Tanjung Anom", "Mauk", female=True, born=TEEN)
    c.add(
        cat,
        ["mau daftar ktp baru buat anak", dotted(p.nik), "maaf salah kirim, batalin"],
        ctl,
        answers=answers_for("KTP", p, alasan="PEMULA"),
    )
    p = person("Darmaji", "Banyu Asih", "Mauk")
    c.add(
        cat,
        [
            "sy petugas desa banyu asih mau input kk warga",
            f"kk {p.kk} kepala keluarga darmaji",
            "tidak jadi pak, warganya mau urus sendiri",
        ],
        ctl,
        persona="helper",
        answers=answers_for("KK", p, nama_warga="Darmaji", telepon_warga="0812 9410 9410"),
    )
