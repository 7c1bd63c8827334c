"""Hit policies, value lists, defaults and the no-match result, on small generated tables."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from app.rules import DecisionFailed
from app.rules import DecisionModel
from app.rules import DmnInvalid
from app.rules import NoMatch
from app.rules import compile_dmn
from app.rules import to_jsonable
from tests.rules.dmn_tables import Row
from tests.rules.dmn_tables import table_dmn

D = Decimal

# x < 10 and x in [5..20] overlap on 5..9
OVERLAPPING: list[Row] = [(["< 10"], ['"low"']), (["[5..20]"], ['"mid"']), (["> 20"], ['"high"'])]


def model(rules: list[Row], **options: Any) -> DecisionModel:
    return compile_dmn(table_dmn(rules, **options), "table.dmn")


def outputs(rules: list[Row], facts: dict[str, Any], **options: Any) -> Any:
    return model(rules, **options).evaluate("d", facts).outputs


def test_unique_returns_the_one_matching_rule() -> None:
    result = model(OVERLAPPING).evaluate("d", {"x": 3})
    assert result.outputs == "low"
    assert [(m.index, m.rule_id) for m in result.matched_rules] == [(1, "r1")]


def test_unique_with_two_matching_rules_fails_naming_them() -> None:
    with pytest.raises(DecisionFailed, match=r"UNIQUE, but rules 1 \(id r1\), 2 \(id r2\) all match"):
        model(OVERLAPPING).evaluate("d", {"x": 7})


def test_unique_overlaps_that_can_be_proved_are_warned_at_deployment() -> None:
    warnings = model(OVERLAPPING).warnings
    assert [w["message"] for w in warnings] == [
        "decision 'd': rules 1 (id r1) and 2 (id r2) overlap: some inputs match both, and hit policy UNIQUE "
        "then fails"]
    assert warnings[0]["line"] == 7 and warnings[0]["decision"] == "d"  # the line of the later rule


def test_disjoint_unique_rules_give_no_warning() -> None:
    rules: list[Row] = [(["< 10", '"a","b"'], ["1"]), (["< 10", '"c"'], ["2"]), (["[10..20]", "-"], ["3"]),
                        (["> 20", "-"], ["4"]), (["x > 1", "-"], ["5"])]  # the last one cannot be analysed
    assert model(rules, inputs=("x", "y")).warnings == []


def test_any_accepts_matching_rules_that_agree() -> None:
    rules: list[Row] = [(["< 10"], ['"ok"']), (["[5..20]"], ['"ok"'])]
    assert outputs(rules, {"x": 7}, hit_policy="ANY") == "ok"
    assert model(rules, hit_policy="ANY").warnings == []


def test_any_with_disagreeing_rules_fails() -> None:
    with pytest.raises(DecisionFailed, match=r'ANY, but matching rules 1 \(id r1\) and 2 \(id r2\) give different '
                                             r'outputs \(result = "low" vs result = "mid"\)'):
        model(OVERLAPPING, hit_policy="ANY").evaluate("d", {"x": 7})
    assert "hit policy ANY then fails" in model(OVERLAPPING, hit_policy="ANY").warnings[0]["message"]


def test_first_takes_the_first_match_in_rule_order() -> None:
    result = model(OVERLAPPING, hit_policy="FIRST").evaluate("d", {"x": 7})
    assert result.outputs == "low" and [m.index for m in result.matched_rules] == [1]


def test_first_warns_about_rules_that_can_never_win() -> None:
    rules: list[Row] = [(["[1..100]"], ['"a"']), (["[10..20]"], ['"b"']), (["-"], ['"c"']), ([">= 0"], ['"d"'])]
    messages = [w["message"] for w in model(rules, hit_policy="FIRST").warnings]
    assert messages == [
        "decision 'd': rule 2 (id r2) is never used: rule 1 matches every input it matches, and comes first",
        "decision 'd': rule 4 (id r4) is never used: rule 3 matches every input it matches, and comes first"]


def test_priority_picks_the_output_listed_first_in_the_output_values() -> None:
    options = dict(hit_policy="PRIORITY", output_values={"result": '"high","mid","low"'})
    assert outputs(OVERLAPPING, {"x": 7}, **options) == "mid"
    assert outputs(OVERLAPPING, {"x": 3}, **options) == "low"


def test_priority_ranks_by_each_output_in_turn() -> None:
    rules: list[Row] = [(["-"], ['"Approved"', '"Standard"']), (["-"], ['"Approved"', '"Best"']),
                        (["-"], ['"Declined"', '"Best"'])]
    options = dict(outputs=("status", "rate"), hit_policy="PRIORITY",
                   output_values={"status": '"Approved","Declined"', "rate": '"Best","Standard"'})
    result = model(rules, **options).evaluate("d", {"x": 1})
    assert result.outputs == {"status": "Approved", "rate": "Best"}
    assert [m.index for m in result.matched_rules] == [2]


def test_collect_lists_every_match_in_rule_order() -> None:
    result = model(OVERLAPPING, hit_policy="COLLECT").evaluate("d", {"x": 7})
    assert result.outputs == ["low", "mid"]
    assert result.as_dict() == {"result": ["low", "mid"]}


@pytest.mark.parametrize("aggregation, expected", [("SUM", 30), ("MIN", 10), ("MAX", 20), ("COUNT", 2)])
def test_collect_aggregations(aggregation: str, expected: int) -> None:
    rules: list[Row] = [(["< 10"], ["10"]), (["[5..20]"], ["20"]), (["> 20"], ["40"])]
    result = model(rules, hit_policy="COLLECT", aggregation=aggregation).evaluate("d", {"x": 7})
    assert result.outputs == expected
    assert result.as_dict() == {"result": expected}


def test_rule_order_keeps_rule_order_and_output_order_sorts_by_output_values() -> None:
    rules: list[Row] = [(["-"], ['"low"']), (["> 5"], ['"high"']), (["> 6"], ['"mid"'])]
    assert outputs(rules, {"x": 7}, hit_policy="RULE ORDER") == ["low", "high", "mid"]
    assert outputs(rules, {"x": 7}, hit_policy="OUTPUT ORDER",
                   output_values={"result": '"high","mid","low"'}) == ["high", "mid", "low"]


def test_several_outputs_give_dicts() -> None:
    rules: list[Row] = [(["< 10"], ['"low"', "1"]), (["[5..20]"], ['"mid"', "2"])]
    options = dict(outputs=("band", "rank"))
    assert outputs(rules, {"x": 3}, **options) == {"band": "low", "rank": 1}
    assert outputs(rules, {"x": 7}, hit_policy="RULE ORDER", **options) == [
        {"band": "low", "rank": 1}, {"band": "mid", "rank": 2}]
    collected = model(rules, hit_policy="COLLECT", **options).evaluate("d", {"x": 7})
    assert collected.as_dict() == {"band": ["low", "mid"], "rank": [1, 2]}


@pytest.mark.parametrize("policy", ["UNIQUE", "ANY", "FIRST", "COLLECT", "RULE ORDER"])
def test_no_match_is_null_and_require_raises(policy: str) -> None:
    result = model(OVERLAPPING, hit_policy=policy).evaluate("d", {"x": None})
    assert result.outputs is None and result.matched == [] and result.no_match
    with pytest.raises(NoMatch, match=r"decision 'd': no rule matched \(x = null\)"):
        result.require()


def test_no_match_as_dict_gives_none_or_empty_lists() -> None:
    assert model(OVERLAPPING).evaluate("d", {"x": None}).as_dict() == {"result": None}
    assert model(OVERLAPPING, hit_policy="COLLECT").evaluate("d", {"x": None}).as_dict() == {"result": []}


def test_default_outputs_apply_when_nothing_matches() -> None:
    rules: list[Row] = [(['"gold"'], ["0.1", '"fast"'])]
    result = model(rules, outputs=("discount", "lane"), defaults={"discount": "0"}).evaluate("d", {"x": "tin"})
    assert result.outputs == {"discount": 0, "lane": None}
    assert result.defaulted and result.matched_rules == [] and result.require() is result


def test_default_of_an_aggregated_collect_is_a_single_value() -> None:
    rules: list[Row] = [([">= 60"], ["5"]), (["< 18"], ["5"])]
    options = dict(hit_policy="COLLECT", aggregation="MAX", defaults={"result": "0"})
    assert outputs(rules, {"x": 30}, **options) == 0
    assert outputs(rules, {"x": 70}, **options) == 5


def test_an_input_outside_its_allowed_values_fails() -> None:
    table = model([(['"a"'], ["1"]), (['"b"'], ["2"])], input_values={1: '"a","b"'})
    assert table.evaluate("d", {"x": "b"}).outputs == 2
    assert table.evaluate("d", {"x": None}).outputs is None  # a missing value is no violation
    with pytest.raises(DecisionFailed, match=r"""input 'x' is "c", which is not among its allowed values "a","b\""""):
        table.evaluate("d", {"x": "c"})


def test_an_output_outside_its_allowed_values_fails() -> None:
    table = model([(["-"], ['"maybe"'])], output_values={"result": '"yes","no"'})
    with pytest.raises(DecisionFailed, match=r'rule 1 gives result = "maybe", which is not among its allowed'):
        table.evaluate("d", {"x": 1})


def test_ranking_policies_need_output_values() -> None:
    with pytest.raises(DmnInvalid, match="no output column lists its values"):
        model(OVERLAPPING, hit_policy="PRIORITY")


def test_cell_type_mismatches_are_explained() -> None:
    result = model(OVERLAPPING).evaluate("d", {"x": "seven"})
    assert result.outputs is None
    assert result.warnings[0] == """rule 1, input 'x': cannot compare string "seven" with number 10 using '<'"""
    assert result.explain()["warnings"] == result.warnings


def test_outputs_are_decimals_and_to_jsonable_converts_them() -> None:
    result = model([(["-"], ["15.00", "0.1", "1/3"])], outputs=("a", "b", "c")).evaluate("d", {"x": 1})
    assert result.outputs == {"a": D("15.00"), "b": D("0.1"), "c": D("0.3333333333333333333333333333333333")}
    assert to_jsonable(result.outputs) == {"a": 15, "b": 0.1, "c": "0.3333333333333333333333333333333333"}
