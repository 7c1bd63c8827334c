"""Starting and following an order's fulfilment process."""
from __future__ import annotations

from typing import Any

from flask import current_app

from app.instances import service as instances
from app.labels import line_action_label
from app.orders.inventory_lines import installed_site
from app.orders.models import ProductOrder
from app.orders.service import order_site
from app.orders.service import site_characteristic
from app.orders.timeline import record

ORDER_PROCESS = "customer_order"


def process_data(order: ProductOrder) -> dict[str, Any]:
    """What the customer-order process starts with: the order as plain JSON values."""
    site = site_characteristic()
    installed = installed_site([item.product_ref for item in order.items if item.product_ref])
    return {
        "order_id": order.id,
        "account_id": order.account_id,
        "customer": order.account.name,
        "segment": order.account.segment,
        "channel": order.channel,
        "requested_completion_date": order.requested_completion_date.isoformat()
        if order.requested_completion_date else None,
        "requires_approval": order.requires_approval,
        "approval_reasons": order.approval_reasons,
        "recurring_total": str(order.recurring_total),
        "one_time_total": str(order.one_time_total),
        "currency": order.currency,  # what the totals are in: the approval forms and instructions say it
        site: order_site(order) or installed.get(site, ""),
        # what the inventory knows of the site of the products the lines act on (its serving exchange ...): the
        # process reuses it rather than ask a person again for a site the enrichment rules do not know
        "installed_site": installed,
        # read by the approval gateways and the reject step whether or not the optional form fields were filled;
        # customer_reason is the one the customer reads, the other two are staff notes
        "approval_decision": "", "approval_reason": "", "adjustments_note": "", "customer_reason": "",
        "items": [{"seq": item.seq, "action": item.action, "offering": item.offering_name,
                   "offering_id": item.offering_id, "quantity": item.quantity, "product_ref": item.product_ref,
                   "summary": line_summary(item.action, item.offering_name, item.product_ref),
                   "characteristics": item.characteristics} for item in order.items],
    }


def line_summary(action: str, offering: str, product_ref: str | None) -> str:
    """What a line does, as an approver reads it: "Suspend Business Fibre Internet (product 12)", so a
    status change is never mistaken for a sale (its price is 0.00 a month either way)."""
    product = f" (product {product_ref})" if product_ref else ""
    return f"{line_action_label(action)} {offering}{product}"


def start_fulfilment(order: ProductOrder, *, actor_id: int | None) -> None:
    """Start the newest customer-order process for ``order`` and link it."""
    process_id = current_app.config.get("ORDER_PROCESS_ID", ORDER_PROCESS)
    instance = instances.start_process(process_id, process_data(order), actor_id=actor_id, order_id=order.id)
    order.instance_id = instance.id
    record(order, "process_started", actor_id=actor_id,
           message=f"{process_id} version {instance.process_version.version}", detail={"instance": instance.id})
