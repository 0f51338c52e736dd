"""Storage: SQLAlchemy engine, ORM models and versioned migrations (no Qt)."""
