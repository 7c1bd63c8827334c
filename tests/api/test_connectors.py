"""Connectors: declared inputs and outputs (listed over the API, checked on every call), demo
simulators only in demo mode, and the generic REST connector against a local HTTP server."""
from __future__ import annotations

import io
import json
import threading
from collections.abc import Callable
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from app import connectors
from app.config import ConfigError
from app.connectors import Connector
from app.connectors import ConnectorError
from app.connectors import schema
from app.connectors.rest import connectors_from_config
from tests.conftest import make_app
from tests.helpers import DATA
from tests.helpers import Api

Answer = Callable[[dict[str, Any], dict[str, str]], tuple[int, Any]]


class FakeSystem:
    """A local HTTP server answering each POST with the next of ``answers`` (the last one repeats)."""

    def __init__(self, answers: list[Answer]) -> None:
        self.answers = answers
        self.requests: list[tuple[dict[str, Any], dict[str, str]]] = []
        system = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                headers = {k.lower(): v for k, v in self.headers.items()}
                system.requests.append((body, headers))
                answer = system.answers[min(len(system.requests), len(system.answers)) - 1]
                status, payload = answer(body, headers)
                if status == 0:  # no answer in time: hold the line past the client's timeout
                    threading.Event().wait(payload)
                    return
                raw = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/calls"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def system() -> Iterator[Callable[..., FakeSystem]]:
    started: list[FakeSystem] = []

    def start(*answers: Answer) -> FakeSystem:
        started.append(FakeSystem(list(answers)))
        return started[-1]
    yield start
    for fake in started:
        fake.close()


def reserved(body: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any]:
    return 200, {"resource_id": "R-1", "resource_type": body["resource_type"], "serial_number": "SN-9",
                 "status": "reserved"}


def status(code: int, payload: Any = None) -> Answer:
    return lambda body, headers: (code, payload if payload is not None else {})


def endpoint(url: str, **settings: Any) -> Connector:
    (connector,) = connectors_from_config({"inventory/reserve": {"url": url, "backoff": 0, **settings}})
    return connector


# --- declared inputs and outputs -----------------------------------------------------------------


def test_the_api_lists_every_connector_with_its_declared_inputs_and_outputs(api: Api) -> None:
    listed = {c["name"]: c for c in api.get("/api/v1/connectors", user="admin").json}
    assert {"ordra/decompose", "inventory/reserve", "provisioning/activate", "billing/activate"} <= set(listed)
    reserve = listed["inventory/reserve"]
    assert reserve["kind"] == "demo"
    assert reserve["inputs"]["required"] == ["resource_type"]
    assert "serial_number" in reserve["outputs"]["properties"]
    assert listed["ordra/decompose"]["kind"] == "builtin"
    one = api.get("/api/v1/connectors/field_service/schedule", user="admin")
    assert one.status_code == 200 and one.json["inputs"]["required"] == ["site_postcode", "work"]
    assert api.get("/api/v1/connectors/no/such", user="admin").status_code == 404
    assert api.get("/api/v1/connectors", user="alice").status_code == 403
    assert api.client.get("/api/v1/connectors").status_code == 401


def test_a_call_is_checked_against_the_declared_inputs_and_outputs(app: Flask) -> None:
    answers: list[Any] = [{"id": "A-1"}, {"id": 7}]
    connectors.register(app, Connector(
        "test/echo", lambda params, key: answers.pop(0),
        inputs=schema({"size": {"type": "integer", "minimum": 1}, "name": {"type": "string"}}, "name"),
        outputs=schema({"id": {"type": "string"}}, "id")))
    with app.app_context():
        with pytest.raises(ConnectorError) as missing:
            connectors.invoke("test/echo", {"name": "", "size": 2}, idempotency_key="k1")
        assert missing.value.code == "MISSING_DATA" and missing.value.response == {"missing": ["name"]}
        with pytest.raises(ConnectorError) as invalid:
            connectors.invoke("test/echo", {"name": "x", "size": 0}, idempotency_key="k2")
        assert invalid.value.code == "INVALID_DATA" and invalid.value.response["errors"][0]["field"] == "size"
        assert connectors.invoke("test/echo", {"name": "x", "size": 3}, idempotency_key="k3") == {"id": "A-1"}
        with pytest.raises(ConnectorError) as bad_answer:
            connectors.invoke("test/echo", {"name": "x"}, idempotency_key="k4")
        assert bad_answer.value.code == "INVALID_RESPONSE"
        with pytest.raises(ConnectorError) as unknown:
            connectors.invoke("test/none", {}, idempotency_key="k5")
        assert unknown.value.code == "UNKNOWN_CONNECTOR"


def test_the_simulators_exist_only_in_demo_mode(database_url: str, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    production = make_app(database_url, DEMO_CONNECTORS=False)
    with production.app_context():
        names = connectors.names()
    assert "ordra/decompose" in names
    assert not [n for n in names if not n.startswith("ordra/")]
    client = Api(production.test_client())
    refused = client.deploy(DATA / "models" / "reserve_equipment.bpmn")
    assert refused.status_code == 422
    assert "inventory/reserve" in json.dumps(refused.json)


def test_a_model_whose_service_task_misses_a_required_input_is_refused_at_upload(api: Api) -> None:
    model = (DATA / "models" / "reserve_equipment.bpmn").read_bytes()
    without = model.replace(b'<spiffworkflow:parameter id="resource_type" type="str" value="resource_type" />', b"")
    assert without != model
    refused = api.post("/api/v1/models/validate", data={"files": [(io.BytesIO(without), "reserve_equipment.bpmn")]},
                       content_type="multipart/form-data")
    assert refused.json["valid"] is False
    (error,) = refused.json["errors"]
    assert error["element"] == "reserve" and "inventory/reserve" in error["message"]
    assert "without its required parameter(s) resource_type" in error["message"]
    assert api.deploy(DATA / "models" / "reserve_equipment.bpmn").status_code == 201  # with it: accepted


def test_a_demo_system_remembers_its_answers_in_one_statement_per_new_key(app: Flask,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A new key costs one ledger statement; a repeated key gets the first answer with neither latency nor the
    simulated failures; a failed request leaves nothing behind, so the same key can succeed later."""
    from sqlalchemy import event
    from sqlalchemy import select

    from app.connectors import demo
    from app.connectors.models import DemoLedgerEntry
    from app.connectors.models import SimulatorRule
    from app.database import unit_of_work
    from app.extensions import db
    slept: list[float] = []
    monkeypatch.setattr(demo.time, "sleep", slept.append)
    app.config["DEMO_CONNECTOR_LATENCY"] = 0.5
    ledger: list[str] = []
    with app.app_context():
        def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            if "demo_connector_ledger" in statement:
                ledger.append(statement.split()[0])
        event.listen(db.engine, "before_cursor_execute", count)
        with unit_of_work():
            first = connectors.invoke("inventory/reserve", {"resource_type": "ont"}, idempotency_key="k-1")
        assert (ledger, slept) == (["INSERT"], [0.5])
        with unit_of_work():
            db.session.add(SimulatorRule(connector="inventory/reserve", error_code="OUT_OF_STOCK", rate=1.0))
        with unit_of_work():
            assert connectors.invoke("inventory/reserve", {"resource_type": "ont"}, idempotency_key="k-1") == first
            assert slept == [0.5]  # served from the ledger: no latency, no failure
            with pytest.raises(ConnectorError) as refused:
                connectors.invoke("inventory/reserve", {"resource_type": "ont"}, idempotency_key="k-2")
        assert refused.value.code == "OUT_OF_STOCK" and slept == [0.5, 0.5]
        with unit_of_work():
            db.session.execute(SimulatorRule.__table__.delete())
        with unit_of_work():
            again = connectors.invoke("inventory/reserve", {"resource_type": "ont"}, idempotency_key="k-2")
            keys = db.session.scalars(select(DemoLedgerEntry.idempotency_key).order_by(DemoLedgerEntry.id)).all()
        event.remove(db.engine, "before_cursor_execute", count)
    assert again["resource_id"] != first["resource_id"] and keys == ["k-1", "k-2"]


def test_a_demo_system_refusing_the_input_answers_a_served_key_from_its_ledger(app: Flask) -> None:
    from app.connectors.demo import release_resource
    from app.database import unit_of_work
    with app.app_context():
        with unit_of_work():
            with pytest.raises(ConnectorError) as unknown:
                release_resource({"resource_id": "RES-1"}, "r-1")
            reserved = connectors.invoke("inventory/reserve", {"resource_type": "ont"}, idempotency_key="k-1")
            released = release_resource({"resource_id": reserved["resource_id"]}, "r-2")
            assert release_resource({"resource_id": "RES-1"}, "r-2") == released  # the key's first answer
    assert unknown.value.code == "UNKNOWN_RESOURCE" and released["status"] == "released"


def test_the_demo_billing_system_acts_on_the_item_it_created(app: Flask) -> None:
    """Given a billing item id it re-rates, pauses, resumes or stops that item (no new one); it refuses an item it
    never created and one it stopped, and answers a served key from its ledger as the other demo systems do."""
    from app.connectors.billing import activate_billing
    from app.database import unit_of_work
    bill = {"account_id": 1, "product": "Fibre", "recurring": "50", "one_time": "100"}
    with app.app_context(), unit_of_work():
        started = activate_billing(bill, "b-1")
        item = started["billing_item_id"]
        rerated = activate_billing({**bill, "billing_item_id": item, "action": "modify", "recurring": "70"}, "b-2")
        paused = activate_billing({**bill, "billing_item_id": item, "action": "suspend", "recurring": "0"}, "b-3")
        stopped = activate_billing({**bill, "billing_item_id": item, "action": "delete", "recurring": "0"}, "b-4")
        assert activate_billing({**bill, "billing_item_id": item, "action": "delete"}, "b-4") == stopped
        with pytest.raises(ConnectorError) as again:
            activate_billing({**bill, "billing_item_id": item, "action": "resume"}, "b-5")
        with pytest.raises(ConnectorError) as unknown:
            activate_billing({**bill, "billing_item_id": "BIL-9999999", "action": "delete"}, "b-6")
        with pytest.raises(ConnectorError) as other_account:
            activate_billing({**bill, "account_id": 2, "billing_item_id": item, "action": "suspend"}, "b-7")
    assert other_account.value.code == "UNKNOWN_BILLING_ITEM"
    assert {r["billing_item_id"] for r in (rerated, paused, stopped)} == {item}
    assert [(r["status"], r["recurring"]) for r in (rerated, paused, stopped)] == [
        ("active", "70"), ("suspended", "70"), ("ceased", "70")]  # a pause or stop keeps the item's rate
    assert (again.value.code, unknown.value.code) == ("BILLING_ITEM_STOPPED", "UNKNOWN_BILLING_ITEM")


@pytest.mark.parametrize("action", ["modify", "suspend", "resume", "delete"])
def test_the_demo_network_changes_only_a_service_it_is_named(app: Flask, action: str) -> None:
    """A suspension with no service id set up a new, active-looking service (once a skipped activation left the
    product's service without one); the network refuses it, as it refuses an unknown resource."""
    from app.connectors.demo import activate_service
    from app.database import unit_of_work
    with app.app_context(), unit_of_work(), pytest.raises(ConnectorError) as refused:
        activate_service({"service": "Access Line", "action": action}, f"{action}-1")
    assert refused.value.code == "MISSING_DATA" and "service_id" in str(refused.value)


# --- the REST connector ---------------------------------------------------------------------------


def test_rest_connector_posts_the_parameters_with_the_idempotency_key(system: Callable[..., FakeSystem]) -> None:
    fake = system(reserved)
    connector = endpoint(fake.url, headers={"X-Api-Key": "secret"})
    assert connector.call({"resource_type": "ONT"}, "42:reserve:1")["serial_number"] == "SN-9"
    ((body, headers),) = fake.requests
    assert body == {"resource_type": "ONT"}
    assert headers["idempotency-key"] == "42:reserve:1" and headers["x-api-key"] == "secret"


def test_rest_connector_retries_unavailable_systems_with_the_same_key(system: Callable[..., FakeSystem]) -> None:
    fake = system(status(503), status(429), reserved)
    assert endpoint(fake.url, retries=2).call({"resource_type": "ONT"}, "k-7")["resource_id"] == "R-1"
    assert [h["idempotency-key"] for _, h in fake.requests] == ["k-7", "k-7", "k-7"]


def test_rest_connector_gives_up_after_its_retries(system: Callable[..., FakeSystem]) -> None:
    fake = system(status(502, {"message": "gateway down"}))
    with pytest.raises(ConnectorError) as failed:
        endpoint(fake.url, retries=1).call({"resource_type": "ONT"}, "k")
    assert failed.value.code == "UNAVAILABLE" and "2 attempts" in str(failed.value)
    assert len(fake.requests) == 2


def test_rest_connector_does_not_retry_a_refusal_and_keeps_its_code(system: Callable[..., FakeSystem]) -> None:
    fake = system(status(422, {"code": "PORT_UNAVAILABLE", "message": "no free port"}))
    with pytest.raises(ConnectorError) as refused:
        endpoint(fake.url, retries=3).call({"resource_type": "ONT"}, "k")
    assert refused.value.code == "PORT_UNAVAILABLE" and "no free port" in str(refused.value)
    assert refused.value.response == {"code": "PORT_UNAVAILABLE", "message": "no free port"}
    assert len(fake.requests) == 1
    plain = system(status(404, b"not here"))
    with pytest.raises(ConnectorError) as missing:
        endpoint(plain.url).call({}, "k")
    assert missing.value.code == "HTTP_404"


def test_rest_connector_times_out(system: Callable[..., FakeSystem]) -> None:
    fake = system(lambda body, headers: (0, 2.0))
    with pytest.raises(ConnectorError) as slow:
        endpoint(fake.url, timeout=0.2, retries=1).call({"resource_type": "ONT"}, "k")
    assert slow.value.code == "TIMEOUT"
    assert len(fake.requests) == 2


def test_rest_connector_refuses_an_answer_that_is_not_json(system: Callable[..., FakeSystem]) -> None:
    fake = system(status(200, b"<html>"))
    with pytest.raises(ConnectorError) as bad:
        endpoint(fake.url).call({}, "k")
    assert bad.value.code == "INVALID_RESPONSE"


@pytest.mark.parametrize(("settings", "message"), [
    ({"url": "ftp://x"}, "needs a 'url'"),
    ({"url": "http://x", "timout": 3}, "unknown setting(s) timout"),
    ({"url": "http://x", "timeout": "soon"}, "could not convert"),
    ({"url": "http://x", "timeout": 0}, "timeout must be positive"),
    ({"url": "http://x", "inputs": {"type": "nonsense"}}, "not a JSON Schema"),
])
def test_a_bad_endpoint_setting_stops_start_up_with_its_name(settings: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as bad:
        connectors_from_config({"inventory/reserve": settings})
    assert message in str(bad.value) and "inventory/reserve" in str(bad.value)


def test_a_plan_runs_against_a_configured_rest_endpoint(database_url: str, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        system: Callable[..., FakeSystem]) -> None:
    fake = system(status(503), reserved)
    monkeypatch.setenv("ORDRA_INSTANCE_PATH", str(tmp_path))
    app = make_app(database_url, DEMO_CONNECTORS=False,
                   CONNECTORS={"inventory/reserve": {"url": fake.url, "backoff": 0,
                                                     "outputs": schema({"serial_number": {"type": "string"}},
                                                                       "serial_number")}})
    api = Api(app.test_client())
    assert api.deploy(DATA / "models" / "reserve_equipment.bpmn").status_code == 201
    started = api.post("/api/v1/processes/reserve_equipment/instances", json={"data": {"resource_type": "ONT"}})
    instance = api.get(f"/api/v1/instances/{started.json['id']}").json
    assert instance["status"] == "completed", instance
    assert instance["data"]["serial"] == "SN-9"
    keys = {h["idempotency-key"] for _, h in fake.requests}
    assert len(fake.requests) == 2 and len(keys) == 1 and keys.pop().startswith(f"{started.json['id']}:")
    listed = {c["name"]: c["kind"] for c in api.get("/api/v1/connectors", user="admin").json}
    assert listed["inventory/reserve"] == "rest"


def test_ordra_stops_on_a_bad_endpoint_setting_with_its_name(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    env = {**os.environ, "ORDRA_INSTANCE_PATH": str(tmp_path), "SECRET_KEY": "t",
           "ORDRA_CONNECTORS": json.dumps({"provisioning/activate": {"url": "ftp://oss"}})}
    ordra = Path(sys.executable).parent / "ordra"
    result = subprocess.run([str(ordra), "seed"], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip() == ("error: configuration: CONNECTORS['provisioning/activate'] needs a 'url' "
                                     "starting with http:// or https://")
