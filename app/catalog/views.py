"""Catalog pages for process admins: list offerings, show one with its tree and prices, create and edit; label
the characteristics of an offering's product specification."""
from __future__ import annotations

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from werkzeug.wrappers import Response

from app.auth.access import page_roles
from app.catalog import forms
from app.catalog import service as catalog
from app.catalog.models import LIFECYCLE_STATUSES
from app.catalog.models import SPEC_KIND_LABELS
from app.errors import Invalid

bp = Blueprint("catalog", __name__, url_prefix="/catalog")


@bp.get("/")
@page_roles("process_admin")
def index() -> str:
    status = request.args.get("status") or None
    query = request.args.get("q", "").strip()
    return render_template("catalog/index.html", statuses=LIFECYCLE_STATUSES, status=status, query=query,
                           offerings=catalog.list_offerings(lifecycle_status=status, name_contains=query or None))


@bp.get("/offerings/<int:offering_id>")
@page_roles("process_admin")
def show(offering_id: int) -> str:
    offering = catalog.get_offering(offering_id)
    return render_template("catalog/show.html", offering=offering, tree=catalog.spec_tree(offering.id),
                           kind_labels=SPEC_KIND_LABELS)


@bp.route("/offerings/new", methods=["GET", "POST"])
@page_roles("process_admin")
def create() -> str | Response | tuple[str, int]:
    if _too_many_prices():
        return _too_many_prices_page(None)
    form = forms.offering_form(None)
    if form.validate_on_submit():
        data, price_rows = forms.offering_input(form)
        try:
            offering = catalog.create_offering(data)
        except Invalid as exc:
            return _invalid(form, exc, price_rows, None)
        flash(f"Created “{offering.name}”.", "info")
        return redirect(url_for("catalog.show", offering_id=offering.id))
    return _form_page(form, None)


@bp.route("/offerings/<int:offering_id>/edit", methods=["GET", "POST"])
@page_roles("process_admin")
def edit(offering_id: int) -> str | Response | tuple[str, int]:
    if _too_many_prices():
        return _too_many_prices_page(offering_id)
    form = forms.offering_form(catalog.get_offering(offering_id))
    if form.validate_on_submit():
        data, price_rows = forms.offering_input(form)
        try:
            catalog.update_offering(offering_id, data)
        except Invalid as exc:
            return _invalid(form, exc, price_rows, offering_id)
        flash("Saved.", "info")
        return redirect(url_for("catalog.show", offering_id=offering_id))
    return _form_page(form, offering_id)


@bp.route("/offerings/<int:offering_id>/labels", methods=["GET", "POST"])
@page_roles("process_admin")
def labels(offering_id: int) -> str | Response | tuple[str, int]:
    offering = catalog.get_offering(offering_id)
    spec = catalog.product_spec_of(offering)
    sharing = catalog.offerings_sharing(spec, offering_id)  # labels are the specification's: they change too
    posted = forms.posted_entries(request.form, "characteristics") if request.method == "POST" else 0
    too_many = posted > forms.MAX_LABEL_ENTRIES  # a form of each would take seconds: 100,000 took 33 s
    form = forms.labels_form(spec, bind_post=not too_many)
    errors = [f"The form sent {posted:,} labels; it takes at most {forms.MAX_LABEL_ENTRIES}."] if too_many else []
    if not too_many and form.validate_on_submit():
        try:
            catalog.relabel_characteristics(spec, forms.labels_input(form))
        except Invalid as exc:
            errors = [e["message"] for e in exc.errors or []]
        else:
            also = f" They changed on {', '.join(o.name for o in sharing)} too." if sharing else ""
            flash(f"Saved the labels.{also}", "info")
            return redirect(url_for("catalog.show", offering_id=offering_id))
    page = render_template("catalog/labels.html", form=form, offering=offering, spec=spec, errors=errors,
                           sharing=sharing)
    return (page, 422) if form.errors or errors else page


def _too_many_prices() -> bool:
    """Whether the post carries more price rows than one form takes (a sub-form each: 10,000 took 15 s)."""
    return request.method == "POST" and forms.posted_entries(request.form, "prices") > forms.MAX_PRICE_ROWS


def _too_many_prices_page(offering_id: int | None) -> tuple[str, int]:
    form = forms.offering_form(catalog.get_offering(offering_id) if offering_id is not None else None,
                               bind_post=False)
    said = f"The form sent more than {forms.MAX_PRICE_ROWS} prices; an offering takes at most that many at once."
    return render_template("catalog/edit.html", form=form, offering_id=offering_id, errors=[said]), 422


def _invalid(form: forms.OfferingForm, error: Invalid, price_rows: list[int],
             offering_id: int | None) -> tuple[str, int]:
    unplaced = forms.add_errors(form, error.errors, price_rows)
    return render_template("catalog/edit.html", form=form, offering_id=offering_id, errors=unplaced), 422


def _form_page(form: forms.OfferingForm, offering_id: int | None) -> str | tuple[str, int]:
    page = render_template("catalog/edit.html", form=form, offering_id=offering_id, errors=[])
    return (page, 422) if form.errors else page
