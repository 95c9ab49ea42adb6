"""The gazetteer scan: desa and kecamatan mentions, resolved only when they are certain."""

from __future__ import annotations

from bot.extractor.core import (
    _CITY,
    _COMMON_DESA,
    _DESA_PREFIX,
    _KAB,
    _KEC_PREFIX,
    _NAME_LIKE_PLACES,
    _PLACE_FILLER,
    _STOP,
    Extraction,
    _State,
    _value_span,
)
from bot.gazetteer import Desa, Gazetteer, Kecamatan, Neighbour
from bot.text import fold_key

__all__ = ["place_at", "scan_places"]

_Place = Kecamatan | tuple[Desa, ...] | Neighbour | str | None


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
        if any(w in _STOP or w.isdigit() for w in span):
            continue
        if hint is None and size == 1 and span[0] in _NAME_LIKE_PLACES:
            continue
        name = " ".join(span)
        kec = g.find_kecamatan(name) if hint != "desa" else None
        if kec is not None:
            return size, kec
        desa = g.find_desa(name) if hint != "kecamatan" else ()
        if desa and (hint or size > 1 or fold_key(name) not in _COMMON_DESA):
            return size, desa
        near = g.find_neighbour(name)
        if near is not None and (hint or (near.level == "kecamatan" and size <= 2)):
            return size, near
    return 0, None


def scan_places(st: _State, ex: Extraction, g: Gazetteer) -> None:
    kecs: list[Kecamatan] = []
    desas: list[tuple[str, tuple[Desa, ...]]] = []
    misses: dict[str, str] = {}
    neighbour: Neighbour | None = None
    i = 0
    while i < len(st.toks):
        word, hint = st.toks[i].text, None
        if i not in st.used and (word in _DESA_PREFIX or word in _KEC_PREFIX):
            hint = "desa" if word in _DESA_PREFIX else "kecamatan"
            st.used.add(i)
            i += 1
            while i < len(st.toks) and st.toks[i].text in _PLACE_FILLER and i not in st.used:
                i += 1
        size, found = place_at(st, i, g, hint) if i < len(st.toks) else (0, None)
        if found is None:
            if hint and i < len(st.toks):
                a, b = _value_span(st, i, _STOP, 3)
                if b > a:
                    misses.setdefault(hint, st.s[st.toks[a].start : st.toks[b - 1].end])
                    i = b
                    continue
            i += 1
            continue
        st.used.update(range(i, i + size))
        if isinstance(found, Kecamatan):
            kecs.append(found)
        elif isinstance(found, tuple):
            desas.append((" ".join(t.text for t in st.toks[i : i + size]), found))
        elif isinstance(found, Neighbour):
            neighbour = neighbour or found
        i += size
    _resolve_places(kecs, desas, misses, neighbour, ex, g)


def _resolve_places(
    kecs: list[Kecamatan],
    desas: list[tuple[str, tuple[Desa, ...]]],
    misses: dict[str, str],
    neighbour: Neighbour | None,
    ex: Extraction,
    g: Gazetteer,
) -> None:
    distinct = list(dict.fromkeys(kecs))
    kec = distinct[0] if len(distinct) == 1 else None
    if len(distinct) > 1:
        ex.ambiguous["kecamatan"] = tuple(k.name.upper() for k in distinct)
    if kec is not None:
        ex.values["kecamatan"] = kec.name.upper()
    if neighbour is not None and not kecs:
        ex.notes.append("luar_kabupaten")
        if ex.layanan not in {"SKPWNI", "SKDWN"}:  # there the other city is origin or goal
            ex.referral = neighbour.referral()
        return  # a desa name next to a city place may be the city's kelurahan
    for typed, candidates in desas[:1]:
        inside = [d for d in candidates if kec is None or d.kecamatan == kec]
        if len(inside) == 1 and (kec is not None or not distinct):
            ex.values["desa"] = inside[0].name.upper()
            if kec is None:
                ex.values["kecamatan"] = inside[0].kecamatan.name.upper()
                ex.notes.append("kecamatan_dari_desa")
        else:
            ex.ambiguous["desa"] = tuple(d.label() for d in candidates)
            ex.unresolved["desa"] = typed
            if kec is not None:
                ex.notes.append("desa_beda_kecamatan")
    if "kecamatan" in misses and kec is None:
        ex.unresolved["kecamatan"] = misses["kecamatan"]
        near = g.suggest_kecamatan(misses["kecamatan"])
        ex.suggestions["kecamatan"] = tuple(k.name.upper() for k in near)
    if "desa" in misses and "desa" not in ex.values and "desa" not in ex.unresolved:
        ex.unresolved["desa"] = misses["desa"]
        ex.suggestions["desa"] = tuple(d.label() for d in g.suggest_desa(misses["desa"], kec))
