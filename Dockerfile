# lmops gateway image: python slim, the package with its PostgreSQL driver, run as a non-root user.
#   docker build -t lmops .
#   docker run -p 4000:4000 -v $PWD/lmops.yaml:/etc/lmops/lmops.yaml:ro lmops
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    LMOPS_CONFIG=/etc/lmops/lmops.yaml

WORKDIR /app
COPY pyproject.toml README.md ./
COPY src ./src
RUN pip install ".[postgres]" \
    && useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin lmops \
    && mkdir -p /var/lib/lmops && chown 10001 /var/lib/lmops
# The request log's journal (settings.request_log.journal_dir in deploy/lmops.yaml).
VOLUME /var/lib/lmops

USER 10001
EXPOSE 4000
# lmops serve drains in-flight requests on SIGTERM for settings.graceful_timeout seconds.
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:4000/health/live', timeout=2)"]
CMD ["lmops", "serve", "--host", "0.0.0.0", "--port", "4000"]
