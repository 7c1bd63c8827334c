"""DMN beyond decision tables: boxed expressions, BKMs, decision services, per-decision deployment,
null semantics, Camunda's output-name binding, the newer built-ins and the evaluation budgets."""
from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import pytest

from app.rules import DecisionFailed
from app.rules import DmnInvalid
from app.rules import compile_dmn
from app.rules.feel import Env
from app.rules.feel import compile_expression
from app.rules.feel import parse_expression
from app.rules.feel.types import Range

NS = "https://www.omg.org/spec/DMN/20191111/MODEL/"


def dmn(*decisions: str, extra: str = "") -> bytes:
    return (f'<definitions xmlns="{NS}" id="defs" name="t" namespace="http://ordra.test">{extra}'
            + "".join(decisions) + "</definitions>").encode()


def decision(name: str, body: str, requires: tuple[str, ...] = (), type_ref: str | None = None) -> str:
    requirements = "".join(f'<informationRequirement><requiredDecision href="#{r}"/></informationRequirement>'
                           for r in requires)
    variable = f'<variable name="{name}"' + (f' typeRef="{type_ref}"' if type_ref else "") + "/>"
    return f'<decision id="{name}" name="{name}">{variable}{requirements}{body}</decision>'


def literal(text: str) -> str:
    return f"<literalExpression><text>{text}</text></literalExpression>"


def feel(text: str, **variables: Any) -> Any:
    return compile_expression(parse_expression(text, variables))(Env(variables))


BOXED = dmn(
    decision("ctx", "<context><contextEntry><variable name='a'/>" + literal("2") + "</contextEntry>"
                    "<contextEntry><variable name='b'/>" + literal("a * 3") + "</contextEntry></context>"),
    decision("ctx_result", "<context><contextEntry><variable name='a'/>" + literal("2") + "</contextEntry>"
                           "<contextEntry>" + literal("a + 1") + "</contextEntry></context>"),
    decision("listed", "<list>" + literal("1") + literal("1 + 1") + "</list>"),
    decision("rel", "<relation><column name='n'/><column name='s'/>"
                    "<row>" + literal("1") + literal('"one"') + "</row>"
                    "<row>" + literal("2") + literal('"two"') + "</row></relation>"),
    decision("called", "<invocation>" + literal("double") + "<binding><parameter name='x'/>" + literal("21")
                       + "</binding></invocation>"),
    decision("cond", "<conditional><if>" + literal("n > 1") + "</if><then>" + literal('"big"') + "</then><else>"
                     + literal('"small"') + "</else></conditional>"),
    decision("looped", "<for iteratorVariable='i'><in>" + literal("[1, 2, 3]") + "</in><return>"
                       + literal("i * i") + "</return></for>"),
    decision("some_big", "<some iteratorVariable='i'><in>" + literal("[1, 5]") + "</in><satisfies>"
                         + literal("i > 4") + "</satisfies></some>"),
    decision("every_big", "<every iteratorVariable='i'><in>" + literal("[1, 5]") + "</in><satisfies>"
                          + literal("i > 4") + "</satisfies></every>"),
    decision("filtered", "<filter><in>" + literal("[1, 2, 3, 4]") + "</in><match>" + literal("item > 2")
                         + "</match></filter>"),
    decision("defined", "<context><contextEntry><variable name='f'/><functionDefinition>"
                        "<formalParameter name='y'/>" + literal("y + 1") + "</functionDefinition></contextEntry>"
                        "<contextEntry>" + literal("f(41)") + "</contextEntry></context>"),
    extra="<businessKnowledgeModel id='double' name='double'><encapsulatedLogic><formalParameter name='x'/>"
          + literal("x * 2") + "</encapsulatedLogic></businessKnowledgeModel>",
)


@pytest.mark.parametrize("name, facts, expected", [
    ("ctx", {}, {"a": 2, "b": 6}),
    ("ctx_result", {}, 3),
    ("listed", {}, [1, 2]),
    ("rel", {}, [{"n": 1, "s": "one"}, {"n": 2, "s": "two"}]),
    ("called", {}, 42),
    ("cond", {"n": 2}, "big"),
    ("cond", {"n": 1}, "small"),
    ("looped", {}, [1, 4, 9]),
    ("some_big", {}, True),
    ("every_big", {}, False),
    ("filtered", {}, [3, 4]),
    ("defined", {}, 42),
])
def test_each_boxed_expression_kind(name: str, facts: dict[str, Any], expected: Any) -> None:
    model = compile_dmn(BOXED, "boxed.dmn")
    assert model.decisions[name].kind.startswith("boxed")
    assert model.evaluate(name, facts).outputs == expected


def test_a_decision_that_cannot_compile_leaves_the_others_running() -> None:
    data = dmn(decision("good", literal("1 + 1")), decision("bad", literal("1 +")))
    model = compile_dmn(data, "mixed.dmn")
    assert model.evaluate("good", {}).outputs == 2
    assert model.decisions["bad"].kind == "unusable"
    bad = [w for w in model.warnings if w["decision"] == "bad"]
    assert bad and bad[0]["line"] == 1 and "cannot be used" in bad[0]["message"]
    with pytest.raises(DecisionFailed, match="decision 'bad' cannot be used: line 1: .*syntax error"):
        model.evaluate("bad", {})


def test_a_file_whose_every_decision_fails_is_still_refused_with_each_element() -> None:
    with pytest.raises(DmnInvalid) as caught:
        compile_dmn(dmn(decision("bad", literal("1 +"))), "bad.dmn")
    assert caught.value.errors[0]["element"] == "bad" and caught.value.errors[0]["line"] == 1


@pytest.mark.parametrize("text", ["abs()", "date(null)", "modulo(10, 0)", 'date("2024-13-01")',
                                  'range("&gt;=10")', 'context put(context: {a: 1}, key: ["a"], value: 2)',
                                  "Person.Gender", "exp(4, 4)"])
def test_calls_the_spec_makes_null_deploy_and_evaluate_to_null_with_a_warning(text: str) -> None:
    model = compile_dmn(dmn(decision("d", literal(text))), "null.dmn")
    assert [w["decision"] for w in model.warnings] in ([], ["d"])
    result = model.evaluate("d", {})
    assert result.outputs is None and result.warnings


@pytest.mark.parametrize("text, expected", [
    ('substring before("foo", "")', ""), ('substring after("foo", "")', "foo"),
    ('substring before("foobar", "bar")', "foo"), ('substring after("foobar", "o")', "obar"),
])
def test_substring_before_and_after_with_an_empty_match(text: str, expected: str) -> None:
    assert compile_dmn(dmn(decision("d", literal(text))), "s.dmn").evaluate("d", {}).outputs == expected


def test_a_required_decision_is_readable_by_its_output_name_as_camunda_does() -> None:
    """Camunda's dinnerDecisions.dmn: 'Beverages' reads 'Dish' by its output's name, desiredDish."""
    dish = ('<decision id="dish" name="Dish"><decisionTable><input label="Season"><inputExpression>'
            '<text>season</text></inputExpression></input><output name="desiredDish"/>'
            '<rule><inputEntry><text>"Winter"</text></inputEntry><outputEntry><text>"Roastbeef"</text></outputEntry>'
            '</rule><rule><inputEntry><text>"Summer"</text></inputEntry><outputEntry><text>"Light Salad"</text>'
            '</outputEntry></rule></decisionTable></decision>')
    beverages = ('<decision id="beverages" name="Beverages"><informationRequirement><requiredDecision href="#dish"/>'
                 '</informationRequirement><decisionTable hitPolicy="COLLECT"><input label="Dish"><inputExpression>'
                 '<text>desiredDish</text></inputExpression></input><output name="beverages"/>'
                 '<rule><inputEntry><text>"Roastbeef"</text></inputEntry><outputEntry><text>"Pinot Noir"</text>'
                 '</outputEntry></rule><rule><inputEntry><text>"Light Salad"</text></inputEntry><outputEntry>'
                 '<text>"Water"</text></outputEntry></rule></decisionTable></decision>')
    model = compile_dmn(dmn(dish, beverages), "dinnerDecisions.dmn")
    assert model.evaluate("beverages", {"season": "Winter"}).outputs == ["Pinot Noir"]
    assert model.evaluate("beverages", {"season": "Summer"}).outputs == ["Water"]


def test_camunda_attributes_are_ignored_with_a_note() -> None:
    data = dmn(decision("d", literal("1")).replace('<decision id="d"', '<decision camunda:versionTag="2" id="d"'))
    data = data.replace(b"<definitions ", b'<definitions xmlns:camunda="http://camunda.org/schema/1.0/dmn" ')
    model = compile_dmn(data, "c.dmn")
    assert model.evaluate("d", {}).outputs == 1
    assert [w["message"] for w in model.warnings] == [
        "Camunda attributes (camunda:versionTag) are ignored: Ordra runs the decisions as the DMN standard "
        "defines them"]


def test_decision_services_run_their_output_decisions_and_are_callable() -> None:
    data = dmn(decision("doubled", literal("n * 2")), decision("uses", literal("svc(5)")),
               extra='<decisionService id="svc" name="svc"><outputDecision href="#doubled"/>'
                     '<inputData href="#n_in"/></decisionService><inputData id="n_in" name="n"/>')
    model = compile_dmn(data, "svc.dmn")
    assert model.evaluate_service("svc", {"n": 4}) == {"doubled": 8}
    assert model.evaluate("uses", {}).outputs == 10


def test_a_decision_service_checks_its_argument_and_result_types() -> None:
    data = dmn(decision("doubled", literal("n * 2")), decision("uses", literal('svc("five")')),
               decision("uses_number", literal("svc(5)")),
               extra='<itemDefinition name="tSvc"><functionItem outputTypeRef="string"/></itemDefinition>'
                     '<decisionService id="svc" name="svc"><variable name="svc" typeRef="tSvc"/>'
                     '<outputDecision href="#doubled"/><inputData href="#n_in"/></decisionService>'
                     '<inputData id="n_in" name="n"><variable name="n" typeRef="number"/></inputData>')
    model = compile_dmn(data, "svc.dmn")
    wrong_argument = model.evaluate("uses", {})  # a string for the number input: the service is not invoked
    assert wrong_argument.outputs is None
    assert any("does not conform to the type of 'n'" in w for w in wrong_argument.warnings)
    warnings: list[str] = []  # 10 is not the string the service's function type promises
    assert model.evaluate_service("svc", {"n": 5}, warnings) == {"doubled": None}
    assert any("does not conform to the service's output type" in w for w in warnings)
    assert model.evaluate("uses_number", {}).outputs is None


def test_type_refs_are_enforced_with_the_specs_conversions() -> None:
    data = dmn(decision("num", literal('"text"'), type_ref="number"),
               decision("single", literal("[7]"), type_ref="number"),
               decision("listed", literal("7"), type_ref="tNumbers"),
               extra='<itemDefinition name="tNumbers" isCollection="true"><typeRef>number</typeRef></itemDefinition>')
    model = compile_dmn(data, "types.dmn")
    assert model.evaluate("num", {}).outputs is None and model.evaluate("num", {}).warnings
    assert model.evaluate("single", {}).outputs == 7
    assert model.evaluate("listed", {}).outputs == [7]


@pytest.mark.parametrize("text, expected", [
    ("(function(a, b) a * b)(3, 4)", 12),
    ("{f: function(x: number) x + 1, r: f(2)}.r", 3),
    ("date(\"2024-01-01\") instance of date", True),
    ("[1, 2] instance of list<number>", True),
    ('[1, "a"] instance of list<number>', False),
    ("{a: 1} instance of context<a: number>", True),
    ("null instance of number", False),
    ('@"2024-01-02"', __import__("datetime").date(2024, 1, 2)),
    ("for i in 1..4 return if i = 1 then 1 else partial[-1] * i", [1, 2, 6, 24]),
    (r'matches("abc123", "\d+")', True),
    ('matches("ABC", "abc", "i")', True),
    ('replace("abracadabra", "(a)(b)", "$2$1")', "baracadbara"),
    ('split("a, b,c", ",\\s*")', ["a", "b", "c"]),
    ("is(1, 1)", True), ('is(1, "1")', False),
    ('context([{key: "a", value: 1}])', {"a": 1}),
    ('context put({a: 1}, "b", 2)', {"a": 1, "b": 2}),
    ('context put({a: {b: 1}}, ["a", "b"], 2)', {"a": {"b": 2}}),
    ('context put(context: {a: {b: 1}}, keys: ["a", "b"], value: 2)', {"a": {"b": 2}}),
    ('context put(context: {a: {b: 1}}, key: ["a", "b"], value: 2)', None),
    ("context merge([{a: 1}, {b: 2}])", {"a": 1, "b": 2}),
    ("mode([6, 3, 9, 6, 6])", [6]),
    ("stddev(2, 4, 7, 5)", Decimal("2.081665999466132735282297706979931")),
    ("list replace([1, 2, 3], 2, 9)", [1, 9, 3]),
    ("sort([3, 1, 2], function(x, y) x > y)", [3, 2, 1]),
    ('range("[1..10)")', Range(Decimal(1), Decimal(10), True, False)), ('range(">=10")', None),
    ("stddev([1])", None), ('split("abc", "")', None), ('matches("a", "(")', None),
    ("before(1, [2..5])", True), ("before([1..5], (5..8])", True), ("after([6..9], 5)", True),
    ("meets([1..5], [5..8])", True), ("met by([5..8], [1..5])", True), ("overlaps([1..5], [3..8])", True),
    ("overlaps before([1..5], [3..8])", True), ("overlaps after([3..8], [1..5])", True),
    ("finishes(5, [1..5])", True), ("finished by([1..5], [3..5])", True), ("includes([1..10], 10)", True),
    ("during(5, (5..10])", False), ("starts([1..3], [1..5])", True), ("started by([1..5], 1)", True),
    ("coincides([1..5], [1..5])", True), ('before(1, "a")', None),
    ("10 in (=10)", True), ("(< 10) = (null..10)", False), ("5 in (< 10)", True), ("5 in (null..10]", None),
    ("10 in (!= 10)", False), ("true in (= true)", True), ("(< 10).start", None), ("1 in [[2..4], [1..3]]", True),
    ('for d in @"2024-01-30"..@"2024-02-01" return d.day', [30, 31, 1]),
    ("all([true, 1])", None), ("product([])", None), ("[3..1]", None), ("{a: 1}.b", None),
    ('string(@"-2021-01-01T10:10:10+11:00" + @"PT1H")', "-2021-01-01T11:10:10+11:00"),
    ('string(@"-2021-01-31" + @"P1M")', "-2021-02-28"),
    ('date("-2017-12-31").year', -2017), ("string(date(999999999, 12, 31))", "999999999-12-31"),
    ('@"-2021-01-01" < @"2021-01-01"', True), ('(@"2021-01-01" - @"-2021-01-01").days', 1476311),
    ('day of week(date("-2017-12-31"))', "Saturday"), ('date("01211-12-31")', None),
    ('string(date and time("2021-01-01T24:00:00"))', "2021-01-02T00:00:00"),
    ('time("13:20:00+19:00")', None), ('time("13:20:00+02:00@Europe/Paris")', None),
    ('string(time("10:15:30.987@Europe/Paris"))', "10:15:30.987@Europe/Paris"),
    ('string(time("10:00:00.123456+10:00"))', "10:00:00.123456+10:00"),  # the offset keeps its zeros
    ('string(date and time("2017-12-31T23:59:59.120+02:00"))', "2017-12-31T23:59:59.12+02:00"),
    ("(=10) = [10..10]", False), ("(=10).end", 10), ("12300 = 1.23e4", True), ("0.000123 = 1.23e-4", True),
    ('upper case(["bob"])', "BOB"), ("(1..10] = ]1..10]", True), ("5 in ]1..5[", False),
    ('matches("a\u000Db", "a.b")', False), ('matches("X", "[A-Z-[OI]]", "i")', True),
    ('matches("O", "[A-Z-[OI]]")', False), ('matches("hello world", "hello\\ sworld", "x")', True),
    ('matches("hello", "\\p{IsBasicLatin}+")', True), ('matches("abcd", "(asd)[\\1]")', None),
    ("(function(f: function<list<number>> -> number) f([1, 2]))(max)", 2),
])
def test_newer_built_ins_and_expressions(text: str, expected: Any) -> None:
    assert feel(text) == expected


@pytest.mark.parametrize("text", ["all([true, 1])", "product([])", "[3..1]", "{a: 1}.b", "10 + null"])
def test_what_the_tck_counts_as_an_error_is_null_with_a_warning(text: str) -> None:
    env = Env({})
    assert compile_expression(parse_expression(text))(env) is None and env.warnings


def test_a_catastrophic_regular_expression_is_stopped_by_its_timeout() -> None:
    started = time.monotonic()
    assert feel('matches(s, "(a|aa)+$")', s="a" * 60 + "b") is None
    assert time.monotonic() - started < 2


def test_an_evaluation_beyond_the_step_budget_is_stopped_with_a_clear_error() -> None:
    """16 million pairs: stopped by the list and step budgets (counted, so the same on any machine; a wall-clock
    bound here failed on a busy one), not run to the end."""
    model = compile_dmn(dmn(decision("pairs", literal("count(for i in xs, j in xs return 1)")),
                            decision("any_pair", literal("some i in xs, j in xs satisfies i + j &lt; 0"))), "big.dmn")
    with pytest.raises(DecisionFailed, match="stopped: a list of 100,001 items is beyond the limit"):
        model.evaluate("pairs", {"xs": list(range(4000))})
    with pytest.raises(DecisionFailed, match="stopped: the evaluation took more than 1,000,000 steps"):
        model.evaluate("any_pair", {"xs": list(range(4000))})


def test_a_huge_string_fact_is_refused() -> None:
    model = compile_dmn(dmn(decision("size", literal("string length(s)"))), "s.dmn")
    with pytest.raises(DecisionFailed, match="a string of 209,715,200 characters is beyond the limit"):
        model.evaluate("size", {"s": "x" * (200 * 1024 * 1024)})
    with pytest.raises(DecisionFailed, match="beyond the limit"):
        compile_dmn(dmn(decision("grow", literal("for i in 1..30 return s + s + s + s"))), "g.dmn").evaluate(
            "grow", {"s": "y" * 300_000})


@pytest.mark.parametrize("folder", ["1107-feel-substring-before-function", "1108-feel-substring-after-function"])
def test_the_tck_substring_files_upload_without_a_server_error(api: Any, folder: str) -> None:
    """These two files made the upload answer 500 (a Python error inside substring before/after)."""
    import io

    from tests.rules.tck_support import TCK
    path = next(TCK.rglob(f"{folder}.dmn"))
    response = api.post("/api/v1/models", user="admin", content_type="multipart/form-data",
                        data={"files": [(io.BytesIO(path.read_bytes()), path.name)]})
    assert response.status_code == 201, response.json


def test_an_upload_with_one_unusable_decision_deploys_the_others_and_the_page_says_why(api: Any, client: Any
                                                                                        ) -> None:
    import io
    data = dmn(decision("mixed_good", literal("n * 2")), decision("mixed_bad", literal("n *")))
    response = api.post("/api/v1/models", user="admin", content_type="multipart/form-data",
                        data={"files": [(io.BytesIO(data), "mixed.dmn")]})
    assert response.status_code == 201, response.json
    assert any(w.get("decision") == "mixed_bad" and "cannot be used" in w["message"]
               for w in response.json["warnings"]), response.json
    good = api.post("/api/v1/decisions/mixed_good/evaluate", json={"facts": {"n": 21}})
    assert good.status_code == 200 and good.json["outputs"] == 42
    bad = api.post("/api/v1/decisions/mixed_bad/evaluate", json={"facts": {"n": 21}})
    assert bad.status_code == 422 and "cannot be used" in str(bad.json)
    client.post("/login", data={"username": "admin", "password": "demo"})
    page = client.get("/studio/decisions/mixed_bad").get_data(as_text=True)
    assert "unusable" in page and "syntax error" in page


def test_recursion_works_and_endless_recursion_is_refused() -> None:
    model = compile_dmn(dmn(
        decision("fact", literal("{f: function(n) if n &lt;= 1 then 1 else n * f(n - 1), r: f(20)}.r")),
        decision("endless", literal("{f: function(n) f(n + 1), r: f(1)}.r"))), "r.dmn")
    assert model.evaluate("fact", {}).outputs == Decimal(2432902008176640000)
    with pytest.raises(DecisionFailed, match="stopped: functions call each other too deeply"):
        model.evaluate("endless", {})


def test_a_knowledge_model_named_like_a_built_in_is_the_one_called() -> None:
    """A BKM ``abs`` (a modeller's own rule: a negative amount counts as none) is what ``abs(...)`` calls,
    not FEEL's built-in of that name (DMN 1.5 10.3.2.11: the built-ins are the last names resolve in)."""
    bkm = ("<businessKnowledgeModel id='abs' name='abs'><encapsulatedLogic><formalParameter name='x'/>"
           + literal("if x &lt; 0 then 0 else x") + "</encapsulatedLogic></businessKnowledgeModel>")
    owed = ("<decision id='owed' name='owed'><variable name='owed'/><knowledgeRequirement>"
            "<requiredKnowledge href='#abs'/></knowledgeRequirement>" + literal("abs(n)") + "</decision>")
    model = compile_dmn(dmn(owed, extra=bkm), "shadow.dmn")
    assert model.evaluate("owed", {"n": -5}).outputs == 0  # the built-in abs(-5) is 5
