"""Persistence: SQLAlchemy models of the domain and the alembic migrations that create them."""
