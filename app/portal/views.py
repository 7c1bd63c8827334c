"""The customer portal: the catalog, placing an order, my orders, and requests about an order.

Everything acts on the logged-in customer's own account: the account never comes from the
request, and another account's order is a 404 (``app.orders.customer``). Order entry works as in
the workspace (same form, same live prices) without account or discounts; ``place`` submits it.
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
from app.orchestration.milestones import where_it_is
from app.orchestration.products import ACTION_LABELS
from app.orchestration.products import change_my_product
from app.orchestration.products import contract_terms
from app.orchestration.products import my_product
from app.orchestration.products import my_products
from app.orders import customer
from app.orders import drafts
from app.orders import entry as entries
from app.orders.entry import OrderEntry
from app.orders.inventory_lines import offered_actions
from app.portal.forms import REQUEST_CHOICES
from app.portal.forms import RequestForm
from app.validation import DB_INT_MAX
from app.validation import int_arg

bp = Blueprint("portal", __name__, url_prefix="/portal")

PAGE_SIZE = 25


@bp.get("/")
@page_roles("customer")
def index() -> str:
    offerings = catalog.list_offerings(lifecycle_status="Active", valid_at=utcnow())
    return render_template("portal/catalog.html", offerings=offerings)


@bp.route("/order", methods=["GET", "POST"])
@page_roles("customer")
def new_order() -> str | Response | tuple[str, int]:
    if request.method == "POST":
        return _posted()
    entry = entries.entry_from_request(entries.EMPTY, staff=False, accounts=[])
    if request.args.get("offering"):  # "Order this" on the catalog page
        entry.add_line(request.args["offering"])
    return _page(entry)


@bp.post("/order/preview")
@page_roles("customer")
def preview() -> str:
    entry = entries.entry_from_post(request.form, staff=False, accounts=[])
    entry.validate(saving=False, live=True)
    return render_template("workspace/_prices.html", prices=entry.price_view(_quoted(entry)))


@bp.get("/orders")
@page_roles("customer")
def orders() -> str:
    offset = int_arg("offset", 0, 0, DB_INT_MAX)
    found, total = customer.my_orders(current_user, offset=offset, limit=PAGE_SIZE)
    return render_template("portal/orders.html", orders=found, total=total, offset=offset, page_size=PAGE_SIZE)


@bp.get("/orders/<int:order_id>")
@page_roles("customer")
def order(order_id: int) -> str:
    return _order_page(order_id, RequestForm(formdata=None))


@bp.get("/orders/<int:order_id>/cancel")
@page_roles("customer")
def cancel_order_again(order_id: int) -> Response:
    """The cancellation's confirmation reloaded (it is the answer to a POST): back to the order, which offers it."""
    return redirect(url_for("portal.order", order_id=customer.my_order(order_id, current_user).id))


@bp.post("/orders/<int:order_id>/cancel")
@page_roles("customer")
def cancel_order(order_id: int) -> Response | str:
    """Cancel one's own order in flight (refused, with the reason, past a point of no return), once confirmed."""
    own = customer.my_order(order_id, current_user)
    if not confirmed():
        return confirm_page(f"Cancel order {own.id}?", [
            "The order will not be delivered, and what was reserved for it is released. This cannot be undone: to "
            "have it after all, you place a new order.",
            "If some of its work can no longer be undone, nothing is cancelled and you are told why."],
            action=url_for("portal.cancel_order", order_id=own.id), fields=(),
            yes="Cancel the order", no="Keep the order", back=url_for("portal.order", order_id=own.id))
    try:
        cancellation = cancellations.cancel_order(own.id, current_user, "cancelled by the customer")
    except Conflict as exc:
        flash(cancellations.customer_refusal(own, exc), "error")
    else:
        flash("Your order is cancelled." if cancellation.effective_at else
              "Your order is being cancelled: what was already reserved for it is being released.", "info")
    return redirect(url_for("portal.order", order_id=order_id))


@bp.post("/orders/<int:order_id>/requests")
@page_roles("customer")
def raise_request(order_id: int) -> Response | tuple[str, int]:
    form = RequestForm()
    if form.validate():
        try:
            customer.raise_request(order_id, user=current_user, kind=form.kind.data, text=form.text.data or "")
        except Invalid as exc:
            for error in exc.errors:
                form[error.get("field", "text")].errors.append(error["message"])
        else:
            flash("Thank you. We have your request and an order agent will answer it here.", "info")
            return redirect(url_for("portal.order", order_id=order_id))
    return _order_page(order_id, form), 422


def _order_page(order_id: int, form: RequestForm) -> str:
    view = customer.order_view(order_id, current_user)
    kinds = customer.request_kinds(view.order)
    form.kind.choices = [choice for choice in REQUEST_CHOICES if choice.value in kinds]
    return render_template("portal/order.html", view=view, form=form, where=where_it_is(view.order),
                           cannot_cancel=cancellations.why_not_cancellable(view.order, for_customer=True))


def _posted() -> str | Response | tuple[str, int]:
    entry = entries.entry_from_post(request.form, staff=False, accounts=[])
    action = request.form.get("action", "update")
    if action == "place":
        return _place(entry)
    if entry.edit_lines(action, request.form.get("add_offering", "")):
        return _page(entry)
    entry.validate(saving=False)
    return _page(entry, quote=_quoted(entry))


def _place(entry: OrderEntry) -> Response | tuple[str, int]:
    if not entry.validate(saving=True):
        return _page(entry, quote=_quoted(entry)), 422
    try:
        placed = customer.place_order(entry.request().items, user=current_user)
    except Invalid as exc:
        entry.place(exc.errors)
        return _page(entry, quote=drafts.quote(entry.request())), 422
    flash(f"Thank you. Your order {placed.id} is placed.", "info")
    return redirect(url_for("portal.order", order_id=placed.id))


def _quoted(entry: OrderEntry) -> drafts.Quote:
    """Price the entry's valid lines and put the pricing errors next to their fields."""
    quote = drafts.quote(entry.request())
    entry.place(quote.errors)
    return quote


def _page(entry: OrderEntry, *, quote: drafts.Quote | None = None) -> str:
    offerings = catalog.list_offerings(lifecycle_status="Active", valid_at=utcnow())
    return render_template("portal/editor.html", entry=entry, offerings=offerings, prices=entry.price_view(quote))


@bp.get("/products")
@page_roles("customer")
def products() -> str:
    """"My products": the inventory the customer's completed orders left behind."""
    offset = int_arg("offset", 0, 0, DB_INT_MAX)
    found, total = my_products(current_user, offset=offset, limit=PAGE_SIZE)
    return render_template("portal/products.html", products=found, total=total, offset=offset,
                           page_size=PAGE_SIZE, product_actions=offered_actions, action_labels=ACTION_LABELS)



@bp.get("/products/<int:product_id>")
@page_roles("customer")
def product_again(product_id: int) -> Response:
    """A disconnect's confirmation reloaded (it is the answer to a POST): back to the product in the list."""
    my_product(current_user, product_id)  # one's own only: another's is not found
    return redirect(url_for("portal.products") + f"#product-{product_id}")


@bp.post("/products/<int:product_id>")
@page_roles("customer")
def change_product(product_id: int) -> Response | str:
    """Suspend, resume or disconnect one of the customer's products: it becomes an order (a disconnect, once
    confirmed)."""
    action = request.form.get("action", "")
    product = my_product(current_user, product_id)
    offered = not product["changing_order"] and not product["needed_by"] and \
        action in offered_actions(product["status"], product["offering_id"])  # as the page offers it
    if action == "delete" and offered and not confirmed():
        return confirm_page(f"Disconnect {product['name']}?", [
            "The service stops and you are no longer billed for it. This cannot be undone: to have it again, you "
            "order it anew.", *(contract_terms(contract) for contract in product["contracts"])],
            action=url_for("portal.change_product", product_id=product_id), fields=[("action", action)],
            yes="Disconnect", no="Keep it", back=url_for("portal.products"))
    order = change_my_product(current_user, product_id, action)
    flash(f"{ACTION_LABELS.get(action, action)} is ordered: order {order.id}.", "info")
    return redirect(url_for("portal.order", order_id=order.id))


