"""Session and cohort reports, as PDF (Qt's own printing) and formula-safe CSV, in the interface language."""
