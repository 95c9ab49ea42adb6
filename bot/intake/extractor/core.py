"""Shared pieces of the extractor: word tables, tokens, phrase scanning, the result type."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache

from bot.intake.identity import repair_lookalikes
from bot.intake.places import PlaceResult
from bot.reference.catalog import Service, default_catalog
from bot.reference.office import default_office
from bot.reference.text import clean

__all__ = [
    "Extraction",
    "asks_residence",
    "for_a_child",
    "has_field",
    "name_slot",
    "number_slots",
]

MAX_TEXT = 2000
MAX_NAME_WORDS = 6
DOC_MARK = "~"  # where a document number stood (it is read before the tokens)
LABEL_REACH = 5  # tokens allowed between a label ("nik", "no kk") and its number

_WEAK_PEMULA = {"BARU", "REKAM", "PERTAMA", "BIKIN BARU", "BUAT BARU"}
_NEGATIONS = {"BUKAN", "TIDAK", "TDK", "GAK", "GA", "NGGAK", "ENGGAK", "KAGAK"}
_NYA_BASES = {"KTP", "KK", "NIK", "NAMA", "KIA", "ALAMAT", "KEPERLUAN", "ALASAN", "DESA", "KEC",
               "KELUARGA"}  # fmt: skip
_NIK_LABELS = {("NIK",), ("NO", "KTP"), ("NOMOR", "KTP"), ("NOMER", "KTP"), ("NO", "NIK")}
_KK_LABELS = {
    tuple(p.split())
    for p in ("KK", "NKK", "NO KK", "NOMOR KK", "NOMER KK", "NOKK", "KARTU KELUARGA",
              "NO KARTU KELUARGA", "NOMOR KARTU KELUARGA")
}  # fmt: skip
_DESA_PREFIX = {"DESA", "DS", "KEL", "KELURAHAN", "KELURAHANNYA", "DESANYA", "DESANA"}
_KEC_PREFIX = {"KEC", "KECAMATAN", "KECAMATANNYA", "KC"}
_NAME_TRIGGERS = {
    ("NAMA",): "nama",
    ("ATASNAMA",): "nama",
    ("BERNAMA",): "nama",
    ("NAMAKU",): "nama",
    ("NAMA", "LENGKAP"): "nama",
    ("NAMA", "LENGKAPNYA"): "nama",
    ("NAMA", "ANAK"): "nama",
    ("NAMA", "ANAKNYA"): "nama",
    ("KEPALA", "KELUARGA"): "nama_kepala_keluarga",
    ("NAMA", "KEPALA", "KELUARGA"): "nama_kepala_keluarga",
    ("NAMA", "KK"): "nama_kepala_keluarga",
    ("NAMA", "KEPALA", "KK"): "nama_kepala_keluarga",
    ("KEPALA", "KK"): "nama_kepala_keluarga",
    ("KPL", "KELUARGA"): "nama_kepala_keluarga",
    ("KPL", "KK"): "nama_kepala_keluarga",
    ("KEP", "KELUARGA"): "nama_kepala_keluarga",
}
_NAME_FILLER_WORDS = (
    "SAYA SY AKU LENGKAP LENGKAPNYA ADALAH YAITU YAKNI IALAH PAK BAPAK BU IBU MBAK MAS SDR "
    "SDRI YANG YG BENAR BENER BETUL HARUSNYA SEHARUSNYA JADI MENJADI KE NYA"
)
_NAME_FILLER = set(_NAME_FILLER_WORDS.split())
_STOP_WORDS = (
    "NIK NO NOMOR NOMER KK NKK KTP EKTP KIA ALAMAT DI DARI DAN MAU INGIN YG YANG TINGGAL "
    "WARGA UMUR USIA LAHIR TGL TANGGAL RT RW TOLONG MOHON UNTUK BUAT BIKIN SAYA SY KARENA "
    "KRN SUDAH UDAH SDH BELUM BLM PINDAH JL JLN JALAN GMN GIMANA BAGAIMANA BISA APA TERUS "
    "LALU TAPI BUKAN KEPALA MAKASIH TERIMA KASIH KEPERLUAN ALASAN ANAK ANAKNYA SALAH UBAH "
    "GANTI KABUPATEN KAB KOTA KP KAMPUNG BLOK GG GANG PERUM ATASNAMA NAMA KARTU SURAT "
    "TOLONGIN MINTA PAK BU KAK MIN RALAT KOREKSI REVISI PERBAIKAN PERUBAHAN KELIRU KETIK TYPO "
    "TIPO SORRY SORI EH EHH EEH DOMISILI BERDOMISILI UDH DAH TELAH KELAS SEMESTER"
)
_STOP = set(_STOP_WORDS.split())
_ALAMAT_TRIGGERS = [("ALAMAT", "PINDAH"), ("ALAMAT", "TUJUAN"), ("ALAMAT", "BARU"),
                    ("TUJUAN", "PINDAH"), ("PINDAH", "KE"), ("PINDAH", "KELUAR", "KE"),
                    ("SKPWNI", "KE"), ("SKP", "KE"), ("PINDAHAN", "KE")]  # fmt: skip
# "kepala keluarga pindah ke ibu sy": whom a headship (or a name) passes to, not a destination
HEADSHIP_HOLDERS = frozenset(
    {"IBU", "BAPAK", "AYAH", "ISTRI", "SUAMI", "ANAK", "KAKAK", "ADIK", "NAMA", "TANGAN", "MAMA",
     "MAMAH", "EMAK", "NENEK", "KAKEK"}
)  # fmt: skip
_ALAMAT_STOP = {"NIK", "NKK", "NAMA", "ATASNAMA", "KEPERLUAN", "KTP"}
_COMMON_DESA_WORDS = (
    "BABAT BENDA BOJONG DADAP DARU DUKUH KARET KRAMAT LONTAR MEDANG MERAK MUARA PASIR PETE "
    "SAGA TOBAT KOPER KEDUNG TALAGA SASAK GAGA BUNDER LEMO KADU DAON BAKUNG KUBANG SENTUL "
    "TAPOS PETIR BABAKAN KETAPANG CARINGIN KEMUNING"
)
_COMMON_DESA = set(_COMMON_DESA_WORDS.split())
# The neighbouring cities' names ("kota tangsel") and the office's own ("kab tangerang").
_CITY = frozenset().union(*(n.area_words for n in default_office().neighbours))
_KAB = default_office().area_words
_DOC_LABELLED = re.compile(
    r"\b(?:NO|NOMOR|NOMER)\s*\.?\s*(?:SKPWNI|SKP|SURAT\s+PINDAH)(?:NYA)?\b\s*"
    r"(?:(?:KAMI|SAYA|SY|KITA|AKU|ADALAH|YAITU|YAKNI|ITU)\s+)?[:.]?\s*"
    r"((?:\d{4}[\s.\-]){3}\d{4}(?![0-9])|[A-Z0-9][A-Z0-9/.\-]{3,39})"  # "3273 1509 2025 9901"
)
_DOC_BARE = re.compile(r"(?<![A-Z0-9/])(SKPWNI/[A-Z0-9/.\-]{3,33})")
# "skpwni saya 3674-SKPWNI-2026-0999", "surat pindahnya 3604/PD/2026/7781": a document number
# (digits with letters or slashes) right after the document's name; a bare run of digits
# there may be a NIK after the service word, so it is left to the number reader.
_DOC_NAMED = re.compile(
    r"\b(?:SKPWNI|SKP|SURAT\s+PINDAH)(?:NYA)?\s+(?:(?:KAMI|SAYA|SY|KITA|AKU|NOMOR|NOMORNYA|NO|"
    r"NOMER|NMR|BERNOMOR|SUDAH|SDH|UDAH|UDH|ADA|DENGAN|DGN|YANG|YG|ADALAH|YAITU|ITU|NYA)"
    r"\s*[:.]?\s+){0,3}[:.]?\s*"
    r"((?=[A-Z0-9/.\-]*[0-9])(?=[A-Z0-9.\-]*(?:/|[A-Z]))[0-9][A-Z0-9/.\-]{3,39})"
)
# "bawa skpwni nomor 1871052026110399263", "surat pindah, nomornya 357818102026929": a run of
# digits that is no NIK or KK (not 16 long) after the letter's name and "nomor"
_DOC_DIGITS = re.compile(
    r"\b(?:SKPWNI|SKP|SURAT\s+PINDAH|SURAT\s+KETERANGAN\s+PINDAH)(?:NYA)?[\s,]+"
    r"(?:\w+\s+){0,2}?(?:NOMOR|NOMORNYA|NO|NOMER|NOMERNYA|NMR)\s*[:.]?\s*"
    r"(\d{12,15}|\d{17,20})(?![0-9])"
)
# "skpwni no 3602010809259324": any run of digits right after "skpwni no"
_DOC_RIGHT_AFTER = re.compile(
    r"\b(?:SKPWNI|SKP)(?:NYA)?\s+(?:NOMOR|NOMORNYA|NO|NOMER|NOMERNYA|NMR)\s*[:.]?\s*(\d{12,20})(?![0-9])"
)
# "470/1123/DUKCAPIL/X/2026": a letter's number (three slashes or more, so never a date;
# a letter in it, so never a NIK or KK typed in groups)
_DOC_SHAPE = re.compile(
    r"(?<![A-Z0-9/])(\d{2,4}/(?=[A-Z0-9.\-/]*[A-Z])[A-Z0-9.\-]+(?:/[A-Z0-9.\-]+){2,})"
)
# "3175PW050620259301", "3201SKP20259213": digits around the letter's code, typed together
_DOC_MIXED = re.compile(
    r"(?<![A-Z0-9/])(\d{2,6}(?:SKPWNI|SKP|PWN|PW|PD|SKDWN)\d{4,16})(?![A-Z0-9/])"
)
_AN = re.compile(r"\b(?:A\s*[./]\s*N\b\.?|AN\.|AN\s*:|AN\s+(?=[A-Z]{2})|ATAS\s+NAMA\b)")
_LETTER_DIGIT = re.compile(r"(?<=[A-Z])(?=[0-9])|(?<=[0-9])(?=[A-Z])")
_TOKEN = re.compile(r"[0-9A-Z]+")
# a mark between two words; a dash only with a space beside it (" - ", not "Siti-Aminah")
_NAME_BREAK = re.compile(
    r"[,;#()!?:/\"|\u2600-\u27bf\U0001f000-\U0001faff]|\s[-\u2013\u2014]|[-\u2013\u2014]\s"
)  # an emoji ends a clause too ("aku Yoga Pratama 👋 KTP aku luntur")
_STOP |= _DESA_PREFIX | _KEC_PREFIX
_PLACE_FILLER = {"NYA", "JADI", "MENJADI", "KE", "YANG", "YG", "BENAR", "BENER", "HARUSNYA",
                 "SEHARUSNYA", "ADALAH", "SAYA", "SY", "KAMI", "DI", "YAITU", "YAKNI", "GINI",
                 "BEGINI", "KAK", "KA", "MIN", "SBB", "BERIKUT", "TINGGALNYA", "TETAP", "TETEP",
                 "MASIH"}  # fmt: skip
_NAME_LIKE_PLACES = {"JAYANTI"}  # also a given name: a place only after "kec"/"desa"
_LABEL_PHRASES = {("NO", "KK"), ("NOMOR", "KK"), ("NOMER", "KK"), ("NO", "KARTU", "KELUARGA"),
                  ("NOMOR", "KARTU", "KELUARGA")}  # fmt: skip


@dataclass
class Extraction:
    """What a message says for sure. `values` holds canonical slot values only."""

    layanan: str | None = None
    alasan: str | None = None
    values: dict[str, str] = field(default_factory=dict)
    # slot -> choices when the text allows several ("desa": ("Talagasari (Kec. Balaraja)", ...))
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # slot -> near misses (fuzzy) for a place a "desa"/"kec" keyword named but the table lacks
    suggestions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # slot -> text as typed for a value found but not accepted (feed it to the validator)
    unresolved: dict[str, str] = field(default_factory=dict)
    referral: str | None = None  # Kota Tangerang / Tangsel place: the other office, kindly
    notes: list[str] = field(default_factory=list)  # stable codes, e.g. "nomor_tanpa_label"
    # slots in `values` the message did not state but that follow from it (the kecamatan
    # of a unique desa)
    inferred: set[str] = field(default_factory=set)
    place: PlaceResult | None = None  # the place resolver's verdict on the desa/kecamatan

    @property
    def stated(self) -> frozenset[str]:
        """The fields the message itself states: its values (not the inferred ones), and
        `alasan` / `layanan` when named. A restated known value is here too, so the dialogue
        can acknowledge it instead of asking again."""
        named = {k for k, v in (("alasan", self.alasan), ("layanan", self.layanan)) if v}
        return frozenset((set(self.values) - self.inferred) | named)

    def slots(self, layanan: str | None = None) -> dict[str, str]:
        """`layanan`, `alasan` and the values the service's template has, ready for slots."""
        code = layanan or self.layanan
        service = default_catalog().services.get(code) if code else None
        out: dict[str, str] = {"layanan": code} if service and code else {}
        names = service.field_names if service else tuple(self.values)
        out.update({k: v for k, v in self.values.items() if k in names})
        if self.alasan and (service is None or "alasan" in names):
            out["alasan"] = self.alasan
        return out


@dataclass
class _Tok:
    text: str
    start: int
    end: int
    gap: str  # the characters between the previous token and this one


@dataclass
class _State:
    s: str
    toks: list[_Tok]
    used: set[int] = field(default_factory=set)
    typed: str = ""  # the message as typed (cleaned, upper case), before token splitting
    cased: str = ""  # the message as typed, cleaned, in the resident's own letter case

    def text_of(self, a: int, b: int) -> str:
        """The message as typed from token a to token b-1 (line marks as spaces)."""
        return LINE_MARK.sub(" ", self.s[self.toks[a].start : self.toks[b - 1].end])


_LOOKALIKE_SPAN = re.compile(
    r"(?<![A-Za-z0-9])[0-9OoIlSsBZzGbDQ|][0-9OoIlSsBZzGbDQ|.\- ]{10,26}[0-9OoIlSsBZzGbDQ|]"
    r"(?![A-Za-z0-9])"
)


def _repair_number(match: re.Match[str]) -> str:
    """A 16-character span that is mostly digits with look-alike letters, as digits."""
    span = match.group()
    fixed = repair_lookalikes(span)
    if fixed is None or len(fixed) != 16 or sum(ch.isdigit() for ch in span) < 12:
        return span
    return fixed if fixed != re.sub(r"\D", "", span) else span


_SPACED_DOC = re.compile(r"\bSKPWNI(?:\s*/\s*[A-Z0-9.\-]+){2,}")


_PLACEHOLDER = (
    r"(?:NIK|NO[_ ]?KK|KK|NAMA(?:[_ ]\w+)?|DESA|KEL(?:URAHAN)?|KEC(?:AMATAN)?|ALASAN|"
    r"ALAMAT(?:[_ ]\w+)?|KEPERLUAN|NO[_ ]?SKPWNI|SKPWNI|PEMULA/HILANG/RUSAK)"
)
_TEMPLATE = re.compile(rf"(?<=#)\s*{_PLACEHOLDER}(?:\s*#\s*{_PLACEHOLDER})+\s*#?(?=\s|$|\.)")


_LINE_BREAK = re.compile(r"[ \t]*(?:\r?\n[ \t]*)+")
LINE_MARK = re.compile(r"\s*!\s*")  # where a line broke (" ! ": a clause break for names)
_DIGITS_BROKEN = re.compile(r"(?<=\d)[ \t]*(?:\r?\n[ \t]*)+(?=\d)")  # "36030604\n04099254"


def _prepare(text: str) -> tuple[str, dict[str, str]]:
    raw = text if isinstance(text, str) else str(text)
    # a line break ends a clause: "Kepala Keluarga : Sdr. Ujang Supriatna\n\nBerkas akta ..."
    s = clean(_LINE_BREAK.sub(" ! ", _DIGITS_BROKEN.sub(" ", raw)))[:MAX_TEXT]
    s = _LOOKALIKE_SPAN.sub(_repair_number, s).upper()
    # "formatnya gini kan? #KTP#NIK#KK#nama ... 3603...": the template's own field names are
    # not labels of the numbers that follow
    s = _TEMPLATE.sub(lambda m: " " * len(m.group()), s)
    s = _SPACED_DOC.sub(lambda m: re.sub(r"\s+", "", m.group()), s)  # "SKPWNI / 3201 / ..."
    found: dict[str, str] = {}
    docs = (
        _DOC_LABELLED,
        _DOC_BARE,
        _DOC_NAMED,
        _DOC_SHAPE,
        _DOC_MIXED,
        _DOC_DIGITS,
        _DOC_RIGHT_AFTER,
    )
    for pattern in docs:
        match = pattern.search(s)
        if match and "no_skpwni" not in found and any(c.isdigit() for c in match.group(1)):
            number = match.group(1).rstrip(".-/")
            if re.fullmatch(r"[0-9.\-\s]+", number):
                number = re.sub(r"[.\-\s]", "", number)  # "3374-0105-0126-9565": the digits
            found["no_skpwni"] = number
            s = s[: match.start()] + DOC_MARK * (match.end() - match.start()) + s[match.end() :]
    s = _AN.sub(" ATASNAMA ", s)
    return _LETTER_DIGIT.sub(" ", s), found


def _tokens(s: str) -> list[_Tok]:
    toks: list[_Tok] = []
    last = 0
    for m in _TOKEN.finditer(s):
        word = m.group()
        if word.endswith("NYA") and word[:-3] in _NYA_BASES:
            word = word[:-3]
        toks.append(_Tok(word, m.start(), m.end(), s[last : m.start()]))
        last = m.end()
    return toks


def _phrases(table: Mapping[str, Iterable[str]]) -> dict[tuple[str, ...], str]:
    return {tuple(_TOKEN.findall(p)): code for code, phrases in table.items() for p in phrases}


def _service(layanan: str | None) -> Service | None:
    return default_catalog().services.get(layanan or "")


def name_slot(layanan: str | None) -> str:
    """The field a person's name goes to ('nama_kepala_keluarga' for a KK; catalog)."""
    service = _service(layanan)
    return service.name_field if service else "nama"


def number_slots(layanan: str | None) -> tuple[str, ...]:
    """The service's NIK / No. KK fields, in template order; () when none or unknown."""
    service = _service(layanan)
    return service.number_fields if service else ()


def for_a_child(layanan: str | None) -> bool:
    """Whether the request is about a child (the catalog's subject "anak": a KIA)."""
    service = _service(layanan)
    return service is not None and service.subject == "anak"


def has_field(layanan: str | None, name: str) -> bool:
    service = _service(layanan)
    return service is not None and name in service.field_names


def asks_residence(layanan: str | None) -> bool:
    """Whether the request (or none yet) holds the resident's desa: not a move, whose
    places lie elsewhere, so a city place is no reason for a referral there."""
    service = _service(layanan)
    return service is None or service.has_place


OTHER_SERVICE = "LAIN"  # a document of the office the assistant does not take (akta ...)


def _service_table() -> dict[tuple[str, ...], str]:
    """Phrase -> service code, group name or OTHER_SERVICE, from the catalog; a service's
    own phrases win over a group's and over other_services."""
    catalog = default_catalog()
    table = _phrases({OTHER_SERVICE: catalog.other_services})
    table.update(_phrases({g.name: g.phrases for g in catalog.groups}))
    for service in catalog:
        table.update(dict.fromkeys(service.phrase_words, service.code))
    return table


_SERVICES = _service_table() | dict.fromkeys(_LABEL_PHRASES, "LABEL")


@cache
def _reason_table() -> dict[tuple[str, ...], str]:
    """Every service's reason synonyms, then its free-text reason phrases (catalog)."""
    table: dict[tuple[str, ...], str] = {}
    for service in default_catalog():
        table.update({tuple(k.split()): v for k, v in service.reason_index.items()})
        table.update(_phrases(service.reason_phrases))
    return table


def _scan(
    st: _State, table: Mapping[tuple[str, ...], str], skip_used: bool = True
) -> list[tuple[int, int, str]]:
    """Longest-first phrase matches over the tokens: (start, end, value)."""
    words = [t.text for t in st.toks]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            span = range(i, i + size)
            if i + size > len(words) or (skip_used and any(j in st.used for j in span)):
                continue
            value = table.get(tuple(words[i : i + size]))
            if value is not None:
                out.append((i, i + size, value))
                i += size - 1
                break
        i += 1
    return out


def _value_span(st: _State, i: int, stops: AbstractSet[str], limit: int) -> tuple[int, int]:
    """Tokens from i until a stop word, a used token, a break mark or `limit` words."""
    j = i
    while j < len(st.toks) and j - i < limit and j not in st.used:
        t = st.toks[j]
        if j > i and (t.text in stops or _NAME_BREAK.search(t.gap)):
            break
        if j > i and "." in t.gap and len(st.toks[j - 1].text) > 1:
            break
        if t.text.isdigit() or (j == i and t.text in stops):
            break
        j += 1
    return i, j
