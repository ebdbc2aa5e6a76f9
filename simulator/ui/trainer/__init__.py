"""Trainer tools behind the passphrase: review with overrides, calibration, cohort dashboard, reports."""
