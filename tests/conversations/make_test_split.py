"""Generate the TEST split of the conversation corpus (issue 8): tests/conversations/test/*.yml.

The messages are hand-written templates; this script only fills in synthetic numbers
(`devtools.synthetic`, region code = the kecamatan of the desa used), computes each expected
canonical line with `bot.intake.parser` (`render`, then `parse(...).canonical`, asserted `.ok`) and
checks every conversation before writing one YAML file per category. The YAML it writes is
committed and self-contained; run this again only to regenerate it:

    .venv/bin/python tests/conversations/make_test_split.py           # write
    .venv/bin/python tests/conversations/make_test_split.py --check   # verify only

`missing` counts the fields the scripted turns leave out. A kecamatan that follows from a desa
that is unique in the kabupaten is not counted (the assistant fills it), but the person still
has an answer ready in `answers` in case it is asked. Helper fields (nama_warga,
telepon_warga) are counted when the scripted turns do not give them.

Do not tune the assistant on this split: it is the holdout (see tests/conversations/dev/).
"""

from __future__ import annotations

import itertools
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz

from bot.intake.parser import parse, render
from bot.reference.catalog import default_catalog
from bot.reference.gazetteer import default_gazetteer
from bot.reference.text import fold_key
from devtools.synthetic import make_kk, make_nik

OUT = Path(__file__).resolve().parent / "test"
CATEGORIES = (
    "formal_one_message",
    "dashed_numbers",
    "name_introduced",
    "half_remembered_format",
    "restate_known_value",
    "name_with_relation",
    "surat_pindah",
    "question_not_form",
    "topic_coverage",
    "referral_by_place",
    "complaint_followup",
    "helper_mode",
    "desa_typo_with_kecamatan",
    "casual_stepwise",
    "correction_at_confirmation",
    "cancel",
    "hash_line",
)
CONTROLS = ("cancel", "referral", "handoff", "no_approval", "no_nik_lookup", "correction")
PERSONAS = ("resident", "helper", "first_timer")
HELPER_FIELDS = ("nama_warga", "telepon_warga")
TODAY = date(2026, 12, 1)
CATALOG = default_catalog()
GAZ = default_gazetteer()
_SERIALS = itertools.count(9101)
CONVERSATIONS: dict[str, list[dict[str, Any]]] = defaultdict(list)


# --- numbers --------------------------------------------------------------------------
def _variants(key: str, d: str) -> dict[str, str]:
    """Ways people type a 16-digit number: plain, grouped, dashed, dotted, mixed, typos."""
    quads = [d[0:4], d[4:8], d[8:12], d[12:16]]
    return {
        key: d,
        f"{key}_sp": " ".join(quads),
        f"{key}_dash": "-".join(quads),
        f"{key}_dot": ".".join(quads),
        f"{key}_d6": f"{d[:6]}-{d[6:12]}-{d[12:]}",
        f"{key}_sp6": f"{d[:6]} {d[6:12]} {d[12:]}",
        f"{key}_mix": f"{d[:4]} {d[4:6]}-{d[6:10]} {d[10:12]}.{d[12:]}",
        f"{key}_o": d[:2] + d[2:].replace("0", "O", 1),
        f"{key}_15": d[:9] + d[10:],
    }


def _born(rng: random.Random, age: str) -> date:
    years = {"adult": (1962, 2004), "pemula": (2007, 2009), "child": (2012, 2021)}
    if age == "baby":
        return date(rng.randint(2022, 2025), rng.randint(1, 10), rng.randint(1, 28))
    low, high = years[age]
    year = rng.randint(low, high)
    month = rng.randint(1, 10) if year == 2009 else rng.randint(1, 12)
    return date(year, month, rng.randint(1, 28))


def _numbers(
    cid: str, region: str, age: str, female: bool, born: date | None = None
) -> dict[str, str]:
    rng = random.Random(cid)
    serial = next(_SERIALS)
    assert serial < 9350, "serials would overflow four digits; widen the ranges"
    born = born or _born(rng, age)
    recorded = date(rng.randint(2008, 2025), rng.randint(1, 12), rng.randint(1, 28))
    nik = make_nik(region, born, female, serial)
    kk = make_kk(region, recorded, serial + 300)
    values = _variants("nik", nik) | _variants("kk", kk)
    values |= _variants("nik_alt", make_nik(region, born, female, serial + 600))
    values |= _variants("kk_alt", make_kk(region, recorded, serial + 650))
    return values


def _region(place: tuple[str, str] | None, kecamatan: str | None = None) -> str:
    if place is not None:
        return GAZ.resolve(*place).kecamatan.code.replace(".", "")
    found = GAZ.find_kecamatan(kecamatan or "Cikupa")
    assert found is not None, kecamatan
    return found.code.replace(".", "")


# --- checks ---------------------------------------------------------------------------
def _all_text(turns: list[str], answers: dict[str, str], confirm: str) -> str:
    return " ".join([*turns, *answers.values(), confirm])


def _check_typo(typo: str, desa: str, kecamatan: str) -> None:
    """The typo is no exact desa of the kecamatan, and one desa there is a clear best match
    (score >= 80, at least 10 points above the next desa of that kecamatan)."""
    kec = GAZ.find_kecamatan(kecamatan)
    assert kec is not None
    assert not any(d.kecamatan == kec for d in GAZ.find_desa(typo)), typo
    scores = sorted(
        ((fuzz.ratio(fold_key(typo), fold_key(d.name)), d.name) for d in GAZ.desa_in(kec)),
        reverse=True,
    )
    (best, name), (second, _) = scores[0], scores[1]
    assert name == desa and best >= 80 and best - second >= 10, (typo, scores[:2])
    assert GAZ.suggest_desa(typo, kec)[0].name == desa, typo


def _check_mentions(text: str, fields: dict[str, str], *, digits: bool, place: bool) -> None:
    upper = re.sub(r"\s+", " ", text.upper())
    squashed = re.sub(r"[\s.\-/]", "", upper)
    for name, value in fields.items():
        if name in ("nik", "no_kk") and digits:
            assert value in squashed, (name, value)
        elif name in ("nama", "nama_kepala_keluarga", "alamat_pindah", "keperluan"):
            assert value in upper, (name, value, upper)
        elif name == "desa" and place:
            assert fold_key(value) in fold_key(text), (name, value)


def _canonical(svc: str, fields: dict[str, str]) -> str:
    service = CATALOG.lookup(svc)
    assert service is not None
    line = render(service, fields)
    verdict = parse(line, today=TODAY)
    assert verdict.ok, (line, verdict.to_dict())
    assert verdict.canonical == line, (line, verdict.canonical)
    return line


# --- builders -------------------------------------------------------------------------
def _emit(
    cid: str,
    cat: str,
    persona: str,
    turns: list[str],
    answers: dict[str, str],
    confirm: str,
    missing: int,
    expect: dict[str, Any],
) -> None:
    assert cat in CATEGORIES, cat
    assert persona in PERSONAS, persona
    assert turns and all(t.strip() for t in turns), cid
    CONVERSATIONS[cat].append(
        {
            "id": f"test-{cid}",
            "category": cat,
            "persona": persona,
            "turns": turns,
            "answers": answers,
            "confirm": confirm,
            "missing": missing,
            "expect": expect,
        }
    )


def req(
    cid: str,
    cat: str,
    svc: str,
    turns: list[str],
    *,
    place: tuple[str, str] | None = None,
    home: str | None = None,
    nama: str = "",
    alasan: str = "",
    alamat: str = "",
    skpwni: str = "",
    keperluan: str = "",
    age: str = "adult",
    born: date | None = None,
    female: bool = False,
    answers: dict[str, str] | None = None,
    confirm: str = "ya",
    missing: int = 0,
    persona: str = "resident",
    control: str | None = None,
    typo: str = "",
    lookalike: bool = False,
) -> None:
    """A request conversation; its expected line is computed from the given values."""
    region = _region(place, home)
    values = _numbers(cid, region, age, female, born) | {
        "alamat": alamat,
        "skpwni": skpwni,
        "keperluan": keperluan,
    }
    desa = GAZ.resolve(*place) if place else None
    fields: dict[str, str] = {}
    if svc != "SKDWN":
        fields["nik"] = values["nik"]
        fields["no_kk"] = values["kk"]
    if svc == "KK":
        del fields["nik"]
        fields["nama_kepala_keluarga"] = nama
    elif svc in ("KTP", "KIA", "SKPWNI"):
        fields["nama"] = nama
    if desa is not None and svc in ("KK", "KTP", "KIA"):
        fields["desa"] = desa.name.upper()
        fields["kecamatan"] = desa.kecamatan.name.upper()
    if svc == "KTP":
        fields["alasan"] = alasan
    if svc == "SKPWNI":
        fields["alamat_pindah"] = alamat.upper()
    if svc == "SKDWN":
        fields["no_skpwni"] = re.sub(r"\s+", "", skpwni.upper())
        fields["keperluan"] = keperluan.upper()
    line = _canonical(svc, fields)
    turns_out = [t.format(**values) for t in turns]
    answers_out = {k: v.format(**values) for k, v in (answers or {}).items()}
    confirm_out = confirm.format(**values)
    service = CATALOG.lookup(svc)
    assert service is not None
    allowed = {*service.field_names, *HELPER_FIELDS, "saran_tempat"}
    assert set(answers_out) <= allowed, (cid, set(answers_out) - allowed)
    assert missing <= len(set(answers_out) - {"saran_tempat"}), cid
    if persona == "helper":
        assert set(HELPER_FIELDS) <= set(answers_out) or missing == 0, cid
    text = _all_text(turns_out, answers_out, confirm_out)
    _check_mentions(text, fields, digits=not lookalike, place=not typo)
    if typo and place:
        _check_typo(typo, *place)
        assert typo.lower() in text.lower(), (cid, typo)
    expect: dict[str, Any] = {"line": line}
    if control == "correction":
        expect = {"control": "correction", "line": line}
    elif control is not None:
        expect = {"control": control}
    _emit(cid, cat, persona, turns_out, answers_out, confirm_out, missing, expect)


def ask(
    cid: str, cat: str, turns: list[str], facts: list[list[str]], persona: str = "resident"
) -> None:
    """A question; each inner list of facts: one of these substrings must be in the replies."""
    assert facts and all(facts), cid
    _emit(cid, cat, persona, turns, {}, "ya", 0, {"facts": facts})


def ctl(
    cid: str,
    cat: str,
    turns: list[str],
    control: str,
    *,
    referral_to: str = "",
    persona: str = "resident",
    confirm: str = "ya",
    kecamatan: str = "Cikupa",
    region: str = "",
    age: str = "adult",
) -> None:
    """A conversation judged by a control (cancel, referral, handoff, no_nik_lookup...)."""
    assert control in CONTROLS, control
    values = _numbers(cid, region or _region(None, kecamatan), age, False)
    turns_out = [t.format(**values) for t in turns]
    expect: dict[str, Any] = {"control": control}
    if control == "referral":
        assert referral_to in ("Kota Tangerang", "Kota Tangerang Selatan"), cid
        expect["referral_to"] = referral_to
    _emit(cid, cat, persona, turns_out, {}, confirm.format(**values), 0, expect)


# --- output ---------------------------------------------------------------------------
class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def _validate(loaded: dict[str, list[dict[str, Any]]]) -> None:
    ids = Counter(c["id"] for convs in loaded.values() for c in convs)
    assert all(n == 1 for n in ids.values()), [i for i, n in ids.items() if n > 1]
    firsts = Counter(c["turns"][0].lower() for convs in loaded.values() for c in convs)
    assert all(n == 1 for n in firsts.values()), [t for t, n in firsts.items() if n > 1]
    for cat, convs in loaded.items():
        assert len(convs) >= 6, (cat, len(convs))
        for c in convs:
            line = c["expect"].get("line")
            if line is not None:
                verdict = parse(line, today=TODAY)
                assert verdict.ok and verdict.canonical == line, (c["id"], line)


def _render(cat: str) -> str:
    return yaml.dump(
        {"conversations": CONVERSATIONS[cat]},
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=1000,
    )


def main(argv: list[str]) -> int:
    """Write the split (default) or, with --check, fail if the files on disk differ."""
    for build in BUILDERS:
        build()
    OUT.mkdir(parents=True, exist_ok=True)
    stale = [
        cat
        for cat in CATEGORIES
        if not (OUT / f"{cat}.yml").exists()
        or (OUT / f"{cat}.yml").read_text("utf-8") != _render(cat)
    ]
    if "--check" in argv:
        if stale:
            print("out of date:", ", ".join(stale))
            return 1
    else:
        for cat in stale:
            (OUT / f"{cat}.yml").write_text(_render(cat), encoding="utf-8")
    loaded = {
        cat: yaml.safe_load((OUT / f"{cat}.yml").read_text("utf-8"))["conversations"]
        for cat in CATEGORIES
    }
    _validate(loaded)
    for cat in CATEGORIES:
        print(f"{cat:28} {len(loaded[cat]):3}")
    print(f"{'total':28} {sum(len(v) for v in loaded.values()):3}")
    return 0


# --- the conversations (hand-written; numbers filled in above) ------------------------
# One call per conversation, kept compact on purpose.
# fmt: off
def formal() -> None:
    c = "formal_one_message"
    req("formal-001", c, "KTP", [
        "Dengan hormat, saya bermaksud mengajukan penggantian KTP elektronik saya yang rusak karena chip tidak terbaca. Berikut data saya: NIK {nik}, Nomor KK {kk}, nama lengkap Rina Marlina, alamat Desa Cangkudu, Kecamatan Balaraja. Atas perhatian Bapak/Ibu saya ucapkan terima kasih.",
    ], place=("Cangkudu", "Balaraja"), nama="RINA MARLINA", alasan="RUSAK", female=True, confirm="Iya, sudah benar. Terima kasih.")
    req("formal-002", c, "KK", [
        "Selamat siang Bapak/Ibu petugas Disdukcapil.\nDengan hormat, saya ingin mengajukan pembaruan Kartu Keluarga karena ada penambahan anggota keluarga (kelahiran anak kedua). Data sebagai berikut:\nNomor KK: {kk}\nNama Kepala Keluarga: Ahmad Syarifudin\nDesa: Pasir Nangka\nKecamatan: Tigaraksa\nDemikian permohonan ini saya sampaikan. Terima kasih.",
    ], place=("Pasir Nangka", "Tigaraksa"), nama="AHMAD SYARIFUDIN", confirm="Benar, data tersebut sudah sesuai.")
    req("formal-003", c, "KIA", [
        "Assalamu'alaikum wr. wb. Dengan hormat, bersama pesan ini saya selaku orang tua bermaksud mengajukan pembuatan Kartu Identitas Anak untuk putri kami. NIK anak {nik}, No KK {kk}, nama anak Nayla Zahra Ramadhani, domisili Desa Sukadamai Kecamatan Cikupa. Mohon arahannya. Wassalamu'alaikum.",
    ], place=("Sukadamai", "Cikupa"), nama="NAYLA ZAHRA RAMADHANI", age="child", female=True, confirm="Betul, terima kasih banyak.")
    req("formal-004", c, "KTP", [
        "Kepada Yth. Petugas Disdukcapil Kab. Tangerang\nPerihal: Permohonan cetak ulang KTP-el karena hilang\n\nDengan hormat,\nYang bertanda tangan di bawah ini:\nNama : Dedi Kurniawan\nNIK : {nik}\nNo. KK : {kk}\nAlamat : Kp. Pulo RT 002/RW 004 Desa Kadu Jaya Kecamatan Curug\n\nDengan ini mengajukan permohonan pencetakan ulang KTP elektronik yang hilang. Surat keterangan kehilangan dari Polsek sudah saya siapkan.\n\nHormat saya,\nDedi Kurniawan",
    ], place=("Kadu Jaya", "Curug"), nama="DEDI KURNIAWAN", alasan="HILANG", confirm="Ya benar")
    req("formal-005", c, "KTP", [
        "Dengan hormat. Saya Muhammad Fikri Alfarizi, bulan lalu genap berusia 17 tahun, bermaksud mengajukan perekaman dan pembuatan KTP elektronik untuk pertama kali. NIK saya {nik}, nomor Kartu Keluarga {kk}. Saya berdomisili di Desa Kutruk, Kecamatan Jambe. Terima kasih.",
    ], place=("Kutruk", "Jambe"), nama="MUHAMMAD FIKRI ALFARIZI", alasan="PEMULA", born=date(2009, 11, 4), age="pemula", confirm="Iya pak, sudah sesuai")
    req("formal-006", c, "SKPWNI", [
        "Dengan hormat, saya yang bertanda tangan di bawah ini bermaksud mengajukan Surat Keterangan Pindah (SKPWNI) karena pindah tugas ke luar daerah. Data pemohon: NIK {nik}; No. KK {kk}; Nama Hendra Gunawan; Alamat tujuan: {alamat}. Demikian, terima kasih atas bantuannya.",
    ], home="Kelapa Dua", nama="HENDRA GUNAWAN", alamat="Jl. Cempaka Putih No. 21 RT 005 RW 002 Kel. Sukamaju Kec. Cilodong Kota Depok", confirm="Benar, silakan diproses.")
    req("formal-007", c, "KTP", [
        "Yth. Bapak/Ibu Petugas,\nSaya mohon bantuan untuk penggantian KTP-el yang sudah retak dan fotonya pudar.\nNIK: {nik}\nNo KK: {kk}\nNama: Euis Kartika\nDesa/Kel: Sindangsono\nKec: Sindang Jaya\nTerima kasih banyak atas pelayanannya.",
    ], place=("Sindangsono", "Sindang Jaya"), nama="EUIS KARTIKA", alasan="RUSAK", female=True, confirm="leres, sudah benar")
    req("formal-008", c, "KK", [
        "Dengan hormat, saya mengajukan permohonan perubahan data pada Kartu Keluarga karena ayah kami telah meninggal dunia dan perlu dikeluarkan dari KK. Nomor KK: {kk_sp}. Nama kepala keluarga yang baru: Sumiati. Alamat: Desa Lemo, Kecamatan Teluknaga. Akta kematian sudah kami urus. Terima kasih.",
    ], place=("Lemo", "Teluknaga"), nama="SUMIATI", confirm="Iya, betul")
    req("formal-009", c, "KIA", [
        "Selamat pagi. Dengan hormat, kami mohon dibuatkan KIA untuk anak kami yang berusia 7 tahun. Data: nama anak Rafa Pratama; NIK anak {nik}; nomor KK {kk}; Desa Gelam Jaya, Kec. Pasar Kemis. Pas foto 2x3 sudah kami siapkan. Terima kasih.",
    ], place=("Gelam Jaya", "Pasar Kemis"), nama="RAFA PRATAMA", born=date(2019, 5, 14), age="child", confirm="sudah benar bu")
    req("formal-010", c, "KTP", [
        "Dengan hormat,\nBersama ini saya sampaikan bahwa KTP elektronik saya hilang saat perjalanan di KRL pada tanggal 12 November 2026. Saya bermaksud mengajukan penerbitan kembali KTP-el dengan data: NIK {nik}, No. KK {kk}, atas nama Yohanes Setiawan, Kelurahan Bencongan, Kecamatan Kelapa Dua.\nSurat kehilangan dari kepolisian sudah ada. Terima kasih.",
    ], place=("Bencongan", "Kelapa Dua"), nama="YOHANES SETIAWAN", alasan="HILANG", confirm="Ya, data sudah benar.")
    req("formal-011", c, "SKDWN", [
        "Dengan hormat, saya baru pindah dari Kabupaten Bogor dan sudah memegang SKPWNI dari Disdukcapil asal dengan nomor {skpwni}. Saya bermaksud mengajukan pendaftaran pindah datang dengan keperluan: {keperluan}. Mohon petunjuk selanjutnya.",
    ], skpwni="SKPWNI/3201/03112026/0417", keperluan="pindah datang bersama istri dan dua anak", confirm="Benar, terima kasih.")
    req("formal-012", c, "KTP", [
        "Mohon maaf mengganggu waktunya Bapak/Ibu. Saya ingin mendaftarkan anak saya untuk pembuatan KTP-el pemula karena sudah berusia 17 tahun. NIK: {nik}, No. KK: {kk}, Nama: Aulia Rahmawati, Desa Pasir Ampo, Kecamatan Kresek. Terima kasih atas bantuannya.",
    ], place=("Pasir Ampo", "Kresek"), nama="AULIA RAHMAWATI", alasan="PEMULA", born=date(2009, 6, 21), age="pemula", female=True, confirm="Iya betul, itu data anak saya.")
    req("formal-013", c, "KTP", [
        "Assalamualaikum, selamat sore. Perkenalkan saya Sugiarto, warga Desa Kandawati Kecamatan Gunung Kaler. Saya hendak mengurus penggantian KTP-el karena kartu lama sudah patah menjadi dua. NIK {nik_sp}, KK {kk_sp}. Mohon bantuannya, terima kasih.",
    ], place=("Kandawati", "Gunung Kaler"), nama="SUGIARTO", alasan="RUSAK", confirm="Sudah benar, wassalamualaikum")


def dashed() -> None:
    c = "dashed_numbers"
    req("dash-001", c, "KTP", [
        "ktp sy ilang kak, nik {nik_dash} kk {kk_dash}, nama Wahyu Hidayat ds Kohod kec Pakuhaji",
    ], place=("Kohod", "Pakuhaji"), nama="WAHYU HIDAYAT", alasan="HILANG", confirm="iya kak bener")
    req("dash-002", c, "KK", [
        "kk saya rusak kena banjir min, no kk {kk_dot}, kepala keluarga Sarnubi, desa Tanjung Burung teluknaga",
    ], place=("Tanjung Burung", "Teluknaga"), nama="SARNUBI", confirm="betul min")
    req("dash-003", c, "KIA", [
        "mau bikin kia anak, nik anak {nik_d6}, kk {kk_d6}, nama Alif Maulana",
    ], place=("Sukanagara", "Cikupa"), nama="ALIF MAULANA", age="child",
        answers={"desa": "desa sukanagara", "kecamatan": "yang di cikupa kak"}, missing=1, confirm="ya udah bener")
    req("dash-004", c, "KTP", [
        "nik: {nik_sp}\nkk: {kk_sp}\nnama: Lilis Suryani\nds. Cibogo kec. Cisauk\nktp patah",
    ], place=("Cibogo", "Cisauk"), nama="LILIS SURYANI", alasan="RUSAK", female=True, confirm="iyaa")
    req("dash-005", c, "SKPWNI", [
        "mau bikin surat pindah keluar, NIK {nik_dash} KK {kk_dash} an Bambang Sutrisno, pindah ke {alamat}",
    ], home="Tigaraksa", nama="BAMBANG SUTRISNO", alamat="Jl. Raya Serang Km 12 Kp. Cisereh RT 01 RW 03 Kel. Cikande Kec. Cikande Kab. Serang", confirm="ya benar")
    req("dash-006", c, "KTP", [
        "mau rekam ktp baru, umur udh 17. NIK = {nik_d6}, No.KK = {kk_sp}, nama Siti Nurhaliza, Desa Daon Kec. Rajeg",
    ], place=("Daon", "Rajeg"), nama="SITI NURHALIZA", alasan="PEMULA", born=date(2009, 8, 30), age="pemula", female=True, confirm="sip bener kak")
    req("dash-007", c, "KTP", [
        "selamat malam, maaf ganggu malam2. ktp suami sy retak, nik nya {nik_mix} kk {kk_mix} nama Ojat Sudrajat desa Koper kecamatan Kresek",
    ], place=("Koper", "Kresek"), nama="OJAT SUDRAJAT", alasan="RUSAK", confirm="iya bu benar, makasih")
    req("dash-008", c, "KIA", [
        "nik anak {nik_dot} / kk {kk_dot} / nama Keisha Aurelia / Desa Binong / Curug. mau bikin kia",
    ], place=("Binong", "Curug"), nama="KEISHA AURELIA", age="child", female=True, confirm="bener")
    req("dash-009", c, "KK", [
        "permisi mau ganti kk soalnya alamat berubah, nomor kk {kk_sp6} atas nama kepala keluarga Joko Susilo, ds Kadu Agung kec Tigaraksa",
    ], place=("Kadu Agung", "Tigaraksa"), nama="JOKO SUSILO", confirm="iya sesuai")
    req("dash-010", c, "KTP", [
        "Ktp rusak, mau cetak ulang.\nNIK {nik_o}\nKK {kk_dash}\nNama Rahmat Hidayat\nDesa Pasanggrahan, Solear",
    ], place=("Pasanggrahan", "Solear"), nama="RAHMAT HIDAYAT", alasan="RUSAK", lookalike=True,
        answers={"nik": "maaf tadi kepencet huruf, nik saya {nik}"}, confirm="yup betul")
    req("dash-011", c, "KTP", [
        "Mbak, e-KTP saya hilang waktu banjir kemarin. NIK {nik_dot}, KK {kk_d6}. Nama saya Sumarni, Desa Rawa Burung Kosambi",
    ], place=("Rawa Burung", "Kosambi"), nama="SUMARNI", alasan="HILANG", female=True, confirm="iya mbak benar")


def named() -> None:
    c = "name_introduced"
    req("named-001", c, "KTP", [
        "ktp ilang an. Supriyadi, nik {nik} kk {kk}, ds Pete kec Tigaraksa",
    ], place=("Pete", "Tigaraksa"), nama="SUPRIYADI", alasan="HILANG", confirm="bener pak")
    req("named-002", c, "KK", [
        "Mau urus KK yg hilang a/n Mulyadi. No KK {kk}, Desa Rancagede Kec. Gunung Kaler",
    ], place=("Rancagede", "Gunung Kaler"), nama="MULYADI", confirm="iya sudah")
    req("named-003", c, "KIA", [
        "tolong buatin kia atas nama Muhammad Zidan Al Fatih, nik {nik}, kk {kk}, desa Klebet kemiri",
    ], place=("Klebet", "Kemiri"), nama="MUHAMMAD ZIDAN AL FATIH", age="child", confirm="ya kak")
    req("named-004", c, "KTP", [
        "saya atas nama Nur'aini mau ganti ktp rusak. NIK {nik} KK {kk} Desa Pisangan Jaya Sepatan",
    ], place=("Pisangan Jaya", "Sepatan"), nama="NUR'AINI", alasan="RUSAK", female=True, confirm="iya benar itu")
    req("named-005", c, "KTP", [
        "Kak mau daftar KTP pemula utk anak sy an. Dimas Anggara, NIK {nik}, no kk {kk}, alamat ds Kedung kec Gunung Kaler",
    ], place=("Kedung", "Gunung Kaler"), nama="DIMAS ANGGARA", alasan="PEMULA", age="pemula", confirm="oke kak betul")
    req("named-006", c, "SKPWNI", [
        "mohon dibuatkan SKPWNI a.n. Fitri Handayani NIK {nik} KK {kk} tujuan {alamat}",
    ], home="Curug", nama="FITRI HANDAYANI", female=True, alamat="Jl. Pahlawan No. 8 RT 004 RW 011 Kel. Cigadung Kec. Cibeunying Kaler Kota Bandung", confirm="ya, sesuai")
    req("named-007", c, "KTP", [
        "nama saya Yuliani, ktp saya hilang pas mudik. nik {nik}, kk {kk} (kk atas nama suami, Darsono). desa Onyam kecamatan Gunung Kaler",
    ], place=("Onyam", "Gunung Kaler"), nama="YULIANI", alasan="HILANG", female=True, confirm="iya betul bu")
    req("named-008", c, "KK", [
        "KK atas nama Bpk. Sukardi mau diperbarui, nomornya {kk}, desa Muncung kec Kronjo",
    ], place=("Muncung", "Kronjo"), nama="SUKARDI", confirm="leres")
    req("named-009", c, "KIA", [
        "namanya Salsabila, kk {kk}, nik {nik}, mau bikin kia, ds Cikareo kec solear",
    ], place=("Cikareo", "Solear"), nama="SALSABILA", age="child", female=True, confirm="ya udah pas")
    req("named-010", c, "KTP", [
        "Selamat malam, ktp istri saya rusak, atas nama Sri Wahyuni, NIK {nik}, KK {kk}, desa Kramat kecamatan Pakuhaji",
    ], place=("Kramat", "Pakuhaji"), nama="SRI WAHYUNI", alasan="RUSAK", female=True, confirm="iya pak betul sekali")
    req("named-011", c, "KTP", [
        "Nama lengkap: Ahmad Rifa'i\nNIK: {nik}\nNo KK: {kk}\nKTP hilang dicuri, desa Sukawali kec Pakuhaji",
    ], place=("Sukawali", "Pakuhaji"), nama="AHMAD RIFA'I", alasan="HILANG", confirm="benar")


def half() -> None:
    c = "half_remembered_format"
    req("half-001", c, "KTP", [
        "#KTP {nik} {kk} Rohaeti Ranca Iyuh Panongan hilang",
    ], place=("Ranca Iyuh", "Panongan"), nama="ROHAETI", alasan="HILANG", female=True, confirm="iya")
    req("half-002", c, "KK", [
        "#kk {kk} Udin Saprudin, Bojong Loa, Cisoka",
    ], place=("Bojong Loa", "Cisoka"), nama="UDIN SAPRUDIN", confirm="ya bener")
    req("half-003", c, "KIA", [
        "KIA# {nik} {kk} Aqila Putri Cibadak Cikupa",
    ], place=("Cibadak", "Cikupa"), nama="AQILA PUTRI", age="baby", female=True, confirm="betul")
    req("half-004", c, "KTP", [
        "#ktp nik {nik} kk {kk} nama Asep Saepudin desa Jeungjing kec Cisoka rusak",
    ], place=("Jeungjing", "Cisoka"), nama="ASEP SAEPUDIN", alasan="RUSAK", confirm="muhun leres")
    req("half-005", c, "KTP", [
        "# KTP, {nik_sp}, {kk_sp}, Maya Sari, Bunder, Cikupa, baru",
    ], place=("Bunder", "Cikupa"), nama="MAYA SARI", alasan="PEMULA", age="pemula", female=True, confirm="ya sudah benar")
    req("half-006", c, "SKPWNI", [
        "#SKPWNI {nik} {kk} Tono Wijaya pindah ke {alamat}",
    ], home="Cikupa", nama="TONO WIJAYA", alamat="Perum Griya Asri Blok C2 No. 7 RT 003 RW 009 Kel. Tambun Kec. Tambun Selatan Kab. Bekasi", confirm="iya betul")
    req("half-007", c, "KTP", [
        "#KTP/{nik}/{kk}/Rudi Hartono/Marga Mulya/Mauk/ilang",
    ], place=("Marga Mulya", "Mauk"), nama="RUDI HARTONO", alasan="HILANG", confirm="bener itu")
    req("half-008", c, "KTP", [
        "#ktp {nik} {kk} Wulan Sari",
    ], place=("Caringin", "Legok"), nama="WULAN SARI", alasan="RUSAK", female=True,
        answers={"desa": "desa Caringin", "kecamatan": "Legok kak", "alasan": "rusak, kartunya bengkok"}, missing=3, confirm="ya")
    req("half-009", c, "SKDWN", [
        "#SKDWN {skpwni} ikut orang tua",
    ], skpwni="SKPWNI/3175/21102026/0093", keperluan="ikut orang tua", confirm="iya benar")
    req("half-010", c, "KK", [
        "# KK - {kk} - Hasanudin - Tegal Kunir Lor - Mauk",
    ], place=("Tegal Kunir Lor", "Mauk"), nama="HASANUDIN", confirm="betul pak")
    req("half-011", c, "KIA", [
        "format kia kalo ga salah gini ya: #KIA nik {nik} kk {kk} nama Daffa Alghifari desa Sarakan kecamatan Sepatan",
    ], place=("Sarakan", "Sepatan"), nama="DAFFA ALGHIFARI", age="child", confirm="iya udah")


def restate() -> None:
    c = "restate_known_value"
    req("restate-001", c, "KTP", [
        "ktp saya ilang, nik {nik} kk {kk} nama Agus Salim desa Pangkalan",
        "kecamatannya Teluknaga ya min",
    ], place=("Pangkalan", "Teluknaga"), nama="AGUS SALIM", alasan="HILANG", answers={"kecamatan": "teluknaga min"}, confirm="iya")
    req("restate-002", c, "KK", [
        "mau urus kk rusak, no kk {kk}, kepala keluarga Karta, desa Patramanggala",
        "oh iya itu di kecamatan kemiri kak",
    ], place=("Patramanggala", "Kemiri"), nama="KARTA", answers={"kecamatan": "kemiri"}, confirm="sudah bener kak")
    req("restate-003", c, "KIA", [
        "bikin kia buat anak saya Zahira Khairunnisa, nik {nik}, kk {kk}, ds Ciakar",
        "kec panongan",
        "nik anaknya {nik} ya kak, takut ketuker sama nik saya",
    ], place=("Ciakar", "Panongan"), nama="ZAHIRA KHAIRUNNISA", age="child", female=True, answers={"kecamatan": "panongan"}, confirm="iya bener")
    req("restate-004", c, "KTP", [
        "ktp rusak mau ganti. {nik} / {kk} / Andi Firmansyah / Serdang Wetan Legok",
    ], place=("Serdang Wetan", "Legok"), nama="ANDI FIRMANSYAH", alasan="RUSAK", confirm="iya betul, desa Serdang Wetan kecamatan Legok, kirim aja")
    req("restate-005", c, "KTP", [
        "mau rekam ktp pertama, nik {nik}",
        "kk {kk}",
        "nama Rangga Saputra",
        "desa Rancailat",
        "kecamatan kresek",
        "alasannya pemula kak, baru 17",
    ], place=("Rancailat", "Kresek"), nama="RANGGA SAPUTRA", alasan="PEMULA", born=date(2009, 9, 3), age="pemula", confirm="ya")
    req("restate-006", c, "KK", [
        "Permisi, KK saya hilang. Nomor KK {kk_sp}. Kepala keluarga Slamet Riyadi. Desa Mekar Bakti Kec. Panongan.",
        "nomor kk nya {kk} ya pak, sama kok cuma tadi pake spasi",
    ], place=("Mekar Bakti", "Panongan"), nama="SLAMET RIYADI", confirm="benar pak")
    req("restate-007", c, "SKPWNI", [
        "mau bikin skpwni, nik {nik} kk {kk} nama Indra Lesmana, alamat tujuan {alamat}",
        "nama saya Indra Lesmana, sesuai kk",
    ], home="Pasar Kemis", nama="INDRA LESMANA", alamat="Jl. Veteran No. 3 RT 001 RW 002 Kel. Pekuncen Kec. Purwokerto Barat Kab. Banyumas", confirm="ya")
    req("restate-008", c, "KTP", [
        "e-ktp hilang, nik {nik}, kk {kk}, an Kurniasih, desa Sukamurni",
    ], place=("Sukamurni", "Balaraja"), nama="KURNIASIH", alasan="HILANG", female=True,
        answers={"kecamatan": "kecamatan balaraja"}, confirm="bener kak, yang hilang ktp saya, Sukamurni Balaraja")
    req("restate-009", c, "KIA", [
        "kia anak sy ya kak",
        "nik anak {nik}",
        "kk {kk}",
        "namanya Arkana Putra",
        "desa Babakan Asem",
        "itu kecamatan Teluknaga ya",
    ], place=("Babakan Asem", "Teluknaga"), nama="ARKANA PUTRA", age="baby", confirm="iyaa bener")
    req("restate-010", c, "KTP", [
        "ktp saya patah, NIK {nik} KK {kk} nama Anisa Fitriani desa Tegalsari kec Tigaraksa",
        "alasannya rusak ya kak bukan hilang",
    ], place=("Tegalsari", "Tigaraksa"), nama="ANISA FITRIANI", alasan="RUSAK", female=True, confirm="iya nama saya sudah benar ANISA FITRIANI, lanjut")
    req("restate-011", c, "KTP", [
        "Punten, ktp abdi leungit. NIK {nik}, KK {kk}, nami Cecep Supriatna, desa Cileles, kecamatan Tigaraksa",
        "muhun, kecamatan Tigaraksa, desa Cileles",
    ], place=("Cileles", "Tigaraksa"), nama="CECEP SUPRIATNA", alasan="HILANG",
        answers={"alasan": "leungit, hilang"}, missing=1, confirm="sumuhun leres")


def relation() -> None:
    c = "name_with_relation"
    req("rel-001", c, "KK", [
        "kk mau diperbarui, kepala keluarganya bapak rahmat, no kk {kk}, desa Tapos kec Tigaraksa",
    ], place=("Tapos", "Tigaraksa"), nama="RAHMAT", confirm="ya betul")
    req("rel-002", c, "KTP", [
        "mau urus ktp hilang atas nama istri saya, wati. nik {nik} kk {kk} ds Talok kec kresek",
    ], place=("Talok", "Kresek"), nama="WATI", alasan="HILANG", female=True, confirm="iya")
    req("rel-003", c, "KK", [
        "kepala keluarga sekarang kakak saya yusuf, soalnya bapak udah almarhum. kk {kk}, desa Sodong tigaraksa",
    ], place=("Sodong", "Tigaraksa"), nama="YUSUF", confirm="iya bener kak")
    req("rel-004", c, "KIA", [
        "kia buat anak saya yang kedua, namanya Kenzie Alvaro, nik {nik}, no kk {kk}, ds Jatake kec Pagedangan",
    ], place=("Jatake", "Pagedangan"), nama="KENZIE ALVARO", age="child", confirm="ya")
    req("rel-005", c, "KTP", [
        "ktp ibu saya patah, nama ibu Rohmah, nik nya {nik}, kk {kk}, desa Tobat balaraja",
    ], place=("Tobat", "Balaraja"), nama="ROHMAH", alasan="RUSAK", female=True, confirm="iya bener")
    req("rel-006", c, "KTP", [
        "adek saya baru 17, mau bikin ktp. namanya Bayu Aji Pamungkas, nik {nik} kk {kk}, desa Sukaharja kec sindang jaya",
    ], place=("Sukaharja", "Sindang Jaya"), nama="BAYU AJI PAMUNGKAS", alasan="PEMULA", born=date(2009, 10, 12), age="pemula",
        answers={"alasan": "baru, pemula"}, confirm="udah bener")
    req("rel-007", c, "KK", [
        "KK suami saya ilang, kepala keluarganya ya suami saya sendiri, Pak Dadang Suhendar. No KK {kk}. Desa Parahu Kec Sukamulya",
    ], place=("Parahu", "Sukamulya"), nama="DADANG SUHENDAR", confirm="iya bu")
    req("rel-008", c, "KTP", [
        "ktp bapak saya ilang di pasar, atas nama bapak Maman Suparman. nik {nik} kk {kk} desa Buniayu sukamulya",
    ], place=("Buniayu", "Sukamulya"), nama="MAMAN SUPARMAN", alasan="HILANG", confirm="betul")
    req("rel-009", c, "KIA", [
        "mau buat kia cucu saya, namanya Fatimah Azzahra, kk {kk} nik {nik} kampungnya di desa Cijeruk kec Mekar Baru",
    ], place=("Cijeruk", "Mekar Baru"), nama="FATIMAH AZZAHRA", age="child", female=True, confirm="ya nak betul")
    req("rel-010", c, "KK", [
        "mau ubah kk, kepala keluarganya mertua saya, Abdul Somad, kk nomor {kk}, desa Waliwis kecamatan mekar baru",
    ], place=("Waliwis", "Mekar Baru"), nama="ABDUL SOMAD", confirm="sudah sesuai")
    req("rel-011", c, "KTP", [
        "ktp suami saya kecopetan di stasiun. suami saya namanya Eko Prasetyo, nik {nik}, kk {kk}, rumah di desa Gintung kecamatan Sukadiri",
    ], place=("Gintung", "Sukadiri"), nama="EKO PRASETYO", alasan="HILANG", confirm="iya benar suami saya")
    req("rel-012", c, "KK", [
        "kk kami mau diganti kepala keluarganya, dari almarhum ayah jadi ibu saya Rukmini. no kk {kk}, desa Lebak Wangi kec Sepatan Timur",
    ], place=("Lebak Wangi", "Sepatan Timur"), nama="RUKMINI", confirm="betul sekali")


def pindah() -> None:
    c = "surat_pindah"
    req("pindah-001", c, "SKPWNI", [
        "mau pindah ke depok, bikin surat pindahnya",
    ], home="Cisauk", nama="AGUNG PRASETYO", alamat="Jl. Nusantara Raya No. 45 RT 02 RW 08 Kel. Beji Kec. Beji Kota Depok",
        answers={"nik": "iya siap, {nik}", "no_kk": "kk nya {kk}", "nama": "Agung Prasetyo", "alamat_pindah": "{alamat}"}, missing=4, confirm="ya betul")
    req("pindah-002", c, "SKPWNI", [
        "kak sy mau ngurus skpwni, dapet kerja di Batam. nik {nik}, kk {kk}, nama Rizky Ramadhan",
    ], home="Balaraja", nama="RIZKY RAMADHAN", alamat="Perumahan Taman Raya Tahap 2 Blok E No. 15 Kel. Belian Kec. Batam Kota Kota Batam",
        answers={"alamat_pindah": "{alamat}"}, missing=1, confirm="iya kak")
    req("pindah-003", c, "SKPWNI", [
        "Surat pindah keluar\nNIK {nik}\nKK {kk}\nNama Sulastri\nAlamat tujuan: {alamat}",
    ], home="Kresek", nama="SULASTRI", female=True, alamat="Dusun Krajan RT 003 RW 001 Desa Sumberejo Kec. Pagak Kab. Malang", confirm="benar")
    req("pindah-004", c, "SKPWNI", [
        "saya mau pindah domisili ke luar kota ikut suami ke Cirebon, minta dibuatkan surat pindahnya ya bu",
    ], home="Rajeg", nama="NINING KURNIASARI", female=True, alamat="Jl. Kesambi Dalam No. 27 RT 04 RW 06 Kel. Drajat Kec. Kesambi Kota Cirebon",
        answers={"nik": "{nik_sp}", "no_kk": "{kk_sp}", "nama": "Nining Kurniasari", "alamat_pindah": "alamat lengkapnya {alamat}"}, missing=4, confirm="iya bu sudah")
    req("pindah-005", c, "SKPWNI", [
        "bang aye mau pindah ke bekasi, ngurus surat pindahnye. nik aye {nik}, kk {kk}, name aye Juleha",
    ], home="Teluknaga", nama="JULEHA", female=True, alamat="Kp. Rawa Bambu RT 06/RW 02 Desa Sukadanau Kec. Cikarang Barat Kab. Bekasi",
        answers={"alamat_pindah": "{alamat}"}, missing=1, confirm="iye bener bang")
    req("pindah-006", c, "SKPWNI", [
        "Selamat siang, saya mau ngurus SKPWNI, kami sekeluarga pindah ke Lampung bulan depan. NIK saya {nik} sebagai kepala keluarga, KK {kk}, nama Sahrul Gunawan",
    ], home="Jayanti", nama="SAHRUL GUNAWAN", alamat="Jl. Teuku Umar Gg. Mawar No. 9 Kel. Kedaton Kec. Kedaton Kota Bandar Lampung",
        answers={"alamat_pindah": "{alamat}"}, missing=1, confirm="betul, terima kasih")
    req("pindah-007", c, "SKPWNI", [
        "min mau bikin surat pindah ke rumah mertua di Serang, nik {nik_dash}",
    ], home="Kronjo", nama="ADE SUPRIATNA", alamat="Kp. Pasir Gadung RT 002 RW 001 Desa Kramatwatu Kec. Kramatwatu Kab. Serang",
        answers={"no_kk": "{kk}", "nama": "ade supriatna", "alamat_pindah": "{alamat}"}, missing=3, confirm="sip")
    req("pindah-008", c, "SKDWN", [
        "saya baru datang dari Bogor, sudah ada SKPWNI no {skpwni}, mau daftar pindah datang",
    ], skpwni="SKPWNI/3201/15102026/0231", keperluan="pindah sekeluarga karena pekerjaan suami",
        answers={"keperluan": "{keperluan}"}, missing=1, confirm="iya")
    req("pindah-009", c, "SKDWN", [
        "mau lapor pindah datang kak, baru pindahan dari jakarta",
    ], skpwni="SKPWNI/3173/02112026/0088", keperluan="ikut suami pindah tugas",
        answers={"no_skpwni": "nomornya {skpwni}", "keperluan": "{keperluan}"}, missing=2, confirm="ya kak betul")
    req("pindah-010", c, "SKDWN", [
        "pindah datang, no skpwni {skpwni}, keperluannya {keperluan}",
    ], skpwni="3275/SKPWNI/10112026/0152", keperluan="numpang KK kakak", confirm="bener")
    req("pindah-011", c, "SKDWN", [
        "Assalamualaikum, sy pindahan dari Kab Lebak, skpwni udh di tangan.\nnomor: {skpwni}\nkeperluan: {keperluan}",
    ], skpwni="SKPWNI-3602-28102026-0019", keperluan="bekerja di Cikupa", confirm="waalaikumsalam, iya benar")
    req("pindah-012", c, "SKDWN", [
        "mau buat surat pindah datang ke kab tangerang, asal dari Kota Surabaya",
    ], skpwni="SKPWNI/3578/01112026/0310", keperluan="pindah tempat tinggal karena pekerjaan",
        answers={"no_skpwni": "{skpwni}", "keperluan": "{keperluan}"}, missing=2, confirm="iya", persona="first_timer")
    req("pindah-013", c, "SKPWNI", [
        "ngurus surat pindah keluar buat saya sendiri, mau kuliah sambil kerja di Jogja. NIK {nik} KK {kk} a.n. Galih Permana",
    ], home="Legok", age="pemula", nama="GALIH PERMANA", alamat="Jl. Kaliurang Km 5 Gg. Pandega No. 11 RT 07 RW 02 Kel. Caturtunggal Kec. Depok Kab. Sleman",
        answers={"alamat_pindah": "alamatnya {alamat}"}, missing=1, confirm="ya sudah benar")


def casual() -> None:
    c = "casual_stepwise"
    req("casual-001", c, "KTP", [
        "min mau bikin ktp lg, yg lama ilang",
    ], place=("Pasir Gintung", "Jayanti"), nama="UJANG SUHERMAN", alasan="HILANG",
        answers={"nik": "{nik}", "no_kk": "ini kk nya {kk_sp}", "nama": "sy Ujang Suherman", "desa": "ds pasir gintung", "kecamatan": "jayanti"}, missing=4, confirm="y")
    req("casual-002", c, "KK", [
        "assalamualaikum kak, mw ngurus kk",
    ], place=("Sukatani", "Rajeg"), nama="SAMSUDIN",
        answers={"no_kk": "{kk}", "nama_kepala_keluarga": "kpl keluarga bpk Samsudin", "desa": "sukatani", "kecamatan": "rajeg"}, missing=4, confirm="iya kak")
    req("casual-003", c, "KIA", [
        "kak aku mau bikinin kia anakku dong",
    ], place=("Legok Suka Maju", "Kemiri"), nama="ALMIRA", age="baby", female=True,
        answers={"nik": "nik anak {nik}", "no_kk": "{kk_dash}", "nama": "Almira", "desa": "desa Legok Suka Maju", "kecamatan": "kemiri"}, missing=4, confirm="iyaa kak")
    req("casual-004", c, "KTP", [
        "bang, ktp aye rusak nih, kebelah dua",
    ], place=("Dadap", "Kosambi"), nama="MAMAT ROHMAT", alasan="RUSAK",
        answers={"nik": "nih bang {nik}", "no_kk": "kk: {kk}", "nama": "Mamat Rohmat", "desa": "Dadap", "kecamatan": "kosambi"}, missing=4, confirm="bener bang")
    req("casual-005", c, "KTP", [
        "punten kang, abdi bade ngadamel KTP pemula",
    ], place=("Cikasungka", "Solear"), nama="NENI NURAENI", alasan="PEMULA", age="pemula", female=True,
        answers={"nik": "ieu NIK abdi {nik}", "no_kk": "{kk}", "nama": "Neni Nuraeni", "desa": "Cikasungka", "kecamatan": "solear"}, missing=4, confirm="sumuhun")
    req("casual-006", c, "KTP", [
        "mo ganti ktp, udh rusak bgt tulisannya pudar",
    ], place=("Matagara", "Tigaraksa"), nama="HENDI",
        alasan="RUSAK", answers={"nik": "{nik_sp}", "no_kk": "no kk {kk}", "nama": "nama sy Hendi", "desa": "Matagara", "kecamatan": "tigaraksa"}, missing=4, confirm="ok")
    req("casual-007", c, "KK", [
        "kk sy mw ditambahin anak baru lahir",
    ], place=("Karet", "Sepatan"), nama="RUDIYANTO",
        answers={"no_kk": "{kk_sp}", "nama_kepala_keluarga": "Rudiyanto", "desa": "desa karet", "kecamatan": "sepatan"}, missing=3, confirm="ya bener")
    req("casual-008", c, "KIA", [
        "kia bwt ank sy yg umur 3th",
    ], place=("Kaliasin", "Sukamulya"), nama="GHAISAN ALFARIZQI", born=date(2023, 4, 27), age="baby",
        answers={"nik": "{nik}", "no_kk": "{kk}", "nama": "Ghaisan Alfarizqi", "desa": "kaliasin", "kecamatan": "sukamulya"}, missing=4, confirm="iya")
    req("casual-009", c, "KTP", [
        "ktp sy kecopetan kemarin di angkot, mau bikin lg",
    ], place=("Sentul Jaya", "Balaraja"), nama="FAJAR NUGROHO", alasan="HILANG",
        answers={"nik": "{nik}", "no_kk": "{kk}", "nama": "Fajar Nugroho", "desa": "Sentul Jaya", "kecamatan": "kec. Balaraja kak"}, missing=4, confirm="iya mas")
    req("casual-010", c, "KTP", [
        "e-ktp saya patah kak, bisa dibantu ganti?",
    ], place=("Kemuning", "Legok"), nama="TRI WAHYUNINGSIH", alasan="RUSAK", female=True,
        answers={"nik": "NIK {nik} ya kak itu nik saya", "no_kk": "{kk}", "nama": "Tri Wahyuningsih", "desa": "rt 03 rw 02 desa Kemuning", "kecamatan": "legok"}, missing=5, confirm="iya betul kak")
    req("casual-011", c, "KIA", [
        "saya belum pernah bikin KIA, mau daftarin anak",
    ], place=("Pasir Bolang", "Tigaraksa"), nama="PUTRI AYU LESTARI", age="child", female=True, persona="first_timer",
        answers={"nik": "nik anak saya yg di kk {nik}", "no_kk": "{kk}", "nama": "nama anaknya Putri Ayu Lestari", "desa": "pasir bolang", "kecamatan": "tigaraksa"}, missing=4, confirm="iya benar")
    req("casual-012", c, "KK", [
        "KK rusak kena air, mau cetak ulang",
    ], place=("Lontar", "Kemiri"), nama="SANUSI",
        answers={"no_kk": "{kk_dot}", "nama_kepala_keluarga": "Pak Sanusi", "desa": "Lontar", "kecamatan": "Kemiri"}, missing=3, confirm="betul pak")
    req("casual-013", c, "KTP", [
        "halo kak selamat siang aku mau ngurus ktp ku yang hilang kayaknya jatuh di jalan pas pulang kerja jadi sekarang gak punya ktp sama sekali",
    ], place=("Kuta Baru", "Pasar Kemis"), nama="DESI RATNASARI", alasan="HILANG", female=True,
        answers={"nik": "nik ku {nik} kak", "no_kk": "kk {kk}", "nama": "Desi Ratnasari", "desa": "kelurahan kuta baru", "kecamatan": "pasar kemis"}, missing=4, confirm="iya kak bener semua")
    req("casual-014", c, "KTP", [
        "gue mau bikin ktp, pertama kali nih baru lulus sma",
    ], place=("Sukabakti", "Curug"), nama="REVAN ADITYA", alasan="PEMULA", age="pemula",
        answers={"nik": "{nik}", "no_kk": "{kk}", "nama": "Revan Aditya", "desa": "sukabakti", "kecamatan": "kecamatan curug"}, missing=4, confirm="yoi bener")


def correction() -> None:
    c = "correction_at_confirmation"
    req("fix-001", c, "KTP", [
        "ktp hilang, nik {nik} kk {kk} nama Heru Susanto desa Sukamulya kec Cikupa",
        "eh salah kak, desanya Sukadamai bukan Sukamulya",
    ], place=("Sukadamai", "Cikupa"), nama="HERU SUSANTO", alasan="HILANG", control="correction", confirm="nah itu baru bener")
    req("fix-002", c, "KK", [
        "kk rusak, no kk {kk}, kepala keluarga Suhendra, desa Kosambi Timur kec Kosambi",
        "maaf namanya kurang lengkap, Suhendra Wijaya",
    ], place=("Kosambi Timur", "Kosambi"), nama="SUHENDRA WIJAYA", control="correction", confirm="iya sudah lengkap")
    req("fix-003", c, "KIA", [
        "buat KIA: nik {nik}, kk {kk_alt}, nama Bilqis Humaira, desa Pekayon, kec Sukadiri",
        "nomor kk nya salah ketik, yang bener {kk}",
    ], place=("Pekayon", "Sukadiri"), nama="BILQIS HUMAIRA", age="child", female=True, control="correction", confirm="ya betul")
    req("fix-004", c, "KTP", [
        "#KTP#{nik}#{kk}#Rosita#Kedaung Barat#Sepatan Timur#rusak#",
        "ralat, bukan rusak tapi hilang",
    ], place=("Kedaung Barat", "Sepatan Timur"), nama="ROSITA", alasan="HILANG", female=True, control="correction", confirm="iya")
    req("fix-005", c, "KTP", [
        "ktp pemula: {nik_alt} / {kk} / Gilang Ramadhan / Kuta Jaya / Pasar Kemis",
        "nik nya salah satu angka, harusnya {nik}",
    ], place=("Kuta Jaya", "Pasar Kemis"), nama="GILANG RAMADHAN", alasan="PEMULA", age="pemula", control="correction", confirm="sudah benar kak")
    req("fix-006", c, "SKPWNI", [
        "skpwni nik {nik} kk {kk} nama Wawan Setiawan alamat tujuan Jl. Ahmad Yani No. 10 Kel. Kaliwungu Kec. Kaliwungu Kab. Kendal",
        "ralat alamat tujuannya: {alamat}",
    ], home="Sepatan", nama="WAWAN SETIAWAN", alamat="Jl. Ahmad Yani No. 10 RT 002 RW 005 Kel. Kaliwungu Kec. Kaliwungu Kab. Kendal", control="correction", confirm="ya itu")
    req("fix-007", c, "KTP", [
        "ktp rusak. nik {nik}, kk {kk}, nama Dewi Lestari, desa Mekarsari kec Jambe",
        "aduh maaf kecamatannya Rajeg, desa Mekarsari juga",
    ], place=("Mekarsari", "Rajeg"), nama="DEWI LESTARI", alasan="RUSAK", female=True, control="correction", confirm="iya bener sekarang")
    req("fix-008", c, "KK", [
        "Mau ganti kepala keluarga di KK. No KK {kk}, kepala keluarga baru Ani Suryani, desa Cirumpak kecamatan Kronjo",
        "eh tunggu, desanya Blukbuk, salah tulis",
    ], place=("Blukbuk", "Kronjo"), nama="ANI SURYANI", control="correction", confirm="oke benar")
    req("fix-009", c, "KTP", [
        "KTP hilang\nNIK {nik}\nKK {kk}\nNama: Siti Romlah\nDesa Gembong, Balaraja",
        "namanya Siti Romlah Hasanah kak, ketinggalan belakangnya",
    ], place=("Gembong", "Balaraja"), nama="SITI ROMLAH HASANAH", alasan="HILANG", female=True, control="correction", confirm="iya betul")


def cancel() -> None:
    c = "cancel"
    ctl("cancel-001", c, ["mau bikin ktp baru kak", "eh ga jadi deh, nanti aja pas libur. batalin ya"], "cancel")
    ctl("cancel-002", c, ["kk saya mau diperbarui, no kk {kk}", "maaf kak batal dulu, ternyata harus nunggu akta anak jadi"], "cancel", kecamatan="Kresek")
    ctl("cancel-003", c, ["#KIA#{nik}#{kk}#Rafka Alvaro#Kutabumi#Pasar Kemis"], "cancel", kecamatan="Pasar Kemis", age="child", confirm="jangan dikirim dulu kak, batalkan saja")
    ctl("cancel-004", c, ["skpwni nik {nik} kk {kk} nama Darmaji", "udah ga usah, ga jadi pindah. makasih"], "cancel", kecamatan="Mauk")
    ctl("cancel-005", c, ["ktp ilang pak, mau bikin lagi", "oh ternyata ketemu di tas, ga jadi ya pak hehe"], "cancel")
    ctl("cancel-006", c, ["Assalamualaikum, mau daftar pindah datang", "mohon maaf, saya batalkan dulu permohonannya, SKPWNI nya belum keluar dari daerah asal"], "cancel")
    ctl("cancel-007", c, ["kia anak saya ya min, nik {nik}", "stop stop, salah kirim, ini harusnya ke grup keluarga. batal"], "cancel", kecamatan="Cisoka")
    ctl("cancel-008", c, ["#KTP#{nik}#{kk}#Joni Iskandar#Gaga#Pakuhaji#HILANG#"], "cancel", kecamatan="Pakuhaji", confirm="tidak usah, saya urus langsung ke kecamatan saja")


def hashline() -> None:
    c = "hash_line"
    req("hash-001", c, "KTP", [
        "#KTP#{nik}#{kk}#LINDA WATI#PASIR JAYA#CIKUPA#HILANG#",
    ], place=("Pasir Jaya", "Cikupa"), nama="LINDA WATI", alasan="HILANG", female=True)
    req("hash-002", c, "KTP", [
        "#ktp # {nik} # {kk} # ahmad rifai # bojong nangka # kelapa dua # rusak #",
    ], place=("Bojong Nangka", "Kelapa Dua"), nama="AHMAD RIFAI", alasan="RUSAK", confirm="iya betul")
    req("hash-003", c, "KTP", [
        "#EKTP#{nik}#{kk}#Sri Mulyani#Sukasari#Rajeg#ilang",
    ], place=("Sukasari", "Rajeg"), nama="SRI MULYANI", alasan="HILANG", female=True, confirm="benar")
    req("hash-004", c, "KK", [
        "#KK#{kk}#SUPARDI#KMP MELAYU BRT#TELUKNAGA",
    ], place=("Kmp Melayu Brt", "Teluknaga"), nama="SUPARDI", confirm="ya benar")
    req("hash-005", c, "KK", [
        "#kk#{kk}#Hasan Basri#Kampung Melayu Timur#Teluknaga",
    ], place=("Kmp Melayu Tim", "Teluknaga"), nama="HASAN BASRI", confirm="iya")
    req("hash-006", c, "KIA", [
        "#KIA#{nik}#{kk}#Naura Azkia#Ds. Cukanggalih#Kec. Curug",
    ], place=("Cukanggalih", "Curug"), nama="NAURA AZKIA", age="child", female=True, confirm="sudah")
    req("hash-007", c, "KTP", [
        "#KTP#{nik}#{kk}#Sutisna#Cikuya#rusak#",
    ], place=("Cikuya", "Solear"), nama="SUTISNA", alasan="RUSAK", answers={"kecamatan": "solear"}, confirm="leres")
    req("hash-008", c, "KTP", [
        "#KTP#{nik_15}#{kk}#Endang Suhaemi#Pabuaran#Jayanti#PEMULA#",
    ], place=("Pabuaran", "Jayanti"), nama="ENDANG SUHAEMI", alasan="PEMULA", age="pemula",
        answers={"nik": "maaf kurang satu angka, yang benar {nik}"}, missing=1, confirm="ya")
    req("hash-009", c, "SKPWNI", [
        "##SKPWNI##{nik}#{kk}#Taufik Hidayat#{alamat}",
    ], home="Panongan", nama="TAUFIK HIDAYAT", alamat="Jl. Merdeka No. 17 RT 001 RW 004 Kel. Kebonsari Kec. Citangkil Kota Cilegon", confirm="ya benar")
    req("hash-010", c, "SKDWN", [
        "#SKDWN#{skpwni}#{keperluan}",
    ], skpwni="SKPWNI/3204/20112026/0078", keperluan="pindah datang ikut orang tua", confirm="iya betul")
    req("hash-011", c, "KTP", [
        "＃KTP＃{nik}＃{kk}＃Yanti Kusmiati＃Cisoka＃Cisoka＃RUSAK＃",
    ], place=("Cisoka", "Cisoka"), nama="YANTI KUSMIATI", alasan="RUSAK", female=True, confirm="muhun")
    req("hash-012", c, "KIA", [
        "#KIA#{nik_sp}#{kk_sp}#Zaskia Amelia#Sukamanah#Jambe",
    ], place=("Sukamanah", "Jambe"), nama="ZASKIA AMELIA", age="child", female=True, confirm="bener")
    req("hash-013", c, "KTP", [
        "ktp#{nik}#{kk}#Kamaludin#Kampung Kelor#Sepatan Timur#kehilangan",
    ], place=("Kampung Kelor", "Sepatan Timur"), nama="KAMALUDIN", alasan="HILANG", confirm="ya pak")
    req("hash-014", c, "KTP", [
        "#KTP#{nik}#{kk}#Maryam#Gandaria#Mekar Baru#",
    ], place=("Gandaria", "Mekar Baru"), nama="MARYAM", alasan="PEMULA", age="pemula", female=True,
        answers={"alasan": "buat pertama kali, pemula"}, missing=1, confirm="iya")


def typo() -> None:
    c = "desa_typo_with_kecamatan"
    req("typo-001", c, "KTP", [
        "ktp ilang, nik {nik} kk {kk} nama Saepul Anwar, ds bitung jya kec cikupa",
    ], place=("Bitung Jaya", "Cikupa"), nama="SAEPUL ANWAR", alasan="HILANG", typo="bitung jya", confirm="iya")
    req("typo-002", c, "KK", [
        "kk rusak no {kk} kepala keluarga Nurdin ds sukamuly kec cikupa",
    ], place=("Sukamulya", "Cikupa"), nama="NURDIN", typo="sukamuly", answers={"saran_tempat": "iya betul, sukamulya yang di cikupa"}, confirm="ya")
    req("typo-003", c, "KIA", [
        "kia: nik {nik} kk {kk} nama Kayla Putri desa talagsari kecamatan balaraja",
    ], place=("Talagasari", "Balaraja"), nama="KAYLA PUTRI", age="child", female=True, typo="talagsari", confirm="iya bener")
    req("typo-004", c, "KTP", [
        "rekam ktp baru nik {nik} kk {kk} nama Rian Hidayat desa caringn kec legok",
    ], place=("Caringin", "Legok"), nama="RIAN HIDAYAT", alasan="PEMULA", age="pemula", typo="caringn", answers={"saran_tempat": "iyaa itu"}, confirm="bener")
    req("typo-005", c, "KTP", [
        "ktp patah. {nik}, {kk}, Maesaroh, desa Pagedangan Udk, kecamatan Kronjo",
    ], place=("Pagedangan Udik", "Kronjo"), nama="MAESAROH", alasan="RUSAK", female=True, typo="Pagedangan Udk", confirm="iya")
    req("typo-006", c, "KK", [
        "no kk {kk}, kk atas nama Junaedi, hilang. desa salembaran jti kec kosambi",
    ], place=("Salembaran Jati", "Kosambi"), nama="JUNAEDI", typo="salembaran jti", answers={"saran_tempat": "ya betul desa itu"}, confirm="iya betul")
    req("typo-007", c, "KTP", [
        "nik {nik} kk {kk} an Komarudin desa Tegal angsu kec teluknaga ktp hilang",
    ], place=("Tegal Angus", "Teluknaga"), nama="KOMARUDIN", alasan="HILANG", typo="Tegal angsu", confirm="ya")
    req("typo-008", c, "KIA", [
        "mau daftar kia anak saya Rasya Alfarezel, nik {nik}, kk {kk}, ds. Bojongkmal kec. Legok",
    ], place=("Bojongkamal", "Legok"), nama="RASYA ALFAREZEL", age="child", typo="Bojongkmal", confirm="iya kak")
    req("typo-009", c, "KTP", [
        "ktp saya rusak, nik {nik} kk {kk} nama Sarmili desa kmp melayu timr kec teluknaga",
    ], place=("Kmp Melayu Tim", "Teluknaga"), nama="SARMILI", alasan="RUSAK", typo="kmp melayu timr", answers={"saran_tempat": "iye"}, confirm="iye bener")
    req("typo-010", c, "KK", [
        "mau perbarui kk, no {kk_sp}, kepala keluarga Tarmiji, desa Mekar jya kec Panongan",
    ], place=("Mekar Jaya", "Panongan"), nama="TARMIJI", typo="Mekar jya", confirm="benar")
    req("typo-011", c, "KTP", [
        "KTP hilang. NIK {nik}. KK {kk}. Nama Yayat Hidayat. Desa Suradta Kec. Cisauk",
    ], place=("Suradita", "Cisauk"), nama="YAYAT HIDAYAT", alasan="HILANG", typo="Suradta", confirm="ya sudah benar")
    req("typo-012", c, "KIA", [
        "bikin kia nik {nik} kk {kk} nama Aira Syakila desa jati mlya kec sepatan timur",
    ], place=("Jati Mulya", "Sepatan Timur"), nama="AIRA SYAKILA", age="baby", female=True, typo="jati mlya", confirm="iya bener")


def helper() -> None:
    c, h = "helper_mode", "helper"
    req("helper-001", c, "KTP", [
        "Selamat pagi, saya petugas desa Cibadak mau bantu input permohonan warga",
        "#KTP#{nik}#{kk}#Marni#Cibadak#Cikupa#HILANG#",
    ], place=("Cibadak", "Cikupa"), nama="MARNI", alasan="HILANG", female=True, persona=h,
        answers={"nama_warga": "Marni", "telepon_warga": "0812 9001 4417"}, missing=2, confirm="ya, kirim")
    req("helper-002", c, "KTP", [
        "assalamualaikum, sy kasi pelayanan kec. Mauk, mau daftarin warga yg ktpnya rusak",
        "nik {nik}, kk {kk}, nama Casmita, desa Ketapang kec Mauk, rusak",
    ], place=("Ketapang", "Mauk"), nama="CASMITA", alasan="RUSAK", female=True, persona=h,
        answers={"nama_warga": "ibu Casmita", "telepon_warga": "0812-9000-3152"}, missing=2, confirm="iya benar")
    req("helper-003", c, "KK", [
        "Saya operator desa Sindangsari kecamatan Pasar Kemis, izin mengajukan KK untuk warga kami",
        "No KK {kk} kepala keluarga Wagiman desa Sindangsari Pasar Kemis",
    ], place=("Sindangsari", "Pasar Kemis"), nama="WAGIMAN", persona=h,
        answers={"nama_warga": "Wagiman", "telepon_warga": "nomor hp pak wagiman 0857 9002 1188"}, missing=2, confirm="benar")
    req("helper-004", c, "KIA", [
        "#KIA#{nik}#{kk}#Adiba Khanza#Suka Asih#Pasar Kemis",
        "maaf langsung kirim format, saya staf desa Suka Asih bantu daftarin anak warga",
    ], place=("Suka Asih", "Pasar Kemis"), nama="ADIBA KHANZA", age="baby", female=True, persona=h,
        answers={"nama_warga": "Nurhasanah", "telepon_warga": "081390045521"}, missing=2, confirm="ya")
    req("helper-005", c, "SKPWNI", [
        "saya dari kantor desa Bantar Panjang, mau bantu warga bikin surat pindah",
        "NIK {nik} KK {kk} nama Ade Irawan, pindah ke {alamat}",
    ], home="Tigaraksa", nama="ADE IRAWAN", persona=h, alamat="Jl. Raya Pandeglang Km 3 Kp. Kadu RT 001 RW 002 Desa Kadubanen Kec. Pandeglang Kab. Pandeglang",
        answers={"nama_warga": "Ade Irawan", "telepon_warga": "0896 9003 7720"}, missing=2, confirm="sudah benar")
    req("helper-006", c, "KIA", [
        "Bismillah, saya petugas desa Laksana. Ada beberapa warga mau bikin KIA, saya kirim satu-satu ya",
        "yang pertama: NIK anak {nik}, KK {kk}, nama Hafizah Nur, desa Laksana kecamatan Pakuhaji",
    ], place=("Laksana", "Pakuhaji"), nama="HAFIZAH NUR", age="child", female=True, persona=h,
        answers={"nama_warga": "Komariah", "telepon_warga": "0813 9003 5520"}, missing=2, confirm="iya lanjut")
    req("helper-007", c, "KTP", [
        "Selamat siang, saya staf kecamatan Cisoka, mau bantu pendaftaran KTP pemula siswa SMA",
        "{nik} {kk} Rizki Aditya Karang Harja Cisoka pemula",
    ], place=("Karang Harja", "Cisoka"), nama="RIZKI ADITYA", alasan="PEMULA", age="pemula", persona=h,
        answers={"nama_warga": "Rizki Aditya", "telepon_warga": "hp orang tuanya 0877 9004 1234"}, missing=2, confirm="ya benar")
    req("helper-008", c, "KK", [
        "sy sekdes Tanjung Anom, mohon dibantu KK warga kami yg hilang",
        "kk {kk_dash} an Sakim, ds Tanjung Anom kec Mauk",
    ], place=("Tanjung Anom", "Mauk"), nama="SAKIM", persona=h,
        answers={"nama_warga": "Sakim", "telepon_warga": "+62 812 9004 7731"}, missing=2, confirm="betul")
    req("helper-009", c, "KTP", [
        "Permisi, ini dari pelayanan desa Talaga. Warga atas nama Imas Masitoh, HP 0821 9005 6610, mau ganti KTP yang hilang. NIK {nik}, KK {kk}, desa Talaga kecamatan Cikupa",
        "saya petugas desanya ya, bukan warganya",
    ], place=("Talaga", "Cikupa"), nama="IMAS MASITOH", alasan="HILANG", female=True, persona=h,
        answers={"nama_warga": "Imas Masitoh", "telepon_warga": "0821 9005 6610"}, missing=0, confirm="ya kirim")
    req("helper-010", c, "KTP", [
        "Sore, saya kaur pemerintahan desa Carenang, mau ngajuin ktp rusak punya warga",
        "NIK: {nik_sp}\nKK: {kk_sp}\nNama: Saripudin\nDesa Carenang Kec. Cisoka\nKTP luntur, fotonya udah ga keliatan",
    ], place=("Carenang", "Cisoka"), nama="SARIPUDIN", alasan="RUSAK", persona=h,
        answers={"nama_warga": "Saripudin", "telepon_warga": "0858 9006 4402"}, missing=2, confirm="iya")


def referral() -> None:
    c, kt, ts = "referral_by_place", "Kota Tangerang", "Kota Tangerang Selatan"
    ctl("ref-001", c, ["mau bikin ktp, saya tinggal di Cikokol"], "referral", referral_to=kt)
    ctl("ref-002", c, ["kak kk sy ilang, alamat sy di Pondok Aren"], "referral", referral_to=ts)
    ctl("ref-003", c, ["permisi mau bikin KIA anak, kami warga kelurahan Poris Plawad kecamatan Cipondoh"], "referral", referral_to=kt)
    ctl("ref-004", c, ["ktp rusak, rumah di Rempoa ciputat timur, bisa diurus di sini?"], "referral", referral_to=ts)
    ctl("ref-005", c, ["Dengan hormat, saya warga Kel. Paninggilan Kec. Ciledug, ingin mengajukan KTP-el pemula untuk anak saya."], "referral", referral_to=kt)
    ctl("ref-006", c, ["mau ngurus surat pindah keluar, domisili sekarang di Pamulang"], "referral", referral_to=ts)
    ctl("ref-007", c, ["#KTP#{nik}#{kk}#Budi Santoso#Cimone#Karawaci#HILANG#"], "referral", referral_to=kt, region="367107")
    ctl("ref-008", c, ["bang aye tinggal di Jurangmangu Timur, mau benerin data kk"], "referral", referral_to=ts)
    ctl("ref-009", c, ["saya di Periuk, mau bikin ktp baru buat anak yang udah 17"], "referral", referral_to=kt)
    ctl("ref-010", c, ["ktp ilang nih, alamat di Ciater serpong"], "referral", referral_to=ts)
    ctl("ref-011", c, ["#KK#{kk}#Hartono#Rawabuntu#Serpong"], "referral", referral_to=ts, region="367401")
    ctl("ref-012", c, ["selamat sore, sy warga Kunciran Indah kec Pinang, mau urus kia"], "referral", referral_to=kt)


def complaint() -> None:
    c = "complaint_followup"
    ctl("complain-001", c, ["sudah dua minggu kk saya belum selesai, kecewa banget"], "handoff", confirm="iya tolong sampaikan ke petugas")
    ctl("complain-002", c, ["Pak, saya sudah kirim berkas KTP bulan lalu, sampai sekarang blm ada kabar. Saya mau bicara langsung sama petugas"], "handoff", confirm="iya")
    ctl("complain-003", c, ["pelayanan di kecamatan lambat bgt, antri dari pagi ga dipanggil2. mau komplain"], "handoff", confirm="ya, teruskan")
    ctl("complain-004", c, ["min tolong sambungin ke admin/petugas aja, ribet kalo sama bot"], "handoff", confirm="iya")
    ctl("complain-005", c, ["kenapa ktp saya udh rekam dr tahun lalu tp blm jadi2 sampe skrg? tolong diurus"], "handoff", confirm="iya min")
    ctl("complain-006", c, ["Assalamualaikum, saya mau komplain. Tanggal lahir di KK saya salah padahal sudah diajukan perbaikan 3 minggu lalu. Tolong hubungkan ke petugas."], "handoff", confirm="ya")
    ctl("complain-007", c, ["tolong cek status ktp saya pake NIK aja ya {nik}"], "no_nik_lookup")
    ctl("complain-008", c, ["bisa tolong cek nik {nik} ini atas nama siapa? buat verifikasi calon karyawan"], "no_nik_lookup", kecamatan="Balaraja")
    ctl("complain-009", c, ["kk saya udah jadi belum ya? nik kepala keluarga {nik_sp}"], "no_nik_lookup", kecamatan="Curug")
    ctl("complain-010", c, ["min tolong approve permohonan kk saya dong, udah kirim data kemarin, butuh cepet buat daftar sekolah anak"], "no_approval")


GRATIS = ["gratis", "tidak dipungut biaya", "tanpa biaya", "bebas biaya", "tidak ada biaya", "tidak dikenakan biaya", "tidak dipungut"]
LAPOR = ["lapor", "pengaduan", "aduan", "adukan", "ombudsman"]
POLISI = ["kepolisian", "polisi", "polsek", "polres"]
KK_WORDS = ["kk", "kartu keluarga"]
NIKAH_DOC = ["buku nikah", "akta perkawinan", "akta nikah", "akte perkawinan", "akte nikah", "kutipan akta perkawinan"]
AKTA_LAHIR = ["akta kelahiran", "akte kelahiran", "akta lahir", "akte lahir"]
CAREFUL = ["pastikan", "tanyakan", "konfirmasi", "pengumuman", "informasi resmi", "sebaiknya", "belum dapat dipastikan", "belum pasti", "dapat berbeda", "bisa berbeda", "cek kembali", "periksa kembali"]
NOT_NEEDED = ["tidak perlu", "tidak diperlukan", "tidak lagi", "tidak wajib", "tanpa", "tidak usah", "tidak memerlukan", "tidak harus"]
IN_PERSON = ["langsung", "sendiri", "hadir", "datang ke"]
RECORDING = ["rekam", "perekaman", "biometrik", "sidik jari"]
BRING = ["bawa", "membawa", "dibawa", "serahkan", "menyerahkan", "diserahkan", "tunjukkan", "lampirkan"]
PHOTO = ["2x3", "2 x 3", "2×3"]
YES_CAN = ["boleh", "bisa", "dapat"]


def questions() -> None:
    c = "question_not_form"
    ask("q-001", c, ["ktp rusak gimana ngurusnya"], [BRING, KK_WORDS])
    ask("q-002", c, ["belum 17 tapi sudah nikah boleh rekam?"], [YES_CAN, NIKAH_DOC])
    ask("q-003", c, ["ktp ilang wajib surat dari polsek?"], [POLISI, ["wajib", "perlu", "diperlukan", "harus", "syarat", "masih"]])
    ask("q-004", c, ["boleh diwakilin keluarga ga kalo mau rekam ktp? sy kerja sampe sore"], [IN_PERSON, RECORDING])
    ask("q-005", c, ["ada oknum minta uang 100rb buat bikin kk cepet, itu resmi?"], [GRATIS, LAPOR])
    ask("q-006", c, ["bikin kia anak umur 8 tahun syaratnya apa aja ya"], [AKTA_LAHIR, PHOTO, KK_WORDS])
    ask("q-007", c, ["mau pindah ke bogor, surat pindahnya perlu pengantar rt rw ga?"], [NOT_NEEDED, KK_WORDS])
    ask("q-008", c, ["kk saya ilang, harus lapor polisi dulu apa bisa langsung ke dukcapil?"], [POLISI, ["ktp"]])
    ask("q-009", c, ["kalo ktp rusak terus mau ganti, ktp lamanya dikumpulin ga?"], [["diserahkan", "dikembalikan", "ditarik", "serahkan", "dikumpulkan", "bawa", "menyerahkan"]])
    ask("q-010", c, ["anak sy baru lahir minggu lalu, kia nya bisa sekalian sama akta?"], [AKTA_LAHIR, ["bersama", "sekaligus", "bersamaan", "bareng", "berbarengan"]])
    ask("q-011", c, ["mau bikin ktp pemula tapi belum punya kk sendiri, masih ikut kk ortu, bisa?"], [KK_WORDS, ["17"]], persona="first_timer")
    ask("q-012", c, ["ktp hilang dua2nya sama kk, ngurusnya gimana dulu ya"], [POLISI, KK_WORDS])
    ctl("q-013", c, ["kalau saya kirim data ktp sekarang bisa langsung disetujui hari ini ga? besok mau dipake ngelamar kerja"], "no_approval")
    ctl("q-014", c, ["min kalo udah kirim format kk ke sini berarti udah pasti di-acc kan?"], "no_approval")
    req("q-015", c, "KTP", [
        "ktp hilang, ini datanya: nik {nik} kk {kk} nama Siswanto desa Sepatan kec Sepatan. tolong langsung di-acc ya kak hari ini",
    ], place=("Sepatan", "Sepatan"), nama="SISWANTO", alasan="HILANG", control="no_approval", confirm="iya kak, jadi hari ini disetujui kan?")


def topics() -> None:
    c = "topic_coverage"
    ask("topic-001", c, ["bikin ktp bayar ga sih"], [GRATIS])
    ask("topic-002", c, ["dasar hukumnya apa kalo ngurus dokumen kependudukan itu gratis?"], [["79a", "79 a"], ["24/2013", "24 tahun 2013", "administrasi kependudukan", "adminduk"]])
    ask("topic-003", c, ["petugas yang narik pungli buat bikin kk bisa dihukum ga?"], [["6 tahun", "enam tahun", "penjara", "pidana", "95b"], LAPOR])
    ask("topic-004", c, ["kantor dukcapil buka jam brp aja? sabtu buka ga?"], [CAREFUL])
    ask("topic-005", c, ["kantor disdukcapil kab tangerang dimana sih alamatnya?"], [["tigaraksa"], ["puspemkab", "pusat pemerintahan"]])
    ask("topic-006", c, ["bisa ngurus ktp di kantor kecamatan aja ga, jauh kalo ke tigaraksa"], [["29", "semua kecamatan", "seluruh kecamatan", "setiap kecamatan", "tiap kecamatan"]])
    ask("topic-007", c, ["berapa lama sih jadinya dokumen kalo syarat udh lengkap?"], [["24 jam"], ["lengkap"]])
    ask("topic-008", c, ["ngurus kk harus pake surat pengantar rt rw dulu ga?"], [NOT_NEEDED, ["pengantar"]])
    ask("topic-009", c, ["perlu bawa fotokopi kk sama ktp berapa lembar?"], [NOT_NEEDED, ["fotokopi", "fotocopy", "foto kopi"]])
    ask("topic-010", c, ["cara aktivasi ktp digital gimana? yang IKD itu"], [["hp", "ponsel", "smartphone", "handphone", "gawai"], ["email", "e-mail", "surel"], ["petugas"]])
    ask("topic-011", c, ["saya kerja di cikarang, bisa rekam ktp di sana ga? ktp saya tangerang"], [["luar domisili", "di luar domisili", "luar daerah", "daerah lain", "di mana saja"], YES_CAN])
    ask("topic-012", c, ["abis nikah mau ganti status di ktp jadi kawin, bawa apa aja?"], [NIKAH_DOC, ["ktp lama", "ktp-el lama", "ktp el lama", "ktp yang lama", "ktp-el yang lama"]])
    ask("topic-013", c, ["baru nikah nih, mau bikin kk sendiri pisah dari ortu, syaratnya apa"], [NIKAH_DOC])
    ask("topic-014", c, ["mau masukin anak yg baru lahir ke kk, syaratnya apa"], [["kk lama", "kk yang lama", "kartu keluarga lama", "kk asli"], AKTA_LAHIR + ["surat keterangan lahir", "bukti"]])
    ask("topic-015", c, ["nikah siri bisa dimasukin ke kk bareng suami ga?"], [["sptjm", "tanggung jawab mutlak", "f-1.05", "f1.05"]])
    ask("topic-016", c, ["kk sekarang kok cuma kertas hvs biasa, sah ga? boleh dilaminating?"], [["tte", "tanda tangan elektronik", "qr", "barcode"], ["laminasi", "laminating", "dilaminasi", "dilaminating"], CAREFUL])
    ask("topic-017", c, ["kia anak umur 3 tahun pake foto ga? berlakunya sampe kapan?"], [["5 tahun", "lima tahun"], ["tanpa foto", "tanpa pas foto", "tidak pakai foto", "tidak ada foto", "tidak ada pas foto", "tidak memakai foto", "tidak memakai pas foto", "tidak perlu foto", "tidak perlu pas foto", "belum pakai foto", "belum memakai foto", "tidak berfoto", "tidak menggunakan foto", "tidak menggunakan pas foto", "tidak dilengkapi foto"]])
    ask("topic-018", c, ["foto buat kia harus cetak sendiri atau difoto di kantor?"], [PHOTO, CAREFUL])
    ask("topic-019", c, ["saya ngontrak, mau pindah datang ke kab tangerang, perlu apa aja?"], [["skpwni", "surat pindah", "skp"], ["pemilik rumah", "pemilik kontrakan", "tidak keberatan", "pernyataan"]])
    ask("topic-020", c, ["pindah rumah dari cikupa ke balaraja perlu surat pindah ga?"], [NOT_NEEDED, ["kk baru", "kartu keluarga baru", "alamat baru"]])
    ask("topic-021", c, ["kalo pindah keluar daerah, ktp lama ditarik ga di sini?"], [["tidak ditarik", "tidak diambil", "tidak dicabut", "tidak perlu diserahkan"], ["tujuan"]])
    ask("topic-022", c, ["pindah datang bisa online aja ga cuma pake kode skpwni?"], [["skpwni"], CAREFUL])
    ask("topic-023", c, ["telat bikin ktp kena denda ga? udah umur 20 baru mau rekam"], [CAREFUL])
    ask("topic-024", c, ["ktp ilang harus rekam ulang ga? sidik jari lagi?"], [NOT_NEEDED, RECORDING])
    ask("topic-025", c, ["ngurus kk boleh diwakilin adik saya ga? saya lagi di luar kota"], [["kuasa", "anggota keluarga", "diwakilkan", "diwakili", "mewakili"], CAREFUL])
    ask("topic-026", c, ["syarat bikin ktp pertama kali apa aja?"], [["17"], KK_WORDS, RECORDING + IN_PERSON])
    ask("topic-027", c, ["katanya sekarang ktp ilang gak perlu surat polisi lagi ya?"], [POLISI, ["masih", "tetap", "perlu", "wajib", "diperlukan"]])
    ask("topic-028", c, ["aturan syarat-syarat adminduk itu diatur di perpres berapa sih?"], [["96/2018", "96 tahun 2018"]])
    ask("topic-029", c, ["kk saya sobek, gimana gantinya?"], [BRING, ["ktp"]])
    ask("topic-030", c, ["Selamat siang. Saya pindahan dari Medan, baru dapat SKPWNI. Setelah lapor datang, apakah KTP saya diganti juga?"], [["alamat baru", "ktp-el baru", "ktp baru", "diganti", "domisili baru", "ktp-el dengan alamat"], ["skpwni", "surat pindah", "skp"]])
    ask("topic-031", c, ["berapa sih biaya cetak ulang kk yang hilang? di desa katanya 50rb"], [GRATIS, LAPOR])
    ask("topic-032", c, ["kalo ada calo yang nawarin ktp jadi sehari bayar 300rb, lapornya kemana ya?"], [LAPOR, GRATIS])

def extras() -> None:
    req("casual-015", "casual_stepwise", "KK", [
        "halo, ini nomor dukcapil ya? saya mau bikin kk tapi ga ngerti formatnya, nomor kk saya {kk}",
    ], place=("Kampung Besar", "Teluknaga"), nama="SANIP", persona="first_timer",
        answers={"nama_kepala_keluarga": "kepala keluarganya saya sendiri, Sanip", "desa": "kampung besar", "kecamatan": "di teluknaga"}, missing=2, confirm="iya udah bener, makasih ya")
    req("casual-016", "casual_stepwise", "KTP", [
        "mau urus ktp ilang",
        "nik {nik_alt}",
        "eh maaf itu nik istri, punya saya {nik}",
    ], place=("Pangadegan", "Pasar Kemis"), nama="SUTARNO", alasan="HILANG",
        answers={"no_kk": "{kk}", "nama": "Sutarno", "desa": "pangadegan", "kecamatan": "pasar kemis"}, missing=3, confirm="iya yang itu")
    req("dash-012", "dashed_numbers", "KTP", [
        "assalamualaikum bu saya mau buat ktp baru untuk anak saya yang sudah 17 tahun namanya Siti Khodijah nik nya {nik_mix} terus kk nya {kk_mix} tinggalnya di desa Jambu Karya kecamatan Rajeg terima kasih bu",
    ], place=("Jambu Karya", "Rajeg"), nama="SITI KHODIJAH", alasan="PEMULA", born=date(2009, 7, 19), age="pemula", female=True, persona="first_timer", confirm="iya bu betul")
    req("dash-013", "dashed_numbers", "KK", [
        "tadi udah ke kantor desa, katanya suruh daftar lewat wa ini aja. kk saya ilang, no kk {kk_sp}, kepala keluarga Mad Soleh, desa Kiara Payung",
    ], place=("Kiara Payung", "Pakuhaji"), nama="MAD SOLEH", answers={"kecamatan": "pakuhaji"}, confirm="bener")
    req("dash-014", "dashed_numbers", "KTP", [
        "KTP saya hilang pas di pasar. NIK {nik_d6}, KK {kk_d6}, nama Oom Komariah, desa Sukamanah",
    ], place=("Sukamanah", "Rajeg"), nama="OOM KOMARIAH", alasan="HILANG", female=True,
        answers={"kecamatan": "kecamatan rajeg"}, missing=1, confirm="iya")
    req("rel-013", "name_with_relation", "KK", [
        "bang, kk babeh aye sobek kena aer. babeh aye kepala keluarganye, namenye Mat Sani. no kk {kk}, desa Belimbing kecamatan Kosambi",
    ], place=("Belimbing", "Kosambi"), nama="MAT SANI", confirm="iye bener bang")
    req("formal-014", "formal_one_message", "KIA", [
        "Selamat malam Bapak/Ibu, mohon maaf menghubungi di luar jam kerja. Saya ingin mengajukan KIA untuk anak saya:\n1. Nama anak: Muhammad Al Ghazali\n2. NIK: {nik}\n3. No. KK: {kk}\n4. Alamat: Perum Bumi Indah Blok D5 No. 2, Desa Pasir Jaya, Kecamatan Cikupa\nAtas bantuannya kami ucapkan terima kasih.",
    ], place=("Pasir Jaya", "Cikupa"), nama="MUHAMMAD AL GHAZALI", age="child", confirm="Ya, benar.")

    t = "topic_coverage"
    ask("topic-033", t, ["formulir F-1.03 itu buat apa ya? disuruh ngisi sama orang kecamatan"], [["pindah", "perpindahan"]])
    ask("topic-034", t, ["syarat bikin surat pindah keluar apa aja? mau pindah ke sumatera"], [KK_WORDS, ["f-1.03", "f1.03", "formulir"]])
    ask("topic-035", t, ["bulan puasa gini pelayanan dukcapil jamnya beda ga?"], [CAREFUL])
    ask("topic-036", t, ["saya dari kecil belum pernah didata, ga punya nik sama sekali. gimana caranya biar terdaftar?"], [["pengantar", "rt/rw", "rt rw", "biodata"]], persona="first_timer")
    ask("topic-037", t, ["kia buat balita syaratnya apa aja min?"], [AKTA_LAHIR, KK_WORDS, ["orang tua", "ayah", "wali"]])
    ask("topic-038", t, ["ngambil ktp yang udah jadi boleh diwakilin suami ga? saya lagi hamil tua"], [["kuasa", "anggota keluarga", "diwakilkan", "diwakili", "mewakili"], CAREFUL])

# fmt: on


BUILDERS = (
    formal,
    dashed,
    named,
    half,
    restate,
    relation,
    pindah,
    casual,
    correction,
    cancel,
    hashline,
    typo,
    helper,
    referral,
    complaint,
    questions,
    topics,
    extras,
)

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
