"""One log record, one line: log collectors (journald, a hosted service) keep a server error
and its traceback together instead of splitting them into a line each."""

import logging


class OneLineFormatter(logging.Formatter):
    def format(self, record):
        return super().format(record).replace("\n", " ⏎ ")


class AsWarning(logging.Filter):
    """Logs a record as a warning without its traceback: for requests refused as they should
    be (an unknown Host, which scanners send by the thousand), which Django logs as errors."""

    def filter(self, record):
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.exc_info = record.exc_text = None
        return True
