"""Deterministic demo content: support tickets, canned replies and people."""
