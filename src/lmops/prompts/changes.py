"""Telling every gateway replica at once that a prompt, a label or an experiment changed.

A write through one replica's admin API publishes on a Redis pub/sub channel; every replica
(the writer too) listens on it and syncs its prompt directory from the store at once, so a label
moved on one replica is used by all within a fraction of a second. The message carries nothing
but the news: the store stays the one source of truth, and a lost message (Redis away, a
replica restarting) only means the next periodic sync brings the change.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

import structlog

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["ChangeChannel"]

log = structlog.get_logger("lmops.prompts")

_RETRY_AFTER = 1.0  # seconds between attempts to subscribe again after a failure
_POLL = 1.0  # seconds a wait for a message lasts before the connection's health is checked
_HEALTH_CHECK = 10  # seconds between pings of an idle subscription (a dead peer is noticed)


class ChangeChannel:
    """One Redis pub/sub channel: :meth:`publish` news, :meth:`listen` for it.

    Redis is imported on first use, and neither side raises when Redis is away: a failed
    publish is logged; the listener logs once per outage and subscribes again.
    """

    def __init__(self, url: str, channel: str, *, timeout: float = 0.5) -> None:
        self._url = url
        self.channel = channel
        self._timeout = timeout
        self._publisher: Redis | None = None
        self._publish_warned = False

    def _client(self, timeout: float | None) -> Redis:
        from redis.asyncio import Redis

        return Redis.from_url(
            self._url,
            socket_connect_timeout=self._timeout,
            socket_timeout=timeout,
            health_check_interval=_HEALTH_CHECK,
        )

    async def publish(self, message: str = "changed") -> bool:
        """Tell the listeners; False (and a warning, once per outage) if Redis is away."""
        if self._publisher is None:
            self._publisher = self._client(self._timeout)
        try:
            await asyncio.wait_for(
                self._publisher.publish(self.channel, message), self._timeout * 2
            )
        except Exception as exc:
            if not self._publish_warned:
                log.warning("prompt_change_publish_failed", error=type(exc).__name__)
            self._publish_warned = True
            return False
        self._publish_warned = False
        return True

    async def listen(self, on_change: Callable[[], None]) -> None:
        """Call ``on_change()`` for every message, and after every (re)subscription (news sent
        while not subscribed is lost). Runs until cancelled."""
        failing = False
        while True:
            client = self._client(None)  # a subscription waits as long as it likes
            pubsub = client.pubsub(ignore_subscribe_messages=True)
            try:
                await asyncio.wait_for(pubsub.subscribe(self.channel), self._timeout * 2)
                if failing:
                    log.info("prompt_change_listener_recovered")
                failing = False
                on_change()
                while True:
                    message = await pubsub.get_message(
                        ignore_subscribe_messages=True, timeout=_POLL
                    )
                    if message is not None:
                        on_change()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                if not failing:  # once per outage
                    log.warning("prompt_change_listener_failed", error=type(exc).__name__)
                failing = True
            finally:
                with contextlib.suppress(Exception):
                    await pubsub.aclose()  # type: ignore[no-untyped-call, unused-ignore]  # typed in newer redis-py
                with contextlib.suppress(Exception):
                    await client.aclose()
            await asyncio.sleep(_RETRY_AFTER)

    async def close(self) -> None:
        if self._publisher is not None:
            with contextlib.suppress(Exception):
                await self._publisher.aclose()
            self._publisher = None
