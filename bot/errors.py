"""Exceptions of the `bot` package.

Hierarchy:

    AdmindukError                 base of everything raised on purpose
    ├── CatalogError              the service catalog file is malformed (names the entry)
    ├── GazetteerError            a region table is missing or malformed
    ├── FieldError                one field's value is wrong (field, code, message)
    ├── PlaceError                a desa/kecamatan pair cannot be resolved
    └── InvalidNumber             a NIK / No. KK fails a structural check (code, message, position)

Verdicts of the `#` parser are data, not exceptions: `parse()` never raises.
"""

from __future__ import annotations

__all__ = [
    "AdmindukError",
    "CatalogError",
    "FieldError",
    "GazetteerError",
    "InvalidNumber",
    "PlaceError",
]


class AdmindukError(Exception):
    """Base class for the project's own errors."""


class CatalogError(AdmindukError):
    """The service catalog cannot be loaded; the message names the faulty entry."""


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
    """A desa/kecamatan could not be resolved in Kab. Tangerang.

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
