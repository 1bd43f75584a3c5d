"""One page per precaution, plus the overview."""
