"""The destination address of a surat pindah in free text.

After "pindah ke", "pindahnya ke", "alamat tujuan", "tujuan pindah" (any request), and after
"alamat(nya) (lengkap(nya))" or "tujuan(nya)" when the request is a surat pindah keluar, the
address runs to the next word that is not part of one. Fillers between the trigger and the
address ("gini", "yaitu", "kak", ":") are dropped. A full address is kept; a partial one is
reported (`unresolved`, note `alamat_pindah_kurang_lengkap`), except after a bare "alamat",
which may as well be the resident's present address.
"""

from __future__ import annotations

import re

from bot.intake.extractor.core import (
    _ALAMAT_TRIGGERS,
    HEADSHIP_HOLDERS,
    Extraction,
    _prepare,
    _State,
    _tokens,
    has_field,
)
from bot.intake.fields import address_parts

__all__ = ["read_alamat"]

_ALAMAT_END_WORDS = (
    "BIKIN BUAT MAU MINTA GIMANA GMN GMANA BAGAIMANA CARANYA CARA SYARAT SYARATNYA APA APAKAH "
    "TOLONG MOHON UNTUK KARENA KRN SURAT PINDAHNYA BULAN MINGGU TAHUN DEPAN NANTI BESOK IKUT "
    "BERSAMA TERIMA MAKASIH KAK MIN DONG SIH NIH KAN BISA GAK NGGAK GA SAYA SY KAMI DENGAN "
    "SAMA KERJA ADA PERLU PROSEDUR PROSESNYA DIMANA KAPAN BERAPA URUS NGURUS MENGURUS DIURUS "
    "NIK NKK NAMA ATASNAMA KEPERLUAN KTP SEKELUARGA YA YAH DEMIKIAN SEKIAN PERHATIAN "
    "PERHATIANNYA WASSALAM HORMAT HORMATKU SALAM PULANG MENIKAH NIKAH MUTASI KULIAH "
    "MENGIKUTI BEKERJA ALASAN ALASANNYA SOALNYA BIAR AGAR TADI SALAH BUKAN"
)
_ALAMAT_END = frozenset(_ALAMAT_END_WORDS.split())
_FILLER_WORDS = (
    "LENGKAP LENGKAPNYA GINI GINIH BEGINI YAITU YAKNI ADALAH SBB BERIKUT KAK KA MIN PAK BU "
    "NYA TUJUAN TUJUANNYA PINDAH PINDAHNYA BARU BARUNYA YANG YG NANTI NANTINYA DISANA SANA"
)
_FILLER = frozenset(_FILLER_WORDS.split())
_NOT_HERE = {"SINI", "SINIH", "KAB", "KABUPATEN"}
_GENERIC: list[tuple[str, ...]] = [("ALAMAT",), ("TUJUAN",), ("TUJUANNYA",), ("ALAMATNYA",)]
_ORIGIN = {"SAYA", "SY", "SEKARANG", "SKRG", "ASAL", "LAMA", "DI", "RUMAH", "KTP", "KK"}


def _find(words: list[str], triggers: list[tuple[str, ...]]) -> tuple[int, int] | None:
    """The first trigger: (its index, the index after it)."""
    for i in range(len(words)):
        for trig in triggers:
            n = len(trig)
            if tuple(words[i : i + n]) == trig and i + n < len(words):
                return i, i + n
    return None


def _moving_to_a_street(words: list[str]) -> tuple[int, int] | None:
    """ "ke" right before a street, a kampung or a housing estate, in a message about moving
    ("pindah ikut istrinya ke Jl Veteran No 21 ..."): (the "ke", the token after it)."""
    moves = [i for i, w in enumerate(words) if w in {"PINDAH", "PINDAHAN", "PINDAHNYA"}]
    for i in range(len(words) - 1):
        hometown = words[i + 2 : i + 3] in (["HALAMAN"], ["HALAMANNYA"], ["ASAL"])
        if words[i] == "KE" and words[i + 1] in _ADDRESS_START and moves and moves[0] < i:
            return None if hometown else (i, i + 1)
    return None


def _skip_fillers(words: list[str], k: int) -> int:
    while k < len(words) and words[k] in _FILLER:
        k += 1
    return k


_ADDRESS_START = frozenset(
    {"JL", "JLN", "JALAN", "GG", "GANG", "DUSUN", "DSN", "KP", "KAMPUNG", "PERUM",
     "PERUMAHAN", "BLOK", "KOMPLEK", "KOMP", "KOMPLEKS", "LINGKUNGAN", "LINGK"}
)  # fmt: skip
_ADDRESS_CUES = _ADDRESS_START | {
    "RT", "RW", "NO", "NOMOR", "KEL", "KELURAHAN", "DESA", "DS", "KEC", "KECAMATAN", "KAB",
    "KABUPATEN", "KOTA", "PROV", "PROVINSI", "KM", "KODE", "POS",
}  # fmt: skip
_ABBREVIATIONS = _ADDRESS_CUES | {"JL", "DSN", "KOMP", "PROV", "NO", "BPK", "IBU"}
_CLOSING = {"BANTUAN", "BANTUANNYA", "KERJASAMA", "KERJA", "PERHATIAN", "PERHATIANNYA",
            "PERKENAN", "PERKENANNYA"}  # fmt: skip


def line_starts(text: str) -> frozenset[int]:
    """The tokens that begin a new line of the message (none when it is one line, or when
    the lines cannot be matched with the tokens)."""
    if not isinstance(text, str) or "\n" not in text:
        return frozenset()
    starts: set[int] = set()
    count = 0
    for line in text.split("\n"):
        if count:
            starts.add(count)
        count += len(_tokens(_prepare(line)[0]))
    return frozenset(starts) if count and max(starts, default=0) < count else frozenset()


def _complete(st: _State, k: int, j: int) -> bool:
    text = st.text_of(k, j)
    detail, area = address_parts(text)
    return detail and area


def _ends_here(st: _State, k: int, j: int, lines: frozenset[int]) -> bool:
    """Whether a complete address from k ends before token j: a new line, or a sentence's
    end, whose words are no part of an address ("...\npulang kampung", "Kota Depok. Atas
    bantuan Bapak/Ibu ...")."""
    t = st.toks[j]
    sentence = "." in t.gap and st.toks[j - 1].text not in _ABBREVIATIONS
    if not (j in lines or sentence) or t.text in _ADDRESS_CUES or t.text.isdigit():
        return False
    return _complete(st, k, j)


def _address_start(st: _State, k: int, j: int) -> int:
    """Where the address itself starts in the run k..j: after talk such as "kontrakannya
    pindah:" (a colon, or words with no address cue before a street/dusun/kampung word)."""
    for m in range(k + 1, min(j, k + 6)):
        t = st.toks[m]
        before = [x.text for x in st.toks[k:m]]
        if any(w in _ADDRESS_CUES or w.isdigit() for w in before):
            return k
        if t.text in _ADDRESS_START or ":" in t.gap:
            return m
    return k


_MARK = re.compile(r"[/#,;:|]")  # what sets an unlabelled destination apart


def _unlabelled_address(st: _State, ex: Extraction) -> tuple[int, int] | None:
    """A request's destination with no label, after a mark ("3603... / Irfan Hakim / Jl.
    Diponegoro No. 7 ...", "... / ke Perum ..."): from a street/dusun/kampung word to the end
    of the address."""
    if not has_field(ex.layanan, "alamat_pindah"):
        return None
    for m, t in enumerate(st.toks):
        marked = bool(_MARK.search(t.gap))
        if m > 0 and st.toks[m - 1].text == "KE" and _MARK.search(st.toks[m - 1].gap):
            marked = True  # "... / Sri Wahyuni / ke Perum Bumi Asri ..."
        if t.text in _ADDRESS_START and m not in st.used and marked:
            a = m - 1  # the part before the mark: "domisili sekarang", "Irfan Hakim"
            while a > 0 and m - a < 4 and not re.search(r"[/#,;:|.]", st.toks[a].gap):
                a -= 1
            if {x.text for x in st.toks[max(a, 0) : m]} & _RESIDENCE:
                return None  # "domisili sekarang: Jl. ...": where the resident lives now
            return m, m
    return None


_RESIDENCE = {"DOMISILI", "TINGGAL", "SEKARANG", "SKRG", "ASAL", "LAMA", "RUMAH", "ALAMAT",
              "ALAMATNYA", "BERALAMAT", "KTP", "KK", "SEKARANGNYA"}  # fmt: skip


def read_alamat(st: _State, ex: Extraction, lines: frozenset[int] = frozenset()) -> None:
    """Fill (or report) `alamat_pindah`; see the module docstring. A partial destination
    ("pindah ke Lampung ikut orang tua, alamat: Jl. ...") gives way to a full one labelled
    later in the message."""
    words = [t.text for t in st.toks]
    specific = [*_ALAMAT_TRIGGERS, ("PINDAHNYA", "KE"), ("PINDAHAN", "KE")]
    found, generic = _find(words, specific), False
    if found is not None and words[found[1]] in HEADSHIP_HOLDERS:
        return  # "kepala keluarga pindah ke ibu sy": the headship passes, nobody moves
    if found is None and has_field(ex.layanan, "alamat_pindah"):
        found, generic = _find(words, _GENERIC), True
    if found is None and has_field(ex.layanan, "alamat_pindah"):
        found = _moving_to_a_street(words)  # "mau pindah ikut istrinya ke Jl Veteran ..."
    bare = found is None
    if found is None:
        found = _unlabelled_address(st, ex)
    if found is None:
        return
    run = _run(st, found, generic, lines)
    if run is None:
        return
    i, j, text = run
    detail, area = address_parts(text)
    if not (detail and area) and has_field(ex.layanan, "alamat_pindah"):
        later = _find(words[j:], _GENERIC)
        again = _run(st, (later[0] + j, later[1] + j), True, lines) if later else None
        if again is None or not all(address_parts(again[2])):
            again = _street_later(st, j, lines)  # "ke Jakarta Barat, rumah mertua di Jl. ..."
        if again is not None and all(address_parts(again[2])):
            i, j, text = again
            detail, area = True, True
    if detail and area:
        ex.values.setdefault("alamat_pindah", text)
    elif generic or bare:
        return  # "alamatnya desa ...": maybe where the resident lives now
    elif "alamat_pindah" not in ex.values:
        ex.unresolved.setdefault("alamat_pindah", text)
        ex.notes.append("alamat_pindah_kurang_lengkap")
    st.used.update(range(i, j))


_STREET_START = frozenset({"JL", "JLN", "JALAN", "KP", "PERUM", "PERUMAHAN", "GG", "GANG", "BLOK",
                           "DUSUN", "KOMPLEK", "KOMP", "DSN"})  # fmt: skip


def _street_later(st: _State, j: int, lines: frozenset[int]) -> tuple[int, int, str] | None:
    """A street address written later in the message than a bare city after "pindah ke"."""
    words = [t.text for t in st.toks]
    start = next((m for m in range(j, len(words)) if words[m] in _STREET_START), None)
    run = None if start is None else _run(st, (start, start), True, lines)
    if run is None or not re.search(r"\b(?:RT|RW|NO)\b|\d", run[2].upper()):
        return None  # a street with its RT/RW or number, not a word in passing
    return run


def _run(
    st: _State, found: tuple[int, int], generic: bool, lines: frozenset[int]
) -> tuple[int, int, str] | None:
    """The address after a trigger: (the trigger's index, the index after the address, the
    address as typed), or None when nothing address-like follows."""
    words = [t.text for t in st.toks]
    i, k = found
    k = _skip_fillers(words, k)
    if k >= len(words) or words[k] in _NOT_HERE or (generic and words[k] in _ORIGIN):
        return None
    j = k
    while j < len(words) and j not in st.used and words[j] not in _ALAMAT_END:
        if words[j] in {"NO", "NOMOR"} and j + 1 < len(words) and words[j + 1] == "KK":
            break
        if words[j] == "ATAS" and words[j + 1 : j + 2] and words[j + 1] in _CLOSING:
            break  # "... Kab. Bekasi. Atas perhatiannya ...": the letter's closing
        if j > k and _ends_here(st, k, j, lines):
            break
        j += 1
    while j - 1 > k and words[j - 1] in _ADDRESS_CUES and "." in st.toks[j - 1].gap:
        j -= 1  # "... Kab. Bogor. kabupaten, bukan kota": a word about the address
    if j == k:
        return None
    k = _address_start(st, k, j)
    text = st.text_of(k, j).strip(" ,.;:-")
    return i, j, _as_typed(" ".join(text.split())[:200], st.typed)


_SPLIT_CODE = re.compile(r"\b([A-Z]) ([0-9]+)\b|\b([0-9]+) ([A-Z])\b")


def _as_typed(text: str, typed: str) -> str:
    """Undo the letter/digit split where the resident wrote them together ("BLOK C2")."""

    def join(m: re.Match[str]) -> str:
        glued = m.group().replace(" ", "")
        return glued if glued in typed else m.group()

    return _SPLIT_CODE.sub(join, text)
