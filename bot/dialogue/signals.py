"""Cues that are not data: yes / no, cancel, a wish for a human, a village-office helper,
a complaint, a ticket code. Whole-message judgements on normalised words, Rasa-free.

Each function answers one question about a resident's message; the turn decides what to do.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from bot.reference.text import clean

__all__ = [
    "agrees",
    "amends",
    "announces_resend",
    "asks_approval",
    "asks_for_service",
    "asks_lookup",
    "asks_own_status",
    "cannot_come",
    "for_the_officer",
    "strong_complaint",
    "starts_with_yes",
    "switches_service",
    "strip_courtesy",
    "takes_the_offer",
    "complaint",
    "is_cancel",
    "is_no",
    "is_yes",
    "name_is_a_word",
    "only_restates",
    "ticket_code_in",
    "wants_human",
    "words",
    "is_helper",
]


@cache
def _cues() -> dict[str, Any]:
    """The cue words, from cues.yml beside this module."""
    loaded = yaml.safe_load((Path(__file__).parent / "cues.yml").read_text(encoding="utf-8"))
    return dict(loaded)


def _words_of(name: str) -> frozenset[str]:
    return frozenset(str(_cues()[name]).split())


def _phrases_of(name: str) -> tuple[str, ...]:
    return tuple(str(p) for p in _cues()[name])


_FILLER = _words_of("filler")
_YES_WORDS = _words_of("yes_words")
_YES_CORE = _words_of("yes_core")
_NO_WORDS = _words_of("no_words")
_NO_CORE = _words_of("no_core")
_COURTESY = _words_of("courtesy")
_TITLES = _words_of("titles")
_NOT_A_NAME = _YES_WORDS | _NO_WORDS | _FILLER | _words_of("not_a_name")
_CANCEL = _phrases_of("cancel")
_HUMAN = _phrases_of("human")
_HUMAN_VERBS = _phrases_of("human_verbs")
_HELPER = _phrases_of("helper")
_COMPLAINT = _phrases_of("complaint")
_OWN_STATUS = _phrases_of("own_status")
_AGREE = _phrases_of("agree_phrases")
_RESCHEDULE = _phrases_of("reschedule")
_FOR_OFFICER = _phrases_of("for_officer")


_FOLLOW_UP = re.compile(
    r"\b(?:SUDAH|UDAH|UDH|SDH|APA SUDAH|APAKAH SUDAH)\s+(?:JADI|SELESAI|BERES|DIPROSES|DICETAK|"
    r"BISA DIAMBIL|JD)\s*(?:BELUM|BLM|BLOM|APA BELUM|ATAU BELUM|GAK|GA|NGGAK)\b"
    r"|\b(?:SAYA|SY|KU|AKU|KAMI|ANAK SAYA|ANAK SY)\b.{0,30}\bKAPAN\s+(?:JADI|JADINYA|SELESAI|"
    r"SELESAINYA|BERES|BERESNYA|BISA DIAMBIL|DIAMBIL|DIPROSES)\b"
    r"|\bKAPAN\s+(?:JADI|JADINYA|SELESAI|SELESAINYA|BERES|BERESNYA)\b.{0,30}\b(?:SAYA|SY|KU|AKU)\b"
    # "kemarin sy kirim 5 permohonan ..., yg 3 lagi gmn ya?": requests sent, asked after
    r"|\b(?:SUDAH|UDAH|UDH|SDH|KEMARIN|KEMAREN|KMRN|MINGGU\s+LALU|BULAN\s+LALU)\b.{0,25}\b"
    r"(?:KIRIM|MENGIRIM|NGIRIM|KIRIMKAN|AJUKAN|MENGAJUKAN|NGAJUIN|NGAJUKAN)\s+(?:\w+\s+){0,3}?"
    r"(?:PERMOHONAN|BERKAS|DATA|PENGAJUAN)\b.{0,80}\b(?:GMN|GIMANA|BAGAIMANA|KABAR|KAPAN|BELUM|BLM)\b"
)
_WAITED = re.compile(
    r"\b(?:SUDAH|UDAH|UDH|SDH|SEJAK|DARI|HAMPIR|LEBIH DARI)\s+"
    r"(?:\d+|SATU|DUA|TIGA|EMPAT|LIMA|ENAM|BEBERAPA|BERAPA|SE)\s*"
    r"(?:HARI|MINGGU|MGG|BULAN|BLN|TAHUN|THN)\b"
)
_WAITED_SINCE = re.compile(
    r"\b(?:DARI|SEJAK|UDAH|SUDAH|UDH)\s+(?:BULAN|MINGGU|TAHUN|BLN|MGG)\s+(?:LALU|KEMARIN|KEMAREN|KMRN)\b"
)
_WAITED_ONE = re.compile(r"\b(?:SEMINGGU|SEBULAN|SETAHUN|BERMINGGU|BERBULAN|BERHARI)\b")
_PENDING = re.compile(  # not done yet: "belum jadi", "gak ada kabar", "blm diproses juga"
    r"\b(?:BELUM|BLM|BLOM|GAK|GA|GK|TIDAK|TDK|NGGAK|ENGGAK|KAGAK)\s+(?:\w+\s+){0,3}?"
    r"(?:JADI|JADINYA|SELESAI|BERES|DIPROSES|PROSES|KELUAR|DICETAK|CETAK|TERCETAK|TERBIT|"
    r"DITERBITKAN|DIPANGGIL|DIAMBIL|BISA\s+DIAMBIL|DIKIRIM|DIBALAS|DIRESPON|DIRESPONS|"
    r"DIJAWAB|DITANGGAPI|DIKABARI|ADA\s+(?:KABAR|RESPON|RESPONS|BALASAN|JAWABAN|INFO|INFORMASI|"
    r"KEJELASAN|TANGGAPAN|PANGGILAN)|KABAR|RESPON|RESPONS|JELAS)\b"
    r"|\bMASIH\s+(?:BARU|DIPROSES|PROSES|MENUNGGU|NUNGGU|PENDING|BELUM)\b"  # "statusnya masih BARU"
    r"|\b(?:BELUM|BLM|GAK|GA|TIDAK)\s+(?:SELESAI2|JADI2|BERES2|KELAR2)\b"  # "blm selesai2"
)
_HURRY = re.compile(  # "tolong percepat, sudah seminggu", "kok lama banget"
    r"\b(?:PERCEPAT|DIPERCEPAT|PERCEPATAN|LAMA\s+(?:BANGET|SEKALI|BGT|AMAT)|KOK\s+LAMA|"
    r"NUNGGU|MENUNGGU|DITUNGGU|DITINDAKLANJUTI|TINDAK\s+LANJUT)\b"
)
# "dimintain 150rb sama oknum biar cepet", "sy mau lapor petugas yg minta duit": money asked
# by someone at an office, or a report about a person there, is a complaint for an officer
_MONEY = (
    r"(?:UANG|DUIT|BAYARAN|IMBALAN|PELICIN|ROKOK|\d+\s*(?:RB|RIBU|K|JT|JUTA)|RB|RIBU|RIBUAN|JUTA)\b"
)
_ASKED_MONEY = re.compile(
    r"\b(?:MINTA|MINTAIN|MINTAK|DIMINTA|DIMINTAIN|DIMINTAI|MEMINTA|MALAK|MALAKIN|DIPALAK|"
    r"NARIK|NARIKIN|MENARIK|DITARIK|DITARIKIN|PUNGUT|MUNGUT|MEMUNGUT|DIPUNGUT|SURUH\s+BAYAR|"
    r"DISURUH\s+BAYAR|DISURUH\s+NGASIH|NGASIH)\s+(?:\w+\s+){0,3}?" + _MONEY
)
_BLAMED = re.compile(
    r"\b(?:OKNUM|CALO|PETUGAS|PEGAWAI|STAF|STAFF|ORANG|LAPOR|MELAPOR|MELAPORKAN|NGADU|ADUKAN|"
    r"KECAMATAN|KELURAHAN|DESA|KANTOR|LOKET|DUKCAPIL|CAPIL|TERIMA|KECEWA|RESMI)\b"
)
_REPORTING = re.compile(
    r"\b(?:MAU|INGIN|PENGEN|PENGIN|HENDAK|AKAN|MO)\s+(?:LAPOR|MELAPOR|MELAPORKAN|NGELAPORIN|"
    r"LAPORKAN)\s+(?:INI|HAL\s+INI|KEJADIAN|PETUGAS|PEGAWAI|OKNUM|ORANG|STAF|STAFF|PELAYANAN|"
    r"PERBUATAN|TINDAKAN|SOAL\s+(?:INI|PUNGUTAN|PUNGLI|OKNUM|PETUGAS|UANG))\b"
)


# "KK yg baru jadi, tanggal lahir anak sy salah": data printed wrong on a card is for an
# officer (no request of this assistant changes it)
_PRINTED_WRONG = re.compile(
    r"\b(?:TANGGAL\s+LAHIR|TGL\s+LAHIR|TEMPAT\s+LAHIR|TAHUN\s+LAHIR|NAMA\s+IBU|NAMA\s+AYAH|"
    r"AGAMA|PEKERJAAN|GOLONGAN\s+DARAH|GOL\s+DARAH|JENIS\s+KELAMIN|STATUS\s+PERKAWINAN|"
    r"HUBUNGAN\s+KELUARGA|PENDIDIKAN)(?:NYA)?\b.{0,40}\b(?:SALAH|KELIRU|KEBALIK|TERBALIK|"
    r"TERTUKAR|KETUKER|BEDA|BERBEDA|GA\s+SESUAI|TIDAK\s+SESUAI|GAK\s+SESUAI)\b"
)


_HYPOTHETICAL = re.compile(
    r"^(?:\w+\s+)?(?:KALAU|KALO|KLO|JIKA|JIKALAU|MISAL|MISALNYA|SEANDAINYA|APABILA|BILA)\b"
)


def _bribe(joined: str) -> bool:
    """Money asked, told as something that happened ("kalau ada yang minta duit ..." asks
    what to do, and is answered), or a report announced."""
    happened = _ASKED_MONEY.search(joined) and _BLAMED.search(joined)
    return bool((happened and not _HYPOTHETICAL.search(joined)) or _REPORTING.search(joined))


_TICKET_CODE = re.compile(r"\b(KK|KTP|KIA|PINDAH|UMUM)\s*-\s*([A-HJ-NP-Z2-9]{6,})\b", re.I)


def words(text: str) -> list[str]:
    """Upper-case words of the message, punctuation dropped, repeats ('iyaa2') kept."""
    return re.sub(r"[^0-9A-Z]+", " ", clean(text).upper()).split()


def _phrase_in(text_words: list[str], phrases: tuple[str, ...]) -> bool:
    joined = f" {' '.join(text_words)} "
    return any(f" {phrase} " in joined for phrase in phrases)


def is_yes(text: str) -> bool:
    """A whole message that agrees: 'ya', 'iya betul min', 'sudah benar semua', 'oke siap'."""
    ws = [w for w in words(text) if w not in _FILLER]
    if not ws or len(ws) > 6 or any(w in _NO_CORE for w in ws):
        return False
    return all(w in _YES_WORDS for w in ws) and any(w in _YES_CORE for w in ws)


def starts_with_yes(text: str) -> bool:
    """'iya betul, desa cukanggalih': agreement first, then (perhaps) a restatement."""
    ws = [w for w in words(text) if w not in _FILLER][:3]
    head: list[str] = []
    for w in ws:
        if w not in _YES_WORDS:
            break
        head.append(w)
    return bool(head) and any(w in _YES_CORE for w in head)


_BUT = frozenset({"TAPI", "TETAPI", "TP", "MELAINKAN", "HARUSNYA", "SEHARUSNYA", "GANTI"})


def agrees_restating(text: str, offered: str) -> bool:
    """'ya benar talagasari', 'iya itu maksud saya': agreement first, then only the offered
    words again or a few words of talk; never with a "no" or "but" word or a number."""
    ws = [w for w in words(text) if w not in _FILLER]
    if not starts_with_yes(text) or any(w in _NO_CORE or w in _BUT or w.isdigit() for w in ws):
        return False
    rest = [w for w in ws if w not in _YES_WORDS]
    said = set(words(offered)) | {"DESA", "DS", "KEL", "KELURAHAN", "KEC", "KECAMATAN", "DI"}
    return len(rest) <= 3 or all(w in said for w in rest)


def only_restates(text: str, offered: str) -> bool:
    """ "legok", "desa babat" to 'Maksud Bapak/Ibu Desa Babat, Kec. Legok?': only the offered
    names again (and their keywords), which agrees."""
    ws = [w for w in words(text) if w not in _FILLER]
    said = set(words(offered)) | {"DESA", "DS", "KEL", "KELURAHAN", "KEC", "KECAMATAN", "DI"}
    return bool(ws) and all(w in said for w in ws) and bool(set(ws) & set(words(offered)))


def agrees(text: str) -> bool:
    """At confirmation: 'Benar, data tersebut sudah sesuai.', 'leres, sudah benar', 'Ya, data
    sudah benar.' — agreement in a sentence, with no "no" word and no question."""
    ws = [w for w in words(text) if w not in _FILLER]
    if not ws or len(ws) > 12 or "?" in text or any(w in _NO_CORE for w in ws):
        return False
    return starts_with_yes(text) or _phrase_in(ws, _AGREE) or is_yes(text)


_SWITCH = re.compile(r"\b(?:BUKAN|GANTI|SALAH|MAKSUD|MAKSUDNYA|SEBENARNYA|SEBENERNYA|EH|KELIRU)\b")


# "kalo ga salah", "klo tdk salah": "if I remember right", no change of mind
_IF_NOT_WRONG = re.compile(
    r"\b(?:KALAU|KALO|KLO|KL|JIKA|KALAUPUN)\s+(?:GA|GAK|GK|NGGAK|ENGGAK|TIDAK|TDK|TAK)\s+SALAH\b"
)


def switches_service(text: str) -> bool:
    """'eh salah, maksud saya KIA': the resident changes the kind of request."""
    return bool(_SWITCH.search(_IF_NOT_WRONG.sub(" ", " ".join(words(text)))))


def is_no(text: str) -> bool:
    """A whole message that disagrees: 'tidak', 'bukan itu kak', 'gak usah makasih'."""
    ws = [w for w in words(text) if w not in _FILLER]
    if not ws or len(ws) > 6:
        return False
    return all(w in _NO_WORDS for w in ws) and any(w in _NO_CORE for w in ws)


_ABOUT_CANCELLING = _words_of("about_cancelling")
_CANCEL_WORDS = _words_of("cancel_words")
_AMEND_WORDS = _words_of("amend_words")
_RIGHT_ONE = re.compile(r"\b(?:YANG|YG)\s+(?:BENAR|BENER|BETUL)\b")


def amends(text: str) -> bool:
    """'ralat, desanya Parahu', 'namanya yang benar Dewi Sartika': the message corrects
    something (a request under way or one already sent)."""
    ws = words(text)
    arrow = bool(re.search(r"->|=>|\u2192", text))  # "endang -> endang suryana"
    return arrow or bool(_AMEND_WORDS & set(ws)) or bool(_RIGHT_ONE.search(" ".join(ws)))


_DOCUMENT_WORD = re.compile(r"\b(?:KTP|EKTP|KK|KIA|SKPWNI|SKDWN|KARTU|AKTA)\b")


def _new_request(clause: str) -> bool:
    """ "sekarang mau bikin kk": a clause asking for a document, with no "no" in it."""
    ws = words(clause)
    return (
        asks_for_service(clause)
        and bool(_DOCUMENT_WORD.search(" ".join(ws)))
        and not (_NO_CORE | {"BELUM", "BLM"}) & set(ws)
    )


_DETAIL_DROPPED = re.compile(
    r"\b(?!(?:PERMOHONAN|PENGAJUAN|PERMINTAAN|KTP|KK|KIA|SURAT|URUSAN|BERKAS)NYA\b)\w+NYA\s+"
    r"(?:GA|GAK|NGGAK|ENGGAK|TIDAK|TDK|GK)\s+(?:USAH|PERLU|DIPAKAI|DIPAKE|DITULIS|DICANTUMKAN)\b"
)


def is_cancel(text: str) -> bool:
    """'batal', 'gak jadi deh', 'Mohon maaf, permohonan tadi saya batalkan saja.': a message
    that cancels (never a question about cancelling, a complaint, or one carrying data)."""
    ws = words(text)
    if not ws or len(ws) > 20:
        return False
    if _ABOUT_CANCELLING & set(ws):
        return _cancel_then_later(text)
    joined = " ".join(ws)
    if _DETAIL_DROPPED.search(joined):
        return False  # "namanya Bambang, S.Pd tp gelarnya ga usah": a detail, not the request
    clauses = [c for c in re.split(r"[,.;!]", clean(text)) if c.strip()]
    if len(clauses) > 1 and _new_request(clauses[-1]):
        return False  # "tadi sudah batal, sekarang mau bikin kk": a request after it
    if len(ws) <= 14 and any(joined.startswith(p + " ") or joined == p for p in _CANCEL):
        return True
    if len(ws) <= 7 and _phrase_in(ws, _CANCEL):
        return True
    # Longer: a cancel verb or a cancel phrase of two words or more, in a sentence that is
    # neither a question nor a complaint ("udah ga usah, saya urus sendiri aja ke kantor").
    spaced = f" {joined} "
    phrase = bool(_CANCEL_WORDS & set(ws)) or any(" " in p and f" {p} " in spaced for p in _CANCEL)
    asking = bool(_STRONG_QUESTION.search(clean(text).upper()))
    if phrase and not asking and not complaint(text) and not any(w.isdigit() for w in ws):
        return True
    # "oh harus ke kecamatan dulu ya, yaudah batalin aja": the last clause decides
    if len(clauses) > 1 and "?" not in clauses[-1] and is_cancel(clauses[-1]):
        return True
    return _cancel_then_later(text)


def _cancel_then_later(text: str) -> bool:
    """ "... belum jadi. gak jadi dulu deh, nanti kalo udah ada": a cancel, then only when
    the resident may come back."""
    clauses = [c for c in re.split(r"[,.;!?]", clean(text)) if c.strip()]
    for k in range(1, len(clauses) - 1):
        rest = [w for c in clauses[k + 1 :] for w in words(c)]
        if rest and set(rest) <= _LATER and is_cancel(clauses[k]):
            return True
    return False


_LATER_WORDS = (
    "NANTI NTAR ENTAR KALO KALAU KLO KL UDAH SUDAH UDH SDH ADA AJA SAJA DEH DULU LAGI BESOK "
    "KAPAN KAPAN2 SAYA SY AKU URUS DIURUS BALIK KESINI KE SINI YA MAKASIH TERIMA KASIH MIN "
    "KAK PAK BU LENGKAP SIAP JADI BERKASNYA AKTANYA SURATNYA"
)
_LATER = frozenset(_LATER_WORDS.split())


_CONNECT_ME = re.compile(
    r"\b(?:SAMBUNG|SAMBUNGKAN|SAMBUNGIN|HUBUNGKAN|HUBUNGIN|ALIHKAN|OPER|OPERKAN)\s+"
    r"(?:\w+\s+){0,2}?(?:KE|DENGAN|DGN|SAMA)\s+(?:PETUGAS|ADMIN|OPERATOR|ORANG|CS|PEGAWAI|STAF|STAFF)\b"
    r"|\b(?:MAU|INGIN|PENGEN|MINTA|BISA)\s+(?:BICARA|NGOMONG|CHAT|TELEPON|TELPON)\s+(?:DENGAN|DGN|SAMA)\s+"
    r"(?:PETUGAS|ADMIN|OPERATOR|PEGAWAI|STAF|STAFF)\b"
    # "perlu kami bahas dengan petugas dinas secara langsung", "mau konsultasi sama petugas"
    r"|\b(?:BAHAS|DIBAHAS|MEMBAHAS|KONSULTASI|KONSULTASIKAN|KOORDINASI|KOORDINASIKAN|DISKUSI|"
    r"DISKUSIKAN|BICARAKAN|DIBICARAKAN|KETEMU|BERTEMU)\s+(?:\w+\s+){0,2}?(?:DENGAN|DGN|SAMA|KE)\s+"
    r"(?:PETUGAS|ADMIN|OPERATOR|PEGAWAI|STAF|STAFF)\b"
)


def wants_human(text: str) -> bool:
    """'mau bicara dengan petugas', 'sambungkan ke admin asli': the resident asks for a person."""
    ws = words(text)
    if _CONNECT_ME.search(" ".join(ws)):
        return True  # "tolong sambungkan ke petugas yg pegang", whoever writes and at any length
    if is_helper(text) or len(ws) > 20:
        return False
    if not _phrase_in(ws, _HUMAN):
        return False
    return len(ws) <= 2 or _verb_before_person(ws)


def _verb_before_person(ws: list[str]) -> bool:
    """A verb of asking for someone a few words before the person ("mau bicara sama
    petugas"), not anywhere in the message ("mau tanya ... 50rb buat petugas")."""
    for k in range(len(ws)):
        person = next((p for p in _HUMAN if ws[k : k + len(p.split())] == p.split()), None)
        if person is not None and _phrase_in(
            ws[max(0, k - 4) : k + len(person.split())], _HUMAN_VERBS
        ):
            return True
    return False


_HELPER_SHAPES = re.compile(
    r"^(?:SAYA |SY |KAMI |AKU )?DARI (?:KANTOR )?(?:DESA|KELURAHAN|KECAMATAN|KEL|KEC)\b"
    r"|\b(?:BANTU|BANTUIN|DAFTARIN|DAFTARKAN|INPUT|INPUTKAN|MENDAFTARKAN)\s+(?:\w+\s+){0,3}WARGA\b"
    r"|\b(?:STAF|STAFF|PETUGAS|OPERATOR|ADMIN|PEGAWAI|PERANGKAT)\s+(?:PELAYANAN\s+)?(?:DI\s+)?"
    r"(?:KANTOR\s+)?(?:DESA|KELURAHAN|KECAMATAN)\b"
)


_HELP = re.compile(
    r"\b(?:BISA|BISAKAH|TOLONG|MOHON|MINTA|MAU|INGIN|PENGEN)\s+(?:DI)?BANTU(?:IN|KAN)?\b|"
    r"\bBANTU(?:IN)?\s+(?:SAYA|SY|AKU|KAMI|GUE|GW)\b|\bMINTA\s+TOLONG\b|\bBUTUH\s+BANTUAN\b"
    # "saya mau ngurus dokumen tapi bingung yg mana": a document wanted, none named yet
    r"|\b(?:MAU|INGIN|PENGEN|PENGIN)\s+(?:NGURUS|MENGURUS|URUS|BIKIN|BUAT)\s+(?:DOKUMEN|BERKAS|"
    r"SURAT2|SURAT\s+SURAT|ADMINDUK)\b(?!\s+(?:\w+\s+){0,6}?(?:GRATIS|BAYAR|BIAYA|SYARAT))"
    r"|\bBINGUNG\s+(?:\w+\s+){0,2}?(?:YANG|YG|MANA|HARUS|MESTI|APA|GIMANA|CARA)\b"
)


_WAIT = re.compile(
    r"^(?:\w+\s+)?(?:BENTAR|SEBENTAR|TUNGGU|TUNGGUIN|WAIT|BNTR|BENTARAN)\b"
    r"|\b(?:CARI|CARIIN|CEK|LIAT|LIHAT|AMBIL|NYARI|NYARIIN|BUKA)\s+(?:\w+\s+){0,2}DULU\b"
)


def asks_to_wait(text: str) -> bool:
    """ "bentar ya kak", "sy cari kk nya dulu": the resident goes to fetch the answer."""
    ws = words(text)
    return len(ws) <= 8 and not any(w.isdigit() for w in ws) and bool(_WAIT.search(" ".join(ws)))


_TAKES_OFFER = re.compile(
    r"\b(?:MAU|INGIN|PENGEN|PENGIN|MINTA|BISA|LANGSUNG|SEKALIAN|SKALIAN)\s+(?:\w+\s+){0,2}?"
    r"(?:DAFTAR|DAFTARIN|DAFTARKAN|DIDAFTARKAN|AJUKAN|MENGAJUKAN|NGAJUIN|DIAJUKAN|BIKIN|BUAT|"
    r"DIBUATKAN|DIBIKININ|URUS|NGURUS|MENGURUS|DIURUS|MULAI|LANJUT|PROSES|DIPROSES)\b"
    r"|\b(?:YA\s+UDAH|YAUDAH|YA\s+SUDAH|YASUDAH|BOLEH\s+DEH|AYO|AYOK|YUK|GAS|LANJUT|LANJUTKAN|"
    r"SILAKAN|SILAHKAN)\b"
)


def takes_the_offer(text: str) -> bool:
    """ "oh gitu, ya udah saya mau daftar aja sekalian": yes to "Mau saya bantu mulai
    permohonan …?" in other words (not a question, a no or a cancel)."""
    joined = " ".join(words(text))
    if "?" in text or is_no(text) or is_cancel(text) or len(joined.split()) > 14:
        return False
    return bool(_TAKES_OFFER.search(joined))


_RESEND = re.compile(
    r"\b(?:KIRIM|KIRIMKAN|KIRIMIN|NGIRIM|TULIS|KETIK)\s+(?:\w+\s+){0,2}?(?:ULANG|LAGI|KEMBALI)\b"
    r"|\b(?:SAYA|SY|AKU)\s+ULANG(?:I)?\b"
    r"|\b(?:INI|BERIKUT|NIH)\s+(?:DATA|DATANYA)(?:\s+(?:SAYA|SY|AKU|KAMI|LENGKAP))?\s*$"
)  # "pokoknya ini data sy:": the data comes in the next message


def announces_resend(text: str) -> bool:
    """ "pesan sy kemarin gak dibales, sy kirim ulang ya": the resident is about to send the
    request again (short, with no data, no question and no report of money asked)."""
    ws = words(text)
    joined = " ".join(ws)
    if len(ws) > 16 or any(w.isdigit() for w in ws) or "?" in text or _bribe(joined):
        return False
    return bool(_RESEND.search(joined))


def asks_for_help(text: str) -> bool:
    """ "bisa dibantu?", "minta tolong", "butuh bantuan": help asked, nothing named yet; or
    only a question announced ("numpang tanya ya min, sy baru kali ini chat kesini")."""
    ws = words(text)
    return bool(_HELP.search(" ".join(ws))) or _announces_only(ws)


# A message that only announces: a question to come, or a first time with the chat
_ANNOUNCING_WORDS = (
    "TANYA NANYA BERTANYA TANYAIN NANYAIN PERTANYAAN KONSULTASI INFO INFORMASI CHAT NGECHAT"
)
_ANNOUNCING = frozenset(_ANNOUNCING_WORDS.split())
_ANNOUNCE_TALK_WORDS = (
    "PERMISI PUNTEN MAAF MAU INGIN PENGEN BOLEH BISA IZIN IJIN NUMPANG SEDIKIT DIKIT ADA YANG "
    "YG SAYA SY AKU GUE GW KAMI MIN ADMIN MIMIN KAK KA PAK BU MBAK MAS BANG GAN YA DONG DEH "
    "NIH SIH AJA KAH NGGAK GAK GA ENGGAK BARU PERTAMA KALI KALINYA SEKALI INI CHAT NGECHAT "
    "KESINI DISINI SINI PAKAI PAKE MAKE WA LEWAT HALO HALLO HAI ASSALAMUALAIKUM SELAMAT PAGI "
    "SIANG SORE MALAM MOHON TOLONG DULU BENTAR SEBENTAR MENGENAI TENTANG SOAL ADMINDUK "
    "DUKCAPIL DISDUKCAPIL LAYANAN"
)
_ANNOUNCE_TALK = frozenset(_ANNOUNCE_TALK_WORDS.split())


def _announces_only(ws: list[str]) -> bool:
    if not ws or len(ws) > 16 or not _ANNOUNCING & set(ws):
        return False
    return all(w in _ANNOUNCE_TALK or w in _ANNOUNCING for w in ws)


_ADDRESSEE = re.compile(r"\b(?:yth|kepada|kpd)\b\.?[^\n]*?(?:[.!?](?=\s|$)|\n|$)", re.IGNORECASE)


def is_helper(text: str) -> bool:
    """'saya petugas desa', 'mau daftarkan warga': a village-office helper declares themself
    (a letter's addressee, "Yth. Petugas Pelayanan", is not who writes)."""
    ws = words(_ADDRESSEE.sub(" ", text))
    return _phrase_in(ws, _HELPER) or bool(_HELPER_SHAPES.search(" ".join(ws)))


def complaint(text: str) -> bool:
    """'sudah dua minggu kk saya belum selesai, kecewa': a complaint or a follow-up."""
    ws = words(text)
    if _phrase_in(ws, _COMPLAINT) or _FOLLOW_UP.search(" ".join(ws)):
        return True
    if _bribe(" ".join(ws)) or _PRINTED_WRONG.search(" ".join(ws)):
        return True
    joined = " ".join(ws)
    waited = bool(
        _WAITED.search(joined) or _WAITED_ONE.search(joined) or _WAITED_SINCE.search(joined)
    )
    return waited and bool(_PENDING.search(joined) or _HURRY.search(joined))


_REQUEST_CUE = re.compile(
    r"^(?:\w+\s+){0,2}?(?<!UDH )(?<!UDAH )(?<!SUDAH )(?<!SDH )(?<!TELAH )(?<!PERNAH )"
    r"(?:URUS|NGURUS|BIKIN|BUAT|CETAK|DAFTAR|REKAM|PERPANJANG)\s+(?:KTP|KK|KIA|"
    r"KARTU|SURAT|E\s?KTP|SKPWNI|SKDWN|PINDAH)\b|"
    r"\b(?:MAU|MO|PENGEN|PENGIN|INGIN|HENDAK|BERMAKSUD|AKAN|PERLU|MINTA|TOLONG|MOHON|BANTU)\s+"
    r"(?:\w+\s+){0,2}?(?:URUS|NGURUS|MENGURUS|BIKIN|BUAT|MEMBUAT|BUATKAN|BIKININ|CETAK|"
    r"MENCETAK|AJUKAN|MENGAJUKAN|DAFTAR|DAFTARKAN|MENDAFTAR|REKAM|PERBARUI|MEMPERBARUI|"
    r"GANTI|GANTIIN|GANTIKAN|PERPANJANG|DIBUATKAN|DIURUS|DICETAK|DIBIKIN|PROSES|MEMPROSES|"
    r"PINDAH|KIRIM|MENGIRIM)\b"
)
_STRONG_QUESTION = re.compile(
    r"\?|\b(?:GIMANA|GMN|BAGAIMANA|GIMANAH|CARANYA|CARA|SYARAT|SYARATNYA|PERSYARATAN|"
    r"APA\s+AJA|APA\s+SAJA|BERAPA|BRP|BOLEH|BISAKAH|APAKAH|KAPAN|DIMANA|DMN|WAJIB|HARUS|"
    r"BAWA\s+APA|DIBAWA|PERLU\s+APA|BUTUH\s+APA|APA\s+YANG|APA\s+YG|BISA\s+GAK|BISA\s+GA|"
    r"BISA\s+NGGAK|BISA\s+TIDAK|BAYAR|BIAYA|BIAYANYA|GRATIS|DIPUNGUT|TARIF|SYARATNYA)\b"
)


# "dokumen apa yang dibawa", "bawa apa aja", "cetak kia bisa di kecamatan ga atau ...":
# asked about, whatever request words come before
_ASKS_ABOUT = re.compile(
    r"\b(?:DOKUMEN|BERKAS|SURAT|SYARAT|PERSYARATAN|APA)\s+(?:APA\s+)?(?:AJA\s+|SAJA\s+)?"
    r"(?:YANG|YG)\s+(?:HARUS\s+|PERLU\s+|MESTI\s+|WAJIB\s+)?(?:DIBAWA|DISIAPKAN|DISIAPIN|"
    r"DILAMPIRKAN|DIBAWAIN|DIPERLUKAN)\b"
    r"|\bBAWA\s+APA(?:\s+AJA|\s+SAJA)?\b"
    r"|\bBISA\b(?:\s+\w+){1,5}?\s+(?:GA|GAK|NGGAK|ENGGAK|TIDAK|KAGAK)\b(?=\s+(?:ATAU|ATO)\b|\s*$)"
)


def asks_about(text: str) -> bool:
    """A question that no request word in the same message makes a request."""
    return bool(_ASKS_ABOUT.search(" ".join(words(text))))


def asks_for_service(text: str) -> bool:
    """'mau urus ktp hilang', 'tolong buatkan kia': the resident asks for a document, not
    about one (unless a clear question cue is there too)."""
    joined = " ".join(words(text))
    return bool(_REQUEST_CUE.search(joined)) and not (
        _STRONG_QUESTION.search(clean(text).upper().replace("?", " ? ")) or asks_about(text)
    )


_LOOKUP = re.compile(
    r"\b(?:CEK|CEKIN|CEKKAN|DICEK|DICEKIN|DICEKKAN|DIPERIKSA|DILIHAT|DILIAT|CARI|CARIKAN|LIHAT|"
    r"LIAT|LIHATKAN|LIATIN|LIATKAN|PERIKSA|PERIKSAKAN|"
    r"TAMPILKAN|TAMPILIN|TUNJUKKAN|TUNJUKIN|KASIH TAU|KASIH LIAT|BERITAHU|BERITAHUKAN|"
    r"INFOKAN|INFOIN|LACAK|TRACKING|TRACK|BUKAKAN|BUKAIN)\b(?:\s+\w+){0,3}?\s+(?:NIK|DATA|DATANYA|BIODATA)\b"
    r"|\b(?:NIK|DATA)\s+(?:\w+\s+){0,3}?(?:SUDAH|UDAH|UDH|MASIH|BELUM)?\s*"
    r"(?:AKTIF|TERDAFTAR|VALID|TERBLOKIR|DIBLOKIR|ONLINE|KEDAFTAR)\b"
    r"|\bATAS NAMA SIAPA\b|\bPUNYA SIAPA\b|\bMILIK SIAPA\b"
    r"|\b(?:PENGECEKAN|PEMERIKSAAN|MENGECEK|NGECEK|NGECEKIN)\s+(?:\w+\s+){0,2}?(?:DATA|NIK|BIODATA)\b"
    r"|\bSIAPA\s+NAMA(?:NYA)?(?:\s+LENGKAPNYA)?\b"
    r"|\b(?:PAKE|PAKAI|LEWAT|BERDASARKAN|MELALUI|PK)\s+NIK(?:NYA)?\b"
    r"|\b(?:CEK|CEKIN|CEKKAN|CARI|CARIIN|LIHAT|LIAT|LIATIN)\s+(?:STATUS(?:NYA)?\s+)?"
    r"(?:\w+\s+){0,5}?NIK\b"
    r"|\bSTATUS(?:NYA)?\b(?:\s+\w+){0,5}?\s+(?:PAKE|PAKAI|DARI|DENGAN|DGN)?\s*NIK(?:NYA)?\b"
    r"|\b(?:CARIIN|CARIKAN|CARI)\s+(?:DATA|ALAMAT|NAMA|ORANG)\b"
    r"|\bMAU\s+(?:TAU|TAHU)\s+(?:ALAMAT|NAMA|DATA)"
    r"|\bNIK\b(?:\s+\w+){0,10}?\s+(?:DICEK|DICEKIN|DICEKKAN|DILACAK|DILIHAT|DILIATIN|"
    r"DICARI|DICARIKAN)\b"
    r"|\bNIK\b(?:\s+\w+){0,10}?\s+(?:SAMPE|SAMPAI|SDH SAMPAI|UDAH SAMPE)\s+MANA\b"
    r"|\b(?:DATA|DATANYA|NIK|NIKNYA|KK)\b(?:\s+\w+){0,4}?\s+(?:MASUK|ADA|TERCATAT|TERDATA|"
    r"TERSIMPAN|TEREKAM|TERDAFTAR)\s+(?:DI\s+)?(?:SISTEM|DATABASE|SIAK|SERVER|PUSAT)\b"
    r"|\b(?:NIK|NIKNYA|KK|KKNYA)\b(?:\s+\w+){0,6}?\s+(?:SIAPA|DIPADANKAN|PADAN|TERPADAN|"
    r"TERCATAT|TERDATA|NONAKTIF|DINONAKTIFKAN|DIBLOKIR|TERBLOKIR|AKTIF)\b"
    r"|\bSIAPA\b(?:\s+\w+){0,4}?\s+(?:DI\s+)?(?:NIK|KK)\b"
    r"|\bBERAPA\s+(?:JUMLAH\s+)?ANGGOTA|\bANGGOTA(?:NYA)?\s+(?:SIAPA|BERAPA)\b"
    r"|\b(?:DI|DALAM)\s+(?:DATABASE|SISTEM|SIAK|SERVER)\b"
    r"|\b(?:MINTA|MINTAIN|KIRIMKAN|KIRIMIN|BAGI|BAGIKAN)\s+(?:DATA|DATANYA|BIODATA)\b"
    r"|\b(?:MINTA|MINTAIN|KASIH|KASIHKAN|BERITAHU|INFOKAN|KIRIMKAN|KIRIMIN)\s+(?:NOMOR|NO|NMR)\s+"
    r"(?:NIK|KK|KTP)\s+(?:SAYA|SY|AKU|KU|ANAK|ISTRI|SUAMI|IBU|BAPAK|AYAH|ORANG|DIA|BELIAU)\b"
)


_APPROVAL = re.compile(
    r"\b(?:ACC|ACCKAN|ACCIN|DIACC|DIACCKAN|APPROVE|APPROVED|APPROVAL|APPROVEKAN|DIAPPROVE|"
    r"SETUJUI|SETUJUIN|SETUJUINN|DISETUJUI|DISETUJUIN|MENYETUJUI|LOLOSKAN|LOLOSIN|DILOLOSKAN|"
    r"ACCEPT|TERIMA\s+AJA|LANGSUNG\s+JADI|PASTI\s+JADI|DIJAMIN\s+JADI|JAMIN\s+JADI)\b"
)


def asks_approval(text: str) -> bool:
    """'tolong langsung di-acc ya min', 'bisa disetujui hari ini?': the resident asks the
    assistant to approve, which only officers do."""
    return bool(_APPROVAL.search(" ".join(words(text))))


def asks_lookup(text: str) -> bool:
    """'tolong cek nik saya 3603…', 'nik ini terdaftar atas nama siapa?', 'ktp istri sy
    udah jadi belum? nik nya 3603…': a look-up of a person by NIK, which the assistant never
    does (a request's status is told by its code)."""
    ws = words(text)
    joined = " ".join(ws)
    if _LOOKUP.search(joined):
        return True
    return bool(_DONE_YET.search(joined)) and bool({"NIK", "NIKNYA"} & set(ws))


# "udah jadi belum?", "sudah dicetak atau belum", "sudah selesai belum ya"
_DONE_YET = re.compile(
    r"\b(?:UDAH|SUDAH|UDH|SDH|DAH|SUDAHKAH)\s+(?:\w+\s+){0,2}?(?:JADI|DICETAK|TERCETAK|CETAK|"
    r"SELESAI|BERES|KELUAR|JADINYA)\b(?:\s+\w+){0,2}?\s+(?:BELUM|BLM|BELOM)\b"
)


def asks_own_status(text: str) -> bool:
    """'status permohonan saya', 'lupa kode', 'kapan jadinya?': about the chat's own requests."""
    ws = words(text)
    if ws and ws[0] in ("STATUS", "STATUSNYA") and len(ws) <= 3:
        return True  # "status", "status dong min"
    return len(ws) <= 16 and _phrase_in(ws, _OWN_STATUS) and not asks_lookup(text)


def cannot_come(text: str) -> bool:
    """'maaf kamis saya tidak bisa datang', 'minta jadwal ulang': a reschedule request."""
    return _phrase_in(words(text), _RESCHEDULE)


def for_the_officer(text: str) -> bool:
    """'tolong sampaikan ke petugas …': a message for the ticket's officer."""
    return _phrase_in(words(text), _FOR_OFFICER)


def strong_complaint(text: str) -> bool:
    """A complaint (not only a follow-up question): it also goes to an officer."""
    return _phrase_in(words(text), _COMPLAINT)


def ticket_code_in(text: str) -> str | None:
    """The first ticket code in the message, normalised ('ktp - 7qx4m2' -> 'KTP-7QX4M2')."""
    match = _TICKET_CODE.search(clean(text))
    return f"{match.group(1)}-{match.group(2)}".upper() if match else None


def strip_courtesy(text: str) -> str:
    """'Raka kak' -> 'Raka', 'namanya bu Rina' -> 'Rina', 'Hj. Maemunah' -> 'Maemunah':
    address words and titles around a name."""
    ws = clean(text).replace(",", " ").replace(":", " ").split()
    while len(ws) > 1 and re.sub(r"[^A-Z]", "", ws[0].upper()) in _COURTESY | _TITLES:
        ws.pop(0)
    while ws and re.sub(r"[^A-Z]", "", ws[-1].upper()) in _COURTESY:
        ws.pop()
    return " ".join(ws) or text


def name_is_a_word(text: str) -> bool:
    """True when the answer to 'what is the name' is a reply word, not a name ('ya', 'oke')."""
    ws = words(text)
    return not ws or all(w in _NOT_A_NAME for w in ws)
