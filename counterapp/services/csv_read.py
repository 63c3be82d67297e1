"""Reading CSV files as people's spreadsheets save them.

- Encoding: UTF-8 with or without a byte-order mark; UTF-16 with a BOM (Excel's "Unicode
  text"); otherwise a file that is not valid UTF-8 is read as Windows-1252 (cp1252), what
  Italian Excel writes for "CSV (separato da punto e virgola)".
- Delimiter: whichever of ``;``, ``,`` and tab the header line uses most (outside quotes).
- A malformed record (a broken quote) is reported by its line and reading goes on from the
  next line, so one bad line never hides the rest of the file.
- Cells neutralised by our export (``'=...``) are read back as they were
  (:func:`counterapp.services.csv_cells.restore`).

Problems are ``(line_no, column, reason)`` with the header as line 1.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from counterapp.domain.errors import ValidationError
from counterapp.services.csv_cells import restore

MAX_FIELD_CHARS = 2000
DELIMITERS = (",", ";", "\t")
# Python's csv module refuses fields over 128 KiB with an exception that would abort the
# whole read; raise the ceiling so a huge field is *reported* (MAX_FIELD_CHARS) instead.
csv.field_size_limit(64 * 1024 * 1024)


@dataclass
class Parsed:
    """A file split into rows by column name, with what was wrong with it."""

    header: list[str]
    rows: list[tuple[int, dict[str, str]]]
    problems: list[tuple[int, str, str]]
    unknown: list[str]
    bad_lines: int = 0
    encoding: str = ""
    delimiter: str = ","
    bad_rows: set[int] = field(default_factory=set)


class NotText(Exception):
    """The bytes are no text in any encoding we read; ``line`` is where the first bad byte is."""

    def __init__(self, line: int):
        super().__init__(f"not text from line {line}")
        self.line = line


def decode(raw: bytes) -> tuple[str, str]:
    """``(text, encoding name)``; raises ``NotText`` naming the line of the first bad byte."""
    if raw.startswith(codecs.BOM_UTF8):
        candidates = ["utf-8-sig"]
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252"]
    error = None
    for encoding in candidates:
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            error = error or exc
    raise NotText(raw[:error.start].count(b"\n") + 1)


def sniff_delimiter(header_line: str) -> str:
    """The delimiter the header line uses most outside quotes (a comma when in doubt)."""
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _reader(lines: list[str], start: int, delimiter: str):
    """A strict ``csv.reader`` over ``lines[start:]`` (a C-level iterator: no copy)."""
    return csv.reader(map(lines.__getitem__, range(start, len(lines))), delimiter=delimiter,
                      strict=True)


def _records(lines: list[str], delimiter: str, problems: list[tuple[int, str, str]]):
    """Yield ``(line_no, values)`` per record, ``values`` None for a broken one.

    A broken record becomes a problem and reading starts again on the line after the one
    where that record began; a quote opened there and closed lines later only costs the
    lines in between, so a file with many broken lines is still read in one pass or so.
    """
    base = 0
    reader = _reader(lines, base, delimiter)
    while True:
        start = base + reader.line_num  # index of the record's first line
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            problems.append((start + 1, "", f"malformed CSV (check the quotes): {exc}"))
            yield start + 1, None
            base = start + 1
            reader = _reader(lines, base, delimiter)
            continue
        yield start + 1, values


def read_table(path, known: list[str], required: list[str]) -> Parsed:
    """Decode and split the CSV file at ``path``; structural problems become report lines.

    ``known`` are the columns kept (others are listed in ``unknown``), ``required`` the
    ones the header must have. Raises ``ValidationError`` only when the file cannot be read.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError("file", f"cannot read {path}: {exc.strerror}") from None
    try:
        text, encoding = decode(raw)
    except NotText as exc:
        return Parsed([], [], [(exc.line, "", "the file is neither UTF-8 nor Windows-1252 text; "
                                "save it as 'CSV UTF-8' and import it again")], [])
    if "\x00" in text:
        line = text[:text.index("\x00")].count("\n") + 1
        return Parsed([], [], [(line, "", "the file contains NUL bytes: it is not a "
                                "CSV text file")], [], encoding=encoding)
    lines = io.StringIO(text, newline="").readlines()
    if not lines:
        return Parsed([], [], [(1, "", "the file is empty")], [], encoding=encoding)
    delimiter = sniff_delimiter(lines[0])
    parsed = Parsed([], [], [], [], encoding=encoding, delimiter=delimiter)
    records = _records(lines, delimiter, parsed.problems)
    first = next(records, None)
    if first is None or first[1] is None:
        if first is None:
            parsed.problems.append((1, "", "the file is empty"))
        return parsed
    header = [restore(h).strip().lower() for h in first[1]]
    parsed.header = header
    parsed.unknown = [h for h in header if h and h not in known]
    for column in required:
        if column not in header:
            parsed.problems.append((1, column, "required column is missing"))
    seen = set()
    for h in header:
        if h in seen and h:
            parsed.problems.append((1, h, "column appears twice"))
        seen.add(h)
    kept = [(index, column) for index, column in enumerate(header) if column in known]
    width = len(header)
    for line_no, values in records:
        if values is None:
            parsed.bad_lines += 1
            continue
        if not "".join(values).strip():
            continue
        if len(values) > width:
            parsed.problems.append((line_no, "", f"{len(values)} fields but the header has "
                                    f"{width}"))
            parsed.bad_lines += 1
            continue
        count = len(values)
        row = {column: values[index] for index, column in kept if index < count}
        for column, value in row.items():
            if value[:1] == "'":
                row[column] = restore(value)
        for column, value in list(row.items()):
            if len(value) > MAX_FIELD_CHARS:
                parsed.problems.append((line_no, column, f"field is {len(value):,} characters "
                                        f"long (at most {MAX_FIELD_CHARS:,})"))
                row[column] = ""
                parsed.bad_rows.add(line_no)
        parsed.rows.append((line_no, row))
    return parsed


__all__ = ["DELIMITERS", "MAX_FIELD_CHARS", "NotText", "Parsed", "decode", "read_table", "sniff_delimiter"]
