"""Deterministic free-text extraction: what a resident's message already says.

`extract(text)` reads informal Indonesian ("ktp sy ilang gmn, nik 3603 1857 ...") and returns
the service, the reason and the contract's slot values it can tell for sure. It never raises
and never guesses: a desa that matches several kecamatan, or a place keyword naming an unknown
place, is reported in `ambiguous` / `suggestions` / `unresolved`, not filled. Values are
candidates in canonical spelling (upper case, digits only, official place names); the form
validators still check them with `bot.intake.fields`.

`Extraction.stated` names the fields the message itself states (a restated known value
included; a kecamatan only inferred from a unique desa is in `inferred` instead), and
`Extraction.place` carries the place resolver's verdict (`bot.intake.places.PlaceResult`). A bare
city after "pindah ke" is not a destination: it goes to `unresolved["alamat_pindah"]` with
the note `alamat_pindah_kurang_lengkap`. A line typed like the format without its `#` is
read through the parser (`parse_loose`).

`corrections(text)` reads a correction at confirmation ("salah, namanya Siti Aminah",
"ubah desa Bitung Jaya") and returns the slots it names with their new values.
"""

from bot.intake.extractor.amend import corrections
from bot.intake.extractor.names import name_in_answer
from bot.intake.extractor.reading import Extraction, extract

__all__ = ["Extraction", "corrections", "extract", "name_in_answer"]
