"""Fixtures shared by the storage-fault tests of the running app (tests/reliability/storage_app.py)."""

from tests.reliability.storage_app import boxes, disk, storage_app_env, windows  # noqa: F401 - fixtures
