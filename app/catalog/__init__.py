"""The product catalog (TMF620 concepts): offerings, specifications, characteristics, prices and pricing."""
