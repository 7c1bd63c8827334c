"""FEEL: grammar, evaluation, built-ins and the unary tests of decision table cells."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import pytest

from app.rules.feel import Env
from app.rules.feel import FeelSyntaxError
from app.rules.feel import compile_expression
from app.rules.feel import compile_tests
from app.rules.feel import parse_expression
from app.rules.feel import parse_unary_tests
from app.rules.feel.ast import Literal
from app.rules.feel.evaluator import Compilation
from app.rules.feel.evaluator import compiling
from app.rules.feel.types import Range
from app.rules.feel.types import YearsMonths
from app.rules.feel.types import to_feel

D = Decimal


def run(text: str, names: Iterable[str] = (), **variables: Any) -> tuple[Any, list[str]]:
    env = Env(to_feel(variables))
    value = compile_expression(parse_expression(text, [*names, *variables]))(env)
    return value, env.warnings


def feel(text: str, **variables: Any) -> Any:
    return run(text, **variables)[0]


def matches(cell: str, value: Any, **variables: Any) -> bool | None:
    test = compile_tests(parse_unary_tests(cell, variables))
    return True if test is None else test(to_feel(value), Env(to_feel(variables)))


@pytest.mark.parametrize("text, expected", [
    ("42", D(42)), (".872", D("0.872")), ("-.872", D("-0.872")), ("1.50", D("1.5")),
    ('"foo bar"', "foo bar"), ('"横綱"', "横綱"), ("true", True), ("false", False), ("null", None),
    (r'"say \"hi\""', 'say "hi"'), (r'"tab\there"', "tab\there"), (r'"line\nbreak"', "line\nbreak"),
    (r'"back\\slash"', "back\\slash"), (r'"\u00e9t\u00e9"', "été"), (r'"\ud83d\ude00"', "😀"),
    ('@"2024-02-29"', dt.date(2024, 2, 29)), ('@"P1DT2H"', dt.timedelta(days=1, hours=2)),
    ('@"P1Y2M"', YearsMonths(14)), ('@"13:45:00"', dt.time(13, 45)),
])
def test_literals(text: str, expected: Any) -> None:
    assert feel(text) == expected


def test_an_unknown_escape_keeps_its_backslash_for_regular_expressions() -> None:
    assert parse_expression(r'"\d+"') == Literal("\\d+")


@pytest.mark.parametrize("text, expected", [
    ("10+5", 15), ("-10--5", -5), ("(10+20)-(-5+3)", 32), ("10 + 20 / -5 - 3", 3),
    ("10 + 20 / (-5 - 3)", D("7.5")), ("5+2**5+3", 40), ("5+2**(5+3)", 261), ("10**-5", D("0.00001")),
    ("1.2*10**3", 1200), ("(10+5)*(-5*3)", -225), ("1/3", D("0.3333333333333333333333333333333333")),
    ("0.1 + 0.2", D("0.3")),
])
def test_arithmetic_follows_feel_precedence_in_decimal(text: str, expected: Any) -> None:
    assert feel(text) == expected


@pytest.mark.parametrize("text, operator", [("10 + null", "+"), ("null * 2", "*"), ("null / 10", "/")])
def test_null_operands_give_null_with_a_warning_naming_the_operator(text: str, operator: str) -> None:
    # the TCK counts these as errors; the warning says which calculation met a missing value
    assert run(text) == (None, [f"'{operator}' with a null operand gives null"])


def test_negating_null_is_null_silently() -> None:
    assert run("-null") == (None, [])


@pytest.mark.parametrize("text, warning", [
    ("(10+20)/0", "division by zero"),
    ('1 + "a"', "cannot apply '+' to number and string"),
    ('"a" < 1', 'cannot compare string "a" with number 1'),
    ("not(x)", "expected a boolean"),
])
def test_type_errors_give_null_and_a_warning(text: str, warning: str) -> None:
    value, warnings = run(text, x=D(5))
    assert value is None
    assert any(warning in message for message in warnings), warnings


@pytest.mark.parametrize("left, right, conjunction, disjunction", [
    (True, True, True, True), (True, False, False, True), (False, False, False, False),
    (True, None, None, True), (False, None, False, None), (None, None, None, None),
])
def test_three_valued_logic(left: Any, right: Any, conjunction: Any, disjunction: Any) -> None:
    for a, b in ((left, right), (right, left)):
        assert feel("a and b", a=a, b=b) is conjunction
        assert feel("a or b", a=a, b=b) is disjunction


@pytest.mark.parametrize("value, expected", [(True, False), (False, True), (None, None)])
def test_not_of_a_boolean_variable(value: Any, expected: Any) -> None:
    assert feel("not(a)", a=value) is expected


@pytest.mark.parametrize("text, expected", [
    ('date("2016-11-01") > date("2016-10-01")', True),
    ('date("2016-10-01") = date("2016-10-01")', True),
    ('date and time("2018-07-30T16:12:00Z") < date and time("2018-07-31T17:13:00Z")', True),
    ('date and time("2018-07-30T18:00:00+02:00") = date and time("2018-07-30T16:00:00Z")', True),
    ('date and time("2018-07-30T16:00:00") = date and time("2018-07-30T16:00:00Z")', True),
    ('time("16:11:00") < time("17:13:00")', True),
    ('duration("PT10H") < duration("PT12H")', True),
    ('duration("P5M") > duration("P8M")', False),
    ('"apple" < "banana"', True),
    ("1 = 1.0", True), ("null = null", True), ("1 = null", False), ("1 != 2", True),
])
def test_comparisons(text: str, expected: bool) -> None:
    assert feel(text) is expected


def test_values_of_different_types_are_not_equal_but_null() -> None:
    value, warnings = run('"1" = 1')
    assert value is None and warnings


@pytest.mark.parametrize("text, expected", [
    ('date("2024-01-31") + duration("P1M")', dt.date(2024, 2, 29)),
    ('date("2024-03-01") - duration("P1D")', dt.date(2024, 2, 29)),
    ('date("2024-03-01") - date("2024-02-01")', dt.timedelta(days=29)),
    ('date and time("2024-01-01T10:00:00") + duration("PT90M")', dt.datetime(2024, 1, 1, 11, 30)),
    ('time("23:30:00") + duration("PT1H")', dt.time(0, 30)),
    ('duration("P1Y") + duration("P2M")', YearsMonths(14)),
    ('duration("PT1H") * 2', dt.timedelta(hours=2)),
    ('duration("P1D") / duration("PT1H")', 24),
    ('years and months duration(date("2011-12-22"), date("2013-08-24"))', YearsMonths(20)),
    ('date("2024-05-17").year', 2024), ('date("2024-05-17").month', 5), ('date("2024-05-17").weekday', 5),
    ('time("13:45:30").hour', 13), ('duration("P2DT3H").days', 2), ('duration("P2DT3H").hours', 3),
    ('duration("P3Y5M").years', 3), ('duration("P3Y5M").months', 5),
])
def test_date_and_duration_arithmetic_and_components(text: str, expected: Any) -> None:
    assert feel(text) == expected


def test_names_qualified_names_and_names_with_spaces() -> None:
    order = {"customer": {"segment": "gold"}, "items": [{"sku": "A", "qty": 2}, {"sku": "B", "qty": 3}]}
    assert feel("order.customer.segment", order=order) == "gold"
    assert feel("order.items.sku", order=order) == ["A", "B"]
    assert feel("sum(order.items.qty)", order=order) == 5
    assert run("Years of Service + 1", **{"Years of Service": 4})[0] == 5
    assert run("Extra days case 1 * 2", **{"Extra days case 1": 3})[0] == 6


def test_declared_names_may_contain_keywords_and_symbols() -> None:
    names = {"Date and Time": 1, "Pre-Bureau Risk": 2, "Decision in Force": 3}
    assert run("Date and Time + Pre-Bureau Risk + Decision in Force", **names)[0] == 6
    assert run('"Date and Time" + "!"', **names)[0] == "Date and Time!"  # never inside strings


def test_a_declared_name_with_dots_is_one_name_where_bound_and_a_path_elsewhere() -> None:
    # a BKM parameter named "Person.Gender" (TCK 0037): inside the BKM it is bound under that name,
    # while the invocation that binds it reads the path Person.Gender of the decision's input
    assert run("Person.Gender", **{"Person.Gender": "Male", "Person": {"Gender": "Female"}})[0] == "Male"
    assert run("Person.Gender", names=["Person.Gender"], Person={"Gender": "Female"}) == ("Female", [])
    value, warnings = run("Person.Gender", names=["Person.Gender"])
    assert value is None and warnings == ["unknown name 'Person.Gender'"]


def test_a_context_key_may_hold_additional_name_symbols() -> None:
    assert feel('{foo+bar: "foo"}') == {"foo+bar": "foo"}
    assert feel("{a.b: 1, c-d: 2, e*f/g: 3}") == {"a.b": 1, "c-d": 2, "e*f/g": 3}
    assert feel("{total cost: 1, x: total cost + 1}.x") == 2  # plain keys still name entries


def test_an_unknown_name_is_null_with_a_warning() -> None:
    assert run("missing + 1") == (None, ["unknown name 'missing'", "'+' with a null operand gives null"])


@pytest.mark.parametrize("text, expected", [
    ('if 1 > 2 then "a" else "b"', "b"), ('if null then "a" else "b"', "b"),
    ("5 between 1 and 10", True), ("11 between 1 and 10", False),
    ("5 in [1..10]", True), ("5 in (1, 2)", False), ('"a" in ("a", "b")', True), ("5 in < 10", True),
    ("5 in ]5..10]", False),
    ("[1, 2, 3][item > 1]", [2, 3]), ("[1, 2, 3][2]", 2), ("[1, 2, 3][-1]", 3),
    ('[{a: 1}, {a: 2}][a > 1].a', [2]), ("{a: 1, b: a + 1}.b", 2), ('{"a b": 1}.a b', 1),
    ("for x in [1, 2, 3] return x * x", [1, 4, 9]), ("for x in [1, 2], y in [10] return x + y", [11, 12]),
    ("some x in [1, 2] satisfies x > 1", True), ("every x in [1, 2] satisfies x > 1", False),
    ("[1..10].start", 1), ("[]", []), ("{}", {}),
])
def test_expressions_beyond_arithmetic(text: str, expected: Any) -> None:
    assert feel(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('contains("foobar", "ob")', True), ('starts with("foobar", "foo")', True), ('ends with("foobar", "r")', True),
    ('upper case("abc")', "ABC"), ('lower case("ABC")', "abc"), ('substring("foobar", 3)', "obar"),
    ('substring("foobar", 3, 2)', "ob"), ('substring("foobar", -2)', "ar"),
    ('substring(string: "foobar", start position: 3)', "obar"),
    ('substring before("foobar", "bar")', "foo"), ('substring after("foobar", "ob")', "ar"),
    ('substring after("foobar", "x")', ""), ('string length("横綱")', 2), ("string(1.50)", "1.5"),
    ('string(date("2024-01-02"))', "2024-01-02"), ('number("1,000.5", ",", ".")', D("1000.5")),
    ("sum([1, 2, 3])", 6), ("sum(1, 2)", 3), ("sum([])", None), ("count([1, 2])", 2), ("min([3, 1, 2])", 1),
    ("max(3, 1, 2)", 3), ('max("a", "c", "b")', "c"), ("mean([1, 2, 3, 4])", D("2.5")), ("abs(-2)", 2),
    ("floor(1.5)", 1), ("floor(-1.5)", -2), ("ceiling(1.2)", 2), ("decimal(1.125, 2)", D("1.12")),
    ("round half up(2.5)", 3), ("round half up(1.125, 2)", D("1.13")), ("modulo(-12, 5)", 3),
    ("list contains([1, 2], 2)", True), ("append([1], 2, 3)", [1, 2, 3]), ("concatenate([1], [2, 3])", [1, 2, 3]),
    ("flatten([1, [2, [3]]])", [1, 2, 3]), ("distinct values([1, 1, 2])", [1, 2]), ("reverse([1, 2])", [2, 1]),
    ("index of([1, 2, 1], 1)", [1, 3]), ("sublist([1, 2, 3], 2)", [2, 3]), ('string join(["a", "b"], "-")', "a-b"),
    ("all([true, null])", None), ("any([false, true])", True), ("not(false)", True),
    ('date("2024-01-02")', dt.date(2024, 1, 2)), ("date(2024, 1, 2)", dt.date(2024, 1, 2)),
    ('time("10:30:00")', dt.time(10, 30)), ('date and time("2024-01-02T10:30:00")', dt.datetime(2024, 1, 2, 10, 30)),
    ('duration("-PT30M")', -dt.timedelta(minutes=30)), ('day of week(date("2024-01-01"))', "Monday"),
    ('get value({a: 1}, "a")', 1),
])
def test_built_in_functions(text: str, expected: Any) -> None:
    assert feel(text) == expected


def test_now_and_today_are_evaluated_each_time() -> None:
    assert isinstance(feel("now()"), dt.datetime) and feel("today()") == dt.date.today()


@pytest.mark.parametrize("text", ['date("2024-13-01")', 'string length(5)', 'substring("abc")', 'duration("P1Y2D")'])
def test_built_in_calls_that_always_fail_are_null_with_a_note_when_compiled(text: str) -> None:
    compilation = Compilation()
    with compiling(compilation):
        closure = compile_expression(parse_expression(text))
    assert len(compilation.notes) == 1 and "is always null" in compilation.notes[0]
    env = Env({})
    assert closure(env) is None
    assert env.warnings == compilation.notes


@pytest.mark.parametrize("text, column", [("1 +", None), ("1 $ 2", 3), ('"abc', 1), ("[1..", None), ("a b (", None)])
def test_syntax_errors_say_what_and_where(text: str, column: int | None) -> None:
    with pytest.raises(FeelSyntaxError, match="syntax error") as caught:
        parse_expression(text)
    assert caught.value.column == column


# --- unary tests ---------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, value, expected", [
    ("-", "anything", True), ("", None, True),
    ("< 10", 9, True), ("< 10", 10, False), ("<= 10", 10, True), ("> 10", 10, False), (">= 10", 10, True),
    ("= 5", 5, True), ("!= 5", 5, False), ('!= "x"', "y", True),
    ("[1..10]", 1, True), ("[1..10]", 10, True), ("(1..10]", 1, False), ("[1..10)", 10, False),
    ("]1..10[", 1, False), ("]1..10[", 10, False), ("]1..10[", 5, True), ("[1..10[", 10, False),
    ("]1..10]", 10, True), ("[-5..-1]", -3, True),
    ('"a","b"', "b", True), ('"a","b"', "c", False), ("<18,>=60", 65, True), ("<18,>=60", 30, False),
    ('not("a")', "b", True), ('not("a","b")', "b", False), ("not(< 5)", 7, True), ("not([1..5])", 3, False),
    ("null", None, True), ("null", 1, False), ("not(null)", 1, True), ("-", None, True),
    ("? > 5 and ? < 10", 7, True), ("? > 5 and ? < 10", 12, False), ("? in [1..3]", 2, True),
    ('starts with(?, "ab")', "abc", True), ("true", True, True), ("false", True, False),
    ('[date("2024-01-01")..date("2024-12-31")]', dt.date(2024, 6, 1), True),
    ('>= date("2024-01-01")', dt.date(2023, 12, 31), False), ('< "m"', "apple", True),
    ("x", 5, True), ("rec.y", 3, True), ("[rec.y..x]", 4, True), ("(rec.y..x]", 3, False), ("list", 2, True),
])
def test_unary_tests(cell: str, value: Any, expected: bool) -> None:
    assert matches(cell, value, x=5, rec={"y": 3}, list=[1, 2]) is expected


@pytest.mark.parametrize("cell, value", [("< 10", None), ("< 10", "a"), ("[1..10]", "a"), ("? > 5", None)])
def test_undecidable_tests_are_null_and_never_match(cell: str, value: Any) -> None:
    assert matches(cell, value) is None


def test_negation_keeps_null_null() -> None:
    assert matches("not(< 10)", None) is None


@pytest.mark.parametrize("cell", ["<", "[1..10", "]1..", '"a",', "not(", "> > 1"])
def test_malformed_cells_are_syntax_errors(cell: str) -> None:
    with pytest.raises(FeelSyntaxError):
        parse_unary_tests(cell)


def test_a_range_value_from_a_name_works_as_a_test() -> None:
    assert matches("r", 5, r=Range(D(1), D(10))) is True


def test_declared_names_with_symbols_work_as_path_components() -> None:
    assert run("loan.rate-type", names=["rate-type"], loan={"rate-type": "fixed"})[0] == "fixed"


@pytest.mark.parametrize(("text", "expected"), [
    ("{max: function(a, b) a - b, r: max(3, 4)}.r", D(-1)),  # a context entry
    ("(function(sum) sum(5))(function(n) n + 1)", D(6)),  # a parameter
    ("for sum in [function(n) n + 1] return sum(5)", [D(6)]),  # an iterator
    ("some count in [function(x) x > 2] satisfies count(3)", True),
    ("{count: 3, r: count([1, 2])}.r", None),  # a number named count is not a function: null
    ("max(3, 4)", D(4)),  # nothing shadows it: the built-in
])
def test_a_name_in_scope_shadows_the_built_in_of_that_name(text: str, expected: Any) -> None:
    """DMN 1.5 10.3.2.11: names resolve in the scope's contexts first to last, the built-ins last."""
    assert feel(text) == expected
