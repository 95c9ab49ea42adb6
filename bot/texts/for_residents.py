"""Everything a resident reads from the assistant, in polite plain Bahasa Indonesia: the
dialogue's replies and questions (outside the `#` parser's own messages), the channel
core's messages on every channel (plain text, no markup, so text a resident wrote can
never break the formatting of a message that echoes it), the notices about a ticket, and
the Telegram start and help texts. One module, so the Rasa actions, the gateways, the
queue and the terminal chat use the same words. Form questions carry an example, taken
from the service catalog."""

from __future__ import annotations

from datetime import datetime

from bot.reference.catalog import Service, default_catalog
from bot.reference.office import default_office
from bot.texts.dates import format_when

# --- the dialogue ---------------------------------------------------------------------

CANCELLED = (
    'Baik, permohonan dibatalkan. Tidak ada yang dikirim ke petugas. Ketik "mau urus KTP" '
    "(atau KK/KIA/surat pindah) bila ingin mulai lagi."
)
NOTHING_TO_CANCEL = (
    'Tidak ada permohonan yang sedang diisi. Ada yang bisa saya bantu? Contoh: "syarat KTP hilang".'
)
NOT_UNDERSTOOD = (
    'Maaf, saya belum paham. Coba tulis singkat, misalnya: "KTP saya hilang", "syarat KIA", '
    'atau "cek status KTP-7QX4M2".'
)
OFFER_OFFICER_AFTER_MISUNDERSTANDING = (
    "Maaf, saya masih belum paham. Apakah pertanyaan Bapak/Ibu mau saya teruskan ke petugas "
    "Disdukcapil? Petugas yang akan menjawab pada jam kerja."
)
NOT_FORWARDED = (
    "Baik, tidak saya teruskan. Silakan tulis lagi dengan kalimat lain, "
    'misalnya: "syarat KTP hilang".'
)
ASK_NEXT_RESIDENT = 'Apakah ada warga lain yang mau didaftarkan? Balas "ya" untuk warga berikutnya.'
HELPER_START = (
    "Baik, Bapak/Ibu mendaftarkan warga. Silakan kirim data permohonan warga tersebut "
    '(misalnya "KTP hilang, NIK …, No. KK …, nama …, desa …, kecamatan …"), boleh sekaligus '
    "atau satu per satu. Nama dan nomor HP warga saya tanyakan di akhir."
)
CONFIRM_PROMPT = (
    'Apakah sudah benar? Balas "ya" untuk mengirim ke petugas, tulis yang perlu diubah '
    '(misalnya "ubah desa Bitung Jaya"), atau "batal".'
)
# The office (bot/office.yml) and its services (the catalog) as the texts name them.
_AGENCY, _AREA = default_office().agency, default_office().name
_SERVICES = default_catalog().listing()  # "KK, KTP-el, KIA, dan surat pindah"
GREETING = (
    f"Selamat datang di Asisten Adminduk {_AGENCY}. Saya membantu "
    f"menyiapkan permohonan {_SERVICES}; petugas yang memutuskan.\n"
    'Tulis saja keperluan Bapak/Ibu, misalnya "KTP saya hilang" atau "syarat KIA".'
)
GOODBYE = "Terima kasih, Bapak/Ibu. Semoga urusannya lancar. Sampai jumpa."
THANKS = "Sama-sama, Bapak/Ibu. Ada lagi yang bisa dibantu? Ketik misalnya: syarat KIA."
OUT_OF_SCOPE = (
    f"Maaf, saya hanya membantu permohonan {_SERVICES} di Disdukcapil "
    f'{_AREA}. Contoh: "mau buat KTP, KTP saya hilang".'
)
ASK_SERVICE = "Bapak/Ibu ingin mengurus apa? Pilih salah satu."
WAITING = "Baik, silakan, saya tunggu. Kirim jawabannya kapan saja."
RESEND_WELCOME = "Mohon maaf atas ketidaknyamanannya. Silakan kirim ulang, saya tunggu."
HELP_OFFERED = (
    "Tentu, saya bantu. Bapak/Ibu ingin mengurus apa? Pilih salah satu, atau tulis "
    'keperluannya, misalnya "KTP saya hilang" atau "syarat KIA".'
)
ASK_SERVICE_KEEPING = (
    "Data yang Bapak/Ibu kirim sudah saya catat. Permohonannya untuk apa? Pilih salah satu, "
    'atau tulis misalnya "KTP hilang".'
)
ASK_CORRECTION = (
    'Bagian mana yang perlu diubah? Tulis misalnya: "ubah desa Bitung Jaya" atau '
    '"namanya Siti Aminah".'
)
NOTHING_CHANGED = (
    'Data itu sudah sama dengan yang tercatat. Balas "ya" untuk mengirim ke petugas, tulis '
    'yang perlu diubah, atau "batal".'
)
OFFER_START = "Mau saya bantu mulai permohonan {title} sekarang? Balas ya atau tidak."
OFFER_DECLINED = 'Baik. Bila nanti ingin mengajukan, tulis saja misalnya "mau urus KTP".'
SWITCHED = "Baik, saya ganti menjadi permohonan {title}."
COMPLAINT_HEARD = (
    "Mohon maaf atas ketidaknyamanannya, Bapak/Ibu. Keluhan ini saya teruskan ke petugas "
    "beserta percakapan kita."
)
NO_NIK_LOOKUP = (
    "Mohon maaf, demi pelindungan data pribadi (UU 27/2022) saya tidak bisa mencari atau "
    "menampilkan data seseorang berdasarkan NIK. Status permohonan hanya bisa dicek dengan "
    "kode permohonan dari chat yang mengajukannya, misalnya: cek status KTP-7QX4M2. Untuk "
    'hal lain, ketik "teruskan ke petugas".'
)
OWN_REQUESTS = "Permohonan dari chat ini yang masih berjalan:"
NO_OWN_REQUESTS = (
    "Belum ada permohonan yang masih berjalan dari chat ini. Status hanya diberikan ke chat yang "
    "membuat permohonan. Bila permohonan dibuat dari nomor atau akun lain, cek dari sana dengan "
    'kodenya, atau ketik "teruskan ke petugas" agar petugas Disdukcapil membantu.'
)
ASK_WITHDRAW = "Batalkan permohonan {code}? Balas ya atau tidak."
WITHDRAWN = (
    "Permohonan {code} sudah dibatalkan atas permintaan Bapak/Ibu. Bila perlu lagi, silakan "
    "ajukan kembali kapan saja."
)
AMENDED = "Baik, permohonan {code} sudah saya perbaiki (belum diambil petugas). Datanya sekarang:"
AMEND_MORE = "Bila masih ada yang salah, tulis saja perbaikannya."
AMEND_HOW = (
    "Perbaikan untuk permohonan {code} belum bisa saya baca. Tulis bagian dan isinya yang benar, "
    'misalnya "ralat desa Bitung Jaya kec Cikupa" atau "namanya yang benar Siti Aminah".'
)
AMEND_NOTED = (
    "Permohonan {code} sudah ditangani petugas, jadi perbaikan ini saya titipkan sebagai pesan "
    "untuk petugas. Petugas yang memeriksa dan akan mengabari di sini."
)
WITHDRAW_NOTED = (
    "Permohonan {code} sudah ditangani petugas, jadi tidak bisa saya batalkan langsung. "
    "Keinginan Bapak/Ibu untuk membatalkan sudah saya sampaikan ke petugas; petugas yang "
    "memutuskan dan akan mengabari di sini."
)
WITHDRAW_KEPT = "Baik, permohonan {code} tetap berjalan."
WHICH_REQUEST = (
    'Permohonan yang mana? Tulis kodenya bersama pesan Bapak/Ibu, misalnya: "{example}".'
)
RESCHEDULE_NOTED = (
    "Permintaan jadwal ulang untuk {code} sudah saya catat untuk petugas, beserta alasan dan "
    "hari yang Bapak/Ibu sebut. Petugas yang akan menentukan waktu baru dan mengabari di sini; "
    "sampai ada kabar, jadwal lama masih tercatat."
)
NOTE_NOTED = (
    "Pesan Bapak/Ibu sudah saya tambahkan ke permohonan {code}; petugas yang menangani akan "
    "membacanya dan menjawab di sini."
)
HELPER_RESIDENT_NOTED = (
    "Baik, warga: {nama}. Silakan kirim data permohonannya, misalnya "
    '"KTP hilang, NIK …, No. KK …, nama …, desa …, kecamatan …".'
)
HELPER_PHONE_NOTED = (
    "Baik, nomor HP warga sudah dicatat. Silakan kirim data permohonannya, misalnya "
    '"KTP hilang, NIK …, No. KK …, nama …, desa …, kecamatan …".'
)
HELPER_WHICH_SERVICE = "Permohonan apa untuk warga tersebut? Pilih salah satu."
HELPER_DONE = "Baik, terima kasih sudah membantu warga. Ketik lagi bila ada warga lain."

QUESTIONS = {
    "nik": "Berapa NIK {siapa}? NIK ada di KTP atau KK, 16 angka. Contoh: {contoh}",
    "no_kk": "Berapa nomor Kartu Keluarga (No. KK)? 16 angka di bagian atas KK. Contoh: {contoh}",
    "nama": "Siapa nama lengkap {siapa} sesuai KK? Contoh: {contoh}",
    "nama_kepala_keluarga": "Siapa nama kepala keluarga sesuai KK? Contoh: {contoh}",
    "desa": "Di desa/kelurahan apa alamatnya? Contoh: {contoh}",
    "kecamatan": "Di kecamatan apa? Contoh: {contoh}",
    "alamat_pindah": "Ke mana alamat tujuan pindah? Tulis lengkap. Contoh: {contoh}",
    "no_skpwni": "Berapa nomor SKPWNI (surat pindah) dari daerah asal? Contoh: {contoh}",
    "keperluan": "Apa keperluannya? Contoh: {contoh}",
    "nama_warga": "Siapa nama warga yang Bapak/Ibu daftarkan? Contoh: SITI AMINAH",
    "telepon_warga": "Berapa nomor HP warga tersebut, agar petugas bisa menghubungi? "
    "Contoh: 0812 3456 7890",
}


def question_for(slot: str, service: Service | None = None, helper: bool = False) -> str:
    """The form question for a slot, with the service's own example value: the catalog
    field's own `question` first, else the one above, else a plain one from its label. A
    village-office helper is asked about the resident ("NIK warga"), not themself."""
    field = service.field(slot) if service is not None and slot in service.field_names else None
    example = field.example if field is not None else _any_example(slot)
    template = (field.question if field is not None else None) or QUESTIONS.get(slot)
    if template is None and field is not None and field.type == "reason" and service:
        template = f"Apa alasannya? Pilih {_choices(tuple(service.reasons))}."
    elif template is None:
        label = field.label if field is not None else slot.replace("_", " ")
        template = f"Mohon tulis {label}. Contoh: {{contoh}}"
    who = service.subject if service is not None else "Bapak/Ibu"
    if helper and who == "Bapak/Ibu":
        who = "warga"
    return template.format(siapa=who, contoh=example)


def _any_example(slot: str) -> str:
    """The example of the first service that has this field."""
    for service in default_catalog():
        if slot in service.field_names:
            return service.field(slot).example
    return ""


def _choices(options: tuple[str, ...]) -> str:
    return options[0] if len(options) == 1 else ", ".join(options[:-1]) + ", atau " + options[-1]


# --- the channels ---------------------------------------------------------------------

OUTAGE = (
    "Mohon maaf, layanan sedang gangguan, pesan Bapak/Ibu sudah kami simpan. "
    "Kami akan membalas segera setelah layanan pulih."
)

UNDERSTOOD = (
    "Mohon maaf, saya hanya dapat membaca pesan teks, foto (JPG/PNG) dan dokumen PDF. "
    "Silakan tulis keperluan Bapak/Ibu, contoh: ktp saya hilang."
)

NOT_UNDERSTOOD_KIND = (
    "Mohon maaf, pesan suara, stiker dan lokasi belum bisa kami baca. "
    "Silakan tulis keperluan Bapak/Ibu, contoh: ktp saya hilang. "
    "Foto (JPG/PNG) dan dokumen PDF bisa dikirim setelah permohonan dibuat."
)

NO_OPEN_TICKET = (
    "Terima kasih. Belum ada permohonan yang sedang berjalan dari percakapan ini, "
    "jadi lampiran belum dapat kami simpan. Mulai dulu dengan menulis keperluan Bapak/Ibu, "
    "contoh: ktp saya hilang, lalu kirim lagi lampirannya."
)

ATTACHMENT_WRONG_TYPE = "Mohon maaf, lampiran harus berupa foto (JPG/PNG) atau dokumen PDF."
ATTACHMENT_TOO_BIG = "Mohon maaf, ukuran lampiran paling besar 10 MB."
ATTACHMENT_FAILED = "Mohon maaf, lampiran belum berhasil kami terima. Mohon kirim ulang."


ATTACHMENT_EXPIRED = (
    "Mohon maaf, lampiran itu sudah tidak tersimpan (lebih dari sehari menunggu pilihan). "
    "Mohon kirim ulang lampirannya."
)


def attachment_saved(code: str) -> str:
    return f"Terima kasih, lampiran sudah kami simpan untuk permohonan {code}."


def which_request(open_requests: list[tuple[str, str, str | None]]) -> str:
    """The question when a chat with several open requests sends a file: (code, title, name)."""
    lines = [
        f"- {code}: {title}" + (f" atas nama {name}" if name else "")
        for code, title, name in open_requests
    ]
    return (
        "Terima kasih, lampiran sudah kami terima. Ada beberapa permohonan yang sedang berjalan "
        "dari percakapan ini:\n" + "\n".join(lines) + "\nLampiran ini untuk permohonan yang mana? "
        "Silakan pilih kodenya."
    )


RATING_LABELS = {
    1: "Sangat kurang",
    2: "Kurang",
    3: "Cukup",
    4: "Baik",
    5: "Sangat baik",
}


def rating_request(code: str) -> str:
    return (
        f"Permohonan {code} sudah selesai. Bagaimana pelayanan kami? Mohon beri nilai "
        "1 (sangat kurang) sampai 5 (sangat baik) dengan memilih salah satu pilihan."
    )


def rating_thanks(score: int) -> str:
    return (
        f"Terima kasih atas nilai {score} ({RATING_LABELS[score].lower()}). Bila ada saran, "
        "tulis dalam satu pesan, contoh: petugasnya ramah, antreannya cepat. "
        "Atau pilih Lewati."
    )


COMMENT_SAVED = "Terima kasih, saran Bapak/Ibu sudah kami catat."
ALREADY_RATED = "Terima kasih, permohonan ini sudah Bapak/Ibu nilai sebelumnya."


# --- Telegram ---------------------------------------------------------------------------

START = (
    f"Selamat datang di Asisten Adminduk {default_office().agency}.\n"
    "Tulis keperluan Bapak/Ibu, contoh: ktp saya hilang, atau ketik /bantuan."
)

HELP = (
    f"Asisten ini membantu permohonan {default_catalog().listing()}.\n"
    "Tulis keperluan Bapak/Ibu dengan kalimat biasa, contoh: mau urus KK baru.\n"
    "Atau kirim format lengkap, contoh: "
    "#KTP#NIK#NO_KK#NAMA#DESA#KECAMATAN#PEMULA/HILANG/RUSAK#\n"
    "Cek status: /status KODE, contoh: /status KTP-7QX4M2\n"
    "Foto atau PDF dokumen (KK, surat kehilangan, akta) bisa dikirim setelah permohonan dibuat.\n"
    "Keputusan ada pada petugas Disdukcapil."
)

STATUS_USAGE = "Mohon sebutkan kode permohonan, contoh: /status KTP-7QX4M2"


# --- notices about a ticket -----------------------------------------------------------


def receipt(code: str, title: str, expectation: str) -> str:
    return (
        f"Terima kasih, permohonan {title} Bapak/Ibu sudah kami terima dengan kode {code}. "
        f"{expectation} Simpan kode ini untuk menanyakan status, contoh: status {code}. "
        "Keputusan ada pada petugas Disdukcapil."
    )


def claimed(code: str, title: str) -> str:
    return (
        f"Permohonan {title} Bapak/Ibu dengan kode {code} sudah diambil petugas "
        "dan sedang diproses. Mohon ditunggu kabar berikutnya."
    )


def fix_needed(code: str, note: str) -> str:
    return (
        f"Permohonan {code} perlu diperbaiki. Catatan petugas: {note} "
        "Silakan kirim lagi permohonannya dengan data yang sudah diperbaiki (boleh dengan "
        "baris #); perbaikan akan diteruskan ke petugas yang sama."
    )


def scheduled(code: str, at: datetime, place: str, bring: str | None) -> str:
    text = f"Permohonan {code} sudah dijadwalkan. Silakan datang pada {format_when(at)} di {place}."
    if bring:
        text += f" Yang perlu dibawa: {bring}."
    return text + " Jika berhalangan, mohon kabari kami dengan menyebut kode tiket."


def completed(code: str, note: str | None) -> str:
    text = f"Permohonan {code} sudah selesai."
    if note:
        text += f" Catatan petugas: {note}"
    return text + f" Terima kasih telah menggunakan layanan {default_office().agency}."


def rejected(code: str, reason: str) -> str:
    return (
        f"Mohon maaf, permohonan {code} tidak dapat diproses. Alasan: {reason} "
        "Bapak/Ibu dapat mengajukan permohonan baru setelah persyaratannya lengkap."
    )


# --- requirement answers and the request's own steps -------------------------------------

OFFER_OFFICER = 'Atau balas "ya" jika pertanyaan ini ingin diteruskan ke petugas Disdukcapil.'
CLARIFY = (
    "Maaf, saya belum yakin maksud pertanyaan Bapak/Ibu. Apakah tentang {choices}? Mohon "
    'tulis sedikit lebih jelas, misalnya "{example}". ' + OFFER_OFFICER
)
NOT_FOUND = (
    "Maaf, saya belum menemukan jawaban untuk pertanyaan itu. Saya bisa menjawab soal syarat "
    "KK, KTP-el, KIA, dan surat pindah, biaya, jam, dan tempat layanan. Mohon tulis dengan "
    'kata lain, misalnya "syarat KTP hilang apa saja?". ' + OFFER_OFFICER
)
CHECK_REQUEST = "Mohon periksa permohonan {title} Bapak/Ibu:"
VALUE_CHANGED = "Baik, {label} saya ubah menjadi {value}."
PLACE_AGAIN = (
    "Baik. Mohon tulis lagi nama desa/kelurahan dan kecamatannya. Contoh: Bitung Jaya, Cikupa"
)
RESIDENT_NAME_AGAIN = "Mohon tulis nama warga yang didaftarkan. Contoh: SITI AMINAH"
PICK_ONE = "Silakan pilih:"


def checklist(title: str, items: tuple[str, ...]) -> str:
    """What to bring, under the topic's title."""
    lines = "\n".join(f"- {item}" for item in items)
    return f"Yang perlu dibawa saat dipanggil petugas ({title}):\n{lines}"


def place_question(desa: str | None, kecamatan: str) -> str:
    """The yes/no question about the one place that fits a typo."""
    if not desa:
        return f"Maksud Bapak/Ibu Kec. {kecamatan.title()}? Balas ya atau tidak."
    return f"Maksud Bapak/Ibu Desa {desa.title()}, Kec. {kecamatan.title()}? Balas ya atau tidak."


def field_again(label: str, example: str, hint: str | None = None) -> str:
    """A field asked again: "Mohon tulis NIK berupa 16 angka. Contoh: …"."""
    what = f"{label} {hint}" if hint else label
    return f"Mohon tulis {what}. Contoh: {example}."


def with_example(message: str, label: str, example: str) -> str:
    """A check's message followed by an example of the field (unless it has one)."""
    if "Contoh" in message:
        return message
    return f"{message} Contoh {label}: {example}."
