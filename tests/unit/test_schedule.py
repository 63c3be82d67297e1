"""Standing-order schedules: rules from choices, in words, and run dates off holidays."""

from __future__ import annotations

import datetime as dt

import pytest

from counterapp.domain import schedule
from counterapp.domain.delivery import is_working_day, italian_holidays
from counterapp.domain.errors import ValidationError

D = dt.date

# (case, rule, start, how many, expected run dates)
TABLE = [
    # 2026-12-08 (Immacolata) is a Tuesday: that run moves to Wednesday, the next stay Tuesdays.
    ("every 2 weeks on Tuesday across a holiday", schedule.weekly([1], 2), D(2026, 11, 24), 4,
     [D(2026, 11, 24), D(2026, 12, 9), D(2026, 12, 22), D(2027, 1, 5)]),
    # Christmas 2024 is a Wednesday, Santo Stefano the Thursday: the run goes on Friday 27.
    ("Christmas Day moves to the 27th", schedule.monthly_on_day(25), D(2024, 11, 1), 2,
     [D(2024, 11, 25), D(2024, 12, 27)]),
    # Christmas 2026 is a Friday: 26 is Santo Stefano and a Saturday, so Monday 28.
    ("Christmas on a Friday moves to Monday", schedule.monthly_on_day(25), D(2026, 11, 1), 2,
     [D(2026, 11, 25), D(2026, 12, 28)]),
    ("monthly on the 31st from the dialog runs every month",
     schedule.monthly_on_day(31), D(2026, 3, 1), 4,
     [D(2026, 3, 31), D(2026, 4, 30), D(2026, 6, 1), D(2026, 6, 30)]),
    # A raw RFC 5545 BYMONTHDAY=31 skips the months without a 31st (kept as the RFC says).
    ("a raw BYMONTHDAY=31 skips short months", "FREQ=MONTHLY;BYMONTHDAY=31", D(2026, 1, 1), 5,
     [D(2026, 2, 2), D(2026, 3, 31), D(2026, 6, 1), D(2026, 7, 31), D(2026, 8, 31)]),
    ("last day of February in a leap year", schedule.monthly_last_day(), D(2028, 1, 1), 3,
     [D(2028, 1, 31), D(2028, 2, 29), D(2028, 3, 31)]),
    # 2027-02-28 is a Sunday: the run moves to Monday 1 March, the March run stays on the 31st.
    ("last day of February on a Sunday", schedule.monthly_last_day(), D(2027, 2, 1), 2,
     [D(2027, 3, 1), D(2027, 3, 31)]),
    ("day 30 in February is its last day", schedule.monthly_on_day(30), D(2026, 2, 1), 2,
     [D(2026, 3, 2), D(2026, 3, 30)]),
    # Saturday and Sunday both move to Monday: one run, not two.
    ("two occurrences on one working day make one run", schedule.weekly([5, 6]),
     D(2026, 11, 28), 2, [D(2026, 11, 30), D(2026, 12, 7)]),
    ("1 May and 2 June move", "FREQ=YEARLY;BYMONTH=5,6;BYMONTHDAY=1,2", D(2026, 1, 1), 4,
     [D(2026, 5, 4), D(2026, 6, 1), D(2026, 6, 3)] + [D(2027, 5, 3)]),
]


@pytest.mark.parametrize("case,rule,start,count,expected", TABLE, ids=[t[0] for t in TABLE])
def test_run_dates(case, rule, start, count, expected):
    assert schedule.run_dates(rule, start, count=count) == expected
    holidays = italian_holidays(range(start.year, start.year + 3))
    assert all(is_working_day(day, holidays) for day in expected)


def test_runs_after_a_date_and_up_to_a_date():
    rule = schedule.weekly([1], 2)
    assert schedule.next_runs(rule, D(2026, 11, 24), 2, after=D(2026, 12, 1)) == [
        D(2026, 12, 9), D(2026, 12, 22)]
    assert schedule.run_dates(rule, D(2026, 11, 24), until=D(2026, 12, 8)) == [D(2026, 11, 24)]
    # A moved run belongs to the day it moved to.
    assert schedule.run_dates(rule, D(2026, 11, 24), after=D(2026, 12, 9),
                              until=D(2026, 12, 9)) == [D(2026, 12, 9)]


def test_rules_built_from_choices():
    assert schedule.weekly([1]) == "FREQ=WEEKLY;BYDAY=TU"
    assert schedule.weekly([4, 0, 0], 3) == "FREQ=WEEKLY;INTERVAL=3;BYDAY=MO,FR"
    assert schedule.monthly_on_day(15) == "FREQ=MONTHLY;BYMONTHDAY=15"
    assert schedule.monthly_on_day(31) == "FREQ=MONTHLY;BYMONTHDAY=-1"
    assert schedule.monthly_on_day(29, 2) == "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=28,29;BYSETPOS=-1"
    for bad, field in [(lambda: schedule.weekly([]), "weekdays"),
                       (lambda: schedule.weekly([7]), "weekdays"),
                       (lambda: schedule.monthly_on_day(0), "day"),
                       (lambda: schedule.monthly_on_day(32), "day"),
                       (lambda: schedule.weekly([1], 0), "interval")]:
        with pytest.raises(ValidationError) as err:
            bad()
        assert err.value.field == field


WORDS = [
    (schedule.weekly([1], 2), "every 2 weeks on Tuesday", "ogni 2 settimane di martedì"),
    (schedule.weekly([0, 2, 4]), "every week on Monday, Wednesday and Friday",
     "ogni settimana di lunedì, mercoledì e venerdì"),
    (schedule.monthly_on_day(10), "every month on day 10", "ogni mese il giorno 10"),
    (schedule.monthly_on_day(30), "every month on day 30 (the last day in shorter months)",
     "ogni mese il giorno 30 (l'ultimo giorno nei mesi più corti)"),
    (schedule.monthly_last_day(2), "every 2 months on the last day", "ogni 2 mesi l'ultimo giorno"),
    ("FREQ=MONTHLY;BYMONTHDAY=31", "every month on day 31 (months without that day are skipped)",
     "ogni mese il giorno 31 (i mesi senza quel giorno sono saltati)"),
    ("FREQ=DAILY;INTERVAL=14", "every 14 days", "ogni 14 giorni"),
    ("FREQ=WEEKLY;BYDAY=TU;COUNT=5", "every week on Tuesday, 5 times",
     "ogni settimana di martedì, 5 volte"),
    ("FREQ=WEEKLY;BYDAY=1TU", "custom schedule: FREQ=WEEKLY;BYDAY=1TU",
     "pianificazione personalizzata: FREQ=WEEKLY;BYDAY=1TU"),
]


@pytest.mark.parametrize("rule,english,italian", WORDS)
def test_described_in_english_and_italian(rule, english, italian):
    assert schedule.describe(rule, "en") == english
    assert schedule.describe(rule, "it") == italian


def test_parse_rule_normalises():
    assert (schedule.parse_rule("rrule:freq=weekly; byday=tu ;interval=2", D(2026, 1, 1))
            == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU")


@pytest.mark.parametrize("bad", [
    "", "   ", None, 42, "FREQ=HOURLY", "FREQ=WEEKLY;BYDAY=XX", "FOO=1", "BYDAY=TU",
    "FREQ=WEEKLY;FREQ=DAILY", "FREQ=WEEKLY;INTERVAL=0", "FREQ=WEEKLY;INTERVAL=x",
    "DTSTART:20260101T000000\nRRULE:FREQ=DAILY", "FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=31",
    "FREQ=WEEKLY;BYDAY", "FREQ=DAILY;UNTIL=20200101", "FREQ=DAILY;" + "X" * 300,
])
def test_a_bad_rule_names_the_rrule_field(bad):
    with pytest.raises(ValidationError) as err:
        schedule.parse_rule(bad, D(2026, 1, 1))
    assert err.value.field == "rrule"


def test_working_days_before_is_the_mirror_of_add_working_days():
    holidays = italian_holidays(2026)
    # Before Wednesday 9 December 2026: Monday 7, then Friday 4 (Tuesday 8 is a holiday).
    assert schedule.working_days_before(D(2026, 12, 9), 2, holidays) == D(2026, 12, 4)
    assert schedule.working_days_before(D(2026, 12, 9), 1, holidays) == D(2026, 12, 7)
    assert schedule.working_days_before(D(2026, 12, 9), 0, holidays) == D(2026, 12, 9)
