"""A form or decision deployed on its own reaches the processes that use it: an instance reads the forms and
decisions deployed up to its process version, so each process whose newest version uses a changed one gets a
new version of the same file in that deployment. New instances use the new form or decision; running ones keep
their version's (README: running instances keep their version until a migration moves them)."""
from __future__ import annotations

import io
import json
from typing import Any

from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO


def login(client: Any, username: str) -> None:
    client.post("/login", data={"username": username, "password": "demo"})


def upload(api: Any, *files: tuple[str, bytes]) -> Any:
    data = {"files": [(io.BytesIO(content), name) for name, content in files]}
    return api.post("/api/v1/models", data=data, content_type="multipart/form-data")


def task_form(api: Any, instance: dict[str, Any]) -> dict[str, Any]:
    form: dict[str, Any] = api.get(f"/api/v1/tasks/{instance['tasks'][0]['id']}", user="fulfiller").json["form"]
    return form


def test_a_form_deployed_alone_reaches_new_instances_and_leaves_running_ones(api: Any, client: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    running = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "Acme"}}).json
    schema = json.loads((REPO / "forms" / "technical_details.json").read_text())
    schema["properties"]["rack"] = {"type": "string", "title": "Rack"}
    login(client, "admin")
    deployed = client.post("/studio/models/deploy", json={"filename": "technical_details.json", "content": schema})
    assert deployed.status_code == 201, deployed.json
    assert [(p["id"], p["version"]) for p in deployed.json["processes"]] == [("change_request", 2)]

    started = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "Acme"}}).json
    assert started["version"] == 2
    assert "rack" in task_form(api, started)["properties"]
    assert "rack" not in task_form(api, running)["properties"]  # a running instance keeps its version's form
    assert api.get(f"/api/v1/instances/{running['id']}").json["version"] == 1

    page = client.get(f"/studio/deployments/{deployed.json['deployment']}").get_data(as_text=True)
    assert "change_request" in page and "same file as version 1" in page
    diff = client.get("/studio/processes/change_request/diff?from=1&to=2").get_data(as_text=True)
    assert "v2 was made when deployment" in diff and f"#{deployed.json['deployment']} changed a decision" in diff
    # the process file itself is unchanged: uploading it again makes no version
    again = api.deploy(REPO / "bpmn" / "change_request.bpmn")
    assert again.status_code == 200 and again.json["processes"][0]["version"] == 2


def test_a_decision_deployed_alone_reaches_the_processes_calling_it(api: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    changed = (REPO / "dmn" / "approval_level.dmn").read_text().replace('"standard"', '"basic"')
    deployed = upload(api, ("approval_level.dmn", changed.encode()))
    assert deployed.status_code == 201, deployed.json
    assert [(p["id"], p["version"]) for p in deployed.json["processes"]] == [("change_request", 2)]
    # a form the process does not use, or a file identical to its latest version, makes no process version
    unrelated = upload(api, ("other.json", b'{"type": "object", "properties": {}}'))
    assert unrelated.status_code == 201 and unrelated.json["processes"] == []
    with_same = upload(api, ("approval_level.dmn", changed.encode()), ("other2.json", b'{"type": "object"}'))
    assert with_same.status_code == 201 and with_same.json["processes"] == []


def test_a_ui_schema_deployed_alone_reaches_the_process_whose_task_uses_it(api: Any) -> None:
    files = [REPO / "bpmn" / "customer_request.bpmn", *sorted((REPO / "forms").glob("customer_request_handling*"))]
    assert api.deploy(*files).status_code == 201, api.deploy(*files).json
    ui = json.loads((REPO / "forms" / "customer_request_handling-uischema.json").read_text())
    deployed = upload(api, ("customer_request_handling-uischema.json", json.dumps({**ui, "x-note": 1}).encode()))
    assert deployed.status_code == 201, deployed.json
    assert [(p["id"], p["version"]) for p in deployed.json["processes"]] == [("customer_request", 2)]


def test_a_form_deployed_unchanged_from_the_editor_makes_no_version(api: Any, client: Any) -> None:
    """The form editor sends the schema as an object: the same schema as deployed is the deployed file, not a copy
    formatted otherwise (which made a new form version, and now new versions of the processes using it)."""
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    login(client, "admin")
    schema = json.loads((REPO / "forms" / "technical_details.json").read_text())
    again = client.post("/studio/models/deploy", json={"filename": "technical_details.json", "content": schema})
    assert again.status_code == 200 and again.json["unchanged"] is True
    assert [f["version"] for f in again.json["forms"]] == [1]
    processes = api.get("/api/v1/models").json["processes"]
    assert [p["version"] for p in processes if p["id"] == "change_request"] == [1]
