"""Exceptions of the `bot` package.

Hierarchy:

    AdmindukError                 base of everything raised on purpose
    ├── ConfigError               a setting (environment variable) is malformed (names it)
    ├── CatalogError              the service catalog file is malformed (names the entry)
    ├── OfficeError               the office file (office.yml) is malformed (names the key)
    ├── KnowledgeError            the requirement/FAQ file is malformed (names the entry)
    ├── UnknownTopic              no requirement/FAQ topic with that id (also a KeyError)
    ├── GazetteerError            a region table is missing or malformed
    ├── FieldError                one field's value is wrong (field, code, message)
    ├── PlaceError                a desa/kecamatan pair cannot be resolved
    ├── InvalidNumber             a NIK / No. KK fails a structural check (code, message, position)
    └── QueueError                the officer queue refused an action; nothing was changed
        ├── IllegalTransition     the status does not allow the action (code, status, action)
        ├── NotAllowed            this actor may not do this (wrong kind, queue, officer, chat)
        ├── DuplicateRequest      an open ticket for the same service and NIK / No. KK (open_code)
        ├── TicketNotFound        no such ticket, or not visible to this chat (same message)
        ├── OfficerNotFound       no officer with that id
        ├── InvalidInput          a value breaks the queue's rule (errors: list[Issue])
        │   └── InvalidRequest    the `#` request or its correction fails the parser
        └── ConcurrentChange      someone else changed the ticket at the same moment; try again

Entry points catch `QueueError` (or `AdmindukError`) and show its Bahasa Indonesia message;
nothing else is raised on purpose. Programming errors (a naive datetime given to the queue,
a ticket code too short to be one) stay built-in exceptions: they are bugs, not answers.

Verdicts of the `#` parser are data, not exceptions: `parse()` never raises. Its `Issue`s
(an error or a warning about one field) are defined here, beside InvalidRequest which
carries them, so the queue needs nothing from the parser to report one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "AdmindukError",
    "CatalogError",
    "ConcurrentChange",
    "ConfigError",
    "DuplicateRequest",
    "FieldError",
    "GazetteerError",
    "IllegalTransition",
    "InvalidInput",
    "InvalidNumber",
    "InvalidRequest",
    "Issue",
    "KnowledgeError",
    "NotAllowed",
    "OfficeError",
    "OfficerNotFound",
    "PlaceError",
    "QueueError",
    "TicketNotFound",
    "UnknownTopic",
]


@dataclass(frozen=True)
class Issue:
    """An error or a warning about one field (the parser's verdicts, the queue's refusals)."""

    field: str
    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message}


class AdmindukError(Exception):
    """Base class for the project's own errors."""


class ConfigError(AdmindukError, ValueError):
    """A setting (an environment variable) is malformed; the message names it. Also a
    ValueError, for the callers that read settings defensively."""


class CatalogError(AdmindukError):
    """The service catalog cannot be loaded; the message names the faulty entry."""


class OfficeError(AdmindukError):
    """The office file cannot be loaded; the message names the faulty key."""


class KnowledgeError(AdmindukError):
    """The requirement/FAQ file cannot be loaded; the message names the faulty entry."""


class UnknownTopic(AdmindukError, KeyError):
    """No requirement/FAQ topic with this id (or none for this service)."""

    def __str__(self) -> str:
        return f"unknown topic: {self.args[0] if self.args else ''}"


class GazetteerError(AdmindukError):
    """A region table is missing or malformed."""


class InvalidNumber(AdmindukError):
    """A NIK or No. KK failed a check. `code` is stable; `message` is Bahasa Indonesia."""

    def __init__(self, code: str, message: str, position: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.position = position

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


class PlaceError(AdmindukError):
    """A desa/kecamatan could not be resolved in the office's area (Kab. Tangerang).

    `field` is `desa` or `kecamatan`; `suggestions` are ranked official names
    ("Bitung Jaya (Kec. Cikupa)"); `referral` names another office when the place
    belongs to Kota Tangerang or Kota Tangerang Selatan.
    """

    def __init__(
        self,
        code: str,
        field: str,
        message: str,
        suggestions: tuple[str, ...] = (),
        referral: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.message = message
        self.suggestions = suggestions
        self.referral = referral

    def __str__(self) -> str:
        return f"{self.field}/{self.code}: {self.message}"


class FieldError(AdmindukError):
    """One field's value is wrong. `field` is the contract's field name, `code` is stable,
    `message` is Bahasa Indonesia and says what to send instead."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"{self.field}/{self.code}: {self.message}"


class QueueError(AdmindukError):
    """The officer queue refused an action. `message` is Bahasa Indonesia, for people;
    the ticket is unchanged."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class IllegalTransition(QueueError):
    """The ticket's status does not allow `action` (e.g. scheduling a BARU ticket)."""

    def __init__(self, code: str, status: str, action: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.action = action


class NotAllowed(QueueError):
    """The actor may not do this: not an officer, not on this queue, inactive, another chat."""

    def __init__(self, action: str, message: str) -> None:
        super().__init__(message)
        self.action = action


class DuplicateRequest(QueueError):
    """Another ticket for the same service and NIK / No. KK is still open: `open_code`,
    told only to the chat that owns that ticket. Any other chat gets `open_code == ""` and
    a neutral message: a NIK must not reveal whose ticket is open where."""

    def __init__(self, open_code: str = "") -> None:
        if open_code:
            message = (
                f"Permohonan yang sama masih diproses dengan kode {open_code}. "
                f"Bapak/Ibu tidak perlu mengirim ulang; cek statusnya dengan kode {open_code}."
            )
        else:
            message = (
                "Permohonan untuk layanan dan nomor ini sudah ada dan masih diproses. "
                "Bila Bapak/Ibu yang mengirimnya, cek statusnya dengan kode yang kami berikan "
                "saat itu, contoh: KTP-7QX4M2, dari chat yang sama."
            )
        super().__init__(message)
        self.open_code = open_code


class TicketNotFound(QueueError):
    """No ticket with that code, or one this chat may not see: the message is the same."""

    def __init__(self, code: str) -> None:
        super().__init__(
            f"Tiket dengan kode {code} tidak ditemukan. Mohon periksa kembali kodenya, "
            "contoh: KTP-7QX4M2."
        )
        self.code = code


class OfficerNotFound(QueueError):
    """No officer with that id."""

    def __init__(self, officer_id: object) -> None:
        super().__init__(f"Petugas dengan nomor {officer_id} tidak terdaftar.")
        self.officer_id = officer_id


class InvalidInput(QueueError):
    """A value given to the queue breaks its rule (a schedule in the past, an empty answer,
    a rating outside 1–5, a weak password, an unknown account field): `errors` name the
    fields, `message` says what to send instead."""

    default_message = "Data belum benar."

    def __init__(self, errors: Sequence[Issue], message: str | None = None) -> None:
        self.errors = list(errors)
        details = "; ".join(f"[{e.field}] {e.message}" for e in self.errors)
        text = message or self.default_message
        super().__init__(f"{text} {details}".strip())


class InvalidRequest(InvalidInput):
    """The `#` request (or a correction of it) fails the parser; `errors` are the parser's
    `Issue`s."""

    default_message = "Permohonan belum benar."


class ConcurrentChange(QueueError):
    """Another officer or process changed the ticket at the same moment."""

    def __init__(self, code: str | None = None) -> None:
        super().__init__(
            f"Tiket {code or 'ini'} baru saja diubah oleh pihak lain. "
            "Silakan muat ulang dan coba lagi."
        )
        self.code = code
