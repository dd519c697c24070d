"""One exception hierarchy; the CLI turns each into one clear line."""


class KeiretsuError(Exception):
    """Base of every error keiretsu expects and reports without a traceback."""


class InputError(KeiretsuError):
    """An input (file, record, URL) cannot be read; names where and why."""

    def __init__(self, location: str, reason: str):
        super().__init__(f"{location}: {reason}")
        self.location = location
        self.reason = reason


class LimitExceeded(InputError):
    """An input went past one of the limits in ``Settings``: the reason names the limit and the
    variable that raises it, so a user with a real need can, and a hostile file costs a bounded share."""

    def __init__(self, location: str, setting: str, limit: str, detail: str):
        super().__init__(location, f"over {setting} ({limit}): {detail}; set KEIRETSU_{setting.upper()} to raise it")
        self.setting = setting


class StoreError(KeiretsuError):
    """The store cannot be opened, migrated or queried."""


class StoreBusy(StoreError):
    """Another command holds the store's write lock (``keiretsu.store.lock``)."""


class StoreUnavailable(StoreError):
    """The store's database server cannot be reached or refuses the credentials: names the server
    and why, never the password."""


class DiskFull(StoreError):
    """The store's disk has no room for a write; what was committed before is kept."""


class NewerSchema(StoreError):
    """The store was written by a newer keiretsu: its tables may mean what this code does not
    know, so it is neither read nor written."""

    def __init__(self, where: str, version: int, latest: int):
        super().__init__(f"{where}: written by a newer version of keiretsu (schema {version}, this one knows up "
                         f"to {latest}); upgrade keiretsu to open it")


class NotFound(KeiretsuError):
    """A requested object is not in the store."""
