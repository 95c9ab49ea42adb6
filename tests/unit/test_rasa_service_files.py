"""The Rasa files that name the services are generated from the catalog and kept current."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import write_rasa_services  # noqa: E402

AKTA = """
  - code: AKTA
    title: Akta Kelahiran
    queue: AKTA
    template: "#AKTA#NIK#NAMA_AYAH#DESA#KECAMATAN"
    fields:
      - {name: nik, type: nik, label: NIK anak, example: "3603184403180001"}
      - {name: nama_ayah, type: name, label: Nama ayah, example: BUDI SANTOSO}
      - {name: desa, type: desa, label: Desa/kelurahan, example: BITUNG JAYA}
      - {name: kecamatan, type: kecamatan, label: Kecamatan, example: CIKUPA}
    aliases: [AKTA LAHIR, AKTA KELAHIRAN]
"""


def test_the_generated_rasa_files_match_the_catalog() -> None:
    for path, text in write_rasa_services.rendered().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.relative_to(ROOT)} is stale: run scripts/write_rasa_services.py"
        )


def copy_of_the_project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    for name in (
        "domain.yml",
        "bot/reference/catalog/services.yml",
        "bot/reference/catalog/nlu.yml",
    ):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, root / name)
    return root


def test_a_sixth_service_gets_its_intent_rule_examples_and_slots(tmp_path: Path) -> None:
    root = copy_of_the_project(tmp_path)
    catalog = root / "bot/reference/catalog/services.yml"
    catalog.write_text(catalog.read_text(encoding="utf-8") + AKTA, encoding="utf-8")
    files = {
        p.relative_to(root).as_posix(): t for p, t in write_rasa_services.rendered(root).items()
    }

    domain = yaml.safe_load(files["domain.yml"])
    assert "minta_akta" in domain["intents"] and "nama_ayah" in domain["slots"]
    assert domain["intents"].count("minta_ktp") == 1 and "greet" in domain["intents"]
    rules = yaml.safe_load(files["data/rules/layanan.yml"])["rules"]
    assert {"intent": "minta_akta"} in [step for r in rules for step in r["steps"]]
    nlu = yaml.safe_load(files["data/nlu/layanan.yml"])["nlu"]
    akta = next(item for item in nlu if item.get("intent") == "minta_akta")
    assert len(akta["examples"].splitlines()) >= 8
    assert "- mau urus [akta lahir](layanan)" in akta["examples"]
    synonyms = next(item for item in nlu if item.get("synonym") == "AKTA")
    assert "akta kelahiran" in synonyms["examples"]


def test_a_domain_without_its_generated_markers_is_refused() -> None:
    catalog, _ = write_rasa_services.load()
    try:
        write_rasa_services.render_domain("intents:\n  - greet\n", catalog)
    except ValueError as exc:
        assert "no generated block" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("a domain without markers was accepted")
