"""The demo's sample orders: on its first start ``ordra demo`` imports three orders of the demo catalog, so the
order approver and the fulfilment agent find work waiting and an order's page has something to show.

They go through the bulk import like any file (the *Imports* page lists the batch, each order says it was
captured via import), and say in their description that the demo placed them. A database that already holds
orders or import batches gets none: a restarted demo keeps what its users did.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.extensions import db
from app.orders.bulk_import import queue_import
from app.orders.models import CustomerAccount
from app.orders.models import ImportBatch
from app.orders.models import ProductOrder

SAMPLE_BATCH = "sample orders (ordra demo)"
DESCRIPTION = "Sample order placed by ordra demo"
# (external id, customer account, [(offering, characteristics)]); where each waits first is the shipped models'
# doing: the fibre line in London goes to an approver, the other two to a fulfilment agent for technical details
SAMPLES: tuple[tuple[str, str, tuple[tuple[str, dict[str, Any]], ...]], ...] = (
    ("SAMPLE-1", "Acme Ltd", (
        ("Business Fibre Internet", {"bandwidth": 500, "site_postcode": "SW1A 1AA"}),
        ("Static IP Block", {}),
        ("Managed Router", {}),
        ("Installation", {"access_notes": "Reception on the ground floor; parking at the rear"}),
    )),
    ("SAMPLE-2", "Bravo plc", (
        ("Business Fibre Internet", {"bandwidth": 100, "site_postcode": "ZZ1 1ZZ"}),
        ("Managed Router", {"wifi": False}),
        ("Installation", {}),
    )),
    ("SAMPLE-3", "Cobalt Council", (
        ("Business Voice", {"channels": 10, "numbers": 20}),
    )),
)


def queue_sample_orders() -> ImportBatch | None:
    """Queue the sample orders' import, unless the database holds orders or import batches already (or lacks the
    demo accounts); the jobs capture them as they capture any import."""
    if any(db.session.scalar(select(model.id).limit(1)) is not None for model in (ProductOrder, ImportBatch)):
        return None
    accounts = {a.name: a.id for a in db.session.scalars(select(CustomerAccount))}
    if any(account not in accounts for _, account, _ in SAMPLES):
        return None
    records = [(line, _payload(external_id, accounts[account], items))
               for line, (external_id, account, items) in enumerate(SAMPLES, 1)]
    return queue_import(SAMPLE_BATCH, records, user=None)


def _payload(external_id: str, account_id: int, items: tuple[tuple[str, dict[str, Any]], ...]) -> dict[str, Any]:
    """One sample as a TMF622 order (offerings named, as import files may)."""
    return {"externalId": external_id, "description": DESCRIPTION,
            "relatedParty": [{"id": str(account_id), "role": "Customer"}],
            "productOrderItem": [
                {"id": str(seq), "action": "add", "quantity": 1, "productOffering": {"id": offering},
                 "product": {"productCharacteristic": [{"name": k, "value": v} for k, v in chars.items()]}}
                for seq, (offering, chars) in enumerate(items, 1)]}
