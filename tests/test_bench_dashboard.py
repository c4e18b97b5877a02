"""bench.dashboard seeds a store through the request-log writer and times every page it lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import dashboard


def test_a_small_store_is_seeded_and_every_page_timed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'lmops.db'}"
    dashboard.main(["--requests", "3000", "--repeat", "1", "--database-url", url])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("seeded 3,000 requests")
    rows = [line.split(" | ") for line in out[3:]]
    assert [row[0].strip("| ") for row in rows] == [name for name, _ in dashboard.PAGES]
    assert all(float(row[1]) > 0 for row in rows)
    # A second run on the same store times it as it is, and refuses to seed it twice.
    dashboard.main(["--requests", "3000", "--repeat", "1", "--database-url", url, "--reuse"])
    with pytest.raises(SystemExit, match="holds 3000 requests already"):
        dashboard.main(["--requests", "10", "--database-url", url])
