"""Migrating running instances to a newer version: dry run, background run, report and history."""
from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest

from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import DATA
from tests.helpers import REPO

GOOD = {"bandwidth": 1000, "site_postcode": "SW1A 1AA", "install_date": "2027-01-15", "cabling_needed": True}


def without_approval() -> bytes:
    """change_request with the approver's task removed: approvals go straight to the end."""
    content = (REPO / "bpmn" / "change_request.bpmn").read_text()
    content = re.sub(r"\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "", content, flags=re.S)
    content = re.sub(r'\s*<bpmn:userTask id="approve".*?</bpmn:userTask>', "", content, flags=re.S)
    content = content.replace("<bpmn:flowNodeRef>approve</bpmn:flowNodeRef>", "")
    content = re.sub(r'\s*<bpmn:sequenceFlow id="f5"[^>]*/>', "", content)
    content = content.replace('targetRef="approve"', 'targetRef="end_approved"')
    content = content.replace("<bpmn:incoming>f5</bpmn:incoming>", "<bpmn:incoming>f_yes</bpmn:incoming>")
    assert 'id="approve"' not in content
    return content.encode()


@pytest.fixture()
def waiting(api: Any) -> dict[str, int]:
    """Three instances of version 1: two at 'enter_details', one at 'approve'; then version 2 deployed."""
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    ids = {}
    for name in ("a", "b", "c"):
        started = api.post("/api/v1/processes/change_request/instances", user="agent",
                           json={"data": {"customer": name}})
        assert started.status_code == 201, started.json
        ids[name] = started.json["id"]
    task = open_task(api, ids["c"], "fulfiller")
    assert api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": GOOD}).status_code == 200
    deployed = api.post("/api/v1/models", content_type="multipart/form-data",
                        data={"files": [(io.BytesIO(without_approval()), "change_request.bpmn")]})
    assert deployed.status_code == 201, deployed.json
    assert deployed.json["processes"][0]["version"] == 2
    return ids


def open_task(api: Any, instance_id: int, user: str) -> dict[str, Any]:
    tasks = [t for t in api.get("/api/v1/tasks", user=user).json if t["instance_id"] == instance_id]
    assert len(tasks) == 1, tasks
    return tasks[0]


def migrate(api: Any, **body: Any) -> Any:
    return api.post("/api/v1/processes/change_request/migrations", json={"from_version": 1, "to_version": 2,
                                                                          **body})


def test_dry_run_says_which_instances_can_move_and_changes_nothing(api: Any, waiting: dict[str, int]) -> None:
    dry = migrate(api, instances="all", dry_run=True)
    assert dry.status_code == 200, dry.json
    verdicts = {row["id"]: row for row in dry.json["instances"]}
    assert set(verdicts) == set(waiting.values())
    assert verdicts[waiting["a"]]["movable"] is True and verdicts[waiting["a"]]["reason"] == ""
    assert verdicts[waiting["a"]]["standing_on"] == ["enter_details"]
    assert verdicts[waiting["c"]]["movable"] is False
    assert "'approve' does not exist in the target version" in verdicts[waiting["c"]]["reason"]
    assert api.get(f"/api/v1/instances/{waiting['a']}").json["version"] == 1


def test_run_moves_the_movable_reports_the_others_and_records_history(api: Any, waiting: dict[str, int]) -> None:
    started = migrate(api, instances="all", dry_run=False)
    assert started.status_code == 202, started.json
    migration = api.get(f"/api/v1/processes/change_request/migrations/{started.json['id']}").json
    assert migration["status"] == "finished"
    assert migration["progress"] == {"total": 3, "done": 3, "pending": 0, "moved": 2, "skipped": 1, "failed": 0}
    report = {row["id"]: row for row in migration["instances"]}
    assert report[waiting["c"]]["status"] == "skipped" and "approve" in report[waiting["c"]]["reason"]

    moved = api.get(f"/api/v1/instances/{waiting['a']}").json
    assert moved["version"] == 2
    task = open_task(api, waiting["a"], "fulfiller")
    done = api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": GOOD})
    assert done.status_code == 200, done.json
    finished = api.get(f"/api/v1/instances/{waiting['a']}").json
    assert finished["status"] == "completed"  # version 2 has no approval step
    assert open_task(api, waiting["c"], "approver")  # the one left behind still waits on version 1
    assert api.get(f"/api/v1/instances/{waiting['c']}").json["version"] == 1


def test_migration_is_in_the_instance_history(app: Any, api: Any, waiting: dict[str, int]) -> None:
    assert migrate(api, instances=[waiting["b"]], dry_run=False).status_code == 202
    from app.engine.models import InstanceEvent
    from app.extensions import db

    with app.app_context():
        kinds = [(e.kind, e.message, e.detail.get("to_version"))
                 for e in db.session.query(InstanceEvent).filter_by(instance_id=waiting["b"])]
    assert ("migrated", "version 1 → 2", 2) in kinds


def test_bad_migration_requests_are_refused(api: Any, waiting: dict[str, int]) -> None:
    assert migrate(api, instances="some").status_code == 422
    assert migrate(api, instances=[]).status_code == 422
    assert migrate(api, dry_run="yes").status_code == 422
    bad_version = api.post("/api/v1/processes/change_request/migrations",
                           json={"from_version": 1, "to_version": 9})
    assert bad_version.status_code == 422 and bad_version.json["errors"][0]["field"] == "to_version"
    assert api.post("/api/v1/processes/nope/migrations", json={"from_version": 1, "to_version": 2}).status_code == 404
    assert api.post("/api/v1/processes/change_request/migrations", user="agent",
                    json={"from_version": 1, "to_version": 2}).status_code == 403
    other = migrate(api, instances=[waiting["a"], 999999], dry_run=True).json["instances"]
    assert other[1] == {"id": 999999, "movable": False, "reason": "no such instance", "standing_on": []}
    assert api.get("/api/v1/processes/change_request/migrations/999").status_code == 404


def test_dry_run_and_run_filtered_by_the_element_instances_stand_on(api: Any, waiting: dict[str, int]) -> None:
    at_details = migrate(api, at="enter_details").json["instances"]
    assert {row["id"] for row in at_details} == {waiting["a"], waiting["b"]}
    started = migrate(api, at="approve", dry_run=False)
    assert started.status_code == 202
    assert [(row["id"], row["status"]) for row in started.json["instances"]] == [(waiting["c"], "skipped")]
    assert api.get(f"/api/v1/instances/{waiting['a']}").json["version"] == 1  # not chosen: untouched
    assert migrate(api, at=5).status_code == 422


CALLS = (DATA / "models" / "call_activity.bpmn").read_bytes()


def test_an_instance_waiting_inside_a_called_process_moves_and_finishes_there(api: Any) -> None:
    def deploy(content: bytes) -> None:
        response = api.post("/api/v1/models", content_type="multipart/form-data",
                            data={"files": [(io.BytesIO(content), "call_activity.bpmn")]})
        assert response.status_code == 201, response.json

    deploy(CALLS)
    started = api.post("/api/v1/processes/caller/instances", json={"data": {}}).json
    deploy(CALLS.replace(b'name="Do the work"', b'name="Do the work now"'))
    dry = api.post("/api/v1/processes/caller/migrations", json={"from_version": 1, "to_version": 2}).json
    assert dry["instances"] == [{"id": started["id"], "movable": True, "reason": "",
                                 "standing_on": ["call_it", "work"]}]
    moved = api.post("/api/v1/processes/caller/migrations", json={"from_version": 1, "to_version": 2,
                                                                   "dry_run": False})
    progress = api.get(f"/api/v1/processes/caller/migrations/{moved.json['id']}").json["progress"]
    assert progress["moved"] == 1
    task = open_task(api, started["id"], "fulfiller")
    assert api.post(f"/api/v1/tasks/{task['id']}/complete", user="fulfiller", json={"data": {}}).status_code == 200
    finished = api.get(f"/api/v1/instances/{started['id']}").json
    assert (finished["status"], finished["version"]) == ("completed", 2)


def test_a_batch_run_again_leaves_moved_instances_alone(app: Any, api: Any, waiting: dict[str, int]) -> None:
    """Jobs may run twice (a retry, a duplicate): an instance already moved is not moved again."""
    started = migrate(api, instances=[waiting["a"]], dry_run=False).json
    from app.database import unit_of_work
    from app.instances import migrations
    from app.studio.models import InstanceMigration

    with app.app_context(), unit_of_work():
        row = migrations.get("change_request", started["id"])
        row.report = [{"id": waiting["a"], "status": "pending", "reason": ""}]
        row.status = "running"
    with app.app_context(), unit_of_work():
        migrations.run_batch(started["id"])
    with app.app_context():
        from app.engine.models import InstanceEvent
        from app.extensions import db
        report = db.session.get(InstanceMigration, started["id"]).report
        moves = db.session.query(InstanceEvent).filter_by(instance_id=waiting["a"], kind="migrated").count()
    assert report == [{"id": waiting["a"], "status": "skipped", "reason": "the instance is on version 2 now, not 1"}]
    assert moves == 1


# --- data compatibility --------------------------------------------------------------------------------

def with_details_form(form: str) -> bytes:
    """change_request whose 'enter_details' task uses ``form`` instead of technical_details.json."""
    content = (REPO / "bpmn" / "change_request.bpmn").read_text()
    changed = content.replace('value="technical_details.json"', f'value="{form}"')
    assert changed != content
    return changed.encode()


def test_dry_run_refuses_instances_whose_data_lacks_what_the_target_form_shows(api: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    ids = {}
    for name, data in (("with", {"customer": "a", "account_manager": "Jo Bloggs"}), ("without", {"customer": "b"})):
        started = api.post("/api/v1/processes/change_request/instances", user="agent", json={"data": data})
        assert started.status_code == 201, started.json
        ids[name] = started.json["id"]
    form = json.loads((REPO / "forms" / "technical_details.json").read_text())
    form["properties"]["account_manager"] = {"type": "string", "title": "Account manager", "readOnly": True}
    deployed = api.post("/api/v1/models", content_type="multipart/form-data", data={"files": [
        (io.BytesIO(with_details_form("details_v2.json")), "change_request.bpmn"),
        (io.BytesIO(json.dumps(form).encode()), "details_v2.json")]})
    assert deployed.status_code == 201, deployed.json
    dry = migrate(api, instances="all", dry_run=True)
    verdicts = {row["id"]: row for row in dry.json["instances"]}
    assert verdicts[ids["with"]] == {"id": ids["with"], "movable": True, "reason": "", "standing_on": ["enter_details"]}
    refused = verdicts[ids["without"]]
    assert refused["movable"] is False
    assert refused["reason"] == ("its ready user task 'enter_details' uses form 'details_v2.json' in the target "
                                 "version, which shows account_manager from the instance's data, which lacks it")
    started = migrate(api, instances="all", dry_run=False)
    report = {row["id"]: row for row in api.get(
        f"/api/v1/processes/change_request/migrations/{started.json['id']}").json["instances"]}
    assert report[ids["with"]]["status"] == "moved" and report[ids["without"]]["status"] == "skipped"
    assert api.get(f"/api/v1/instances/{ids['without']}").json["version"] == 1


def test_dry_run_refuses_an_instance_whose_element_changed_kind(api: Any) -> None:
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    started = api.post("/api/v1/processes/change_request/instances", user="agent", json={"data": {"customer": "a"}})
    content = (REPO / "bpmn" / "change_request.bpmn").read_text()
    manual = re.sub(r'<bpmn:userTask id="enter_details"(.*?)</bpmn:userTask>',
                    r'<bpmn:manualTask id="enter_details"\1</bpmn:manualTask>', content, flags=re.S)
    assert manual != content
    deployed = api.post("/api/v1/models", content_type="multipart/form-data",
                        data={"files": [(io.BytesIO(manual.encode()), "change_request.bpmn")]})
    assert deployed.status_code == 201, deployed.json
    (verdict,) = migrate(api, instances="all", dry_run=True).json["instances"]
    assert verdict["id"] == started.json["id"] and verdict["movable"] is False
    assert "'enter_details' is a ManualTask in the target version, not a UserTask" in verdict["reason"]
