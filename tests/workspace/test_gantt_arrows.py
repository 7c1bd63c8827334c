"""The Gantt's dependency arrows: from a provider of data they leave its bar where it hands the data over."""
from __future__ import annotations

import re
from typing import Any

from app.workspace.gantt import gantt

DAY = "2026-12-0{}T00:00:00+00:00"


def _bar(bar_id: int, start: int, end: int, depends_on: list[int], handovers: list[dict[str, Any]],
         waits_for_end: list[int] | None = None) -> dict[str, Any]:
    return {"id": bar_id, "name": f"bar {bar_id}", "type": "service", "depends_on": depends_on,
            "waits_for_end": waits_for_end if waits_for_end is not None else [],
            "planned_start": DAY.format(start), "planned_end": DAY.format(end), "start": None, "end": None,
            "forecast_end": None, "forecast_start": None, "handovers": handovers}


def test_a_data_arrow_leaves_the_provider_at_the_hand_over_and_a_dependency_at_its_end() -> None:
    handover = {"key": "survey_result", "from": 1, "planned": DAY.format(3), "at": None, "forecast": None}
    timeline = {"order": {"now": DAY.format(1), "promised": None},
                "items": [_bar(1, 1, 6, [], []), _bar(2, 3, 4, [1], [handover]), _bar(3, 6, 7, [1], [])]}
    chart = gantt(timeline, zoom="day")
    provider, data_user, follower = chart.bars
    (data, data_kind), (depends, depends_kind) = chart.arrows
    assert (data_kind, depends_kind) == ("data", "depends")
    x_data, x_depends = _start_x(data), _start_x(depends)
    assert provider.planned is not None and data_user.planned is not None and follower.planned is not None
    assert round(x_data) == round(data_user.planned[0]) < round(provider.planned[1])  # mid-way, where the data is
    assert round(x_depends) == round(provider.planned[1])  # a real dependency still waits for the end


def test_a_bar_that_waits_for_its_data_provider_to_end_gets_the_arrow_from_its_end() -> None:
    handover = {"key": "site_installed", "from": 1, "planned": DAY.format(3), "at": None, "forecast": None}
    timeline = {"order": {"now": DAY.format(1), "promised": None},
                "items": [_bar(1, 1, 6, [], []), _bar(2, 6, 7, [1], [handover], waits_for_end=[1])]}
    chart = gantt(timeline, zoom="day")
    provider = chart.bars[0]
    ((path, kind),) = chart.arrows
    assert provider.planned is not None
    assert kind == "depends" and round(_start_x(path)) == round(provider.planned[1])


def _start_x(path: str) -> float:
    found = re.match(r"M([\d.]+),", path)
    assert found is not None, path
    return float(found.group(1))
