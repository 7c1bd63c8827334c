"""Times and dates and times to the nanosecond: FEEL holds nine digits of a second's fraction, Python six."""
from __future__ import annotations

import copy
import datetime as dt
import pickle
from decimal import Decimal

import pytest

from app.rules import to_jsonable
from app.rules.feel.nanos import FineDateTime
from app.rules.feel.nanos import FineTime
from tests.rules.test_feel import feel


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


def test_durations_hold_microseconds_so_the_nanoseconds_drop_out_of_a_difference() -> None:
    # what docs/dmn-conformance.md says: two values 1 ns apart differ, their difference is PT0S
    assert feel('date and time("2020-01-01T10:30:00.000000001Z") - date and time("2020-01-01T10:30:00Z")') \
        == dt.timedelta(0)


def test_values_without_nanoseconds_stay_pythons_own_types() -> None:
    assert type(feel('date and time("2020-01-01T10:30:00.123456Z")')) is dt.datetime
    assert type(feel('time("10:30:00.5")')) is dt.time
    assert type(feel('date and time("2020-01-01T10:30:00.000000001Z") + duration("PT0S")')) is FineDateTime


def test_copies_pickles_and_decision_results_keep_the_nanoseconds() -> None:
    value = feel('time("10:15:30.123456789@Europe/Paris")')
    assert isinstance(value, FineTime) and repr(value).endswith(", nanos=789)")
    for twin in (copy.deepcopy(value), pickle.loads(pickle.dumps(value))):
        assert type(twin) is FineTime and twin.nanos == 789 and twin == value
    assert to_jsonable({"at": feel('date and time("2020-01-01T10:30:00.000000001Z")')}) \
        == {"at": "2020-01-01T10:30:00.000000001+00:00"}
