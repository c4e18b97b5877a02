"""Evaluation: metrics and assertions (pure functions returning a :class:`Score`), suites, the
runner, reports and regression against a baseline run."""
