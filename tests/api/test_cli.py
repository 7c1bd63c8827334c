"""The ordra command line."""
from __future__ import annotations

import io
import shutil
from typing import Any

from tests.helpers import CHANGE_REQUEST_FILES
from tests.helpers import DATA
from tests.helpers import REPO


def run(app: Any, *args: str, input: str | None = None) -> Any:
    return app.test_cli_runner().invoke(args=list(args), input=input)


def test_models_deploy_then_list(app: Any, api: Any) -> None:
    result = run(app, "models", "deploy", *map(str, CHANGE_REQUEST_FILES))
    assert result.exit_code == 0, result.output
    assert "deployed version 1" in result.output
    assert [p["id"] for p in api.get("/api/v1/models").json["processes"]] == ["change_request"]


def test_models_deploy_of_unchanged_files_creates_no_version(app: Any, api: Any) -> None:
    """As the studio and the API (README: identical files create no new version)."""
    assert run(app, "models", "deploy", *map(str, CHANGE_REQUEST_FILES)).exit_code == 0
    again = run(app, "models", "deploy", *map(str, CHANGE_REQUEST_FILES))
    assert again.exit_code == 0, again.output
    assert "unchanged: already deployed as version 1" in again.output
    assert len(api.get("/api/v1/deployments").json) == 1


def test_models_deploy_refuses_bad_files_with_exit_1(app: Any, api: Any) -> None:
    result = run(app, "models", "deploy", str(DATA / "models" / "unknown_lane.bpmn"))
    assert result.exit_code == 1
    assert "unknown_lane.bpmn" in result.output and "names no role" in result.output
    assert api.get("/api/v1/deployments").json == []


def test_seed_is_idempotent(app: Any, api: Any) -> None:
    first = run(app, "seed")
    assert first.exit_code == 0, first.output
    assert "deployed version 1" in first.output
    second = run(app, "seed")
    assert second.exit_code == 0 and "unchanged" in second.output
    assert len(api.get("/api/v1/deployments").json) == 1


def test_seed_keeps_a_shipped_model_a_person_deployed_since(app: Any, api: Any, tmp_path: Any) -> None:
    """`ordra demo` seeds on every start: it deployed the shipped files over the studio's edits of them."""
    for folder in ("bpmn", "dmn", "forms"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    app.config["DEFINITIONS_DIR"] = str(tmp_path)
    assert run(app, "seed").exit_code == 0
    edited = (REPO / "dmn" / "approval_level.dmn").read_bytes().replace(b'"works"', b'"cabling works"')
    mine = api.post("/api/v1/models", data={"files": [(io.BytesIO(edited), "approval_level.dmn")], "force": "true"},
                    content_type="multipart/form-data")
    assert mine.status_code == 201, mine.json
    shipped = tmp_path / "dmn" / "fallout_policy.dmn"  # a release changes another shipped model
    shipped.write_bytes(shipped.read_bytes().replace(b"</definitions>", b"<!-- next release --></definitions>"))
    again = run(app, "seed")
    assert again.exit_code == 0, again.output
    assert f"kept approval_level.dmn as deployed by admin (version {mine.json['deployment']})" in again.output
    decisions = api.get("/api/v1/models").json["decisions"]
    newest = {d: max(v["version"] for v in decisions if v["id"] == d) for d in ("approval_level", "fallout_policy")}
    assert newest == {"approval_level": 2, "fallout_policy": 2}
    level = api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": {"bandwidth": 100, "surcharge": 5}})
    assert level.json["outputs"]["level"] == "cabling works"


def shipped_copy(app: Any, tmp_path: Any) -> Any:
    """The shipped models in ``tmp_path``, seeded from there (a test changes them as a release would)."""
    for folder in ("bpmn", "dmn", "forms"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    app.config["DEFINITIONS_DIR"] = str(tmp_path)
    assert run(app, "seed").exit_code == 0
    return tmp_path


def newest_versions(api: Any, kind: str) -> dict[str, int]:
    key = "file" if kind == "forms" else "id"
    found: dict[str, int] = {}
    for model in api.get("/api/v1/models").json[kind]:
        found[model[key]] = max(found.get(model[key], 0), model["version"])
    return found


def test_seed_gives_a_new_version_only_to_what_changed_and_what_uses_it(app: Any, api: Any, tmp_path: Any) -> None:
    """A changed shipped decision deployed every shipped file again: every shipped process got a new version."""
    root = shipped_copy(app, tmp_path)
    before = {kind: newest_versions(api, kind) for kind in ("processes", "decisions", "forms")}
    level = root / "dmn" / "approval_level.dmn"
    level.write_bytes(level.read_bytes().replace(b'"works"', b'"cabling works"'))
    again = run(app, "seed", "--no-demo-catalog")
    assert again.exit_code == 0, again.output
    after = {kind: newest_versions(api, kind) for kind in ("processes", "decisions", "forms")}
    assert after["decisions"] == {**before["decisions"], "approval_level": 2}
    assert after["processes"] == {**before["processes"], "change_request": 2}  # the one process calling it
    assert after["forms"] == before["forms"]
    assert "deployed version 2: approval_level.dmn changed; change_request v2 uses what changed" in again.output


def test_seed_keeps_a_shipped_model_deployed_with_the_cli(app: Any, api: Any, tmp_path: Any) -> None:
    """`ordra models deploy` ran without a user, as seed does, so seed took its version for a shipped one."""
    shipped_copy(app, tmp_path)
    edited = tmp_path / "mine" / "approval_level.dmn"
    edited.parent.mkdir()
    edited.write_bytes((REPO / "dmn" / "approval_level.dmn").read_bytes().replace(b'"works"', b'"cabling works"'))
    mine = run(app, "models", "deploy", str(edited), "--force")
    assert mine.exit_code == 0 and "deployed version 2" in mine.output, mine.output
    again = run(app, "seed", "--no-demo-catalog")
    assert again.exit_code == 0, again.output
    assert "kept approval_level.dmn as deployed with ordra models deploy (version 2)" in again.output
    assert "shipped models unchanged" in again.output
    level = api.post("/api/v1/decisions/approval_level/evaluate", json={"facts": {"bandwidth": 100, "surcharge": 5}})
    assert level.json["outputs"]["level"] == "cabling works"


def test_models_deploy_keeps_the_seeds_note_for_the_seed(app: Any, api: Any) -> None:
    """Seed tells its own deployments by their note: a CLI deploy with that note would pass for the shipped file."""
    result = run(app, "models", "deploy", *map(str, CHANGE_REQUEST_FILES), "--note", "ordra seed")
    assert result.exit_code == 1 and "kept for ordra seed" in result.output
    assert api.get("/api/v1/deployments").json == []


def test_seed_says_so_when_it_finds_no_shipped_models(app: Any, api: Any, tmp_path: Any) -> None:
    """An install without the checkout's bpmn/, dmn/ and forms/ (a wheel) seeded nothing and said nothing."""
    app.config["DEFINITIONS_DIR"] = str(tmp_path)
    result = run(app, "seed")
    assert result.exit_code == 0, result.output
    assert f"no shipped models in {tmp_path}" in result.output and "ORDRA_DEFINITIONS_DIR" in result.output
    assert api.get("/api/v1/deployments").json == []


def test_users_create_and_token(app: Any, api: Any) -> None:
    created = run(app, "users", "create", "erin", "--role", "order_agent", "--role", "order_manager",
                  "--password", "s3cret-pass")
    assert created.exit_code == 0, created.output
    token = run(app, "users", "token", "erin")
    assert token.exit_code == 0
    response = api.client.get("/api/v1/tasks", headers={"Authorization": f"Bearer {token.output.strip()}"})
    assert response.status_code == 200


def test_users_create_rejects_unknown_role_and_duplicates(app: Any) -> None:
    bad = run(app, "users", "create", "zed", "--role", "wizard", "--password", "a-long-password")
    assert bad.exit_code == 1 and "unknown role 'wizard'" in bad.output
    short = run(app, "users", "create", "zed", "--role", "order_agent", "--password", "abcd")
    assert short.exit_code == 1 and "at least 8 characters" in short.output  # as ordra users password asks
    dup = run(app, "users", "create", "agent", "--role", "order_agent", "--password", "a-long-password")
    assert dup.exit_code == 1 and "already exists" in dup.output
    assert run(app, "users", "token", "nobody").exit_code == 1


def test_healthz(client: Any) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json["checks"]["database"] == "ok"


def test_healthz_tells_anyone_what_failed_but_not_how(app: Any, client: Any) -> None:
    """/healthz asks no login: a failing check's error (hosts, ports, database users) is for the ops page."""
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"  # nothing listens there
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json["checks"] == {"database": "ok", "redis": "failed"}
    assert "127.0.0.1" not in response.get_data(as_text=True)
    client.post("/login", data={"username": "admin", "password": "demo"})
    assert "127.0.0.1" in client.get("/ops/").get_data(as_text=True)  # the admin sees why


def test_ops_page_for_admins_only(client: Any) -> None:
    client.post("/login", data={"username": "agent", "password": "demo"})
    assert client.get("/ops/").status_code == 403
    client.post("/logout")
    client.post("/login", data={"username": "admin", "password": "demo"})
    page = client.get("/ops/")
    assert page.status_code == 200 and "Jobs waiting" in page.get_data(as_text=True)
