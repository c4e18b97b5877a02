"""The scale-out kit under deploy/ and the Dockerfile: the Kubernetes manifests validate against
the API's schemas, and every file agrees with the gateway it deploys (probe paths it serves,
a grace period that covers its drain, the secrets its config asks for, a non-root user)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from lmops.config import parse_config
from tests.gateway.test_health import mock_config, served

ROOT = Path(__file__).parents[1]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
KUBERNETES = "1.33.0"


def docs(path: Path) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(path.read_text()) if d]


def kind(name: str) -> dict[str, Any]:
    (found,) = [d for p in K8S.glob("*.yaml") for d in docs(p) if d.get("kind") == name]
    return found


def variables(text: str) -> set[str]:
    return set(re.findall(r"\$\{(\w+)", text))


@pytest.mark.parametrize("path", sorted(p.name for p in K8S.glob("*.yaml")))
def test_each_manifest_validates(path: str) -> None:
    for doc in docs(K8S / path):
        if doc["kind"] == "Kustomization":
            listed = {p.name for p in K8S.glob("*.yaml")}
            assert set(doc["resources"]) <= listed
            continue
        kubernetes_validate.validate(doc, KUBERNETES, strict=True)


def test_a_bad_manifest_is_refused() -> None:
    deployment = kind("Deployment")
    deployment["spec"]["replicas"] = "three"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES, strict=True)


def test_the_deployment_fits_the_gateway(tmp_path: Path) -> None:
    deployment = kind("Deployment")
    pod = deployment["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    config_text = kind("ConfigMap")["data"]["lmops.yaml"]
    # The ConfigMap carries deploy/lmops.yaml (compose's) as it is.
    assert yaml.safe_load(config_text) == yaml.safe_load((DEPLOY / "lmops.yaml").read_text())
    secret = kind("Secret")["stringData"]
    assert variables(config_text) <= set(secret)
    config = parse_config(config_text, environ=dict.fromkeys(secret, "x") | {
        "LMOPS_DATABASE_URL": "postgresql://u@db/lmops", "LMOPS_REDIS_URL": "redis://r:6379/0",
        "LMOPS_MASTER_KEY": "sk-0123456789abcdef",
    })  # fmt: skip
    drain = (
        config.settings.graceful_timeout
        + pod["containers"][0]["lifecycle"]["preStop"]["sleep"]["seconds"]
    )
    assert pod["terminationGracePeriodSeconds"] > drain
    # The probes ask paths the gateway answers 200 on.
    paths = {container[p]["httpGet"]["path"] for p in ("readinessProbe", "livenessProbe")}
    with served(mock_config(f"sqlite:///{tmp_path}/probe.db")) as client:
        assert all(client.get(path).status_code == 200 for path in paths)
    port = container["ports"][0]["containerPort"]
    assert container["args"][-2:] == ["--port", str(port)]
    assert pod["securityContext"]["runAsNonRoot"] and pod["securityContext"]["runAsUser"] > 0
    journal = config.settings.request_log.journal_dir
    assert journal is not None
    assert any(journal.startswith(m["mountPath"]) for m in container["volumeMounts"])
    labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert kind("Service")["spec"]["selector"].items() <= labels.items()
    assert kind("PodDisruptionBudget")["spec"]["minAvailable"] < deployment["spec"]["replicas"]
    hpa = kind("HorizontalPodAutoscaler")["spec"]
    assert hpa["scaleTargetRef"]["name"] == deployment["metadata"]["name"]
    assert hpa["minReplicas"] == deployment["spec"]["replicas"] < hpa["maxReplicas"]
    assert "cpu" in container["resources"]["requests"]


def test_compose_runs_three_replicas_on_shared_state() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert set(services) == {"postgres", "redis", "gateway", "lb"}
    gateway = services["gateway"]
    assert gateway["deploy"]["replicas"] == 3
    config = (DEPLOY / "lmops.yaml").read_text()
    assert variables(config) <= set(gateway["environment"])
    assert int(gateway["stop_grace_period"].removesuffix("s")) > 30  # graceful_timeout
    assert all(
        gateway["depends_on"][s]["condition"] == "service_healthy" for s in ("postgres", "redis")
    )
    assert "server gateway:4000;" in (DEPLOY / "nginx.conf").read_text()
    mounts = [v.split(":")[1] for v in gateway["volumes"]]
    assert "/etc/lmops/lmops.yaml" in mounts and "/var/lib/lmops" in mounts


def test_the_image_is_slim_and_runs_as_a_user() -> None:
    lines = [line.strip() for line in (ROOT / "Dockerfile").read_text().splitlines()]
    assert next(line for line in lines if line.startswith("FROM")) == "FROM python:3.11-slim"
    user = next(line.split()[1] for line in lines if line.startswith("USER "))
    assert user.isdigit() and int(user) > 0
    assert "EXPOSE 4000" in lines
    text = (ROOT / "Dockerfile").read_text()
    assert '"lmops", "serve", "--host", "0.0.0.0", "--port", "4000"' in text
    assert "/health/live" in text and "mkdir -p /var/lib/lmops" in text


def exposed(monkeypatch: pytest.MonkeyPatch) -> dict[str, set[str]]:
    """Every series name the gateway exposes, with its labels (the opt-in per-key ones too)."""
    from prometheus_client import Counter, Histogram

    from lmops.config import MetricsPerKeySettings
    from lmops.gateway.metrics import GatewayMetrics

    monkeypatch.delenv("PROMETHEUS_MULTIPROC_DIR", raising=False)
    found: dict[str, set[str]] = {}
    metrics = GatewayMetrics(MetricsPerKeySettings(enabled=True))
    assert metrics.per_key is not None
    for metric in [*vars(metrics).values(), *vars(metrics.per_key).values()]:
        names = getattr(metric, "_labelnames", None)
        if names is None:
            continue
        name, labels = metric._name, set(names)
        if isinstance(metric, Counter):
            found[f"{name}_total"] = labels
        elif isinstance(metric, Histogram):
            found[f"{name}_bucket"] = labels | {"le"}
        else:
            found[name] = labels
    return found


def unknown_in(expr: str, series: dict[str, set[str]]) -> list[str]:
    """The metric names and labels ``expr`` uses that no series has."""
    wrong = [m for m in re.findall(r"lmops_\w+", expr) if m not in series]
    used = {m: series.get(m, set()) for m in re.findall(r"lmops_\w+", expr)}
    every = set().union(*used.values()) if used else set()
    for group in re.findall(r"by \(([^)]*)\)", expr):
        wrong += [label for label in (s.strip() for s in group.split(",")) if label not in every]
    wrong += [label for label in re.findall(r"\{(\w+)=", expr) if label not in every]
    return wrong


def test_the_grafana_dashboard_reads_what_the_gateway_exposes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import json

    series = exposed(monkeypatch)
    dashboard = json.loads((DEPLOY / "grafana" / "lmops-gateway.json").read_text())
    exprs = [t["expr"] for p in dashboard["panels"] for t in p["targets"]]
    assert len(exprs) >= 19
    assert any("lmops_key_spend_usd_total" in e and "by (team)" in e for e in exprs)
    assert {e: unknown_in(e, series) for e in exprs if unknown_in(e, series)} == {}
    # The check catches a misspelt series and a label the series lacks.
    assert unknown_in("sum by (model) (rate(lmops_request_total[5m]))", series)
    assert unknown_in("sum by (tenant) (rate(lmops_requests_total[5m]))", series) == ["tenant"]
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(set(ids)) == len(ids)
