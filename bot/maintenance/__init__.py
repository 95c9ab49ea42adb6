"""Maintenance across the queue and the channels (retention). Called by the CLI."""
