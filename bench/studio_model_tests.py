"""What model tests and migrations cost: replaying the shipped cases on a deploy, and moving N waiting
instances to a new version (dry run, then the background run).

The shipped models are deployed once without their cases and once with them (``ordra seed`` saves 81:
one per decision row, one per process path); then N change-request instances waiting at their first
user task are moved to a version without the approval step. Embedded default: SQLite, inline jobs.

    python bench/studio_model_tests.py [--instances 200]
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.database import unit_of_work  # noqa: E402
from bench.common import CHANGE_REQUEST  # noqa: E402
from bench.common import REPO  # noqa: E402
from bench.common import bench_app  # noqa: E402


def without_approval() -> bytes:
    content = (REPO / "bpmn" / "change_request.bpmn").read_text()
    content = re.sub(r"\s*<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "", content, flags=re.S)
    content = re.sub(r'\s*<bpmn:userTask id="approve".*?</bpmn:userTask>', "", content, flags=re.S)
    content = content.replace("<bpmn:flowNodeRef>approve</bpmn:flowNodeRef>", "")
    content = re.sub(r'\s*<bpmn:sequenceFlow id="f5"[^>]*/>', "", content)
    content = content.replace('targetRef="approve"', 'targetRef="end_approved"')
    return content.replace("<bpmn:incoming>f5</bpmn:incoming>", "<bpmn:incoming>f_yes</bpmn:incoming>").encode()


def seed_seconds(with_cases: bool) -> float:
    from app import seed
    from app.studio import model_tests
    from app.studio import service as studio

    with bench_app(JOB_BACKEND="inline") as app, app.app_context():
        uploads = seed.uploads_from(REPO / d for d in ("forms", "dmn", "bpmn"))
        with unit_of_work():
            if with_cases:
                seed.seed_model_tests(REPO / "model_tests")
        started = time.perf_counter()
        with unit_of_work():
            studio.deploy(uploads, actor_id=None)
        elapsed = time.perf_counter() - started
        if with_cases:
            cases = sum(len(model_tests.list_cases(kind, model_id)) for kind, model_id in _models())
            print(f"  {cases} shipped cases replayed by the deploy")
        return elapsed


def _models() -> list[tuple[str, str]]:
    folder = REPO / "model_tests"
    return [("decision", p.stem) for p in (folder / "decisions").glob("*.json")] + [
        ("process", p.stem) for p in (folder / "processes").glob("*.json")]


def migration_seconds(count: int) -> None:
    from app import seed
    from app.instances import migrations
    from app.instances import service as instances
    from app.studio import service as studio
    from app.studio.validation import Upload

    with bench_app(JOB_BACKEND="inline") as app, app.app_context():
        with unit_of_work():
            studio.deploy(seed.uploads_from(CHANGE_REQUEST), actor_id=None)
        with unit_of_work():
            for n in range(count):
                instances.start_process("change_request", {"customer": f"c{n}"}, actor_id=None)
        with unit_of_work():
            studio.deploy([Upload("change_request.bpmn", without_approval())], actor_id=None)
        started = time.perf_counter()
        migrations.dry_run("change_request", 1, 2, "all")
        dry = time.perf_counter() - started
        started = time.perf_counter()
        with unit_of_work():
            migration_id = migrations.start("change_request", 1, 2, "all", actor_id=None).id
        run = time.perf_counter() - started
        progress = migrations.migration_json(migrations.get("change_request", migration_id))["progress"]
        print(f"migration of {count} waiting instances: dry run {dry:.2f} s ({dry / count * 1000:.1f} ms each), "
              f"run {run:.2f} s ({run / count * 1000:.1f} ms each); {progress}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=200)
    args = parser.parse_args()
    bare = seed_seconds(with_cases=False)
    tested = seed_seconds(with_cases=True)
    print(f"deploy of the shipped models: {bare:.2f} s without cases, {tested:.2f} s replaying them")
    migration_seconds(args.instances)


if __name__ == "__main__":
    main()
