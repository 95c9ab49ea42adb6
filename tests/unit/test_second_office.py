"""The office is data: a second office, Kota Tangerang (36.71), built from the neighbour data
in bot/reference/data, runs the parser and the `#` format with its own kelurahan, and refers residents
of Kabupaten Tangerang to their office as a neighbour."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from bot.errors import OfficeError
from bot.intake.identity import parse_nik
from bot.intake.parser import parse, render
from bot.intake.places import resolve_place
from bot.reference.gazetteer import Gazetteer
from bot.reference.knowledge import load_knowledge
from bot.reference.office import Office, default_office, office_from_dict
from devtools.synthetic import make_kk, make_nik

TODAY = date(2026, 12, 1)


def kota_tangerang() -> Office:
    """Kota Tangerang's office: its kelurahan from wilayah_tetangga.csv, and the packaged
    office (Kabupaten Tangerang) with its own table as one of its neighbours."""
    kabupaten = default_office()
    tangsel = next(n for n in kabupaten.neighbours if n.code == "36.74")
    return office_from_dict(
        {
            "code": "36.71",
            "name": "Kota Tangerang",
            "short": "Kota Tangerang",
            "agency": "Disdukcapil Kota Tangerang",
            "address": "Pusat Pemerintahan Kota Tangerang",
            "names": ["Kota Tangerang"],
            "regions": "wilayah_tetangga.csv",
            "neighbours": [
                {
                    "code": kabupaten.code,
                    "name": kabupaten.name,
                    "office": kabupaten.agency,
                    "aliases": list(kabupaten.names[:2]),
                    "regions": kabupaten.regions,
                },
                {k: v for k, v in asdict(tangsel).items() if k != "aliases"}
                | {"aliases": list(tangsel.aliases)},
            ],
        }
    )


@pytest.fixture(scope="module")
def kota() -> Gazetteer:
    return Gazetteer(kota_tangerang())


NIK = make_nik(region="367101")  # Kec. Tangerang, Kota Tangerang
KK = make_kk(region="367101")


def test_a_kota_tangerang_line_is_read_with_its_own_kelurahan(kota: Gazetteer) -> None:
    verdict = parse(
        f"#ktp#{NIK}#{KK}#siti aminah#kel. sukarasa#kec tangerang#hilang#",
        gazetteer=kota,
        today=TODAY,
    )
    assert verdict.ok, verdict.errors
    assert verdict.canonical == f"#KTP#{NIK}#{KK}#SITI AMINAH#SUKARASA#TANGERANG#HILANG#"
    assert verdict.warnings == []  # its own NIK and KK: nothing for the officer to check
    assert verdict.place is not None and verdict.place.code == "36.71.01.1001"
    assert render(verdict.service, verdict.fields) == verdict.canonical  # type: ignore[arg-type]


def test_the_second_office_knows_only_its_own_kecamatan(kota: Gazetteer) -> None:
    assert len(kota.kecamatan) == 13
    assert kota.find_kecamatan("Cipondoh") is not None
    assert kota.find_kecamatan("Cikupa") is None
    assert {d.name for d in kota.find_desa("Babakan")} == {"Babakan"}  # Kota's own kelurahan


def test_a_kabupaten_tangerang_desa_is_referred_to_the_kabupaten_office(kota: Gazetteer) -> None:
    verdict = parse(f"#KK#{KK}#BUDI SANTOSO#BITUNG JAYA#CIKUPA", gazetteer=kota, today=TODAY)
    assert not verdict.ok
    error = verdict.errors[0]
    assert error.code == "luar_kabupaten"
    assert "bukan wilayah Kota Tangerang" in error.message
    assert "Disdukcapil Kabupaten Tangerang" in error.message
    result = resolve_place("Bitung Jaya", "Cikupa", gazetteer=kota)
    assert result.status == "referral" and result.referral is not None
    assert "Kabupaten Tangerang ada di Disdukcapil Kabupaten Tangerang" in result.referral


def test_the_kabupaten_itself_is_a_named_neighbour_of_the_second_office(kota: Gazetteer) -> None:
    place = kota.find_neighbour("Kabupaten Tangerang")
    assert place is not None and place.level == "kota" and place.code == "36.03"
    assert place.office == "Disdukcapil Kabupaten Tangerang"
    tangsel = kota.find_neighbour("Pamulang")
    assert tangsel is not None and tangsel.office == "Disdukcapil Kota Tangerang Selatan"


def test_an_unknown_kecamatan_names_the_second_office(kota: Gazetteer) -> None:
    result = resolve_place("Sukarasa", "Kecamatan Entah", gazetteer=kota)
    assert result.status != "ok"
    assert "tidak ditemukan di Kota Tangerang" in (result.message or "")


def test_a_kabupaten_nik_is_from_outside_for_the_second_office(kota: Gazetteer) -> None:
    kabupaten_nik = make_nik()  # 360318...: Kec. Cikupa, Kabupaten Tangerang
    assert not parse_nik(kabupaten_nik, gazetteer=kota, today=TODAY).in_office
    assert parse_nik(NIK, gazetteer=kota, today=TODAY).in_office
    verdict = parse(
        f"#KTP#{kabupaten_nik}#{KK}#SITI AMINAH#SUKARASA#TANGERANG#RUSAK#",
        gazetteer=kota,
        today=TODAY,
    )
    assert verdict.ok
    assert [w.code for w in verdict.warnings] == ["nik_luar_kabupaten"]
    assert "Kabupaten Tangerang" in verdict.warnings[0].message


def test_the_packaged_office_is_kabupaten_tangerang_with_two_city_neighbours() -> None:
    office = default_office()
    assert (office.code, office.name, office.digits) == ("36.03", "Kabupaten Tangerang", "3603")
    assert [n.code for n in office.neighbours] == ["36.71", "36.74"]
    assert office.whatsapp["PINDAH"] == "0813 3802 0399"
    assert ("KOTA", "TANGSEL") in office.neighbours[1].area_words


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"code": "3603"}, "'code' must be a kabupaten/kota code"),
        ({"name": ""}, "missing 'name'"),
        (
            {"neighbours": [{"code": "36.03", "name": "X", "office": "Y", "regions": "z"}]},
            "36.03 is the office itself",
        ),
        ({"whatsapp": ["0812"]}, "'whatsapp' must map officer queues"),
    ],
)
def test_a_malformed_office_fails_at_load_naming_the_key(
    change: dict[str, object], message: str
) -> None:
    data = asdict(default_office()) | change
    data["regions"] = default_office().regions
    with pytest.raises(OfficeError, match=message):
        office_from_dict(data)


def test_the_answers_name_the_second_office() -> None:
    knowledge = load_knowledge(office=kota_tangerang())
    where = knowledge.answer("lokasi_layanan").answer
    assert (
        "Kantor utama Disdukcapil Kota Tangerang ada di Pusat Pemerintahan Kota Tangerang" in where
    )
    assert knowledge.careful.endswith("pengumuman resmi Disdukcapil Kota Tangerang")
    assert not any("Kab. Tangerang" in t.answer for t in knowledge.topics)
