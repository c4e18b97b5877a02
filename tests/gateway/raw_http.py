"""HTTP/1.1 on raw sockets, to be the slow, half-done or vanishing client; and the gateway served
the way ``lmops serve`` serves it (``lmops.gateway.server``): in a thread, or ``lmops serve``
itself in a child process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import orjson

from lmops.config import Config
from lmops.gateway.server import server_options
from tests.conftest import MASTER_KEY, RunningGateway, start_gateway, wait_for


def start_served(config: Config) -> RunningGateway:
    """``create_app(config)`` behind ``GatewayProtocol`` (uvloop), on a free loopback port."""
    return start_gateway(config, server_options(config.settings))


def connect(url: str, timeout: float = 10.0) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=timeout)


def post(path: str, body: dict[str, object], *, key: str = MASTER_KEY, length: int = -1) -> bytes:
    """A POST's bytes; ``length`` announces more body than is sent (to trickle the rest)."""
    raw = orjson.dumps(body)
    return (
        b"POST %s HTTP/1.1\r\nhost: x\r\nauthorization: Bearer %s\r\n"
        b"content-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
        % (path.encode(), key.encode(), len(raw) if length < 0 else length, raw)
    )


def get(path: str) -> bytes:
    return b"GET %s HTTP/1.1\r\nhost: x\r\n\r\n" % path.encode()


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> dict[str, object]:
        data = orjson.loads(self.body)
        assert isinstance(data, dict)
        return data

    @property
    def error_code(self) -> object:
        error = self.json()["error"]
        assert isinstance(error, dict)
        return error["code"]


def read_response(sock: socket.socket) -> Response:
    """One response with a content-length body (what every gateway error is)."""
    return read_responses(sock, 1)[0]


def read_responses(sock: socket.socket, count: int) -> list[Response]:
    """``count`` responses in a row: pipelined answers can arrive in one segment, so the bytes
    read past one response are the start of the next, not something to drop."""
    data = b""
    responses = []
    for _ in range(count):
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError(f"closed before a response: {data!r}")
            data += chunk
        head, _, data = data.partition(b"\r\n\r\n")
        status_line, *lines = head.decode("latin-1").split("\r\n")
        headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in lines)}
        length = int(headers["content-length"])
        while len(data) < length:
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionError("closed in the middle of a response body")
            data += chunk
        body, data = data[:length], data[length:]
        responses.append(Response(int(status_line.split()[1]), headers, body))
    return responses


def closed(sock: socket.socket) -> bool:
    """True when the server has closed the connection (EOF, or a reset), with nothing more sent."""
    try:
        return sock.recv(65536) == b""
    except ConnectionResetError:
        return True


@dataclass
class Process:
    """``lmops serve`` in a child process; its output goes to ``log``."""

    proc: subprocess.Popen[bytes]
    url: str
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def serve_process(tmp_path: Path, config: str) -> Process:
    """Run ``lmops serve`` on ``config`` (YAML) on a free port; returns once it answers."""
    path = tmp_path / "lmops.yaml"
    path.write_text(config)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = tmp_path / "serve.log"
    env = {**os.environ, "LMOPS_MASTER_KEY": MASTER_KEY}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    argv = [sys.executable, "-m", "lmops.cli.main", "serve", "--config", str(path)]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [*argv, "--port", str(port)], stdout=out, stderr=subprocess.STDOUT, env=env
        )
    served = Process(proc, f"http://127.0.0.1:{port}", log)

    def live() -> bool:
        assert proc.poll() is None, served.output()
        try:
            with connect(served.url, timeout=1) as sock:
                sock.sendall(get("/health/live"))
                return read_response(sock).status == 200
        except OSError:
            return False

    try:
        wait_for(live, "lmops serve to answer", timeout=30)
    except BaseException:
        served.stop()
        raise
    return served
