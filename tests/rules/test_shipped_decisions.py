"""Every row of every shipped decision table (dmn/), each with a case that must hit exactly that row.

The rows are read from the files, so a row added without a case here fails
``test_every_row_of_every_shipped_table_has_a_case``; a case whose row was removed fails too.
A case gives the facts and the outputs the row must give (for a FIRST table, the row must be the
first that matches: the case also proves the rows above it do not catch it).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from app.rules import compile_dmn
from app.rules import to_jsonable

DMN = Path(__file__).resolve().parents[2] / "dmn"

Case = tuple[dict[str, Any], dict[str, Any]]  # facts, outputs the row gives

NONE = {"domain_type": "none", "plan": "", "rank": 0}

CASES: dict[tuple[str, str], dict[str, Case]] = {
    ("approval_level.dmn", "approval_level"): {
        "r_small": ({"bandwidth": 100, "surcharge": 0}, {"approval_needed": False, "level": "standard"}),
        "r_small_cabling": ({"bandwidth": 499, "surcharge": 120}, {"approval_needed": True, "level": "works"}),
        "r_large": ({"bandwidth": 500, "surcharge": 0}, {"approval_needed": True, "level": "high bandwidth"}),
    },
    ("decomposition.dmn", "decomposition"): {
        "r0": ({"kind": "resource", "spec": "ONT", "action": "suspend"}, NONE),
        "r1": ({"kind": "cfs", "spec": "Fibre Access", "action": "add"}, NONE),
        "r2": ({"kind": "resource", "spec": "IPv4 Address", "action": "add", "static_ip": True}, NONE),
        "r3": ({"kind": "resource", "spec": "IPv4 Address", "action": "add", "product_spec": "Static IP Product"},
               NONE),
        "r4": ({"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": True},
               {"domain_type": "resource", "plan": "plan_resource_order", "watches": "static_ip", "rank": 1}),
        "r5": ({"kind": "resource", "spec": "IPv4 Block", "action": "add", "product_spec": "Static IP Product"},
               {"domain_type": "resource", "plan": "plan_resource_order", "watches": "", "rank": 1}),
        "r6": ({"kind": "resource", "spec": "IPv4 Block", "action": "add", "static_ip": False}, NONE),
        "r7": ({"kind": "resource", "spec": "IPv4 Address", "action": "modify"},
               {"domain_type": "resource", "plan": "plan_resource_order", "watches": "static_ip", "rank": 1}),
        "r8": ({"kind": "resource", "spec": "Voice Channel", "action": "add"},
               {"domain_type": "resource", "plan": "plan_resource_order", "watches": "channels", "rank": 1}),
        "r9": ({"kind": "resource", "spec": "Telephone Number", "action": "add"},
               {"domain_type": "resource", "plan": "plan_resource_order", "watches": "numbers", "rank": 1}),
        "r10": ({"kind": "resource", "spec": "ONT", "action": "add"},
                {"domain_type": "resource", "plan": "plan_resource_order", "watches": "", "rank": 1}),
        "r11": ({"kind": "rfs", "spec": "Access Line", "action": "add"},
                {"domain_type": "service", "plan": "plan_service_order", "requires": "survey_result",
                 "watches": "bandwidth", "rank": 2}),
        "r12": ({"kind": "rfs", "spec": "Access Line", "action": "modify"},
                {"domain_type": "service", "plan": "plan_service_order", "requires": "", "watches": "bandwidth",
                 "rank": 2}),
        "r13": ({"kind": "rfs", "spec": "IP Connectivity", "action": "add"},
                {"domain_type": "service", "requires": "survey_result", "watches": "static_ip"}),
        "r14": ({"kind": "rfs", "spec": "CPE Provisioning", "action": "add"},
                {"domain_type": "service", "requires": "survey_result", "watches": "wifi"}),
        "r15": ({"kind": "rfs", "spec": "SIP Trunk", "action": "add"},
                {"domain_type": "service", "requires": "survey_result", "watches": "channels,numbers"}),
        "r16": ({"kind": "rfs", "spec": "Field Visit", "action": "add"},
                {"domain_type": "service", "plan": "plan_field_visit", "requires": "",
                 "provides": "survey_result,site_installed", "rank": 2}),
        "r17": ({"kind": "rfs", "spec": "Field Visit", "action": "delete"}, NONE),
        "r18": ({"kind": "rfs", "spec": "Number Porting", "action": "add"},
                {"domain_type": "service", "plan": "plan_service_order", "watches": "*", "rank": 2}),
        "r19_add": ({"kind": "product", "spec": "Business Fibre", "action": "add"},
                    {"domain_type": "product", "plan": "plan_product_order", "requires": "site_installed",
                     "watches": "*", "rank": 3}),
        "r19": ({"kind": "product", "spec": "Business Fibre", "action": "modify"},
                {"domain_type": "product", "plan": "plan_product_order", "requires": "", "watches": "*", "rank": 3}),
    },
    ("fallout_policy.dmn", "fallout_policy"): {
        "transient_retry": ({"error_code": "TIMEOUT", "connector": "inventory/reserve", "attempt": 3},
                            {"category": "transient", "action": "retry", "retry_after": "PT30S"}),
        "transient_manual": ({"error_code": "BUSY", "connector": "inventory/reserve", "attempt": 4},
                             {"category": "transient", "action": "manual", "retry_after": None}),
        "network_capacity": ({"error_code": "PORT_UNAVAILABLE", "connector": "provisioning/activate", "attempt": 1},
                             {"category": "network capacity", "action": "manual", "assign_to": "fallout_agent"}),
        "data_error": ({"error_code": "INVALID_DATA", "connector": "billing/activate", "attempt": 1},
                       {"category": "data error", "action": "manual"}),
        "model_error": ({"error_code": "SCRIPT_ERROR", "connector": None, "attempt": 1},
                        {"category": "model error", "assign_to": "fallout_manager"}),
        "anything_else": ({"error_code": "HTTP_418", "connector": "x", "attempt": 1},
                          {"category": "unclassified", "action": "manual", "assign_to": "fallout_agent"}),
    },
    ("jeopardy_sla.dmn", "jeopardy_sla"): {
        "fallout_urgent": ({"task_type": "fallout", "priority": "high", "sla_class": "gold"},
                           {"warn_after": "PT1H", "due_after": "PT2H", "clock": "24x7"}),
        "fallout": ({"task_type": "fallout", "priority": "normal", "sla_class": "gold"},
                    {"warn_after": "PT4H", "due_after": "PT8H", "clock": "24x7"}),
        "work_order_premium": ({"task_type": "work_order", "priority": "normal", "sla_class": "premium"},
                               {"warn_after": "PT4H", "due_after": "PT8H", "clock": "24x7"}),
        "work_order": ({"task_type": "work_order", "priority": "high", "sla_class": "bronze"},
                       {"warn_after": "P1D", "due_after": "P2D", "clock": "24x7"}),
        "order_task": ({"task_type": "order_task", "priority": "normal", "sla_class": None},
                       {"warn_after": "PT4H", "due_after": "P1D", "clock": "24x7"}),
        "customer_order": ({"task_type": "customer_order", "priority": "normal", "sla_class": "bronze"},
                           {"warn_after": "P0D", "due_after": "P2D", "clock": "24x7"}),
        "domain_order": ({"task_type": "domain_order", "priority": "high", "sla_class": "gold"},
                         {"warn_after": "PT1H", "due_after": "PT2H", "clock": "24x7"}),
        "service_call": ({"task_type": "service_call", "priority": "normal", "sla_class": "bronze"},
                         {"warn_after": "PT30M", "due_after": "PT2H", "clock": "24x7"}),
    },
    ("order_enrichment.dmn", "enrichment_site"): {
        "site_ec": ({"site_postcode": "wc2n 5du"}, {"region": "London", "serving_exchange": "LDN-CITY",
                                                    "survey_needed": False, "technical_details_needed": False}),
        "site_sw": ({"site_postcode": "SE1 9SG"}, {"region": "London", "serving_exchange": "LDN-SOUTH",
                                                   "survey_needed": True}),
        "site_m": ({"site_postcode": "M1 1AE"}, {"region": "North West", "serving_exchange": "MAN-CENTRAL"}),
        "site_eh": ({"site_postcode": "EH6 6JJ"}, {"region": "Scotland", "serving_exchange": "EDI-LEITH"}),
        "site_other": ({"site_postcode": "ZZ9 9ZZ"}, {"region": "Unknown", "serving_exchange": "",
                                                      "survey_needed": True, "technical_details_needed": True}),
    },
    ("order_enrichment.dmn", "enrichment_customer"): {
        "seg_enterprise": ({"segment": "enterprise"}, {"priority": "high", "sla_class": "gold"}),
        "seg_public": ({"segment": "public_sector"}, {"priority": "high", "sla_class": "silver"}),
        "seg_other": ({"segment": "smb"}, {"priority": "normal", "sla_class": "bronze"}),
    },
    ("pricing_fibre.dmn", "pricing_fibre"): {
        f"fibre_r{n}": ({"bandwidth": bandwidth, "contract_term": term}, {"monthly_price": monthly, "setup_fee": setup})
        for n, (bandwidth, term, monthly, setup) in enumerate([
            (100, 12, 89, 450), (100, 24, 79.5, 250), (100, 36, 69, 0), (500, 12, 179, 450), (500, 24, 159, 250),
            (500, 36, 139, 0), (1000, 12, 329, 450), (1000, 24, 295, 250), (1000, 36, 265, 0)], 1)
    },
    ("pricing_voice.dmn", "pricing_voice"): {
        "voice_r1": ({"channels": 2}, {"monthly_price": 36, "setup_fee": 95}),
        "voice_r2": ({"channels": 10}, {"monthly_price": 82, "setup_fee": 145}),
        "voice_r3": ({"channels": 11}, {"monthly_price": 149, "setup_fee": 195}),
        "voice_r4": ({"channels": 30}, {"monthly_price": 210, "setup_fee": 245}),
    },
    ("order_approval.dmn", "order_approval"): {
        "oa_status_change_only": ({"items": [{"action": "suspend"}, {"action": "delete"}]},
                                  {"order_approval_needed": False}),
        "oa_commercial": ({"items": [{"action": "resume"}, {"action": "add"}]}, {"order_approval_needed": True}),
    },
    ("revision_approval.dmn", "revision_approval"): {
        "rev_discounts": ({"discounts_over_limit": True, "recurring_delta": 0, "one_time_delta": 0},
                          {"approval_needed": True, "reason": "the revised order carries discounts above the limit"}),
        "rev_monthly": ({"discounts_over_limit": False, "recurring_delta": 250.01, "one_time_delta": 900},
                        {"approval_needed": True, "reason": "the monthly price goes up by more than 250.00"}),
        "rev_one_time": ({"discounts_over_limit": False, "recurring_delta": 250, "one_time_delta": 500.01},
                         {"approval_needed": True, "reason": "one-time charges go up by more than 500.00"}),
        "rev_none": ({"discounts_over_limit": False, "recurring_delta": 250, "one_time_delta": 500},
                     {"approval_needed": False, "reason": ""}),
    },
}


def shipped_rows() -> list[tuple[str, str, str]]:
    """(file, decision id, rule id) of every rule of every decision table in dmn/, in file order."""
    rows = []
    for path in sorted(DMN.glob("*.dmn")):
        root = etree.parse(str(path)).getroot()
        for decision in root.iterfind("{*}decision"):
            for rule in decision.iterfind("{*}decisionTable/{*}rule"):
                rows.append((path.name, decision.get("id"), rule.get("id")))
    return rows


ROWS = shipped_rows()


def test_every_row_of_every_shipped_table_has_a_case() -> None:
    missing = [row for row in ROWS if row[2] not in CASES.get(row[:2], {})]
    stale = [(file, decision, rule) for (file, decision), cases in CASES.items() for rule in cases
             if (file, decision, rule) not in ROWS]
    assert missing == [] and stale == []
    assert {file for file, _, _ in ROWS} == {path.name for path in DMN.glob("*.dmn")}  # every file has rows


@pytest.mark.parametrize(("file", "decision", "rule"), [row for row in ROWS if row[2] in CASES.get(row[:2], {})],
                         ids=["/".join(row) for row in ROWS if row[2] in CASES.get(row[:2], {})])
def test_the_case_hits_its_row_and_gives_its_outputs(file: str, decision: str, rule: str) -> None:
    facts, expected = CASES[file, decision][rule]
    model = compile_dmn((DMN / file).read_bytes(), file)
    result = model.evaluate(decision, {**_all_inputs_null(file, decision), **facts})
    assert [m.rule_id for m in result.matched_rules][:1] == [rule], result.explain()
    outputs = to_jsonable(result.as_dict())
    assert {name: outputs.get(name) for name in expected} == expected


def _all_inputs_null(file: str, decision: str) -> dict[str, Any]:
    """Every plain input of the table, null unless the case sets it (an absent fact is null in FEEL too)."""
    root = etree.parse(str(DMN / file)).getroot()
    texts = root.xpath(f"//*[local-name()='decision'][@id='{decision}']//*[local-name()='inputExpression']"
                       "/*[local-name()='text']/text()")
    return {text.strip(): None for text in texts if text.strip().isidentifier()}
