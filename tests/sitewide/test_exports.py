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
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
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
