"""secguard: a self-check against online brokerage account takeover."""

__version__ = "0.1.0"
APP_NAME = "secguard"
