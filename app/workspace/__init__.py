"""The agent workspace: order lists, the order page and order entry (see ``views``)."""
