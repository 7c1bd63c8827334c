"""The agent workspace: every order, one order in full, and order entry with drafts and live prices.

Order entry posts one HTML form whose submit button says what to do: ``update`` (validate and
price, the no-JS "Update prices"), ``add`` (a line of the offering chosen in ``add_offering``),
``remove-<key>`` (drop that line), ``save`` (store as draft) or ``submit`` (store and submit).
``/workspace/orders/preview`` prices the same post for the page's script and returns the price
panel as an HTML fragment.
"""
from __future__ import annotations

from flask import Blueprint
from flask import flash
from flask import redirect
from flask import render_template
from flask import request
from flask import url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from app.auth.access import page_roles
from app.catalog import service as catalog
from app.confirm import confirm_page
from app.confirm import confirmed
from app.database import utcnow
from app.errors import Conflict
from app.errors import Invalid
from app.orchestration import cancellation as cancellations
from app.orchestration import order_json as presenters
from app.orchestration import revisions
from app.orchestration.products import ACTION_LABELS
from app.orchestration.products import change_product as change_installed_product
from app.orchestration.products import disconnect_question
from app.orchestration.products import needing_products
from app.orchestration.products import staff_product
from app.orders import drafts
from app.orders import entry as entries
from app.orders import service as orders
from app.orders.capture import CHANNELS
from app.orders.entry import OrderEntry
from app.orders.inventory_lines import offered_actions
from app.orders.models import ORDER_STATES
from app.orders.totals import ordered_if_other
from app.tmf.notifications import deliveries_of_order
from app.validation import DB_INT_MAX
from app.validation import int_arg
from app.validation import optional_id_arg
from app.workspace.orchestration import ORDER_DESK_ROLES
from app.workspace.orchestration import ORDER_PAGE_ROLES
from app.workspace.revise_form import revise_form

bp = Blueprint("workspace", __name__, url_prefix="/workspace")

ROLES = ORDER_DESK_ROLES
PAGE_SIZE = 50
SAVING = ("save", "submit")


@bp.get("/")
@page_roles(*ROLES)
def index() -> str:
    state = request.args.get("state") or None
    channel = request.args.get("channel") or None
    account_id = optional_id_arg("customer") if request.args.get("customer") else None  # "": any customer
    offset = int_arg("offset", 0, 0, DB_INT_MAX)
    found, total = orders.list_orders(current_user, state=state, channel=channel, account_id=account_id,
                                      offset=offset, limit=PAGE_SIZE)
    return render_template("workspace/index.html", orders=found, total=total, offset=offset, page_size=PAGE_SIZE,
                           states=ORDER_STATES, channels=CHANNELS, accounts=orders.list_accounts(),
                           filters={"state": state, "channel": channel, "customer": account_id})


@bp.get("/orders/<int:order_id>")
@page_roles(*ORDER_PAGE_ROLES)  # managers, approvers and fallout people follow orders here too
def order(order_id: int) -> str:
    found = orders.get_order(order_id, current_user)
    view = presenters.order_360(found)
    return render_template("workspace/order.html", order=found, view=view,
                           product_actions=offered_actions, action_labels=ACTION_LABELS,
                           needing=needing_products(view["inventory"]),
                           tmf_deliveries=deliveries_of_order(found.id), ordered=ordered_if_other(found),
                           cannot_cancel=cancellations.why_not_cancellable(found))


@bp.get("/products/<int:product_id>")
@page_roles(*ROLES)
def product_again(product_id: int) -> Response:
    """A disconnect's confirmation reloaded (it is the answer to a POST): back to the order that delivered it."""
    product = staff_product(current_user, product_id)
    return redirect(url_for("workspace.order", order_id=product["order_id"]) + "#order-inventory")


def _confirm_disconnect(product_id: int, together: tuple[int, ...]) -> str:
    """What disconnecting the product (and the products ``together`` with it) does to the customer, to confirm."""
    asked = disconnect_question(current_user, product_id, together)
    back = url_for("workspace.order", order_id=asked.delivered_by) + "#order-inventory"
    again = url_for("workspace.change_product", product_id=product_id)
    return confirm_page(asked.title, asked.lines, action=again, yes="Disconnect", no="Keep", back=back,
                        fields=[("action", "delete"), *(("together", str(ref)) for ref in together)])


@bp.post("/products/<int:product_id>")
@page_roles(*ROLES)
def change_product(product_id: int) -> Response | str:
    """Suspend, resume or disconnect a customer's product on their behalf (with the products posted as
    ``together``: a disconnect of the products that need it in the same order): it becomes an order."""
    action = request.form.get("action", "")
    together = tuple(int(ref) for ref in request.form.getlist("together")
                     if ref.isascii() and ref.isdigit() and int(ref) <= DB_INT_MAX)
    if action == "delete" and not confirmed():
        return _confirm_disconnect(product_id, together)
    order = change_installed_product(current_user, product_id, action, channel="workspace", together=together)
    flash(f"{ACTION_LABELS.get(action, action)} is ordered: order {order.id}.", "info")
    return redirect(url_for("workspace.order", order_id=order.id))


@bp.route("/orders/<int:order_id>/revise", methods=["GET", "POST"])
@page_roles(*ROLES)
def revise_order(order_id: int) -> str | Response | tuple[str, int]:
    """Change an order in flight: "Preview impact" shows the dry run, "Confirm revision" carries it out."""
    found = orders.get_order(order_id, current_user)
    posted = request.form if request.method == "POST" else None
    form = revise_form(found, posted)
    page = {"order": found, "offerings": catalog.list_offerings(lifecycle_status="Active", valid_at=utcnow()),
            "form": form, "impact": None}
    if posted is None or form.new_line_to_fill:  # a line to add was just chosen: its fields come first
        return render_template("workspace/revise.html", **page)
    if not form.validate():
        return render_template("workspace/revise.html", **page), 422
    confirm = posted.get("action") == "confirm"
    try:
        impact, _ = revisions.revise(order_id, current_user, form.items, dry_run=not confirm)
    except Invalid as exc:
        form.place(exc.errors)
        return render_template("workspace/revise.html", **page), 422
    if confirm:
        flash(revisions.outcome_message(order_id, impact), "info")
        return redirect(url_for("workspace.order", order_id=order_id))
    return render_template("workspace/revise.html", **{**page, "impact": impact})


@bp.post("/orders/<int:order_id>/cancel")
@page_roles(*ROLES)
def cancel_order(order_id: int) -> Response:
    try:
        cancellation = cancellations.cancel_order(order_id, current_user, request.form.get("reason", "").strip()[:500])
    except Conflict as exc:
        flash(cancellations.refusal(exc), "error")
    else:
        flash(f"Order {order_id} is cancelled." if cancellation.effective_at else
              f"Order {order_id} is being cancelled: its completed work is being undone.", "info")
    return redirect(url_for("workspace.order", order_id=order_id))


@bp.route("/orders/new", methods=["GET", "POST"])
@page_roles(*ROLES)
def new_order() -> str | Response | tuple[str, int]:
    if request.method == "POST":
        return _posted(None)
    return _page(entries.entry_from_request(entries.EMPTY, staff=True, accounts=orders.list_accounts()), None)


@bp.route("/orders/<int:order_id>/edit", methods=["GET", "POST"])
@page_roles(*ROLES)
def edit_order(order_id: int) -> str | Response | tuple[str, int]:
    if request.method == "POST":
        return _posted(order_id)
    stored = drafts.request_of(drafts.get_draft(order_id, current_user))
    entry = entries.entry_from_request(stored, staff=True, accounts=orders.list_accounts())
    return _page(entry, order_id, quote=drafts.quote(stored))


@bp.post("/orders/preview")
@page_roles(*ROLES)
def preview() -> str:
    entry = entries.entry_from_post(request.form, staff=True, accounts=orders.list_accounts())
    entry.validate(saving=False, live=True)
    return render_template("workspace/_prices.html", prices=entry.price_view(_quoted(entry)))


def _posted(order_id: int | None) -> str | Response | tuple[str, int]:
    entry = entries.entry_from_post(request.form, staff=True, accounts=orders.list_accounts())
    action = request.form.get("action", "update")
    if action in SAVING:
        return _save(entry, order_id, submit=action == "submit")
    if entry.edit_lines(action, request.form.get("add_offering", "")):
        return _page(entry, order_id)
    entry.validate(saving=False)
    return _page(entry, order_id, quote=_quoted(entry))


def _save(entry: OrderEntry, order_id: int | None, *, submit: bool) -> Response | tuple[str, int]:
    if not entry.validate(saving=True):
        return _page(entry, order_id, quote=_quoted(entry)), 422
    try:
        saved = drafts.save_draft(entry.request(), user=current_user, order_id=order_id, submit=submit)
    except Invalid as exc:
        entry.place(exc.errors)
        return _page(entry, order_id, quote=drafts.quote(entry.request())), 422
    flash(f"Order {saved.id} {'submitted' if submit else 'saved as a draft'}.", "info")
    return redirect(url_for("workspace.order", order_id=saved.id))


def _quoted(entry: OrderEntry) -> drafts.Quote:
    """Price the entry's valid lines and put the pricing errors next to their fields."""
    quote = drafts.quote(entry.request())
    entry.place(quote.errors)
    return quote


def _page(entry: OrderEntry, order_id: int | None, *, quote: drafts.Quote | None = None) -> str:
    offerings = catalog.list_offerings(lifecycle_status="Active", valid_at=utcnow())
    return render_template("workspace/editor.html", entry=entry, order_id=order_id, offerings=offerings,
                           prices=entry.price_view(quote))
