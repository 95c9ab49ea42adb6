"""Helpers for tests and benchmarks (not used in production)."""
