"""Deploying an older version again as the newest (a rollback): a confirmation page, then the same deploy as any
(validation, saved test cases, new versions of the processes using a decision or form; running instances keep
theirs), recorded with who did it; offered only for versions older than the newest."""
from __future__ import annotations

import html
import io
import json
import re
from typing import Any

import pytest
from sqlalchemy import select

from app.database import unit_of_work
from app.extensions import db
from app.studio import deploying
from app.studio.models import Deployment
from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import REPO

LEVEL = (REPO / "dmn" / "approval_level.dmn").read_bytes()
FACTS = {"bandwidth": 100, "surcharge": 5}


def upload(api: Any, name: str, content: bytes, **form: str) -> Any:
    return api.post("/api/v1/models", data={"files": [(io.BytesIO(content), name)], **form},
                    content_type="multipart/form-data")


def level_of(api: Any) -> Any:
    return api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": FACTS}).json["outputs"]["level"]


@pytest.fixture()
def admin(api: Any, client: Any) -> Any:
    """change_request's models, then approval_level changed (its v2, and change_request's v2 that uses it)."""
    assert api.deploy(*CHANGE_REQUEST_FILES).status_code == 201
    assert upload(api, "approval_level.dmn", LEVEL.replace(b'"works"', b'"cabling works"')).status_code == 201
    client.post("/login", data={"username": "admin", "password": "demo"})
    return client


def page(response: Any) -> str:
    """The page's text, without tags (aria labels kept) and with its spaces collapsed."""
    text = re.sub(r'<[^>]*?aria-label="([^"]*)"[^>]*>', r" \1 ", response.get_data(as_text=True))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", text)).split())


def test_a_decision_deployed_again_answers_as_then_and_reaches_its_processes(admin: Any, api: Any) -> None:
    running = api.post("/api/v1/processes/change_request/instances", json={"data": {"customer": "Acme"}}).json
    confirm = admin.get("/studio/decisions/approval_level/versions/1/redeploy")
    assert confirm.status_code == 200
    assert "approval_level is at version 2" in page(confirm) and "as version 3" in page(confirm)
    assert "running instances keep the version they run" in page(confirm)
    assert level_of(api) == "cabling works"  # the confirmation stores nothing

    done = admin.post("/studio/decisions/approval_level/versions/1/redeploy", data={}, follow_redirects=True)
    assert done.status_code == 200
    assert "Deployed version 1's content as version 3 of approval_level" in page(done)
    assert level_of(api) == "works"
    models = api.get("/api/v1/models").json
    assert max(p["version"] for p in models["processes"] if p["id"] == "change_request") == 3
    assert api.get(f"/api/v1/instances/{running['id']}").json["version"] == 2  # a running one keeps its version
    newest = max(api.get("/api/v1/deployments").json, key=lambda d: d["deployment"])
    assert (newest["deployed_by"], newest["note"]) == ("admin", "redeployed version 1 of decision approval_level")


def test_a_process_deployed_again_is_its_old_file_as_the_newest_version(admin: Any, api: Any) -> None:
    bpmn = (REPO / "bpmn" / "change_request.bpmn").read_bytes()
    assert upload(api, "change_request.bpmn", bpmn.replace(b"</bpmn:definitions>",
                                                           b"<!-- v3 --></bpmn:definitions>")).status_code == 201
    version_page = page(admin.get("/studio/processes/change_request/versions/2"))
    assert "Deploy this version again as the newest" in version_page
    assert "Deploy this version again" not in page(admin.get("/studio/processes/change_request/versions/3"))
    done = admin.post("/studio/processes/change_request/versions/1/redeploy", data={}, follow_redirects=True)
    assert "Deployed version 1's content as version 4 of change_request" in page(done)
    assert admin.get("/studio/processes/change_request/versions/4/download").data == bpmn


def test_a_form_deployed_again(admin: Any, api: Any) -> None:
    schema = json.loads((REPO / "forms" / "approval.json").read_text())
    changed = json.dumps({**schema, "title": "Approve it"}).encode()
    assert upload(api, "approval.json", changed).status_code == 201
    done = admin.post("/studio/forms/approval.json/versions/1/redeploy", data={}, follow_redirects=True)
    assert "Deployed version 1's content as version 3 of approval.json" in page(done)
    forms = api.get("/api/v1/models").json["forms"]
    assert max(f["version"] for f in forms if f["file"] == "approval.json") == 3


def test_only_older_versions_are_offered(admin: Any) -> None:
    index = page(admin.get("/studio/"))
    assert "Deploy again approval_level v1 as the newest" in index
    assert "Deploy again approval_level v2" not in index and "Deploy again approval.json v1" not in index
    newest = admin.post("/studio/decisions/approval_level/versions/2/redeploy", data={})
    assert newest.status_code == 409 and "is the newest version" in page(newest)


def test_an_older_decision_version_is_there_to_read_before_deploying_it_again(admin: Any) -> None:
    """Every version row linked to the newest, and an older version's address answered 404: nothing showed what
    "Deploy again" would bring back."""
    index = admin.get("/studio/").get_data(as_text=True)
    assert 'href="/studio/decisions/approval_level/versions/1"' in index
    older = admin.get("/studio/decisions/approval_level/versions/1")
    assert older.status_code == 200
    text = page(older)
    assert "Version 1 is not the newest: version 2 is, and new work uses it." in text
    assert "Deploy version 1 again as the newest" in text and '"works"' in text and "cabling works" not in text
    assert "Test panel" not in text  # it evaluates the newest: not offered beside an older table
    newest = admin.get("/studio/decisions/approval_level/versions/2")
    assert newest.status_code == 302 and newest.headers["Location"] == "/studio/decisions/approval_level"
    assert admin.get("/studio/decisions/approval_level/versions/9").status_code == 404


def test_a_process_version_that_differs_only_by_a_decision_is_refused_saying_why(admin: Any) -> None:
    """Its file is the newest file: deploying it again would change nothing, so the studio does not offer it."""
    assert "Deploy again change_request v1" not in page(admin.get("/studio/"))
    assert "Deploy this version again" not in page(admin.get("/studio/processes/change_request/versions/1"))
    same_file = admin.post("/studio/processes/change_request/versions/1/redeploy", data={})
    assert same_file.status_code == 409
    assert "has the same file as the newest version" in page(same_file)


def test_failing_saved_cases_refuse_it_unless_forced(admin: Any, api: Any) -> None:
    case = {"name": "cabling", "inputs": FACTS, "expected": {"level": "cabling works"}}
    assert api.post("/api/v1/decisions/approval_level/tests", json=case).status_code == 201
    refused = admin.post("/studio/decisions/approval_level/versions/1/redeploy", data={})
    assert refused.status_code == 422
    assert "test case 'cabling'" in page(refused) and "Deploy even if saved test cases fail" in page(refused)
    assert level_of(api) == "cabling works"
    forced = admin.post("/studio/decisions/approval_level/versions/1/redeploy", data={"force": "y"})
    assert forced.status_code == 302 and level_of(api) == "works"


def test_unknown_versions_and_other_roles(admin: Any, client: Any) -> None:
    assert admin.get("/studio/decisions/approval_level/versions/9/redeploy").status_code == 404
    assert admin.get("/studio/decisions/nothing/versions/1/redeploy").status_code == 404
    assert admin.get("/studio/orders/approval_level/versions/1/redeploy").status_code == 404
    client.get("/logout")
    client.post("/login", data={"username": "fmanager", "password": "demo"})
    assert client.post("/studio/decisions/approval_level/versions/1/redeploy", data={}).status_code == 403


def test_the_service_redeploys_through_deploy(app: Any, admin: Any) -> None:
    """Called without a page: the same deploy, the old and new version numbers."""
    with app.app_context(), unit_of_work():
        admin_id = db.session.scalar(select(Deployment.deployed_by_id).where(Deployment.deployed_by_id.is_not(None)))
        done = deploying.redeploy("decision", "approval_level", 1, actor_id=admin_id)
        assert (done.old_version, done.new_version) == (1, 3)
        assert [(p.process_id, p.version) for p in done.deployment.processes] == [("change_request", 3)]
        assert done.deployment.deployed_by_id == admin_id
        plan = deploying.plan_redeploy("decision", "approval_level", 2)
        assert plan.newest == 3 and plan.also == []
