"""CSV cells a spreadsheet would run as formulas, neutralised on export and restored on import.

OWASP's "CSV injection" advice: a text cell that begins with ``=``, ``+``, ``-``, ``@``, a
tab or a carriage return is a formula to Excel and LibreOffice (``=HYPERLINK(...)``,
``+cmd|' /C calc'!A0``), so it is written with a leading single quote, which spreadsheets
show as text. Real numbers (``-12.50``, an E.164 phone ``+390212345678``) are left alone:
a spreadsheet reads them as numbers, which is harmless and what a user expects.

A cell that already begins with quotes before such a character gets one more quote, so
:func:`restore` (strip one quote) gives back exactly what was exported, whatever the text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from counterapp.domain.errors import ValidationError

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")


def _starts_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def neutralise(value: object) -> object:
    """``value`` as it is safe to write into a CSV cell (non-text values pass unchanged)."""
    if not isinstance(value, str):
        return value
    body = value.lstrip("'")
    if not _starts_formula(body):
        return value
    if len(body) == len(value) and _PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def restore(value: str) -> str:
    """The text a neutralised cell stood for: one leading quote dropped before a formula start.

    Cells written by hand in a spreadsheet as ``'+39...`` (a quote to keep the text as text)
    read the same way.
    """
    if value.startswith("'") and _starts_formula(value.lstrip("'")):
        return value[1:]
    return value


def safe_row(row) -> list:
    """Every cell of ``row`` through :func:`neutralise`, for ``csv.writer.writerow``."""
    return [neutralise(cell) for cell in row]


class SafeWriter:
    """A ``csv.writer`` that neutralises formula cells and also quotes a cell holding a lone
    carriage return: ``csv`` quotes only the line terminator's characters, so with LF line
    ends such a cell would be written bare and read back as two lines."""

    def __init__(self, handle, lineterminator: str = "\n"):
        self._handle = handle
        self._end = lineterminator
        self._writer = csv.writer(handle, lineterminator=lineterminator)
        self._buffer = io.StringIO()
        self._crlf = csv.writer(self._buffer, lineterminator="\r\n")

    def writerow(self, row) -> None:
        """Write one record."""
        cells = safe_row(row)
        if not any(isinstance(cell, str) and "\r" in cell for cell in cells):
            self._writer.writerow(cells)
            return
        self._buffer.seek(0)
        self._buffer.truncate()
        self._crlf.writerow(cells)
        self._handle.write(self._buffer.getvalue()[:-2] + self._end)


def write_csv_file(path, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write ``columns`` and ``rows`` through ``SafeWriter``; the number of rows.

    The file is written next to ``path`` as ``NAME.part`` and renamed, so a reader never
    sees half a file; a file that cannot be written is a ``ValidationError`` on ``out``
    and leaves nothing behind. ``rows`` may be a generator reading the database.
    """
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    count = 0
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as handle:
            writer = SafeWriter(handle)
            writer.writerow(columns)
            for row in rows:
                writer.writerow(row)
                count += 1
        tmp.replace(target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ValidationError("out", f"cannot write {path}: {exc.strerror}") from None
    return count


__all__ = ["FORMULA_STARTS", "SafeWriter", "neutralise", "restore", "safe_row", "write_csv_file"]
