"""SLAs on the business clock: working time in the configured hours, business days, holidays, time zones."""
from __future__ import annotations

import io
import shutil
from collections.abc import Iterator
from datetime import UTC
from datetime import date
from datetime import datetime
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine
from flask import Flask

from app import create_app
from app.config import ConfigError
from app.jeopardy.calendar import SlaSpan
from app.jeopardy.calendar import calendar_from_config
from app.jeopardy.calendar import time_left
from tests.conftest import _dispose
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import TEST_CONFIG
from tests.helpers import Api
from tests.jeopardy.conftest import LONDON
from tests.jeopardy.test_jeopardy import check
from tests.jeopardy.test_jeopardy import new_work_order
from tests.jeopardy.test_jeopardy import sla_version

# Thursday 31 December 2026, 16:30 in London (UTC in winter): an hour before closing, the day before a holiday.
THURSDAY_EVENING = datetime(2026, 12, 31, 16, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def in_london(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Iterator[Flask]:
    """Inside an app's context, for the clock's arithmetic, which reads only the (here empty) stored closure days:
    one app for the module on a copy of the migrated database, not one per database."""
    path = tmp_path_factory.mktemp("calendar") / "c.db"
    shutil.copy(sqlite_template, path)
    app = create_app({**TEST_CONFIG, "BUSINESS_HOURS": LONDON, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{path}"})
    with app.app_context():
        yield app
    _dispose(app)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def span(value: str, clock: str = "business") -> SlaSpan:
    parsed = SlaSpan.parse(value, clock)
    assert parsed is not None, value
    return parsed


@pytest.mark.parametrize(("start", "duration", "due"), [
    # an hour left on Thursday, then the holiday and the weekend: the other hour on Monday
    ("2026-12-31T16:30:00+00:00", "PT2H", "2027-01-04T10:00:00+00:00"),
    # opened at night: the clock starts at the next opening
    ("2027-01-05T22:00:00+00:00", "PT1H", "2027-01-06T10:00:00+00:00"),
    # a business day is a day's opening hours (8.5 h): from 10:00, 10:00 the next business day
    ("2027-01-05T10:00:00+00:00", "P1D", "2027-01-06T10:00:00+00:00"),
    ("2027-01-08T10:00:00+00:00", "P1D", "2027-01-11T10:00:00+00:00"),  # Friday to Monday
    ("2027-01-05T09:00:00+00:00", "P1D", "2027-01-05T17:30:00+00:00"),  # from the opening: that day's close
    # PT48H is 48 working hours (more than five business days), not two days
    ("2027-01-05T09:00:00+00:00", "PT48H", "2027-01-12T14:30:00+00:00"),
    # zero: the next moment the business is open
    ("2027-01-09T12:00:00+00:00", "P0D", "2027-01-11T09:00:00+00:00"),
    # summer time: London's 09:00 is 08:00 UTC
    ("2027-07-06T07:00:00+00:00", "PT1H", "2027-07-06T09:00:00+00:00"),
])
def test_business_spans_count_working_time(in_london: Flask, start: str, duration: str, due: str) -> None:
    assert span(duration).after(at(start)) == at(due)
    if duration != "P0D":  # (P0D from a closed hour has many starts)
        assert span(duration).before(at(due)) == at(start) or at(start) < span(duration).before(at(due))


def test_before_walks_back_over_closed_time(in_london: Flask) -> None:
    # two working hours before Monday 10:00: Monday's first hour, then Thursday's last (Friday is a holiday)
    assert span("PT2H").before(at("2027-01-04T10:00:00+00:00")) == at("2026-12-31T16:30:00+00:00")
    assert span("PT1H").before(at("2027-01-09T12:00:00+00:00")) == at("2027-01-08T16:30:00+00:00")


def test_around_the_clock_is_wall_time(in_london: Flask) -> None:
    assert span("PT2H", "24x7").after(THURSDAY_EVENING) == THURSDAY_EVENING + timedelta(hours=2)
    assert span("P1DT2H", "24x7").before(THURSDAY_EVENING) == THURSDAY_EVENING - timedelta(days=1, hours=2)
    assert span("P2D", "business").minus(span("P1D", "business")).length == timedelta(hours=8, minutes=30)
    assert span("PT1H").minus(span("P1D")).length == timedelta(0)


def test_the_hours_in_words(in_london: Flask) -> None:
    hours = calendar_from_config(LONDON)
    assert hours.describe(date(2026, 12, 1)) == "Mon–Fri 09:00–17:30 (Europe/London); closed 2027-01-01"
    assert hours.describe(date(2027, 1, 2)) == "Mon–Fri 09:00–17:30 (Europe/London)"
    shop = calendar_from_config({"days": ["Mon", "Wed", "Sat"], "hours": "10:00-16:00"})
    assert shop.describe(date(2027, 1, 2)) == "Mon, Wed, Sat 10:00–16:00 (UTC)"


def test_time_left_counts_working_time_both_ways(in_london: Flask) -> None:
    due = at("2027-01-04T10:00:00+00:00")  # Monday, after a holiday and a weekend
    assert time_left("business", THURSDAY_EVENING, due) == timedelta(hours=2)
    assert time_left("business", at("2027-01-02T12:00:00+00:00"), due) == timedelta(hours=1)  # Saturday
    assert time_left("business", at("2027-01-05T10:30:00+00:00"), due) == -timedelta(hours=9)  # a day's 8.5 h + 0.5
    assert time_left("24x7", THURSDAY_EVENING, due) == due - THURSDAY_EVENING


@pytest.mark.parametrize("text", ["", "P", "PT", "2D", "P-1D", "soon", "P4000D", "PT100000H"])
def test_what_is_not_a_business_duration(in_london: Flask, text: str) -> None:
    assert SlaSpan.parse(text, "business") is None


@pytest.mark.parametrize(("settings", "message"), [
    ({"timezone": "Mars/Olympus"}, "not an IANA time zone"),
    ({"days": []}, "at least one of Mon"),
    ({"days": ["Monday"]}, "at least one of Mon"),
    ({"hours": "17:00-09:00"}, "must open before it closes"),
    ({"hours": "nine to five"}, "like 09:00-17:30"),
    ({"holidays": ["2026-13-01"]}, "holidays"),
    ({"weekends": True}, "unknown setting"),
    ("9-5", "must be an object"),
])
def test_a_wrong_calendar_stops_start_up_with_a_message(settings: Any, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        calendar_from_config(settings)


def business_table(warn: str, due: str) -> bytes:
    """The shipped table with the standard work order's SLA on the business clock."""
    text = sla_version(warn, due).decode()
    return text.replace('<outputEntry id="r4_k"><text>"24x7"', '<outputEntry id="r4_k"><text>"business"').encode()


def test_a_work_order_on_the_business_clock_is_due_in_working_time(london: Flask) -> None:
    api = Api(london.test_client())
    files = [(p.open("rb"), p.name) for p in CHANGE_REQUEST_FILES]
    files.append((io.BytesIO(business_table("PT1H", "PT2H")), "jeopardy_sla.dmn"))
    assert api.post("/api/v1/models", data={"files": files}, content_type="multipart/form-data").status_code == 201
    with time_machine.travel(THURSDAY_EVENING, tick=False):
        task = new_work_order(api)
    # an hour on Thursday, then Monday: at risk at Thursday's close, due at 10:00 on Monday
    assert datetime.fromisoformat(task["due"]) == at("2027-01-04T10:00:00+00:00")
    assert check(london, at("2026-12-31T17:29:00+00:00")) == 0
    assert check(london, at("2026-12-31T17:30:00+00:00")) == 1
    assert check(london, at("2027-01-03T23:59:00+00:00")) == 0  # the holiday and the weekend do not count
    assert check(london, at("2027-01-04T10:00:00+00:00")) == 1
    alerts = api.get("/api/v1/jeopardies?acknowledged=true", user="fmanager").json
    assert [(a["state"], a["clock"]) for a in alerts] == [("late", "business"), ("at_risk", "business")]
    browser = london.test_client()
    browser.post("/login", data={"username": "fmanager", "password": "demo"})
    board = browser.get("/jeopardy/").get_data(as_text=True)
    assert "2027-01-04 10:00:00 <span class=\"muted\">(business hours)</span>" in board
    with time_machine.travel(at("2027-01-04T12:00:00+00:00"), tick=False):  # two working hours late
        browser.post("/login", data={"username": "fmanager", "password": "demo"})  # (the session timed out)
        board = browser.get("/jeopardy/").get_data(as_text=True)
    assert "2h 0m overdue <span class=\"muted\">(working time)</span>" in board
    assert "counts only while the business is open: Mon–Fri 09:00–17:30 (Europe/London)." in board  # (holiday past)


def test_an_unknown_clock_leaves_the_work_unwatched(app: Flask, api: Api) -> None:
    files = [(p.open("rb"), p.name) for p in CHANGE_REQUEST_FILES]
    table = (sla_version("PT1H", "PT2H").decode()
             .replace('<outputEntry id="r4_k"><text>"24x7"', '<outputEntry id="r4_k"><text>"office"')
             .replace('<outputValues id="out_clock_values"><text>"24x7","business"</text></outputValues>', ""))
    files.append((io.BytesIO(table.encode()), "jeopardy_sla.dmn"))
    assert api.post("/api/v1/models", data={"files": files}, content_type="multipart/form-data").status_code == 201
    task = new_work_order(api)
    assert task["due"] is None and task["jeopardy"] is None


def test_a_closure_day_moves_only_the_spans_that_cross_it(in_london: Flask) -> None:
    from dataclasses import replace

    from app.jeopardy.models import JeopardyWatch
    from app.jeopardy.retiming import thresholds
    hours = calendar_from_config(LONDON)
    closed = replace(hours, holidays=hours.holidays | {date(2027, 1, 4)})
    assert span("PT2H").after(THURSDAY_EVENING, closed) == at("2027-01-05T10:00:00+00:00")  # Monday closed too
    assert span("PT2H").before(at("2027-01-05T10:00:00+00:00"), closed) == THURSDAY_EVENING
    assert span("PT1H").after(THURSDAY_EVENING, closed) == at("2026-12-31T17:30:00+00:00")  # ends before it
    decision = {"outputs": {"warn_after": "PT1H", "due_after": "PT2H", "clock": "business"}}
    task = JeopardyWatch(subject_kind="work_item", started_at=THURSDAY_EVENING, decision=decision,
                         warn_at=at("2026-12-31T17:30:00+00:00"), due_at=at("2027-01-04T10:00:00+00:00"))
    assert thresholds(task, closed) == (at("2026-12-31T17:30:00+00:00"), at("2027-01-05T10:00:00+00:00"))
    # a promised date stays where the customer put it; its warning keeps the SLA's margin (an hour) before it
    promise = JeopardyWatch(subject_kind="order", started_at=THURSDAY_EVENING, decision=decision,
                            warn_at=at("2027-01-04T17:00:00+00:00"), due_at=at("2027-01-05T09:30:00+00:00"))
    assert thresholds(promise, hours) == (at("2027-01-04T17:00:00+00:00"), at("2027-01-05T09:30:00+00:00"))
    assert thresholds(promise, closed) == (at("2026-12-31T17:00:00+00:00"), at("2027-01-05T09:30:00+00:00"))
    assert thresholds(JeopardyWatch(subject_kind="work_item", decision={}), closed) is None
