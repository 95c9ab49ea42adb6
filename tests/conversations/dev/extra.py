"""Dev corpus, a second batch: more wordings for the categories with the fewest
conversations (names introduced, half-remembered formats, restated values, helpers,
corrections, cancelling, complaints)."""

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
    phone,
    relocated,
    skpwni,
    spaced,
)

TEEN = date(2009, 5, 20)


def more_requests(c: Corpus, people: list[Person]) -> None:
    cat = "name_introduced"
    p = person("Nurlela Sari", "Cempaka", "Cisoka", female=True, born=date(1963, 8, 30))
    c.add(
        cat,
        [f"ktp hilang kak, an. nurlela sari. nik {p.nik} kk {p.kk} cempaka cisoka"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Bagus Santoso", "Carenang", "Cisoka")
    c.add(
        cat,
        [
            f"tlg dibantu kk rusak, atas nama kepala keluarga Bagus Santoso no {dotted(p.kk)} "
            "desa carenang kec cisoka"
        ],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )
    parent = person("Yati", "Karang Harja", "Cisoka", female=True)
    k = child(parent, "Muhammad Alfatih", date(2017, 12, 25))
    c.add(
        cat,
        ["bikin kia", f"nama lengkap anak: Muhammad Alfatih\nNIK {k.nik}\nKK {k.kk}"],
        {"line": kia(k)},
        answers=answers_for("KIA", k),
        missing=1,
    )

    cat = "half_remembered_format"
    p = person("Sopian", "Cibugel", "Cisoka", born=date(1986, 10, 10))
    c.add(
        cat,
        [f"KTP {p.nik} {p.kk} SOPIAN CIBUGEL CISOKA RUSAK #"],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Ella Nurlaela", "Selapajang", "Cisoka", female=True, born=date(1999, 9, 19))
    c.add(
        cat,
        [f"#KTP/{p.nik}/{p.kk}/Ella Nurlaela/Selapajang/Cisoka/Hilang"],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Kusnadi", "Cisoka", "Cisoka")
    c.add(
        cat,
        [f"#kk\n{p.kk}\nkusnadi\ncisoka\ncisoka"],
        {"line": kk(p)},
        answers=answers_for("KK", p),
    )

    cat = "restate_known_value"
    p = person("Rohman", "Pasir", "Kronjo", born=date(1974, 4, 14))
    c.add(
        cat,
        [
            f"ktp ilang {p.nik} kk {p.kk} rohman ds pasir kec kronjo",
            "nama saya rohman kak, desa pasir kronjo",
        ],
        {"line": ktp(p, "HILANG")},
        answers=answers_for("KTP", p, alasan="HILANG"),
    )
    p = person("Eneng Sumiati", "Muncung", "Kronjo", female=True, born=date(1981, 1, 21))
    c.add(
        cat,
        [
            "mau ganti ktp rusak",
            f"nik {spaced(p.nik)}",
            f"kk {spaced(p.kk)}",
            "eneng sumiati",
            "muncung kronjo",
            "ktp nya rusak ya kak bukan hilang",
        ],
        {"line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )

    cat = "helper_mode"
    p = person("Sarinah", "Pagenjahan", "Kronjo", female=True, born=date(1955, 5, 5))
    tel = phone(9411)
    c.add(
        cat,
        [
            f"Pak, sy RT di desa pagenjahan. Bu Sarinah warga sy KTP nya hilang, nik {p.nik}, kk "
            f"{p.kk}. HP anaknya {tel}",
        ],
        {"line": ktp(p, "HILANG")},
        persona="helper",
        answers=answers_for("KTP", p, alasan="HILANG", nama_warga="Sarinah", telepon_warga=tel),
        missing=1,
    )
    parent = person("Warsih", "Pasilian", "Kronjo", female=True)
    k = child(parent, "Nayla Putri", date(2013, 3, 13), female=True)
    c.add(
        cat,
        [
            "selamat siang, saya operator kecamatan kronjo",
            f"#KIA#{k.nik}#{k.kk}#NAYLA PUTRI#PASILIAN#KRONJO",
            "nama ortunya Warsih",
        ],
        {"line": kia(k)},
        persona="helper",
        answers=answers_for("KIA", k, nama_warga="Warsih", telepon_warga=phone(9412)),
        missing=1,
    )


def more_controls(c: Corpus, people: list[Person]) -> None:
    cat = "correction_at_confirmation"
    p = person("Nana Suryana", "Cirumpak", "Kronjo")
    fixed = relocated(p, "Blukbuk", "Kronjo")
    c.add(
        cat,
        [
            f"kk hilang, no kk {p.kk}, kepala keluarga nana suryana, cirumpak kronjo",
            "maaf desanya blukbuk bukan cirumpak",
        ],
        {"control": "correction", "line": kk(fixed)},
        answers=answers_for("KK", fixed),
    )
    p = person("Yoyoh", "Kronjo", "Kronjo", female=True, born=date(1977, 7, 27))
    c.add(
        cat,
        [
            f"ktp ilang, nik {p.nik} kk {p.kk} nama yoyoh desa kronjo kec kronjo",
            "eh ktp nya bukan ilang, rusak kak patah",
        ],
        {"control": "correction", "line": ktp(p, "RUSAK")},
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Ahmad Baihaki", "Bakung", "Kronjo", born=date(1994, 4, 4))
    addr = "Jl. Cendana No. 4 RT 002 RW 006 Kel. Sukasari Kec. Serang Kota Serang"
    c.add(
        cat,
        [
            f"skpwni {p.nik} {p.kk} ahmad baihaki, pindah ke Jl. Cendana No. 4 Kota Serang",
            f"alamatnya lengkapnya gini kak: {addr}",
        ],
        {"control": "correction", "line": skpwni(p, addr)},
        answers=answers_for("SKPWNI", p, alamat_pindah=addr),
    )

    cat = "cancel"
    ctl = {"control": "cancel"}
    p = person("Udin", "Gunung Sari", "Mauk", born=date(1980, 8, 8))
    c.add(
        cat,
        [
            f"ktp rusak nik {dashed(p.nik)} kk {dashed(p.kk)} udin gunung sari mauk",
            "ga jadi kirim min, sy mau cek kk dulu",
        ],
        ctl,
        answers=answers_for("KTP", p, alasan="RUSAK"),
    )
    p = person("Nining", "Marga Mulya", "Mauk", female=True)
    c.add(cat, ["mau urus kk baru", "stop dulu deh"], ctl, answers=answers_for("KK", p))

    cat = "complaint_followup"
    for text in (
        "ini gimana sih, udah daftar ktp dari bulan lalu blm ada panggilan sama sekali",
        "sy kecewa, disuruh balik lagi besok terus padahal berkas lengkap",
        "permohonan kk sy kok lama bgt ya, kode nya lupa",
    ):
        c.add(cat, [text], {"control": "handoff"})
