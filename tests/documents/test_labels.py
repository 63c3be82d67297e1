"""Words, money and dates in each document language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from counterapp.documents.labels import LABELS, Labels


def test_both_languages_define_the_same_words():
    assert LABELS["it"].keys() == LABELS["en"].keys()


@pytest.mark.parametrize(
    ("language", "amount", "expected"),
    [
        ("it", Decimal("1234.56"), "1.234,56\u00a0€"),
        ("it", Decimal("0.5"), "0,50\u00a0€"),
        ("it", Decimal("-12.30"), "-12,30\u00a0€"),
        ("it", Decimal("1000000"), "1.000.000,00\u00a0€"),
        ("en", Decimal("1234.56"), "€1,234.56"),
    ],
)
def test_money(language, amount, expected):
    assert Labels(language).money(amount) == expected


def test_percent_drops_useless_decimals():
    labels = Labels("it")
    assert labels.percent(Decimal("22")) == "22\u00a0%"
    assert labels.percent(Decimal("22.00")) == "22\u00a0%"
    assert labels.percent(Decimal("5.5")) == "5,5\u00a0%"
    assert Labels("en").percent(Decimal("5.5")) == "5.5%"


def test_dates_and_times():
    labels = Labels("it")
    assert labels.date(date(2026, 3, 7)) == "07/03/2026"
    assert labels.datetime(datetime(2026, 3, 7, 9, 5)) == "07/03/2026 09:05"


def test_aware_times_print_in_their_own_zone():
    summer = datetime(2026, 7, 27, 14, 5, tzinfo=ZoneInfo("Europe/Rome"))
    assert Labels("it").datetime(summer) == "27/07/2026 14:05"


def test_page_numbers():
    assert Labels("it").page_x_of_y(1, 4) == "Pagina 1 di 4"
    assert Labels("en").page_x_of_y(2, 4) == "Page 2 of 4"


def test_unknown_codes_print_as_themselves():
    labels = Labels("it")
    assert labels.choice("method", "cash") == "Contanti"
    assert labels.choice("method", "satispay") == "satispay"


def test_unsupported_language_is_refused():
    with pytest.raises(ValueError, match="language"):
        Labels("fr")
