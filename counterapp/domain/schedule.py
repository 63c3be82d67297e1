"""Standing-order schedules: RFC 5545 recurrence rules, in words, and their run dates.

A schedule is an RRULE string (``FREQ=WEEKLY;INTERVAL=2;BYDAY=TU``) plus a start date, the
rule's DTSTART, which is kept apart (a column, a CSV field) and never written in the rule.
``python-dateutil`` expands the rule; this module adds what a shop needs on top:

- ``parse_rule`` checks a rule typed by a person or read from a file and returns it in one
  normal spelling, or raises ``ValidationError("rrule", ...)``.
- ``weekly``, ``monthly_on_day`` and ``monthly_last_day`` build a rule from the simple choices
  of the standing-order dialog.
- ``describe`` says a rule in Italian or English (``STRINGS`` is the whole vocabulary; the UI
  translates nothing itself, it picks the language).
- ``run_dates`` lists the runs: an occurrence on a Saturday, a Sunday or an Italian public
  holiday moves to the next working day, with the very calendar delivery planning uses
  (``domain.delivery``). Two occurrences that land on the same working day make one run.

The 31st of a month: RFC 5545 skips a month that lacks the day a rule names (a raw
``BYMONTHDAY=31`` runs seven times a year) and a rule read from a file keeps that meaning.
The dialog's "monthly on day D" never asks for that: for D = 31 it builds ``BYMONTHDAY=-1``
(the last day), for D = 29 or 30 ``BYMONTHDAY=28,...,D;BYSETPOS=-1`` (day D, or the month's
last day when it is shorter), so it runs every month.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping, Sequence

from dateutil import rrule as du

from counterapp.domain.delivery import is_working_day, italian_holidays, next_working_day
from counterapp.domain.errors import ValidationError

FIELD = "rrule"
MAX_RULE_LENGTH = 200
# A rule that makes no run in this many days from its start is refused (it would never run,
# and some impossible rules make dateutil search for centuries).
HORIZON_DAYS = 2 * 366
LANGUAGES = ("it", "en")
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_FREQUENCIES = {"DAILY": du.DAILY, "WEEKLY": du.WEEKLY, "MONTHLY": du.MONTHLY,
                "YEARLY": du.YEARLY}
_KNOWN_PARTS = ("FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "BYSETPOS", "COUNT",
                "UNTIL", "WKST")

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "days": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
        "and": "and",
        "daily_1": "every day", "daily_n": "every {n} days",
        "weekly_1": "every week", "weekly_n": "every {n} weeks",
        "weekly_on": "{every} on {days}",
        "monthly_1": "every month", "monthly_n": "every {n} months",
        "on_day": "{every} on day {days}",
        "on_last": "{every} on the last day",
        "on_day_skip": "{every} on day {days} (months without that day are skipped)",
        "on_day_or_last": "{every} on day {day} (the last day in shorter months)",
        "yearly_1": "every year", "yearly_n": "every {n} years",
        "count": "{text}, {count} times", "until": "{text}, until {until}",
        "other": "custom schedule: {rule}",
        "moved": "a run on a weekend or public holiday moves to the next working day",
    },
    "it": {
        "days": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
        "and": "e",
        "daily_1": "ogni giorno", "daily_n": "ogni {n} giorni",
        "weekly_1": "ogni settimana", "weekly_n": "ogni {n} settimane",
        "weekly_on": "{every} di {days}",
        "monthly_1": "ogni mese", "monthly_n": "ogni {n} mesi",
        "on_day": "{every} il giorno {days}",
        "on_last": "{every} l'ultimo giorno",
        "on_day_skip": "{every} il giorno {days} (i mesi senza quel giorno sono saltati)",
        "on_day_or_last": "{every} il giorno {day} (l'ultimo giorno nei mesi più corti)",
        "yearly_1": "ogni anno", "yearly_n": "ogni {n} anni",
        "count": "{text}, {count} volte", "until": "{text}, fino al {until}",
        "other": "pianificazione personalizzata: {rule}",
        "moved": "una consegna di sabato, domenica o in un giorno festivo passa al primo "
                 "giorno lavorativo",
    },
}


def _parts(text: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for item in text.split(";"):
        if not item:
            continue
        name, sep, value = item.partition("=")
        if not sep or not name or not value:
            raise ValidationError(FIELD, f"'{item}' is not NAME=VALUE")
        if name not in _KNOWN_PARTS:
            raise ValidationError(FIELD, f"{name} is not supported (use "
                                  + ", ".join(_KNOWN_PARTS) + ")")
        if name in parts:
            raise ValidationError(FIELD, f"{name} is given twice")
        parts[name] = value
    return parts


def _build(rule: str, start: dt.date) -> du.rrule:
    try:
        built = du.rrulestr(rule, dtstart=dt.datetime.combine(start, dt.time()))
    except (ValueError, TypeError, IndexError, KeyError) as exc:
        raise ValidationError(FIELD, f"not a valid recurrence rule ({exc})") from None
    if not isinstance(built, du.rrule):
        raise ValidationError(FIELD, "one rule only")
    return built


def parse_rule(text: object, start: dt.date | None = None) -> str:
    """``text`` checked and spelled one way (upper case, ``FREQ`` first, no ``RRULE:``).

    Raises ``ValidationError("rrule", ...)`` for an empty or over-long rule, an unknown part,
    a frequency below a day (a standing order runs at most daily), a ``DTSTART`` inside the
    rule (the start is kept apart), a rule dateutil cannot read, or one that makes no run in
    the two years from ``start`` (default today).
    """
    if not isinstance(text, str) or not text.strip():
        raise ValidationError(FIELD, "a recurrence rule is required, e.g. FREQ=WEEKLY;BYDAY=TU")
    rule = "".join(text.split()).upper()
    if rule.startswith("RRULE:"):
        rule = rule[len("RRULE:"):]
    if len(rule) > MAX_RULE_LENGTH:
        raise ValidationError(FIELD, f"at most {MAX_RULE_LENGTH} characters")
    if "DTSTART" in rule:
        raise ValidationError(FIELD, "the start date is a field of its own, not part of the rule")
    parts = _parts(rule)
    freq = parts.get("FREQ")
    if freq is None:
        raise ValidationError(FIELD, "FREQ is required (DAILY, WEEKLY, MONTHLY or YEARLY)")
    if freq not in _FREQUENCIES:
        raise ValidationError(FIELD, f"FREQ={freq}: use DAILY, WEEKLY, MONTHLY or YEARLY")
    if "INTERVAL" in parts and not (parts["INTERVAL"].isdigit()
                                    and 1 <= int(parts["INTERVAL"]) <= 99):
        raise ValidationError(FIELD, "INTERVAL must be a whole number from 1 to 99")
    ordered = ";".join(f"{name}={parts[name]}" for name in _KNOWN_PARTS if name in parts)
    start = start or dt.date.today()
    built = _build(ordered, start)
    first = built.after(dt.datetime.combine(start, dt.time()), inc=True)
    if first is None or first.date() > start + dt.timedelta(days=HORIZON_DAYS):
        raise ValidationError(FIELD, "this rule makes no run in the next two years")
    return ordered


# -- building from choices ---------------------------------------------------------------------
def _interval(interval: int, field: str = "interval") -> str:
    if isinstance(interval, bool) or not isinstance(interval, int) or not 1 <= interval <= 99:
        raise ValidationError(field, "a whole number from 1 to 99")
    return "" if interval == 1 else f";INTERVAL={interval}"


def weekly(weekdays: Sequence[int], interval: int = 1) -> str:
    """Every ``interval`` weeks on ``weekdays`` (0 = Monday … 6 = Sunday)."""
    days = sorted(set(weekdays))
    if not days or any(isinstance(d, bool) or not isinstance(d, int) or not 0 <= d <= 6
                       for d in days):
        raise ValidationError("weekdays", "choose at least one day of the week")
    return (f"FREQ=WEEKLY{_interval(interval)};BYDAY="
            + ",".join(WEEKDAY_CODES[d] for d in days))


def monthly_on_day(day: int, interval: int = 1) -> str:
    """Every ``interval`` months on ``day`` (1–31); a shorter month runs on its last day."""
    if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= 31:
        raise ValidationError("day", "a day of the month from 1 to 31")
    if day == 31:
        return monthly_last_day(interval)
    if day >= 29:
        return (f"FREQ=MONTHLY{_interval(interval)};BYMONTHDAY="
                + ",".join(str(d) for d in range(28, day + 1)) + ";BYSETPOS=-1")
    return f"FREQ=MONTHLY{_interval(interval)};BYMONTHDAY={day}"


def monthly_last_day(interval: int = 1) -> str:
    """Every ``interval`` months on the month's last day."""
    return f"FREQ=MONTHLY{_interval(interval)};BYMONTHDAY=-1"


# -- in words ---------------------------------------------------------------------------------
def _join(words: list[str], conjunction: str) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + f" {conjunction} " + words[-1]


def describe(rule: str, language: str = "en") -> str:
    """The rule in words in ``language`` (``it`` or ``en``; anything else gives English).

    Rules the dialog cannot build are said as "custom schedule: <rule>".
    """
    words = STRINGS.get(language, STRINGS["en"])
    parts = _parts(rule)
    n = int(parts.get("INTERVAL", "1"))
    freq = parts.get("FREQ", "")
    known = {"FREQ", "INTERVAL", "COUNT", "UNTIL"}
    text = None
    if freq == "DAILY" and set(parts) <= known:
        text = words["daily_1" if n == 1 else "daily_n"].format(n=n)
    elif freq == "WEEKLY" and set(parts) <= known | {"BYDAY", "WKST"}:
        every = words["weekly_1" if n == 1 else "weekly_n"].format(n=n)
        codes = parts.get("BYDAY", "").split(",") if "BYDAY" in parts else []
        if codes and all(code in WEEKDAY_CODES for code in codes):
            names = words["days"].split()
            text = words["weekly_on"].format(every=every, days=_join(
                [names[WEEKDAY_CODES.index(c)] for c in codes], words["and"]))
        elif not codes:
            text = every
    elif freq == "MONTHLY" and set(parts) <= known | {"BYMONTHDAY", "BYSETPOS"}:
        every = words["monthly_1" if n == 1 else "monthly_n"].format(n=n)
        days = parts.get("BYMONTHDAY", "")
        setpos = parts.get("BYSETPOS")
        if days == "-1" and setpos is None:
            text = words["on_last"].format(every=every)
        elif setpos == "-1" and days.startswith("28,"):
            text = words["on_day_or_last"].format(every=every, day=days.split(",")[-1])
        elif days and setpos is None and all(d.isdigit() for d in days.split(",")):
            key = "on_day_skip" if any(int(d) >= 29 for d in days.split(",")) else "on_day"
            text = words[key].format(every=every, days=_join(days.split(","), words["and"]))
    elif freq == "YEARLY" and set(parts) <= known:
        text = words["yearly_1" if n == 1 else "yearly_n"].format(n=n)
    if text is None:
        return words["other"].format(rule=rule)
    if "COUNT" in parts:
        text = words["count"].format(text=text, count=parts["COUNT"])
    if "UNTIL" in parts:
        until = parts["UNTIL"][:8]
        text = words["until"].format(text=text, until=f"{until[:4]}-{until[4:6]}-{until[6:8]}")
    return text


# -- run dates --------------------------------------------------------------------------------
@functools.lru_cache(maxsize=16)
def _calendar(first_year: int, last_year: int) -> Mapping[dt.date, str]:
    # Building the holiday table costs milliseconds and every schedule read needs one; it
    # also fills in any other year it is asked about, so one per span is enough.
    return italian_holidays(range(first_year, last_year + 1))


def occurrences(rule: str, start: dt.date) -> Iterator[dt.date]:
    """The rule's own dates from ``start`` (not yet moved off weekends and holidays)."""
    for moment in _build(rule, start):
        yield moment.date()


def run_dates(rule: str, start: dt.date, *, after: dt.date | None = None,
              until: dt.date | None = None, count: int | None = None,
              holidays: Mapping[dt.date, str] | None = None) -> list[dt.date]:
    """Run dates of the schedule, each moved to the next working day, in order, no repeats.

    Only runs on or after ``after`` (when given) are returned, up to ``until`` (inclusive)
    and at most ``count`` of them; one of the two limits is required. ``holidays`` defaults
    to the Italian public holidays of ``domain.delivery`` (tests may pass their own).
    """
    if until is None and count is None:
        raise ValueError("run_dates needs until or count")
    calendar = holidays if holidays is not None else _calendar(start.year,
                                                               (until or start).year + 1)
    found: list[dt.date] = []
    last: dt.date | None = None
    for day in occurrences(rule, start):
        if until is not None and day > until:
            break
        moved = next_working_day(day, calendar, include_today=True)
        if last is not None and moved <= last:
            continue  # two occurrences landed on the same working day: one run
        last = moved
        if until is not None and moved > until:
            break
        if after is not None and moved < after:
            continue
        found.append(moved)
        if count is not None and len(found) >= count:
            break
    return found


def next_runs(rule: str, start: dt.date, count: int = 5, *, after: dt.date | None = None,
              holidays: Mapping[dt.date, str] | None = None) -> list[dt.date]:
    """The next ``count`` run dates on or after ``after`` (default: ``start``)."""
    return run_dates(rule, start, after=after or start, count=count, holidays=holidays)


def working_days_before(day: dt.date, count: int, holidays: Mapping[dt.date, str]) -> dt.date:
    """The working day ``count`` working days before ``day`` (``count`` 0: ``day`` itself).

    The mirror of ``domain.delivery.add_working_days``, on the same calendar.
    """
    for _ in range(max(count, 0)):
        day -= dt.timedelta(days=1)
        while not is_working_day(day, holidays):
            day -= dt.timedelta(days=1)
    return day
