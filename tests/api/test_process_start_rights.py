"""Who may start which process by hand: the processes Ordra starts itself for an order (the order process, the
plans, their compensation) only for a process admin, on the API and the Instances page alike."""
from __future__ import annotations

from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from tests.workspace.workspace_support import login
from tests.workspace.workspace_support import seed_shop

OWN = ("customer_order", "plan_product_order", "plan_field_visit.compensation")
VISIT = {"order_id": 1, "domain_order_id": 7, "spec": "Site visit", "action": "add", "site_postcode": "SW1A 1AA"}


@pytest.fixture()
def shipped(app: Flask) -> None:
    seed_shop(app)


@pytest.mark.parametrize("process_id", OWN)
def test_staff_may_not_start_what_ordra_starts_for_an_order(api: Any, shipped: None, process_id: str) -> None:
    refused = api.post(f"/api/v1/processes/{process_id}/instances", user="agent", json={"data": {"order_id": 1}})
    assert refused.status_code == 403
    assert refused.json["errors"][0]["message"] == (
        f"{process_id} is started by Ordra itself for an order; only a process admin may start it by hand")


def test_staff_still_start_the_others_and_a_process_admin_any(api: Any, shipped: None) -> None:
    assert api.post("/api/v1/processes/change_request/instances", user="agent",
                    json={"data": {"customer": "Acme Ltd"}}).status_code == 201
    started = api.post("/api/v1/processes/plan_field_visit/instances", user="admin", json={"data": VISIT})
    assert started.status_code == 201, started.json  # the studio's runs of a plan


def test_the_instances_page_offers_and_starts_the_same(app: Flask, client: FlaskClient, shipped: None) -> None:
    login(client, "agent")
    offered = client.get("/instances/").get_data(as_text=True)
    assert "<option>change_request</option>" in offered
    assert not any(f"<option>{process_id}</option>" in offered for process_id in OWN)
    assert client.post("/instances/start", data={"process_id": "plan_product_order", "data": "{}"}).status_code == 403
    login(client, "admin")
    assert "<option>plan_product_order</option>" in client.get("/instances/").get_data(as_text=True)


_DECOMPOSITION = """<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="D" namespace="http://t">
  <decision id="decomposition" name="Decomposition">
    <decisionTable id="t" hitPolicy="FIRST">
      <input id="i" label="Spec kind">
        <inputExpression id="ie" typeRef="string"><text>kind</text></inputExpression></input>
      <output id="o1" name="domain_type" typeRef="string" />
      <output id="o2" name="plan" typeRef="string" />
      <rule id="r1"><inputEntry id="r1i"><text>"service"</text></inputEntry>
        <outputEntry id="r1a"><text>"service"</text></outputEntry>
        <outputEntry id="r1b"><text>"fibre_fulfilment"</text></outputEntry></rule>
      <rule id="r2"><inputEntry id="r2i"><text>-</text></inputEntry>
        <outputEntry id="r2a"><text>"none"</text></outputEntry>
        <outputEntry id="r2b"><text>""</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>
"""
_PLAN = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="p" targetNamespace="http://t">
  <bpmn:process id="fibre_fulfilment" name="Fibre fulfilment" isExecutable="true">
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end" />
    <bpmn:endEvent id="end"><bpmn:incoming>f1</bpmn:incoming></bpmn:endEvent>
  </bpmn:process>
</bpmn:definitions>
"""


def test_a_plan_is_known_by_the_decomposition_decision_naming_it_not_by_its_name(api: Any, tmp_path: Any) -> None:
    """A house whose plans do not begin with ``plan_``: the plan the deployed decomposition decision names is
    Ordra's to start, without listing it in ``SYSTEM_STARTED_PROCESSES``."""
    (tmp_path / "fibre_fulfilment.bpmn").write_text(_PLAN)
    (tmp_path / "decomposition.dmn").write_text(_DECOMPOSITION)
    assert api.deploy(tmp_path / "fibre_fulfilment.bpmn").status_code == 201
    start = "/api/v1/processes/fibre_fulfilment/instances"
    assert api.post(start, user="agent", json={"data": {}}).status_code == 201  # no decision names it yet
    assert api.deploy(tmp_path / "decomposition.dmn").status_code == 201
    refused = api.post(start, user="agent", json={"data": {"order_id": 1}})
    assert refused.status_code == 403, refused.json
    assert api.post(start, user="admin", json={"data": {}}).status_code == 201
