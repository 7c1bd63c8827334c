"""Tables written for SpiffWorkflow (``expressionLanguage="python"``) keep their meaning.

The engine never runs Python itself; these tests hand it a minimal evaluator built on ``eval``
with no builtins but ``len`` (test-only — the application wires its sandbox instead).
"""
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest

from app.rules import DecisionFailed
from app.rules import DmnInvalid
from app.rules import compile_dmn
from tests.rules.dmn_tables import SPIFF_EXAMPLES
from tests.rules.dmn_tables import Row
from tests.rules.dmn_tables import table_dmn


def python(expression: str, scope: Mapping[str, Any]) -> Any:
    return eval(expression, {"__builtins__": {"len": len}}, dict(scope))  # noqa: S307 - test evaluator


def python_table(rows: list[Row], **options: Any) -> Any:
    return compile_dmn(table_dmn(rows, language="python", **options), "spiff.dmn", python_evaluator=python)


def spiff_example(name: str) -> bytes:
    return (SPIFF_EXAMPLES / "tutorial" / name).read_bytes()


@pytest.mark.parametrize("product, price", [("product_a", 15), ("product_c", 25), ("product_f", 30)])
def test_spiff_example_product_prices(product: str, price: int) -> None:
    model = compile_dmn(spiff_example("product_prices.dmn"), "product_prices.dmn", python_evaluator=python)
    result = model.evaluate("product_prices", {"product_name": product})
    assert result.outputs == Decimal(price)  # the cell says 15.00; a Python float, converted
    assert result.as_dict() == {"product_price": price}  # the output has only a label, as Spiff allows
    assert model.decisions["product_prices"].python


def test_spiff_example_shipping_costs_and_no_match() -> None:
    model = compile_dmn(spiff_example("shipping_costs.dmn"), "shipping_costs.dmn", python_evaluator=python)
    assert model.evaluate("shipping_costs", {"shipping_method": "overnight"}).as_dict() == {"shipping_cost": 25}
    assert model.evaluate("shipping_costs", {"shipping_method": "pigeon"}).no_match


def test_python_tables_need_an_evaluator() -> None:
    with pytest.raises(DmnInvalid, match='uses Python expressions .* but no Python evaluator is configured'):
        compile_dmn(spiff_example("product_prices.dmn"), "product_prices.dmn")


@pytest.mark.parametrize("cell, value, matched", [
    ('"gold"', "gold", True), (">= 5", 5, True), (">= 5", 4, False), ('!= "x"', "y", True),
    ("None", None, True), ("-", "anything", True), ("", "anything", True),
    ("? > 5 and ? < 10", 7, True), ("len(?) > 3", "abcd", True), ('"what?"', "what?", True),
    ('in ["a", "b"]', "a", True), ('not in ["a", "b"]', "a", False),
    ('"gold","silver"', "silver", False),  # a tuple: never equal to one value, as in SpiffWorkflow
    ('not("gold")', "silver", False),      # == (not "gold") == False: SpiffWorkflow's meaning, kept
])
def test_input_entries_mean_what_they_meant_in_spiffworkflow(cell: str, value: Any, matched: bool) -> None:
    result = python_table([([cell], ['"hit"'])]).evaluate("d", {"x": value})
    assert (result.outputs == "hit") is matched


def test_a_tuple_cell_is_flagged_when_deployed() -> None:
    warnings = python_table([(['"gold","silver"'], ["1"])]).warnings
    assert [w["message"] for w in warnings] == [
        'Python cell "gold","silver" is a tuple and never equals a single input value (SpiffWorkflow semantics); '
        'write in ("gold","silver") to match any of them']


@pytest.mark.parametrize("cell", ["[1..10]", "> 5 and < 10", '"unclosed'])
def test_cells_that_are_not_python_are_refused_at_deployment(cell: str) -> None:
    with pytest.raises(DmnInvalid, match=r"rule 1 \(id r1\), input column 1 \('x'\): not a Python expression"):
        python_table([([cell], ["1"])])


def test_output_cells_are_python_expressions_over_the_facts() -> None:
    rows: list[Row] = [(["> 1000"], ["monthly_spend / 1000", 'f"tier-{x}"'])]
    result = python_table(rows, inputs=("monthly_spend",), outputs=("score", "label")).evaluate(
        "d", {"monthly_spend": 2500, "x": 3})
    assert result.outputs == {"score": Decimal("2.5"), "label": "tier-3"}


def test_an_empty_python_output_cell_gives_an_empty_string_as_spiffworkflow_did() -> None:
    assert python_table([(["-"], [""])]).evaluate("d", {"x": 1}).outputs == ""


def test_python_cells_see_the_facts_as_plain_python() -> None:
    # with FEEL's Decimal numbers, float arithmetic such as amount * 1.1 would raise a TypeError
    result = python_table([(["-"], ["amount * 1.1"])], inputs=("amount",)).evaluate("d", {"amount": 10.0})
    assert result.outputs == Decimal("11.0")


def test_a_failing_cell_fails_the_decision_with_its_place() -> None:
    model = python_table([(["> 5"], ["1"])])
    with pytest.raises(DecisionFailed, match=r"decision 'd' rule 1, input column 1: Python expression "
                                             r"'dmninputexpr > 5' failed: '>' not supported"):
        model.evaluate("d", {"x": "text"})


@pytest.mark.parametrize("where", ["definitions", "inputExpression", "inputEntry"])
def test_python_is_recognised_wherever_the_file_declares_it(where: str) -> None:
    data = table_dmn([(['"a"'], ["1 + 1"])]).decode()
    attribute = ' expressionLanguage="python"'
    if where == "definitions":
        data = data.replace('<definitions ', f'<definitions{attribute} ', 1)
    else:
        data = data.replace(f"<{where}>", f"<{where}{attribute}>", 1)
    model = compile_dmn(data.encode(), "spiff.dmn", python_evaluator=python)
    assert model.decisions["d"].python and model.evaluate("d", {"x": "a"}).outputs == 2


def test_feel_stays_the_default() -> None:
    model = compile_dmn(table_dmn([(['"a","b"'], ["1"])]), "feel.dmn", python_evaluator=python)
    assert not model.decisions["d"].python and model.evaluate("d", {"x": "b"}).outputs == 1


def test_other_expression_languages_are_read_as_feel_with_a_warning() -> None:
    model = compile_dmn(table_dmn([(['"a"'], ["1"])], language="juel"), "camunda7.dmn")
    assert model.evaluate("d", {"x": "a"}).outputs == 1
    assert [w["message"] for w in model.warnings] == [
        "expression language juel is not supported; the cells are read as FEEL"]
