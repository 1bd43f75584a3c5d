"""The report and ``check --json`` in words: one object, one HTML page, one PDF, shared by the
window and the command line (core/report.py decides what a report holds)."""
