"""CSV exports that spreadsheets open as data, never as formulas.

A cell starting with one of these characters is read as a formula by Excel, LibreOffice and
Google Sheets (OWASP "CSV injection"); a leading apostrophe makes them show it as text."""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
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
