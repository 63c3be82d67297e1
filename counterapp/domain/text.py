"""Text rules shared by search and validation: accent folding, clean user text."""

from __future__ import annotations

import unicodedata

from counterapp.domain.errors import ValidationError


def fold(text: str) -> str:
    """Lower-case without accents: ``"Caffè Perù"`` → ``"caffe peru"`` (search keys)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def clean_text(field: str, value: object, *, required: bool = False, max_length: int = 200) -> str:
    """Trim user text and refuse what cannot be right: wrong type, control characters, too long.

    Markup characters (``<``, ``&``) are kept literally: they are escaped where they are shown.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(field, "must be text")
    text = " ".join(value.split()) if "\n" not in value else value.strip()
    if any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in text):
        raise ValidationError(field, "contains control characters")
    if required and not text:
        raise ValidationError(field, "is required")
    if len(text) > max_length:
        raise ValidationError(field, f"is too long ({len(text)} characters, at most {max_length})")
    return text
