from __future__ import annotations

import logging
from datetime import date

import pytest

from bot.errors import InvalidNumber
from bot.intake.identity import (
    install_log_masking,
    mask,
    mask_text,
    parse_kk,
    parse_nik,
    repair_lookalikes,
)
from devtools.synthetic import make_kk, make_nik
from tests.conftest import TODAY


def test_a_mans_nik_gives_his_birth_date_and_sex() -> None:
    nik = parse_nik(make_nik("360318", date(1990, 5, 7)), today=TODAY)
    assert (nik.sex, nik.date, nik.kecamatan, nik.age_on(TODAY)) == (
        "L",
        date(1990, 5, 7),
        "Cikupa",
        36,
    )


def test_a_womans_nik_has_forty_added_to_the_day() -> None:
    number = make_nik("360318", date(1999, 8, 17), female=True)
    assert number[6:8] == "57"
    nik = parse_nik(number, today=TODAY)
    assert (nik.sex, nik.date) == ("P", date(1999, 8, 17))


def test_the_century_is_inferred_so_the_birth_date_is_not_in_the_future() -> None:
    assert parse_nik(make_nik(born=date(2012, 1, 3)), today=TODAY).date.year == 2012
    assert parse_nik(make_nik(born=date(1945, 1, 3)), today=TODAY).date.year == 1945


@pytest.mark.parametrize(
    "typed",
    [
        "3603 1857 0899 9001",
        "3603.1857.0899.9001",
        "3603-1857-0899-9001",
        "３６０３１８５７０８９９９００１",
        "٣٦٠٣١٨٥٧٠٨٩٩٩٠٠١",
        "۳۶۰۳۱۸۵۷۰۸۹۹۹۰۰۱",
        " 3603185708999001 ",
    ],
)
def test_numbers_are_normalised_from_how_people_type_them(typed: str) -> None:
    assert parse_nik(typed, today=TODAY).digits == "3603185708999001"


@pytest.mark.parametrize(
    ("typed", "code", "position"),
    [
        ("360318570899900", "panjang_salah", None),
        ("36031857089990011", "panjang_salah", None),
        ("36031857O8999001", "huruf_mirip_angka", 9),
        ("I603185708999001", "huruf_mirip_angka", 1),
        ("36031857089990l1", "huruf_mirip_angka", 15),
        ("3603185708999x01", "karakter_salah", 14),
        ("9903185708999001", "provinsi_tidak_dikenal", None),
        ("3699185708999001", "kabkota_tidak_dikenal", None),
        ("3603003108999001", "kecamatan_kosong", None),
        ("3603183102999001", "tanggal_salah", None),
        ("3603187102999001", "tanggal_salah", None),
        ("3603183213999001", "tanggal_salah", None),
        ("3603180000999001", "tanggal_salah", None),
        ("3603185708990000", "nomor_urut_nol", None),
        ("", "kosong", None),
    ],
)
def test_a_wrong_nik_says_what_is_wrong(typed: str, code: str, position: int | None) -> None:
    with pytest.raises(InvalidNumber) as caught:
        parse_nik(typed, today=TODAY)
    assert caught.value.code == code
    assert caught.value.position == position
    if position:
        assert f"posisi ke-{position}" in caught.value.message


def test_the_length_message_counts_the_digits_sent() -> None:
    with pytest.raises(InvalidNumber, match="NIK harus 16 angka; yang Bapak/Ibu kirim 15 angka"):
        parse_nik("360318570899900", today=TODAY)


def test_a_kk_number_has_no_plus_forty_rule() -> None:
    assert parse_kk(make_kk(recorded=date(2015, 4, 12)), today=TODAY).date == date(2015, 4, 12)
    with pytest.raises(InvalidNumber, match="tanggal"):
        parse_kk("3603185204159003", today=TODAY)


def test_a_kk_date_in_the_future_is_refused_in_both_centuries() -> None:
    kk = parse_kk(make_kk(recorded=date(2027, 1, 1)), today=TODAY)
    assert kk.date == date(1927, 1, 1)


def test_a_nik_from_another_region_is_valid_and_knows_its_region() -> None:
    nik = parse_nik(make_nik("320101"), today=TODAY)
    assert not nik.in_office
    assert nik.kabkota == "Kabupaten Bogor" and nik.province == "Jawa Barat"


def test_a_pre_split_kecamatan_code_is_not_an_error() -> None:
    nik = parse_nik(make_nik("360321"), today=TODAY)
    assert nik.in_office and nik.kecamatan is None


def test_masking_keeps_region_and_serial_only() -> None:
    assert mask("3603185708999001") == "360318******9001"
    assert mask("3603 1857 0899 9001") == "360318******9001"
    assert "0899" not in mask("12345")


@pytest.mark.parametrize("typed", ["iya siap", "oke", "ok", "isi", "belum tau", "ya", "sudah"])
def test_words_with_no_digit_ask_for_the_number_gently(typed: str) -> None:
    with pytest.raises(InvalidNumber) as caught:
        parse_nik(typed, today=TODAY)
    assert caught.value.code == "bukan_angka"
    assert caught.value.position is None
    assert caught.value.message.startswith("Mohon tulis NIK 16 angka")
    assert "Contoh: 3603" in caught.value.message
    assert "posisi" not in caught.value.message


def test_the_gentle_kk_message_says_where_the_number_is() -> None:
    with pytest.raises(InvalidNumber, match="Mohon tulis No. KK 16 angka .*Kartu Keluarga"):
        parse_kk("iya siap", today=TODAY)


@pytest.mark.parametrize(
    "typed",
    [
        "nik saya 3603185708999001",
        "NIK: 3603185708999001",
        "NIK:3603185708999001",
        "iya 3603 1857 0899 9001",
        "ini nik nya 3603-1857-0899-9001 ya",
        "nik3603185708999001",
    ],
)
def test_words_beside_the_number_are_left_out(typed: str) -> None:
    assert parse_nik(typed, today=TODAY).digits == "3603185708999001"


@pytest.mark.parametrize(
    ("typed", "digits"),
    [
        ("36O3185708999OO1", "3603185708999001"),
        ("3603 18S7 0899 9001", "3603185708999001"),
        ("I6031857O8999001", "1603185708999001"),
    ],
)
def test_look_alike_letters_are_repaired_in_a_token_that_is_mostly_digits(
    typed: str, digits: str
) -> None:
    assert repair_lookalikes(typed) == digits


@pytest.mark.parametrize("typed", ["oke", "iya siap", "SISI", "OOO", "BOLO", "is 1"])
def test_words_are_never_repaired_into_numbers(typed: str) -> None:
    assert repair_lookalikes(typed) is None


@pytest.mark.parametrize(
    "written",
    [
        "3603185708999001",
        "3603 1857 0899 9001",
        "3603.1857.0899.9001",
        "3603-1857-0899-9001",
        "360318 570899 9001",
        "3603 - 1857 - 0899 - 9001",
        "3603/1857/0899/9001",
    ],
)
def test_a_nik_in_free_text_is_masked_however_it_is_grouped(written: str) -> None:
    masked = mask_text(f"NIK saya {written}, terima kasih")
    assert masked == "NIK saya 360318******9001, terima kasih"


def test_two_numbers_side_by_side_are_both_masked() -> None:
    assert mask_text("3603185708999001 3603181204150003") == "360318******9001 360318******0003"
    assert "5708" not in mask_text("36031857089990013603181204150003")


def test_a_nik_with_a_digit_too_many_or_too_few_is_hidden_entirely() -> None:
    assert mask_text("nik 3603 1857 0899 90012") == "nik **** **** **** *****"
    assert mask_text("nik 360318570899900") == "nik ***************"


def test_dates_phone_numbers_and_ticket_codes_beside_a_nik_stay_readable() -> None:
    text = "lahir 17-08-1999, hp 0812 8237 2016, kode KTP-7QX4M2, NIK 3603 1857 0899 9001"
    assert mask_text(text) == (
        "lahir 17-08-1999, hp 0812 8237 2016, kode KTP-7QX4M2, NIK 360318******9001"
    )


def test_log_records_of_any_logger_are_masked_once_installed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    install_log_masking()
    install_log_masking()  # idempotent
    with caplog.at_level(logging.INFO):
        logging.getLogger("rasa.core.processor").info(
            "Received user message '%s'", "3603.1857.0899.9001"
        )
    assert caplog.records[-1].getMessage() == "Received user message '360318******9001'"
