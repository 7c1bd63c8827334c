"""The shipped models ship with test cases: one per decision-table row, one per plan path; all pass."""
from __future__ import annotations

import json
from typing import Any

from app import rules
from app.database import unit_of_work
from app.seed import seed_all
from tests.helpers import REPO


def test_seed_saves_the_shipped_cases_and_they_all_pass(app: Any, api: Any) -> None:
    with app.app_context(), unit_of_work():
        said = list(seed_all())
    saved = sum(len(json.loads(p.read_text())) for p in (REPO / "model_tests").glob("*/*.json"))
    assert f"saved {saved} shipped model test cases" in said
    models = api.get("/api/v1/models").json
    rows = {decision_id: {rule.rule_id for rule in info.rules} for path in (REPO / "dmn").glob("*.dmn")
            for decision_id, info in rules.compile_dmn(path.read_bytes(), path.name).decisions.items()}
    assert {d["id"] for d in models["decisions"]} == set(rows)
    for decision_id, rule_ids in rows.items():
        cases = api.post(f"/api/v1/decisions/{decision_id}/tests/run").json["cases"]
        assert all(case["passed"] for case in cases), [c for c in cases if not c["passed"]]
        assert {case["matched_rules"][0] for case in cases} == rule_ids, f"{decision_id}: a case for every row"
    for process_id in {p["id"] for p in models["processes"]}:
        cases = api.post(f"/api/v1/processes/{process_id}/tests/run").json["cases"]
        assert cases, f"{process_id} ships without a case"
        assert all(case["passed"] for case in cases), [c for c in cases if not c["passed"]]
    with app.app_context(), unit_of_work():
        assert "saved 0 shipped model test cases" in list(seed_all())  # idempotent
