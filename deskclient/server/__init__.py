"""The central server (reference implementation): FastAPI on SQLite, or PostgreSQL for many centers.

Installed with the ``server`` extra; a center PC's client build does not carry it.
"""
