"""The customer-order process's own service tasks, as connectors (``ordra/...``).

They run as jobs like any connector; each is idempotent by order, so a repeated job does no harm.
``CONNECTORS`` declares them; the app factory registers them (``app.wiring``).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.sql.selectable import ScalarSelect

from app.connectors import Connector
from app.connectors import ConnectorError
from app.connectors import Deferred
from app.connectors import schema
from app.engine.models import ProcessInstance
from app.engine.models import ServiceCall
from app.extensions import db
from app.inbox.models import WorkItem
from app.orchestration import cancellation
from app.orchestration import inventory
from app.orchestration import revisions
from app.orchestration import service


def _order_id(params: Mapping[str, Any]) -> int:
    try:
        return int(params["order_id"])
    except (KeyError, TypeError, ValueError):
        raise ConnectorError("MISSING_DATA", "order_id is missing or not a number", {"missing": ["order_id"]}) from None


def record_enrichment(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    return service.record_enrichment(_order_id(params), dict(params.get("values") or {}))


def reject_order(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """End the order rejected, in the name of the approver or order manager whose task said no."""
    return service.reject(_order_id(params), str(params.get("reason") or ""),
                          customer_reason=str(params.get("customer_reason") or ""), actor_id=_decider(key))


def decompose(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Create the domain orders and start the ready ones; returns their summary."""
    return service.start_decomposition(_order_id(params), dict(params.get("facts") or {}))


def await_fulfilment(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Done at once if every domain order already completed; otherwise the roll-up resumes it later."""
    order_id = _order_id(params)
    if service.fulfilment_done(order_id):
        return service.summary(order_id)
    raise Deferred()


def provide_data(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """A plan hands data to its order (e.g. the survey result the access line waits for)."""
    if not params.get("key"):
        raise ConnectorError("MISSING_DATA", "missing parameter(s): key", {"missing": ["key"]})
    return service.provide_data(_order_id(params), str(params["key"]), params.get("value"))


def close_order(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    return inventory.close_order(_order_id(params))


# An order agent's answers to a customer request that need no action on the order.
REQUEST_ANSWERS = ("answered", "declined", "escalated")


def settle_customer_request(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Carry out the agent's choice on a customer request and return what actually happened."""
    resolution = str(params.get("resolution") or "")
    if resolution != "cancel_order" and resolution not in REQUEST_ANSWERS:
        raise ConnectorError("BAD_RESOLUTION", f"unknown resolution {resolution!r}", {"resolution": resolution})
    request = _request_of(key)
    if resolution == "cancel_order":
        # ``note`` is the agent's answer to the customer (the portal shows it under the request), not why the
        # order is cancelled: that is the customer's asking, which the cancellation records itself
        return cancellation.cancel_on_request(_order_id(params), agent_id=request.agent_id,
                                              customer_id=request.customer_id)
    if resolution == "declined" and request.kind == "cancellation":
        cancellation.decline_request(_order_id(params), agent_id=request.agent_id, note=str(params.get("note") or ""))
    return {"outcome": resolution, "message": ""}


@dataclass(frozen=True)
class _Request:
    kind: str  # what the customer asked for: issue | change | cancellation ("" if unknown)
    customer_id: int | None  # who asked: the request process's starter
    agent_id: int | None  # who answered: the person who completed its task


def _request_of(key: str) -> _Request:
    """The customer request whose settle step makes the call with idempotency ``key`` (a step acts on the order
    for the people behind the request: the agent's answer, on the customer's asking)."""
    instance = _calling_instance(key)
    if instance is None:
        return _Request(kind="", customer_id=None, agent_id=None)
    return _Request(kind=str((instance.data or {}).get("request_kind") or ""), customer_id=instance.started_by_id,
                    agent_id=_last_doer(instance.id))


def _calling_instance(key: str) -> ProcessInstance | None:
    return db.session.scalar(select(ProcessInstance).where(ProcessInstance.id == _calling_id(key)))


def _calling_id(key: str) -> ScalarSelect[int]:
    """The id of the process instance whose step makes the call with idempotency ``key``, as a subquery."""
    return select(ServiceCall.instance_id).where(ServiceCall.idempotency_key == key).scalar_subquery()


def _last_doer(instance_id: int | ScalarSelect[int]) -> int | None:
    """Who completed the newest task of the instance: for a step right after a person's task (an approval,
    an answer), the person whose decision the step carries out."""
    return db.session.scalar(select(WorkItem.completed_by_id).where(
        WorkItem.instance_id == instance_id, WorkItem.status == "completed")
        .order_by(WorkItem.completed_at.desc(), WorkItem.id.desc()).limit(1))


def _decider(key: str) -> int | None:
    """The person whose task decided what the step making the call with idempotency ``key`` carries out, in one
    query (None: no person's task came before it, so Ordra itself acts)."""
    return _last_doer(_calling_id(key))


def decide_revision(params: Mapping[str, Any], key: str) -> dict[str, Any]:
    """Carry out an order approver's decision on a revision awaiting approval (idempotent)."""
    decision = str(params.get("decision") or "")
    if decision not in ("approve", "reject"):
        raise ConnectorError("BAD_DECISION", f"unknown decision {decision!r}", {"decision": decision})
    try:
        number = int(params["revision"])
    except (KeyError, TypeError, ValueError):
        raise ConnectorError("MISSING_DATA", "revision is missing or not a number",
                             {"missing": ["revision"]}) from None
    note = str(params.get("note") or "")
    return revisions.decide(_order_id(params), number, approve=decision == "approve", note=note,
                            actor_id=_decider(key))


_ORDER = {"order_id": {"type": ["integer", "string"], "description": "the customer order's id"}}
_TEXT_OR_NULL = {"type": ["string", "null"]}
_OBJECT = {"type": "object"}


def _step(name: str, call: Any, description: str, inputs: dict[str, Any], *required: str) -> Connector:
    return Connector(f"ordra/{name}", call, kind="builtin", description=description,
                     inputs=schema({**_ORDER, **inputs}, "order_id", *required), outputs=_OBJECT)


CONNECTORS = (
    _step("record_enrichment", record_enrichment, "Keep the enrichment decision's values on the order.",
          {"values": {"type": ["object", "null"]}}),
    _step("reject_order", reject_order, "Reject the order with a reason (for staff) and one for the customer.",
          {"reason": _TEXT_OR_NULL, "customer_reason": _TEXT_OR_NULL}),
    _step("decompose", decompose, "Create the order's domain orders and start the ready ones.",
          {"facts": {"type": ["object", "null"], "description": "facts for the decomposition decision"}}),
    _step("await_fulfilment", await_fulfilment, "Wait until every domain order of the order has finished.", {}),
    _step("provide_data", provide_data, "Hand a value a plan produced to its order (staggered decomposition).",
          {"key": {"type": "string"}, "value": {}}, "key"),
    _step("close_order", close_order, "Complete the order and update the product inventory.", {}),
    _step("settle_customer_request", settle_customer_request, "Carry out the agent's answer to a customer request.",
          {"resolution": {"enum": ["cancel_order", *REQUEST_ANSWERS]}, "note": _TEXT_OR_NULL}, "resolution"),
    _step("decide_revision", decide_revision, "Carry out the approver's decision on an order revision.",
          {"revision": {"type": ["integer", "string"]}, "decision": {"enum": ["approve", "reject"]},
           "note": _TEXT_OR_NULL}, "revision", "decision"),
)
