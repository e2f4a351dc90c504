"""Local storage: SQLite through SQLAlchemy, with Alembic migrations."""
