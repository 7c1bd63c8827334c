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

from app.studio.decisions import InputField
from app.studio.decisions import fact_name
from app.studio.decisions import facts_example
from tests.helpers import DATA
from tests.helpers import REPO
from tests.workspace.workspace_support import login

CASES = json.loads((Path(__file__).parent / "fact_names.json").read_text())


@pytest.mark.parametrize(("expression", "fact"), CASES)
def test_the_fact_an_input_expression_reads(expression: str, fact: str) -> None:
    assert fact_name(expression) == fact


def test_the_more_inputs_example_names_the_facts_nested_once() -> None:
    def field(fact: str) -> InputField:
        return InputField(fact, fact, fact, "string", ())
    fields = [field("order.customer.type"), field("Days Late"), field("items"), field("items"), field("order.total")]
    assert facts_example(fields) == '{"order": {"customer": {"type": …}, "total": …}, "Days Late": …, "items": …}'


def test_the_decision_page_gives_the_more_inputs_example_in_facts(api: Any, client: Any) -> None:
    assert api.deploy(DATA / "dmn" / "order_routing.dmn").status_code == 201
    login(client, "admin")
    page = client.get("/studio/decisions/customer_segment").get_data(as_text=True)
    example = re.search(r'<span class="help">e\.g\. (.*?)</span>', page)
    assert example is not None, page
    assert example.group(1).startswith("{&#34;order&#34;: {&#34;customer&#34;: {"), example.group(1)


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


def test_a_value_given_for_a_required_decision_stands_for_it_in_the_panels_and_cases(api: Any, client: Any) -> None:
    """Testing a table on its own: its "Customer Segment" field is the required decision's value (it was evaluated
    from the order instead, so "gold" gave the answer of a bronze customer); left empty, the decision is evaluated.
    A process's data never stands for a decision."""
    assert api.deploy(DATA / "dmn" / "order_routing.dmn").status_code == 201
    login(client, "admin")
    page = client.get("/studio/decisions/jeopardy_level").get_data(as_text=True)
    assert page.count("a value given here stands for it; left empty, it is evaluated") == 1  # the segment only
    gold = client.post("/studio/decisions/jeopardy_level", data={"input-0": "gold", "input-1": "5", "facts": "{}"})
    assert matched(gold.get_data(as_text=True)) == ["1"]  # gold and late: high
    computed = client.post("/studio/decisions/jeopardy_level", data={"input-0": "", "input-1": "5", "facts": "{}"})
    assert matched(computed.get_data(as_text=True)) == ["2"]  # no order: bronze, so medium

    content = (DATA / "dmn" / "order_routing.dmn").read_text()
    edited = client.post("/studio/decisions/jeopardy_level/try",
                         json={"content": content, "facts": {"Customer Segment": "gold", "Days Late": 5}})
    assert edited.status_code == 200, edited.json
    assert edited.json["outputs"] == "high"
    saved = client.post("/studio/decisions/jeopardy_level/tests", json={
        "name": "gold and late", "inputs": {"Customer Segment": "gold", "Days Late": 5}, "expected": {"level": "high"}})
    assert saved.status_code == 201, saved.json
    cases = client.post("/studio/decisions/jeopardy_level/tests/run").json["cases"]
    assert [case["passed"] for case in cases] == [True]

    evaluated = api.post("/api/v1/decisions/jeopardy_level/evaluate",  # the panel's API
                         json={"facts": {"Customer Segment": "gold", "Days Late": 5}})
    assert evaluated.json["outputs"] == "high"


def test_a_running_process_never_gives_a_decision() -> None:
    from app import rules

    model = rules.compile_dmn((DATA / "dmn" / "order_routing.dmn").read_bytes(), "order_routing.dmn")
    facts = {"Customer Segment": "gold", "Days Late": 5}
    assert model.evaluate("jeopardy_level", facts).outputs == "medium"  # the segment evaluated: no order, bronze
    assert model.evaluate("jeopardy_level", facts, decisions_given=True).outputs == "high"
    assert model.evaluate("jeopardy_level", {"Days Late": 5}, decisions_given=True).outputs == "medium"


def test_columns_that_count_a_list_share_one_json_field_and_reach_every_rule(api: Any, client: Any) -> None:
    """order_approval's two columns count ``items`` (all lines, and those that sell): one field gives the list,
    so "no line sells" (rule 1) can be tried; a number typed for either column was counted as one item."""
    assert api.deploy(REPO / "dmn" / "order_approval.dmn").status_code == 201
    login(client, "admin")
    page = client.get("/studio/decisions/order_approval").get_data(as_text=True)
    assert page.count('name="input-') == 1 and "(JSON, read as count(items[" in page
    suspend_only = client.post("/studio/decisions/order_approval",
                               data={"input-0": '[{"action": "suspend"}]', "facts": "{}"})
    assert suspend_only.status_code == 200, suspend_only.get_data(as_text=True)
    assert matched(suspend_only.get_data(as_text=True)) == ["1"]
    not_json = client.post("/studio/decisions/order_approval", data={"input-0": "1", "facts": "{}"})
    assert matched(not_json.get_data(as_text=True)) != ["1"]  # one number is JSON too: counted as a single item
    bad = client.post("/studio/decisions/order_approval", data={"input-0": "[oops", "facts": "{}"})
    assert "must be JSON" in bad.get_data(as_text=True) and matched(bad.get_data(as_text=True)) == []
