"""Other APIs' front doors onto the chat completions request path.

``POST /v1/messages`` (Anthropic Messages) and ``POST /v1/responses`` (OpenAI Responses) are
translated to a chat completions request, served by the same handler as ``/v1/chat/completions``
(keys, limits, budgets, cache, guardrails, prompts, request log, metrics: all of it), and the
answer, stream or error is translated back into the route's own format (:mod:`.adapter`).
"""
