"""Pure logic: no Qt, no keyring, no disk.  Returns data and message ids."""
