#!/usr/bin/python3
"""
The producers corpus (test/corpus/producers): workbooks written here by other programs than
ours, with the values we gave them as the expected values, so CI reads real producers' XML
(the fetched real-file corpus cannot be committed; see test/corpus/README.md).

- XlsxWriter (python3-xlsxwriter): shared and rich strings, every kind of value, formulas with
  cached results 0, FALSE, "" and errors, merges, hyperlinks, comments, a table, a chart, a
  whole-column drop-down list, frozen panes; the 1904 date system; the constant-memory mode
  (inline strings, rows written as they come).
- openpyxl (python3-openpyxl): dates as serials with a format, and as ISO cells (t="d");
  formulas without a cached result (read as empty: nothing was computed).
- LibreOffice Calc: each of the above opened and saved again as .xlsx by `soffice` (LibreOffice
  recomputes formulas on load, so its files have every formula's result).

Usage (Debian: apt-get install python3-xlsxwriter python3-openpyxl libreoffice-calc):
    /usr/bin/python3 scripts/corpus/producers.py [--out test/corpus/producers]
Writes files/*.xlsx and expected/*.json (the shape of test/corpus/compare.ts's ExpectedWorkbook).
"""
import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

import openpyxl
import xlsxwriter

ROWS = 200  # the region compared both ways (rows 1..200, columns A..AX)


def date(iso):
    return {"kind": "date", "iso": iso}


def err(code):
    return {"kind": "error", "code": code}


def col_name(c):
    s = ""
    n = c + 1
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


class Sheet:
    """A sheet's expected cells, recorded as values are written."""

    def __init__(self, name):
        self.name = name
        self.cells = {}

    def expect(self, row, col, value):
        if value is not None:
            self.cells[f"{col_name(col)}{row + 1}"] = value

    def json(self):
        return {"name": self.name, "rows": ROWS, "cells": self.cells}


def save_expected(out, file, sheets, date1904=False):
    path = os.path.join(out, "expected", file.replace(".xlsx", ".json"))
    body = {
        "file": file,
        "date1904": date1904,
        "region": f"first {ROWS} rows x 50 columns of each worksheet",
        "readers": "the values the producer was given (scripts/corpus/producers.py)",
        "sheets": [s.json() for s in sheets],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(body, f, ensure_ascii=False, sort_keys=True)
        f.write("\n")


# Values of every kind, as (value written, value a correct reader returns).
TEXTS = [
    "Médiathèque tête de réseau",
    "Œuvre « à l'été » — 12 000 €",
    "  espaces aux bords  ",
    "deux\nlignes",
    "emoji 🚲 et 中文",
    "=pas une formule",
    "'apostrophe",
    "_x0041_ littéral",
    "0612",
    "TRUE",
]
NUMBERS = [0, 1, -1, 0.1, 1234567.89, -0.000123, 1e21, 123456789012, 45000.5, 3.14159265358979]


def fill_values(ws, book, add_format, sheet, write_string, write_number, write_bool, write_datetime):
    """The first sheet of the XlsxWriter files: one column per kind of value."""
    bold = add_format({"bold": True})
    for c, title in enumerate(["Texte", "Nombre", "Booléen", "Date", "Date et heure", "Heure", "Monétaire", "Pourcent"]):
        write_string(0, c, title, bold)
        sheet.expect(0, c, title)
    for r, text in enumerate(TEXTS, start=1):
        write_string(r, 0, text)
        sheet.expect(r, 0, text if text.strip() else None)
    for r, n in enumerate(NUMBERS, start=1):
        write_number(r, 1, n)
        sheet.expect(r, 1, n)
    for r, b in enumerate([True, False], start=1):
        write_bool(r, 2, b)
        sheet.expect(r, 2, b)
    formats = [
        (add_format({"num_format": "dd/mm/yyyy"}), dt.datetime(2026, 3, 31), "2026-03-31"),
        (add_format({"num_format": 14}), dt.datetime(2025, 12, 1), "2025-12-01"),
        (add_format({"num_format": "d mmmm yyyy"}), dt.datetime(2000, 2, 29), "2000-02-29"),
        (add_format({"num_format": "yyyy-mm-dd"}), dt.datetime(1900, 3, 1), "1900-03-01"),
        (add_format({"num_format": "[$-40C]dddd d mmmm yyyy"}), dt.datetime(2027, 1, 4), "2027-01-04"),
    ]
    for r, (fmt, value, iso) in enumerate(formats, start=1):
        write_datetime(r, 3, value, fmt)
        sheet.expect(r, 3, date(iso))
    stamp = add_format({"num_format": "dd/mm/yyyy hh:mm"})
    for r, (value, iso) in enumerate(
        [(dt.datetime(2026, 6, 30, 17, 45), "2026-06-30"), (dt.datetime(2026, 6, 30, 23, 59, 59, 700000), "2026-07-01")],
        start=1,
    ):
        write_datetime(r, 4, value, stamp)
        sheet.expect(r, 4, date(iso))
    # A time of day is not a calendar date: a number (a fraction of a day).
    write_number(1, 5, 0.75, add_format({"num_format": "hh:mm"}))
    sheet.expect(1, 5, 0.75)
    write_number(2, 5, 1.5, add_format({"num_format": "[h]:mm"}))
    sheet.expect(2, 5, 1.5)
    write_number(1, 6, 1063100, add_format({"num_format": '#,##0.00 "€"'}))
    sheet.expect(1, 6, 1063100)
    write_number(2, 6, 2.5, add_format({"num_format": r"#,##0.0,,\ \M"}))
    sheet.expect(2, 6, 2.5)
    write_number(1, 7, 0.635, add_format({"num_format": "0.0 %"}))
    sheet.expect(1, 7, 0.635)


def xlsxwriter_values(out):
    file = "xlsxwriter__values.xlsx"
    wb = xlsxwriter.Workbook(os.path.join(out, "files", file))
    values = Sheet("Valeurs")
    ws = wb.add_worksheet(values.name)
    fill_values(ws, wb, wb.add_format, values, ws.write_string, ws.write_number, ws.write_boolean, ws.write_datetime)
    ws.freeze_panes(1, 1)
    ws.set_column(0, 0, 30)

    formulas = Sheet("Formules d'été")
    fs = wb.add_worksheet(formulas.name)
    rows = [
        ("=0*1", 0, 0),
        ("=1=2", False, False),
        ('=""', "", None),
        ("=2+3", 5, 5),
        ('="a"&"b"', "ab", "ab"),
        ("=1/0", "#DIV/0!", err("#DIV/0!")),
        ("=NA()", "#N/A", err("#N/A")),
        ("=DATE(2026,5,1)", 46143, 46143),  # no date format: a number
    ]
    for r, (formula, cached, expected) in enumerate(rows):
        fs.write_formula(r, 0, formula, None, cached)
        formulas.expect(r, 0, expected)
    when = wb.add_format({"num_format": "dd/mm/yyyy"})
    fs.write_formula(len(rows), 0, "=DATE(2026,5,1)", when, 46143)
    formulas.expect(len(rows), 0, date("2026-05-01"))

    shapes = Sheet("Mise en forme")
    ss = wb.add_worksheet(shapes.name)
    bold = wb.add_format({"bold": True})
    ss.merge_range("A1:C2", "Titre fusionné", wb.add_format({"align": "center"}))
    shapes.expect(0, 0, "Titre fusionné")
    ss.write_rich_string("A3", "Texte ", bold, "riche", " en trois morceaux")
    shapes.expect(2, 0, "Texte riche en trois morceaux")
    ss.write_url("A4", "https://example.org/fiche", string="Lien vers la fiche")
    shapes.expect(3, 0, "Lien vers la fiche")
    ss.write_string("A5", "Avec un commentaire")
    ss.write_comment("A5", "Un commentaire")
    shapes.expect(4, 0, "Avec un commentaire")
    ss.data_validation("D1:D1048576", {"validate": "list", "source": ["oui", "non"]})
    ss.write_string("D1", "oui")
    shapes.expect(0, 3, "oui")
    table = [["Code", "Montant"], ["VOI-1", 100], ["BAT-2", 250.5]]
    ss.add_table("F1:G3", {"data": table[1:], "columns": [{"header": h} for h in table[0]]})
    for r, row in enumerate(table):
        for c, v in enumerate(row):
            shapes.expect(r, 5 + c, v)
    chart = wb.add_chart({"type": "column"})
    chart.add_series({"values": f"='{shapes.name}'!$G$2:$G$3", "categories": f"='{shapes.name}'!$F$2:$F$3"})
    ss.insert_chart("I2", chart)
    ss.write_comment("XFD1048576", "Tout au bout")
    wb.close()
    save_expected(out, file, [values, formulas, shapes])
    return file, [values, formulas, shapes], False


def xlsxwriter_book(out, file, options, sheet_name):
    """A new XlsxWriter workbook with one sheet, and that sheet's expected cells."""
    wb = xlsxwriter.Workbook(os.path.join(out, "files", file), options)
    sheet = Sheet(sheet_name)
    return wb, sheet, wb.add_worksheet(sheet_name)


def xlsxwriter_1904(out):
    file = "xlsxwriter__1904.xlsx"
    wb, sheet, ws = xlsxwriter_book(out, file, {"date_1904": True}, "Calendrier")
    fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    for r, iso in enumerate(["1904-01-01", "1904-01-02", "2026-03-31", "2030-12-31"]):
        ws.write_datetime(r, 0, dt.datetime.fromisoformat(iso), fmt)
        sheet.expect(r, 0, date(iso))
        ws.write_number(r, 1, r + 10)
        sheet.expect(r, 1, r + 10)
    wb.close()
    save_expected(out, file, [sheet], date1904=True)
    return file, [sheet], True


def xlsxwriter_constant_memory(out):
    file = "xlsxwriter__constant-memory.xlsx"
    wb, sheet, ws = xlsxwriter_book(out, file, {"constant_memory": True}, "Budget")
    money = wb.add_format({"num_format": '#,##0.00 "€"'})
    when = wb.add_format({"num_format": "dd/mm/yyyy"})
    for r in range(150):
        ws.write_string(r, 0, f"Ligne {r + 1} — études")
        sheet.expect(r, 0, f"Ligne {r + 1} — études")
        ws.write_number(r, 1, (r + 1) * 1000.25, money)
        sheet.expect(r, 1, (r + 1) * 1000.25)
        ws.write_datetime(r, 2, dt.datetime(2026, 1, 1) + dt.timedelta(days=r), when)
        sheet.expect(r, 2, date((dt.date(2026, 1, 1) + dt.timedelta(days=r)).isoformat()))
        ws.write_boolean(r, 3, r % 2 == 0)
        sheet.expect(r, 3, r % 2 == 0)
    wb.close()
    save_expected(out, file, [sheet])
    return file, [sheet], False


def openpyxl_book(out, file, iso_dates):
    wb = openpyxl.Workbook()
    wb.iso_dates = iso_dates
    ws = wb.active
    sheet = Sheet("Étapes")
    ws.title = sheet.name
    ws.append(["Étape", "Début", "Fin", "Jours", "Fait", "Coût"])
    for c, v in enumerate(["Étape", "Début", "Fin", "Jours", "Fait", "Coût"]):
        sheet.expect(0, c, v)
    steps = [
        ("Études", dt.date(2026, 1, 5), dt.datetime(2026, 2, 27), 40, True),
        ("Consultation", dt.date(2026, 3, 2), dt.datetime(2026, 4, 30, 12, 0), 43, False),
        ("Travaux", dt.date(2026, 6, 1), dt.datetime(2026, 12, 18), 145, False),
    ]
    for r, (name, start, end, days, done) in enumerate(steps, start=1):
        ws.append([name, start, end, days, done, f"=D{r + 1}*450"])
        ws.cell(row=r + 1, column=2).number_format = "dd/mm/yyyy"
        ws.cell(row=r + 1, column=3).number_format = "dd/mm/yyyy"
        for c, v in enumerate([name, date(start.isoformat()), date(end.date().isoformat()), days, done]):
            sheet.expect(r, c, v)
        # F: a formula openpyxl writes without a result (nothing computed it): empty here.
    ws.merge_cells("A6:C6")
    ws["A6"] = "Total fusionné"
    sheet.expect(5, 0, "Total fusionné")
    path = os.path.join(out, "files", file)
    wb.save(path)
    save_expected(out, file, [sheet])
    return file, [sheet], False, {f"F{r + 1}": steps[r - 1][3] * 450 for r in range(1, 4)}


def libreoffice_copy(out, source, sheets, date1904, computed, profile):
    """LibreOffice opens the file and saves it again as .xlsx; its formulas get their results."""
    file = "libreoffice__" + source.split("__", 1)[1]
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                tmp,
                os.path.join(out, "files", source),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "LANG": "fr_FR.UTF-8", "LC_ALL": "fr_FR.UTF-8"},
        )
        shutil.move(os.path.join(tmp, source), os.path.join(out, "files", file))
    copies = []
    for s in sheets:
        c = Sheet(s.name)
        c.cells = dict(s.cells)
        for addr, value in computed.get(s.name, {}).items():
            c.cells[addr] = value
        copies.append(c)
    save_expected(out, file, copies, date1904=date1904)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="test/corpus/producers")
    out = parser.parse_args().out
    for d in ("files", "expected"):
        shutil.rmtree(os.path.join(out, d), ignore_errors=True)
        os.makedirs(os.path.join(out, d))
    made = [xlsxwriter_values(out), xlsxwriter_1904(out), xlsxwriter_constant_memory(out)]
    opx = [openpyxl_book(out, "openpyxl__serial-dates.xlsx", False), openpyxl_book(out, "openpyxl__iso-dates.xlsx", True)]
    profile = tempfile.mkdtemp(prefix="producers-lo-")
    try:
        for file, sheets, d1904 in made:
            libreoffice_copy(out, file, sheets, d1904, {}, profile)
        file, sheets, d1904, computed = opx[0]
        libreoffice_copy(out, file, sheets, d1904, {sheets[0].name: computed}, profile)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
