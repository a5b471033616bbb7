/**
 * The public test suites the real-file corpus is drawn from, declared once: where the files
 * are in each repository, under which licence, how many to take, and what the source's own
 * documentation says about who wrote them (app.xml lies for library-written files, which
 * often claim to be "Microsoft Excel").
 */

/**
 * @typedef {object} Source
 * @property {string} repo        owner/name on GitHub
 * @property {string} short       prefix of the corpus file names
 * @property {string} license     SPDX id of the licence covering the files
 * @property {string} licenseFile the licence text in the repository
 * @property {RegExp} include     paths taken (the .xlsx under it)
 * @property {RegExp} [exclude]   paths left out (fuzzed, not meant to open, duplicates)
 * @property {number} quota       how many files at most
 * @property {"producer"|"stem"} [groupBy] round-robin over producers (default) or file-name stems
 * @property {(path: string, fromFile: string|null) => string|null} [producer] the source's documentation, when it knows better
 * @property {string} [note]      what the source's README says of the files
 * @property {(path: string) => string|null} [licenseOf] a licence other than the repository's for some files
 * @property {{from: string, name: string}} [extraLicense] the text of that other licence (a local file)
 */

/** @type {Source[]} */
export const SOURCES = [
  {
    repo: "jmcnamara/rust_xlsxwriter",
    short: "rxw",
    license: "MIT OR Apache-2.0",
    licenseFile: "LICENSE_MIT",
    include: /^tests\/input\/[^/]+\.xlsx$/,
    quota: 25,
    groupBy: "stem",
    producer: () => "Excel 2007",
    note: "reference files created and saved by Excel 2007 (the project's test documentation)",
  },
  {
    repo: "jmcnamara/XlsxWriter",
    short: "xw",
    license: "BSD-2-Clause",
    licenseFile: "LICENSE.txt",
    include: /^xlsxwriter\/test\/comparison\/xlsx_files\/[^/]+\.xlsx$/,
    quota: 25,
    groupBy: "stem",
    producer: () => "Excel 2007",
    note: "reference files created and saved by Excel 2007 (the project's test documentation)",
  },
  {
    repo: "apache/poi",
    short: "poi",
    license: "Apache-2.0",
    licenseFile: "legal/LICENSE",
    include: /^test-data\/(spreadsheet|openxml4j)\/[^/]+\.xlsx$/,
    // Fuzzer output and crash reproducers are not meant to open.
    exclude: /clusterfuzz|crash|fuzz|poc/i,
    quota: 50,
  },
  {
    repo: "ClosedXML/ClosedXML",
    short: "cxml",
    license: "MIT",
    licenseFile: "LICENSE",
    include: /^ClosedXML\.Tests\/Resource\/(TryToLoad|Examples)\/.+\.xlsx$/,
    quota: 30,
    // The Examples are ClosedXML's own output (app.xml says "Microsoft Excel" without a version).
    producer: (path, fromFile) => (/\/Examples\//.test(path) && fromFile?.startsWith("library") ? "ClosedXML" : null),
    licenseOf: (path) =>
      /\/TryToLoad\/LO\//.test(path) ? "MIT (ClosedXML) and MPL-2.0 (LibreOffice's sc/qa/unit/data/xlsx)" : null,
    extraLicense: { from: "/usr/share/common-licenses/MPL-2.0", name: "cxml-LibreOffice-MPL-2.0.txt" },
    note: "TryToLoad/LO/xlsx holds files of LibreOffice's test suite (sc/qa/unit/data/xlsx, MPL-2.0)",
  },
  {
    repo: "PHPOffice/PhpSpreadsheet",
    short: "phpss",
    license: "MIT",
    licenseFile: "LICENSE",
    include: /^(tests\/data\/Reader\/XLSX|samples\/templates|tests\/data\/Writer\/XLSX)\/[^/]+\.xlsx$/,
    quota: 30,
  },
  {
    repo: "ExcelDataReader/ExcelDataReader",
    short: "edr",
    license: "MIT",
    licenseFile: "LICENSE",
    include: /^src\/TestData\/(strict\/)?[^/]+\.xlsx$/,
    quota: 25,
    producer: (path) => (/google/i.test(path) ? "Google Sheets" : null),
  },
  {
    repo: "SheetJS/test_files",
    short: "sjs",
    license: "Apache-2.0",
    licenseFile: "LICENSE",
    // Root files only: files from other projects carry a source prefix and other licences.
    include: /^(?!(apachepoi|openpyxl|xlrd|spout|excel-reader-xlsx|pyExcelerator)_)[^_].*\.xlsx$/,
    // dpi/ holds the same sheet at 13 screen settings: two are enough.
    exclude: /^dpi\/DPI(?!96C11|72A12)/,
    quota: 60,
    producer: (path) =>
      /minimal_112|DataTypesFormats/.test(path) ? "Numbers" : /Attendance/.test(path) ? "Numbers (iCloud)" : null,
    note: "README: root files are Apache-2.0; minimal_112 is a Numbers 11.2 export, Attendance an iCloud Numbers template",
  },
  {
    repo: "exceljs/exceljs",
    short: "exceljs",
    license: "MIT",
    licenseFile: "LICENSE",
    include: /^(spec\/integration\/data|test\/data)\/.+\.xlsx$/,
    quota: 20,
    producer: (path) => (/google-sheets/.test(path) ? "Google Sheets" : null),
  },
  {
    repo: "tafia/calamine",
    short: "calamine",
    license: "MIT",
    licenseFile: "LICENSE-MIT.md",
    include: /^tests\/[^/]+\.xlsx$/,
    quota: 30,
  },
  {
    repo: "tealeg/xlsx",
    short: "tealeg",
    license: "BSD-3-Clause",
    licenseFile: "LICENSE",
    include: /^testdocs\/[^/]+\.xlsx$/,
    exclude: /badfile/,
    quota: 15,
    producer: (path) => (/googleDocs/.test(path) ? "Google Sheets" : /macNumbers/.test(path) ? "Numbers" : null),
  },
  {
    repo: "tidyverse/readxl",
    short: "readxl",
    license: "MIT",
    licenseFile: "LICENSE.md",
    include: /^(tests\/testthat\/sheets|inst\/extdata)\/[^/]+\.xlsx$/,
    quota: 20,
  },
  {
    repo: "roo-rb/roo",
    short: "roo",
    license: "MIT",
    licenseFile: "LICENSE",
    include: /^test\/files\/[^/]+\.xlsx$/,
    quota: 25,
    producer: (path) =>
      /google/i.test(path)
        ? "Google Sheets"
        : /numbers-export/.test(path)
          ? "Numbers"
          : /windows_phone/.test(path)
            ? "Excel Mobile (Windows Phone)"
            : null,
  },
  {
    repo: "dotnet/Open-XML-SDK",
    short: "oxsdk",
    license: "MIT",
    licenseFile: "LICENSE",
    include: /^test\/DocumentFormat\.OpenXml\.Tests\.Assets\/assets\/.+\.xlsx$/,
    exclude: /Robustness/,
    quota: 20,
  },
  {
    repo: "qax-os/excelize",
    short: "excelize",
    license: "BSD-3-Clause",
    licenseFile: "LICENSE",
    include: /^test\/[^/]+\.xlsx$/,
    quota: 6,
  },
  {
    repo: "dtjohnson/xlsx-populate",
    short: "xlsxpop",
    license: "MIT",
    licenseFile: "LICENSE",
    include: /^(test|examples)\/.+\.xlsx$/,
    quota: 8,
  },
];

/** Files over this size are never taken; over SOFT_MAX only a few. */
export const HARD_MAX_BYTES = 1_048_576;
export const SOFT_MAX_BYTES = 200 * 1024;
export const MAX_LARGE_FILES = 5;
/** How many files of each refusal kind are kept as "must refuse". */
export const REFUSALS_PER_KIND = 3;
