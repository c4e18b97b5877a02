"""Guardrails: PII and secret detection and redaction, prompt-injection detection, output checks."""
