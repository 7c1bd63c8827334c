"""TMF620 ``exportJob`` and ``importJob``: the catalog (or the offerings a query selects) written out as one
TMF document, and such a document read in, each as a background job (``run_catalog_job``).

An export's ``url`` names what to export (``productOffering`` or ``catalog/1``: the offerings, with their
specifications, prices and categories), its ``query`` the offering filters of the list route; once it has
run, the document is served at ``exportJob/<id>/document``. An import's ``url`` is the document: an
Ordra export's document URL, or a ``data:application/json`` URL with the document in it (Ordra fetches
nothing from other hosts). Each entity is imported on its own; what could not be is listed, one line per
entity, in ``errorLog``, and the job is ``Failed`` if anything was left out.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from decimal import InvalidOperation
from typing import Any
from urllib.parse import parse_qsl
from urllib.parse import unquote_to_bytes

from flask import Response
from flask import jsonify
from sqlalchemy import func
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from app.api.body import json_object
from app.api.spec import documented
from app.api.spec import json_body
from app.auth.access import api_roles
from app.auth.access import api_user
from app.catalog import service as catalog
from app.catalog.models import Category
from app.catalog.models import ProductOffering
from app.catalog.service import OfferingInput
from app.catalog.service import PriceInput
from app.database import savepoint
from app.database import utcnow
from app.errors import DomainError
from app.errors import Invalid
from app.errors import NotFound
from app.extensions import db
from app.jobs.queue import enqueue
from app.tmf.blueprint import bp
from app.tmf.catalog import BASE
from app.tmf.catalog import CATALOG_ID
from app.tmf.catalog import OFFERING_FILTERS
from app.tmf.catalog import category_json
from app.tmf.catalog import offering_json
from app.tmf.catalog import price_json
from app.tmf.catalog import specification_json
from app.tmf.catalog_admin import ADMIN
from app.tmf.catalog_admin import offering_input
from app.tmf.common import compact
from app.tmf.common import href
from app.tmf.common import when
from app.tmf.models import CatalogJob
from app.tmf.query import conditions
from app.tmf.query import list_response
from app.tmf.query import one_response
from app.tmf.query import paging
from app.tmf.spec import ENTITY
from app.tmf.spec import tmf_list
from app.tmf.spec import tmf_one

CONTENT_TYPE = "application/json"
EXPORT_SOURCES = ("productOffering", f"catalog/{CATALOG_ID}")
DOCUMENT_URL = re.compile(rf"(?:^|/tmf-api){re.escape(BASE)}/exportJob/(\d+)/document$")
MAX_DOCUMENT = 5_000_000  # bytes of an inline document
OFFERING_KEYS = ("name", "description", "lifecycleStatus", "validFor", "isBundle", "isSellable", "@type")


# --- routes -------------------------------------------------------------------------------------

@bp.post(f"{BASE}/exportJob")
@documented("TMF620 export the catalog (or the offerings a query selects) as a background job; its document is "
            "served at exportJob/{id}/document", tag="TMF620", body=json_body({
                "type": "object", "required": ["url"], "properties": {
                    "url": {"type": "string", "description": "<TMF620>/productOffering or <TMF620>/catalog/1"},
                    "query": {"type": "string", "maxLength": 500,
                              "description": "productOffering filters, e.g. category.id=2"},
                    "contentType": {"type": "string", "enum": ["application/json"]}}}), ok=201, response=ENTITY)
@api_roles(ADMIN)
def create_export_job() -> tuple[Response, int]:
    body = json_object()
    _check_content_type(body)
    source = body.get("url")
    if not isinstance(source, str) or source.rstrip("/").rsplit(f"{BASE}/", 1)[-1] not in EXPORT_SOURCES:
        raise Invalid(errors=[{"field": "url", "message": f"what to export: {BASE}/productOffering or "
                                                          f"{BASE}/catalog/{CATALOG_ID}"}])
    query = body.get("query") or ""
    if not isinstance(query, str) or len(query) > 500:
        raise Invalid(errors=[{"field": "query", "message": "a text of at most 500 characters"}])
    try:
        conditions(OFFERING_FILTERS, _args(query))  # refused now rather than when the job runs
    except DomainError as exc:
        raise Invalid(errors=[{"field": "query", "message": f"{e.get('field')}: {e.get('message')}"}
                              for e in exc.errors or []]) from None
    return _started(CatalogJob(kind="export", source=source, query=query))


@bp.post(f"{BASE}/importJob")
@documented("TMF620 import a catalog document (an Ordra export's document URL or a data:application/json URL) as "
            "a background job; entities it could not take are in errorLog", tag="TMF620", body=json_body({
                "type": "object", "required": ["url"], "properties": {
                    "url": {"type": "string"}, "contentType": {"type": "string", "enum": ["application/json"]}}}),
            ok=201, response=ENTITY)
@api_roles(ADMIN)
def create_import_job() -> tuple[Response, int]:
    body = json_object()
    _check_content_type(body)
    source = body.get("url")
    if not isinstance(source, str) or not source:
        raise Invalid(errors=[{"field": "url", "message": "the document to import: an Ordra export's document "
                                                          "URL or a data:application/json URL"}])
    return _started(CatalogJob(kind="import", source=source[:500], document=_import_document(source)))


def _job_routes(kind: str) -> None:
    path = f"{BASE}/{kind}Job"

    def list_jobs() -> Response:
        offset, limit = paging()
        conditions({})
        query = select(CatalogJob).where(CatalogJob.kind == kind)
        total = db.session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = db.session.scalars(query.order_by(CatalogJob.id.desc()).offset(offset).limit(limit))
        return list_response([job_json(j) for j in rows], total)

    def get_job(job_id: int) -> Response:
        return one_response(job_json(_job(kind, job_id)))

    def delete_job(job_id: int) -> tuple[str, int]:
        db.session.delete(_job(kind, job_id))
        return "", 204

    bp.add_url_rule(path, f"list_{kind}_jobs", tmf_list(f"TMF620 {kind} jobs (process admins)", "TMF620")(
        api_roles(ADMIN)(list_jobs)), methods=["GET"])
    bp.add_url_rule(f"{path}/<int:job_id>", f"get_{kind}_job", tmf_one(f"TMF620 one {kind} job", "TMF620")(
        api_roles(ADMIN)(get_job)), methods=["GET"])
    bp.add_url_rule(f"{path}/<int:job_id>", f"delete_{kind}_job", documented(
        f"TMF620 delete an {kind} job", tag="TMF620", ok=204)(api_roles(ADMIN)(delete_job)), methods=["DELETE"])


for _kind in ("export", "import"):
    _job_routes(_kind)


@bp.get(f"{BASE}/exportJob/<int:job_id>/document")
@documented("The document an export job made (an Ordra extension: TMF620 leaves where it goes to the server)",
            tag="TMF620", response={"type": "object"})
@api_roles(ADMIN)
def get_export_document(job_id: int) -> Response:
    """The document an export made (an Ordra extension: TMF620 leaves where it goes to the server)."""
    job = _job("export", job_id)
    if job.document is None:
        raise NotFound(f"export job {job_id} has no document ({job.status})")
    return jsonify(job.document)


def _check_content_type(body: dict[str, Any]) -> None:
    if body.get("contentType", CONTENT_TYPE) != CONTENT_TYPE:
        raise Invalid(errors=[{"field": "contentType", "message": f"only {CONTENT_TYPE}"}])


def _started(job: CatalogJob) -> tuple[Response, int]:
    job.created_by_id = api_user().id
    db.session.add(job)
    db.session.flush()
    enqueue("run_catalog_job", job_id=job.id)
    response = one_response(job_json(job), 201)
    response.headers["Location"] = href(f"{BASE}/{job.kind}Job/{job.id}")
    return response, 201


def _job(kind: str, job_id: int) -> CatalogJob:
    job = db.session.get(CatalogJob, job_id)
    if job is None or job.kind != kind:
        raise NotFound(f"no {kind} job {job_id}")
    return job


def _args(query: str) -> MultiDict[str, str]:
    return MultiDict(parse_qsl(query, keep_blank_values=True))


def _import_document(url: str) -> dict[str, Any]:
    """The document ``url`` holds, read now (an export's, or inline); refused as ``url`` if it is none."""
    exported = DOCUMENT_URL.search(url.split("?", 1)[0])
    if exported:
        job = db.session.get(CatalogJob, int(exported.group(1)))
        document = job.document if job is not None and job.kind == "export" else None
        if document is None:  # the spec gives this POST no 404: the url names no document
            raise Invalid(errors=[{"field": "url", "message": "no export job has made a document there"}])
        return document
    header, comma, data = url.partition(",")
    if not (header.startswith(f"data:{CONTENT_TYPE}") and comma):
        raise Invalid(errors=[{"field": "url", "message": "an Ordra export's document URL or a "
                                                          f"data:{CONTENT_TYPE} URL (Ordra fetches from no host)"}])
    try:
        raw = base64.b64decode(data, validate=True) if header.endswith(";base64") else unquote_to_bytes(data)
        if len(raw) > MAX_DOCUMENT:
            raise ValueError("too large")
        document = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise Invalid(errors=[{"field": "url", "message": f"not a JSON document ({exc})"[:200]}]) from None
    if not isinstance(document, dict) or not any(isinstance(document.get(k), list) for k in DOCUMENT_KEYS):
        raise Invalid(errors=[{"field": "url", "message": "a JSON object with lists under "
                                                          f"{', '.join(DOCUMENT_KEYS)}"}])
    return document


def job_json(job: CatalogJob) -> dict[str, Any]:
    body = {
        "id": str(job.id), "href": href(f"{BASE}/{job.kind}Job/{job.id}"),
        "@type": "ExportJob" if job.kind == "export" else "ImportJob",
        "status": job.status, "contentType": CONTENT_TYPE,
        "creationDate": when(job.created_at), "completionDate": when(job.completed_at),
        "errorLog": "\n".join(job.error_log) or None}
    if job.kind == "export":
        body.update(query=job.query or None, path=f"catalog-export-{job.id}.json",
                    url=href(f"{BASE}/exportJob/{job.id}/document") if job.document is not None else job.source)
    else:
        body["url"] = job.source if not job.source.startswith("data:") else job.source[:60] + "…"
    return compact(body)


# --- the job ------------------------------------------------------------------------------------

DOCUMENT_KEYS = ("productSpecification", "category", "productOfferingPrice", "productOffering")


def run_catalog_job(job_id: int) -> None:
    """Run an export or an import job (the job queue's ``run_catalog_job``)."""
    job = db.session.get(CatalogJob, job_id)
    if job is None or job.status != "Not Started":
        return  # deleted, or run already
    job.status = "Running"
    db.session.flush()
    if job.kind == "export":
        job.document, job.error_log = export_document(job.query), []
    else:
        job.error_log = import_document(job.document or {})
        job.document = None  # imported: the catalog holds it now
    job.status = "Failed" if job.error_log else "Succeeded"
    job.completed_at = utcnow()


def export_document(query: str) -> dict[str, Any]:
    """The offerings ``query`` selects, with their specifications, prices and categories."""
    offerings = list(db.session.scalars(select(ProductOffering).where(*conditions(OFFERING_FILTERS, _args(query)))
                                        .order_by(ProductOffering.id)))
    specs = {o.product_spec.id: o.product_spec for o in offerings if o.product_spec is not None}
    categories = {c.id: c for o in offerings for c in o.categories}
    return {"productSpecification": [specification_json(s) for s in specs.values()],
            "category": [category_json(c) for c in categories.values()],
            "productOfferingPrice": [price_json(p) for o in offerings for p in o.prices],
            "productOffering": [offering_json(o) for o in offerings]}


def import_document(document: dict[str, Any]) -> list[str]:
    """Create what the document describes that the catalog lacks; one error line per entity left out.

    Specifications and categories are matched by name (an existing one is used, not changed); an offering
    whose name exists is left out; references between entities follow the document's ids."""
    errors: list[str] = []
    specs: dict[str, int] = {}
    for index, body in enumerate(_entries(document, "productSpecification", errors)):
        with _entity(errors, "productSpecification", index, body):
            name = _name(body)
            spec = catalog.specification_by_name("product", name) or catalog.create_specification(
                "product", name, str(body.get("description") or ""))
            specs[str(body.get("id"))] = spec.id
    prices = {str(p.get("id")): p for p in _entries(document, "productOfferingPrice", errors)}
    offerings: dict[str, ProductOffering] = {}
    for index, body in enumerate(_entries(document, "productOffering", errors)):
        with _entity(errors, "productOffering", index, body):
            if catalog.offering_by_name(_name(body)) is not None:
                raise Invalid(f"an offering named {_name(body)!r} exists already; left as it is")
            offerings[str(body.get("id"))] = catalog.create_offering(_offering(body, specs, prices, offerings))
    for index, body in enumerate(_entries(document, "category", errors)):
        with _entity(errors, "category", index, body):
            category = catalog.category_by_name(_name(body)) or catalog.create_category(
                _name(body), str(body.get("description") or ""))
            _link(category, body, offerings)
    return errors


def _entries(document: dict[str, Any], key: str, errors: list[str]) -> list[dict[str, Any]]:
    entries = document.get(key) or []
    if not isinstance(entries, list):
        errors.append(f"{key}: not a list; none imported")
        return []
    wrong = [i for i, e in enumerate(entries) if not isinstance(e, dict)]
    errors.extend(f"{key}[{i}]: not an object" for i in wrong)
    return [e for e in entries if isinstance(e, dict)]


@contextmanager
def _entity(errors: list[str], key: str, index: int, body: dict[str, Any]) -> Iterator[None]:
    """One entity's import in a savepoint: its refusal is logged and undone, and the others go on."""
    try:
        with savepoint():
            yield
    except DomainError as error:
        details = "; ".join(f"{e.get('field', '')}: {e.get('message', '')}".lstrip(": ") for e in error.errors or [])
        errors.append(f"{key}[{index}] {str(body.get('name') or body.get('id') or '')!r}: {details or error}")
        return


def _name(body: dict[str, Any]) -> str:
    name = body.get("name")
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        raise Invalid(errors=[{"field": "name", "message": "a text of 1 to 200 characters"}])
    return name.strip()


def _offering(body: dict[str, Any], specs: dict[str, int], prices: dict[str, dict[str, Any]],
              offerings: dict[str, ProductOffering]) -> OfferingInput:
    fields = {k: body[k] for k in OFFERING_KEYS if k in body}
    spec_ref = body.get("productSpecification")
    if isinstance(spec_ref, dict):
        local = specs.get(str(spec_ref.get("id")))
        if local is None:
            raise Invalid(errors=[{"field": "productSpecification", "message": f"{spec_ref.get('id')!r} is not "
                                   "among the document's specifications"}])
        fields["productSpecification"] = {"id": str(local)}
    bundled = []
    for ref in body.get("bundledProductOffering") or []:
        member = offerings.get(str(ref.get("id"))) if isinstance(ref, dict) else None
        if member is None:
            raise Invalid(errors=[{"field": "bundledProductOffering", "message": f"{ref!r} is not an offering "
                                   "imported before this bundle"}])
        bundled.append({"id": str(member.id)})
    if bundled:
        fields["bundledProductOffering"] = bundled
    data = offering_input(fields, None)
    price_inputs = [_price(prices.get(str(ref.get("id"))) if isinstance(ref, dict) else None, ref)
                    for ref in body.get("productOfferingPrice") or []]
    return replace(data, prices=price_inputs)


def _price(body: dict[str, Any] | None, ref: Any) -> PriceInput:
    if body is None:
        raise Invalid(errors=[{"field": "productOfferingPrice", "message": f"{ref!r} is not among the "
                               "document's prices"}])
    name, price_type = _name(body), body.get("priceType")
    algorithm = (body.get("pricingLogicAlgorithm") or [{}])[0]
    if isinstance(body.get("price"), dict):
        try:
            amount = Decimal(str(body["price"].get("value")))
        except InvalidOperation:
            raise Invalid(errors=[{"field": "price.value", "message": "a number"}]) from None
        return PriceInput(name=name, price_type=str(price_type), amount=amount)
    decision, _, output = str(algorithm.get("id") or "").partition("#")
    if not (decision and output):
        raise Invalid(errors=[{"field": "productOfferingPrice", "message": f"price {name!r} has neither a "
                               "price nor an Ordra pricing decision (id decision#output)"}])
    return PriceInput(name=name, price_type=str(price_type), decision_id=decision, decision_output=output)


def _link(category: Category, body: dict[str, Any], offerings: dict[str, ProductOffering]) -> None:
    for ref in body.get("productOffering") or []:
        offering = offerings.get(str(ref.get("id"))) if isinstance(ref, dict) else None
        if offering is None and isinstance(ref, dict) and isinstance(ref.get("name"), str):
            offering = catalog.offering_by_name(ref["name"])
        if offering is not None and offering not in category.offerings:
            category.offerings.append(offering)
