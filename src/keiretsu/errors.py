"""One exception hierarchy; the CLI turns each into one clear line."""


class KeiretsuError(Exception):
    """Base of every error keiretsu expects and reports without a traceback."""


class InputError(KeiretsuError):
    """An input (file, record, URL) cannot be read; names where and why."""

    def __init__(self, location: str, reason: str):
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class StoreError(KeiretsuError):
    """The store cannot be opened, migrated or queried."""


class NotFound(KeiretsuError):
    """A requested object is not in the store."""
