"""Requirement and FAQ answers: coverage, careful wording, catalog formats, load errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import KnowledgeError, UnknownTopic
from bot.reference.catalog import Catalog
from bot.reference.knowledge import Knowledge, default_knowledge, load_knowledge

REQUIRED = [
    "syarat_kk_baru",
    "syarat_kk_perubahan_data",
    "syarat_kk_hilang_rusak",
    "syarat_ktp_pemula",
    "syarat_ktp_hilang",
    "syarat_ktp_rusak",
    "syarat_ktp_perubahan_data",
    "syarat_kia_balita",
    "syarat_kia_anak",
    "syarat_pindah_keluar",
    "syarat_pindah_datang",
    "pindah_dalam_kabupaten",
    "biaya",
    "jam_layanan",
    "lokasi_layanan",
    "lama_proses",
    "arti_alasan",
    "ikd",
    "pengantar_rt_rw",
    "surat_kehilangan",
    "luar_kabupaten",
    "keputusan_petugas",
    "cek_status",
    "privasi",
    "format_kk",
    "format_ktp",
    "format_kia",
    "format_skpwni",
    "format_skdwn",
    "usia_ktp",
    "diwakilkan",
    "pungli",
    "fotokopi",
    "formulir",
    "dasar_hukum",
    "nikah_belum_tercatat",
    "biodata_belum_terdata",
    "masa_berlaku_ktp",
    "cara_mengajukan",
    "layanan_lain",
]


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return default_knowledge()


def test_there_are_at_least_40_topics_with_unique_ids(knowledge: Knowledge) -> None:
    ids = [t.id for t in knowledge.topics]
    assert len(ids) >= 40
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("topic_id", REQUIRED)
def test_each_topic_the_issue_asks_for_exists_and_is_short_indonesian(
    knowledge: Knowledge, topic_id: str
) -> None:
    topic = knowledge.answer(topic_id)
    assert topic.title and topic.answer
    assert len(topic.answer) <= 700
    assert "the " not in topic.answer.lower().split("format:")[0]


def test_every_service_has_a_requirement_checklist(knowledge: Knowledge, catalog: Catalog) -> None:
    for service in catalog:
        topic = knowledge.requirements_for(service.code)
        assert topic.layanan == service.code
        assert topic.checklist


@pytest.mark.parametrize(
    ("layanan", "alasan", "age", "expected"),
    [
        ("KTP", "PEMULA", None, "syarat_ktp_pemula"),
        ("KTP", "HILANG", None, "syarat_ktp_hilang"),
        ("KTP", "RUSAK", None, "syarat_ktp_rusak"),
        ("KTP", None, None, "syarat_ktp"),
        ("ktp", "hilang", None, "syarat_ktp_hilang"),
        ("KK", None, None, "syarat_kk_baru"),
        ("KK", "HILANG", None, "syarat_kk_hilang_rusak"),
        ("KK", "RUSAK", None, "syarat_kk_hilang_rusak"),
        ("KIA", None, 0, "syarat_kia_balita"),
        ("KIA", None, 4, "syarat_kia_balita"),
        ("KIA", None, 5, "syarat_kia_anak"),
        ("KIA", None, 16, "syarat_kia_anak"),
        ("KIA", None, None, "syarat_kia"),
        ("SKPWNI", None, None, "syarat_pindah_keluar"),
        ("SKDWN", None, None, "syarat_pindah_datang"),
    ],
)
def test_requirements_for_picks_the_checklist_by_reason_and_age(
    knowledge: Knowledge, layanan: str, alasan: str | None, age: int | None, expected: str
) -> None:
    assert knowledge.requirements_for(layanan, alasan, age).id == expected


def test_the_kia_photo_is_asked_only_from_five_years(knowledge: Knowledge) -> None:
    assert not any("foto" in c for c in knowledge.requirements_for("KIA", age=2).checklist)
    assert any("foto" in c for c in knowledge.requirements_for("KIA", age=8).checklist)


def test_uncertain_topics_carry_the_careful_phrase(knowledge: Knowledge) -> None:
    uncertain = [t for t in knowledge.topics if t.uncertain]
    assert {
        "jam_layanan",
        "lama_proses",
        "denda_keterlambatan",
        "diwakilkan",
        "pungli",
        "usia_ktp",
        "formulir",
        "kk_kertas_hvs",
        "syarat_kia_anak",
    } <= {t.id for t in uncertain}
    for topic in uncertain:
        assert "sesuai ketentuan yang berlaku" in topic.answer
        assert "pengumuman resmi" in topic.answer


def test_format_topics_contain_the_exact_catalog_template_and_example(
    knowledge: Knowledge, catalog: Catalog
) -> None:
    for service in catalog:
        topic = knowledge.answer(f"format_{service.code.lower()}")
        assert service.template in topic.answer
        assert service.example_line() in topic.answer


def test_the_cost_answer_cites_the_articles_of_uu_24_2013(knowledge: Knowledge) -> None:
    answer = knowledge.answer("biaya").answer
    assert "GRATIS" in answer and "79A" in answer and "95B" in answer


def test_the_hours_answer_gives_the_2022_hours(knowledge: Knowledge) -> None:
    assert "08.00" in knowledge.answer("jam_layanan").answer


def test_the_assistant_never_claims_to_approve(knowledge: Knowledge) -> None:
    assert "tidak menyetujui" in knowledge.answer("keputusan_petugas").answer
    for topic in knowledge.topics:
        assert "disetujui" not in topic.answer.lower()


def test_the_text_lists_the_checklist_under_the_answer(knowledge: Knowledge) -> None:
    text = knowledge.answer("syarat_ktp_hilang").text()
    assert "Yang perlu disiapkan:" in text and "- Surat keterangan kehilangan" in text


def test_an_unknown_topic_raises_unknown_topic_which_is_a_key_error(
    knowledge: Knowledge,
) -> None:
    with pytest.raises(UnknownTopic) as caught:
        knowledge.answer("syarat_paspor")
    assert isinstance(caught.value, KeyError)
    assert "syarat_paspor" in str(caught.value)
    with pytest.raises(UnknownTopic):
        knowledge.requirements_for("PASPOR")


def test_the_default_knowledge_is_loaded_once(knowledge: Knowledge) -> None:
    assert default_knowledge() is knowledge


GOOD = """
careful: "sesuai ketentuan yang berlaku, mohon cek pengumuman resmi"
topics:
{topics}
"""
R = "keywords: [k], examples: [a b, c d, e f]"
DEFAULTS = "\n".join(
    f"  - {{id: syarat_{c.lower()}, title: T, answer: A, for: {{layanan: {c}, default: true}}, checklist: [KK], {R}}}"
    for c in ("KK", "KTP", "KIA", "SKPWNI", "SKDWN")
)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  - {id: biaya_x, title: Biaya}", "topic biaya_x: missing 'answer'"),
        ("  - {id: Bad-Id, title: T, answer: A}", "topic Bad-Id: 'id' must be"),
        (
            f"  - {{id: jam_x, title: T, answer: Jam 08.00, uncertain: true, {R}}}",
            "topic jam_x: uncertain topics must say",
        ),
        (
            f"  - {{id: format_x, title: T, answer: A, format: PASPOR, {R}}}",
            "topic format_x: unknown",
        ),
        (
            f"  - {{id: syarat_x, title: T, answer: A, for: {{layanan: KTP}}, {R}}}",
            "topic syarat_x: a requirement topic needs a 'checklist'",
        ),
        (f"  - {{id: syarat_kk, title: T, answer: A, {R}}}", "topic syarat_kk: duplicate id"),
        (
            f"  - {{id: list_x, title: T, answer: A, checklist: KK, {R}}}",
            "topic list_x: 'checklist'",
        ),
        ("  - just text", "topic #6: must be a mapping"),
        (
            "  - {id: kw_x, title: T, answer: A, examples: [a, b, c]}",
            "topic kw_x: 'keywords' needs at least 1",
        ),
        (
            "  - {id: ex_x, title: T, answer: A, keywords: [k], examples: [a, b]}",
            "topic ex_x: 'examples' needs at least 3",
        ),
        (
            "  - {id: ex_y, title: T, answer: A, keywords: [k], examples: [a, 3, c]}",
            "topic ex_y: 'examples' must be a list of non-empty strings",
        ),
        (
            f"  - {{id: about_x, title: T, answer: A, about: {{layanan: [PASPOR]}}, {R}}}",
            "topic about_x: unknown service 'PASPOR' in 'about'",
        ),
        (
            f"  - {{id: about_y, title: T, answer: A, about: {{alasan: [BOSAN]}}, {R}}}",
            "topic about_y: unknown reason in 'about'",
        ),
        (
            f"  - {{id: about_z, title: T, answer: A, about: {{kota: [X]}}, {R}}}",
            "topic about_z: 'about' must be a mapping",
        ),
        (
            f"  - {{id: intent_x, title: T, answer: A, intents: [Tanya Biaya], {R}}}",
            "topic intent_x: 'intents' must be Rasa intent names",
        ),
    ],
)
def test_a_malformed_file_fails_at_load_naming_the_entry(
    tmp_path: Path, entry: str, message: str
) -> None:
    path = tmp_path / "knowledge.yml"
    path.write_text(GOOD.format(topics=DEFAULTS + "\n" + entry), "utf-8")
    with pytest.raises(KnowledgeError, match=message.replace("(", r"\(")):
        load_knowledge(path)


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ("language: [yg]", "language: must be a mapping"),
        ("language: {words: {yg: [yang]}}", r"language.words: must map words to words"),
        ("language: {words: {ga usah: tidak}}", "has several words"),
        ("language: {stopwords: [min, 3]}", "'stopwords' must be a list of non-empty strings"),
    ],
)
def test_a_malformed_language_section_fails_at_load(
    tmp_path: Path, section: str, message: str
) -> None:
    path = tmp_path / "knowledge.yml"
    path.write_text(GOOD.format(topics=DEFAULTS) + section + "\n", "utf-8")
    with pytest.raises(KnowledgeError, match=message):
        load_knowledge(path)


def test_every_topic_has_keywords_and_at_least_three_examples(knowledge: Knowledge) -> None:
    for topic in knowledge.topics:
        assert topic.keywords, topic.id
        assert len(topic.examples) >= 3, topic.id


def test_every_point_of_the_notes_has_its_topic(knowledge: Knowledge) -> None:
    """Each point of persyaratan_notes.md is answered by the topic named here."""
    points = {
        "usia_ktp": ["17 tahun", "Pasal 63"],
        "biaya": ["79A", "95B"],
        "denda_keterlambatan": ["Denda"],
        "dasar_hukum": [
            "Perpres 96/2018",
            "108/2019",
            "109/2019",
            "19/2018",
            "7/2019",
            "470/13287",
        ],
        "formulir": ["F-1.01", "F-1.02", "F-1.03", "F-1.04", "F-1.05"],
        "pengantar_rt_rw": ["RT/RW", "Pasal 4"],
        "fotokopi": ["fotokopi"],
        "biodata_belum_terdata": ["F-1.01", "Pasal 4"],
        "syarat_ktp_pemula": ["Pasal 15", "langsung"],
        "syarat_ktp_hilang": ["kepolisian", "rekam ulang", "luar domisili"],
        "surat_kehilangan": ["belum terkonfirmasi", "Polsek"],
        "syarat_ktp_rusak": ["rusak", "diserahkan"],
        "syarat_ktp_perubahan_data": ["bukti peristiwa"],
        "syarat_pindah_datang": ["SKPWNI", "tidak keberatan", "daring"],
        "ktp_luar_domisili": ["Pasal 22"],
        "ikd": ["72/2022", "QR"],
        "syarat_kk_baru": ["Pasal 11", "luar negeri", "naturalisasi", "rentan"],
        "nikah_belum_tercatat": ["SPTJM", "F-1.05"],
        "syarat_kk_perubahan_data": ["kelahiran", "kematian"],
        "syarat_kk_hilang_rusak": ["Pasal 13"],
        "kk_kertas_hvs": ["HVS", "dilaminasi"],
        "syarat_kia": ["2/2016", "5 tahun"],
        "syarat_kia_balita": ["akta kelahiran"],
        "syarat_kia_anak": ["2x3"],
        "syarat_pindah_keluar": ["Pasal 25", "F-1.03", "di bawah 17", "tidak ditarik"],
        "pindah_dalam_kabupaten": ["tidak perlu SKPWNI"],
        "lokasi_layanan": ["Tigaraksa", "29 kecamatan"],
        "jam_layanan": ["08.00", "Ramadan"],
        "lama_proses": ["1 sampai 24 jam"],
        "luar_kabupaten": ["Kota Tangerang Selatan"],
        "cara_mengajukan": ["7/2019"],
    }
    for topic_id, facts in points.items():
        answer = knowledge.answer(topic_id).answer
        for fact in facts:
            assert fact.lower() in answer.lower(), (topic_id, fact)


def test_the_new_topics_of_issue_8_are_careful_where_the_notes_are(knowledge: Knowledge) -> None:
    for topic_id in ("diwakilkan", "pungli", "usia_ktp"):
        assert knowledge.answer(topic_id).uncertain
    represented = knowledge.answer("diwakilkan").answer
    assert "tidak bisa diwakilkan" in represented
    fees = knowledge.answer("pungli").answer
    assert "gratis" in fees and "79A" in fees and "lapor.go.id" in fees


def test_a_service_without_requirements_is_told_to_ask_an_officer(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.yml"
    path.write_text(GOOD.format(topics=DEFAULTS.rsplit("\n", 1)[0]), "utf-8")
    topic = load_knowledge(path).requirements_for("SKDWN")
    assert topic.layanan == "SKDWN" and topic.title == "Persyaratan Surat Pindah Datang"
    assert topic.checklist == (
        "Persyaratan Surat Pindah Datang belum tercatat di asisten ini; mohon tanyakan ke "
        "petugas Disdukcapil.",
    )


def test_a_file_that_is_not_yaml_fails(tmp_path: Path) -> None:
    path = tmp_path / "knowledge.yml"
    path.write_text("topics: [unclosed", "utf-8")
    with pytest.raises(KnowledgeError, match="not valid YAML"):
        load_knowledge(path)
