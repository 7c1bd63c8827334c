"""Times, dates and times and durations to the nanosecond: FEEL holds nine digits of a second's fraction,
Python six."""
from __future__ import annotations

import copy
import datetime as dt
import pickle
from decimal import Decimal
from typing import Any

import pytest

from app.rules import to_jsonable
from app.rules.feel.nanos import FineDateTime
from app.rules.feel.nanos import FineDuration
from app.rules.feel.nanos import FineTime
from tests.rules.test_feel import feel
from tests.rules.test_feel import run


@pytest.mark.parametrize("text, expected", [
    ('string(time("10:15:30.123456789"))', "10:15:30.123456789"),
    ('string(time("10:15:30.000000001Z"))', "10:15:30.000000001Z"),
    ('string(date and time("2011-12-31T10:15:30.123456789@Europe/Paris"))',
     "2011-12-31T10:15:30.123456789@Europe/Paris"),
    ('string(date and time("2011-12-31T10:15:30.5000001+02:00"))', "2011-12-31T10:15:30.5000001+02:00"),
    ('string(date and time("999999999-12-31T23:59:59.999999999@Europe/Paris"))',
     "999999999-12-31T23:59:59.999999999@Europe/Paris"),
    ('string(date and time("-999999999-12-31T23:59:59.999999999+02:00"))',
     "-999999999-12-31T23:59:59.999999999+02:00"),
    ('string(date and time("2020-01-01T10:30:00.1234567891Z"))', "2020-01-01T10:30:00.123456789Z"),  # ninth digit on
    ('string(date and time(date("2017-01-01"), time("23:59:01.123456789@Europe/Paris")))',
     "2017-01-01T23:59:01.123456789@Europe/Paris"),
    ('string(time(date and time("2020-01-01T10:30:00.123456789Z")))', "10:30:00.123456789Z"),
    ("string(time(10, 30, 1.123456789))", "10:30:01.123456789"),
    ('string(date and time("2020-01-01T23:30:00.000000007Z") + duration("PT1H"))', "2020-01-02T00:30:00.000000007Z"),
    ('string(date and time("2020-01-01T10:00:00.000000007Z") - duration("P1D"))', "2019-12-31T10:00:00.000000007Z"),
    ('string(time("23:30:00.123456789") + duration("PT1H"))', "00:30:00.123456789"),
    ('string(date and time("2020-01-01T10:30:00.123Z"))', "2020-01-01T10:30:00.123Z"),  # no digits invented
])
def test_the_nanoseconds_are_kept_where_a_value_is_read_built_shifted_and_printed(text: str, expected: str) -> None:
    assert feel(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('time("10:30:00.000000001") = time("10:30:00.000000002")', False),
    ('time("10:30:00.000000001") < time("10:30:00.000000002")', True),
    ('time("10:30:00.100000000") = time("10:30:00.1")', True),
    ('date and time("2020-01-01T10:30:00.000000001Z") > date and time("2020-01-01T10:30:00Z")', True),
    ('date and time("2020-01-01T11:30:00.000000001+01:00") = date and time("2020-01-01T10:30:00.000000001Z")', True),
    ('date and time("99999-01-01T10:30:00.000000002Z") > date and time("99999-01-01T10:30:00.000000001Z")', True),
    ('date and time("99999-01-01T10:30:00.000000002Z") = date and time("99999-01-01T10:30:00.000000002Z")', True),
    ('time("10:30:00.000000009") in [time("10:30:00"), time("10:30:00.000000009")]', True),
])
def test_values_a_few_nanoseconds_apart_are_not_equal_and_are_ordered(text: str, expected: bool) -> None:
    assert feel(text) is expected


def test_the_second_counts_the_nanoseconds() -> None:
    assert feel('time("10:30:07.123456789").second') == Decimal("7.123456789")
    assert feel('date and time("2020-01-01T10:30:00.5Z").second') == Decimal("0.5")


@pytest.mark.parametrize("text, expected", [
    ('string(date and time("2020-01-01T10:30:00.000000001Z") - date and time("2020-01-01T10:30:00Z"))',
     "PT0.000000001S"),
    ('string(time("10:30:00") - time("10:30:00.123456789"))', "-PT0.123456789S"),
    ('string(duration("PT0.000000001S"))', "PT0.000000001S"),
    ('string(duration("-P1DT0.5000000001S"))', "-P1DT0.5S"),  # the tenth digit dropped
    ('string(duration("PT1.000000001S") + duration("PT0.999999999S"))', "PT2S"),
    ('string(duration("PT1S") - duration("PT0.000000001S"))', "PT0.999999999S"),
    ('string(-duration("PT0.000000001S"))', "-PT0.000000001S"),
    ('string(abs(duration("-PT0.000000001S")))', "PT0.000000001S"),
    ('string(duration("PT1S") / 3)', "PT0.333333333S"),
    ('string(duration("PT0.000000001S") * 1000)', "PT0.000001S"),
    ('duration("PT0.000000003S") / duration("PT0.000000001S")', Decimal(3)),
    ('duration("PT0.000000002S") > duration("PT0.000000001S")', True),
    ('duration("PT0.000000001S") = duration("PT0S")', False),
    ('string(date and time("2020-01-01T23:59:59.999999999Z") + duration("PT0.000000001S"))', "2020-01-02T00:00:00Z"),
    ('string(time("10:00:00.000000999") + duration("PT0.000000002S"))', "10:00:00.000001001"),
    ('string(date and time("2020-01-01T00:00:00Z") - duration("PT0.000000001S"))',
     "2019-12-31T23:59:59.999999999Z"),
    ('string(date and time("99999-01-01T10:30:00.000000002Z") - date and time("99999-01-01T10:30:00Z"))',
     "PT0.000000002S"),
])
def test_durations_hold_nanoseconds_too(text: str, expected: Any) -> None:
    assert feel(text) == expected


def test_a_duration_beyond_what_it_holds_is_null_with_a_reason_in_plain_words() -> None:
    value, warnings = run('duration("P999999999D") + duration("PT0.000000001S") + duration("P1D")')
    assert value is None and "at most 999,999,999 days" in warnings[0]


def test_values_without_nanoseconds_stay_pythons_own_types() -> None:
    assert type(feel('date and time("2020-01-01T10:30:00.123456Z")')) is dt.datetime
    assert type(feel('time("10:30:00.5")')) is dt.time
    assert type(feel('date and time("2020-01-01T10:30:00.000000001Z") + duration("PT0S")')) is FineDateTime
    assert type(feel('duration("PT1.5S") + duration("PT0.000000000S")')) is dt.timedelta
    assert type(feel('duration("PT0.000000001S")')) is FineDuration


def test_copies_pickles_and_decision_results_keep_the_nanoseconds() -> None:
    value = feel('time("10:15:30.123456789@Europe/Paris")')
    assert isinstance(value, FineTime) and repr(value).endswith(", nanos=789)")
    for twin in (copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert type(twin) is FineTime and twin.nanos == 789 and twin == value
    assert to_jsonable({"at": feel('date and time("2020-01-01T10:30:00.000000001Z")'),
                        "took": feel('duration("PT0.000000001S")')}) \
        == {"at": "2020-01-01T10:30:00.000000001+00:00", "took": "PT0.000000001S"}
    duration = feel('duration("-PT0.000000001S")')
    assert copy.deepcopy(duration).nanos == pickle.loads(pickle.dumps(duration)).nanos == duration.nanos == 999
