"""Benchmarks that print figures (`make bench`); never asserts on timing."""
