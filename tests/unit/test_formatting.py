"""The one formatter: money, percentages, quantities and dates per locale, and nobody else
formatting money by hand."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from counterapp.documents.labels import Labels
from counterapp.domain.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_number,
    format_percent,
    format_quantity,
    locale_for,
)

NBSP = "\u00a0"
ROOT = Path(__file__).resolve().parents[2] / "counterapp"


@pytest.mark.parametrize(
    ("amount", "italian", "english"),
    [
        (Decimal("1234.5"), "1.234,50 €", "€1,234.50"),
        (Decimal("0"), "0,00 €", "€0.00"),
        (Decimal("0.5"), "0,50 €", "€0.50"),
        (Decimal("-12.30"), "-12,30 €", "-€12.30"),
        (Decimal("1000000"), "1.000.000,00 €", "€1,000,000.00"),
        (Decimal("0.005"), "0,01 €", "€0.01"),  # half-up, the fiscal rule (not half-even)
        (Decimal("2.675"), "2,68 €", "€2.68"),
        (Decimal("1E+3"), "1.000,00 €", "€1,000.00"),
        (7, "7,00 €", "€7.00"),
    ],
)
def test_money(amount, italian, english):
    assert format_money(amount, "it").replace(NBSP, " ") == italian
    assert format_money(amount, "en") == english


def test_money_never_breaks_between_amount_and_sign():
    assert format_money(Decimal("6.90"), "it") == f"6,90{NBSP}€"


@pytest.mark.parametrize(
    ("value", "italian", "english"),
    [
        (Decimal("10"), "10 %", "10%"),
        (Decimal("1E+1"), "10 %", "10%"),  # the approval dialog once said "1E+1 %"
        (Decimal("10.00"), "10 %", "10%"),
        (Decimal("7.5"), "7,5 %", "7.5%"),
        (Decimal("12.25"), "12,25 %", "12.25%"),
        (Decimal("22"), "22 %", "22%"),
        (Decimal("0"), "0 %", "0%"),
        (Decimal("1000"), "1.000 %", "1,000%"),
    ],
)
def test_percent(value, italian, english):
    assert format_percent(value, "it") == italian.replace(" ", NBSP)
    assert format_percent(value, "en") == english
    assert "E" not in format_percent(value, "it")


@pytest.mark.parametrize(
    ("day", "italian", "english"),
    [
        (dt.date(2026, 12, 1), "01/12/2026", "01/12/2026"),
        (dt.date(2027, 1, 31), "31/01/2027", "31/01/2027"),
    ],
)
def test_date(day, italian, english):
    assert format_date(day, "it") == italian
    assert format_date(day, "en") == english
    assert format_date(day, "it", year=False) == italian[:5]


def test_datetime_prints_wall_clock_time_of_its_zone():
    moment = dt.datetime(2026, 7, 27, 14, 5, 9, tzinfo=ZoneInfo("Europe/Rome"))
    assert format_datetime(moment, "it") == "27/07/2026 14:05"
    assert format_datetime(moment, "en", seconds=True) == "27/07/2026 14:05:09"
    assert format_datetime(moment.replace(tzinfo=None), "it", year=False) == "27/07 14:05"


def test_quantity_and_number():
    assert format_quantity(1250, "it") == "1.250"
    assert format_quantity(1250, "en") == "1,250"
    assert format_number(Decimal("1.5"), "it", 3) == "1,500"
    assert format_number(Decimal("1234"), "en", 0) == "1,234"


@pytest.mark.parametrize(
    ("language", "locale"),
    [("it", "it_IT"), ("it_IT", "it_IT"), ("it-CH", "it_IT"), ("en", "en_GB"),
     ("en_US", "en_GB"), ("C", "en_GB"), ("", "en_GB"), (None, "en_GB"), ("de_DE", "en_GB")],
)
def test_one_locale_decision(language, locale):
    assert locale_for(language) == locale


def test_paper_uses_the_same_formatter():
    amount, rate = Decimal("1234.5"), Decimal("1E+1")
    for language in ("it", "en"):
        labels = Labels(language)
        assert labels.money(amount) == format_money(amount, language)
        assert labels.percent(rate) == format_percent(rate, language)
        assert labels.date(dt.date(2026, 12, 1)) == format_date(dt.date(2026, 12, 1), language)


# Formatting money by hand: a format spec with grouping or two places, Babel called
# directly, or a euro sign glued to a formatted value.
_BY_HAND = re.compile(r"""(:,?\.2f|:,\.|decimalPoint\(|format_currency\(|format_decimal\(|from babel|import babel"""
                      r"""|\}\s*€|€\s*\{)""")


def test_no_screen_or_document_formats_money_by_hand():
    offenders = []
    for folder in ("ui", "documents"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if _BY_HAND.search(line):
                    offenders.append(f"{path.relative_to(ROOT.parent)}:{number}: {line.strip()}")
    assert offenders == [], "\n".join(offenders)


def test_no_screen_or_document_formats_dates_by_hand():
    offenders = []
    for folder in ("ui", "documents"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = path.relative_to(ROOT.parent).as_posix()
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if "strftime(" in line:
                    offenders.append(f"{name}:{number}: {line.strip()}")
    assert offenders == [], "\n".join(offenders)
