"""The conversation corpus and the NLU holdout: their format, their size, and that nothing
of what they test on was trained on. No servers; fast."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.intake.parser import parse
from tests.conversations.corpus import (
    CATEGORIES,
    CONTROLS,
    Conversation,
    CorpusError,
    load_corpus,
    load_split,
)
from tests.conversations.simulate import _approves, _says_office
from tests.holdout.messages import holdout, normalise, training_messages


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[Conversation]]:
    return load_corpus()


def said_by_the_person(conv: Conversation) -> list[str]:
    """Turns and answers (the confirmation word, "ya" by default, is left out)."""
    return [*conv.turns, *conv.answers.values()]


# --- size and coverage ---------------------------------------------------------------------
def test_the_dev_split_holds_at_least_160_conversations(corpus) -> None:
    assert len(corpus["dev"]) >= 160


def test_the_test_split_holds_at_least_140_conversations(corpus) -> None:
    assert len(corpus["test"]) >= 140


def test_both_splits_together_hold_at_least_300_conversations(corpus) -> None:
    assert len(corpus["dev"]) + len(corpus["test"]) >= 300


def test_ids_are_unique_across_both_splits(corpus) -> None:
    ids = [c.id for convs in corpus.values() for c in convs]
    assert len(ids) == len(set(ids))


def test_every_category_is_in_the_dev_split(corpus) -> None:
    assert {c.category for c in corpus["dev"]} == set(CATEGORIES)


def test_every_persona_is_in_the_dev_split(corpus) -> None:
    assert {c.persona for c in corpus["dev"]} == {"resident", "helper", "first_timer"}


def test_every_control_kind_and_every_service_is_in_the_dev_split(corpus) -> None:
    assert {c.control for c in corpus["dev"] if c.control} == set(CONTROLS)
    services = {c.line.split("#")[1] for c in corpus["dev"] if c.line}
    assert services == {"KK", "KTP", "KIA", "SKPWNI", "SKDWN"}
    reasons = {c.line.split("#")[-2] for c in corpus["dev"] if c.line and "#KTP#" in c.line}
    assert reasons == {"PEMULA", "HILANG", "RUSAK"}


def test_every_expected_line_is_a_valid_canonical_line(corpus) -> None:
    for conv in (c for convs in corpus.values() for c in convs if c.line):
        verdict = parse(conv.line)
        assert verdict.ok and verdict.canonical == conv.line, conv.id


def test_every_dev_number_is_synthetic(corpus) -> None:
    """16-digit numbers in the dev split come from devtools.synthetic (serials 9xxx); a
    number the person mistyped and then corrects is one digit off a synthetic one."""
    for conv in corpus["dev"]:
        text = " ".join([*said_by_the_person(conv), conv.line or ""])
        numbers = re.findall(r"(?<!\d)\d{16}(?!\d)", re.sub(r"(?<=\d)[ .\-–](?=\d)", "", text))
        synthetic = {n for n in numbers if n[12] == "9"}
        for number in set(numbers) - synthetic:
            assert any(_one_digit_off(number, s) for s in synthetic), (conv.id, number[:6])


def _one_digit_off(a: str, b: str) -> bool:
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


# --- nothing tested on was trained on --------------------------------------------------------
def test_no_test_utterance_appears_in_the_training_data(corpus) -> None:
    trained = training_messages()
    overlap = {
        (c.id, text)
        for c in corpus["test"]
        for text in said_by_the_person(c)
        if normalise(text) in trained
    }
    assert not overlap


def test_no_test_utterance_is_a_holdout_test_message(corpus) -> None:
    held = {normalise(text) for _intent, text in holdout("test")}
    overlap = {
        (c.id, text)
        for c in corpus["test"]
        for text in said_by_the_person(c)
        if normalise(text) in held
    }
    assert not overlap


def test_no_holdout_message_appears_in_the_training_data() -> None:
    trained = training_messages()
    for split in ("dev", "test"):
        assert not [t for _i, t in holdout(split) if normalise(t) in trained], split


def test_the_holdout_halves_share_no_message_and_hold_150_or_more() -> None:
    dev = {normalise(t) for _i, t in holdout("dev")}
    test = {normalise(t) for _i, t in holdout("test")}
    assert not dev & test
    assert len(dev) + len(test) >= 150
    assert {i for i, _t in holdout("dev")} == {i for i, _t in holdout("test")}


def test_normalising_ignores_case_punctuation_spacing_and_markup() -> None:
    assert normalise('[KTP](layanan)  sy [ilang]{"entity": "alasan"}, gmn??') == "ktp sy ilang gmn"


# --- the loader refuses what the format does not allow ---------------------------------------
def _write(root: Path, split: str, body: str) -> None:
    (root / split).mkdir(parents=True, exist_ok=True)
    (root / split / "a.yml").write_text(body, encoding="utf-8")


GOOD = """conversations:
  - id: {id}
    category: cancel
    persona: resident
    turns: ["mau urus kk", "batal"]
    expect: {{control: cancel}}
"""


def test_a_good_file_loads_with_the_defaults(tmp_path: Path) -> None:
    _write(tmp_path, "dev", GOOD.format(id="x-1"))
    (conv,) = load_split("dev", tmp_path)
    assert (conv.confirm, conv.missing, conv.kind, conv.control) == ("ya", 0, "control", "cancel")


def test_an_id_in_both_splits_is_refused(tmp_path: Path) -> None:
    _write(tmp_path, "dev", GOOD.format(id="same"))
    _write(tmp_path, "test", GOOD.format(id="same"))
    with pytest.raises(CorpusError, match="same"):
        load_corpus(root=tmp_path)


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        ("category: cancel", "category: chit_chat", "unknown category"),
        ("persona: resident", "persona: robot", "unknown persona"),
        ("{control: cancel}", "{control: cancel, facts: [[a]]}", "exactly one"),
        ("{control: cancel}", "{control: referral}", "referral_to"),
        ("{control: cancel}", "{control: correction}", "corrected line"),
        ("{control: cancel}", '{line: "#KK#123#BUDI#BITUNG JAYA#CIKUPA"}', "canonical"),
        ("{control: cancel}", "{facts: []}", "facts"),
        ('turns: ["mau urus kk", "batal"]', "turns: []", "turns"),
        ("expect:", "answers: {umur: '17'}\n    expect:", "unknown fields"),
    ],
)
def test_a_malformed_conversation_is_refused(
    tmp_path: Path, replace: str, by: str, message: str
) -> None:
    _write(tmp_path, "dev", GOOD.format(id="bad").replace(replace, by))
    with pytest.raises(CorpusError, match=message):
        load_split("dev", tmp_path)


# --- the verdicts the bench relies on ----------------------------------------------------------
def test_an_approval_is_caught_but_a_denial_of_approval_is_not() -> None:
    assert _approves("Permohonan Bapak/Ibu sudah disetujui.")
    assert not _approves("Asisten tidak bisa menyatakan permohonan disetujui; petugas memutuskan.")
    assert not _approves("Permohonan belum disetujui; petugas yang memeriksa.")


def test_a_referral_to_kota_tangerang_is_not_one_to_tangerang_selatan() -> None:
    assert _says_office(["Silakan ke Disdukcapil Kota Tangerang."], "Kota Tangerang")
    assert not _says_office(["Silakan ke Disdukcapil Kota Tangerang Selatan."], "Kota Tangerang")
    assert _says_office(["... Kota Tangerang Selatan ..."], "Kota Tangerang Selatan")
