// The published PMBOK-style earned-value example (BAC 4 000, PV 3 000, EV 2 500, AC 2 800),
// typed by hand into a real workbook as a project lead would, then read by the CLI.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "./helpers.js";

let dir: string;
const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "fp-evm-"));
  const wb = new ExcelJS.Workbook();
  const projet = wb.addWorksheet("Projet");
  projet.addRows([
    ["Code projet", "EVM-PMBOK"],
    ["Intitulé", "Exemple de valeur acquise"],
    ["Statut", "en cours"],
    ["Chef de projet", "A. Martin"],
    ["Service pilote", "Finances"],
    ["Date d'état", day(2026, 3, 13)],
  ]);
  const cal = wb.addWorksheet("Calendrier");
  cal.addRows([
    ["ID", "Étape", "Début prévu", "Fin prévue", "Fin réelle", "Avancement", "Budget"],
    // A: 2–6 March, finished; B: 9–20 March (10 working days), 5 elapsed on 13 March, 25 % done.
    ["A", "Cadrage", day(2026, 3, 2), day(2026, 3, 6), day(2026, 3, 6), 1, 2000],
    ["B", "Réalisation", day(2026, 3, 9), day(2026, 3, 20), null, "25 %", "2 000,00 €"],
  ]);
  const budget = wb.addWorksheet("Budget");
  budget.addRows([
    ["Poste", "Section", "Sens", "Exercice", "Prévu initial", "Engagé", "Mandaté"],
    ["Prestation", "Fonctionnement", "Dépense", 2026, 4000, 2800, 2000],
    ["Frais annexes", "Fonctionnement", "Dépense", 2026, 0, 800, 800],
    ["Subvention", "Fonctionnement", "Recette", 2026, 500, 900, 900],
  ]);
  const team = wb.addWorksheet("Équipe");
  team.addRows([
    ["Service", "Mois", "Charge prévue"],
    ["Usages numériques", "mars 2026", 2],
  ]);
  await wb.xlsx.writeFile(join(dir, "evm.xlsx"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("earned value from a real workbook (PMBOK-style example)", () => {
  it("gives CPI 0.893, SPI 0.833, EAC 4 480, ETC 1 680, VAC −480, TCPI 1.25", async () => {
    const r = await run(["check", "evm.xlsx", "--json"], { cwd: dir });
    const doc = JSON.parse(r.stdout);
    expect(doc.evm).toEqual({
      bac: 4000,
      pv: 3000,
      ev: 2500,
      ac: 2800,
      cv: -300,
      sv: -500,
      cpi: 0.8929,
      spi: 0.8333,
      eac: 4480,
      etc: 1680,
      vac: -480,
      tcpi: 1.25,
    });
    expect(doc.project.statusDate).toBe("2026-03-13");
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
    expect(r.code).toBe(0);
  });

  it.each([
    [
      "fr",
      [
        "  Reste à charge    3\u202F900,00\u00A0€\u00A0; après FCTVA au taux de 16,404\u202F%\u00A0: 3\u202F900,00\u00A0€",
        "  Valeur acquise    Indice de performance des coûts (CPI) 0,89\u00A0; Indice de performance des délais (SPI) 0,83",
        "                    Au-dessus de 1\u00A0: moins cher (coûts) ou plus avancé (délais) que prévu.",
        "  Coût final        Estimation à l'achèvement (EAC) 4\u202F480,00\u00A0€\u00A0; Prévision finale des dépenses 4\u202F800,00\u00A0€",
        "                    L'estimation à l'achèvement (EAC) prolonge la performance de coût constatée à ce",
      ],
    ],
    [
      "en",
      [
        "  Net cost      €3,900.00; after the VAT refund at 16.404%: €3,900.00",
        "  Earned value  Cost performance index (CPI) 0.89; Schedule performance index (SPI) 0.83",
        "                Above 1: cheaper (cost) or further ahead (schedule) than planned.",
        "  Final cost    Estimate at completion (EAC) €4,480.00; Expenses' forecast (Prévision finale) €4,800.00",
        "                The estimate at completion (EAC) extends the cost performance to date (BAC ÷",
      ],
    ],
  ] as const)(
    "the readable summary (%s) names the indices in words and says why EAC is not the forecast",
    async (lang, expected) => {
      const r = await run(["check", "evm.xlsx", "--lang", lang], { cwd: dir });
      const lines = r.stdout.split("\n");
      for (const line of expected) expect(lines).toContain(line);
      const start = lines.findIndex(
        (l) => l.includes("(EAC)") && l.includes(lang === "fr" ? "Coût final" : "Final cost"),
      );
      const why = lines
        .slice(start + 1)
        .filter((l) => /^ {16,}\S/.test(l))
        .map((l) => l.trim())
        .join(" ");
      expect(why).toMatch(lang === "fr" ? /n'évoluent pas au même rythme\.$/ : /do not move together\.$/);
      for (const l of lines.slice(start + 1)) expect(l.length).toBeLessThanOrEqual(20 + 80);
    },
  );
});
