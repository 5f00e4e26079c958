"""Retention: policy presets from the seed privacy statements, and the countdown engine."""
