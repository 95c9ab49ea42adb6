"""Names introduced by phrases: "kepala keluarganya bapak rahmat", "atas nama istri saya,
wati", "anak saya namanya Putri Ayu umur 5". Relations, possessives (-nya), pronouns, time
words and fillers before a name are not part of it, and end it when they come after."""

from __future__ import annotations

import re
from functools import cache

from bot.intake.extractor.core import (
    _DESA_PREFIX,
    _KEC_PREFIX,
    _NAME_BREAK,
    _NAME_FILLER,
    _NAME_TRIGGERS,
    _SERVICES,
    _STOP,
    MAX_NAME_WORDS,
    Extraction,
    _reason_table,
    _scan,
    _State,
    _value_span,
    for_a_child,
    name_slot,
    number_slots,
)
from bot.intake.extractor.places import SKIP, place_at
from bot.intake.fields import area_names as _area_names
from bot.intake.places import resolve_place
from bot.reference.gazetteer import Gazetteer, Kecamatan

__all__ = [
    "LEAD_WORDS",
    "looks_like_talk",
    "name_in_answer",
    "plain_name",
    "read_fuller_mention",
    "read_letter_sender",
    "read_name_before_label",
    "read_names",
]

_RELATION_WORDS = (
    "SUAMI ISTRI IBU BAPAK BPK BP AYAH KAKAK KAK ADIK ADEK DEK ANAK MERTUA PONAKAN KEPONAKAN "
    "CUCU OM TANTE BU PAK SDR SDRI SAUDARA SAUDARI MBAK MBA MAS ABANG BANG NENEK KAKEK PAMAN "
    "BIBI BUDE BUDHE PAKDE TETEH TEH AKANG KANG MAMA PAPA EMAK MAMAH UMI ABI ABAH EYANG ORTU "
    "NYONYA NY TUAN TN IBUNDA AYAHANDA ANANDA ALMARHUM ALM ALMH BAYI ORANG TUA WARGA PEMOHON "
    "PENDUDUK KLIEN KANDUNG TIRI ANGKAT IPAR SULUNG BUNGSU H HJ HAJI HAJAH USTADZ USTAZ IR DRS DRA "
    "DR PROF KH"
)
_TIME_WORDS = (
    "SEKARANG SKRG SKG SKRNG SAAT INI NANTI DULU DAHULU BARU KEMARIN KMRN TADI LAMA TETAP TETEP "
    "TTP MASIH"
)
_FILLER_WORDS = (
    "NM YANG YG YAITU YAKNI ADALAH IALAH BERNAMA NAMANYA NAMA LENGKAP ATASNAMA DENGAN DGN MAH "
    "SESUAI TERTERA TERCANTUM DI PADA INI TSB TERSEBUT SBB SEBAGAI BERIKUT TUH ITU NIH"
)
RELATIONS = frozenset(_RELATION_WORDS.split())
_PRONOUN_WORDS = "SAYA SY AKU AQ GUE GW GUA KAMI KITA BELIAU DIA SENDIRI ANE"
PRONOUNS = frozenset(_PRONOUN_WORDS.split())
TIME_WORDS = frozenset(_TIME_WORDS.split())
FILLERS = frozenset(_FILLER_WORDS.split())
_ROLE_NOUNS = frozenset({"SISWA", "SISWI", "MURID", "PELAJAR", "PASIEN", "NASABAH"})
LEAD_WORDS = frozenset(RELATIONS | PRONOUNS | TIME_WORDS | FILLERS | _NAME_FILLER | _ROLE_NOUNS)
_DOCUMENTS = {"KTP", "KK", "KIA", "AKTA", "EKTP", "IJAZAH"}  # "nama sesuai KTP: ..."
_END_WORDS = (
    RELATIONS
    - {"MAS", "OM", "TEH", "DEK", "BANG", "KANG", "AKANG", "NY", "TN", "BP", "H", "HJ", "HAJI"}
) | PRONOUNS | (TIME_WORDS - {"INI", "SAAT"}) | {"YANG", "YG", "YAITU", "ADALAH", "BERNAMA",
                                                  "DENGAN", "DGN", "SESUAI", "UNTUK",
                                                  "TI", "ITU", "TUH", "BULAN", "TAHUN", "THN",
                                                  "KEMAREN", "KMRN", "MINGGU",
                                                  "LENGKAPNYA"}  # fmt: skip


_PARTICLE_WORDS = (
    "YA YAA YAH IYA DONG DEH SIH NIH LOH LHO KOK TOH KAN TKS THX OK OKE OKAY TQ AJA SAJA"
)
_PARTICLES = frozenset(_PARTICLE_WORDS.split())  # "namanya Iqbal ya kak": talk around a name
_REQUEST_WORDS = (
    "DIBANTU BANTU BANTUIN BANTUANNYA SEGERA CEPAT DIPROSES PROSES DIURUS TERIMAKASIH TRIMS "
    "THANKS BERKENAN DITUNGGU INFONYA INFO KABARNYA SEKIAN SALAM HORMAT WASSALAM "
    "ASSALAMUALAIKUM PERMISI MAAF SILAKAN SILAHKAN GIMANA CARANYA"
)
_REQUEST_WORDS += (
    " LAGI JUGA SEMUA SEKALIAN BERAPA APAKAH SIAP CEK DICEK KAPAN SELESAI AMBIL DIMANA "
    "PROSESNYA VALID AKTIF KAH HEHE WKWK SEGITU AJAH DULU PAKE PAKAI HURUF SOALNYA "
    "SOAL SEBAB SEBABNYA BERMAKSUD HENDAK MEMOHON MENGAJUKAN MENGURUS SELAKU SEBAGAI SBG PUN "
    "PERLU BUTUH MEMERLUKAN MEMBUTUHKAN TANPA GELAR GELARNYA"
)
_REQUEST = frozenset(_REQUEST_WORDS.split())  # "... 3603... 3603... dibantu": not a name


def _is_lead(word: str, previous: str | None) -> bool:
    """A word before the name: "bapak", "istri", "saya", "sekarang", "yaitu", "anaknya"."""
    if word in LEAD_WORDS:
        return True
    if word.endswith("NYA") and (word[:-3] in RELATIONS or word[:-3] in {"KELUARGA", "NAMA"}):
        return True
    return word in _DOCUMENTS and previous in {"SESUAI", "DI", "TERTERA", "TERCANTUM", "PADA"}


@cache
def _name_stops() -> frozenset[str]:
    """Words that end a name: the stop list, relations and time words, one-word services
    and reasons."""
    single = {k[0] for k in (*_SERVICES, *_reason_table()) if len(k) == 1}
    nya = {w + "NYA" for w in RELATIONS}
    return frozenset(_STOP | single | _END_WORDS | nya | _PARTICLES | _REQUEST)


def plain_name(value: str) -> bool:
    """Whether a value read by position looks like a name: no stop, relation, service or
    reason word in it ("MAU GANTI KEPALA KELUARGA" and "HILANG" are not names)."""
    words = value.upper().replace(".", " ").split()
    stops = _name_stops() | LEAD_WORDS
    return bool(words) and not any(w in stops for w in words)


def looks_like_talk(value: str) -> bool:
    """ "YG BARUSAN ITU JUGA SAMA KOK": four words or more, half of them talk (stop words,
    relations, pronouns, fillers), is a sentence rather than a name."""
    words = value.upper().replace(".", " ").replace(",", " ").split()
    stops = _name_stops() | LEAD_WORDS
    return len(words) >= 4 and 2 * sum(w in stops for w in words) >= len(words)


_ANSWER_PARTS = re.compile(r"[,:;()]|\s[-\u2013]\s")


def name_in_answer(text: str) -> str:
    """ "sekarang saya sendiri, Rosmawati" -> "Rosmawati": in the answer to a name question,
    a part made only of pronouns, relations and time words is talk around the name, and so
    is one with talk or digits beside a plain name ("Ahmad Fauzi, pake z ya bukan s")."""
    parts = [p.strip() for p in _ANSWER_PARTS.split(text) if p.strip()]
    kept = [p for p in parts if not set(re.findall(r"[A-Z]+", p.upper())) <= LEAD_WORDS]
    if len(parts) > 1 and len(kept) > 1:  # "Zahra Aulia, umurnya 7 taun": the name part
        kept = [p for p in kept if plain_name(p) and not re.search(r"\d", p)]
    return kept[0] if len(parts) > 1 and len(kept) == 1 else text


def _start(st: _State, i: int) -> int:
    """The first token of the name after a trigger: leading relations and fillers skipped."""
    previous: str | None = None
    while i < len(st.toks) and i not in st.used and _is_lead(st.toks[i].text, previous):
        previous = st.toks[i].text
        i += 1
    return i


# Everyday words that are also the last part of a name ("Wulan Dari", "Siti Kasih"): after
# a name trigger they stay in the name when the name's run ends right after them (a comma,
# a label, a number, a reason, the end of the message), and end it when more words, a place
# keyword or a place follow ("Dewi dari Bitung Jaya", "siti dari tadi").
NAME_WORDS_TOO = frozenset({"DARI", "KASIH", "ANANDA"})
_HARD_END = frozenset({"NIK", "NO", "NOMOR", "NOMER", "NMR", "KK", "NKK", "NOKK", "NAMA",
                       "ALAMAT", "TELP", "TELEPON", "HP", "WA", "TGL", "TANGGAL", "UMUR",
                       "USIA", "RT", "RW", "KETERANGAN", "KEPERLUAN"})  # fmt: skip


_DOC_WORDS = frozenset({"KTP", "EKTP", "KIA", "AKTA"})
_OWN_DOCS = frozenset({"KTPNYA", "EKTPNYA", "KIANYA", "AKTANYA", "KKNYA"})


def _hard_end(st: _State, k: int) -> bool:
    """Whether the name's run ends for sure at token k: the end, a break mark, a number, a
    token already read (a number), or a label."""
    if k >= len(st.toks) or k in st.used:
        return True
    t = st.toks[k]
    if _NAME_BREAK.search(t.gap) or "." in t.gap or t.text.isdigit() or t.text in _HARD_END:
        return True
    if t.text in _ADDRESSING:
        return True  # "sy Andika Pratama min, umur ...": talk to the officer
    if t.text in _OWN_DOCS or (
        t.text in _DOC_WORDS and k + 1 < len(st.toks) and st.toks[k + 1].text == "NYA"
    ):
        return True  # "istri sy Bu Nining Kurniasih ktp nya patah": her card comes next
    if t.text in _TAIL_PARTICLES:  # "ini dengan Nia Ramdani ya, ...", "... Rafi Pratama ya kak"
        j = k + 1  # "Keanu Ardiansyah ya kak\nnik ...": only talk up to the next break
        while j < len(st.toks) and not _breaks_before(st, j):
            if st.toks[j].text not in _TAIL_PARTICLES | _ADDRESSING:
                return (t.text,) in _reason_table()
            j += 1
        return True
    return (t.text,) in _reason_table()  # "atas nama Wulan Dari hilang"


# Words that address the officer: never part of a name, so a name's run ends there.
_ADDRESSING = frozenset({"KAK", "KA", "KAKAK", "MIN", "MIMIN", "ADMIN", "GAN", "SIS", "BOS"})
_TAIL_PARTICLES = frozenset({"YA", "YAA", "YAH", "DONG", "DEH", "SIH", "NIH", "AJA"})


def _breaks_before(st: _State, k: int) -> bool:
    return bool(_NAME_BREAK.search(st.toks[k].gap)) or "." in st.toks[k].gap


def _name_after(st: _State, k: int, g: Gazetteer) -> int | None:
    """The end of one or two name words from k that run to a sure end ("Sri Dari
    Wulandari, nik ..."), or None: stops, places and kab/kota names are not names."""
    stops = _name_stops()
    for size in (1, 2):
        end = k + size
        words = [t.text for t in st.toks[k:end]]
        if end > len(st.toks) or any(j in st.used for j in range(k, end)):
            return None
        if any(w in stops or w.isdigit() for w in words) or _breaks_before(st, end - 1):
            return None
        if tuple(words) in _area_names() or ends_at_place(st, k, g):
            return None
        if _hard_end(st, end):
            return end
    return None


def _span(st: _State, i: int, g: Gazetteer) -> tuple[int, int]:
    """The name's tokens from i: up to a stop word, except an everyday name word ("Wulan
    Dari", "Sri Dari Wulandari") whose run ends for sure right after it or after one or two
    more name words."""
    a, b = _value_span(st, i, _name_stops(), MAX_NAME_WORDS)
    if not (a < b < len(st.toks) and st.toks[b].text in NAME_WORDS_TOO) or _breaks_before(st, b):
        return a, b
    if _hard_end(st, b + 1):
        return a, min(b + 1, a + MAX_NAME_WORDS)
    end = _name_after(st, b + 1, g) if b + 1 < len(st.toks) else None
    return (a, end) if end is not None and end - a <= MAX_NAME_WORDS else (a, b)


# Short forms of the name labels: "nm Wawan", "nama kepala kel Suhendra", "kep. keluarga".
_TRIGGERS = _NAME_TRIGGERS | {
    ("NM",): "nama",
    ("NM", "LENGKAP"): "nama",
    ("NAMI",): "nama",  # Sundanese: "nami abdi Tatang", "namina Euis"
    ("NAMINA",): "nama",
    ("JENENGE",): "nama",  # Javanese
    ("JENENGKU",): "nama",
    ("KEPALANYA",): "nama_kepala_keluarga",  # "kepalanya Jajang Nurjaman" (of the KK)
    ("NAMA", "KEPALA", "KEL"): "nama_kepala_keluarga",
    ("KEPALA", "KEL"): "nama_kepala_keluarga",
    ("KEP", "KELUARGA"): "nama_kepala_keluarga",
    ("KEP", "KEL"): "nama_kepala_keluarga",
    ("NAMA", "KEP", "KELUARGA"): "nama_kepala_keluarga",
    ("NM", "KEPALA", "KELUARGA"): "nama_kepala_keluarga",
}
_ROLE = {"SELAKU", "SEBAGAI", "SBG"}  # "saya Darmawan selaku kepala keluarga": a role, not a label
_DECEASED = {"ALMARHUM", "ALMARHUMAH", "ALM", "ALMH", "MENDIANG"}  # no longer the name asked
_DIED = {"MENINGGAL", "WAFAT", "TIADA", "MENINGGALNYA"}  # "suami saya meninggal": no name
_STATUS = {"JANDA", "DUDA", "YATIM", "PIATU", "LAJANG", "CERAI", "JOMBLO"}  # marital status
_VERB_START = (
    "DIGANTI",
    "DIUBAH",
    "BERGANTI",
    "BERALIH",
    "DIALIHKAN",
    "PINDAH",
    "MEMOHON",
    "MENGAJUKAN",
    "MEMBUAT",
    "MENGURUS",
    "DIBUATKAN",
    "BERMAKSUD",
    "DITULIS",  # "nama kepala keluarga ditulis nama siapa?": a question, no name
    "TERTULIS",
    "DICANTUMKAN",
    "SIAPA",
)


def read_names(st: _State, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """Fill `nama` / `nama_kepala_keluarga` from the phrases that introduce them."""
    for start, end, slot in _scan(st, _TRIGGERS):
        if start in st.used:
            continue  # "kepala keluarga bernama ...": the first trigger took it
        if start > 0 and st.toks[start - 1].text in _ROLE:
            continue
        own = end < len(st.toks) and st.toks[end].text in PRONOUNS - {"BELIAU", "DIA", "SENDIRI"}
        if slot == "nama" and own and for_a_child(layanan):
            continue  # "Saya ibunya Dimas, nama saya Wati. ... KIA ...": the parent's name
        if st.toks[start].text == "NAMI" and end < len(st.toks) and st.toks[end].text == "ABDI":
            end += 1  # "nami abdi Ujang": Sundanese "my name" ("Abdi" is a name elsewhere)
        a, b = _span(st, _start(st, end), g)
        if _DECEASED & {t.text for t in st.toks[end:a]}:
            st.used.update(range(start, b))  # "kepala keluarganya almarhum bapak saya X"
            continue
        apart = any(_breaks_before(st, k) for k in range(end, a + 1)) if a < len(st.toks) else False
        if apart and a < b and place_at(st, a, g, None)[1] not in (None, SKIP):
            continue  # "... yang jadi kepala keluarga, di Tegal Angus": a place, no name
        for k in range(a + 1, b):  # a place ends the name ("nama siti aminah bitung jaya")
            if ends_at_place(st, k, g):
                b = k
                break
        words = [t.text for t in st.toks[a:b]]
        if sum(len(w) for w in words) < 2 or any(w.isdigit() for w in words):
            continue
        if words[0].startswith(_VERB_START) or _DIED & set(words) or _STATUS & set(words):
            continue  # "kepala keluarga memohon dibuatkan ...", "(sy janda, ...)": no name
        if slot == "nama":
            slot = name_slot(layanan)
        st.used.update(range(start, b))
        ex.values.setdefault(slot, " ".join(words))


_PLACE_KEYWORDS = _DESA_PREFIX | _KEC_PREFIX


def ends_at_place(st: _State, k: int, g: Gazetteer) -> bool:
    """Whether a place starts at token k and ends a name there: a kecamatan, a city, a
    desa of two words or more, or a one-word desa followed by its own kecamatan ("sumarni
    kandawati gunung kaler"); a one-word desa alone may be part of the name."""
    size, place = place_at(st, k, g, None)
    if place in (None, SKIP):
        return False
    if size > 1 or not isinstance(place, tuple):
        return True
    _, after = place_at(st, k + size, g, "kecamatan")
    return isinstance(after, Kecamatan) and any(d.kecamatan == after for d in place)


def _place_here(st: _State, k: int, g: Gazetteer) -> bool:
    """Whether a Kabupaten desa or kecamatan starts at token k (any length)."""
    _, place = place_at(st, k, g, None)
    return isinstance(place, (tuple, Kecamatan))


def _without_trailing_desa(st: _State, a: int, b: int, g: Gazetteer) -> int:
    """The end of a name read after the numbers without its last word(s) when they are a
    desa of the Kabupaten ("zahra aulia sukanagara"); the name keeps at least one word and
    an everyday word that is also a desa ("karet") stays unless a kecamatan follows."""
    for k in range(a + 1, b):
        size, place = place_at(st, k, g, None)
        if isinstance(place, tuple) and k + size == b:
            return k
    return b


def _capitalised(word: str, cased: str) -> bool:
    """Whether the resident wrote the word with a capital ("Yoyoh", "YOYOH")."""
    return any(re.search(rf"\b{form}\b", cased) for form in (word.title(), word))


def _desa_typo_before_kecamatan(st: _State, a: int, b: int, g: Gazetteer) -> bool:
    """Whether the words a..b come right before a kecamatan ("kec pagedangan") that has a
    desa they are a near miss of."""
    k = b + 1 if b < len(st.toks) and st.toks[b].text in _KEC_PREFIX else b
    size, kec = place_at(st, k, g, "kecamatan") if k < len(st.toks) else (0, None)
    if not isinstance(kec, Kecamatan):
        return False
    typed = " ".join(t.text for t in st.toks[a:b])
    near = resolve_place(typed, kec.name, gazetteer=g)
    return near.status in ("suggest", "ok") and bool(near.suggestion or near.desa)


def read_positional_name(st: _State, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """A name written where the template has it, right after the request's numbers ("mau
    bikin surat pindah 3603... 3603... budi santoso, pindah ke ..."): taken only when it
    looks like a name and its run ends for sure (a comma, the end, a label, a place)."""
    numbers = number_slots(layanan)
    slot = name_slot(layanan)
    if not numbers or slot in ex.values or not all(n in ex.values for n in numbers):
        return
    n = len(st.toks)
    digits = [i for i, t in enumerate(st.toks) if t.text.isdigit() and i in st.used]
    digits = [i for i in digits if i + 1 < n and i + 1 not in st.used]  # not an address's
    if not digits:
        return
    a, b = _span(st, digits[-1] + 1, g)
    for k in range(a, b):
        if ends_at_place(st, k, g):
            b = k
            break
    b = _without_trailing_desa(st, a, b, g)
    words = [t.text for t in st.toks[a:b]]
    at_place = b < n and (st.toks[b].text in _PLACE_KEYWORDS or _place_here(st, b, g))
    ends = b >= n or _hard_end(st, b) or at_place
    # "3603... 3603... Ahmad Fauzi mau pindah ke Depok": a name in capitals before a verb
    ends = ends or (
        st.toks[b].text in _WANT_WORDS
        and len(words) >= 2
        and all(_capitalised(w, st.cased) for w in words)
    )
    letters = sum(len(w) for w in words)
    if not words or letters < 3 or not ends or not plain_name(" ".join(words)):
        return
    if len(words) == 1 and not _capitalised(words[0], st.cased) and not at_place:
        return  # one lower-case word after the numbers is more likely talk than a name
    if at_place and _desa_typo_before_kecamatan(st, a, b, g):
        return  # "3603... lengkong kulom kec pagedangan": a desa typo, not a name
    size, place = place_at(st, a, g, None)
    if place not in (None, SKIP) and size == b - a:
        return  # "nik 3603..., kk 3603..., Sindangsono": the desa, not a name
    st.used.update(range(a, b))
    ex.values[slot] = " ".join(words)


_WANT_WORDS = frozenset({"MAU", "INGIN", "PENGEN", "PENGIN", "AKAN", "HENDAK", "BERMAKSUD"})
_AFTER_NAME_LABELS = frozenset({"NAMANYA", "NAMAKU", "LENGKAPNYA"})


def read_name_before_label(st: _State, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """ "kia buat si kecil, Anindya Zahra namanya.", "gw Bayu, Bayu Saputra lengkapnya.": a
    name written with capitals right before "namanya" / "lengkapnya" that ends its clause."""
    slot = name_slot(layanan)
    if slot in ex.values:
        return
    for k, t in enumerate(st.toks):
        if k in st.used or _breaks_before(st, k):
            continue
        split = t.text == "NAMA" and st.s[t.start : t.end].endswith("NYA")  # "-nya" dropped
        if not (t.text in _AFTER_NAME_LABELS or split):
            continue
        if t.text == "LENGKAPNYA" and k > 0 and st.toks[k - 1].text == "NAMA":
            continue  # "nama lengkapnya X": the name comes after
        after = k + 1
        if not _hard_end(st, after):
            continue  # "namanya" followed by the name itself is read_names' case
        a = k
        while a > 0 and k - a < 4 and not _breaks_before(st, a) and (a - 1) not in st.used:
            a -= 1
        while a < k and st.toks[a].text in LEAD_WORDS | {"SI"}:
            a += 1
        words = [x.text for x in st.toks[a:k]]
        if not words or not plain_name(" ".join(words)):
            continue
        if not all(_capitalised(w, st.cased) for w in words) or ends_at_place(st, a, g):
            continue
        st.used.update(range(a, after))
        ex.values[slot] = " ".join(words)
        return


_FULLER = {"LENGKAPNYA", "LENGKAP"}


def read_fuller_name(st: _State, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """ "Sy Eko, lengkapnya Eko Prasetyo": a fuller name told after the short one wins."""
    slot = name_slot(layanan)
    short = ex.values.get(slot)
    if not short:
        if st.toks and st.toks[0].text in _FULLER and len(st.toks) > 1:  # "lengkapnya X"
            a, b = _span(st, 1, g)
            name = " ".join(x.text for x in st.toks[a:b])
            if b > a and plain_name(name) and (b >= len(st.toks) or _hard_end(st, b)):
                st.used.update(range(0, b))
                ex.values[slot] = name
        return
    for k, t in enumerate(st.toks):
        if t.text not in _FULLER or k + 1 >= len(st.toks) or st.toks[max(k - 1, 0)].text == "NAMA":
            continue
        a, b = _span(st, k + 1, g)
        words = [x.text for x in st.toks[a:b]]
        name = " ".join(words)
        if len(words) > len(short.split()) and name.startswith(short + " ") and plain_name(name):
            st.used.update(range(k, b))
            ex.values[slot] = name
            return


def read_fuller_mention(st: _State, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """ "ayahnya Naura Khairunnisa. Mau buat KIA untuk Naura": a short name read where the
    message also writes it in full, with capitals, is the full one."""
    slot = name_slot(layanan)
    short = ex.values.get(slot, "").split()
    if not short or len(short) > 2:
        return
    n, best = len(short), None
    for k in range(len(st.toks) - n):
        if [t.text for t in st.toks[k : k + n]] != short:
            continue
        end = k + n
        while end < len(st.toks) and end - k < MAX_NAME_WORDS and not _breaks_before(st, end):
            word = st.toks[end].text
            if end in st.used or word.isdigit():
                break
            if not (plain_name(word) and _capitalised(word, st.cased)) or _place_here(st, end, g):
                break
            end += 1
        if end > k + n and _hard_end(st, end) and (best is None or end - k > len(best)):
            best = [t.text for t in st.toks[k:end]]
    if best is not None:
        ex.values[slot] = " ".join(best)


_CLOSING_LINE = re.compile(
    r"^(?:trims|trimakasih|terima\s*kasih|makasih|hormat\s+(?:saya|kami)|salam|wassalam\w*|"
    r"regards|tabik)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
_SIGNED = re.compile(r"^(?:[A-Z][a-z']+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z']+|[A-Z]{2,})){0,3}\.?$")


_DASHED_SIGNATURE = re.compile(r"^[-~\u2013\u2014]+\s*([^()\n]+?)\s*(?:\([^)]*\))?\s*$")


def read_signature(text: str, layanan: str | None, ex: Extraction) -> None:
    """A letter signed with the name on its last line, after "Trims," / "Hormat saya,"."""
    slot = name_slot(layanan)
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    if slot in ex.values or len(lines) < 2:
        return
    closing, last = lines[-2], lines[-1]
    dashed = _DASHED_SIGNATURE.match(last)  # "- Rohmat (kepala keluarga)"
    if dashed:
        last = dashed.group(1)
    elif not _CLOSING_LINE.match(closing):
        return
    if not _SIGNED.match(last):
        return
    name = last.rstrip(".").upper()
    if plain_name(name) and not any(w in LEAD_WORDS for w in name.split()):
        ex.values[slot] = name


_SENDER_LINE = re.compile(
    r"^\s*(?:dari|pengirim|nama\s+pengirim)\s*:\s*(?P<name>[A-Za-z'.]+(?:\s+[A-Za-z'.]+){0,3})\s*$",
    re.IGNORECASE,
)


def read_letter_sender(text: str, layanan: str | None, ex: Extraction, g: Gazetteer) -> None:
    """ "Dari: Yulianti" on a line of its own, heading a message written like a letter: the
    sender is the resident (a KIA is the child's, so not there)."""
    slot = name_slot(layanan)
    if slot in ex.values or for_a_child(layanan):
        return
    for line in str(text).splitlines():
        match = _SENDER_LINE.match(line)
        if match is None:
            continue
        name = " ".join(match.group("name").replace(".", " ").upper().split())
        words = name.split()
        if words and words[0] in RELATIONS:
            words = words[1:]  # "Dari: Ibu Yulianti"
        name = " ".join(words)
        if name and plain_name(name) and not g.is_place(name):
            ex.values[slot] = name
        return


_WRITE_ONLY = re.compile(
    r"\b(?:TULIS|DITULIS|NULIS|PAKAI|PAKE|CUKUP)\s+(?:NAMA(?:NYA)?\s+)?"
    r"(?P<name>[A-Z']+(?:\s+[A-Z']+){0,3}?)\s+(?:SAJA|AJA|AJAH|DOANG)\b"
)


def read_name_instruction(st: _State, layanan: str | None, ex: Extraction) -> None:
    """ "Nama Hj Rohayati binti Sarta... maaf tulis Rohayati saja": how the name is to be
    written, told after it, wins."""
    slot = name_slot(layanan)
    said = " ".join(t.text for t in st.toks)
    match = _WRITE_ONLY.search(said)
    current = ex.values.get(slot)
    if match is None or current is None:
        return
    name = match.group("name")
    if plain_name(name) and set(name.split()) <= set(current.split()):
        ex.values[slot] = name
