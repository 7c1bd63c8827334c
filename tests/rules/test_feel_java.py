"""External Java functions, emulated: java.lang's pure static methods with Java's conversions, no JVM."""
from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest

from tests.rules.test_dmn_conformance import decision
from tests.rules.test_dmn_conformance import dmn
from tests.rules.test_dmn_conformance import literal
from tests.rules.test_feel import run


def java(method: str, cls: str = "java.lang.Math", parameters: str = "a") -> str:
    return f'function({parameters}) external {{java: {{class: "{cls}", method signature: "{method}"}}}}'


def call(method: str, arguments: str, cls: str = "java.lang.Math", parameters: str = "a") -> tuple[Any, list[str]]:
    return run(f"{{f: {java(method, cls, parameters)}, r: f({arguments})}}.r")


@pytest.mark.parametrize(("method", "cls", "parameters", "arguments", "expected"), [
    ("cos(double)", "java.lang.Math", "a", "0", Decimal("1.0")),
    ("max(int, int)", "java.lang.Math", "a, b", "3, 7.9", Decimal(7)),  # intValue: the fraction is dropped
    ("max(int,int)", "java.lang.Math", "a, b", "2147483648, 1", Decimal(1)),  # the low 32 bits: -2147483648
    ("max(float, float)", "java.lang.Math", "a, b", "123.46, 456.78", Decimal("456.78")),
    ("max(long, long)", "java.lang.Math", "a, b", "-5, -9", Decimal(-5)),
    ("round(double)", "java.lang.Math", "a", "-2.5", Decimal(-2)),  # ties toward positive infinity
    ("round(double)", "java.lang.Math", "a", "1e30", Decimal(2 ** 63 - 1)),  # held within a long
    ("floorMod(int, int)", "java.lang.Math", "a, b", "-7, 3", Decimal(2)),
    ("pow(double, double)", "java.lang.Math", "a, b", "2, 10", Decimal("1024.0")),
    ("valueOf(java.lang.String)", "java.lang.Float", "a", '"1234.56"', Decimal("1234.56")),
    ("valueOf(java.lang.String)", "java.lang.Double", "a", '" 1e3d "', Decimal("1000.0")),
    ("parseInt(java.lang.String)", "java.lang.Integer", "a", '"-42"', Decimal(-42)),
    ("valueOf(short)", "java.lang.Short", "a", "70000", Decimal(4464)),
    ("parseBoolean(java.lang.String)", "java.lang.Boolean", "a", '"TRUE"', True),
    ("valueOf(char)", "java.lang.String", "a", '"x"', "x"),
    ("valueOf(double)", "java.lang.String", "a", "12345678", "1.2345678E7"),
    ("valueOf(double)", "java.lang.String", "a", "0.5", "0.5"),
    ("toString(float)", "java.lang.Float", "a", "3", "3.0"),
    ("valueOf(java.lang.Object)", "java.lang.String", "a", "null", "null"),
])
def test_a_java_method_answers_as_java_would(method: str, cls: str, parameters: str, arguments: str,
                                             expected: Any) -> None:
    value, warnings = call(method, arguments, cls, parameters)
    assert (value, warnings) == (expected, [])
    assert type(value) is type(expected)


@pytest.mark.parametrize(("method", "cls", "arguments", "reason"), [
    ("foo(double)", "java.lang.Math", "1", "java.lang.Math has no method foo"),
    ("valueOf(double)", "java.lang.Foo", "1", "class java.lang.Foo is not one Ordra emulates"),
    ("exit(int)", "java.lang.System", "1", "class java.lang.System is not one Ordra emulates"),
    ("forName(java.lang.String)", "java.lang.Class", '"x"', "not one Ordra emulates"),
    ("max(java.lang.String, java.lang.String)", "java.lang.Math", '"a"', "has no overload"),
    ("sqrt(double)", "java.lang.Math", "-1", "the result is NaN, which is not a FEEL number"),
    ("exp(double)", "java.lang.Math", "1000", "the result is Infinity"),
    ("valueOf(char)", "java.lang.String", '"abc"', "a char is one character"),
    ("parseInt(java.lang.String)", "java.lang.Integer", '"12a"', 'Java would throw: for input string: "12a"'),
    ("parseInt(java.lang.String)", "java.lang.Integer", '"3000000000"', "value out of range"),
    ("cos(double)", "java.lang.Math", '"1"', "a number is needed for double"),
    ("cos(double", "java.lang.Math", "1", "is not a Java method signature"),
])
def test_what_java_would_not_do_is_null_with_the_reason(method: str, cls: str, arguments: str, reason: str) -> None:
    value, warnings = call(method, arguments, cls)
    assert value is None
    assert len(warnings) == 1 and reason in warnings[0], warnings


def test_a_pmml_function_is_a_function_whose_calls_are_null() -> None:
    value, warnings = run('{f: function(a) external {pmml: {document: "d", model: "m"}}, r: f(1)}.r')
    assert value is None and "only Java functions are supported (not PMML)" in warnings[0]


def fmt(pattern: str, *arguments: str) -> tuple[Any, list[str]]:
    method = java("format(java.lang.String, [Ljava.lang.Object;)", "java.lang.String", "p, a")
    return run(f'{{f: {method}, r: f("{pattern}", [{", ".join(arguments)}])}}.r')


@pytest.mark.parametrize(("pattern", "arguments", "expected"), [
    ("%s %s", ('"foo"', '"bar"'), "foo bar"),
    ("%2$s-%1$s", ('"a"', '"b"'), "b-a"),
    ("[%-5s|%5s|%.2s]", ('"ab"', '"cd"', '"xyz"'), "[ab   |   cd|xy]"),
    ("%08.2f", ("-3.14159",), "-0003.14"),
    ("%.2f", ("2.345",), "2.35"),  # a BigDecimal rounds half up
    ("%,d", ("1234567",), "1,234,567"),
    ("%+d %(d %x %X %o", ("5", "-5", "255", "255", "8"), "+5 (5) ff FF 10"),
    ("%e|%.1E", ("1500", "-0.000123"), "1.500000e+03|-1.2E-04"),
    ("%b %b %B", ("null", "false", "3"), "false false TRUE"),
    ("%c%%%n", ('"x"',), "x%\n"),
    ("%S", ("true",), "TRUE"),
])
def test_string_format_follows_java(pattern: str, arguments: tuple[str, ...], expected: str) -> None:
    assert fmt(pattern, *arguments) == (expected, [])


@pytest.mark.parametrize(("pattern", "arguments", "reason"), [
    ("%99999s", ('"x"',), "a width or precision over 1000"),
    ("%.5000f", ("1",), "a width or precision over 1000"),
    ("%d", ("1.5",), "%d needs an integer, not 1.5"),
    ("%s %s", ('"x"',), "missing format argument"),
    ("%q", ("1",), "the conversion %q is not supported"),
    ("100%", ("1",), "unknown format specifier"),
])
def test_string_format_refuses_what_java_would_and_is_bounded(pattern: str, arguments: tuple[str, ...],
                                                               reason: str) -> None:
    value, warnings = fmt(pattern, *arguments)
    assert value is None and reason in warnings[0], warnings


BOXED_JAVA = ('<context><contextEntry><variable name="maxOf"/><functionDefinition kind="Java">'
              '<formalParameter name="a" typeRef="number"/><formalParameter name="b" typeRef="number"/>'
              '<context><contextEntry><variable name="class"/>' + literal('"java.lang.Math"') + "</contextEntry>"
              '<contextEntry><variable name="method signature"/>' + literal('"max(double, double)"')
              + "</contextEntry></context></functionDefinition></contextEntry>"
              "<contextEntry>" + literal("maxOf(x, y)") + "</contextEntry></context>")


def test_a_model_with_java_functions_deploys_and_its_decisions_answer_over_the_api(api: Any) -> None:
    """A model drawn for a Java engine: a boxed Java function definition and a FEEL one, deployed and
    evaluated as a process admin would; one naming a class Ordra does not emulate says why it is null."""
    model = dmn(decision("java_max", BOXED_JAVA),
                decision("java_cos", literal("{cos: " + java("cos(double)").replace('"', "&quot;")
                                             + ", r: cos(x)}.r")),
                decision("java_other", literal("{f: " + java("getenv(java.lang.String)", "java.lang.System")
                                               .replace('"', "&quot;") + ', r: f("HOME")}.r')))
    response = api.post("/api/v1/models", user="admin", content_type="multipart/form-data",
                        data={"files": [(io.BytesIO(model), "java_functions.dmn")]})
    assert response.status_code == 201, response.json
    answer = api.post("/api/v1/decisions/java_max/evaluate", json={"facts": {"x": 123, "y": 456}})
    assert answer.status_code == 200 and answer.json["outputs"] == 456, answer.json
    answer = api.post("/api/v1/decisions/java_cos/evaluate", json={"facts": {"x": 0}})
    assert answer.status_code == 200 and answer.json["outputs"] == 1, answer.json
    answer = api.post("/api/v1/decisions/java_other/evaluate", json={"facts": {}})
    assert answer.status_code == 200 and answer.json["outputs"] is None, answer.json
    assert "class java.lang.System is not one Ordra emulates" in str(answer.json), answer.json


def test_a_huge_number_converts_to_its_low_bits_at_once() -> None:
    """``BigDecimal.longValue`` of 10^6000 is 0 (it is a multiple of 2^64), found without writing it out."""
    assert call("max(long, long)", "1e6000, -5", parameters="a, b") == (Decimal(0), [])
    assert call("max(int, int)", "-7.9, -8", parameters="a, b") == (Decimal(-7), [])


def test_string_format_stops_the_decision_before_it_outgrows_the_string_limit() -> None:
    from app.rules import DecisionFailed
    from app.rules import compile_dmn
    method = java("format(java.lang.String, [Ljava.lang.Object;)", "java.lang.String", "p, a").replace('"', "&quot;")
    model = compile_dmn(dmn(decision("grow", literal(
        f'{{f: {method}, r: f(string join(for i in 1..2000 return "%1$999s"), ["x"])}}.r'))), "grow.dmn")
    with pytest.raises(DecisionFailed, match="String.format would write more than 1,000,000 characters"):
        model.evaluate("grow", {})


def test_values_a_java_engine_would_print_with_to_string() -> None:
    assert fmt("%s|%s|%s|%s", "[1, 2]", "{a: 1}", 'date("2024-01-02")', "1.50") == ("[1, 2]|{a: 1}|2024-01-02|1.50",
                                                                                    [])
