"""Constants and helpers shared by the tests."""
from __future__ import annotations

import base64
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import event

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"  # real models drawn by other modelers, vendored with their licences
# The shipped change-request demo: two lanes, a form each, a script, a DMN table and a gateway.
CHANGE_REQUEST_FILES = [REPO / "bpmn" / "change_request.bpmn", REPO / "dmn" / "approval_level.dmn",
                        REPO / "forms" / "technical_details.json", REPO / "forms" / "approval.json"]
TEST_CONFIG: dict[str, Any] = {
    "TESTING": True,
    "SECRET_KEY": "test-secret",
    "JOB_BACKEND": "inline",
    "WTF_CSRF_ENABLED": False,
    "PASSWORD_HASH_METHOD": "pbkdf2:sha256:1000",
    "DEMO_CONNECTOR_LATENCY": 0.0,
    "DEMO_CONNECTORS": True,  # the tests drive the shipped plans against the simulated systems
    "DEFINITIONS_DIR": str(REPO),
    "ALLOW_DEMO_USERS": True,  # the tests log in as the demo users
}



XXE = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<definitions>&xxe;</definitions>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<definitions>&lol9;</definitions>"""


class Api:
    """Calls the JSON API as one of the demo users (HTTP Basic)."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    @staticmethod
    def headers(username: str | None) -> dict[str, str]:
        if username is None:
            return {}
        token = base64.b64encode(f"{username}:demo".encode()).decode()
        return {"Authorization": f"Basic {token}"}

    def get(self, path: str, *, user: str | None = "admin", **kw: Any) -> Any:
        return self.client.get(path, headers=self.headers(user), **kw)

    def post(self, path: str, *, user: str | None = "admin", **kw: Any) -> Any:
        return self.client.post(path, headers=self.headers(user), **kw)

    def deploy(self, *paths: Path, user: str = "admin") -> Any:
        files = [(p.open("rb"), p.name) for p in paths]
        return self.post("/api/v1/models", user=user, data={"files": files}, content_type="multipart/form-data")




@contextmanager
def statements(app: Flask) -> Iterator[list[tuple[str, Any]]]:
    """Every statement run while the block runs (whitespace folded), with its parameters."""
    from app.extensions import db
    seen: list[tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        seen.append((" ".join(statement.split()), parameters))

    with app.app_context():
        engine = db.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def share_compiled_url_builders() -> None:
    """Let every app of the test process share the URL builders werkzeug compiles for its routes.

    Werkzeug compiles two small functions per route as an app registers it (an ``ast`` built and compiled): some
    400 per app here, 60 ms of each test's set-up, where the tests make thousands of apps. A builder depends only on
    the route's rule, its parts and defaults, and whether unknown arguments are appended; it reaches the rule's
    converters through its ``self`` argument, so one compiled for an earlier app's rule serves an identical rule.
    """
    from werkzeug.routing.rules import Rule

    compile_builder = Rule._compile_builder
    if getattr(compile_builder, "shared", False):
        return
    compiled: dict[tuple[Any, ...], Any] = {}

    def shared(rule: Rule, append_unknown: bool = True) -> Any:
        key = (rule.rule, tuple(rule._trace), repr(sorted((rule.defaults or {}).items())), append_unknown)
        builder = compiled.get(key)
        if builder is None:
            builder = compiled[key] = compile_builder(rule, append_unknown)
        return builder
    shared.shared = True  # type: ignore[attr-defined]
    Rule._compile_builder = shared  # type: ignore[method-assign,assignment]
