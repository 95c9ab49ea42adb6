"""The one place resolver: a desa/kecamatan pair as typed in, what to do next out."""

from __future__ import annotations

import csv
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.intake.places import YES_NO, PlaceResult, resolve_place
from bot.reference.gazetteer import Gazetteer


def _resolve(desa: str | None, kec: str | None, g: Gazetteer) -> PlaceResult:
    return resolve_place(desa, kec, gazetteer=g)


@pytest.mark.parametrize(
    ("desa", "kec", "want"),
    [
        ("bitung jaya", "cikupa", ("BITUNG JAYA", "CIKUPA")),
        ("Ds. Bitung-Jaya", "Kec. Cikupa", ("BITUNG JAYA", "CIKUPA")),
        ("bitungjaya", "CIKUPA", ("BITUNG JAYA", "CIKUPA")),
        ("talagasari", "balaraja", ("TALAGASARI", "BALARAJA")),
        ("talaga sari", "cikupa", ("TALAGASARI", "CIKUPA")),
        ("kampung melayu timur", "teluk naga", ("KMP MELAYU TIM", "TELUKNAGA")),
        ("ranga rengas", "kosambi", ("RAWA RENGAS", "KOSAMBI")),
        ("bitung jaya", None, ("BITUNG JAYA", "CIKUPA")),
        ("bitung jaya", "cikupaa", ("BITUNG JAYA", "CIKUPA")),
    ],
)
def test_a_known_pair_resolves_to_the_official_spelling(
    desa: str, kec: str | None, want: tuple[str, str], gazetteer: Gazetteer
) -> None:
    result = _resolve(desa, kec, gazetteer)
    assert result.status == "ok"
    assert (result.desa, result.kecamatan) == want
    assert result.message is None


@pytest.mark.parametrize(
    ("typo", "kec", "want"),
    [
        ("bitung jayaa", "cikupa", "BITUNG JAYA"),
        ("bitun jaya", "cikupa", "BITUNG JAYA"),
        ("talagsari", "cikupa", "TALAGASARI"),
        ("talagsari", "balaraja", "TALAGASARI"),
        ("sukamulia", "cikupa", "SUKAMULYA"),
        ("pasir jya", "cikupa", "PASIR JAYA"),
    ],
)
def test_a_desa_typo_with_its_kecamatan_is_one_yes_no_question_inside_it(
    typo: str, kec: str, want: str, gazetteer: Gazetteer
) -> None:
    result = _resolve(typo, kec, gazetteer)
    assert result.status == "suggest"
    assert result.suggestion == (want, kec.upper())
    assert result.kecamatan == kec.upper()
    assert result.message is not None and result.message.endswith(YES_NO)
    assert "Maksud Bapak/Ibu Desa" in result.message


def test_the_typo_suggestion_stays_inside_the_kecamatan_given(gazetteer: Gazetteer) -> None:
    # "talagsari" is close to Talagasari in both Balaraja and Cikupa
    for kec in ("BALARAJA", "CIKUPA"):
        result = _resolve("talagsari", kec, gazetteer)
        assert result.suggestion == ("TALAGASARI", kec)


def test_only_when_nothing_inside_is_close_the_kabupaten_is_searched(
    gazetteer: Gazetteer,
) -> None:
    result = _resolve("bitung jayaa", "balaraja", gazetteer)
    assert result.status == "suggest"
    assert result.suggestion == ("BITUNG JAYA", "CIKUPA")


def test_a_desa_of_another_kecamatan_names_where_it_really_is(gazetteer: Gazetteer) -> None:
    result = _resolve("bitung jaya", "balaraja", gazetteer)
    assert result.code == "desa_beda_kecamatan"
    assert result.message is not None
    assert "Kec. Cikupa" in result.message and "Kec. Balaraja" in result.message
    assert result.suggestion == ("BITUNG JAYA", "CIKUPA")


def test_a_desa_of_several_other_kecamatan_lists_them(gazetteer: Gazetteer) -> None:
    result = _resolve("talagasari", "curug", gazetteer)
    assert result.status == "ambiguous"
    assert result.code == "desa_beda_kecamatan"
    assert set(result.options) == {("TALAGASARI", "BALARAJA"), ("TALAGASARI", "CIKUPA")}
    assert result.message is not None and "Kec. Balaraja dan Kec. Cikupa" in result.message


def test_a_desa_in_several_kecamatan_without_one_asks_which_once(gazetteer: Gazetteer) -> None:
    result = _resolve("talagasari", None, gazetteer)
    assert result.status == "ambiguous"
    assert result.options == (("TALAGASARI", "BALARAJA"), ("TALAGASARI", "CIKUPA"))
    assert result.desa is None and result.kecamatan is None
    assert result.message is not None and result.message.count("?") == 1


@pytest.mark.parametrize("kec", ["cikupa", "Kec. Cikupa", "pasar kemis", "pasarkemis", "CURUG"])
def test_a_kecamatan_alone_asks_for_the_desa_inside_it(kec: str, gazetteer: Gazetteer) -> None:
    result = _resolve(None, kec, gazetteer)
    assert result.status == "kecamatan_only"
    assert result.kecamatan == gazetteer.find_kecamatan(kec).name.upper()  # type: ignore[union-attr]
    assert result.message is not None and "Contoh:" in result.message


def test_a_kecamatan_typed_where_the_desa_was_asked_is_taken_as_the_kecamatan(
    gazetteer: Gazetteer,
) -> None:
    result = _resolve("sepatan timur", None, gazetteer)  # no desa has this name
    assert (result.status, result.kecamatan) == ("kecamatan_only", "SEPATAN TIMUR")


def test_a_kecamatan_typo_alone_is_a_yes_no_question(gazetteer: Gazetteer) -> None:
    result = _resolve(None, "cikupaa", gazetteer)
    assert result.status == "suggest"
    assert result.suggestion == ("", "CIKUPA")
    assert result.message is not None and "Maksud Bapak/Ibu Kec. Cikupa?" in result.message


def test_an_unknown_kecamatan_with_a_known_desa_points_to_the_desa_kecamatan(
    gazetteer: Gazetteer,
) -> None:
    result = _resolve("bitung jaya", "cikupah raya", gazetteer)
    assert (result.status, result.code, result.field) == (
        "suggest",
        "kecamatan_tidak_ditemukan",
        "kecamatan",
    )
    assert result.suggestion == ("BITUNG JAYA", "CIKUPA")


@pytest.mark.parametrize(
    ("desa", "kec", "office"),
    [
        ("karawaci", None, "Disdukcapil Kota Tangerang;"),
        ("sudimara barat", None, "Disdukcapil Kota Tangerang;"),
        ("pondok kacang timur", "pondok aren", "Kota Tangerang Selatan"),
        ("sukasari", "ciledug", "Disdukcapil Kota Tangerang;"),
        (None, "ciputat", "Kota Tangerang Selatan"),
        (None, "pamulang", "Kota Tangerang Selatan"),
    ],
)
def test_a_city_place_is_a_referral_to_its_office(
    desa: str | None, kec: str | None, office: str, gazetteer: Gazetteer
) -> None:
    result = _resolve(desa, kec, gazetteer)
    assert result.status == "referral"
    assert result.code == "luar_kabupaten"
    assert result.referral is not None and office in result.referral


def test_a_name_of_both_the_kabupaten_and_a_city_is_the_kabupaten(gazetteer: Gazetteer) -> None:
    result = _resolve("pasir jaya", None, gazetteer)
    assert (result.status, result.desa, result.kecamatan) == ("ok", "PASIR JAYA", "CIKUPA")


@pytest.mark.parametrize(
    ("desa", "kec"), [("zzzz", "cikupa"), ("qwerty", None), ("x", None), ("xyzzy", "qqqq")]
)
def test_nothing_close_says_what_to_send(desa: str, kec: str | None, gazetteer: Gazetteer) -> None:
    result = _resolve(desa, kec, gazetteer)
    assert result.status == "not_found"
    assert result.message is not None and "Contoh" in result.message


def test_an_unknown_desa_inside_a_kecamatan_shows_its_desa(gazetteer: Gazetteer) -> None:
    result = _resolve("zzzz", "cikupa", gazetteer)
    assert result.kecamatan == "CIKUPA"
    cikupa = gazetteer.find_kecamatan("cikupa")
    assert cikupa is not None and result.message is not None
    assert gazetteer.desa_in(cikupa)[0].name in result.message


def test_a_known_desa_with_a_nonsense_kecamatan_offers_its_own(gazetteer: Gazetteer) -> None:
    result = _resolve("bitung jaya", "xyzzy", gazetteer)
    assert (result.status, result.suggestion) == ("suggest", ("BITUNG JAYA", "CIKUPA"))


@pytest.mark.parametrize(("desa", "kec"), [(None, None), ("", ""), ("  ", None), ("...", "#")])
def test_nothing_given_is_empty(desa: str | None, kec: str | None, gazetteer: Gazetteer) -> None:
    assert _resolve(desa, kec, gazetteer).status == "empty"


def _kab_rows() -> list[dict[str, str]]:
    text = (
        resources.files("bot.reference.data")
        .joinpath("wilayah_kab_tangerang.csv")
        .read_text("utf-8")
    )
    return list(csv.DictReader(text.splitlines()))


def test_every_desa_of_the_table_resolves_with_its_kecamatan(gazetteer: Gazetteer) -> None:
    for row in _kab_rows():
        result = _resolve(row["desa"], row["kecamatan"], gazetteer)
        assert (result.desa, result.kecamatan) == (
            row["desa"].upper(),
            row["kecamatan"].upper(),
        ), row


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), st.text(max_size=80)), st.one_of(st.none(), st.text(max_size=80)))
def test_the_resolver_never_raises(desa: str | None, kec: str | None) -> None:
    result = resolve_place(desa, kec)
    assert result.status in {
        "ok",
        "ambiguous",
        "suggest",
        "referral",
        "not_found",
        "kecamatan_only",
        "empty",
    }
    assert (result.status == "ok") == (result.message is None)


@pytest.mark.parametrize(
    ("desa", "kecamatan", "expected"),
    [
        ("Kemuning", "Kersek", ("KEMUNING", "KRESEK")),
        ("Caringin", "Lgeok", ("CARINGIN", "LEGOK")),
        ("Caringin", "Cisoak", ("CARINGIN", "CISOKA")),
    ],
)
def test_a_kecamatan_typo_near_one_kecamatan_of_a_shared_desa_is_a_yes_no_question(
    desa: str, kecamatan: str, expected: tuple[str, str], gazetteer: Gazetteer
) -> None:
    result = resolve_place(desa, kecamatan, gazetteer=gazetteer)
    assert result.status == "suggest"
    assert result.suggestion == expected
    assert result.message is not None and "Balas ya atau tidak" in result.message
