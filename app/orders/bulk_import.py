"""Bulk import of orders from a file: a JSON array or JSON Lines of TMF622 orders, or a CSV with
one line per order item (lines sharing an ``externalId`` form one order).

The file's orders are stored as an import batch and captured by background jobs (in the workers
when scaled out), a chunk of rows per job. Each order is captured in its own savepoint: a bad
one is reported with its line and reason and the others go on. Re-running the same file creates
nothing new (external ids are idempotent).
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy import or_
from sqlalchemy import select
from sqlalchemy import true

from app.auth.models import User
from app.database import savepoint
from app.database import utcnow
from app.errors import BadRequest
from app.errors import DomainError
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.jobs.queue import enqueue
from app.jobs.queue import recheck_at
from app.local_files import read_regular_file
from app.orders import tmf622
from app.orders.capture import capture
from app.orders.models import ImportBatch
from app.orders.models import ImportRow
from app.validation import check_json_value

CSV_FIELDS = ("externalId", "customer", "requestedCompletionDate", "action", "productOffering", "quantity")
FILENAME_MAX = 255  # import_batches.filename
_NOT_IN_A_NAME = re.compile(r"[\x00-\x1f\x7f\ud800-\udfff]")
CHUNK = 25  # orders per job: small enough to spread over workers, big enough to amortise a job
# What each row status means to the person who imported the file.
RESULT_LABELS = {"pending": "Waiting", "created": "Created", "present": "Already present", "failed": "Failed"}


def read_orders(path: Path, max_bytes: int) -> list[tuple[int, dict[str, Any]]]:
    """``(line number, TMF622 payload)`` for each order in the file, a regular file of at most ``max_bytes``.

    :raises DomainError: the file cannot be read at all (not a regular file, too big, unreadable, not UTF-8,
        unknown type, not JSON, no header).
    """
    return parse_orders(path.name, _utf8(path.name, read_regular_file(path, max_bytes, "IMPORT_FILE_MAX_BYTES")))


def read_upload(filename: str, data: bytes) -> list[tuple[int, dict[str, Any]]]:
    """:func:`read_orders` for a file uploaded on the workspace's import page.

    :raises DomainError: no file chosen, not UTF-8 text, unreadable as its type, or no orders in it.
    """
    if not filename:
        raise DomainError("choose a .json, .jsonl or .csv file of orders")
    try:
        records = parse_orders(filename, _utf8(filename, data))
    except DomainError as exc:  # name the file, as the CLI's messages do
        said = str(exc)
        raise DomainError(said if said.startswith(f"{filename}:") else f"{filename}: {said}") from None
    if not records:
        raise DomainError(f"{filename}: there are no orders in the file")
    return records


def _utf8(filename: str, data: bytes) -> str:
    """A file's bytes as text. :raises DomainError: not UTF-8 (the CLI showed Python's UnicodeDecodeError)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DomainError(f"{filename}: not UTF-8 text; save it as UTF-8 and try again") from None


def parse_orders(filename: str, text: str) -> list[tuple[int, dict[str, Any]]]:
    """The orders of a file's ``text``, read by its type (the ``filename``'s suffix); an order holding what no
    request body may (``app.validation``) is a failed row naming the place."""
    suffix = Path(filename).suffix.lower()
    try:
        if suffix == ".json":
            return [(n, _checked(order)) for n, order in _json_array(text)]
        if suffix in (".jsonl", ".ndjson"):
            return [(n, _checked(_json_line(line, n))) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        if suffix == ".csv":
            return [(n, _checked(order)) for n, order in _csv_orders(text)]
    except csv.Error as exc:  # a cell over the csv module's field size limit
        raise DomainError(f"{filename}: not a readable CSV file: {exc}") from None
    raise DomainError(f"{filename}: unsupported file type; use .json, .jsonl or .csv")


def display_filename(name: str) -> str:
    """A file's name as a batch records and pages show it: control characters and lone surrogates (a name that is
    not UTF-8, or an upload's "a\x00b.json", which PostgreSQL refused: a 500) as "?", at most 255 characters."""
    return _NOT_IN_A_NAME.sub("?", name)[:FILENAME_MAX]


def _checked(order: Any) -> Any:
    """``order`` as a TMF622 request body would be checked, or a failed row's reason: a lone surrogate
    ("\ud800") in an imported text made the batch's page fail to render (a 500), and a TMF622 body refuses it."""
    if isinstance(order, dict) and "__error__" in order:
        return order
    try:
        check_json_value(order)
    except Invalid as exc:
        error = exc.errors[0]
        return {"__error__": f"{error['field']}: {error['message']}" if error.get("field") else error["message"]}
    except BadRequest as exc:
        return {"__error__": str(exc)}
    return order


def _json_array(text: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than the parser goes
        raise DomainError(f"not valid JSON: {exc}") from None
    if not isinstance(data, list):
        raise DomainError("a .json import file must hold an array of orders")
    # A JSON array has no useful line numbers once parsed; report the position (1-based) instead.
    return [(position, entry) for position, entry in enumerate(data, 1)]


def _json_line(line: str, number: int) -> dict[str, Any]:
    try:
        return json.loads(line)  # type: ignore[no-any-return]
    except (ValueError, RecursionError) as exc:
        return {"__error__": f"not valid JSON: {exc}"}


def _csv_orders(text: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    missing = [f for f in CSV_FIELDS if f not in (reader.fieldnames or [])]
    if missing:
        raise DomainError(f"the CSV header lacks: {', '.join(missing)}")
    orders: dict[str, tuple[int, dict[str, Any]]] = {}
    for number, row in enumerate(reader, 2):
        key = row["externalId"] or f"line-{number}"
        line, payload = orders.setdefault(key, (number, {
            "externalId": row["externalId"] or None, "requestedCompletionDate": row["requestedCompletionDate"] or None,
            "relatedParty": [{"id": row["customer"], "role": "Customer"}], "productOrderItem": []}))
        payload["productOrderItem"].append(_csv_item(row))
    return list(orders.values())


def _csv_item(row: dict[str, str]) -> dict[str, Any]:
    characteristics = [{"name": key[len("char:"):], "value": _csv_value(value)}
                       for key, value in row.items() if key.startswith("char:") and value not in ("", None)]
    quantity: Any = row["quantity"] or "1"
    return {"action": row["action"] or "add", "quantity": int(quantity) if quantity.isdigit() else quantity,
            "productOffering": {"id": row["productOffering"]}, "product": {"productCharacteristic": characteristics}}


def _csv_value(text: str) -> Any:
    """CSV cells are text; numbers and booleans are read as such so they validate like JSON."""
    lowered = text.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    try:
        return int(text)
    except ValueError:
        return text


def queue_import(filename: str, records: list[tuple[int, dict[str, Any]]], *, user: User | None) -> ImportBatch:
    """Store the file's orders as a batch and enqueue jobs that capture them, a chunk each."""
    batch = ImportBatch(filename=filename, user_id=user.id if user else None, next_check_at=recheck_at())
    db.session.add(batch)
    db.session.flush()
    rows = [ImportRow(batch_id=batch.id, line=line, payload=payload) for line, payload in records]
    db.session.add_all(rows)
    db.session.flush()
    _enqueue_chunks(batch.id, [row.id for row in rows])
    return batch


def _enqueue_chunks(batch_id: int, row_ids: list[int]) -> None:
    for start in range(0, len(row_ids), CHUNK):
        chunk = row_ids[start:start + CHUNK]
        enqueue("import_orders", batch_id=batch_id, first_row=chunk[0], last_row=chunk[-1])


def import_chunk(batch_id: int, first_row: int, last_row: int) -> None:
    """Capture the pending orders of rows ``first_row..last_row`` of a batch, each in its own savepoint.

    Rows are locked for the job's transaction (skipped if another worker holds them) and done rows
    are left alone, so a duplicated or retried job captures nothing twice.
    """
    batch = db.session.get(ImportBatch, batch_id)
    if batch is None:
        return
    user = db.session.get(User, batch.user_id) if batch.user_id else None
    rows = db.session.scalars(select(ImportRow).where(
        ImportRow.batch_id == batch_id, ImportRow.id.between(first_row, last_row), ImportRow.status == "pending")
        .order_by(ImportRow.id).with_for_update(skip_locked=True)).all()
    for row in rows:
        _capture_row(row, user)
    db.session.flush()
    if db.session.scalar(select(ImportRow.id).where(ImportRow.batch_id == batch_id,
                                                    ImportRow.status == "pending").limit(1)) is None:
        batch.finished_at = batch.finished_at or utcnow()


def _capture_row(row: ImportRow, user: User | None) -> None:
    payload = row.payload
    if not isinstance(payload, dict) or "__error__" in payload:
        row.status = "failed"
        row.error = payload.get("__error__", "not an object") if isinstance(payload, dict) else "not an object"
        return
    try:
        with savepoint():
            order, created = capture(tmf622.order_request(payload, user), actor_id=user.id if user else None,
                                     channel="import")
    except DomainError as exc:
        row.status = "failed"
        row.error = "; ".join(f"{e.get('field') or ''}: {e['message']}".lstrip(": ") for e in exc.errors)
        return
    row.status, row.order_id = ("created" if created else "present"), order.id


def rows_done(batch_id: int) -> int:
    """How many orders of the batch the jobs have handled so far."""
    return db.session.scalar(select(func.count()).select_from(ImportRow).where(
        ImportRow.batch_id == batch_id, ImportRow.status != "pending")) or 0


def batch_rows(batch_id: int, *, offset: int = 0, limit: int | None = None) -> list[ImportRow]:
    """The batch's rows in file order (``limit`` of them from ``offset``, or all)."""
    return list(db.session.scalars(select(ImportRow).where(ImportRow.batch_id == batch_id).order_by(ImportRow.id)
                                   .offset(offset).limit(limit)))


def get_batch(batch_id: int) -> ImportBatch:
    """:raises NotFound: no such batch."""
    batch = db.session.get(ImportBatch, batch_id)
    if batch is None:
        raise NotFound(f"no import batch {batch_id}")
    return batch


def recent_batches(limit: int = 20) -> list[ImportBatch]:
    return list(db.session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()).limit(limit)))


def status_counts(batch_ids: list[int]) -> dict[int, Counter[str]]:
    """For each batch, how many of its rows are pending, created, present (imported before) and failed."""
    counts: dict[int, Counter[str]] = {batch_id: Counter() for batch_id in batch_ids}
    for batch_id, status, count in db.session.execute(
            select(ImportRow.batch_id, ImportRow.status, func.count()).where(ImportRow.batch_id.in_(batch_ids))
            .group_by(ImportRow.batch_id, ImportRow.status)):
        counts[batch_id][status] = count
    return counts


def importer_names(batches: list[ImportBatch]) -> dict[int, str]:
    """The username of who started each batch (by user id); a batch from the CLI without ``--as`` has none."""
    ids = {batch.user_id for batch in batches if batch.user_id is not None}
    if not ids:
        return {}
    return {user_id: name for user_id, name in db.session.execute(select(User.id, User.username)
                                                                   .where(User.id.in_(ids)))}


def external_id(row: ImportRow) -> str | None:
    """The row's ``externalId``: how the person who made the file knows the order."""
    value = row.payload.get("externalId") if isinstance(row.payload, dict) else None
    return str(value) if value not in (None, "") else None


def requeue_due(now: datetime, *, everything: bool = False) -> int:
    """Re-enqueue the pending rows of batches due for a check (their jobs may be lost), with backoff.

    :param everything: every unfinished batch, due or not.
    """
    due = true() if everything else or_(ImportBatch.next_check_at.is_(None), ImportBatch.next_check_at <= now)
    batches = db.session.scalars(select(ImportBatch).where(ImportBatch.finished_at.is_(None), due)).all()
    requeued = 0
    for batch in batches:
        row_ids = list(db.session.scalars(select(ImportRow.id).where(
            ImportRow.batch_id == batch.id, ImportRow.status == "pending").order_by(ImportRow.id)))
        _enqueue_chunks(batch.id, row_ids)
        batch.requeues += 1
        batch.next_check_at = recheck_at(batch.requeues)
        requeued += len(row_ids)
    return requeued
