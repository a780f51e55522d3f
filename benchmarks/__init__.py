"""Benchmarks and the synthetic corpus they (and the tests) build from."""
