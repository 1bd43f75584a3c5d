"""Everything that touches the keyring or the disk lives here."""
