"""Names introduced without a name label: after a relation and its owner ("adik ipar saya,
Rizal Fahmi", "anak pertama saya Keisha"), a relation label ("anak: Alfian"), an honorific
("pak endang kosasih mau pindah"), a self-introduction ("Perkenalkan, saya Nurul Aulia,"),
"buat/untuk" ("kia buat rafa alfarizi, nik ..."), or opening a list of values ("rizki
firmansyah, desa talok ...")."""

from __future__ import annotations

import re

from bot.intake.extractor.core import _NAME_BREAK, Extraction, _State, for_a_child, name_slot
from bot.intake.extractor.names import (
    _HARD_END,
    _PLACE_KEYWORDS,
    NAME_WORDS_TOO,
    _breaks_before,
    _capitalised,
    _desa_typo_before_kecamatan,
    _hard_end,
    _place_here,
    _span,
    _without_trailing_desa,
    ends_at_place,
    plain_name,
)
from bot.intake.extractor.places import SKIP, place_at
from bot.intake.fields import area_names as _area_names
from bot.reference.gazetteer import Gazetteer, Kecamatan

__all__ = ["read_leading_name", "read_relation_names", "read_self_as_head"]


# A name after a relation and its owner ("adik ipar saya, Rizal Fahmi", "anak pertama saya
# Keisha", "buat kakak saya yusuf hidayat", "anak bungsu saya si bagas"), after a relation
# label ("anak: Alfian"), or after an honorific ("pak endang kosasih mau pindah").
_CORE_RELATIONS_WORDS = (
    "SUAMI ISTRI IBU BAPAK AYAH KAKAK ADIK ADEK ANAK MERTUA PONAKAN KEPONAKAN CUCU OM TANTE "
    "NENEK KAKEK PAMAN BIBI MAMA PAPA EMAK MAMAH ORTU WARGA PUTRI PUTRA PUTRINYA PUTRANYA "
    "LAKI BINI"  # Betawi: "laki aye" (my husband), "bini gue" (my wife)
)
_CORE_RELATIONS = frozenset(_CORE_RELATIONS_WORDS.split())
_RELATION_TAIL_WORDS = (
    "IPAR KANDUNG TIRI ANGKAT SULUNG BUNGSU PERTAMA KEDUA KETIGA KEEMPAT KELIMA TERAKHIR "
    "LAKI PEREMPUAN CEWEK COWOK TUA KECIL BESAR GEDE TENGAH PALING BONTOT"
)
_RELATION_TAIL = frozenset(_RELATION_TAIL_WORDS.split())
_OWNERS_WORDS = "SAYA SY AKU GUE GW KAMI AYE ANE"
_OWNERS = frozenset(_OWNERS_WORDS.split())
# abdi, kula, kulo: Sundanese, Javanese
_SELF = frozenset(
    {"SAYA", "SY", "AKU", "ABDI", "KULA", "KULO", "INI", "GW", "GUE", "GUA", "AYE", "ANE"}
)
_HONORIFICS_WORDS = (
    "PAK BAPAK BPK BP IBU BU ABAH EMAK MBAH NENEK KAKEK ENGKONG UWAK EYANG AKI ENIN SDR SDRI "
    "SAUDARA SAUDARI"
)
_HONORIFICS = frozenset(_HONORIFICS_WORDS.split())
_CHILD_TITLES = frozenset({"ANANDA", "ANANDAKU"})
_ABBREVIATED = frozenset({"SDR", "SDRI", "BPK", "BP"})  # a dot after them is no full stop
_PARENT_OF = frozenset(
    {"IBUNYA", "AYAHNYA", "BAPAKNYA", "ORTUNYA", "MAMANYA", "MAMAHNYA", "PAPANYA", "UMINYA",
     "ABINYA", "EMAKNYA", "WALINYA"}
)  # fmt: skip
# "anaknya", "cucunya", "istrinya": a relation of someone named before; its name may follow
_CHILD_OF = {w + "NYA": w for w in ("ANAK", "CUCU", "ADIK", "ADEK", "PONAKAN", "KEPONAKAN",
                                    "ISTRI", "SUAMI", "KAKAK")}  # fmt: skip
_ADULTS = _HONORIFICS | frozenset(
    {"SUAMI", "ISTRI", "AYAH", "MERTUA", "NENEK", "KAKEK", "PAMAN", "BIBI", "MAMA", "PAPA",
     "EMAK", "MAMAH", "ORTU", "OM", "TANTE"}
)  # fmt: skip
_ROLE_WORDS = frozenset({"SELAKU", "SEBAGAI", "SBG"})  # "saya Darmawan selaku kepala keluarga"
_NOT_A_NAME_WORDS = (
    "LURAH KADES CAMAT SEKDES PETUGAS ADMIN OPERATOR STAF STAFF KEPALA RT RW MENINGGAL WAFAT "
    "SAKIT LAHIR NIKAH MENIKAH KERJA BEKERJA TINGGAL DATANG SEKOLAH KULIAH LUPA PUNYA PENGEN "
    "PENGIN PINGIN PERLU BUTUH MASIH KEMARIN SEDANG LAGI TIDAK GAK GA NGGAK ENGGAK BOLEH "
    "RUMAH TANGGA KURANG PAHAM NGERTI MENGERTI TAHU TAU BINGUNG SIBUK AWAM SEHAT LANSIA "
    "PENSIUNAN KARYAWAN PEGAWAI GURU PEDAGANG PETANI BURUH MAHASISWA PELAJAR DUKCAPIL "
    "DISDUKCAPIL CAPIL YTH TERHORMAT GANGGU MENGGANGGU NANYA TANYA BERTANYA NUMPANG IZIN IJIN "
    "LAKSANAKAN MAAF DUKCAPILNYA PETUGASNYA ADMINNYA KANTOR SI PERSYARATAN SYARAT PEMBUATAN "
    "PENGURUSAN URUSAN MELAMAR LAMARAN PENDAFTARAN DAFTAR BANK BPJS PASPOR SEKOLAH BANSOS "
    "PEMILU REKENING PINJAMAN KREDIT VAKSIN BEASISWA JANDA DUDA YATIM PIATU LAJANG SINGLE "
    "CERAI JOMBLO IEU ETA NOMERNA NOMORNA NOMERNYA NOMORNYA BERKAS BERKASNYA DOKUMEN "
    "DOKUMENNYA LAMPIRAN TULISANNYA TULISAN HURUFNYA FOTONYA WARNANYA KTPNYA KKNYA KIANYA CHIPNYA "
    "HORMATI CINTAI SAYANGI BANGGAKAN"  # "Bapak/Ibu yang saya hormati"
)
_NOT_A_NAME = frozenset(_NOT_A_NAME_WORDS.split())
_THEN_VERB_WORDS = (
    "MAU INGIN AKAN PENGEN MINTA SUDAH UDAH SDH UDH DAH TELAH BELUM BLM BISA BERMAKSUD HENDAK "
    "MEMOHON MOHON BULAN TAHUN THN KEMARIN KEMAREN KMRN MINGGU TADI"
)
_THEN_VERB = frozenset(_THEN_VERB_WORDS.split())


def _relation_owner(st: _State, i: int) -> int | None:
    """The token after "<relation> [ipar|pertama ...] saya[,]" starting at i, else None."""
    if st.toks[i].text not in _CORE_RELATIONS:
        return None
    k = _skip_order(st, i + 1)
    if k < len(st.toks) and st.toks[k].text in _OWNERS:
        return _skip_order(st, k + 1, _TITLES)
    return None


_ORDER_WORDS = {"YG", "YANG", "KE", "NO", "NOMOR", "NOMER", "NMR"}
_TITLES = frozenset(
    {"BAPAK", "BPK", "BP", "PAK", "IBU", "BU", "H", "HJ", "HAJI", "HAJAH", "TEH", "TETEH", "KANG",
     "AKANG", "MBAH", "MBAK", "MAS", "BANG", "ABANG", "UWAK", "ABAH", "EMAK", "NENEK", "KAKEK",
     "MPOK", "ENCANG", "ENCING", "BABEH", "ENYAK", "NENG"}
)  # fmt: skip


def _skip_order(st: _State, k: int, also: frozenset[str] = frozenset()) -> int:
    """Past "ipar", "pertama", "yg kedua", "ke 2" (and `also`) from token k (3 at most)."""
    start = k
    while k < len(st.toks) and k - start < 3:
        t = st.toks[k].text
        ordinal = t.isdigit() and len(t) <= 2 and k not in st.used  # "anak ke 2"
        if not (ordinal or t in _RELATION_TAIL or t in _ORDER_WORDS or t in also):
            break
        k += 1
    return k


def _relation_name_start(st: _State, i: int) -> tuple[int, str] | None:
    """Where a name introduced at token i starts, and how: "strong" (a mark before the name:
    a comma, a colon, "si", "bernama"), "weak", "self" ("saya X"), "closed" (only a name
    whose run ends for sure: "kia buat rafa alfarizi, nik ...") or "closed_caps" (the same,
    written with capitals)."""
    toks = st.toks
    k = _relation_owner(st, i)
    colon = i + 1 < len(toks) and ":" in toks[i + 1].gap
    if k is None and toks[i].text in _CORE_RELATIONS and colon:
        return i + 1, "strong"  # "anak: Alfian Nur Hidayat"
    if k is None and toks[i].text in _HONORIFICS and i + 1 < len(toks):
        dot = "." in toks[i + 1].gap and toks[i].text not in _ABBREVIATED  # "Sdri. Anisa"
        if _NAME_BREAK.search(toks[i + 1].gap) or dot:
            return None  # "pak, saya mau ...": the resident addresses the officer
        return i + 1, "weak"
    if k is None and toks[i].text in _PARENT_OF and i > 0 and toks[i - 1].text in _SELF:
        return i + 1, "weak"  # "saya ibunya Anindya Zahra mau bikin kia": the child
    if k is None and toks[i].text in _SELF and i + 1 < len(toks) and "(" in toks[i + 1].gap:
        return i + 1, "strong"  # "pak RT bilang saya (Asep Saepudin) harus urus ..."
    if k is None and toks[i].text in {"SAYA", "SY", "AKU"} and _appositive(st, i + 1):
        return i + 1, "strong"  # "Dengan ini saya, Dewi Lestari Wulandari, beralamat di"
    if k is None and toks[i].text in _SELF and i + 1 < len(toks):
        first = i == 0 or bool(_NAME_BREAK.search(toks[i].gap)) or "." in toks[i].gap
        first = first or all(t.text in _ADDRESSES for t in toks[:i])  # "kak aku Bima ..."
        first = first or (0 < i <= 2 and all(t.text in _HASH_SERVICES for t in toks[:i]))
        # "Assalamualaikum, ini saya Lilis Suryani, ...": how a caller says who speaks
        first = first or (
            i > 0
            and toks[i - 1].text == "INI"
            and (i == 1 or bool(_NAME_BREAK.search(toks[i - 1].gap)) or "." in toks[i - 1].gap)
        )
        j = i + 1
        while j + 1 < len(toks) and (toks[j].text in _TITLES or toks[j].text == "SENDIRI"):
            j += 1  # "saya Pak Sukarta dari desa Blukbuk", "dgn sy sendiri Abdul Rojak"
        if toks[i].text == "INI" and j + 1 < len(toks) and toks[j].text in {"DENGAN", "DGN"}:
            j += 1  # "ini dengan Nia Ramdani": how a caller says who speaks
        if i > 0 and toks[i - 1].text in {
            "PERKENALKAN",
            "KENALKAN",
            "KENALIN",
            "KENALAN",
            "NAMA",
            "PERKENANKAN",
            "IZINKAN",
            "IJINKAN",
            "PERKENALKANLAH",
        }:
            return j, "introduced"  # "Perkenalkan, saya Nurul Aulia, usia 17 tahun"
        return (j, "self") if first else (j, "role")  # "... saya X selaku ..."
    if k is None and toks[i].text in {"DENGAN", "DGN"} and i + 1 < len(toks):
        opens = i == 0 or all(t.text in _ADDRESSES for t in toks[:i])
        if opens and toks[i + 1].text in _TITLES:
            return i + 2, "introduced"  # "Dengan Bpk. Suryadi di sini, ...": the caller
        if opens and toks[i + 1].text not in _GREETINGS:
            return i + 1, "introduced"  # "Sore, dengan Slamet Riyadi di sini."
    if k is None and _CHILD_OF.get(toks[i].text) and i + 1 < len(toks):
        return i + 1, "weak"  # "Ibu Siti mau KIA untuk anaknya Farhan Maulana, 12 thn"
    if k is None and toks[i].text in _CHILD_TITLES and i + 1 < len(toks):
        return i + 1, "weak"  # "ibu dari ananda Nayla Putri"
    after_service = i > 0 and toks[i - 1].text in {"KIA", "KTP", "KK"}
    after_service = after_service and not _breaks_before(st, i)
    if k is None and toks[i].text in _CORE_RELATIONS and after_service and i + 1 < len(toks):
        return i + 1, "closed"  # "kia anak dafa pratama nik ..."
    if k is None and toks[i].text in {"BUAT", "UNTUK", "UTK"} and i + 1 < len(toks):
        # "kia buat rafa alfarizi, nik ...": right after the service any closed name;
        # elsewhere only one written with capitals ("untuk Bapak Ahmad Fauzi, nik ...")
        return i + 1, "closed" if after_service else "closed_caps"
    if k is None or k >= len(toks):
        return None
    strong = bool(_NAME_BREAK.search(toks[k].gap))
    while k < len(toks) and toks[k].text in {"SI", "BERNAMA", "NAMANYA", "YAITU", "ADALAH"}:
        k, strong = k + 1, True
    return k, "strong" if strong else "weak"


def _appositive(st: _State, a: int) -> bool:
    """A name set off by commas right after "saya, ": one to four words, then a comma."""
    if a >= len(st.toks) or st.toks[a].gap.strip() != ",":
        return False
    b = a + 1
    while b < len(st.toks) and b - a <= 4 and not _breaks_before(st, b):
        b += 1
    return b < len(st.toks) and b - a <= 4 and st.toks[b].gap.strip() == ","


def _relation_span(st: _State, a: int, g: Gazetteer) -> tuple[int, int]:
    """The name's tokens from a; a capitalised "Dari"/"Kasih" may open it ("Dari Ramadhani")."""
    if st.toks[a].text in NAME_WORDS_TOO and _capitalised(st.toks[a].text, st.cased):
        _, b = _span(st, a + 1, g)
        return a, b if b > a + 1 else a
    return _span(st, a, g)


def read_relation_names(st: _State, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """Fill the request's name from a relation or an honorific (see above) when no phrase
    named it: taken only when it looks like a name, its run ends for sure (or before "mau",
    "sudah" ...) or the resident wrote it with capitals, or a mark introduced it."""
    slot = name_slot(layanan)
    if slot in ex.values:
        return
    for i in range(len(st.toks)):
        found = None if i in st.used else _relation_name_start(st, i)
        if found is None or found[0] >= len(st.toks) or found[0] in st.used:
            continue
        a, how = found
        relation = _CHILD_OF.get(st.toks[i].text, st.toks[i].text)
        if for_a_child(layanan) and (how in _SELF_WAYS or relation in _ADULTS):
            continue  # a KIA is the child's: a parent ("saya X", "orang tua: Bapak X") is not
        a, b = _relation_span(st, a, g)
        for k in range(a + 1, b):
            if ends_at_place(st, k, g):
                b = k
                break
        words = [t.text for t in st.toks[a:b]]
        if place_at(st, a, g, None)[1] not in (None, SKIP) or tuple(words) in _area_names():
            continue  # "warga Tanah Tinggi": a place, not a name
        core = words[1:] if words[:1] and words[0] in NAME_WORDS_TOO else words
        if not core or sum(map(len, words)) < 3 or not plain_name(" ".join(core)):
            continue
        if any(w in _NOT_A_NAME or w in _GREETINGS for w in words):
            continue
        ends = b >= len(st.toks) or _hard_end(st, b) or ends_at_place(st, b, g)
        ends = ends or st.toks[b].text in _THEN_VERB | _PLACE_KEYWORDS or _head_named(st, b)
        ends = (
            ends
            or st.toks[b].text == "DISINI"
            or [t.text for t in st.toks[b : b + 2]] == ["DI", "SINI"]
        )
        capitals = all(_capitalised(w, st.cased) for w in words)
        if how == "closed" and not (_hard_end(st, b) and (capitals or b - a >= 2)):
            continue
        if how == "closed_caps" and not (_hard_end(st, b) and capitals):
            continue
        before_verb = b < len(st.toks) and st.toks[b].text in _THEN_VERB and b - a >= 2
        # with data, or written with capitals ("sy Kang Dadang Sunandar mau bikin ktp")
        before_verb = before_verb and (capitals or any(t.text.isdigit() for t in st.toks))
        role = b < len(st.toks) and st.toks[b].text in _ROLE_WORDS and capitals
        role = role or (capitals and _head_named(st, b))  # "sy Jaenudin kepala keluarganya"
        told_about = b < len(st.toks) and st.toks[b].text in _ABOUT_SELF
        # "saya dewi anggraeni, warga ds ...": lower case will do when a comma closes the name
        told_about = told_about and (capitals or (b - a >= 2 and _breaks_before(st, b)))
        if (how in _SELF_WAYS or how == "weak") and _OFFICE_JOBS & {
            t.text for t in st.toks[b : b + 4]
        }:
            continue  # "saya Pak Ruslan dari kantor desa ...": a helper's own name
        if how == "self" and not (
            (capitals and _hard_end(st, b)) or before_verb or role or told_about
        ):
            continue  # "saya X": only a name written with capitals and closed by a mark
        if how == "role" and not role:
            continue  # "... saya X selaku kepala keluarga"
        from_place = b + 1 < len(st.toks) and st.toks[b].text == "DARI"
        from_place = from_place and (
            st.toks[b + 1].text in _PLACE_KEYWORDS or _place_here(st, b + 1, g)
        )
        if how == "introduced" and not (capitals and (ends or role or from_place)):
            continue  # "perkenalkan saya Yusuf Maulana dari desa Cibogo"
        if how in ("introduced", "role"):
            how, ends = "strong", True
        ends = ends or role or (how in ("self", "weak") and told_about)  # "bu Romlah warga sy"
        if not (ends and (how == "strong" or capitals or b - a >= 2 or _hard_end(st, b))):
            continue
        st.used.update(range(a, b))
        ex.values[slot] = " ".join(words)
        return


def _head_named(st: _State, b: int) -> bool:
    """ "suami saya Pak Ade Irawan kepala keluarganya": the name's role comes after it."""
    return b + 1 < len(st.toks) and st.toks[b].text == "KEPALA" and st.toks[b + 1].text in {
        "KELUARGA", "KELUARGANYA", "KK", "KKNYA"
    }  # fmt: skip


_SELF_WAYS = frozenset({"self", "role", "introduced"})
_OFFICE_JOBS = frozenset(
    {"KANTOR", "STAF", "STAFF", "PETUGAS", "OPERATOR", "PERANGKAT", "KADER", "ADMIN", "PEGAWAI"}
)
_GREETING_WORDS = (
    "SELAMAT PAGI SIANG SORE MALAM HALO HALLO HAI HALLOO ASSALAMUALAIKUM ASSALAMU ALAIKUM "
    "SALAM OKE OK BAIK SIAP NAH JADI BERIKUT DATANYA DATA INI SEKALI LAGI SUDAH LANJUT "
    "LANJUTKAN TUNGGU SEBENTAR BENTAR ALHAMDULILLAH BISMILLAH INSYAALLAH MASYAALLAH AMIN "
    "AAMIIN PUNTEN NUHUN HATUR SUWUN MATUR NUWUN NGGIH INGGIH MANGGA SUMUHUN SIP MANTAP OKEH "
    "OKAY SELANJUTNYA KEMUDIAN TERUS BERIKUTNYA LENGKAPNYA IYA IYAA WAALAIKUMSALAM ALAIKUMSALAM "
    "WAALAIKUM"
)
# Exclamations that open a message or a second thought ("astagfirullah nomor kk nya keliru")
_INTERJECTION_WORDS = (
    "ASTAGFIRULLAH ASTAGHFIRULLAH ASTAGFIRULLOH ASTAGA ASTAGAH ADUH ADUUH ADUHH ADEUH WADUH "
    "WADUHH DUH DUUH WAH WAAH OALAH WALAH HADEH HADEUH HADUH YAAMPUN YAALLAH AMPUN LHO LOH "
    "NAH ANJIR BUSET ALAMAK EUY DENGAN HORMAT"  # "dengan hormat": a letter's opening
)
_GREETINGS = frozenset(_GREETING_WORDS.split()) | frozenset(_INTERJECTION_WORDS.split())
# Words before "saya"/"aku" that only address the officer ("kak aku Bima ...").
_ADDRESSES = _GREETINGS | frozenset(
    {"KAK", "KA", "KAKAK", "MIN", "ADMIN", "MIMIN", "PAK", "BU", "MBAK", "MBA", "MAS", "GAN", "WA"}
)
# After "saya <Name>" written with capitals: what the resident goes on to tell about
# themself ("saya Joko Susilo warga Desa Babat", "aku Bima Aditya baru 17 tahun").
_ABOUT_SELF = frozenset(
    {"WARGA", "DARI", "DR", "ASAL", "ASLI", "TINGGAL", "UMUR", "USIA", "BARU", "DOMISILI",
     "YANG", "YG", "TI"}
)  # fmt: skip


def read_leading_name(st: _State, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """A name that opens a list of the request's values ("rizki firmansyah, desa talok ...",
    "Nayla Azzahra 3603... 3603... blukbuk kronjo"): its run ends at a number already read,
    or at a mark followed by a label, a place keyword or a place. Greetings and talk are not
    names; a one-word name must be written with a capital."""
    slot = name_slot(layanan)
    n = len(st.toks)
    # "ktp Dani Ramdani, nik ...", "KIA Daffa Alfarizi nik ...": the name after the service
    start = 1 if n > 2 and st.toks[0].text in _LEADING_SERVICES else 0
    if slot in ex.values or n < 2 or start in st.used:
        return
    a, b = _span(st, start, g)
    for k in range(a + 1, b):
        if ends_at_place(st, k, g):
            b = k
            break
    if b >= n or b == a:
        return
    nxt = st.toks[b]
    number_next = nxt.text.isdigit() and b in st.used
    marked = _breaks_before(st, b) and (
        nxt.text in _HARD_END | _PLACE_KEYWORDS or _place_here(st, b, g)
    )
    trimmed = _without_trailing_desa(st, a, b, g)  # "siti aminah sukanagara 3603..."
    marked = marked or (trimmed < b and (number_next or _hard_end(st, b)))
    marked = marked or (start == 1 and nxt.text in _NUMBER_LABELS)
    request_next = _breaks_before(st, b) and nxt.text in _REQUEST_OPENERS and trimmed == b
    b = trimmed
    if b - a > 4:
        return
    words = [t.text for t in st.toks[a:b]]
    # "Rudi Hermawan, ktp hilang, nik ...": a name in capitals, then the request
    capitals = all(_capitalised(w, st.cased) for w in words)
    marked = marked or (request_next and capitals and len(words) >= 2)
    if not (number_next or marked) or not plain_name(" ".join(words)):
        return
    if any(w in _GREETINGS or w in _NOT_A_NAME for w in words) or not _list_words(words):
        return  # "Selamat pagi", "Urgent", "kemarin keinjek": talk, not a name
    if place_at(st, a, g, None)[1] is not None or tuple(words) in _area_names():
        return  # "Bitung Jaya, Cikupa": a place, not a name
    if len(words) == 1 and not _capitalised(words[0], st.cased):
        return
    if start and not (len(words) >= 2 and all(_capitalised(w, st.cased) for w in words)):
        return
    st.used.update(range(a, b))
    ex.values[slot] = " ".join(words)


_LEADING_SERVICES = frozenset({"KTP", "EKTP", "KK", "KIA"})
_HASH_SERVICES = _LEADING_SERVICES | {"SKPWNI", "SKDWN"}  # "#SKPWNI saya Endah Purwanti ..."
_REQUEST_OPENERS = _LEADING_SERVICES | frozenset(
    {"SURAT", "SKPWNI", "SKDWN", "MAU", "MOHON", "TOLONG", "INGIN", "MINTA", "KARTU"}
)


# A bare name among the request's values ("ktp hilang, Rudi Hermawan, nik 3603...", "Karta
# Wijaya nik 3603... kk ...", "punya saya sendiri, Sumarni. nik ..."): a run of one to four
# words between marks, next to a number or its label, that is no keyword, service, reason,
# place, relation, filler or talk.
_NUMBER_LABELS = frozenset({"NIK", "NO", "NOMOR", "NOMER", "NMR", "KK", "NKK", "NOKK"})
_LIST_TALK_WORDS = (
    "GAN SIS BOS BRO KAKA KAKAK MIMIN ADMIN KK MAU PENGEN MOHON TOLONG PLIS PLS PLEASE "
    "MAKASIH MKSH TRIMAKASIH TERIMAKASIH OKE OK SIP NGURUS URUS NGURUSNYA BIKIN BUAT CETAK "
    "ULANG BARU LAMA KENA AIR BANJIR HUJAN PAS WAKTU SAAT LAGI TADI KEMARIN KMRN PATAH RETAK "
    "ROBEK HILANG ILANG RUSAK LUNTUR PUDAR DICOPET JATUH TERJATUH KETINGGALAN SELAKU "
    "BERMAKSUD MENGAJUKAN MEMOHON DATA DATANYA BERIKUT SEBAGAI BERIKUT SENDIRI PUNYA ATAS "
    "IYA YA TIDAK GAK ENGGAK NGGAK BELUM SUDAH UDAH SUDAHKAH DONG YAH DEH SIH NIH KOK "
    "BENAR BENER BETUL SALAH KETIK GANTI UBAH GIMANA BAGAIMANA BISA PAGI SIANG SORE MALAM "
    "ITU TUH ANU KIRIM DIKIRIM TADI PENTING URGENT DARURAT MENDESAK BUTUH PERLU CEPET "
    "MOTOR MOBIL KELINDES KEINJEK KEHUJANAN KECUCI TERCUCI CUCI DIMAKAN TIKUS SOBEK LECEK "
    "BURAM HURUF FOTO TULISAN PECAH BENGKOK TERBAKAR KEBAKARAN TERSELIP NYELIP LUPA NARUH "
    "POLISI LAPOR KEHILANGAN DOMPET TAS PASAR KERETA ANGKOT BUS KANTOR RUMAH PINDAHAN "
    "MUDIK PULANG KAMPUNG MINGGU BULAN TAHUN LALU DEPAN ANAK ISTRI SUAMI PERTAMA KEDUA "
    "LENGKAP SEMUA AMAN SIAP SELESAI DITUNGGU TUNGGU KABAR BALASAN BALAS JAWAB"
)
_LIST_TALK = frozenset(_LIST_TALK_WORDS.split())
_ADDRESS_WORDS_TEXT = "JL JLN JALAN GG GANG BLOK PERUM KP KAMPUNG DUSUN KOMPLEK KOMP RT RW"
_ADDRESS_WORDS = frozenset(_ADDRESS_WORDS_TEXT.split())
_VERB_PREFIXES = ("MEM", "MENG", "MENY", "DIBUAT", "DIURUS", "DIBANTU", "DIPROSES")


def _talk_word(word: str) -> bool:
    """A word of talk rather than of a name: a -nya word, a -kan verb, a me-/di- verb."""
    if word.endswith("NYA") and len(word) > 4:
        return True  # "UMURNYA", "KONTRAKANNYA"
    if len(word) > 5 and (word.endswith("KAN") or word.endswith("KANNYA")):
        return True  # "DIBUATKAN", "MENGAJUKAN"
    return word.startswith(_VERB_PREFIXES) and len(word) > 5


def _next_to_number(st: _State, k: int) -> bool:
    """Whether token k is a number already read or a number's label."""
    if k < 0 or k >= len(st.toks):
        return False
    t = st.toks[k]
    if t.text in {"NO", "NOMOR", "NOMER", "NMR"}:  # "No. 45" in an address is no label
        after = st.toks[k + 1] if k + 1 < len(st.toks) else None
        return after is not None and (after.text in _NUMBER_LABELS or k + 1 in st.used)
    return (t.text.isdigit() and k in st.used) or t.text in _NUMBER_LABELS


def _runs(st: _State) -> list[tuple[int, int]]:
    """The runs of words between marks, numbers, labels and place keywords: (start, end)."""
    runs: list[tuple[int, int]] = []
    a = None
    for k, t in enumerate(st.toks):
        boundary = k in st.used or t.text.isdigit() or t.text in _NUMBER_LABELS | _PLACE_KEYWORDS
        marked = bool(_NAME_BREAK.search(t.gap)) or "." in t.gap or "\n" in t.gap
        if a is not None and (boundary or marked):
            runs.append((a, k))
            a = None
        if not boundary and a is None:
            a = k
    if a is not None:
        runs.append((a, len(st.toks)))
    return runs


def _list_words(words: list[str]) -> bool:
    from bot.intake.extractor.names import LEAD_WORDS, _name_stops

    stops = _name_stops() | LEAD_WORDS | _NOT_A_NAME | _GREETINGS | _LIST_TALK
    return all(w not in stops and w.isalpha() and not _talk_word(w) for w in words)


def _without_trailing_place(st: _State, a: int, b: int, g: Gazetteer) -> int:
    """The end of the run a..b without a kecamatan, or a desa with its kecamatan, that ends
    it; the run keeps at least two words."""
    for k in range(a + 2, b):
        size, place = place_at(st, k, g, None)
        if k + size == b and isinstance(place, Kecamatan):
            return k
        if isinstance(place, tuple) and ends_at_place(st, k, g):
            after, kec = place_at(st, k + size, g, "kecamatan")
            if isinstance(kec, Kecamatan) and k + size + after == b:
                return k
    return b


def read_list_name(st: _State, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """Fill the request's name from a bare name among its values (see above), when nothing
    else named it. A one-word name, or one not next to a mark, must be written with a
    capital; a place ("Mekar Jaya, Sepatan") is never a name."""
    slot = name_slot(layanan)
    if slot in ex.values or not any(
        t.text.isdigit() and i in st.used for i, t in enumerate(st.toks)
    ):
        return
    for a, end in _runs(st):
        b = _without_trailing_place(st, a, end, g)  # "Budi Santoso Cikupa, nik ..."
        words = [t.text for t in st.toks[a:b]]
        if not 1 <= len(words) <= 4 or not _list_words(words):
            continue
        place_next = end < len(st.toks) and (
            st.toks[end].text in _PLACE_KEYWORDS or _place_here(st, end, g) or end > b
        )  # "Rudi Hermawan, Saga Balaraja, nik ...": next to the list's place
        if not (_next_to_number(st, a - 1) or _next_to_number(st, end) or place_next):
            continue
        if any(t.text in _ADDRESS_WORDS for t in st.toks[max(0, a - 3) : a]):
            continue  # "Jl. Diponegoro No. 45": a street, not a name
        if any(place_at(st, k, g, None)[1] is not None for k in range(a, b)):
            continue
        if tuple(words) in _area_names() or sum(map(len, words)) < 3:
            continue
        if _desa_typo_before_kecamatan(st, a, b, g):
            continue  # "lengkong kulom kec pagedangan": a desa typo, not a name
        capitals = all(_capitalised(w, st.cased) for w in words)
        lower_ok = len(words) >= 2 and st.cased == st.cased.lower() and _next_to_number(st, end)
        numbered = _next_to_number(st, a - 1) or _next_to_number(st, end)
        if not (capitals or lower_ok) or not (numbered or capitals):
            continue
        st.used.update(range(a, b))
        ex.values[slot] = " ".join(words)
        return


# "kk harus diganti jadi atas nama sy", "kepala keluarganya jadi saya": the KK's head is the
# one who writes, named where they said who they are ("halo sy maemunah, suami sy ...")
_SELF_HEAD = re.compile(
    r"\b(?:ATAS\s*NAMA|ATASNAMA|KEPALA\s+(?:KELUARGA|KELUARGANYA|KK)(?:\s+(?:NYA|JADI|MENJADI"
    r"|DIGANTI|SEKARANG|SKRG|YAITU|ADALAH))*)\s+(?:SAYA|SY|AKU|GUE|GW)\b(?!\s+(?:SUDAH|UDAH|"
    r"UDH|SDH|BELUM|BLM|MAU)\b)"
)


def read_self_as_head(st: _State, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """The KK's head told as "atas nama saya": the name the writer opened with, even in
    lower case when a mark closes it ("halo sy maemunah, ..."), from the first clause only."""
    slot = name_slot(layanan)
    if slot != "nama_kepala_keluarga" or slot in ex.values:
        return
    if not _SELF_HEAD.search(" ".join(t.text for t in st.toks)):
        return
    i = 0
    while i < len(st.toks) and st.toks[i].text in _ADDRESSES:
        i += 1
    if i >= len(st.toks) - 1 or st.toks[i].text not in _SELF:
        return
    a, b = _span(st, i + 1, g)
    words = [t.text for t in st.toks[a:b]]
    closed = b >= len(st.toks) or _breaks_before(st, b)
    if not words or len(words) > 4 or not closed:
        return
    if not plain_name(" ".join(words)) or any(w in _NOT_A_NAME | _GREETINGS for w in words):
        return
    if place_at(st, a, g, None)[1] not in (None, SKIP):
        return
    st.used.update(range(a, b))
    ex.values[slot] = " ".join(words)
