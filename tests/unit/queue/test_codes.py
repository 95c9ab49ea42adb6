from __future__ import annotations

from bot.queue.codes import ALPHABET, looks_like_code, new_code, normalise_code


def test_a_ticket_code_is_the_queue_a_dash_and_six_characters_without_look_alikes() -> None:
    for _ in range(500):
        code = new_code("KTP")
        queue, rest = code.split("-")
        assert queue == "KTP" and len(rest) == 6
        assert not set(rest) & set("0O1I")
        assert set(rest) <= set(ALPHABET)


def test_codes_are_not_guessable_from_each_other() -> None:
    codes = {new_code("KK") for _ in range(2000)}
    assert len(codes) == 2000


def test_a_typed_code_is_normalised_and_recognised() -> None:
    assert normalise_code(" ktp-7qx4m2 ") == "KTP-7QX4M2"
    assert looks_like_code("ktp-7qx4m2")
    assert not looks_like_code("KTP-7QX0M2")
