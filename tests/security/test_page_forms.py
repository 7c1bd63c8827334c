"""Page forms under input no browser sends: JSON bodies that hold no form, numbers that are not finite and JSON
typed into a text field that nests past any limit. Each was a 500 (found by a fuzz sweep); each is now a 4xx page
and nothing is stored."""
from __future__ import annotations

import json

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func
from sqlalchemy import select

from app.connectors.models import SimulatorRule
from app.extensions import db
from tests.orders.conftest import seeded  # noqa: F401  (the shipped models, the demo catalog and accounts)

pytestmark = pytest.mark.usefixtures("seeded")
DEEP = "[" * 1000 + "]" * 1000
NOT_A_FORM = ['"x"', "123", "true", '[{"op": "replace", "path": "/x", "value": 1}]', '{"name": 5}',
              '{"error_code": {"a": "b"}}', '{"rate": [1, 2]}']
PAGE_FORMS = [("admin", "/simulator/rules"), ("admin", "/simulator/rules/1"), ("admin", "/catalog/offerings/new"),
              ("admin", "/studio/"), ("admin", "/studio/decisions/approval_level"), (None, "/login"),
              ("falloutmgr", "/fallout/dashboard/reassign")]


def login(client: FlaskClient, username: str) -> None:
    assert client.post("/login", data={"username": username, "password": "demo"}).status_code == 302


def rules(app: Flask) -> int:
    with app.app_context():
        return int(db.session.scalar(select(func.count()).select_from(SimulatorRule)) or 0)


@pytest.mark.parametrize("user,path", PAGE_FORMS)
def test_a_json_body_that_holds_no_form_is_400(app: Flask, client: FlaskClient, user: str | None,
                                               path: str) -> None:
    if user:
        login(client, user)
    before = rules(app)
    for body in NOT_A_FORM:
        response = client.post(path, data=body, content_type="application/json")
        assert response.status_code == 400, (body, response.status_code)
        assert "a form is posted as form fields" in response.get_data(as_text=True)
    assert rules(app) == before


def test_a_json_object_of_texts_is_still_read_as_the_form(client: FlaskClient) -> None:
    response = client.post("/login", data=json.dumps({"username": "admin", "password": "demo"}),
                           content_type="application/json")
    assert response.status_code == 302


@pytest.mark.parametrize("rate", ["sNaN", "NaN", "Infinity", "-Infinity"])
def test_a_rate_that_is_no_finite_number_is_refused_on_the_simulator_form(app: Flask,
                                                                          client: FlaskClient, rate: str) -> None:
    login(client, "admin")
    before = rules(app)
    form = {"connector": "provisioning/activate", "error_code": "E1", "rate": rate, "enabled": "y"}
    response = client.post("/simulator/rules", data=form)
    assert response.status_code == 422
    assert "Not a valid decimal value." in response.get_data(as_text=True)
    assert rules(app) == before


@pytest.mark.parametrize("amount", ["sNaN", "Infinity"])
def test_a_price_amount_that_is_no_finite_number_is_refused(client: FlaskClient, amount: str) -> None:
    login(client, "admin")
    form = {"name": "Fuzzed", "lifecycle_status": "Active", "prices-0-name": "Monthly",
            "prices-0-price_type": "recurring", "prices-0-amount": amount}
    response = client.post("/catalog/offerings/new", data=form)
    assert response.status_code == 422
    assert "Not a valid decimal value." in response.get_data(as_text=True)
    assert "Fuzzed" not in client.get("/catalog/").get_data(as_text=True)


def test_json_typed_into_a_field_that_nests_too_deep_is_refused_naming_the_field(client: FlaskClient) -> None:
    login(client, "admin")
    started = client.post("/instances/start", data={"process_id": "change_request", "data": DEEP})
    assert started.status_code == 422 and "data" in started.get_data(as_text=True)
    assert "nests deeper than" in started.get_data(as_text=True)
    tried = client.post("/studio/decisions/approval_level", data={"input-0": "", "input-1": "", "facts": DEEP})
    assert tried.status_code == 422 and "nests deeper than" in tried.get_data(as_text=True)
    not_finite = client.post("/instances/start", data={"process_id": "change_request", "data": '{"a": NaN}'})
    assert not_finite.status_code == 422 and "must be a finite number" in not_finite.get_data(as_text=True)


@pytest.mark.parametrize("value", ["Infinity", "-Infinity", "sNaN", "NaN"])
def test_a_decision_input_that_is_no_finite_number_is_refused(client: FlaskClient, value: str) -> None:
    login(client, "admin")
    response = client.post("/studio/decisions/approval_level", data={"input-0": value, "input-1": "0", "facts": "{}"})
    assert response.status_code == 422
    assert "must be a number" in response.get_data(as_text=True)


def test_json_that_does_not_parse_is_shown_on_the_instances_page_next_to_the_field(client: FlaskClient) -> None:
    """It was a bare 422 error page ("Back to your tasklist"): what was typed was lost and the form gone."""
    login(client, "admin")
    typed = '{"customer": "Acme"'
    started = client.post("/instances/start", data={"process_id": "change_request", "data": typed})
    page = started.get_data(as_text=True)
    assert started.status_code == 422 and "<h1>Process instances</h1>" in page
    assert 'id="data-error"' in page and "not valid JSON" in page
    assert 'value="{&#34;customer&#34;: &#34;Acme&#34;"' in page  # what was typed, to mend
    assert '<option selected>change_request</option>' in page
    listed = client.post("/instances/start", data={"process_id": "change_request", "data": "[1]"})
    assert listed.status_code == 422 and "must be a JSON object" in listed.get_data(as_text=True)
