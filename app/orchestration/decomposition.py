"""Decomposition: a customer order's lines → domain orders, by catalog spec tree and the decomposition DMN.

For each line the offering's specification tree (product → CFS → RFS → resource, ``realizedBy``
only) is walked bottom-up and every node is put to the ``decomposition`` decision, which says
what domain order the node becomes (or ``none``: its children realise it), the plan that runs
it, the data it needs before it may start (``requires``), the data its plan hands back to the
order (``provides``) and which characteristics it depends on (``watches``, for ``modify``).

A line that builds up (``add``, ``modify``, ``resume``) runs bottom-up: a domain order depends on the nearest
domain orders below it in the tree (reserve the resource, activate the service, then bill for it). A line that
tears down (``delete``, ``suspend``) runs top-down, as an operator does: a domain order depends on the nearest
domain orders above it (stop charging, cease or suspend the service, then release the resource nothing uses any
more). A requirement only domain orders that wait for the requirer could provide is dropped: it would wait forever.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from sqlalchemy.orm.attributes import flag_modified

from app import rules
from app.catalog import service as catalog
from app.catalog.models import REALIZED_BY
from app.catalog.service import SpecNode
from app.database import revise_memo
from app.errors import NotFound
from app.extensions import db
from app.orchestration.models import DomainOrder
from app.orders.models import InventoryProduct
from app.orders.models import OrderItem
from app.orders.models import ProductOrder
from app.orders.service import order_site
from app.orders.service import site_characteristic
from app.studio import decisions

DECISION = "decomposition"


@dataclass
class _Line:
    """What the walk of one order line needs to know."""

    order: ProductOrder
    item: OrderItem
    facts: Mapping[str, Any]
    product_spec: str
    changed: set[str] | None  # None: every node is touched (add, delete)


@dataclass
class PlannedDomain:
    """A domain order that one line of an order needs, before it is stored."""

    seq: int
    spec_name: str
    type: str
    plan: str
    name: str
    requires: list[str]
    provides: set[str]
    watches: str
    action: str
    data: dict[str, Any]
    below: list[PlannedDomain]  # the nearest planned domain orders below it in the spec tree
    rule: dict[str, Any]  # the decomposition rule row that asked for it (the timeline shows why)
    above: list[PlannedDomain] = field(default_factory=list)  # the nearest planned domain orders above it

    @property
    def after(self) -> list[PlannedDomain]:
        """The planned domain orders this one waits for: below it while its line builds up, above it while the
        line tears down (see :data:`TEAR_DOWN`)."""
        return self.above if self.action in TEAR_DOWN else self.below


# Actions that take a product apart, top-down: billing stops (or pauses) before the service ceases (or is
# suspended), and a resource is released only once no service uses it. A resume builds the product up again like
# an add: the service runs again before billing charges for it.
TEAR_DOWN = frozenset({"delete", "suspend"})


def decompose(order: ProductOrder, facts: Mapping[str, Any]) -> list[DomainOrder]:
    """Create the domain orders of ``order`` (state ``pending``; the caller starts what is ready).

    ``facts`` are order-level values from enrichment and technical details (serving exchange,
    region, priority ...) copied into every domain order's data. A requirement that no domain
    order of this order provides is dropped, so a line never waits for data nobody will send.

    :raises NotFound: a ``modify``/``delete`` line names no inventory product of the customer.
    """
    planned = [domain for item in order.items
               for domain in plan_line(order, item, facts, _changed_characteristics(order, item))]
    provided = set().union(*(domain.provides for domain in planned)) if planned else set()
    return materialise(order, planned, provided=provided, stored={})


def plan_line(order: ProductOrder, item: OrderItem, facts: Mapping[str, Any],
              changed: set[str] | None = None) -> list[PlannedDomain]:
    """The domain orders ``item`` needs, children before parents; stores nothing.

    ``changed`` (for ``modify``) keeps only the nodes whose ``watches`` name a changed characteristic;
    None plans every node.
    """
    tree = catalog.spec_tree(item.offering_id)
    if tree is None:
        return []
    planned: list[PlannedDomain] = []
    _walk(tree, _Line(order, item, facts, tree.specification.name, changed), planned)
    return planned


def materialise(order: ProductOrder, planned: list[PlannedDomain], *, provided: set[str],
                stored: dict[int, DomainOrder]) -> list[DomainOrder]:
    """Store ``planned`` (children first) as ``pending`` domain orders of ``order``.

    ``provided`` are the data keys some domain order of the order provides or already provided (other
    requirements are dropped, and so are those only domain orders waiting for the requirer provide); ``stored``
    maps ``id(planned)`` of planned domain orders that already exist (a revision keeps them) to their rows, so new
    ones depend on them.
    """
    created: list[tuple[PlannedDomain, DomainOrder]] = []
    providers, dependents = _links(planned)
    for domain in planned:
        if id(domain) in stored:
            continue
        row = DomainOrder(order_id=order.id, type=domain.type, name=domain.name, spec_name=domain.spec_name,
                          action=domain.action, item_seqs=[domain.seq], state="pending", plan=domain.plan,
                          depends_on=[], requires=_awaitable(domain, provided, providers, dependents),
                          data=dict(domain.data), rule=domain.rule)
        db.session.add(row)
        stored[id(domain)] = row
        created.append((domain, row))
    db.session.flush()  # together (one INSERT where the database returns many ids: PostgreSQL); ids known now
    for domain, row in created:
        row.depends_on = [stored[id(before)].id for before in domain.after]
        row.data = {**row.data, "domain_order_id": row.id}
        # Written by the next flush with the state the caller gives each row next (pending, waiting): flagged
        # also when unchanged, every row updates the same columns, and one UPDATE stores them all.
        flag_modified(row, "depends_on")
        flag_modified(row, "state")
    new_rows = [row for _, row in created]
    # the order's domain orders as read under its lock (see orchestration.service.domain_orders), with these
    revise_memo(("domain_orders", order.id), lambda known: sorted([*known, *new_rows], key=lambda d: d.id))
    return new_rows


def _links(planned: list[PlannedDomain]) -> tuple[dict[str, list[PlannedDomain]], dict[int, list[PlannedDomain]]]:
    """Who of ``planned`` provides each data key, and who waits for each (by ``id()``) directly."""
    providers: dict[str, list[PlannedDomain]] = {}
    dependents: dict[int, list[PlannedDomain]] = {}
    for domain in planned:
        for key in domain.provides:
            providers.setdefault(key, []).append(domain)
        for before in domain.after:
            dependents.setdefault(id(before), []).append(domain)
    return providers, dependents


def _awaitable(domain: PlannedDomain, provided: set[str], providers: dict[str, list[PlannedDomain]],
               dependents: dict[int, list[PlannedDomain]]) -> list[str]:
    """The keys ``domain`` requires that can reach it: some domain order provides them (``provided``), and not only
    planned ones that wait, through their dependencies, for ``domain`` to complete (a line torn down top-down whose
    lower node provided data for an upper one would otherwise wait forever)."""
    if not domain.requires:
        return []
    waiting = _waiting_for(domain, dependents)

    def reaches(key: str) -> bool:
        planned = providers.get(key, [])
        return key in provided and (not planned or any(id(p) not in waiting for p in planned))
    return [key for key in domain.requires if reaches(key)]


def _waiting_for(domain: PlannedDomain, dependents: dict[int, list[PlannedDomain]]) -> set[int]:
    """``id()`` of the planned domain orders that wait, directly or through others, for ``domain``."""
    waiting: set[int] = set()
    todo = [domain]
    while todo:
        for other in dependents.get(id(todo.pop()), []):
            if id(other) not in waiting:
                waiting.add(id(other))
                todo.append(other)
    return waiting


def _changed_characteristics(order: ProductOrder, item: OrderItem) -> set[str] | None:
    if item.action not in ("modify", "delete"):
        return None
    product = existing_product(order, item)
    if item.action == "delete":
        return None
    return {name for name, value in item.characteristics.items() if product.characteristics.get(name) != value}


def existing_product(order: ProductOrder, item: OrderItem) -> InventoryProduct:
    """The inventory product a ``modify``/``delete`` line acts on. :raises NotFound: none of this customer."""
    product = db.session.get(InventoryProduct, int(item.product_ref)) if item.product_ref.isdigit() else None
    if product is None or product.account_id != order.account_id:
        raise NotFound(f"line {item.seq}: no product '{item.product_ref}' in the customer's inventory")
    return product


def installed_record(order: ProductOrder, domain: DomainOrder) -> dict[str, Any]:
    """What the product a post-sale domain order acts on holds of its spec: the service, resource or billing item
    record its inventory keeps (the id the network, resource inventory or billing gave it), so the plan changes,
    suspends, ceases, releases or stops that one. Empty for an ``add`` (nothing is installed yet) and when the
    product holds none of the spec (a product installed before its billing item was kept has none).
    """
    if domain.action == "add":
        return {}  # read nothing: an add's plan starts without a statement for it
    item = next(item for item in order.items if item.seq in domain.item_seqs)
    product = existing_product(order, item)
    held = [*product.services, *product.resources, *([product.billing] if product.billing else [])]
    return next((dict(record) for record in held if record.get("name") == domain.spec_name), {})


def _walk(node: SpecNode, line: _Line, planned: list[PlannedDomain]) -> list[PlannedDomain]:
    """Plan the domain orders of ``node``'s subtree; return the ones nearest to ``node``."""
    below = [domain for child in node.children if child.relationship_type == REALIZED_BY
             for domain in _walk(child, line, planned)]
    rule, why = _decide(node, line)
    if rule["domain_type"] == "none" or not touched(str(rule["watches"]), line.changed):
        return below
    spec = node.specification
    domain = PlannedDomain(seq=line.item.seq, spec_name=spec.name, type=rule["domain_type"], plan=rule["plan"],
                           name=f"{spec.name} ({line.item.offering_name})", requires=_keys(rule["requires"]),
                           provides=set(_keys(rule["provides"])), watches=str(rule["watches"]),
                           action=line.item.action, data=_plan_data(line, spec.name), below=below,
                           rule={**why, "provides": _keys(rule["provides"])})
    for child in below:
        child.above.append(domain)
    planned.append(domain)
    return [domain]


def _decide(node: SpecNode, line: _Line) -> tuple[dict[str, Any], dict[str, Any]]:
    """The decomposition's outputs for ``node`` and which rule row gave them (the timeline shows why).

    The facts are the line's characteristics, by their catalog names, with what is being decomposed;
    the decision table reads whichever of them it needs (a characteristic absent from the line is null).
    """
    facts = {**line.item.characteristics, "kind": node.specification.kind, "spec": node.specification.name,
             "action": line.item.action, "product_spec": line.product_spec}
    result = decisions.evaluate(DECISION, facts).require()
    first = result.matched_rules[0] if result.matched_rules else None
    why = {"decision": DECISION, "row": first.index if first else None, "rule_id": first.rule_id if first else None}
    return rules.to_jsonable(result.as_dict()), why


def plan_processes() -> frozenset[str]:
    """The processes the deployed decomposition decision names as plans: Ordra starts them for domain orders, and
    a person starting one by hand with made-up data would act on any order (whatever the plans are called)."""
    return decisions.output_literals(DECISION, "plan")


def touched(watches: str, changed: set[str] | None) -> bool:
    """Does a change of the ``changed`` characteristics (None: the whole line) touch a node that ``watches``?"""
    if changed is None:
        return True
    if watches.strip() == "*":
        return bool(changed)
    return bool(changed & set(_keys(watches)))


def _keys(value: Any) -> list[str]:
    return [part.strip() for part in str(value or "").split(",") if part.strip()]


def _plan_data(line: _Line, spec_name: str) -> dict[str, Any]:
    item, site = line.item, site_characteristic()
    return {**dict(line.facts), "order_id": line.order.id, "account_id": line.order.account_id,
            "item_seq": item.seq, "action": item.action, "spec": spec_name, "name": item.offering_name,
            "product_ref": item.product_ref, "characteristics": dict(item.characteristics),
            site: str(line.facts.get(site) or order_site(line.order)),
            "recurring": str(item.recurring_total),
            "one_time": str(item.one_time_total)}

