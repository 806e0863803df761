"""Storage tests run on both backends: a real SQLite file and a real PostgreSQL server.

``db_url`` is parametrised over "sqlite" (a file in tmp_path) and "postgres" (a fresh
schema in the database named by TRAINER_TEST_PG_URL, dropped afterwards; the schema is
part of the URL, so subprocesses and CLI commands given the URL see the same data).
Without TRAINER_TEST_PG_URL the postgres tests fail, unless TRAINER_ALLOW_NO_POSTGRES=1.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from trainer.storage.engine import Database, open_database

PG_ENV = "TRAINER_TEST_PG_URL"
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def postgres_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("TRAINER_ALLOW_NO_POSTGRES") == "1":
        pytest.skip(f"{PG_ENV} is not set and TRAINER_ALLOW_NO_POSTGRES=1")
    pytest.fail(
        f"{PG_ENV} is not set: the storage tests need a PostgreSQL server. Run `./dev.sh test`, which starts "
        "one, or set TRAINER_ALLOW_NO_POSTGRES=1 to skip the PostgreSQL half knowingly.",
        pytrace=False,
    )


def schema_url(admin_url: str, schema: str) -> str:
    url = make_url(admin_url).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture
def pg_schema_url() -> Iterator[str]:
    """A URL whose search_path is a new, empty schema (dropped after the test)."""
    admin = postgres_admin_url()
    schema = f"test_{uuid.uuid4().hex[:16]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        yield schema_url(admin, schema)
        with engine.connect() as conn:
            conn.exec_driver_sql("SET lock_timeout = '20s'")
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
    finally:
        engine.dispose()


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'progress.sqlite3'}"
    return str(request.getfixturevalue("pg_schema_url"))


@pytest.fixture
def data_dir() -> Path:
    path = Path(os.environ["TRAINER_DATA_DIR"])
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def db(db_url: str, data_dir: Path) -> Iterator[Database]:
    database = open_database(db_url, data_dir=data_dir)
    try:
        yield database
    finally:
        database.close()
