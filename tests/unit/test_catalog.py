from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import CatalogError
from bot.intake.parser import parse
from bot.reference.catalog import Catalog, load_catalog
from devtools.synthetic import make_nik

OFFICE_TABLE = {
    "KK": ("KK", "#KK#NO_KK#NAMA KEPALA KELUARGA#DESA#KECAMATAN"),
    "KTP": ("KTP", "#KTP#NIK#NO_KK#NAMA#DESA#KECAMATAN#PEMULA/HILANG/RUSAK#"),
    "KIA": ("KIA", "#KIA#NIK#NO_KK#NAMA#DESA#KECAMATAN"),
    "SKPWNI": ("PINDAH", "#SKPWNI#NIK#NO_KK#NAMA#ALAMAT_PINDAH"),
    "SKDWN": ("PINDAH", "#SKDWN#NO_SKPWNI#KEPERLUAN"),
}


def test_the_catalog_holds_the_office_table_exactly(catalog: Catalog) -> None:
    assert {s.code: (s.queue, s.template) for s in catalog} == OFFICE_TABLE


def test_only_the_ktp_template_ends_with_a_hash(catalog: Catalog) -> None:
    assert [s.code for s in catalog if s.trailing_hash] == ["KTP"]


def test_field_names_follow_the_contract(catalog: Catalog) -> None:
    assert catalog["KTP"].field_names == ("nik", "no_kk", "nama", "desa", "kecamatan", "alasan")
    assert catalog["KK"].field_names == ("no_kk", "nama_kepala_keluarga", "desa", "kecamatan")
    assert catalog["SKPWNI"].field_names == ("nik", "no_kk", "nama", "alamat_pindah")
    assert catalog["SKDWN"].field_names == ("no_skpwni", "keperluan")


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("E-KTP", "KTP"),
        ("ektp", "KTP"),
        ("KTP-EL", "KTP"),
        ("ktpel", "KTP"),
        ("Kartu Keluarga", "KK"),
        ("pindah keluar", "SKPWNI"),
        ("Pindah Datang", "SKDWN"),
        ("kia", "KIA"),
    ],
)
def test_code_aliases_name_their_service(catalog: Catalog, alias: str, code: str) -> None:
    service = catalog.lookup(alias)
    assert service is not None and service.code == code


def test_ktp_reasons_have_their_synonyms(catalog: Catalog) -> None:
    reasons = catalog["KTP"].reasons
    assert set(reasons) == {"PEMULA", "HILANG", "RUSAK"}
    assert {"BARU", "PERTAMA"} <= set(reasons["PEMULA"])
    assert {"KEHILANGAN", "ILANG"} <= set(reasons["HILANG"])
    assert {"PATAH"} <= set(reasons["RUSAK"])


SIXTH_SERVICE = """
  - code: AKTA
    title: Akta Kelahiran
    queue: AKTA
    template: "#AKTA#NIK#NAMA#DESA#KECAMATAN"
    fields:
      - {name: nik, type: nik, label: NIK, example: "3603185708990002"}
      - {name: nama, type: name, label: Nama, example: BUDI}
      - {name: desa, type: desa, label: Desa, example: BITUNG JAYA}
      - {name: kecamatan, type: kecamatan, label: Kecamatan, example: CIKUPA}
    aliases: [AKTA LAHIR]
"""


def test_a_sixth_service_is_an_edit_of_the_catalog_only(tmp_path: Path) -> None:
    packaged = (
        Path(__file__).parents[2] / "bot" / "reference" / "catalog" / "services.yml"
    ).read_text()
    path = tmp_path / "services.yml"
    path.write_text(packaged + SIXTH_SERVICE)
    catalog = load_catalog(path)
    nik = make_nik()
    verdict = parse(f"#akta lahir#{nik}#budi#bitung jaya#cikupa", catalog=catalog)
    assert verdict.ok, verdict.errors
    assert verdict.canonical == f"#AKTA#{nik}#BUDI#BITUNG JAYA#CIKUPA"
    assert catalog["AKTA"].queue == "AKTA"


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "  - code: X1\n    title: T\n    queue: Q\n    template: '#X1#A'\n",
            "service X1: missing 'fields'",
        ),
        (
            "  - code: X2\n    title: T\n    queue: Q\n    template: '#X2#A'\n    fields:\n      - {name: a, type: colour, example: x}\n",
            "service X2 field a: unknown type",
        ),
        (
            "  - code: X3\n    title: T\n    queue: Q\n    template: '#X3#A#B'\n    fields:\n      - {name: a, type: text, example: x}\n",
            "service X3: template has 2 fields",
        ),
        (
            "  - code: X4\n    title: T\n    queue: Q\n    template: '#X4#A'\n    fields:\n      - {name: a, type: reason, example: x}\n",
            "service X4: a 'reason' field needs",
        ),
        (
            "  - code: X5\n    title: T\n    queue: Q\n    template: '#X5#A'\n    fields:\n      - {name: a, type: text, example: x}\n    aliases: [KTP]\n",
            "alias 'KTP' is already used",
        ),
    ],
)
def test_a_malformed_catalog_fails_at_load_naming_the_entry(
    tmp_path: Path, entry: str, expected: str
) -> None:
    packaged = (
        Path(__file__).parents[2] / "bot" / "reference" / "catalog" / "services.yml"
    ).read_text()
    path = tmp_path / "services.yml"
    path.write_text(packaged + entry)
    with pytest.raises(CatalogError, match=expected.replace("'", ".").replace("(", r"\(")):
        load_catalog(path)


def test_a_catalog_that_is_not_yaml_fails_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("services: [\n")
    with pytest.raises(CatalogError, match="bad.yml"):
        load_catalog(path)
