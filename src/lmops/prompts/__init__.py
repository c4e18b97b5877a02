"""The prompt registry: versioned, labelled, sandbox-rendered prompt templates, prompt patterns,
and A/B experiments over prompts and models."""
