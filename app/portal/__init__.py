"""The customer portal: catalog, order placing, own orders and products, requests (see ``views``)."""
