"""The customer portal: catalog, order placing, own orders and requests on them (see ``views``)."""
from app.portal import products as products  # noqa: F401  (registers "My products" on the portal blueprint)
