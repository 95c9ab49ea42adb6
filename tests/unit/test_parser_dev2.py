"""Parser classes found in the second dev corpus: parts placed by their kind when only the
numbers are out of place, a desa typo that keeps its (right) kecamatan for the resolver's
yes/no question, and a half-remembered line cut with slashes."""

from __future__ import annotations

from datetime import date

import pytest

from bot.intake.parser import parse, parse_loose
from bot.intake.places import resolve_place
from bot.reference.gazetteer import Gazetteer
from devtools.synthetic import make_kk, make_nik

NIK = make_nik("360316", date(1994, 7, 19), female=True, serial=9168)
KK = make_kk("360316", date(2016, 3, 9), serial=9169)


@pytest.mark.parametrize(
    "line",
    [
        f"#KK#Sarifudin#{KK}#pangkalan#teluknaga",
        f"#KK#Sarifudin#pangkalan#{KK}#teluknaga",
        f"#KK#Sarifudin#pangkalan#teluknaga#{KK}",
    ],
)
def test_a_kk_line_with_its_number_out_of_place_is_read_by_kind(
    line: str, gazetteer: Gazetteer
) -> None:
    verdict = parse(line, gazetteer=gazetteer)
    assert verdict.canonical == f"#KK#{KK}#SARIFUDIN#PANGKALAN#TELUKNAGA"


@pytest.mark.parametrize(
    "line",
    [
        f"#KTP#Siti Aminah#{NIK}#{KK}#Karet#Sepatan#hilang",
        f"#KTP#{NIK}#Siti Aminah#{KK}#Karet#Sepatan#hilang",
        f"#KTP#{NIK}#{KK}#Siti Aminah#Karet#Sepatan#hilang",
    ],
)
def test_a_ktp_line_with_its_numbers_out_of_place_is_read_by_kind(
    line: str, gazetteer: Gazetteer
) -> None:
    verdict = parse(line, gazetteer=gazetteer)
    assert verdict.canonical == f"#KTP#{NIK}#{KK}#SITI AMINAH#KARET#SEPATAN#HILANG#"


def test_two_numbers_swapped_with_each_other_are_not_reordered_by_kind(
    gazetteer: Gazetteer,
) -> None:
    verdict = parse(f"#KK#{KK}#{KK}#pangkalan#teluknaga", gazetteer=gazetteer)
    assert verdict.canonical is None


@pytest.mark.parametrize(
    ("line", "desa", "kecamatan"),
    [
        ("#KK#{kk}#Imam Syafii#Bitung Jya#Cikupa", "BITUNG JYA", "CIKUPA"),
        ("#KK#{kk}#Imam Syafii#Lengkong Kulom#Pagedangan", "LENGKONG KULOM", "PAGEDANGAN"),
        ("#KTP#{nik}#{kk}#Siti#Sukamulia#Sukamulya#HILANG#", "SUKAMULIA", "SUKAMULYA"),
    ],
)
def test_a_desa_typo_keeps_the_kecamatan_so_the_resolver_can_ask_yes_or_no(
    line: str, desa: str, kecamatan: str, gazetteer: Gazetteer
) -> None:
    verdict = parse(line.format(nik=NIK, kk=KK), gazetteer=gazetteer)
    assert verdict.error_fields() == ["desa"]
    assert (verdict.fields["desa"], verdict.fields["kecamatan"]) == (desa, kecamatan)
    result = resolve_place(desa, kecamatan, gazetteer=gazetteer)
    assert result.status == "suggest" and result.suggestion is not None
    assert result.suggestion[1] == kecamatan


@pytest.mark.parametrize(
    "text",
    [
        f"#KTP/{NIK}/{KK}/Eneng Kurniasih/Karet/Sepatan/hilang",
        f"KTP / {NIK} / {KK} / Eneng Kurniasih / Karet / Sepatan / hilang",
        f"ktp/{NIK}/{KK}/eneng kurniasih/karet/sepatan/hilang",
    ],
)
def test_a_line_cut_with_slashes_is_read_like_a_hash_line(text: str, gazetteer: Gazetteer) -> None:
    verdict = parse_loose(text, gazetteer=gazetteer)
    assert verdict is not None
    assert verdict.canonical == f"#KTP#{NIK}#{KK}#ENENG KURNIASIH#KARET#SEPATAN#HILANG#"
