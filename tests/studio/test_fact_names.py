"""The fact a decision table's input column reads, which the test panels ask a value for: names with spaces
("Days Late"), paths given nested ("order.customer.type"), the list a function reads rather than the function or
a variable the expression binds. tests/studio/fact_names.json holds the server's reading and the editor's
JavaScript (tests/browser/test_decision_drd.py) to the same answers."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from app.studio.decisions import fact_name
from tests.helpers import DATA
from tests.workspace.workspace_support import login

CASES = json.loads((Path(__file__).parent / "fact_names.json").read_text())


@pytest.mark.parametrize(("expression", "fact"), CASES)
def test_the_fact_an_input_expression_reads(expression: str, fact: str) -> None:
    assert fact_name(expression) == fact


def matched(page: str) -> list[str]:
    return re.findall(r'class="matched" data-rule="(\d+)"', page)


def test_the_decision_page_evaluates_paths_and_names_with_spaces(api: Any, client: Any) -> None:
    assert api.deploy(DATA / "dmn" / "order_routing.dmn").status_code == 201
    login(client, "admin")
    page = client.get("/studio/decisions/customer_segment").get_data(as_text=True)
    assert "read as order.customer.annual_spend" not in page  # the fact is the path itself
    gold = client.post("/studio/decisions/customer_segment", data={"input-0": "150000", "input-1": "", "facts": "{}"})
    assert gold.status_code == 200, gold.get_data(as_text=True)
    assert matched(gold.get_data(as_text=True)) == ["1"]  # >= 100000: gold (the path reached the table)
    silver = client.post("/studio/decisions/customer_segment",
                         data={"input-0": "20000", "input-1": "business", "facts": "{}"})
    assert matched(silver.get_data(as_text=True)) == ["2"]

    late = client.post("/studio/decisions/jeopardy_level", data={"input-0": "", "input-1": "5", "facts": "{}"})
    assert late.status_code == 200, late.get_data(as_text=True)
    assert matched(late.get_data(as_text=True)) == ["2"]  # Days Late 5 of a bronze customer: medium
    on_time = client.post("/studio/decisions/jeopardy_level", data={"input-0": "", "input-1": "1", "facts": "{}"})
    assert matched(on_time.get_data(as_text=True)) == ["3"]
