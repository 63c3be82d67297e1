"""Money, percentages, quantities and dates as people read them: the one formatter.

Screens and paper both call these functions, so a total reads the same on the counter
and on the receipt. Pure (Babel's CLDR data, no Qt): the UI passes its language, a
document the language of its data.

The locale decision, made once here:

- the language ``"it"`` (or any ``it_*`` locale) formats as ``it_IT``: ``1.234,50 €``,
  ``10 %``, ``01/12/2026``;
- everything else formats as ``en_GB``: ``€1,234.50``, ``10%``, ``01/12/2026``. The UI
  shows English text for every language without a catalogue, so its numbers are English
  too; British rather than American because the shop is in Europe: day-first dates and
  the euro sign in front, as English speakers in the euro area write it.
- the currency is always the euro, whatever the locale.

Money follows CLDR's currency pattern of the locale. The Italian percentage is written
with a no-break space ("10 %", as Italian style guides and our own screens do; the
CLDR data in Babel 2.19 has "10%"), the English one without. Dates are day-first with a
four-digit year in both languages (CLDR's Italian short date has a two-digit year, which
a delivery date must not have). Machine output (CSV, command-line reports, the audit
chain) keeps ISO 8601 and never comes here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import NumberPattern, get_currency_symbol, parse_pattern

from counterapp.domain.money import round_cents

CURRENCY = "EUR"
ITALIAN = "it_IT"
ENGLISH = "en_GB"
# The UI languages we ship and the locale each formats with.
LOCALES = {"it": ITALIAN, "en": ENGLISH}

_NBSP = "\u00a0"
_PERCENT_SUFFIX = {ITALIAN: _NBSP + "%", ENGLISH: "%"}
_DATE = "dd/MM/yyyy"
_DATE_NO_YEAR = "dd/MM"


def locale_for(language: str | None) -> str:
    """The locale that formats for ``language`` (``"it"``, ``"it_IT"``, ``"en"``,
    ``"C"`` …): ``it_IT`` for Italian, ``en_GB`` for everything else."""
    code = (language or "").replace("-", "_").split("_")[0].lower()
    return LOCALES.get(code, ENGLISH)


@lru_cache(maxsize=16)
def _locale(locale: str) -> Locale:
    return Locale.parse(locale_for(locale))


@lru_cache(maxsize=64)
def _pattern(locale: str, pattern: str) -> tuple[NumberPattern, Locale]:
    """A parsed number pattern (``"money"``: the locale's currency pattern with the euro
    sign written in). Parsing and the symbol look-up cost more than the formatting
    itself, and a table repaints hundreds of cells."""
    loc = _locale(locale)
    if pattern == "money":
        standard = loc.currency_formats["standard"].pattern.split(";")[0]
        pattern = standard.replace("¤", get_currency_symbol(CURRENCY, loc))
    return parse_pattern(pattern), loc


def _apply(value: Decimal, locale: str, pattern: str) -> str:
    parsed, loc = _pattern(locale, pattern)
    return parsed.apply(value, loc)


def format_money(amount: Decimal | int, locale: str) -> str:
    """Euros with two decimals in the locale's style: ``1.234,50 €`` (it), ``€1,234.50``
    (en). Rounded half-up to the cent first (the fiscal rule), never through float."""
    return _apply(round_cents(Decimal(amount)), locale, "money")


def format_number(value: Decimal | int, locale: str, places: int = 2) -> str:
    """A plain number with exactly ``places`` decimals: ``1.234,50`` / ``1,234.50``."""
    return _apply(Decimal(value), locale, "#,##0" + ("." + "0" * places if places else ""))


def format_percent(value: Decimal | int, locale: str) -> str:
    """A rate given in percent (``10`` is ten per cent): ``10 %`` (it), ``10%`` (en),
    ``7,5 %``; at most two decimals, trailing zeros dropped, never ``1E+1``."""
    return _apply(Decimal(value), locale, "#,##0.##") + _PERCENT_SUFFIX[locale_for(locale)]


def format_quantity(value: Decimal | int, locale: str) -> str:
    """A count of pieces with the locale's grouping: ``1.250`` (it), ``1,250`` (en)."""
    return _apply(Decimal(value), locale, "#,##0.###")


def format_date(value: dt.date, locale: str, *, year: bool = True) -> str:
    """A calendar day: ``01/12/2026`` (``01/12`` without the year, for short lists)."""
    return _babel_date(value, _DATE if year else _DATE_NO_YEAR, locale=_locale(locale))


def format_month(value: dt.date, locale: str, *, year: bool = True) -> str:
    """The month of ``value`` as a label starts: ``Novembre 2026`` (``Novembre`` without
    the year). CLDR writes Italian month names in lower case, as running text does; a
    label or a line that begins with one capitalises it."""
    text = _babel_date(value, "LLLL yyyy" if year else "LLLL", locale=_locale(locale))
    return text[:1].upper() + text[1:]


def format_datetime(value: dt.datetime, locale: str, *, year: bool = True,
                    seconds: bool = False) -> str:
    """A moment as local wall-clock time: ``01/12/2026 14:05`` (``:30`` with seconds)."""
    pattern = (_DATE if year else _DATE_NO_YEAR) + (" HH:mm:ss" if seconds else " HH:mm")
    return _babel_datetime(value, pattern, tzinfo=value.tzinfo, locale=_locale(locale))
