"""The customer portal: catalog, order placing, own orders and requests on them (see ``views``)."""
