"""The receipts service: records acknowledgements of versions in force, signs receipts, reports to HR.

``catalogue`` (which versions can be acknowledged), ``intake`` (checks before storing),
``signing`` (Ed25519), ``store`` (SQLite or PostgreSQL, numbered migrations), ``report``
(for HR), ``service`` (the Starlette application) and ``command`` (the CLI). Needs the
optional ``receipts`` dependencies.
"""
