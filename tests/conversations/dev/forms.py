"""Dev corpus, requests built over several turns: restated values, names with relations,
surat pindah, helper mode, desa typos with the kecamatan."""

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
    kia,
    kk,
    ktp,
    person,
    phone,
    skdwn,
    skpwni,
    spaced,
)

TEEN = date(2009, 2, 11)  # 17 in December 2026


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
