"""The modeler page and its validate and deploy routes (session login; the browser test drives the JS)."""
from __future__ import annotations

import io
from typing import Any

from tests.helpers import DATA

DIVIDE = (DATA / "models" / "divide.bpmn").read_bytes().decode()


def deploy_divide(api: Any) -> None:
    response = api.post("/api/v1/models", content_type="multipart/form-data",
                        data={"files": [(io.BytesIO(DIVIDE.encode()), "divide.bpmn")]})
    assert response.status_code == 201


def login(client: Any, username: str) -> None:
    client.post("/login", data={"username": username, "password": "demo"})


def test_edit_page_opens_the_newest_version_for_process_admins(api: Any, client: Any) -> None:
    deploy_divide(api)
    login(client, "admin")
    page = client.get("/studio/processes/divide/edit")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "bpmn-modeler.production.min.js" in html and "modeler.js" in html and "split_total" in html
    assert 'href="/studio/processes/divide/edit"' in client.get("/studio/processes/divide/versions/1").get_data(
        as_text=True)
    assert client.get("/studio/processes/nope/edit").status_code == 404


def test_modeler_routes_are_for_process_admins_only(api: Any, client: Any) -> None:
    deploy_divide(api)
    for user in ("fmanager", "alice"):
        login(client, user)
        assert client.get("/studio/processes/divide/edit").status_code == 403
        assert client.post("/studio/processes/divide/validate", json={"xml": DIVIDE}).status_code == 403
        assert client.post("/studio/processes/divide/deploy", json={"xml": DIVIDE}).status_code == 403
        client.post("/logout")
    assert client.post("/studio/processes/divide/deploy", json={"xml": DIVIDE}).status_code in (302, 401)
    assert [p["version"] for p in api.get("/api/v1/models").json["processes"]] == [1]


def test_validate_and_deploy_the_edited_xml(api: Any, client: Any) -> None:
    deploy_divide(api)
    login(client, "admin")
    renamed = DIVIDE.replace('name="Split total"', 'name="Split the total"')
    valid = client.post("/studio/processes/divide/validate", json={"xml": renamed})
    assert valid.status_code == 200 and valid.json == {"valid": True, "errors": [], "warnings": [], "tests": []}
    broken = renamed.replace("share = total / parts", "import os")
    invalid = client.post("/studio/processes/divide/validate", json={"xml": broken})
    assert invalid.json["valid"] is False and invalid.json["errors"][0]["element"] == "split_total"

    refused = client.post("/studio/processes/divide/deploy", json={"xml": broken})
    assert refused.status_code == 422 and refused.json["errors"][0]["element"] == "split_total"
    deployed = client.post("/studio/processes/divide/deploy", json={"xml": renamed})
    assert deployed.status_code == 201, deployed.json
    assert [(p["id"], p["version"]) for p in deployed.json["processes"]] == [("divide", 2)]
    assert deployed.json["files"] == ["divide.bpmn"]  # the same file, versioned
    again = client.post("/studio/processes/divide/deploy", json={"xml": renamed})
    assert again.status_code == 200 and again.json["unchanged"] is True
    assert api.get("/api/v1/processes/divide/diff?from=1&to=2").json["changed"] == ["split_total"]


def test_a_bad_body_is_422(api: Any, client: Any) -> None:
    deploy_divide(api)
    login(client, "admin")
    for body in ({}, {"xml": ""}, {"xml": 3}, [1]):
        assert client.post("/studio/processes/divide/validate", json=body).status_code == 422
        assert client.post("/studio/processes/divide/deploy", json=body).status_code == 422
