/** Why an output cannot be written: a system error → a problem, and its sentence. */
import { describe, expect, it } from "vitest";
import { type OutputError, outputErrorText, toOutputError } from "../../src/node/outputErrors.js";

/** An error as Node gives it. */
function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

describe("outputErrorText", () => {
  it.each<[string, string, OutputError["problem"], string]>([
    [
      "English, missing folder",
      "out/r.xlsx",
      "missingFolder",
      "cannot write out/r.xlsx: the folder out does not exist; create it or choose another folder",
    ],
    [
      "English, locked",
      "r.xlsx",
      "locked",
      "cannot replace r.xlsx: the file is open in another program (Excel?); close it and run the command again",
    ],
    [
      "English, extension",
      "r.CSV",
      "notXlsx",
      "cannot write r.CSV: fiche-projet writes .xlsx workbooks; give a name ending in .xlsx (r.xlsx)",
    ],
    [
      "no folder typed: the current one",
      "r.xlsx",
      "missingFolder",
      "cannot write r.xlsx: the folder current does not exist; create it or choose another folder",
    ],
  ])("%s", (_name, path, problem, expected) => {
    expect(outputErrorText(path, problem, "en")).toBe(expected);
  });
});

describe("toOutputError", () => {
  it.each([
    ["ENOENT, prepare", "ENOENT", "prepare", "missingFolder"],
    ["EPERM, prepare: a folder we may not write", "EPERM", "prepare", "readOnlyFolder"],
    ["EPERM, replace: Windows' locked file", "EPERM", "replace", "locked"],
    ["EACCES, replace: Windows' locked file", "EACCES", "replace", "locked"],
    ["EDQUOT: a quota is a full disk", "EDQUOT", "prepare", "diskFull"],
    ["EINVAL: a name Windows refuses", "EINVAL", "prepare", "badName"],
    ["an unknown code: still one sentence", "EIO", "replace", "unwritable"],
  ] as const)("%s → %s", (_name, code, stage, problem) => {
    expect(toOutputError(systemError(code, "open", "/x/.r.xlsx.1.tmp"), "r.xlsx", stage)?.problem).toBe(problem);
  });

  it.each([
    ["a programmer's error", new TypeError("x is undefined")],
    ["a string", "boum"],
    ["a code without a syscall", Object.assign(new Error("x"), { code: "ERR_INVALID_ARG_TYPE" })],
  ])("%s is not an output problem (it is rethrown as it is)", (_name, e) => {
    expect(toOutputError(e, "r.xlsx")).toBeNull();
  });
});
