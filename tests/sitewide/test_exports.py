import csv
import io

import pytest

from sitewide.exports import SafeDictWriter, SafeWriter


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23 45 67 89", "'+33 1 23 45 67 89"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t'=1+1"),
        ("\r=1+1", "'\r'=1+1"),
        (" =1+1", "' =1+1"),
        # Split on another separator, or with its quotes stripped, each part is a cell.
        ("Acme;=1+1", "Acme;'=1+1"),
        ("Acme; =1+1", "Acme; '=1+1"),
        ("x,=1", "x,'=1"),
        ("x|@SUM(A1)", "x|'@SUM(A1)"),
        ('"=1+1"', '"\'=1+1"'),
        ("'=1+1", "''=1+1"),
        ("a\n-2+3", "a\n'-2+3"),
        ("Acme\t+33 1 23", "Acme\t'+33 1 23"),
        ("Jean-Pierre, 2016-2017", "Jean-Pierre, 2016-2017"),
        ("Sols Vivants", "Sols Vivants"),
        ("a=b", "a=b"),
        ("", ""),
        ("2016", "2016"),
    ],
)
def test_cells_a_spreadsheet_would_run_are_written_as_text(value, written):
    out = io.StringIO()
    SafeWriter(out).writerow([value, 2016, None])
    SafeDictWriter(out, fieldnames=["name"]).writerow({"name": value})

    first, second = csv.reader(io.StringIO(out.getvalue()))
    assert first == [written, "2016", ""]
    assert second == [written]


@pytest.mark.parametrize("separator", [";", ",", "\t", "|"])
def test_no_cell_starts_a_formula_whatever_separator_the_spreadsheet_splits_on(separator):
    out = io.StringIO()
    SafeWriter(out).writerow(["Acme;=1+1", 'x,"=2+2"', "y\t@A1", "z|-3", "=4"])

    for row in csv.reader(io.StringIO(out.getvalue()), delimiter=separator):
        for cell in row:
            cell = cell.strip(' "')  # the quotes a spreadsheet would strip
            assert not cell.startswith(("=", "+", "-", "@")), (separator, row)
