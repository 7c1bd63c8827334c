"""The order import page: upload a file of orders (what ``ordra orders import`` reads), then follow its batch,
row by row, as the background jobs capture the orders. The import service does the work (app/orders/bulk_import.py).
"""
from __future__ import annotations

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user
from flask_wtf.file import FileField
from werkzeug.wrappers import Response

from app.auth.access import page_roles
from app.errors import DomainError
from app.orders import bulk_import
from app.tmf.ordering import CAPTURERS
from app.validation import DB_INT_MAX
from app.validation import int_arg
from app.webforms import PageForm

bp = Blueprint("order_imports", __name__, url_prefix="/workspace/imports")

# The staff who may place orders over TMF622 may import them; a customer orders for their own account only.
IMPORT_ROLES = tuple(role for role in CAPTURERS if role != "customer")
ROW_PAGE = 100


class ImportForm(PageForm):
    file = FileField("File of orders (.json, .jsonl or .csv)")


@bp.route("/", methods=["GET", "POST"])
@page_roles(*IMPORT_ROLES)
def index() -> str | Response | tuple[str, int]:
    form = ImportForm()
    error = ""
    if form.validate_on_submit():
        upload = request.files.get("file")
        filename = bulk_import.display_filename((upload.filename or "").replace("\\", "/").rsplit("/", 1)[-1]) \
            if upload else ""
        try:
            records = bulk_import.read_upload(filename, upload.read() if upload else b"")
        except DomainError as exc:
            error = str(exc)
        else:
            batch = bulk_import.queue_import(filename, records, user=current_user)
            flash(f"{filename}: {len(records)} order{'s' if len(records) != 1 else ''} queued for import.", "info")
            return redirect(url_for("order_imports.batch", batch_id=batch.id))
    batches = bulk_import.recent_batches()
    page = render_template("workspace/imports.html", form=form, error=error, batches=batches,
                           counts=bulk_import.status_counts([b.id for b in batches]),
                           users=bulk_import.importer_names(batches), csv_fields=bulk_import.CSV_FIELDS)
    return (page, 422) if error or form.errors else page


@bp.get("/<int:batch_id>")
@page_roles(*IMPORT_ROLES)
def batch(batch_id: int) -> str:
    found = bulk_import.get_batch(batch_id)
    offset = int_arg("offset", 0, 0, DB_INT_MAX)
    return render_template("workspace/import_batch.html", batch=found, offset=offset, page_size=ROW_PAGE,
                           counts=bulk_import.status_counts([batch_id])[batch_id],
                           rows=bulk_import.batch_rows(batch_id, offset=offset, limit=ROW_PAGE),
                           external_id=bulk_import.external_id, result_labels=bulk_import.RESULT_LABELS,
                           importer=bulk_import.importer_names([found]).get(found.user_id or 0))
