"""One resolver for a desa/kecamatan pair, used by the parser, the extractor, corrections and
the dialogue, so a place is judged the same way whichever way it arrived.

`resolve_place(desa, kecamatan)` never raises. It answers with a `PlaceResult` whose
`status` says what to do next:

    ok              desa and kecamatan are known (official names, upper case)
    kecamatan_only  only a kecamatan was given (or known): ask the desa inside it
    ambiguous       several (desa, kecamatan) fit: ask once, with `options`
    suggest         one strong near miss: a yes/no question about `suggestion`
    referral        a neighbour's place (Kota Tangerang / Tangsel): `referral` text
    not_found       nothing fits: `message` says what to send instead
    empty           nothing was given

A desa typo with the kecamatan given is matched inside that kecamatan first; only when
nothing there is close are desa of other kecamatan considered. A name that exists both in
Kab. Tangerang and in a neighbouring city is taken as the Kabupaten's: the caller decides
from context ("kota", "tangsel") whether to ask for a referral instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from bot.reference.gazetteer import Desa, Gazetteer, Kecamatan, default_gazetteer
from bot.reference.text import clean, fold_key

__all__ = ["YES_NO", "PlaceResult", "Status", "resolve_place"]

Status = Literal["ok", "ambiguous", "suggest", "referral", "not_found", "kecamatan_only", "empty"]
STRONG = 85.0  # a near miss this close is worth a yes/no question
CLEAR_GAP = 6.0  # ... when the next one is at least this much further
INSIDE_CUTOFF = 70.0  # inside a known kecamatan the pool is small: looser
ELSEWHERE_CUTOFF = 80.0
KEC_CUTOFF = 75.0
EXAMPLE = "Contoh: Bitung Jaya, Cikupa"
YES_NO = " Balas ya atau tidak."  # ends every yes/no question of a suggestion


@dataclass(frozen=True)
class PlaceResult:
    """The verdict on a desa/kecamatan pair (see the module docstring for `status`).

    `code` is a stable error code when not ok (desa_tidak_ditemukan, desa_beda_kecamatan,
    kecamatan_tidak_ditemukan, luar_kabupaten, desa_ganda, desa_kosong, kosong) and `field`
    names the field at fault ("desa" or "kecamatan"). A `suggestion` with an empty desa is a
    kecamatan-only suggestion."""

    status: Status
    desa: str | None
    kecamatan: str | None
    options: tuple[tuple[str, str], ...] = ()
    suggestion: tuple[str, str] | None = None
    referral: str | None = None
    message: str | None = None
    code: str | None = None
    field: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"


def _up(desa: Desa) -> tuple[str, str]:
    return desa.name.upper(), desa.kecamatan.name.upper()


def _join(words: list[str], last: str = "dan") -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {last} " + words[-1]


def _ask_yes_no(desa: str, kecamatan: str) -> str:
    where = (
        f"Desa {desa.title()}, Kec. {kecamatan.title()}" if desa else f"Kec. {kecamatan.title()}"
    )
    return f"Maksud Bapak/Ibu {where}?{YES_NO}"


def _shown(text: str) -> str:
    return clean(text)[:60] or "(kosong)"


def _strong(scored: tuple[tuple[Desa, float], ...], typed: str | None = None) -> Desa | None:
    """The one near miss clearly ahead of the others, if it is close enough; of near misses
    equally close, the one the typed name is an old or loose spelling of ("Jaty": Jati)."""
    same = [d for d, _ in scored if typed and _spelling(d.name) == _spelling(typed)]
    if len(same) == 1:
        return same[0]  # "kohot": Kohod, written as it sounds
    if not scored or scored[0][1] < STRONG:
        return None
    if len(scored) > 1 and scored[0][1] - scored[1][1] < CLEAR_GAP:
        tied = [d for d, score in scored if scored[0][1] - score < CLEAR_GAP]
        same = [d for d in tied if typed and _spelling(d.name) == _spelling(typed)]
        return same[0] if len(same) == 1 else None
    return scored[0][0]


_OLD_SPELLINGS = (("OE", "U"), ("DJ", "J"), ("TJ", "C"), ("SJ", "SY"), ("NJ", "NY"), ("Y", "I"),
                  ("PH", "F"), ("KH", "K"), ("Q", "K"), ("V", "F"), ("Z", "J"))  # fmt: skip
_VOICED_END = {"D": "T", "B": "P", "G": "K"}


def _spelling(name: str) -> str:
    """A loose key: old spellings folded (oe/u, dj/j, tj/c, y/i ...), repeated letters once,
    and a final d/b/g as it sounds (t/p/k: "Kohot" is Kohod)."""
    words = []
    for word in re.sub(r"[^A-Z0-9 ]", " ", clean(name).upper()).split():
        for old, new in _OLD_SPELLINGS:
            word = word.replace(old, new)
        word = re.sub(r"(.)\1+", r"\1", word)
        words.append(word[:-1] + _VOICED_END.get(word[-1], word[-1]))
    return fold_key(" ".join(words))


def _suggest(
    desa: Desa, lead: str, code: str, field: str, known: Kecamatan | None = None
) -> PlaceResult:
    """A yes/no question about one desa; `known` is the kecamatan the resident gave."""
    name, kec = _up(desa)
    return PlaceResult(
        "suggest",
        None,
        known.name.upper() if known is not None else None,
        suggestion=(name, kec),
        message=f"{lead} {_ask_yes_no(name, kec)}",
        code=code,
        field=field,
    )


def _sample(g: Gazetteer, kec: Kecamatan, n: int = 3) -> str:
    return ", ".join(d.name for d in g.desa_in(kec)[:n])


# --- kecamatan -------------------------------------------------------------------------
def _kecamatan_missing(text: str, g: Gazetteer) -> str:
    return f"Kecamatan '{_shown(text)}' tidak ditemukan di {g.office.name}."


def _kecamatan(text: str, g: Gazetteer) -> Kecamatan | PlaceResult:
    """The kecamatan named, or the result to give when it is not one of ours."""
    found = g.find_kecamatan(text)
    if found is not None:
        return found
    neighbour = g.find_neighbour(text)
    if neighbour is not None:
        return PlaceResult(
            "referral",
            None,
            None,
            referral=neighbour.referral(),
            message=neighbour.referral(),
            code="luar_kabupaten",
            field="kecamatan",
        )
    scored = g.kecamatan_scores(text, cutoff=KEC_CUTOFF)
    lead = _kecamatan_missing(text, g)
    if scored and scored[0][1] >= STRONG and (len(scored) == 1 or scored[1][1] < scored[0][1] - 3):
        kec = scored[0][0].name.upper()
        return PlaceResult(
            "suggest",
            None,
            None,
            suggestion=("", kec),
            message=f"{lead} {_ask_yes_no('', kec)}",
            code="kecamatan_tidak_ditemukan",
            field="kecamatan",
        )
    hint = ""
    if scored:
        hint = f" Maksud Bapak/Ibu {_join(['Kec. ' + k.name for k, _ in scored], 'atau')}?"
    return PlaceResult(
        "not_found",
        None,
        None,
        message=f"{lead}{hint} Mohon tulis nama kecamatan sesuai KK. {EXAMPLE}",
        code="kecamatan_tidak_ditemukan",
        field="kecamatan",
    )


def _kecamatan_only(kec: Kecamatan, g: Gazetteer) -> PlaceResult:
    return PlaceResult(
        "kecamatan_only",
        None,
        kec.name.upper(),
        message=f"Desa/kelurahan apa di Kec. {kec.name}? Contoh: {_sample(g, kec)}",
        code="desa_kosong",
        field="desa",
    )


# --- desa inside a known kecamatan ------------------------------------------------------
def _desa_inside(text: str, kec: Kecamatan, g: Gazetteer) -> PlaceResult:
    exact = g.find_desa(text)
    for desa in exact:
        if desa.kecamatan == kec:
            return PlaceResult("ok", *_up(desa))
    inside = g.desa_scores(text, kec, cutoff=INSIDE_CUTOFF)
    if exact:  # a real desa of another kecamatan
        where = _join([f"Kec. {d.kecamatan.name}" for d in exact])
        lead = f"Desa {exact[0].name} tidak ada di Kec. {kec.name}; desa itu ada di {where}."
        close = _strong(inside, text)
        if close is not None:
            return _suggest(close, lead, "desa_beda_kecamatan", "desa", kec)
        if len(exact) == 1:
            return _suggest(exact[0], lead, "desa_beda_kecamatan", "desa", kec)
        return PlaceResult(
            "ambiguous",
            None,
            None,
            options=tuple(_up(d) for d in exact),
            message=f"{lead} Mohon periksa desa atau kecamatannya.",
            code="desa_beda_kecamatan",
            field="desa",
        )
    lead = f"Desa '{_shown(text)}' tidak ditemukan di Kec. {kec.name}."
    close = _strong(inside, text)
    if close is not None:
        return _suggest(close, lead, "desa_tidak_ditemukan", "desa", kec)
    if len(inside) == 1:  # "desa Sukadame kec Cikupa": the one near match there, as yes/no
        return _suggest(inside[0][0], lead, "desa_tidak_ditemukan", "desa", kec)
    if inside:
        options = tuple(_up(d) for d, _ in inside[:4])
        names = _join([f"Desa {d.name}" for d, _ in inside[:4]], "atau")
        return PlaceResult(
            "ambiguous",
            None,
            kec.name.upper(),
            options=options,
            message=f"{lead} Maksud Bapak/Ibu {names}?",
            code="desa_tidak_ditemukan",
            field="desa",
        )
    elsewhere = _strong(g.desa_scores(text, cutoff=ELSEWHERE_CUTOFF))
    if elsewhere is not None:
        return _suggest(elsewhere, lead, "desa_tidak_ditemukan", "desa", kec)
    return PlaceResult(
        "not_found",
        None,
        kec.name.upper(),
        message=f"{lead} Contoh desa di kecamatan itu: {_sample(g, kec, 4)}.",
        code="desa_tidak_ditemukan",
        field="desa",
    )


# --- desa alone -----------------------------------------------------------------------
def _only_one_starting(text: str, g: Gazetteer) -> Desa | None:
    """ "bitung": the one desa whose name starts with the whole word typed (a short form
    people use), as a yes/no question."""
    words = fold_key(text)
    if len(words) < 5 or " " in text.strip():
        return None
    found = g.desa_starting(words)
    return found[0] if len(found) == 1 else None


def _desa_alone(text: str, g: Gazetteer) -> PlaceResult:
    exact = g.find_desa(text)
    if len(exact) == 1:
        return PlaceResult("ok", *_up(exact[0]))
    if exact:
        kecs = [f"Kec. {d.kecamatan.name}" for d in exact]
        return PlaceResult(
            "ambiguous",
            None,
            None,
            options=tuple(_up(d) for d in exact),
            message=f"Desa {exact[0].name} ada di {_join(kecs)}. Di kecamatan mana alamat "
            f"Bapak/Ibu? Contoh: {exact[0].kecamatan.name}",
            code="desa_ganda",
            field="kecamatan",
        )
    neighbour = g.find_neighbour(text)
    if neighbour is not None:
        return PlaceResult(
            "referral",
            None,
            None,
            referral=neighbour.referral(),
            message=neighbour.referral(),
            code="luar_kabupaten",
            field="desa",
        )
    kec = g.find_kecamatan(text)
    if kec is not None:  # a kecamatan typed where the desa was asked
        return _kecamatan_only(kec, g)
    lead = f"Desa '{_shown(text)}' tidak ditemukan di {g.office.name}."
    scored = g.desa_scores(text, cutoff=ELSEWHERE_CUTOFF)
    close = _strong(scored, text) or _only_one_starting(text, g)
    if close is not None:
        return _suggest(close, lead, "desa_tidak_ditemukan", "desa")
    if scored:
        labels = [f"Desa {d.label()}" for d, _ in scored[:4]]
        return PlaceResult(
            "not_found",
            None,
            None,
            options=tuple(_up(d) for d, _ in scored[:4]),
            message=f"{lead} Maksud Bapak/Ibu {_join(labels, 'atau')}?",
            code="desa_tidak_ditemukan",
            field="desa",
        )
    return PlaceResult(
        "not_found",
        None,
        None,
        message=f"{lead} Mohon tulis nama desa/kelurahan sesuai KK. {EXAMPLE}",
        code="desa_tidak_ditemukan",
        field="desa",
    )


def _suggests_inside(result: PlaceResult, kec: Kecamatan) -> bool:
    """A yes/no suggestion of a desa inside this kecamatan (not one of another)."""
    near = result.status == "suggest" and result.code == "desa_tidak_ditemukan"
    return near and result.suggestion is not None and result.suggestion[1] == kec.name.upper()


def _near_pair(desa_text: str, kec_text: str, g: Gazetteer) -> tuple[str, str] | None:
    """The one (desa, kecamatan) among the near kecamatan whose desa is near the typed one."""
    found = []
    for kec, _ in g.kecamatan_scores(kec_text, cutoff=KEC_CUTOFF)[:3]:
        inner = _desa_inside(desa_text, kec, g)
        if inner.status == "ok" and inner.desa and inner.kecamatan:
            found.append((inner.desa, inner.kecamatan))
        elif _suggests_inside(inner, kec) and inner.suggestion:
            found.append(inner.suggestion)
    return found[0] if len(found) == 1 else None


def _unknown_kecamatan(
    desa_text: str, kec_text: str, miss: PlaceResult, g: Gazetteer
) -> PlaceResult:
    """The kecamatan is not ours; the desa may still say where the resident lives."""
    if miss.status == "referral":
        return miss
    exact = g.find_desa(desa_text)
    if not exact:  # "desa sukamana kec rajek": both typed wrong; a near kecamatan holding it
        both = _near_pair(desa_text, kec_text, g)
        if both is not None:
            return PlaceResult(
                "suggest",
                None,
                None,
                suggestion=both,
                message=f"{_kecamatan_missing(kec_text, g)} {_ask_yes_no(*both)}",
                code="kecamatan_tidak_ditemukan",
                field="kecamatan",
            )
        return miss
    if miss.suggestion is not None:  # a kecamatan typo: the desa confirms it
        for desa in exact:
            if desa.kecamatan.name.upper() == miss.suggestion[1]:
                return PlaceResult("ok", *_up(desa))
    where = _join([f"Kec. {d.kecamatan.name}" for d in exact])
    lead = f"{_kecamatan_missing(kec_text, g)} Desa {exact[0].name} ada di {where}."
    near = {k.code for k, _ in g.kecamatan_scores(kec_text, cutoff=KEC_CUTOFF)}
    close = [d for d in exact if d.kecamatan.code in near]
    if len(exact) > 1 and len(close) == 1:  # "kemuning kec kersek": the typo of one of them
        return _suggest(close[0], lead, "kecamatan_tidak_ditemukan", "kecamatan")
    if len(exact) == 1:
        return _suggest(exact[0], lead, "kecamatan_tidak_ditemukan", "kecamatan")
    return PlaceResult(
        "ambiguous",
        None,
        None,
        options=tuple(_up(d) for d in exact),
        message=f"{lead} Di kecamatan mana alamat Bapak/Ibu?",
        code="kecamatan_tidak_ditemukan",
        field="kecamatan",
    )


def _resolve(desa: str, kecamatan: str, g: Gazetteer) -> PlaceResult:
    if not desa and not kecamatan:
        return PlaceResult(
            "empty",
            None,
            None,
            message=f"Mohon tulis nama desa/kelurahan dan kecamatan. {EXAMPLE}",
            code="kosong",
            field="desa",
        )
    if not kecamatan:
        return _desa_alone(desa, g)
    kec = _kecamatan(kecamatan, g)
    if isinstance(kec, PlaceResult):
        return _unknown_kecamatan(desa, kecamatan, kec, g) if desa else kec
    if not desa:
        return _kecamatan_only(kec, g)
    return _desa_inside(desa, kec, g)


def resolve_place(
    desa: str | None, kecamatan: str | None, *, gazetteer: Gazetteer | None = None
) -> PlaceResult:
    """Judge a desa/kecamatan pair as typed (either may be missing). Never raises."""
    g = gazetteer or default_gazetteer()
    desa_text = clean(desa)[:100] if isinstance(desa, str) else ""
    kec_text = clean(kecamatan)[:100] if isinstance(kecamatan, str) else ""
    if not fold_key(desa_text):
        desa_text = ""
    if not fold_key(kec_text):
        kec_text = ""
    try:
        return _resolve(desa_text, kec_text, g)
    except Exception:  # pragma: no cover - a bug must not break a conversation
        return PlaceResult(
            "not_found",
            None,
            None,
            message=f"Mohon tulis nama desa dan kecamatan. {EXAMPLE}",
            code="desa_tidak_ditemukan",
            field="desa",
        )
