from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.intake.parser import parse, render
from bot.reference.catalog import default_catalog
from bot.reference.gazetteer import default_gazetteer
from devtools.synthetic import make_kk, make_nik
from tests.conftest import TODAY

DESA = [d for k in default_gazetteer().kecamatan.values() for d in default_gazetteer().desa_in(k)]
REGIONS = ["360318", "360301", "360312", "320101", "317101", "360321"]
NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=12)
NAMES = st.lists(NAME, min_size=1, max_size=4).map(" ".join)
LABEL_WORDS = {"NAMA", "NAMANYA", "BERNAMA", "ATAS", "KEPALA"}  # bot.intake.repair.strip_label
DATES = st.dates(min_value=date(1930, 1, 1), max_value=TODAY - timedelta(days=1))


@st.composite
def filled_fields(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    service = draw(st.sampled_from(list(default_catalog())))
    desa = draw(st.sampled_from(DESA))
    values: dict[str, str] = {}
    for f in service.fields:
        if f.type == "nik":
            values[f.name] = make_nik(
                draw(st.sampled_from(REGIONS)),
                draw(DATES),
                draw(st.booleans()),
                draw(st.integers(1, 9999)),
            )
        elif f.type == "no_kk":
            values[f.name] = make_kk(
                draw(st.sampled_from(REGIONS)), draw(DATES), draw(st.integers(1, 9999))
            )
        elif f.type == "name":
            values[f.name] = draw(NAMES)
        elif f.type == "desa":
            values[f.name] = desa.name
        elif f.type == "kecamatan":
            values[f.name] = desa.kecamatan.name
        elif f.type == "reason":
            values[f.name] = draw(st.sampled_from(sorted(service.reasons)))
        elif f.type == "document_number":
            values[f.name] = "SKPWNI/" + str(draw(st.integers(1000, 999999)))
        else:
            values[f.name] = (
                "JL " + draw(NAMES) + " NO " + str(draw(st.integers(1, 99))) + " KOTA BOGOR"
            )
    return service.code, values


@settings(max_examples=300, deadline=None)
@given(filled_fields())
def test_a_canonical_line_parses_back_to_itself_unchanged(case: tuple[str, dict[str, str]]) -> None:
    code, values = case
    assume(values.get("nik") != values.get("no_kk") or "nik" not in values)
    # A name opening with a label word ("NAMANYA AA") is read as the label and the name.
    assume(not any(v.split()[0] in LABEL_WORDS for k, v in values.items() if "nama" in k))
    line = render(default_catalog()[code], values)
    verdict = parse(line, today=TODAY)
    assert verdict.errors == []
    assert verdict.canonical == line


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_parsing_never_raises_on_any_text(text: str) -> None:
    verdict = parse(text, today=TODAY)
    assert verdict.ok == (verdict.canonical is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=30), max_size=9))
def test_parsing_never_raises_on_hash_separated_junk(parts: list[str]) -> None:
    parse("#".join(parts), today=TODAY)
    parse("#KTP#" + "#".join(parts), today=TODAY)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x1F), min_size=1, max_size=200))
def test_control_characters_never_break_the_parser(text: str) -> None:
    assert not parse(text + "#KTP#" + text, today=TODAY).ok


def test_a_ten_thousand_character_line_is_refused_politely() -> None:
    verdict = parse("#KTP#" + "9" * 10_000, today=TODAY)
    assert [(e.field, e.code) for e in verdict.errors] == [("layanan", "terlalu_panjang")]
