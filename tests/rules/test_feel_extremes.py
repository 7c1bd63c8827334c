"""FEEL at the edges of its ranges: what a model's author (or an order's data) can write must give a value,
null with a warning, or a syntax error naming the problem; never a Python error (a 500, or an upload refused
with "Ordra failed while checking this file")."""
from __future__ import annotations

import datetime as dt
import io
import time
from decimal import Decimal
from typing import Any

import pytest

from app.engine.runtime import jsonable
from app.rules.feel import Env
from app.rules.feel import FeelSyntaxError
from app.rules.feel import compile_expression
from app.rules.feel import parse_expression
from app.rules.feel.scope import EvaluationTooLarge
from app.rules.feel.types import Far
from app.rules.feel.types import to_feel
from tests.helpers import Api


def run(text: str, **variables: Any) -> tuple[Any, list[str]]:
    env = Env(to_feel(variables))
    return compile_expression(parse_expression(text, list(variables)))(env), env.warnings


@pytest.mark.parametrize("text", [
    'date and time("2020-01-01T00:00:00") + duration("P999999999Y")',
    'date("999999999-12-31") + duration("P999999999Y")',
    'date("2020-01-01") - duration("P1000002100Y")',
])
def test_a_month_shift_beyond_feels_years_is_null_with_a_warning(text: str) -> None:
    """It raised Python's ValueError ("year 1000002019 is out of range"): the decision's evaluation answered
    500 and a business rule task failed with a Python message."""
    value, warnings = run(text)
    assert value is None and any("outside FEEL's range" in w for w in warnings), warnings


@pytest.mark.parametrize(("text", "expected"), [
    ('date("9999-12-31") + duration("P1M")', "10000-01-31"),
    ('date("9999-12-15") + duration("P0M")', "9999-12-15"),
    ('date("9999-11-30") + duration("P1M")', "9999-12-30"),
    ('date("0001-01-01") - duration("P1M")', "0000-12-01"),
    ('date("999999-01-31") + duration("P100000Y1M")', "1099999-02-28"),
    ('date and time("9999-12-31T10:00:00Z") + duration("P1Y")', "10000-12-31T10:00:00Z"),
])
def test_a_month_shift_past_year_9999_gives_a_far_date(text: str, expected: str) -> None:
    value, warnings = run(f"string({text})")
    assert value == expected and not warnings, warnings


def test_a_month_shift_on_a_variable_date_near_the_end_of_python_years() -> None:
    value, warnings = run('d + duration("P1M")', d=dt.date(9999, 12, 31))
    assert isinstance(value, Far) and not warnings


@pytest.mark.parametrize("text", ["1e99999999999999999999", "2 * -1e99999999999999999999", "abs(1e999999999)",
                                  "string(-1e6146)"])
def test_a_number_literal_beyond_decimal128_is_a_syntax_error(text: str) -> None:
    """``1e99999999999999999999`` failed the parser with decimal.InvalidOperation (the upload answered "Ordra
    failed while checking this file"); ``abs(1e999999999)``, computed once at upload, built a billion-digit
    integer in one C call: the upload never answered."""
    started = time.perf_counter()
    with pytest.raises(FeelSyntaxError, match="beyond FEEL's number range"):
        compile_expression(parse_expression(text))
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize("text", ['string(number("1e999999999"))', 'abs(number("-1e7000"))'])
def test_a_number_read_from_text_beyond_decimal128_is_null(text: str) -> None:
    """The same from data: ``number()`` of a customer's "1e999999999" then ``string()`` held the request."""
    value, warnings = run(text)
    assert value is None and any("beyond FEEL's number range" in w for w in warnings), warnings


@pytest.mark.parametrize(("text", "expected"), [
    ("string(1e5000)", "1" + "0" * 5000), ("string(-1e6144 / 1e6144)", "-1"), ("string(-0)", "0"),
    ("-1e6144", Decimal("-1e6144")), ("-0.000000000000000000000000000000000000000001", Decimal("-1e-42")),
    ("-1.00000000000000000000000000000000000000001", Decimal("-1.00000000000000000000000000000000000000001")),
])
def test_numbers_in_range_keep_their_value_and_text(text: str, expected: Any) -> None:
    """``string(1e5000)`` raised Python's ValueError (integers over 4,300 digits are not written): a 500."""
    assert run(text) == (expected, [])


def test_a_decision_answering_a_number_of_5000_digits_answers_200(api: Api) -> None:
    """``10 ** 5000`` is a FEEL number, but Python writes no integer over 4,300 digits: the decision's JSON
    answer raised ValueError (a 500), and so did a business rule task's data. It is given as its text."""
    literal = '<literalExpression><text>10 ** 5000</text></literalExpression>'
    dmn = ('<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="d" namespace="n">'
           f'<decision id="huge" name="huge">{literal}</decision></definitions>').encode()
    deployed = api.post("/api/v1/models", data={"files": [(io.BytesIO(dmn), "huge.dmn")]},
                        content_type="multipart/form-data")
    assert deployed.status_code == 201, deployed.json
    answer = api.post("/api/v1/decisions/huge/evaluate", json={"facts": {}})
    assert answer.status_code == 200 and Decimal(answer.json["outputs"]) == Decimal("1e5000"), answer.json
    assert jsonable({"n": Decimal("1e5000"), "m": Decimal("12")}) == {"n": "1E+5000", "m": 12}


@pytest.mark.parametrize(("text", "expected"), [
    ("count(distinct values(for i in 1..100000 return i))", Decimal(100000)),
    ("count(union(for i in 1..50000 return i, for i in 1..50000 return -i))", Decimal(100000)),
    ('distinct values([1, 1.0, "1", true, true, null, null, [1], [1.0], date("2020-01-01"), date("2020-01-01")])',
     [Decimal(1), "1", True, None, [Decimal(1)], dt.date(2020, 1, 1)]),
])
def test_distinct_values_of_many_numbers_is_quick(text: str, expected: Any) -> None:
    """Every item was compared with every kept one, beyond the step budget: 100,000 numbers ran for hours."""
    started = time.perf_counter()
    assert run(text) == (expected, [])
    assert time.perf_counter() - started < 5


def test_distinct_values_of_many_lists_stops_at_the_step_limit() -> None:
    started = time.perf_counter()
    with pytest.raises(EvaluationTooLarge, match="more than 1,000,000 times"):
        run("distinct values(for i in 1..100000 return [i])")
    assert time.perf_counter() - started < 10


def test_string_join_refuses_a_result_over_the_string_limit_before_building_it() -> None:
    """50,000 parts around a 100,000-character delimiter: 5 GB built at once, before the size check after it."""
    text = 'string join(for i in 1..50000 return "a", string join(for i in 1..10000 return "bbbbbbbbbb"))'
    with pytest.raises(EvaluationTooLarge, match="string join would make 4,999,950,000 characters"):
        run(text)
    assert run('string join(["a", "b", null, "c"], ", ")') == ("a, b, c", [])


def test_the_strings_one_evaluation_builds_are_limited_in_total() -> None:
    """Each string stayed under the 1,000,000-character limit, but a loop kept 100,000 of them: 100 GB (found
    under a memory limit as MemoryError). 60 strings of 1,000,000 characters are already refused."""
    text = '{s: string join(for j in 1..99999 return "aaaaaaaaaa"), r: count(for i in 1..60 return s + "x")}.r'
    with pytest.raises(EvaluationTooLarge, match="built more than 50,000,000 characters of text"):
        run(text)
    assert run('count(for i in 1..100000 return "x" + string(i))') == (Decimal(100000), [])


def test_the_lists_built_in_functions_return_are_limited_in_total() -> None:
    """``reverse``, ``sort``, ``concatenate``... take no steps: a loop keeping 100,000 reversed lists of 99,999
    items held 80 GB of references (MemoryError under a memory limit). 200 of them are already refused."""
    text = "{xs: for i in 1..99999 return i, r: count(for i in 1..200 return reverse(xs))}.r"
    with pytest.raises(EvaluationTooLarge, match="built lists and contexts of more than 10,000,000 items in all"):
        run(text)
    assert run("{xs: for i in 1..99999 return i, r: count(for i in 1..50 return reverse(xs))}.r") == (Decimal(50), [])


def test_contexts_count_as_lists_do() -> None:
    """``context put`` copies its context: 2,000 copies of a 99,999-entry context exhausted the memory."""
    text = ('{c: context(for i in 1..99999 return {key: string(i), value: i}), '
            'r: count(for i in 1..200 return context put(c, "x", 1))}.r')
    with pytest.raises(EvaluationTooLarge, match="lists and contexts of more than 10,000,000 items"):
        run(text)
