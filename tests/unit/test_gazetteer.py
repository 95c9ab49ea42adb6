from __future__ import annotations

import pytest

from bot.errors import PlaceError
from bot.reference.gazetteer import Gazetteer, referral_text


@pytest.mark.parametrize(
    ("desa", "kecamatan", "official"),
    [
        ("BITUNGJAYA", "CIKUPA", ("Bitung Jaya", "Cikupa")),
        ("bitung jaya", "cikupa", ("Bitung Jaya", "Cikupa")),
        ("Ds. Bitung-Jaya", "Kec. Cikupa", ("Bitung Jaya", "Cikupa")),
        ("desa bitung jaya", "kecamatan cikupa", ("Bitung Jaya", "Cikupa")),
        ("TALAGA SARI", "Balaraja", ("Talagasari", "Balaraja")),
        ("talagasari", "cikupa", ("Talagasari", "Cikupa")),
        ("SUKAASIH", "PASARKEMIS", ("Suka Asih", "Pasar Kemis")),
        ("kel. sukaasih", "pasar  kemis", ("Suka Asih", "Pasar Kemis")),
        ("Kampung Melayu Timur", "Teluk Naga", ("Kmp Melayu Tim", "Teluknaga")),
        ("Kmp Melayu Brt", "teluknaga", ("Kmp Melayu Brt", "Teluknaga")),
        ("Ranga Rengas", "Kosambi", ("Rawa Rengas", "Kosambi")),
        ("Bonasari", "Pakuhaji", ("Bonisari", "Pakuhaji")),
        ("Bunisari", "Pakuhaji", ("Bonisari", "Pakuhaji")),
        ("Binong", "Curug", ("Binong", "Curug")),
        ("kosambi", "sukadiri", ("Kosambi", "Sukadiri")),
        ("Bojong Kamal", "Legok", ("Bojongkamal", "Legok")),
        ("Buni Ayu", "Sukamulya", ("Buniayu", "Sukamulya")),
    ],
)
def test_a_desa_is_found_with_its_kecamatan_in_any_spelling(
    gazetteer: Gazetteer, desa: str, kecamatan: str, official: tuple[str, str]
) -> None:
    found = gazetteer.resolve(desa, kecamatan)
    assert (found.name, found.kecamatan.name) == official


def test_binong_is_in_curug_not_cikupa(gazetteer: Gazetteer) -> None:
    with pytest.raises(PlaceError) as caught:
        gazetteer.resolve("Binong", "Cikupa")
    assert caught.value.code == "desa_beda_kecamatan"
    assert "Kec. Curug" in caught.value.message


def test_a_desa_in_two_kecamatan_names_both_when_the_pair_is_wrong(gazetteer: Gazetteer) -> None:
    with pytest.raises(PlaceError) as caught:
        gazetteer.resolve("Talagasari", "Curug")
    assert "Kec. Balaraja" in caught.value.message and "Kec. Cikupa" in caught.value.message
    assert caught.value.field == "desa"


def test_a_typo_gets_ranked_suggestions_not_a_guess(gazetteer: Gazetteer) -> None:
    with pytest.raises(PlaceError) as caught:
        gazetteer.resolve("Bitun Jaya", "Cikupa")
    assert caught.value.code == "desa_tidak_ditemukan"
    assert caught.value.suggestions[0] == "Bitung Jaya (Kec. Cikupa)"


def test_a_kecamatan_typo_gets_suggestions(gazetteer: Gazetteer) -> None:
    with pytest.raises(PlaceError) as caught:
        gazetteer.resolve("Bitung Jaya", "Cikupaa")
    assert caught.value.field == "kecamatan"
    assert "Cikupa" in caught.value.suggestions


def test_nonsense_gets_no_suggestion(gazetteer: Gazetteer) -> None:
    with pytest.raises(PlaceError) as caught:
        gazetteer.resolve("Qwxyz", "Cikupa")
    assert caught.value.suggestions == ()


@pytest.mark.parametrize(
    ("desa", "kecamatan", "office"),
    [
        ("Sukasari", "Ciledug", "Disdukcapil Kota Tangerang"),
        ("Pondok Aren", "Pondok Aren", "Disdukcapil Kota Tangerang Selatan"),
        ("Lengkong Gudang", "Serpong", "Disdukcapil Kota Tangerang Selatan"),
        ("Cipete", "Tangsel", "Disdukcapil Kota Tangerang Selatan"),
        ("Karawaci", "Karawaci", "Disdukcapil Kota Tangerang"),
    ],
)
def test_city_places_are_referred_to_their_own_office(
    gazetteer: Gazetteer, desa: str, kecamatan: str, office: str
) -> None:
    with pytest.raises(PlaceError) as caught:
        gazetteer.resolve(desa, kecamatan)
    assert caught.value.code == "luar_kabupaten"
    assert caught.value.referral == office
    assert office in caught.value.message


def test_a_kabupaten_desa_that_shares_a_city_name_is_still_found(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Karang Tengah", "Pagedangan").kecamatan.name == "Pagedangan"


def test_the_tables_have_the_counts_of_the_source(gazetteer: Gazetteer) -> None:
    assert len(gazetteer.kecamatan) == 29
    assert sum(len(gazetteer.desa_in(k)) for k in gazetteer.kecamatan.values()) == 274
    assert len(gazetteer.provinces) == 38
    assert len(gazetteer.kabkota) == 514
    assert len(gazetteer.national_kecamatan) == 7285


def test_region_names_come_from_the_national_tables(gazetteer: Gazetteer) -> None:
    assert gazetteer.region_names("360318") == ("Banten", "Kabupaten Tangerang", "Cikupa")
    assert gazetteer.region_names("990101") == (None, None, None)


def test_search_lists_matches_with_codes(gazetteer: Gazetteer) -> None:
    codes = [code for code, _name, _level in gazetteer.search("talaga sari")]
    assert codes == ["36.03.01.2005", "36.03.18.2005"]


def test_desa_scores_inside_a_kecamatan_rank_only_its_desa(gazetteer: Gazetteer) -> None:
    cikupa = gazetteer.find_kecamatan("cikupa")
    assert cikupa is not None
    scored = gazetteer.desa_scores("talagsari", cikupa)
    assert scored[0][0].name == "Talagasari" and scored[0][0].kecamatan == cikupa
    assert all(d.kecamatan == cikupa for d, _ in scored)
    assert scored[0][1] > 90


def test_kecamatan_scores_find_a_typo(gazetteer: Gazetteer) -> None:
    assert [k.name for k, _ in gazetteer.kecamatan_scores("pasar kemiss")][:1] == ["Pasar Kemis"]
    assert gazetteer.kecamatan_scores("") == ()


def test_a_city_place_in_both_cities_is_found_in_both(gazetteer: Gazetteer) -> None:
    found = gazetteer.find_neighbours("pondok pucung")
    assert {n.kabkota for n in found} == {"Kota Tangerang", "Kota Tangerang Selatan"}
    text = referral_text(found)
    assert "Disdukcapil Kota Tangerang atau Disdukcapil Kota Tangerang Selatan" in text
    assert referral_text(gazetteer.find_neighbours("ciputat")) == (
        gazetteer.find_neighbours("ciputat")[0].referral()
    )
