"""Reading one message: `extract(text)` (see the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from bot.intake.extractor.alamat import line_starts, read_alamat
from bot.intake.extractor.core import (
    _DESA_PREFIX,
    _KEC_PREFIX,
    _NAME_BREAK,
    _NEGATIONS,
    _SERVICES,
    _WEAK_PEMULA,
    DOC_MARK,
    HEADSHIP_HOLDERS,
    OTHER_SERVICE,
    Extraction,
    _prepare,
    _reason_table,
    _scan,
    _State,
    _tokens,
    _value_span,
    has_field,
)
from bot.intake.extractor.names import (
    plain_name,
    read_fuller_mention,
    read_fuller_name,
    read_letter_sender,
    read_name_before_label,
    read_name_instruction,
    read_names,
    read_positional_name,
    read_signature,
)
from bot.intake.extractor.numbers import assign_numbers, find_numbers
from bot.intake.extractor.places import _labels, arrival_in_a_city, place_at, scan_places
from bot.intake.extractor.plain import plain_correction
from bot.intake.extractor.relations import (
    read_leading_name,
    read_list_name,
    read_relation_names,
    read_self_as_head,
)
from bot.intake.parser import parse_loose
from bot.intake.places import PlaceResult
from bot.reference.catalog import default_catalog
from bot.reference.gazetteer import Gazetteer, Kecamatan, default_gazetteer
from bot.reference.text import clean

__all__ = ["Extraction", "extract"]

_DOCUMENT_REFERENCE = {"SESUAI", "TERTERA", "TERCANTUM", "SEPERTI", "MENURUT", "PADA", "DI"}


_PURPOSE_AFTER_DOC = {"UNTUK", "BUAT", "KARENA", "ALASAN", "ALASANNYA", "TUJUAN", "TUJUANNYA"}
_PURPOSE_FILLER = {"ADALAH", "YAITU", "YAKNI", "GINI", "SBB", "SAYA", "SY", "KAMI", "NYA", "KAK",
                   "KA", "MIN", "PAK", "BU", "UNTUK", "BUAT", "KARENA"}  # fmt: skip
_TRAILING_TALK = {"AJA", "AJAH", "SAJA", "YA", "YAA", "DONG", "DEH", "SIH", "NIH", "KAK", "KA",
                  "MIN", "PAK", "BU", "TERIMAKASIH", "MAKASIH", "TKS", "THX"}  # fmt: skip
_PURPOSE_LABELS = {"ALASAN", "TUJUAN", "TUJUANNYA"}
_MOVE_WORDS = {"PINDAH", "PINDAHNYA", "KEPINDAHAN", "KEPINDAHANNYA"}


_PURPOSE_STOPS = frozenset(
    {"NIK", "NAMA", "NO", "NOMOR", "DEMIKIAN", "SEKIAN", "WASSALAM", "HORMAT", "TERIMA",
     "TERIMAKASIH", "MAKASIH", "TRIMAKASIH", "MOHON", "BANTUANNYA"}
)  # a letter's closing ends the purpose  # fmt: skip
_NOT_PURPOSE_START = _PURPOSE_STOPS | _TRAILING_TALK | {
    "NKK", "KK", "SKPWNI", "DESA", "DS", "KEL", "KELURAHAN", "KEC", "KECAMATAN", "ALAMAT", "RT",
    "TERIMA", "MOHON", "TOLONG", "DEMIKIAN", "SEKIAN", "SALAM", "HORMAT", "WASSALAM", "MAAF",
    # "ikut orang tua, sy balik ke rumah ortu": a clause about the writer explains it
    "SY", "SAYA", "AKU", "GW", "GUE", "KAMI", "SOALNYA", "KARENA", "KRN", "SEBAB", "BIAR",
}  # fmt: skip
_DOCS_MADE = {"KK", "KTP", "EKTP", "KIA", "AKTA", "SURAT"}


def _makes_doc(st: _State, k: int) -> bool:
    """ "keperluan buat KK baru": "buat" is the verb here, not "for"."""
    return st.toks[k].text == "BUAT" and k + 1 < len(st.toks) and st.toks[k + 1].text in _DOCS_MADE


def _purpose_goes_on(st: _State, a: int, b: int) -> int:
    """ "pindah domisili kerja, ngontrak di Legok": a purpose runs on over commas while the
    next clause is more of it (not a label, a place, a number or thanks)."""
    while b > a and b < len(st.toks) and b not in st.used:
        gap, t = st.toks[b].gap, st.toks[b]
        if gap.strip(" ") != "," or t.text in _NOT_PURPOSE_START or t.text.isdigit():
            break
        if st.toks[b - 1].text in _TRAILING_TALK:
            break  # "jadi PENDIDIKAN ya, anak saya mau mondok": talk closed the purpose
        _, c = _value_span(st, b, _PURPOSE_STOPS, 8)
        if c <= b or (c < len(st.toks) and st.toks[c].text.isdigit()):
            break
        b = c
    return b


# what an arrival comes for, told without a label ("pindah datang ke kab tangerang ikut
# orang tua")
_PURPOSE_VERBS = {"IKUT", "MENGIKUTI", "NGIKUT", "NGIKUTIN", "KERJA", "BEKERJA", "MENIKAH",
                  "NIKAH", "KULIAH", "MUTASI", "DIMUTASI", "PULANG", "TUGAS", "DINAS",
                  "BERTUGAS", "MEMBELI", "BELI", "NGONTRAK", "MENGONTRAK", "KONTRAK",
                  "NUMPANG", "MENUMPANG", "GABUNG", "BERGABUNG"}  # fmt: skip


def _told_purpose(st: _State, ex: Extraction) -> None:
    if ex.layanan != "SKDWN" or "keperluan" in ex.values or "no_skpwni" not in ex.values:
        return  # an answer to "Apa keperluannya?" is read whole by the dialogue
    for i, t in enumerate(st.toks):
        if i in st.used or t.text not in _PURPOSE_VERBS:
            continue
        if i > 0 and st.toks[i - 1].text in _NEGATIONS:
            continue
        if i + 1 < len(st.toks) and st.toks[i + 1].text in _DOCS_MADE:
            continue  # "ikut bikin", "kerja KTP": not what the move is for
        a, b = _value_span(st, i, _PURPOSE_STOPS, 8)
        while b - 1 > a and st.toks[b - 1].text in _TRAILING_TALK:
            b -= 1
        if b - a < 2 and t.text not in {"KERJA", "BEKERJA", "MENIKAH", "NIKAH", "KULIAH"}:
            continue  # "ikut" alone says nothing
        text = st.text_of(a, b).strip(" ,.;:-" + DOC_MARK)
        ex.values["keperluan"] = " ".join(text.split())
        st.used.update(range(a, b))
        return


def _keperluan(st: _State, ex: Extraction, lines: frozenset[int] = frozenset()) -> None:
    """The purpose after "keperluan", or after "untuk"/"karena" right behind the SKPWNI
    number of a pindah datang ("no SKPWNI/... untuk ikut suami"), or an arrival's purpose
    told with its verb ("... ke kab tangerang ikut orang tua")."""
    _labelled_purpose(st, ex, lines)
    _told_purpose(st, ex)


def _labelled_purpose(st: _State, ex: Extraction, lines: frozenset[int]) -> None:
    for i, t in enumerate(st.toks):
        arriving = has_field(ex.layanan, "no_skpwni")  # a pindah datang
        after_doc = DOC_MARK in t.gap and arriving and t.text in _PURPOSE_AFTER_DOC
        label = t.text == "KEPERLUAN" or (arriving and t.text in _PURPOSE_LABELS)
        if (label or after_doc) and i not in st.used:
            k = i + 1
            if (
                label
                and k + 1 < len(st.toks)
                and st.toks[k].text in _MOVE_WORDS
                and (
                    st.toks[k].text.endswith("NYA")
                    or _NAME_BREAK.search(st.toks[k + 1].gap)
                    # "alasan pindah ikut istri" (but "keperluan: pindah kerja" is the value)
                    or (t.text != "KEPERLUAN" and st.toks[k + 1].text in _PURPOSE_VERBS)
                )
            ):
                k += 1  # "keperluan pindah: pekerjaan", "alasan pindahnya ikut suami"
            while k < len(st.toks) and st.toks[k].text in _PURPOSE_FILLER and not _makes_doc(st, k):
                k += 1
            a, b = _value_span(st, k, _PURPOSE_STOPS, 12)
            b = min([b, *(j for j in lines if a < j < b)])  # a purpose ends with its line
            if b > a and [x.text for x in st.toks[b : b + 2]] in (
                ["ALAMAT", "BARU"],
                ["ALAMAT", "BARUNYA"],
            ):
                b += 2  # "ganti KTP dan KK alamat baru": the new address is the purpose's
            b = _purpose_goes_on(st, a, b)
            while b - 1 > a and st.toks[b - 1].text in _TRAILING_TALK:
                b -= 1  # "ikut orang tua aja": the particle is talk, not the purpose
            if b > a:
                text = st.text_of(a, b).strip(" ,.;:-" + DOC_MARK)
                ex.values.setdefault("keperluan", " ".join(text.split()))
                st.used.update(range(i, b))
                arrival = "SKDWN" in ex.ambiguous.get("layanan", ()) or "no_skpwni" in ex.values
                if arrival and t.text == "KEPERLUAN":
                    ex.layanan = "SKDWN"  # documents named in the purpose are not asked for
                    ex.ambiguous.pop("layanan", None)
            return


_REQUEST_VERBS = {
    "MAU", "INGIN", "PENGEN", "PENGIN", "CETAK", "BIKIN", "BUAT", "MEMBUAT", "BUATKAN",
    "DIBUATKAN", "URUS", "NGURUS", "MENGURUS", "GANTI", "REKAM", "MINTA", "AJUKAN",
    "MENGAJUKAN", "TOLONG", "MOHON", "ULANG", "PERPANJANG", "DAFTAR", "BIKININ",
}  # fmt: skip
_WEAK_MOVES = {("PINDAH",), ("PINDAHAN",), ("PINDAH", "DOMISILI"), ("PINDAH", "ALAMAT")}


def _clause_break(st: _State, a: int, b: int) -> bool:
    """Whether a mark (",", ".", ";" ...) stands between tokens a and b."""
    return any(_NAME_BREAK.search(t.gap) or "." in t.gap for t in st.toks[a + 1 : b + 1])


@cache
def _move_codes() -> frozenset[str]:
    """The catalog's move groups ("PINDAH") and their services (SKPWNI, SKDWN)."""
    groups = default_catalog().groups
    return frozenset({g.name for g in groups} | {code for g in groups for code in g.services})


def _without_aside_moves(
    st: _State, matches: list[tuple[int, int, str]], seen: list[str]
) -> list[str]:
    """A document asked for with a verb ("mau cetak ulang KK ...") outranks a bare "pindah"
    word told in a later aside ("... kk nya ilang pas pindahan rumah"): the move is dropped."""
    moves = _move_codes()
    words = [t.text for t in st.toks]
    asked = [
        (start, end)
        for start, end, code in matches
        if code not in moves and code not in {OTHER_SERVICE, "LABEL"}
        and any(
            w in _REQUEST_VERBS and not _clause_break(st, k, start)
            for k, w in enumerate(words[max(0, start - 3) : start], max(0, start - 3))
        )
    ]  # fmt: skip
    told = [(start, end) for start, end, code in matches if code in moves]
    if not asked or not told:
        return seen
    first_end = asked[0][1]
    aside = all(
        tuple(words[start:end]) in _WEAK_MOVES
        and start >= first_end
        and _clause_break(st, first_end - 1, start)
        for start, end in told
    )
    return [c for c in seen if c not in moves] if aside else seen


_WHEN_WORDS = {"PAS", "WAKTU", "WKT", "WKTU", "SAAT", "KETIKA", "SEWAKTU", "SELAMA", "HABIS",
               "ABIS", "SEHABIS", "SETELAH", "GARA", "GARA2", "KARENA", "KRN", "BEKAS"}  # fmt: skip


def _without_moves_in_passing(
    words: list[str], matches: list[tuple[int, int, str]], seen: list[str]
) -> list[str]:
    """ "kk sy ilang pas pindahan rumah": a move told as the time something happened is no
    request for a letter when another document is named."""
    moves = _move_codes()
    passing = {
        code
        for start, end, code in matches
        if code in moves
        and tuple(words[start:end]) in _WEAK_MOVES
        and _WHEN_WORDS & set(words[max(0, start - 2) : start])
    }
    kept = {code for start, end, code in matches if code not in passing}
    if not passing or not kept - moves - {OTHER_SERVICE, "LABEL"}:
        return seen
    return [c for c in seen if c not in passing or c in kept]


_HOLDERS = HEADSHIP_HOLDERS | {"SAYA", "SY", "AKU"}


def _passes_to_holder(words: list[str], start: int, end: int) -> bool:
    if words[start] not in _MOVE_WORDS:
        return False
    k = end if words[end - 1] == "KE" else end + 1 if words[end : end + 1] == ["KE"] else -1
    return 0 < k < len(words) and words[k] in _HOLDERS


_GIVEN_UP = {
    ("BUKAN",),
    ("BKN",),
    ("BATAL",),
    ("GJD",),
    ("GAJADI",),
    *((no, "JADI") for no in ("GA", "GAK", "NGGAK", "ENGGAK", "TIDAK", "TDK")),
}


def _asked_for(words: list[str], matches: list[tuple[int, int, str]], code: str) -> bool:
    """Whether a request verb (or "dan" after another service) stands right before one of the
    service's mentions ("mau bikin KIA dan KTP")."""
    joined = {"KIA", "KK", "KTP", "EKTP", "SKPWNI", "SKDWN"}
    return any(
        c == code
        and (
            bool({*words[max(0, start - 2) : start]} & _REQUEST_VERBS)
            or (start >= 2 and words[start - 1] in {"DAN", "SAMA"} and words[start - 2] in joined)
        )
        for start, _end, c in matches
    )


_CHANGE_WORDS = {"PERUBAHAN", "PERBAIKAN", "UBAH", "MENGUBAH", "DIUBAH", "GANTI", "MENGGANTI",
                 "PERBAIKI", "MEMPERBAIKI", "PEMBETULAN", "UPDATE", "PEMBARUAN",
                 "MEMPERBARUI"}  # fmt: skip


def _data_changed_on(words: list[str], start: int) -> bool:
    """ "perubahan data pada Kartu Keluarga saya": the document named is the one to change."""
    return (
        start >= 2
        and words[start - 2] == "DATA"
        and bool(_CHANGE_WORDS & set(words[max(0, start - 4) : start - 2]))
    )


def _letter_from(st: _State, end: int) -> bool:
    """ "SKPWNI 3171032804259647 dari Kemayoran Jakpus": a letter's number, then where it
    comes from (no Kabupaten desa or kecamatan right after "dari")."""
    k = end
    while k < len(st.toks) and st.toks[k].text.isdigit() and k in st.used:
        k += 1
    if k == end or k + 1 >= len(st.toks) or st.toks[k].text not in {"DARI", "DR", "ASAL"}:
        return False
    return not _kabupaten_place_at(st, k + 1)


def _kabupaten_place_at(st: _State, k: int) -> bool:
    while k < len(st.toks) and st.toks[k].text in _DESA_PREFIX | _KEC_PREFIX:
        k += 1
    if k >= len(st.toks):
        return False
    _, place = place_at(st, k, default_gazetteer(), None)
    return isinstance(place, (tuple, Kecamatan))


def _ruled_out(words: list[str], start: int) -> bool:
    return any(start >= n and tuple(words[start - n : start]) in _GIVEN_UP for n in (1, 2))


def _services(st: _State, hint: str | None, ex: Extraction, nik_labelled: bool) -> None:
    words = [t.text for t in st.toks]
    seen: list[str] = []
    matches: list[tuple[int, int, str]] = []
    for start, end, code in _scan(st, _SERVICES):
        after = words[end : end + 1]
        labels_number = code == "KK" and _labels_a_number(st, words, end)
        # "3603... (kk)": the label written after its number, in brackets
        labels_number = labels_number or (
            code == "KK" and start - 1 in st.used and "(" in st.toks[start].gap
        )
        if code == "LABEL" or (labels_number and (nik_labelled or hint not in (None, "KK"))):
            continue  # "no kk 3603...", or "nik ... kk 3603...": a label, not the service
        referred = start > 0 and words[start - 1] in _DOCUMENT_REFERENCE and code in {"KK", "KTP"}
        if referred and not _data_changed_on(words, start):
            continue  # "nama sesuai kk", "yang tertera di ktp": the document, not a request
        if _ruled_out(words, start):
            continue  # "ga jadi ktp, yg mau dibikin kia": the service given up is not asked
        bare = words[start:end] == ["SKPWNI"]
        if bare and ("no_skpwni" in ex.values or hint == "SKDWN" or _letter_from(st, end)):
            code = "SKDWN"  # a resident holding an SKPWNI number is arriving
        if _passes_to_holder(words, start, end):
            continue  # "kepala keluarga di kk pindah ke ibu sy": the headship, not a move
        if code == "PINDAH" and after in (["KE"], ["KELUAR"]):
            code = "SKPWNI"
        matches.append((start, end, code))
        if code not in seen:
            seen.append(code)
    seen = _without_aside_moves(st, matches, seen)
    seen = _without_moves_in_passing(words, matches, seen)
    if OTHER_SERVICE in seen:
        seen.remove(OTHER_SERVICE)
        ex.notes.append("layanan_lain")
    if "SKDWN" in seen:
        seen = [c for c in seen if c not in {"SKPWNI", "PINDAH"}]
    groups = default_catalog().groups  # "pindah": which of its services?
    for group in groups:
        if group.name in seen:
            seen.remove(group.name)
            if not set(group.services) & set(seen):
                seen.append(group.name + "?")
    if len(seen) > 1 and "KK" in seen:
        seen.remove("KK")  # every other service asks for the KK: it is a requirement there
    if "KIA" in seen and "KTP" in seen and not _asked_for(words, matches, "KTP"):
        seen.remove("KTP")  # "KTP kami berdua sudah lengkap": the parents' card, a requirement
    asked = [g.services for g in groups if seen == [g.name + "?"]]
    if asked:
        ex.ambiguous["layanan"] = asked[0]
    elif len(seen) == 1:
        ex.layanan = seen[0]
    elif seen:
        ex.ambiguous["layanan"] = tuple(c for c in seen if not c.endswith("?"))
    if ex.layanan is None and hint:
        ex.layanan = hint


_LABEL_FILLER = {"NYA", "JG", "JUGA", "SEKALIAN", "SEKALIGUS", "SAYA", "SY", "KAMI", "ADALAH",
                 "YAITU", "ITU", "INI", "NIH", "YA", "NO", "NOMOR", "NOMER", "NMR",
                 # "kk nya yg tadi ya 3603...": the number restated
                 "YG", "YANG", "TADI", "TETAP", "TETEP", "SAMA", "MASIH"}  # fmt: skip


def _labels_a_number(st: _State, words: list[str], end: int) -> bool:
    """ "no kk 3603...", "kk nya 3603...", "kk nya jg sekalian 3603...": "kk" names the
    number that follows it over filler words."""
    k = end
    while k < len(words) and k - end < 5 and words[k] in _LABEL_FILLER:
        k += 1
    return k in st.used and words[k].isdigit()


_LEAVING_FIELDS = {"nik", "no_kk", "alamat_pindah"}
_ARRIVING_FIELDS = {"no_skpwni", "keperluan"}


def _pindah_by_fields(ex: Extraction) -> None:
    """ "pindah dari Cirebon ..., nomor SKPWNI 3274..., keperluan ...": when "pindah" leaves
    the direction open, the fields tell it (only an arrival has a letter number and a purpose;
    only a departure has a destination address)."""
    choices = ex.ambiguous.get("layanan", ())
    given = set(ex.values)
    if ex.layanan is None and not choices and "no_skpwni" in given and not given & _LEAVING_FIELDS:
        ex.layanan = "SKDWN"  # "no skpwni 3201/PWN/2026/0045 keperluan kerja": only an arrival
        return
    if ex.layanan is not None or not {"SKPWNI", "SKDWN"} <= set(choices):
        return
    if given & _ARRIVING_FIELDS and not given & _LEAVING_FIELDS:
        ex.layanan = "SKDWN"
    elif "alamat_pindah" in given and not given & _ARRIVING_FIELDS:
        ex.layanan = "SKPWNI"
    if ex.layanan is not None:
        del ex.ambiguous["layanan"]


_OTHER_DOCUMENTS = {"KK", "NKK", "KELUARGA", "AKTA", "KIA"}
# "baru pertama kali pakai ini": the first time with the chat, not a first KTP-el
_USING_WORDS = {"PAKAI", "PAKE", "MAKE", "MEMAKAI", "MENGGUNAKAN", "GUNAKAN", "GUNAIN", "COBA",
                "NYOBA", "MENCOBA", "CHAT", "NGECHAT", "CHATTING", "HUBUNGI", "MENGHUBUNGI",
                "KONTAK", "KESINI", "DISINI", "SINI", "BUKA", "LEWAT", "VIA", "APLIKASI", "APK",
                "BOT", "LAYANAN", "NANYA", "BERTANYA", "TANYA", "WA", "WHATSAPP", "TELEGRAM",
                "MENGIRIM", "KIRIM", "NGIRIM"}  # fmt: skip
_FIRST_TIME = {"BARU", "PERTAMA", "KALI", "KALINYA", "SEKALI", "INI", "NIH"}


def _first_time_here(words: list[str], end: int) -> bool:
    """Whether the words after a "first time" phrase say what is done for the first time
    is using the chat ("baru pertama kali pakai ini")."""
    while end < len(words) and words[end] in _FIRST_TIME:
        end += 1
    return end < len(words) and words[end] in _USING_WORDS


_REASON_LABELS = {"ALASAN", "ALASANNYA", "ALASANYA"}
_ARRIVED = {"PINDAH", "DATANG", "DATENG", "DTG", "PINDAHAN"}  # "baru dateng dari lampung"
_SECOND_THOUGHT = {"SEBENARNYA", "SEBENERNYA", "MAKSUDNYA", "RALAT", "JADI", "TAPI"}


def _reasons(st: _State, ex: Extraction) -> None:
    if ex.layanan in {"SKPWNI", "SKDWN"}:
        return
    words = [t.text for t in st.toks]
    strong: list[str] = []
    weak = False
    labelled: list[str] = []  # "alasannya hilang aja. yang patah itu punya istri saya"
    pivot = -1  # "alasannya hilang, eh sebenernya bukan hilang, jadi rusak": the last word counts
    for start, end, code in _scan(st, _reason_table()):
        phrase = " ".join(words[start:end])
        if start > 0 and words[start - 1] in _NEGATIONS:
            continue
        if _REASON_LABELS & set(words[max(0, start - 2) : start]):
            labelled.append(code)
        if phrase == "BARU" and (_ARRIVED & set(words[start - 1 : start + 2])):
            continue
        if phrase == "BARU" and start > 0 and words[start - 1] in _OTHER_DOCUMENTS:
            continue  # "KK baru 3603...": the family card is new, not the KTP
        if code == "PEMULA" and _first_time_here(words, end):
            continue
        if code == "PEMULA" and phrase in _WEAK_PEMULA:
            weak = True
            continue
        if any(w in _SECOND_THOUGHT for w in words[max(pivot, 0) : start]) and strong:
            strong = [c for c in strong if c == code]
            pivot = start
        if code not in strong:
            strong.append(code)
    if weak and not strong:
        strong.append("PEMULA")
    if len(strong) > 1 and len(set(labelled)) == 1:
        strong = labelled[:1]
    if len(strong) == 1:
        ex.alasan = strong[0]
        if ex.layanan is None and strong[0] == "PEMULA" and "layanan" not in ex.ambiguous:
            ex.layanan = "KTP"  # "pemula gan, 3603...": only a KTP-el has a first time
    elif strong:
        ex.ambiguous["alasan"] = tuple(strong)


def _loose_line(text: str, ex: Extraction, g: Gazetteer) -> None:
    """A request typed like the format without (all) its `#` ("#KTP 3603... 3603... siti
    aminah bitung jaya cikupa hilang"): the parser's reading fills what the phrases did not,
    when it read the line cleanly (only missing parts)."""
    verdict = parse_loose(text, gazetteer=g) if isinstance(text, str) else None
    if verdict is None or verdict.service is None:
        return
    if ex.layanan is not None and ex.layanan != verdict.service.code:
        return  # "skpwni 3603..." in a pindah datang: the SKPWNI number, not that line
    if any(e.code != "bagian_kurang" and e.field not in PLACE_SLOTS for e in verdict.errors):
        return  # the parts did not line up with the template
    missing = set(verdict.error_fields())
    numbers = {f.name for f in verdict.service.fields if f.type in ("nik", "no_kk")}
    wrong = {e.field for e in verdict.errors if e.code != "bagian_kurang"} & numbers
    if numbers and (wrong or not numbers & (set(verdict.fields) - missing)):
        return  # a line is read only when its numbers are where the template has them
    if missing & {"desa", "kecamatan"}:
        missing |= {"desa", "kecamatan"}
        _loose_place(verdict.fields, verdict.place_result, ex, g)
    if any(k.startswith("nama") and not plain_name(v) for k, v in verdict.fields.items()):
        return  # "KTP 3603... mau ganti kepala keluarga": words, not a name
    added = False
    for name, value in verdict.fields.items():
        if name in missing or name in ex.values or (name == "alasan" and ex.alasan):
            continue
        added = True
        if name == "alasan":
            ex.alasan = value
        else:
            ex.values[name] = value
    if added:
        ex.layanan = ex.layanan or verdict.service.code
        ex.notes.append("baris_tanpa_pagar")


PLACE_SLOTS = ("desa", "kecamatan")


def _loose_place(
    fields: Mapping[str, str], result: PlaceResult | None, ex: Extraction, g: Gazetteer
) -> None:
    """A line's desa/kecamatan the resolver did not accept: reported, not filled."""
    known = ex.place is not None and ex.place.status != "kecamatan_only"
    if result is None or known or "desa" in ex.values:
        return
    ex.place = result
    if fields.get("desa") and result.field == "desa":
        ex.unresolved.setdefault("desa", fields["desa"])
        if result.suggestion and result.suggestion[0]:
            ex.suggestions.setdefault("desa", _labels((result.suggestion,), g))
    if result.kecamatan and "kecamatan" not in ex.values:
        ex.values["kecamatan"] = result.kecamatan


def extract(
    text: str, *, gazetteer: Gazetteer | None = None, layanan: str | None = None
) -> Extraction:
    """Everything the message says for sure. `layanan` is the service already under way
    (a form's), used when the message names none. Never raises."""
    g = gazetteer or default_gazetteer()
    ex = Extraction()
    try:
        s, docs = _prepare(text)
        ex.values.update(docs)
        cased = clean(str(text))
        st = _State(s, _tokens(s), typed=cased.upper(), cased=cased)
        numbers = find_numbers(st)
        _services(st, layanan, ex, any(label == "nik" for _, label, _ in numbers))
        assign_numbers(numbers, ex.layanan, ex, g)
        lines = line_starts(text)
        read_alamat(st, ex, lines)
        _keperluan(st, ex, lines)
        _pindah_by_fields(ex)
        read_names(st, ex.layanan, ex, g)
        read_name_before_label(st, ex.layanan, ex, g)
        read_relation_names(st, ex.layanan, ex, g)
        read_self_as_head(st, ex.layanan, ex, g)
        read_positional_name(st, ex.layanan, ex, g)
        read_leading_name(st, ex.layanan, ex, g)
        read_list_name(st, ex.layanan, ex, g)
        read_fuller_name(st, ex.layanan, ex, g)
        read_fuller_mention(st, ex.layanan, ex, g)
        read_signature(text, ex.layanan, ex)
        read_letter_sender(text, ex.layanan, ex, g)
        read_name_instruction(st, ex.layanan, ex)
        scan_places(st, ex, g)
        arrival_in_a_city(st, ex, g)
        _reasons(st, ex)
        _loose_line(text, ex, g)
    except Exception:  # pragma: no cover - a bug must not break a conversation
        ex.notes.append("galat_ekstraksi")
    if _CORRECTING.search(str(text).upper()):
        _as_corrected(text, ex, g, layanan)
    return ex


_CORRECTING = re.compile(  # a correction that gives the new value ("namanya salah" does not)
    r"\b(?:BUKAN|BKN|HARUSNYA|SEHARUSNYA|MESTINYA|BENARNYA|BENERNYA|"
    r"(?:YANG|YG)\s+(?:BENAR|BENER|BETUL))\b"
)


_PLACE_NOTES = {"kecamatan_dari_desa", "desa_beda_kecamatan"}


def _as_corrected(text: str, ex: Extraction, g: Gazetteer, layanan: str | None) -> None:
    """A message that corrects a field ("kecamatannya Panongan, bukan Sepatan", "namanya
    salah ketik, yg bener Nurul Aini") read in its plain form ("<label> <new value>"): the
    values the message itself did not give, and no choice between the new and the old."""
    plain = plain_correction(text)
    if " ".join(plain.split()) == " ".join(clean(str(text)).upper().split()):
        return
    again = extract(plain, gazetteer=g, layanan=layanan or ex.layanan)
    if set(PLACE_SLOTS) & set(again.values):  # the plain form has left the old place out
        for name in PLACE_SLOTS:
            for table in (ex.values, ex.ambiguous, ex.unresolved, ex.suggestions):
                table.pop(name, None)
        ex.ambiguous.update({k: v for k, v in again.ambiguous.items() if k in PLACE_SLOTS})
        ex.unresolved.update({k: v for k, v in again.unresolved.items() if k in PLACE_SLOTS})
        ex.suggestions.update({k: v for k, v in again.suggestions.items() if k in PLACE_SLOTS})
        ex.inferred = (ex.inferred - set(PLACE_SLOTS)) | (again.inferred & set(PLACE_SLOTS))
        ex.notes = [n for n in ex.notes if n not in _PLACE_NOTES]
        ex.notes += [n for n in again.notes if n in _PLACE_NOTES]
        ex.place = again.place
    for name, value in again.values.items():
        if name in ex.values or (name in again.inferred and name not in PLACE_SLOTS):
            continue
        ex.values[name] = value
        ex.ambiguous.pop(name, None)
        ex.unresolved.pop(name, None)
