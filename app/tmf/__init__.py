"""TM Forum Open APIs (v4 paths, TMF field names), one module per API, all on one blueprint.

Each API module adds its routes to ``app.tmf.blueprint.bp`` when imported; importing this package
imports them all, so the factory registers one blueprint.
"""
from __future__ import annotations

from app.tmf import catalog as _tmf620  # noqa: F401  (TMF620 routes)
from app.tmf import catalog_admin as _tmf620_writes  # noqa: F401  (TMF620 writes)
from app.tmf import catalog_jobs as _tmf620_jobs  # noqa: F401  (TMF620 import and export jobs)
from app.tmf import inventory as _tmf637  # noqa: F401  (TMF637 routes)
from app.tmf import notifications as _hubs  # noqa: F401  (hub routes and event publishing)
from app.tmf import ordering as _tmf622  # noqa: F401  (TMF622 routes)
from app.tmf import resource_ordering as _tmf652  # noqa: F401  (TMF652 routes)
from app.tmf import service_ordering as _tmf641  # noqa: F401  (TMF641 routes)
from app.tmf.blueprint import bp

__all__ = ["bp"]
