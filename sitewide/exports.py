"""CSV exports that spreadsheets open as data, never as formulas.

A cell starting with one of these characters is read as a formula by Excel, LibreOffice and
Google Sheets (OWASP "CSV injection"); a leading apostrophe makes them show it as text.
A spreadsheet may also split the file on another separator than ours (French and Spanish ones
use `;`) or strip quotes, so a formula character after a separator or a quote inside a value
(`Acme;=1+1`, `x,=1`, `"=1+1"`) would start a cell too: it gets the apostrophe as well."""

import csv
import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A separator (comma, semicolon, tab, bar, line break) or a quote, spaces, a formula character.
INNER_FORMULA = re.compile(r"""([,;|\t\r\n"'])([ \t]*)(?=[=+\-@])""")


def spreadsheet_safe(value):
    if not isinstance(value, str):
        return value
    value = INNER_FORMULA.sub(r"\1\2'", value)
    if value.lstrip(" ").startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeWriter:
    """csv.writer whose cells are made spreadsheet-safe."""

    def __init__(self, out, **kwargs):
        self.writer = csv.writer(out, **kwargs)

    def writerow(self, row):
        return self.writer.writerow([spreadsheet_safe(cell) for cell in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


class SafeDictWriter(csv.DictWriter):
    """csv.DictWriter whose cells are made spreadsheet-safe (the header is ours)."""

    def writerow(self, rowdict):
        return super().writerow({key: spreadsheet_safe(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)
