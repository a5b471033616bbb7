import { describe, expect, it } from "vitest";
import { normalizeLabel } from "../../../src/core/cells/normalize.js";
import { MEDIATHEQUE } from "../../../src/core/examples/index.js";
import { type ColumnKey, columnSpec, ENUMS, TABS, tabSpec } from "../../../src/core/template/columns.js";
import { INSTRUCTIONS_SHEET } from "../../../src/core/template/instructions.js";
import { REQUIRED_MARK, TEMPLATE_ROWS } from "../../../src/core/template/labels.js";
import { buildCapacitySheets, buildTemplateSheets } from "../../../src/core/template/sheets.js";
import { GENERATED_MARK, type Lang, type OutputSheet, type TabKey } from "../../../src/core/types.js";

const LANGS: Lang[] = ["fr", "en"];

function sheetOf(sheets: readonly OutputSheet[], key: TabKey, lang: Lang): OutputSheet {
  const name = tabSpec(key)[lang];
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no tab ${name}`);
  return found;
}

function columnIndex<K extends TabKey>(key: K, column: ColumnKey<K>): number {
  return tabSpec(key).columns.findIndex((c) => c.key === column);
}

describe("buildTemplateSheets: tabs", () => {
  it.each([
    [
      "fr",
      [
        "Mode d'emploi",
        "Projet",
        "Validation",
        "Calendrier",
        "Budget",
        "Financement",
        "Équipe",
        "Capacité",
        "Évaluation",
      ],
    ],
    ["en", ["Instructions", "Project", "Approvals", "Schedule", "Budget", "Funding", "Team", "Capacity", "Evaluation"]],
  ] as const)("%s: the instructions tab, then every tab of TABS in order", (lang, names) => {
    expect(buildTemplateSheets({ lang }).map((s) => s.name)).toEqual(names);
  });

  it.each(LANGS)("%s: no generated tab and no generated mark", (lang) => {
    for (const sheet of buildTemplateSheets({ lang, example: MEDIATHEQUE })) {
      expect(["Synthèse", "Contrôles", "Portefeuille", "Budget consolidé", "Charge services"]).not.toContain(
        sheet.name,
      );
      expect(String(sheet.rows[0]?.[0] ?? "")).not.toContain(GENERATED_MARK);
    }
  });
});

describe("buildTemplateSheets: table tabs", () => {
  const tables = TABS.filter((t) => t.shape === "table");
  const cases = LANGS.flatMap((lang) => tables.map((t) => [lang, t.key] as const));

  it.each(cases)("%s %s: header row 1 names every column, required ones marked", (lang, key) => {
    const sheet = sheetOf(buildTemplateSheets({ lang }), key, lang);
    const expected = tabSpec(key).columns.map((c) => (c.required ? `${c[lang]}${REQUIRED_MARK}` : c[lang]));
    expect(sheet.rows[0]).toEqual(expected);
    // The parser's normalizer reads a marked header as the plain label.
    sheet.rows[0]?.forEach((h, i) => {
      expect(normalizeLabel(String(h))).toBe(normalizeLabel(tabSpec(key).columns[i]?.[lang] ?? ""));
    });
  });

  it.each(cases)("%s %s: frozen header, widths from columns.ts, one header style, required marked *", (lang, key) => {
    const sheet = sheetOf(buildTemplateSheets({ lang }), key, lang);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.columnWidths).toEqual(tabSpec(key).columns.map((c) => c.width));
    tabSpec(key).columns.forEach((c, col) => {
      const style = sheet.styles.find((s) => s.row === 0 && s.col === col);
      expect(style?.style).toBe("header");
      expect(String(sheet.rows[0]?.[col]).endsWith(" *")).toBe(c.required === true);
    });
  });

  it.each(cases)("%s %s: a drop-down on every list column and only there, in the sheet's language", (lang, key) => {
    const sheet = sheetOf(buildTemplateSheets({ lang }), key, lang);
    const listColumns = tabSpec(key).columns.flatMap((c, col) => (c.enumKey ? [{ c, col }] : []));
    expect(sheet.validations ?? []).toHaveLength(listColumns.length);
    for (const { c, col } of listColumns) {
      const v = sheet.validations?.find((x) => x.area.col === col);
      expect(v?.area).toEqual({ row: 1, col, rows: TEMPLATE_ROWS, cols: 1 });
      expect(v?.values).toEqual(ENUMS[c.enumKey ?? "yesno"].map((e) => (lang === "fr" ? e.value : e.en)));
    }
  });

  it.each([
    ["calendrier", "milestone", "fr", ["oui", "non"]],
    ["calendrier", "milestone", "en", ["yes", "no"]],
    ["budget", "section", "fr", ["Investissement", "Fonctionnement"]],
    ["budget", "section", "en", ["Capital", "Operating"]],
    ["budget", "type", "fr", ["Dépense", "Recette"]],
    ["budget", "fctva", "fr", ["oui", "non"]],
    ["validation", "decision", "fr", ["favorable", "défavorable", "ajourné", "en attente"]],
    ["validation", "decision", "en", ["approved", "rejected", "postponed", "pending"]],
    ["evaluation", "direction", "fr", ["hausse", "baisse"]],
    ["evaluation", "direction", "en", ["up", "down"]],
    ["financement", "category", "fr", ["État", "Collectivité", "Europe", "Autre public", "Privé"]],
    ["financement", "category", "en", ["State", "Local authority", "EU", "Other public", "Private"]],
    ["financement", "status", "fr", ["envisagé", "sollicité", "notifié", "refusé", "soldé"]],
    ["financement", "status", "en", ["planned", "requested", "awarded", "refused", "closed"]],
  ] as const)("%s.%s (%s) offers %j", (key, column, lang, values) => {
    const sheet = sheetOf(buildTemplateSheets({ lang }), key, lang);
    const col = columnIndex(key, column);
    expect(sheet.validations?.find((v) => v.area.col === col)?.values).toEqual(values);
  });

  it.each([
    ["budget", "initial", "money"],
    ["budget", "forecast", "money"],
    ["calendrier", "baselineStart", "date"],
    ["calendrier", "percentComplete", "rate"],
    ["calendrier", "budget", "money"],
    ["validation", "decisionDate", "date"],
    ["evaluation", "measuredOn", "date"],
    ["financement", "eligibleBase", "money"],
    ["financement", "rate", "rate"],
    ["financement", "requested", "money"],
    ["financement", "filedOn", "date"],
    ["financement", "awarded", "money"],
    ["financement", "awardedOn", "date"],
    ["financement", "received", "money"],
    ["financement", "startBy", "date"],
    ["financement", "completeBy", "date"],
  ] as const)("%s.%s is formatted %s over the data rows", (key, column, style) => {
    const sheet = sheetOf(buildTemplateSheets({ lang: "fr" }), key, "fr");
    const col = columnIndex(key, column);
    expect(sheet.styles).toContainEqual({ row: 1, col, rows: TEMPLATE_ROWS, cols: 1, style });
  });

  it.each([
    ["budget", "line"],
    ["budget", "year"],
    ["equipe", "planned"],
    ["equipe", "month"],
  ] as const)("%s.%s gets no number format", (key, column) => {
    const sheet = sheetOf(buildTemplateSheets({ lang: "fr" }), key, "fr");
    const col = columnIndex(key, column);
    expect(sheet.styles.filter((s) => s.col === col && s.row > 0)).toEqual([]);
  });
});

describe("buildTemplateSheets: areas stay inside the sheet", () => {
  const sheets = LANGS.flatMap((lang) => buildTemplateSheets({ lang, example: MEDIATHEQUE }));
  it.each(sheets.map((s) => [s.name, s] as const))("%s", (_name, sheet) => {
    const width = sheet.columnWidths.length;
    const height = Math.max(sheet.rows.length, TEMPLATE_ROWS + 1);
    const areas = [...sheet.styles, ...sheet.filters, ...(sheet.validations ?? []).map((v) => v.area)];
    for (const a of areas) {
      expect(a.row).toBeGreaterThanOrEqual(0);
      expect(a.col).toBeGreaterThanOrEqual(0);
      expect(a.rows).toBeGreaterThan(0);
      expect(a.cols).toBeGreaterThan(0);
      expect(a.col + a.cols).toBeLessThanOrEqual(width);
      expect(a.row + a.rows).toBeLessThanOrEqual(height);
    }
    for (const row of sheet.rows) expect(row.length).toBeLessThanOrEqual(width);
  });
});

describe("buildTemplateSheets: the Projet tab", () => {
  it.each([
    ["fr", ["Rubrique", "Valeur", "Aide"], "Code projet *", "Fondements"],
    ["en", ["Field", "Value", "Help"], "Project code *", "Rationale"],
  ] as const)("%s: header %j, one field per row in TABS order", (lang, head, first, third) => {
    const sheet = sheetOf(buildTemplateSheets({ lang }), "projet", lang);
    expect(sheet.rows[0]).toEqual(head);
    expect(sheet.rows.map((r) => r[0]).slice(1)).toHaveLength(tabSpec("projet").columns.length);
    expect(sheet.rows[1]?.[0]).toBe(first);
    expect(sheet.rows[3]?.[0]).toBe(third);
    expect(sheet.rows.slice(1).every((r) => r[1] === null)).toBe(true);
    expect(sheet.frozenRows).toBe(1);
  });

  it.each([
    ["status", "fr", ["prévu", "en cours", "réalisé", "suspendu", "abandonné"]],
    ["status", "en", ["planned", "in progress", "done", "on hold", "cancelled"]],
    ["holidays", "fr", ["France", "Alsace-Moselle", "aucun"]],
    ["holidays", "en", ["France", "Alsace-Moselle", "none"]],
    ["fctvaTiming", "fr", ["N", "N+1", "N+2"]],
    ["fctvaTiming", "en", ["N", "N+1", "N+2"]],
    ["ownerShareWaiver", "fr", ["oui", "non"]],
    ["ownerShareWaiver", "en", ["yes", "no"]],
  ] as const)("%s (%s): a drop-down on its value cell only", (field, lang, values) => {
    const sheet = sheetOf(buildTemplateSheets({ lang }), "projet", lang);
    const row = 1 + columnIndex("projet", field);
    expect(sheet.validations).toContainEqual({ area: { row, col: 1, rows: 1, cols: 1 }, values });
    expect(sheet.validations).toHaveLength(4);
  });

  it.each([
    ["statusDate", "date"],
    ["programmeAuthorisation", "money"],
    ["fctvaRate", "rate"],
  ] as const)("%s value cell is formatted %s", (field, style) => {
    const sheet = sheetOf(buildTemplateSheets({ lang: "fr" }), "projet", "fr");
    const row = 1 + columnIndex("projet", field);
    expect(sheet.styles).toContainEqual({ row, col: 1, rows: 1, cols: 1, style });
  });
});

describe("buildTemplateSheets: the instructions tab", () => {
  it.each(LANGS)("%s: names every tab, every required column, the status date and the generated tabs", (lang) => {
    const sheet = buildTemplateSheets({ lang })[0];
    expect(sheet?.name).toBe(INSTRUCTIONS_SHEET[lang]);
    const text = (sheet?.rows ?? []).map((r) => r.join(" | ")).join("\n");
    for (const tab of TABS) {
      expect(text).toContain(tab[lang]);
      for (const c of tab.columns.filter((x) => x.required)) {
        expect(sheet?.rows.some((r) => r[0] === c[lang] && r[1] === (lang === "fr" ? "oui" : "yes"))).toBe(true);
      }
    }
    expect(text).toContain(columnSpec("projet", "statusDate")[lang]);
    expect(text).toContain("Synthèse");
    expect(text).toContain("Contrôles");
    expect(text).toContain(REQUIRED_MARK.trim());
  });

  it("lists each drop-down column and its allowed values", () => {
    const sheet = buildTemplateSheets({ lang: "fr" })[0];
    const statut = sheet?.rows.find((r) => r[0] === "Statut");
    expect(statut?.[3]).toBe("prévu, en cours, réalisé, suspendu, abandonné");
    const lists = String(sheet?.rows.find((r) => String(r[0]).startsWith("Listes déroulantes"))?.[0]);
    for (const label of ["Statut", "Jours fériés", "Section", "Sens", "Jalon", "FCTVA", "Décision"]) {
      expect(lists).toContain(label);
    }
  });
});

describe("buildTemplateSheets with an example", () => {
  it.each(LANGS)("%s: Projet values typed: text, enum in the sheet's language, date, amount", (lang) => {
    const sheet = sheetOf(buildTemplateSheets({ lang, example: MEDIATHEQUE }), "projet", lang);
    const value = (field: ColumnKey<"projet">) => sheet.rows[1 + columnIndex("projet", field)]?.[1];
    expect(value("code")).toBe("MED-2025-01");
    expect(value("status")).toBe(lang === "fr" ? "en cours" : "in progress");
    expect(value("statusDate")).toEqual({ kind: "date", iso: "2026-11-15" });
    expect(value("programmeAuthorisation")).toBe(2_900_000);
    expect(value("fctvaRate")).toBe(0.16404);
    expect(value("steeringCommittee")).toBe(MEDIATHEQUE.project.steeringCommittee.join("; "));
  });

  it("Calendrier: one row per step, dates as date cells, predecessors joined, milestones oui/non", () => {
    const sheet = sheetOf(buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }), "calendrier", "fr");
    expect(sheet.rows).toHaveLength(MEDIATHEQUE.steps.length + 1);
    const e6 = sheet.rows.find((r) => r[0] === "E6");
    expect(e6?.[columnIndex("calendrier", "baselineStart")]).toEqual({ kind: "date", iso: "2026-04-01" });
    expect(e6?.[columnIndex("calendrier", "actualFinish")]).toBeNull();
    expect(e6?.[columnIndex("calendrier", "percentComplete")]).toBe(0.85);
    expect(e6?.[columnIndex("calendrier", "predecessors")]).toBe("E4; E5");
    expect(e6?.[columnIndex("calendrier", "milestone")]).toBe("non");
    const e4 = sheet.rows.find((r) => r[0] === "E4");
    expect(e4?.[columnIndex("calendrier", "milestone")]).toBe("oui");
  });

  it.each(LANGS)("%s: Budget amounts are numbers, section and type in the sheet's language", (lang) => {
    const sheet = sheetOf(buildTemplateSheets({ lang, example: MEDIATHEQUE }), "budget", lang);
    expect(sheet.rows).toHaveLength(MEDIATHEQUE.budget.length + 1);
    const detr = sheet.rows.find((r) => r[0] === "DETR");
    expect(detr?.[columnIndex("budget", "section")]).toBe(lang === "fr" ? "Investissement" : "Capital");
    expect(detr?.[columnIndex("budget", "type")]).toBe(lang === "fr" ? "Recette" : "Revenue");
    expect(detr?.[columnIndex("budget", "initial")]).toBe(400_000);
    expect(detr?.[columnIndex("budget", "year")]).toBe(2026);
    expect(detr?.[columnIndex("budget", "account")]).toBe("1341");
  });
});

describe("buildCapacitySheets", () => {
  it.each([
    ["fr", "Capacité", ["Service *", "Mois *", "Jours disponibles *"]],
    ["en", "Capacity", ["Service *", "Month *", "Available days *"]],
  ] as const)("%s: one %s tab with the rows", (lang, name, head) => {
    const sheets = buildCapacitySheets(
      [
        { service: "Usages numériques", month: "2026-09", available: 18 },
        { service: "Culture", month: "2026-09", available: 10 },
      ],
      lang,
    );
    expect(sheets.map((s) => s.name)).toEqual([name]);
    expect(sheets[0]?.rows).toEqual([head, ["Usages numériques", "2026-09", 18], ["Culture", "2026-09", 10]]);
  });
});
