"""Continuous improvement: the evidence against a prompt, its failure modes, and variants
evaluated against production (see :mod:`lmops.improve.loop`)."""
