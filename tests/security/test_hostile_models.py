"""A hostile model cannot freeze Ordra: its task fails with a clear error and becomes a fallout, and the
server keeps answering meanwhile."""
from __future__ import annotations

import io
import threading
import time
from typing import Any
from xml.sax.saxutils import escape

import pytest
from flask import Flask

from tests.helpers import Api

SCRIPT_PROCESS = """<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_{pid}"
                  targetNamespace="http://ordra.example/bpmn">
  <bpmn:process id="{pid}" name="Hostile" isExecutable="true">
    <bpmn:laneSet id="LaneSet_{pid}">
      <bpmn:lane id="Lane_{pid}" name="Fulfillment agent">
        <bpmn:flowNodeRef>start</bpmn:flowNodeRef><bpmn:flowNodeRef>script_task</bpmn:flowNodeRef>
        <bpmn:flowNodeRef>end</bpmn:flowNodeRef>
      </bpmn:lane>
    </bpmn:laneSet>
    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:scriptTask id="script_task" name="Hostile script"><bpmn:incoming>f1</bpmn:incoming>
      <bpmn:outgoing>f2</bpmn:outgoing><bpmn:script>{script}</bpmn:script></bpmn:scriptTask>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="script_task" />
    <bpmn:sequenceFlow id="f2" sourceRef="script_task" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>
"""


def deploy_script(api: Api, pid: str, script: str) -> None:
    body = SCRIPT_PROCESS.format(pid=pid, script=escape(script)).encode()
    response = api.post("/api/v1/models", data={"files": [(io.BytesIO(body), f"{pid}.bpmn")]},
                        content_type="multipart/form-data")
    assert response.status_code == 201, response.json


@pytest.mark.parametrize(("script", "message"), [
    ("s = 'a' * 100000\nn = len(s.replace('a', s))", "replace() would produce 10,000,000,000 items"),
    ("x = 'x'.ljust(10**9)", "ljust() would produce"),
    ("x = f'{1:>{10**9}}'", "format widths"),
    ("s = 'a' * 999999\nxs = [s[:-1] + 'b' for i in range(20000)]", "memory limit of 256 MB"),
    ("while True:\n    pass", "CPU-time limit"),
    # data no instance can store: saving it answered 500 (PostgreSQL refused Infinity; json.dumps raised), and
    # 8 MB of references to one 1 MB text became a terabyte of JSON outside the script's memory limit
    ("x = 1e308 * 10", "x is inf: task data holds finite numbers only"),
    ("x = [1, {'n': 10 ** 5000}]", "x[1]['n'] is an integer of over 4,300 digits"),
    ("x = {(1, 2): 3}", "x has the key (1, 2): task data's keys are texts"),
    ("x = ['a' * 999999] * 999999", "x takes the task data past the 100,000 values it may hold"),
    ("x = ['a' * 999999] * 20", "would take the task data over 16,000,000 characters of JSON"),
    # a million-item list made every later request on the instance take seconds; 5,000 levels made saving
    # it recurse past Python's limit; a list holding itself is endless
    ("x = list(range(150000))", "past the 100,000 values it may hold"),
    ("x = []\nfor i in range(5000):\n    x = [x]", "nests deeper than the 32 levels task data may hold"),
    ("x = []\nx.append(x)", "x" + "[0]" * 31 + " nests deeper than the 32 levels"),
], ids=["replace", "ljust", "fstring-width", "memory", "cpu", "infinity", "huge-int", "tuple-key", "terabyte-json",
        "big-json", "many-values", "deep", "cycle"])
def test_a_hostile_script_fails_its_task_into_fallout(api: Api, script: str, message: str) -> None:
    deploy_script(api, "hostile", script)
    started = time.perf_counter()
    instance = api.post("/api/v1/processes/hostile/instances", json={"data": {}}).json
    assert time.perf_counter() - started < 30  # stopped, not stalled (a loaded machine stretches the CPU limit)
    assert instance["status"] == "error" and message in instance["error"]["message"], instance["error"]
    cases = [c for c in api.get("/api/v1/fallouts").json if c["instance_id"] == instance["id"]]
    assert len(cases) == 1 and message in cases[0]["message"]


@pytest.mark.parametrize(("script", "message"), [
    ("items.append(float('inf'))", "items[2] is inf: task data holds finite numbers only"),
    ("order['lines'][0]['price'] = float('nan')", "order['lines'][0]['price'] is nan"),
    ("items.extend(range(150000))", "past the 100,000 values it may hold"),
])
def test_a_script_changing_existing_data_in_place_is_checked_too(api: Api, script: str, message: str) -> None:
    """Only new variables were checked: an Infinity appended to a list the instance had reached the save (a 500
    on PostgreSQL, ``Infinity`` in SQLite's JSON)."""
    deploy_script(api, "in_place", script)
    data = {"items": [1, 2], "order": {"lines": [{"price": 1}]}}
    instance = api.post("/api/v1/processes/in_place/instances", json={"data": data}).json
    assert instance["status"] == "error" and message in instance["error"]["message"], instance
    assert api.get(f"/api/v1/instances/{instance['id']}").json["data"] == data  # kept as it was


def test_healthz_answers_while_a_hostile_instance_runs(app: Flask) -> None:
    api = Api(app.test_client())
    deploy_script(api, "spin", "s = 'a' * 999999\nwhile True:\n    t = s.replace('a', 'b')")
    hostile = threading.Thread(target=lambda: Api(app.test_client()).post("/api/v1/processes/spin/instances",
                                                                          json={"data": {}}))
    hostile.start()
    time.sleep(0.2)
    latencies: list[float] = []
    probe = app.test_client()
    while hostile.is_alive() and len(latencies) < 20:
        started = time.perf_counter()
        assert probe.get("/healthz").status_code == 200
        latencies.append(time.perf_counter() - started)
    hostile.join()
    assert latencies and max(latencies) < 1.0, latencies


def test_ordinary_string_work_still_runs(api: Api) -> None:
    script = ("name = 'fibre ' + str(speed)\nlabel = name.replace(' ', '-').upper().ljust(20, '.')\n"
              "line = ', '.join([label, '%05d' % speed, f'{speed:>8}'])")
    deploy_script(api, "ordinary", script)
    instance: dict[str, Any] = api.post("/api/v1/processes/ordinary/instances", json={"data": {"speed": 500}}).json
    assert instance["status"] == "completed", instance
    assert instance["data"]["line"] == "FIBRE-500..........., 00500,      500"


def test_dates_parse_and_format_in_scripts(api: Api) -> None:
    script = "d = datetime.strptime(text, '%d/%m/%Y')\niso = d.strftime('%Y-%m-%d')\nlabel = f'{d:%b %Y}'"
    deploy_script(api, "dates", script)
    instance = api.post("/api/v1/processes/dates/instances", json={"data": {"text": "04/12/2026"}}).json
    assert instance["status"] == "completed", instance
    assert instance["data"]["iso"] == "2026-12-04" and instance["data"]["label"] == "Dec 2026"
