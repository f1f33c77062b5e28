"""bulletin-extract: structured, validated records from government bulletins."""

__version__ = "0.1.0"
