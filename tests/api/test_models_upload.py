"""Bad uploads: each a clear 4xx, and nothing stored."""
from __future__ import annotations

import io
from typing import Any

import pytest

from tests.helpers import BILLION_LAUGHS
from tests.helpers import DATA
from tests.helpers import REPO
from tests.helpers import XXE

MODELS = DATA / "models"


def upload(api: Any, files: dict[str, bytes], user: str = "admin") -> Any:
    return api.post("/api/v1/models", user=user, content_type="multipart/form-data",
                    data={"files": [(io.BytesIO(content), name) for name, content in files.items()]})


def nothing_stored(api: Any) -> bool:
    return api.get("/api/v1/models").json == {"processes": [], "decisions": [], "forms": []} and \
        api.get("/api/v1/deployments").json == []


def good_process() -> bytes:
    return (MODELS / "divide.bpmn").read_bytes()


@pytest.mark.parametrize("files, fragment", [
    ({"t.bpmn": good_process()[:300]}, "not well-formed"),
    ({"xxe.bpmn": XXE}, "DOCTYPE"),
    ({"lol.bpmn": BILLION_LAUGHS}, "DOCTYPE"),
    ({"unknown_lane.bpmn": (MODELS / "unknown_lane.bpmn").read_bytes()}, "names no role"),
    ({"missing_dmn.bpmn": (MODELS / "missing_dmn.bpmn").read_bytes()}, "no_such_decision"),
    ({"missing_form.bpmn": (MODELS / "missing_form.bpmn").read_bytes()}, "no_such_form.json"),
    ({"notes.txt": b"hello"}, "unsupported file type"),
    ({"form.json": b"{broken"}, "not valid JSON"),
    ({"x.dmn": b"<definitions xmlns='https://www.omg.org/spec/DMN/20191111/MODEL/'><decision id='d'>"
               b"<decisionTable><input><inputExpression><text>a</text></inputExpression></input>"
               b"<output name='o'/><rule><inputEntry><text>[1..</text></inputEntry><outputEntry><text>1"
               b"</text></outputEntry></rule></decisionTable></decision></definitions>"}, ""),
])
def test_bad_upload_is_422_with_file_and_message(api: Any, files: dict[str, bytes], fragment: str) -> None:
    good = {"divide.bpmn": good_process()}
    response = upload(api, {**good, **files})
    assert response.status_code == 422, response.json
    errors = response.json["errors"]
    assert errors and all("message" in e and "file" in e for e in errors)
    bad_name = next(iter(files))
    assert any(e["file"] == bad_name and fragment in e["message"] for e in errors), errors
    assert nothing_stored(api)


def test_oversized_request_is_413(api: Any, app: Any) -> None:
    app.config["MAX_CONTENT_LENGTH"] = 10_000
    response = upload(api, {"big.bpmn": b"<a>" + b" " * 20_000 + b"</a>"})
    assert response.status_code == 413
    assert response.json["errors"][0]["message"]
    assert nothing_stored(api)


def test_oversized_file_is_422_naming_it(api: Any, app: Any) -> None:
    app.config["MODEL_FILE_MAX_BYTES"] = 1_000
    response = upload(api, {"divide.bpmn": good_process()})
    assert response.status_code == 422
    assert response.json["errors"][0]["file"] == "divide.bpmn" and "limit" in response.json["errors"][0]["message"]


def test_only_process_admins_deploy(api: Any) -> None:
    assert upload(api, {"divide.bpmn": good_process()}, user="agent").status_code == 403
    assert api.post("/api/v1/models", user=None).status_code == 401
    assert nothing_stored(api)


def test_no_files(api: Any) -> None:
    response = api.post("/api/v1/models", content_type="multipart/form-data", data={})
    assert response.status_code == 422 and response.json["errors"][0]["field"] == "files"


@pytest.mark.parametrize("name", ["a\x00b.bpmn", "../change_request.bpmn", "change_request.bpmn\x00.json"])
def test_a_file_name_with_a_nul_or_a_path_is_refused_on_deploy(api: Any, name: str) -> None:
    """The check for an unchanged re-deploy looked the name up before it was validated: PostgreSQL refused
    the NUL character with a 500."""
    content = (REPO / "bpmn" / "change_request.bpmn").read_bytes()
    response = api.post("/api/v1/models", data={"files": [(io.BytesIO(content), name)]},
                        content_type="multipart/form-data")
    assert response.status_code == 422, response.json
    assert [(e["file"], e["message"]) for e in response.json["errors"]] == [
        (name, "the file name may hold only letters, digits, spaces, '.', '_' and '-'")]
