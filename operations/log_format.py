"""One log record, one line: log collectors (journald, a hosted service) keep a server error
and its traceback together instead of splitting them into a line each."""

import logging


class OneLineFormatter(logging.Formatter):
    def format(self, record):
        return super().format(record).replace("\n", " ⏎ ")
