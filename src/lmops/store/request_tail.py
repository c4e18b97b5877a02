"""Following the request log as it grows, for ``lmops logs tail --follow``.

Rows do not arrive in ``created_at`` order: the batch writer holds them for up to a flush interval
(longer while the database is away), and several gateway replicas write independently. A plain
"newer than the last row seen" cursor would skip a row committed late, so each poll re-reads a
``grace`` window behind the newest row seen and skips the ids it has already returned.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import sqlalchemy as sa

from lmops.store.request_log import RequestRecord, query_requests

__all__ = ["RequestTail"]


class RequestTail:
    """Returns the newest request records, then each record that appears later, once.

    A record committed more than ``grace`` seconds after its ``created_at`` (relative to the
    newest record already returned) is not returned. Blocking: meant for the CLI.
    """

    def __init__(
        self,
        engine: sa.Engine,
        *,
        model: str | None = None,
        status: int | None = None,
        principal: str | None = None,
        grace: float = 10.0,
        page_size: int = 500,
    ) -> None:
        if grace < 0 or page_size < 1:
            raise ValueError("grace must be >= 0 and page_size >= 1")
        self._engine = engine
        self._model = model
        self._status = status
        self._principal = principal
        self._grace = grace
        self._page_size = page_size
        self._newest: float | None = None  # created_at of the newest record returned or skipped
        self._seen: dict[str, float] = {}  # ids inside the grace window -> created_at

    def last(self, n: int) -> list[RequestRecord]:
        """The newest ``n`` records, oldest first; later :meth:`poll` calls return newer ones."""
        newest = self._query(limit=max(n, 1))
        if newest:
            self._newest = newest[0].created_at
        # Everything already in the window counts as seen, so the first poll does not print rows
        # older than those shown here that merely fell outside the last ``n``.
        for record in self._window():
            self._seen[record.id] = record.created_at
        return list(reversed(newest[:n])) if n > 0 else []

    def poll(self) -> list[RequestRecord]:
        """Records that appeared since the previous call, oldest first."""
        new = [r for r in self._window() if r.id not in self._seen]
        for record in new:
            self._seen[record.id] = record.created_at
        if new:
            latest = max(r.created_at for r in new)
            self._newest = latest if self._newest is None else max(self._newest, latest)
        self._forget_old()
        return new

    def _window(self) -> Iterator[RequestRecord]:
        since = None
        if self._newest is not None:
            since = datetime.fromtimestamp(self._newest - self._grace, UTC)
        after_time: datetime | None = None
        after_id: str | None = None
        while True:
            page = self._query(
                limit=self._page_size,
                since=since,
                after_time=after_time,
                after_id=after_id,
                oldest_first=True,
            )
            yield from page
            if len(page) < self._page_size:
                return
            after_time = datetime.fromtimestamp(page[-1].created_at, UTC)
            after_id = page[-1].id

    def _query(
        self,
        *,
        limit: int,
        since: datetime | None = None,
        after_time: datetime | None = None,
        after_id: str | None = None,
        oldest_first: bool = False,
    ) -> list[RequestRecord]:
        return query_requests(
            self._engine,
            model=self._model,
            status=self._status,
            principal=self._principal,
            limit=limit,
            since=since,
            after_time=after_time,
            after_id=after_id,
            oldest_first=oldest_first,
        )

    def _forget_old(self) -> None:
        if self._newest is None:
            return
        # A second of slack: the window's lower bound is rounded to microseconds when queried.
        horizon = self._newest - self._grace - 1.0
        self._seen = {rid: at for rid, at in self._seen.items() if at >= horizon}
