"""Running a TM Forum CTK (a Postman collection, vendored in tests/data/tmf/ctk) with newman against a live server.

The app under test is served on a free loopback port by Werkzeug in a thread; newman (``npx --yes newman@6``,
from the npm registry) runs a copy of the collection with HTTP Basic credentials added at collection level,
the API's root in the environment, and ids of seeded entities as globals for the requests that need them.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask
from werkzeug.serving import make_server

from tests.helpers import DATA

CTK = DATA / "tmf" / "ctk"
NEWMAN = ["npx", "--yes", "newman@6"]


@dataclass
class CtkResult:
    total: int
    failed: int
    failures: list[str]

    @property
    def passed(self) -> int:
        return self.total - self.failed


@contextmanager
def served(app: Flask) -> Iterator[str]:
    """``app`` on a free loopback port for the duration; yields its base URL."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def run_ctk(collection: Path, environment: Path, variable: str, api_root: str, work: Path,
            globals_: dict[str, str], user: str = "admin", replace: dict[str, str] | None = None) -> CtkResult:
    """Run the CTK ``collection`` against ``api_root`` (ending in /) as the demo ``user``; ``replace`` maps
    texts of the collection to what the copy says instead (ids the kit hard-codes)."""
    if shutil.which("npx") is None:
        raise RuntimeError("npx (node/npm) is needed to run the TMF CTKs with newman")
    text = collection.read_text()
    for old, new in (replace or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    suite: dict[str, Any] = json.loads(text)
    suite["auth"] = {"type": "basic", "basic": [{"key": "username", "value": user, "type": "string"},
                                                 {"key": "password", "value": "demo", "type": "string"}]}
    env: dict[str, Any] = json.loads(environment.read_text())
    env["values"] = [v for v in env["values"] if v["key"] != variable] + [
        {"key": variable, "value": api_root, "enabled": True}]
    (work / "collection.json").write_text(json.dumps(suite))
    (work / "environment.json").write_text(json.dumps(env))
    report = work / "report.json"
    command = [*NEWMAN, "run", str(work / "collection.json"), "-e", str(work / "environment.json"),
               "--reporters", "json", "--reporter-json-export", str(report), "--timeout-request", "20000"]
    for key, value in globals_.items():
        command += ["--global-var", f"{key}={value}"]
    subprocess.run(command, cwd=work, capture_output=True, text=True, timeout=600, check=False)
    if not report.exists():
        raise RuntimeError("newman wrote no report")
    run = json.loads(report.read_text())["run"]
    stats = run["stats"]["assertions"]
    failures = [f"{f['source'].get('name', '?')}: {f['error'].get('test', '')} — {f['error'].get('message', '')}"
                for f in run.get("failures", [])]
    return CtkResult(total=stats["total"], failed=stats["failed"], failures=failures)
