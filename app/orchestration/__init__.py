"""Orchestration: customer orders decomposed into domain orders, run by plans, closed into inventory."""
