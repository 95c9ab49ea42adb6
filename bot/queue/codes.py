"""Ticket codes such as `KTP-7QX4M2`: the queue, a dash, random characters from `secrets`.

The alphabet has no look-alikes (no 0/O, no 1/I), so a code read aloud or retyped from a
photo survives; 32**6 (about a billion) codes per queue make one code unguessable from another.
"""

from __future__ import annotations

import re
import secrets

__all__ = ["ALPHABET", "CODE_LENGTH", "looks_like_code", "new_code", "normalise_code"]

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 6
_CODE = re.compile(rf"^[A-Z]+-[{ALPHABET}]{{{CODE_LENGTH},}}$")


def new_code(queue: str, length: int = CODE_LENGTH) -> str:
    """A fresh random code for a ticket of `queue`."""
    if length < CODE_LENGTH:
        raise ValueError(f"a ticket code needs at least {CODE_LENGTH} characters")
    return f"{queue.upper()}-" + "".join(secrets.choice(ALPHABET) for _ in range(length))


def normalise_code(text: str) -> str:
    """What a person typed, as a code: upper case, spaces dropped, `_`/space before the dash."""
    code = re.sub(r"\s+", "", text.strip().upper()).replace("_", "-")
    return code


def looks_like_code(text: str) -> bool:
    return bool(_CODE.match(normalise_code(text)))
