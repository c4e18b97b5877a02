from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from lmops.store.db import HEAD_REVISION, create_engine, describe_error, migrate, ping
from lmops.store.tables import metadata

VERSION_TABLE = "lmops_alembic_version"


@pytest.mark.parametrize(
    "url",
    [
        "mysql://root:hunter2@db/lmops",
        "mysql+pymysql://root:hunter2@db/lmops",
        "hunter2",
        "redis://:hunter2@localhost:6379/0",
    ],
)
def test_unsupported_scheme_is_refused_without_echoing_the_url(url: str) -> None:
    with pytest.raises(ValueError, match="unsupported database URL scheme") as info:
        create_engine(url)
    assert "hunter2" not in str(info.value)
    if "://" in url:
        assert url.split("://")[0] in str(info.value)


@pytest.mark.parametrize(
    "url",
    ["postgresql://u:pw@localhost/db", "postgres://u:pw@localhost/db", "postgresql+psycopg://h/db"],
)
def test_postgres_urls_use_psycopg(url: str) -> None:
    engine = create_engine(url)
    assert engine.url.drivername == "postgresql+psycopg"
    assert engine.pool._pre_ping


def test_sqlite_creates_parent_folder_and_sets_pragmas(tmp_path: Path) -> None:
    db = tmp_path / "deep" / "er" / "lmops.db"
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    assert db.exists()
    engine.dispose()


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///:memory:"])
def test_in_memory_sqlite_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="in-memory SQLite"):
        create_engine(url)


def test_sqlite_path_may_start_with_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    engine = create_engine("sqlite:///~/lmops/lmops.db")
    with engine.connect() as conn:
        conn.exec_driver_sql("SELECT 1")
    assert (tmp_path / "lmops" / "lmops.db").exists()
    engine.dispose()


def test_sqlite_rolls_back_ddl_with_the_transaction(tmp_path: Path) -> None:
    # Migrations rely on it: the sqlite3 module alone would autocommit CREATE TABLE.
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with engine.connect() as conn:
        trans = conn.begin()
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        trans.rollback()
        assert not sa.inspect(conn).has_table("t")
    engine.dispose()


def _version(engine: sa.Engine) -> list[str]:
    with engine.connect() as conn:
        rows = conn.execute(sa.text(f"SELECT version_num FROM {VERSION_TABLE}"))
        return [row[0] for row in rows]


def test_migrate_is_idempotent(bare_engine: sa.Engine) -> None:
    migrate(bare_engine)
    migrate(bare_engine)
    assert _version(bare_engine) == [HEAD_REVISION]
    with bare_engine.connect() as conn:
        inspector = sa.inspect(conn)
        for table in ("request_log", "teams", "virtual_keys", "spend_daily"):
            assert inspector.has_table(table)
        indexed = {tuple(ix["column_names"]) for ix in inspector.get_indexes("request_log")}
        assert {("created_at",), ("model_group", "created_at")} <= indexed
        # What changed_since and budget seeding rely on to stay cheap.
        assert ("updated_at",) in {
            tuple(ix["column_names"]) for ix in inspector.get_indexes("virtual_keys")
        }
        assert ("updated_at",) in {
            tuple(ix["column_names"]) for ix in inspector.get_indexes("teams")
        }
        assert {("key_id", "day"), ("team_id", "day")} <= {
            tuple(ix["column_names"]) for ix in inspector.get_indexes("spend_daily")
        }
        spend_key = inspector.get_pk_constraint("spend_daily")["constrained_columns"]
        assert spend_key == ["day", "key_id", "team_id", "model"]


def test_migration_creates_exactly_the_table_definitions(engine: sa.Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "version_table": VERSION_TABLE,
            },
        )
        assert compare_metadata(context, metadata) == []
    assert {"request_log", "teams", "virtual_keys", "spend_daily"} <= set(metadata.tables)


def _upgrade_to(engine: sa.Engine, revision: str) -> None:
    from alembic import command
    from alembic.config import Config as AlembicConfig

    from lmops.store.db import MIGRATIONS_DIR

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def test_upgrade_from_0001_keeps_logged_requests(bare_engine: sa.Engine) -> None:
    from lmops.store.request_log import query_requests
    from lmops.store.tables import request_log
    from tests.conftest_store import make_record

    _upgrade_to(bare_engine, "0001")
    old = make_record(1, status_code=429)
    columns_0001 = [
        "id", "principal", "endpoint", "model_group", "deployment", "status_code", "error_type",
        "latency_ms", "ttft_ms", "prompt_tokens", "completion_tokens", "streamed",
    ]  # fmt: skip
    row = {name: getattr(old, name) for name in columns_0001}
    row["created_at"] = datetime.fromtimestamp(old.created_at, UTC)
    with bare_engine.begin() as conn:
        conn.execute(request_log.insert().values(row))
    migrate(bare_engine)
    assert _version(bare_engine) == [HEAD_REVISION]
    [back] = query_requests(bare_engine)
    assert back.created_at == pytest.approx(old.created_at)
    back.created_at = old.created_at
    # The new columns read as "nobody paid, price unknown, not a cache hit" for old rows.
    assert back == old
    assert (back.key_id, back.team_id, back.cost_usd, back.cache_hit) == (None, None, None, False)


def test_concurrent_migrations_serialise(db_url: str) -> None:
    engines = [create_engine(db_url) for _ in range(4)]
    errors: list[BaseException] = []
    barrier = threading.Barrier(len(engines))

    def run(engine: sa.Engine) -> None:
        try:
            barrier.wait()
            migrate(engine)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert _version(engines[0]) == [HEAD_REVISION]
    for e in engines:
        e.dispose()


async def test_ping_answers_true_for_a_live_database(bare_engine: sa.Engine) -> None:
    assert await ping(bare_engine) is True


async def test_ping_answers_false_when_the_database_is_unreachable(tmp_path: Path) -> None:
    refused = create_engine("postgresql://lmops:pw@127.0.0.1:1/lmops")
    assert await ping(refused) is False
    folder = tmp_path / "gone"
    unopenable = create_engine(f"sqlite:///{folder / 'x.db'}")
    folder.rmdir()
    folder.write_text("a file where the database folder was")
    assert await ping(unopenable) is False


def test_describe_error_hides_password_and_parameters(tmp_path: Path) -> None:
    engine = create_engine("postgresql://lmops:s3cret-pw@127.0.0.1:1/lmops")
    with pytest.raises(sa.exc.OperationalError) as refused, engine.connect():
        pass
    text = describe_error(refused.value, engine)
    assert text.startswith("OperationalError: ")
    assert "s3cret-pw" not in text
    assert "\n" not in text

    local = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    with pytest.raises(sa.exc.OperationalError) as failed, local.connect() as conn:
        conn.execute(sa.text("SELECT x FROM missing WHERE y = :v"), {"v": "personal data"})
    assert "personal data" in str(failed.value)  # what describe_error must leave out
    assert "personal data" not in describe_error(failed.value, local)
    local.dispose()


def test_head_revision_constant_matches_the_migrations() -> None:
    from alembic.config import Config as AlembicConfig
    from alembic.script import ScriptDirectory

    from lmops.store.db import HEAD_REVISION, MIGRATIONS_DIR

    config = AlembicConfig()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD_REVISION
