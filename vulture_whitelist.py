"""Names vulture cannot see used (`make lint` runs vulture over secguard/ and tests/).

Qt calls these overrides itself; the data fields are read by the JSON output,
the report or a later page, or kept so that stored records keep their shape.
"""

# Qt virtual overrides, called by Qt
_.paintEvent  # type: ignore[name-defined]  # noqa: B018, F821
_.eventFilter  # type: ignore[name-defined]  # noqa: B018, F821
_.itemAt  # type: ignore[name-defined]  # noqa: B018, F821
_.takeAt  # type: ignore[name-defined]  # noqa: B018, F821
_.expandingDirections  # type: ignore[name-defined]  # noqa: B018, F821
# http.server's handler names, called by the server (tests' local servers)
_.do_GET  # type: ignore[name-defined]  # noqa: B018, F821
_.do_HEAD  # type: ignore[name-defined]  # noqa: B018, F821
_.log_message  # type: ignore[name-defined]  # noqa: B018, F821
# html.parser and QStyleOptionViewItem attributes set or called by the library
_.handle_starttag  # type: ignore[name-defined]  # noqa: B018, F821
_.handle_data  # type: ignore[name-defined]  # noqa: B018, F821
_.handle_startendtag  # type: ignore[name-defined]  # noqa: B018, F821
_.handle_endtag  # type: ignore[name-defined]  # noqa: B018, F821
# email.charset.Charset's attribute, read by the email package (tests' fixture builder)
_.body_encoding  # type: ignore[name-defined]  # noqa: B018, F821
_.decorationSize  # type: ignore[name-defined]  # noqa: B018, F821
# keyring backends the tests load by name (PYTHON_KEYRING_BACKEND)
_.PlaintextFileKeyring  # type: ignore[name-defined]  # noqa: B018, F821
_.BrokenOnUseKeyring  # type: ignore[name-defined]  # noqa: B018, F821
_.FailsToStartKeyring  # type: ignore[name-defined]  # noqa: B018, F821
# data fields kept in records and results (read through dataclasses.asdict / JSON)
_.on_by_default  # type: ignore[name-defined]  # noqa: B018, F821
_.context_brokers  # type: ignore[name-defined]  # noqa: B018, F821
_.mfa_settings_url  # type: ignore[name-defined]  # noqa: B018, F821
_.uncertainty_s  # type: ignore[name-defined]  # noqa: B018, F821
_.min_secret_length_bits  # type: ignore[name-defined]  # noqa: B018, F821
