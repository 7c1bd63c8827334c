"""Loading DMN files: versions, several decisions and their requirements, deployment errors,
explanations, facts and JSON conversion, and the engine's ground rules (no eval, no SpiffWorkflow)."""
from __future__ import annotations

import ast
import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.errors import Invalid
from app.rules import DecisionFailed
from app.rules import DecisionModel
from app.rules import DmnInvalid
from app.rules import RulesError
from app.rules import compile_dmn
from app.rules import to_jsonable
from app.rules.feel.types import YearsMonths
from tests.rules.dmn_tables import DATA
from tests.rules.dmn_tables import table_dmn
from tests.rules.tck_support import TCK

RULES_PACKAGE = Path(__file__).resolve().parents[2] / "app" / "rules"
GOLD = {"order": {"customer": {"annual_spend": 250000, "type": "retail"}}, "Days Late": 5}
SILVER = {"order": {"customer": {"annual_spend": 50000.0, "type": "business"}}, "Days Late": 5}
BRONZE = {"order": {"customer": {"annual_spend": 50000, "type": "retail"}}, "Days Late": 1}


def load(name: str) -> DecisionModel:
    return compile_dmn((DATA / name).read_bytes(), name)


@pytest.fixture(scope="module")
def routing() -> DecisionModel:
    return load("order_routing.dmn")


@pytest.mark.parametrize("namespace", [
    "http://www.omg.org/spec/DMN/20151101/dmn.xsd", "http://www.omg.org/spec/DMN/20180521/MODEL/",
    "https://www.omg.org/spec/DMN/20191111/MODEL/", "https://www.omg.org/spec/DMN/20211108/MODEL/",
    "https://www.omg.org/spec/DMN/20230324/MODEL/",
])
def test_dmn_1_1_to_1_5_load(namespace: str) -> None:
    model = compile_dmn(table_dmn([(["> 1"], ['"big"'])], namespace=namespace), "v.dmn")
    assert model.evaluate("d", {"x": 2}).outputs == "big"


@pytest.mark.parametrize("data, message", [
    (b"", "the file is empty"),
    (b"<definitions", "not well-formed XML"),
    (b'<!DOCTYPE x [<!ENTITY a "b">]><definitions/>', "a DOCTYPE is not allowed"),
    (b'<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>', "not a DMN file"),
])
def test_files_that_are_not_dmn_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(DmnInvalid, match=message) as caught:
        compile_dmn(data, "upload.dmn")
    assert caught.value.errors[0]["file"] == "upload.dmn"


def test_errors_are_domain_errors_that_map_to_http() -> None:
    assert issubclass(DmnInvalid, Invalid) and issubclass(DmnInvalid, RulesError)
    assert issubclass(DecisionFailed, RulesError)


def test_every_bad_cell_is_reported_with_rule_column_and_line() -> None:
    with pytest.raises(DmnInvalid) as caught:
        load("bad_cells.dmn")
    assert caught.value.errors == [
        {"file": "bad_cells.dmn", "line": 13, "message": "decision 'Discount' rule 1 (id r_small), input column 1 "
                                                         "('Amount'): syntax error: unexpected end of text",
         "element": "discount"},
        {"file": "bad_cells.dmn", "line": 18, "message": "decision 'Discount' rule 2 (id r_medium), input column 1 "
                                                         "('Amount'): syntax error: unexpected end of text",
         "element": "discount"},
        {"file": "bad_cells.dmn", "line": 19, "message": "decision 'Discount' rule 2 (id r_medium), input column 2 "
                                                         "('Tier'): syntax error: string not closed (column 1)",
         "element": "discount"},
        {"file": "bad_cells.dmn", "line": 25, "message": "decision 'Discount' rule 3 (id r_large), output column 1 "
                                                         "('discount'): syntax error: unexpected end of text",
         "element": "discount"},
    ]
    assert str(caught.value).startswith("4 problems, first: decision 'Discount' rule 1")


def test_structural_errors_cycles_and_unknown_requirements() -> None:
    with pytest.raises(DmnInvalid) as caught:
        load("cycle.dmn")
    assert caught.value.errors == [
        {"file": "cycle.dmn", "line": 12, "message": "decision 'C' requires decision 'missing', which is not in "
                                                     "this file", "element": "c"},
        {"file": "cycle.dmn", "line": 3, "message": "decisions require each other in a cycle: A → B → A",
         "element": "a"},
        {"file": "cycle.dmn", "line": 7, "message": "decisions require each other in a cycle: A → B → A",
         "element": "b"},
    ]


@pytest.mark.parametrize("options, message", [
    (dict(hit_policy="SOMETIMES"), "unknown hit policy 'SOMETIMES'"),
    (dict(hit_policy="FIRST", aggregation="SUM"), "aggregation 'SUM' needs hit policy COLLECT"),
    (dict(hit_policy="COLLECT", aggregation="SUM", outputs=("a", "b")), "needs exactly one output column"),
])
def test_bad_hit_policies_are_refused(options: dict[str, Any], message: str) -> None:
    rows = [(["-"], ["1"] * len(options.get("outputs", ("result",))))]
    with pytest.raises(DmnInvalid, match=message):
        compile_dmn(table_dmn(rows, **options), "policy.dmn")


def test_a_rule_with_the_wrong_number_of_cells_is_refused() -> None:
    with pytest.raises(DmnInvalid, match=r"rule 1 \(id r1\) has 2 input and 1 output entries; the table has 1"):
        compile_dmn(table_dmn([(["1", "2"], ["3"])]), "cells.dmn")


def test_required_decisions_run_first_and_feed_later_ones(routing: DecisionModel) -> None:
    expected = [(GOLD, "account manager", "high", "gold"), (SILVER, "work queue", "medium", "silver"),
                (BRONZE, "work queue", "low", "bronze")]
    for facts, escalation, level, segment in expected:
        result = routing.evaluate("escalation", facts)
        assert result.outputs == escalation
        assert result.required["jeopardy_level"].outputs == level
        assert result.required["customer_segment"].outputs == segment
        assert result.required["jeopardy_level"].required["customer_segment"] is result.required["customer_segment"]


def test_decisions_can_be_named_by_id_or_by_name(routing: DecisionModel) -> None:
    assert routing.evaluate("Jeopardy Level", GOLD).outputs == "high"
    with pytest.raises(DecisionFailed, match="no decision 'nope' in this model"):
        routing.evaluate("nope", GOLD)


def test_the_studio_gets_each_table_as_text(routing: DecisionModel) -> None:
    info = routing.decisions["customer_segment"]
    assert (info.name, info.kind, info.hit_policy, info.line) == ("Customer Segment", "decision table", "FIRST", 5)
    assert [(c.label, c.expression) for c in info.inputs] == [
        ("Annual spend", "order.customer.annual_spend"), ("Customer type", "order.customer.type")]
    assert [c.label for c in info.outputs] == ["segment"]
    assert [(r.index, r.rule_id, r.input_entries, r.output_entries) for r in info.rules][1] == (
        2, "seg_silver", ("[10000..100000)", '"business","wholesale"'), ('"silver"',))
    assert routing.decisions["jeopardy_level"].outputs[0].allowed_values == '"high","medium","low"'
    assert routing.decisions["escalation"].kind == "literal expression"
    assert routing.decisions["escalation"].required_decisions == ("jeopardy_level", "customer_segment")


def test_explain_is_json_and_tells_why(routing: DecisionModel) -> None:
    explanation = routing.evaluate("jeopardy_level", SILVER).explain()
    assert json.loads(json.dumps(explanation)) == explanation
    assert explanation["inputs"] == [
        {"label": "Customer Segment", "expression": "Customer Segment", "value": "silver"},
        {"label": "Days Late", "expression": "Days Late", "value": 5}]
    assert explanation["matched_rules"] == [{"index": 2, "rule_id": "jl_other_late", "outputs": {"level": "medium"}}]
    assert explanation["required_decisions"]["customer_segment"]["matched_rules"][0]["rule_id"] == "seg_silver"


def test_missing_facts_are_null_and_warned(routing: DecisionModel) -> None:
    result = routing.evaluate("customer_segment", {})
    assert result.outputs == "bronze"  # the catch-all rule
    assert result.warnings[0] == "input 'Annual spend': unknown name 'order'"


def test_as_dict_uses_output_names_and_nests_dotted_ones() -> None:
    rules = [(["-"], ["0.1", '"fast"'])]
    result = compile_dmn(table_dmn(rules, outputs=("pricing.discount", "pricing.lane")), "p.dmn").evaluate("d", {})
    assert result.outputs == {"pricing.discount": Decimal("0.1"), "pricing.lane": "fast"}
    assert result.as_dict() == {"pricing": {"discount": Decimal("0.1"), "lane": "fast"}}


def test_literal_decisions_as_dict_use_the_variable_name(routing: DecisionModel) -> None:
    assert routing.evaluate("escalation", GOLD).as_dict() == {"Escalation": "account manager"}


def test_facts_of_every_plain_python_type() -> None:
    rules = [(["-", "-", "-", "-"], ["a + 1", "b", "string(c)", "d.k[1]"])]
    model = compile_dmn(table_dmn(rules, inputs=("a", "b", "c", "d"), outputs=("w", "x", "y", "z")), "f.dmn")
    result = model.evaluate("d", {"a": 1.5, "b": dt.date(2024, 1, 2), "c": True, "d": {"k": (7, 8)}})
    assert result.outputs == {"w": Decimal("2.5"), "x": dt.date(2024, 1, 2), "y": "true", "z": 7}


def test_facts_with_no_feel_counterpart_become_null_with_a_warning() -> None:
    model = compile_dmn(table_dmn([(["null"], ['"none"'])]), "f.dmn")
    result = model.evaluate("d", {"x": object()})
    assert result.outputs == "none"
    assert result.warnings == ["fact 'x': a value of type 'object' has no FEEL counterpart"]


def test_input_data_with_allowed_values_from_an_item_definition() -> None:
    model = compile_dmn(Path(_tck("0003-input-data-string-allowed-values")).read_bytes(), "0003.dmn")
    assert model.evaluate("Employment Status Statement", {"Employment Status": "EMPLOYED"}).outputs == \
        "You are EMPLOYED"
    with pytest.raises(DecisionFailed, match="input 'Employment Status' is \"RETIRED\", which is not among"):
        model.evaluate("Employment Status Statement", {"Employment Status": "RETIRED"})


def _tck(name: str) -> Path:
    return next(TCK.rglob(f"{name}.dmn"))


def test_business_knowledge_models_and_decisions_beyond_tables() -> None:
    model = load("beyond_tables.dmn")
    assert model.evaluate("Setup Fee", {"contract term": 12}).outputs == 250
    assert model.evaluate("Setup Fee", {"contract term": 36}).outputs == 0
    assert model.decisions["price_context"].kind == "boxed context"
    assert model.warnings == []
    assert model.evaluate("price_context", {}).outputs == {"base": 10}


@pytest.mark.parametrize("value, expected", [
    (Decimal("15.00"), 15), (Decimal("0.1"), 0.1), (Decimal("2.5"), 2.5),
    (Decimal("0.1000000000000000055511151231257827"), "0.1000000000000000055511151231257827"),
    (dt.date(2024, 1, 2), "2024-01-02"),
    (dt.datetime(2024, 1, 2, 3, 4, tzinfo=dt.UTC), "2024-01-02T03:04:00+00:00"),
    (dt.time(10, 30), "10:30:00"), (dt.timedelta(days=1, hours=2), "P1DT2H"), (-dt.timedelta(minutes=30), "-PT30M"),
    (YearsMonths(14), "P1Y2M"), ([Decimal(1), {"a": Decimal("1.5")}], [1, {"a": 1.5}]), (None, None), (True, True),
])
def test_to_jsonable(value: Any, expected: Any) -> None:
    assert to_jsonable(value) == expected


def test_the_engine_never_evaluates_python_itself_nor_imports_spiffworkflow() -> None:
    for path in RULES_PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text())
        calls = {node.func.id for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
        assert not calls & {"eval", "exec", "compile", "__import__"}, path
        imports = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names} | \
            {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        assert not any(name.startswith(("SpiffWorkflow", "app.sandbox")) for name in imports), path


def test_modules_stay_small() -> None:
    sizes = {path.name: len(path.read_text().splitlines()) for path in RULES_PACKAGE.rglob("*.py")}
    assert max(sizes.values()) <= 400, sizes


def test_warnings_inside_knowledge_models_reach_the_result() -> None:
    result = load("beyond_tables.dmn").evaluate("Setup Fee", {"contract term": "long"})
    assert result.outputs == 250  # ">= 24" cannot decide for a string, so the catch-all rule wins
    assert result.warnings == ["""rule 1, input 'term': cannot compare string "long" with number 24 using '>='"""]
