"""Alembic migrations for the progress database (configured in ``trainer.storage.migrate``)."""
