"""The gazetteer scan: desa and kecamatan mentions, resolved only when they are certain."""

from __future__ import annotations

import re

from bot.intake.extractor.core import (
    _CITY,
    _COMMON_DESA,
    _DESA_PREFIX,
    _KAB,
    _KEC_PREFIX,
    _NAME_BREAK,
    _NAME_LIKE_PLACES,
    _PLACE_FILLER,
    _STOP,
    Extraction,
    _State,
    _value_span,
    asks_residence,
)
from bot.intake.places import PlaceResult, resolve_place
from bot.reference.gazetteer import Desa, Gazetteer, Kecamatan, Neighbour, referral_text
from bot.reference.text import fold_key

__all__ = ["SKIP", "arrival_in_a_city", "place_at", "scan_places"]

SKIP = "SKIP"  # a city place name used as an everyday word: neither a place nor its prefix

_Place = Kecamatan | tuple[Desa, ...] | Neighbour | str | None


_KAMPUNG = {"KAMPUNG", "KMP", "KP"}


def place_at(st: _State, i: int, g: Gazetteer, hint: str | None) -> tuple[int, _Place]:
    """The longest place starting at token i: (size, Kecamatan | (Desa, ...) | Neighbour)."""
    words = [t.text for t in st.toks]
    for size in (4, 3, 2, 1):
        span = tuple(words[i : i + size])
        if len(span) < size or any(j in st.used for j in range(i, i + size)):
            continue
        if span in _KAB and hint is None:
            return size, "KAB"
        if span in _CITY:
            return size, g.find_neighbour(" ".join(span))
        kampung = size > 1 and span[0] in _KAMPUNG and bool(g.find_desa(" ".join(span)))
        if any(w in _STOP or w.isdigit() for w in span) and not kampung:
            continue  # "kampung melayu timur" is the desa KMP MELAYU TIM
        if hint is None and size == 1 and span[0] in _NAME_LIKE_PLACES:
            continue
        name = " ".join(span)
        kec = g.find_kecamatan(name) if hint != "desa" else None
        if kec is not None:
            if hint is None and words[i + size : i + size + 1] and words[i + size] in _KEC_PREFIX:
                # "Tigaraksa kec Tigaraksa": before "kec", the desa of that name
                same = tuple(d for d in g.find_desa(name) if d.kecamatan == kec)
                if same:
                    return size, same
            return size, kec
        desa = g.find_desa(name) if hint != "kecamatan" else ()
        sure = hint or size > 1 or fold_key(name) not in _COMMON_DESA or _cue_before(st, i)
        if desa and (sure or _own_kecamatan_next(st, i + size, desa, g)):
            return size, desa
        near = g.find_neighbour(name)
        if near is not None:
            return size, (near if hint or _neighbour_named(st, i, name) else SKIP)
    return 0, None


def _own_kecamatan_next(st: _State, k: int, desa: tuple[Desa, ...], g: Gazetteer) -> bool:
    """Whether the kecamatan of one of these desa follows at token k ("lontar kemiri")."""
    words = [t.text for t in st.toks]
    for size in (2, 1):
        if k + size <= len(words) and not any(j in st.used for j in range(k, k + size)):
            kec = g.find_kecamatan(" ".join(words[k : k + size]))
            if kec is not None and any(d.kecamatan == kec for d in desa):
                return True
    return False


# City place names that are also everyday words (or places elsewhere): a place only after
# a cue such as "tinggal di", "domisili", "alamat", "rumah", "warga", "kel".
_COMMON_NEIGHBOUR_NAMES = (
    "SAWAH PINANG KENANGA MUNCUL LARANGAN PERIUK SETU TAJUR KREO GEMBOR BUGEL PAJANG PARIGI "
    "JOMBANG CIPETE CIPAYUNG PISANGAN BUARAN SERUA RENGAS GONDRONG KUNCIRAN CIATER PAKOJAN "
    "KERONCONG SUKAJADI SUKASARI PASARBARU SAWAHBARU KEBONBESAR TANAHTINGGI CEMPAKAPUTIH "
    "BAMBUAPUS KEDAUNG BENDA GAGA KETAPANG PETIR BABAKAN JELUPANG PABUARAN TANGERANG"
)
_COMMON_NEIGHBOURS = frozenset(_COMMON_NEIGHBOUR_NAMES.split())
_CUE_WORDS = (
    "TINGGAL DOMISILI BERDOMISILI ALAMAT ALAMATNYA BERALAMAT WARGA RUMAH RUMAHNYA KEL "
    "KELURAHAN DESA DAERAH WILAYAH KEC KECAMATAN PENDUDUK NGONTRAK KONTRAK KOS MENETAP"
)
_CUES = frozenset(_CUE_WORDS.split())
_RESIDENCE = frozenset(
    {
        "DOMISILI",
        "BERDOMISILI",
        "TINGGAL",
        "MENETAP",
        "PENDUDUK",
        "WARGA",
        "BERALAMAT",
        "RT",
        "RW",
        "ABDI",  # Sundanese: "abdi di Pondok Kacang Timur", "cicing di ..."
        "CICING",
        "ORANG",  # "saya orang Serpong Utara"
    }
)  # "ketua RT di Kunciran Indah": the RT is where the resident lives
_STREET = frozenset({"JL", "JLN", "JALAN", "GG", "GANG", "BLOK", "PERUM", "PERUMAHAN"})
_CUE_GAP = frozenset({"DI", "SAYA", "SY", "KAMI", "AKU", "SKRG", "SEKARANG", "DAERAH", "YG"})
_LEVEL_WORDS = frozenset({"DESA", "DS", "KELURAHAN", "KEL", "KECAMATAN", "KEC"})
_RESIDENCE_GAP = frozenset({"DI", "DARI", "ALAMAT", "ALAMATNYA", "DOMISILI", "TINGGAL"})


def _cue_before(st: _State, i: int) -> bool:
    """Whether a place cue ("tinggal di", "domisili", "alamat sy di") precedes token i."""
    j = i - 1
    while j >= 0 and i - j <= 4:
        word = st.toks[j].text
        if word in _CUES:
            return True
        if word not in _CUE_GAP:
            return False
        j -= 1
    return False


# "di <place>" is a cue when the message is about the resident's documents or address
# ("urus kk di periuk bisa?"), not when it tells where something happened ("ktp jatuh di
# pasar baru").
_ABOUT_WORDS = (
    "URUS NGURUS MENGURUS DIURUS BIKIN BUAT MEMBUAT DAFTAR REKAM CETAK TINGGAL RUMAH ALAMAT "
    "WARGA DOMISILI BERDOMISILI PENDUDUK KTP EKTP KK KIA NGONTRAK KONTRAK KOS"
)
_ABOUT = frozenset(_ABOUT_WORDS.split())
_EVENT_WORDS = (
    "HILANG ILANG JATUH KETINGGALAN TERTINGGAL CECER TERCECER DICOPET KECOPETAN COPET DICURI "
    "KECURIAN MALING KEMALINGAN JAMBRET DIJAMBRET KEHUJANAN BANJIR KEBANJIRAN RUSAK KERJA "
    "SEKOLAH KULIAH BELANJA LEWAT MAIN"
)
_EVENTS = frozenset(_EVENT_WORDS.split())
_ABOUT_REACH = 6
_OFFICE_WORDS = {"KANTOR", "BALAI", "PIHAK", "PETUGAS", "APARAT", "STAF", "STAFF", "PERANGKAT",
                 "PEGAWAI", "OPERATOR", "ADMIN", "LOKET"}  # fmt: skip


def _di_cue(st: _State, i: int) -> bool:
    """Whether token i follows "di" ("dari", "orang") in a message about documents or an
    address."""
    if i == 0 or st.toks[i - 1].text not in {"DI", "DARI", "ORANG", "SEKITAR", "DAERAH"}:
        return False
    around = {t.text for t in st.toks[max(0, i - _ABOUT_REACH) : i + _ABOUT_REACH]}
    return bool(around & _ABOUT) and not around & _EVENTS


def _neighbour_named(st: _State, i: int, name: str) -> bool:
    """A Kota Tangerang / Tangsel place named without a "kel"/"kec" keyword counts when its
    name is not an everyday word, or when a cue precedes it."""
    return fold_key(name) not in _COMMON_NEIGHBOURS or _cue_before(st, i) or _di_cue(st, i)


def scan_places(st: _State, ex: Extraction, g: Gazetteer) -> None:
    kecs: list[Kecamatan] = []
    desas: list[tuple[str, tuple[Desa, ...]]] = []
    desa_ends: list[int] = []  # the token after each desa found
    misses: dict[str, str] = {}
    neighbours: list[Neighbour] = []
    keyworded = {"kab": False, "kota": False}  # a place named after "kel"/"kec"/"desa"
    resident = False  # a city place after "domisili", "tinggal di": where the resident lives
    bare_desa: list[tuple[str, Kecamatan]] = []  # "lengkong kulom kec pagedangan"
    i = 0
    while i < len(st.toks):
        word, hint, keyword_at = st.toks[i].text, None, i
        if i not in st.used and (word in _DESA_PREFIX or word in _KEC_PREFIX):
            hint = "desa" if word in _DESA_PREFIX else "kecamatan"
            st.used.add(i)
            i += 1
            while i < len(st.toks) and st.toks[i].text in _PLACE_FILLER and i not in st.used:
                i += 1
        size, found = place_at(st, i, g, hint) if i < len(st.toks) else (0, None)
        if hint != "desa" and isinstance(found, Kecamatan) and not desas:
            before = _words_before(st, keyword_at)
            if before is not None:
                bare_desa.append((before, found))
        if found is None:
            if hint and keyword_at > 0 and st.toks[keyword_at - 1].text in _OFFICE_WORDS:
                i += 1  # "oknum di kantor kecamatan katanya ...": the office, not a place
                continue
            if hint and keyword_at + 1 < i < len(st.toks) and _NAME_BREAK.search(st.toks[i].gap):
                i += 1  # "ke desa kami, bawa ...": "desa kami" names no place
                continue
            if hint and i < len(st.toks):
                a, b = _value_span(st, i, _STOP, 3)
                if hint == "desa":
                    b = _without_glued_kecamatan(st, a, b, g)  # "ds salembaran jya kosambi"
                if b > a:
                    misses.setdefault(hint, st.text_of(a, b))
                    i = b
                    continue
            i += 1
            continue
        if found == SKIP or (hint is None and i > 0 and st.toks[i - 1].text in _STREET):
            i += max(size, 1)  # "Jl. Cempaka II": a street's name, not the desa Cempaka
            continue
        longer = _longer_kecamatan(st, i + size, found, g) if hint == "kecamatan" else None
        if longer is not None:  # "kec sepatan timr": a typo of Sepatan Timur, not Sepatan
            st.used.update(range(i, i + size + 1))
            misses["kecamatan"] = longer
            i += size + 1
            continue
        st.used.update(range(i, i + size))
        typed = " ".join(t.text for t in st.toks[i : i + size])
        if isinstance(found, Kecamatan):
            kecs.append(found)
        elif isinstance(found, tuple):
            desas.append((typed, found))
            desa_ends.append(i + size)
        elif isinstance(found, Neighbour):
            neighbours.extend(g.find_neighbours(typed) or (found,))
            resident = resident or _lives_there(st, i)
        if isinstance(found, (Kecamatan, tuple, Neighbour)):
            keyworded["kota" if isinstance(found, Neighbour) else "kab"] |= hint is not None
        i += size
    if desas and len(set(kecs)) == 1:
        longer = _longer_desa(st, desas[0], desa_ends[0], kecs[0], g)
        if longer is not None:  # "pasir gadungg kec cikupa": not the desa Pasir of Kronjo
            desas = []
            misses["desa"] = longer
    if not desas and "desa" not in misses and len(set(kecs)) == 1 and bare_desa:
        typed, kec = bare_desa[0]
        near = resolve_place(typed, kec.name, gazetteer=g)
        if near.status == "suggest" and near.suggestion and near.suggestion[0]:
            misses["desa"] = typed  # a desa typo without "desa", in the kecamatan named
    kab_place = bool(kecs or desas) and not (keyworded["kota"] and not keyworded["kab"])
    # "desa lengkong kulon kec pagedangan, deket bsd, suka dikira tangsel": the Kabupaten's
    # desa and kecamatan named with their keywords; the city only in talk
    if keyworded["kab"] and not keyworded["kota"] and not resident:
        neighbours = [] if _desa_in_kecamatan(kecs, desas) else neighbours
    in_city = _desa_of_a_city_kecamatan(desas, neighbours, g) if kab_place and not kecs else []
    if in_city:  # "Kel. Jatake Kec. Jatiuwung": the city's kelurahan of that name
        kab_place, neighbours = False, in_city
    if not _refer(neighbours, kab_place, ex, resident):
        _resolve_places(kecs, desas, misses, ex, g)


def _desa_in_kecamatan(kecs: list[Kecamatan], desas: list[tuple[str, tuple[Desa, ...]]]) -> bool:
    return any(d.kecamatan in kecs for _, found in desas for d in found)


def arrival_in_a_city(st: _State, ex: Extraction, g: Gazetteer) -> None:
    """ "sy baru pindah ke serpong, kelurahan lengkong wetan, mau bikin kk baru disini":
    an arrival whose new home is a Kota Tangerang / Tangsel place belongs to that city."""
    typed = ex.unresolved.get("alamat_pindah") or ex.values.get("alamat_pindah")
    if ex.layanan != "SKDWN" or not typed or ex.referral:
        return
    words = [w for w in re.split(r"[^A-Z0-9]+", typed.upper()) if w]
    found: list[Neighbour] = []
    for size in (3, 2, 1):
        for k in range(len(words) - size + 1):
            phrase = " ".join(words[k : k + size])
            if not g.find_desa(phrase) and not g.find_kecamatan(phrase):
                found.extend(n for n in g.find_neighbours(phrase) if n not in found)
    if found:
        cities = {n.kabkota for n in found if n.level == "kota"}
        places = [n for n in found if n.level != "kota" and (not cities or n.kabkota in cities)]
        ex.notes.append("luar_kabupaten")
        ex.referral = referral_text(places or found)
        ex.unresolved.pop("alamat_pindah", None)


def _desa_of_a_city_kecamatan(
    desas: list[tuple[str, tuple[Desa, ...]]], neighbours: list[Neighbour], g: Gazetteer
) -> list[Neighbour]:
    """The neighbouring city's places when every desa named is also a kelurahan of a city
    kecamatan named beside it ("Kel. Jatake Kec. Jatiuwung"), or a city kecamatan holding a
    kelurahan named beside it ("pondok pucung karang tengah"), and no Kabupaten kecamatan
    is named; else []."""
    districts = [n for n in neighbours if n.level == "kecamatan"]
    kelurahan = [n for n in neighbours if n.level == "kelurahan"]
    if not desas or not (districts or kelurahan):
        return []
    found: list[Neighbour] = []
    for typed, _ in desas:
        inside = [
            n
            for n in g.find_neighbours(typed)
            if (n.level == "kelurahan" and any(n.code.startswith(d.code) for d in districts))
            or (n.level == "kecamatan" and any(k.code.startswith(n.code) for k in kelurahan))
        ]
        if not inside:
            return []
        found.extend(inside)
    return found + [k for k in kelurahan if any(k.code.startswith(n.code) for n in found)]


def _words_before(st: _State, k: int) -> str | None:
    """The one to three words right before token k (a "kec" keyword), from a mark, a number
    or a word already read, when none is a keyword, a stop word or a number."""
    a = k
    while a > 0 and k - a < 3 and a - 1 not in st.used:
        t = st.toks[a - 1]
        if t.text in _STOP or t.text.isdigit():
            break
        a -= 1
        if _NAME_BREAK.search(t.gap) or "." in t.gap:
            break
    starts_clean = (
        a == 0
        or a - 1 in st.used
        or _NAME_BREAK.search(st.toks[a].gap) is not None
        or st.toks[a - 1].text in _RESIDENCE_GAP  # "tinggal di pisangn jaya sepatan"
    )
    if a == k or not starts_clean:
        return None
    return " ".join(t.text for t in st.toks[a:k])


def _without_glued_kecamatan(st: _State, a: int, b: int, g: Gazetteer) -> int:
    """The end of an unknown desa typed after "desa" without the kecamatan written right
    after it ("ds salembaran jya kosambi" -> "salembaran jya")."""
    for k in range(a + 1, b):
        _, found = place_at(st, k, g, "kecamatan")
        if isinstance(found, Kecamatan):
            return k
    return b


def _runs_on(st: _State, k: int, end: int) -> bool:
    """Whether a place name may run on into tokens k..end-1: all there, unread, no stop word
    or number, no mark before any of them."""
    if end > len(st.toks) or any(j in st.used for j in range(k, end)):
        return False
    return not any(
        t.text in _STOP or t.text.isdigit() or _NAME_BREAK.search(t.gap) or "." in t.gap
        for t in st.toks[k:end]
    )


def _longer_kecamatan(st: _State, k: int, found: object, g: Gazetteer) -> str | None:
    """ "SEPATAN TIMR" when a kecamatan is followed by a word that makes it a near miss of a
    longer kecamatan starting with it (Sepatan -> Sepatan Timur), else None."""
    if not isinstance(found, Kecamatan) or not _runs_on(st, k, k + 1):
        return None
    typed = f"{found.name.upper()} {st.toks[k].text}"
    scored = g.kecamatan_scores(typed, cutoff=80.0, limit=1)
    if (
        scored
        and scored[0][0] != found
        and scored[0][0].name.upper().startswith(found.name.upper())
    ):
        return typed
    return None


def _longer_desa(
    st: _State, found: tuple[str, tuple[Desa, ...]], k: int, kec: Kecamatan, g: Gazetteer
) -> str | None:
    """ "PASIR GADUNGG" when a desa name is followed by one or two words that make it a near
    miss of a longer desa of the kecamatan named (Pasir of Kronjo -> Pasir Gadung of Cikupa,
    Rajeg -> Rajeg Mulya), else None. The desa found itself in that kecamatan and a word that
    makes no longer desa of it leave the reading as it was."""
    typed, desa = found
    for extra in (2, 1):
        end = k + extra
        if not _runs_on(st, k, end):
            continue
        longer = " ".join([typed, *(t.text for t in st.toks[k:end])])
        near = resolve_place(longer, kec.name, gazetteer=g)
        suggestion = near.suggestion[0] if near.suggestion else near.desa
        if near.status not in ("ok", "suggest") or not suggestion:
            continue
        if len(suggestion.split()) > len(typed.split()) and fold_key(suggestion).startswith(
            fold_key(typed)
        ):
            st.used.update(range(k, end))
            return longer
    return None


def _lives_there(st: _State, i: int) -> bool:
    """Whether token i follows a residence cue ("domisili ciledug", "tinggal di periuk")."""
    j = i - 1
    gap = _CUE_GAP | _LEVEL_WORDS  # "warga kelurahan serua indah"
    while j >= 0 and i - j <= 4 and st.toks[j].text in gap:
        j -= 1
    return j >= 0 and st.toks[j].text in _RESIDENCE


def _refer(
    neighbours: list[Neighbour], kab_place: bool, ex: Extraction, resident: bool = False
) -> bool:
    """A Kota Tangerang / Tangsel place: the referral, unless a Kabupaten place was named
    and no city was said (a name of both is the Kabupaten's). A surat pindah keluar of a
    resident who lives there ("domisili ciledug") is that city's too. True when referred."""
    if not neighbours:
        return False
    cities = {n.kabkota for n in neighbours if n.level == "kota"}
    if kab_place and not cities:
        return False
    places = [n for n in neighbours if n.level != "kota"]
    chosen = [n for n in places if n.kabkota in cities] if cities else places
    ex.notes.append("luar_kabupaten")
    if asks_residence(ex.layanan) or (resident and ex.layanan == "SKPWNI"):
        ex.referral = referral_text(chosen or neighbours)
    return True


def _labels(options: tuple[tuple[str, str], ...], g: Gazetteer) -> tuple[str, ...]:
    """ "Talagasari (Kec. Balaraja)" for each (desa, kecamatan) option."""
    out = []
    for desa, kec in options:
        found = [d for d in g.find_desa(desa) if d.kecamatan.name.upper() == kec]
        out.append(found[0].label() if found else f"{desa.title()} (Kec. {kec.title()})")
    return tuple(out)


def _resolve_places(
    kecs: list[Kecamatan],
    desas: list[tuple[str, tuple[Desa, ...]]],
    misses: dict[str, str],
    ex: Extraction,
    g: Gazetteer,
) -> None:
    """The places found, judged by the one resolver (`bot.intake.places.resolve_place`)."""
    distinct = list(dict.fromkeys(kecs))
    if len(distinct) > 1:
        holding = [k for k in distinct if desas and any(d.kecamatan == k for d in desas[0][1])]
        if len(holding) != 1:
            ex.ambiguous["kecamatan"] = tuple(k.name.upper() for k in distinct)
            if desas:
                ex.ambiguous["desa"] = tuple(d.label() for d in desas[0][1])
                ex.unresolved["desa"] = desas[0][0]
            return
        distinct = holding
    kec_text = distinct[0].name if distinct else misses.get("kecamatan")
    desa_text = desas[0][0] if desas else misses.get("desa")
    if not kec_text and not desa_text:
        return
    result = resolve_place(desa_text, kec_text, gazetteer=g)
    ex.place = result
    _apply(result, desa_text, kec_text, bool(distinct), ex, g)


def _apply(
    result: PlaceResult,
    desa_text: str | None,
    kec_text: str | None,
    kec_known: bool,
    ex: Extraction,
    g: Gazetteer,
) -> None:
    if result.kecamatan and (kec_known or result.status == "kecamatan_only"):
        ex.values["kecamatan"] = result.kecamatan
    if result.status == "ok" and result.desa and result.kecamatan:
        ex.values["desa"] = result.desa
        if kec_text and not kec_known:  # a kecamatan typo the desa confirms ("kec kresk")
            ex.values["kecamatan"] = result.kecamatan
        if not kec_text:
            ex.values["kecamatan"] = result.kecamatan
            ex.notes.append("kecamatan_dari_desa")
            ex.inferred.add("kecamatan")
        return
    if result.status == "referral":
        ex.notes.append("luar_kabupaten")
        ex.referral = result.referral if asks_residence(ex.layanan) else None
        return
    if result.code == "desa_beda_kecamatan":
        ex.notes.append("desa_beda_kecamatan")
    if desa_text and result.field == "desa" and result.status != "kecamatan_only":
        ex.unresolved["desa"] = desa_text
        if result.options:
            ex.ambiguous["desa"] = _labels(result.options, g)
        if result.suggestion and result.suggestion[0]:
            ex.suggestions["desa"] = _labels((result.suggestion,), g)
    elif desa_text and result.code == "desa_ganda":
        ex.unresolved["desa"] = desa_text
        ex.ambiguous["desa"] = _labels(result.options, g)
    if kec_text and result.field == "kecamatan" and not kec_known:
        ex.unresolved["kecamatan"] = kec_text
        if desa_text and result.suggestion and result.suggestion[0]:
            ex.unresolved.setdefault("desa", desa_text)  # kept for the yes/no question
        near = [k for _, k in result.options] or (
            [result.suggestion[1]] if result.suggestion else []
        )
        ex.suggestions["kecamatan"] = tuple(dict.fromkeys(near)) or tuple(
            k.name.upper() for k in g.suggest_kecamatan(kec_text)
        )
