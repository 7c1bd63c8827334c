"""``ordra orders import``: 200 orders, some invalid, reported by line; re-runs create nothing."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any


def write_jsonl(path: Path, seeded: dict[str, Any], count: int = 200) -> set[int]:
    """Write ``count`` orders; every 20th has a bad bandwidth, every 50th an unknown offering."""
    fibre = seeded["offerings"]["Business Fibre Internet"]
    acme = seeded["accounts"]["Acme Ltd"]
    bad_lines = set()
    with path.open("w") as out:
        for n in range(1, count + 1):
            bandwidth = 333 if n % 20 == 0 else 100
            offering = "424242" if n % 50 == 0 else str(fibre)
            if n % 20 == 0 or n % 50 == 0:
                bad_lines.add(n)
            out.write(json.dumps({
                "externalId": f"IMP-{n}", "relatedParty": [{"id": str(acme), "role": "Customer"}],
                "productOrderItem": [{"action": "add", "quantity": 1, "productOffering": {"id": offering},
                                      "product": {"productCharacteristic": [
                                          {"name": "bandwidth", "value": bandwidth},
                                          {"name": "site_postcode", "value": "LS1 4AP"}]}}]}) + "\n")
    return bad_lines


def run_import(app: Any, path: Path) -> Any:
    return app.test_cli_runner().invoke(args=["orders", "import", str(path)])


def order_count(api: Any) -> int:
    return int(api.get("/tmf-api/productOrderingManagement/v4/productOrder?limit=1", user="agent")
               .headers["X-Total-Count"])


def test_import_200_orders_reports_the_bad_ones(app: Any, api: Any, seeded: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "orders.jsonl"
    bad = write_jsonl(path, seeded)
    result = run_import(app, path)
    assert result.exit_code == 1
    reported = {int(line.split(":")[1]) for line in result.output.splitlines() if line.startswith("orders.jsonl:")}
    assert reported == bad
    assert f"{200 - len(bad)} created" in result.output
    assert order_count(api) == 200 - len(bad)

    again = run_import(app, path)
    assert "0 created" in again.output and f"{200 - len(bad)} already present" in again.output
    assert order_count(api) == 200 - len(bad)


def test_csv_lines_sharing_an_external_id_make_one_order(app: Any, api: Any, seeded: dict[str, Any],
                                                          tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    acme = seeded["accounts"]["Acme Ltd"]
    with path.open("w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["externalId", "customer", "requestedCompletionDate", "action", "productOffering",
                         "quantity", "char:bandwidth", "char:site_postcode"])
        writer.writerow(["CSV-1", acme, "2027-01-10", "add", "Business Fibre Internet", "1", "1000", "M1 1AE"])
        writer.writerow(["CSV-1", acme, "2027-01-10", "add", "Installation", "1", "", ""])
        writer.writerow(["CSV-2", acme, "", "add", "Business Voice", "1", "", ""])
    result = run_import(app, path)
    assert result.exit_code == 1  # CSV-2 (line 4) lacks Business Voice's mandatory characteristics
    lines = [line for line in result.output.splitlines() if line.startswith("orders.csv:")]
    assert len(lines) == 1 and lines[0].startswith("orders.csv:4: CSV-2:")
    order = api.get("/tmf-api/productOrderingManagement/v4/productOrder?externalId=CSV-1", user="agent").json[0]
    assert [i["productOffering"]["name"] for i in order["productOrderItem"]] == [
        "Business Fibre Internet", "Installation"]


def test_unreadable_file_exits_1(app: Any, tmp_path: Path) -> None:
    path = tmp_path / "orders.json"
    path.write_text("{not json")
    result = run_import(app, path)
    assert result.exit_code == 1 and "not valid JSON" in result.output


def test_an_import_is_captured_by_jobs_on_the_job_thread(app: Any, api: Any, seeded: dict[str, Any],
                                                         tmp_path: Path) -> None:
    """The embedded default: the CLI queues the batch, its job thread captures it, the CLI waits and reports."""
    app.config["JOB_BACKEND"] = "thread"
    app.extensions.pop("ordra_jobs", None)
    path = tmp_path / "orders.jsonl"
    bad = write_jsonl(path, seeded, count=60)
    result = run_import(app, path)
    assert result.exit_code == 1, result.output
    assert f"{60 - len(bad)} created" in result.output
    assert order_count(api) == 60 - len(bad)


def test_lost_import_jobs_are_recovered_by_reconcile(app: Any, api: Any, seeded: dict[str, Any],
                                                    tmp_path: Path) -> None:
    from app.database import unit_of_work
    from app.extensions import db
    from app.jobs.queue import Job
    from app.jobs.queue import run_job
    from app.orders.bulk_import import queue_import
    from app.orders.bulk_import import read_orders
    from app.orders.models import ImportBatch
    from app.orders.models import ImportRow

    path = tmp_path / "orders.jsonl"
    bad = write_jsonl(path, seeded, count=60)
    with app.app_context():
        with unit_of_work():
            batch_id = queue_import(path.name, read_orders(path, 10**6), user=None).id
            db.session.info.pop("pending_jobs")  # the jobs are lost (a flushed Redis, a killed process)
    assert order_count(api) == 0

    app.config["RECONCILE_AFTER_SECONDS"] = 0
    result = app.test_cli_runner().invoke(args=["reconcile"])
    assert result.exit_code == 0 and "60 import rows" in result.output, result.output
    assert order_count(api) == 60 - len(bad)

    with app.app_context():
        rows = db.session.scalars(db.select(ImportRow).where(ImportRow.batch_id == batch_id)).all()
        assert {r.status for r in rows} == {"created", "failed"}
        assert {r.line for r in rows if r.status == "failed"} == bad
        assert db.session.get(ImportBatch, batch_id).finished_at is not None
        first, last = min(r.id for r in rows), max(r.id for r in rows)
    run_job(app, Job("import_orders", {"batch_id": batch_id, "first_row": first, "last_row": last}))  # a duplicate
    assert order_count(api) == 60 - len(bad)
