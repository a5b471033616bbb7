import { describe, expect, it } from "vitest";
import { analyzeWorkbook } from "../../../src/core/analyze.js";
import { MEDIATHEQUE } from "../../../src/core/examples/index.js";
import { renderCheckDocumentJson, toCheckDocument } from "../../../src/core/output/checkDocument.js";
import { exampleGrid } from "../../../src/core/template/grid.js";
import { makeAnalysis } from "./fixtures.js";

describe("toCheckDocument", () => {
  const doc = toCheckDocument(makeAnalysis());

  it("rounds money to cents, ratios to 4 decimals and days to integers", () => {
    expect(doc.budget.expenses).toEqual({
      initial: 100000,
      open: 120000.56,
      committed: 90000.3,
      paid: 45000,
      forecast: 125000,
    });
    expect(doc.budget.executionRate).toBe(0.375);
    expect(doc.budget.commitmentRate).toBe(0.75);
    expect(doc.budget.fctva).toBe(13123.2);
    expect(doc.schedule.slipWorkingDays).toBe(13);
    expect(doc.evm.cpi).toBe(0.7778);
    expect(doc.evm.eac).toBe(128571.43);
    expect(doc.evm.sv).toBe(-5000.13);
    expect(doc.staffing.load[0]?.load).toBe(1.25);
    expect(doc.evaluation.indicators[0]?.attainment).toBe(0.3333);
  });

  it("rounds the plan de financement once: money to cents, ratios to 4 decimals; English codes", () => {
    expect(doc.funding).toEqual({
      requested: 40000,
      awarded: 30000,
      received: 10000.56,
      expected: 40000,
      toReceive: 29999.45,
      awardedToReceive: 19999.45,
      publicExpected: 30000,
      privateExpected: 10000,
      ownerShare: 75000,
      ownerShareRate: 0.6522,
      publicAidRate: 0.2857,
      byFunder: [
        {
          funder: "État",
          scheme: "DETR",
          category: "state",
          status: "awarded",
          requested: 30000,
          awarded: 30000,
          received: 10000.56,
          expected: 30000,
        },
        {
          funder: "Fondation du patrimoine",
          scheme: null,
          category: "private",
          status: "requested",
          requested: 10000,
          awarded: 0,
          received: 0,
          expected: 10000,
        },
      ],
    });
    expect(doc.budget.fctvaByYear).toEqual([
      { year: 2026, amount: 6561.6 },
      { year: 2027, amount: 6561.6 },
    ]);
  });

  it("keeps null ratios null", () => {
    expect(doc.evaluation.indicators[1]?.attainment).toBeNull();
    expect(doc.staffing.load[2]).toEqual({
      service: "Usages numériques",
      month: "2026-04",
      planned: 3,
      actual: 0,
      capacity: null,
      load: null,
    });
  });

  it("writes the keys in SPEC §4 order", () => {
    const keys = (o: object) => Object.keys(o).join(",");
    expect(keys(doc)).toBe("schemaVersion,project,issues,budget,funding,schedule,evm,staffing,evaluation,health");
    expect(keys(doc.project)).toBe("code,title,status,lead,leadService,statusDate");
    expect(keys(doc.budget)).toBe(
      "expenses,revenues,netCost,commitmentRate,executionRate,forecastVariance,forecastVariancePct," +
        "cofinancingRate,fctva,netCostAfterFctva,byYearSection,fctvaByYear",
    );
    expect(keys(doc.budget.fctvaByYear[0] ?? {})).toBe("year,amount");
    expect(keys(doc.funding)).toBe(
      "requested,awarded,received,expected,toReceive,awardedToReceive,publicExpected,privateExpected," +
        "ownerShare,ownerShareRate,publicAidRate,byFunder",
    );
    expect(keys(doc.funding.byFunder[0] ?? {})).toBe(
      "funder,scheme,category,status,requested,awarded,received,expected",
    );
    expect(keys(doc.budget.byYearSection[0] ?? {})).toBe("year,section,type,initial,open,committed,paid,forecast");
    expect(keys(doc.schedule)).toBe(
      "baselineFinish,forecastFinish,slipWorkingDays,slipCalendarDays,lateSteps,criticalPath,steps",
    );
    expect(keys(doc.evm)).toBe("bac,pv,ev,ac,cv,sv,cpi,spi,eac,etc,vac,tcpi");
    expect(keys(doc.issues[0] ?? {})).toBe("severity,code,sheet,cell,message");
  });

  it("renders the whole document stably", () => {
    expect(renderCheckDocumentJson(doc)).toMatchInlineSnapshot(`
      "{
        "schemaVersion": 2,
        "project": {
          "code": "MEDIA-2026",
          "title": "Médiathèque intercommunale",
          "status": "en cours",
          "lead": "Claire Martin",
          "leadService": "Culture",
          "statusDate": "2026-06-09"
        },
        "issues": [
          {
            "severity": "error",
            "code": "VALUE_INVALID",
            "sheet": "Budget",
            "cell": "J7",
            "message": "Budget!J7 : un montant est attendu, trouvé « 12 k€ »."
          },
          {
            "severity": "warning",
            "code": "BUDGET_OVERCOMMITTED",
            "sheet": "Budget",
            "cell": "L5",
            "message": "Engagé supérieur aux crédits ouverts."
          },
          {
            "severity": "warning",
            "code": "EVALUATION_MISSING",
            "sheet": "Évaluation",
            "cell": null,
            "message": "Aucune mesure."
          },
          {
            "severity": "info",
            "code": "DIGITAL_SERVICE_ABSENT",
            "sheet": "Équipe",
            "cell": null,
            "message": "=HYPERLINK(\\"http://x\\")"
          }
        ],
        "budget": {
          "expenses": {
            "initial": 100000,
            "open": 120000.56,
            "committed": 90000.3,
            "paid": 45000,
            "forecast": 125000
          },
          "revenues": {
            "initial": 40000,
            "open": 40000,
            "committed": 0,
            "paid": 0,
            "forecast": 40000
          },
          "netCost": {
            "initial": 60000,
            "open": 80000.56,
            "committed": 90000.3,
            "paid": 45000,
            "forecast": 85000
          },
          "commitmentRate": 0.75,
          "executionRate": 0.375,
          "forecastVariance": 25000,
          "forecastVariancePct": 0.25,
          "cofinancingRate": 0.32,
          "fctva": 13123.2,
          "netCostAfterFctva": 71876.8,
          "byYearSection": [
            {
              "year": 2026,
              "section": "Investissement",
              "type": "Dépense",
              "initial": 60000,
              "open": 70000,
              "committed": 60000,
              "paid": 30000,
              "forecast": 72000
            },
            {
              "year": 2026,
              "section": "Investissement",
              "type": "Recette",
              "initial": 40000,
              "open": 40000,
              "committed": 0,
              "paid": 0,
              "forecast": 40000
            },
            {
              "year": 2026,
              "section": "Fonctionnement",
              "type": "Dépense",
              "initial": 10000,
              "open": 10000.56,
              "committed": 5000,
              "paid": 5000,
              "forecast": 10000
            },
            {
              "year": 2027,
              "section": "Investissement",
              "type": "Dépense",
              "initial": 30000,
              "open": 40000,
              "committed": 25000.3,
              "paid": 10000,
              "forecast": 43000
            }
          ],
          "fctvaByYear": [
            {
              "year": 2026,
              "amount": 6561.6
            },
            {
              "year": 2027,
              "amount": 6561.6
            }
          ]
        },
        "funding": {
          "requested": 40000,
          "awarded": 30000,
          "received": 10000.56,
          "expected": 40000,
          "toReceive": 29999.45,
          "awardedToReceive": 19999.45,
          "publicExpected": 30000,
          "privateExpected": 10000,
          "ownerShare": 75000,
          "ownerShareRate": 0.6522,
          "publicAidRate": 0.2857,
          "byFunder": [
            {
              "funder": "État",
              "scheme": "DETR",
              "category": "state",
              "status": "awarded",
              "requested": 30000,
              "awarded": 30000,
              "received": 10000.56,
              "expected": 30000
            },
            {
              "funder": "Fondation du patrimoine",
              "scheme": null,
              "category": "private",
              "status": "requested",
              "requested": 10000,
              "awarded": 0,
              "received": 0,
              "expected": 10000
            }
          ]
        },
        "schedule": {
          "baselineFinish": "2026-12-18",
          "forecastFinish": "2027-01-08",
          "slipWorkingDays": 13,
          "slipCalendarDays": 21,
          "lateSteps": [
            "E1"
          ],
          "criticalPath": [
            "E1",
            "E2",
            "J1"
          ],
          "steps": [
            {
              "id": "E1",
              "baselineFinish": "2026-05-29",
              "forecastFinish": "2026-06-19",
              "slipWorkingDays": 15
            },
            {
              "id": "E2",
              "baselineFinish": "2026-12-18",
              "forecastFinish": "2027-01-08",
              "slipWorkingDays": 13
            },
            {
              "id": "J1",
              "baselineFinish": "2026-12-18",
              "forecastFinish": "2027-01-08",
              "slipWorkingDays": 13
            }
          ]
        },
        "evm": {
          "bac": 100000,
          "pv": 40000.13,
          "ev": 35000,
          "ac": 45000,
          "cv": -10000,
          "sv": -5000.13,
          "cpi": 0.7778,
          "spi": 0.875,
          "eac": 128571.43,
          "etc": 83571.43,
          "vac": -28571.43,
          "tcpi": 1.1818
        },
        "staffing": {
          "services": [
            "Culture",
            "Services techniques",
            "Usages numériques"
          ],
          "digitalServiceInvolved": true,
          "load": [
            {
              "service": "Services techniques",
              "month": "2026-03",
              "planned": 12.5,
              "actual": 10,
              "capacity": 10,
              "load": 1.25
            },
            {
              "service": "Usages numériques",
              "month": "2026-03",
              "planned": 2,
              "actual": 1,
              "capacity": 8,
              "load": 0.25
            },
            {
              "service": "Usages numériques",
              "month": "2026-04",
              "planned": 3,
              "actual": 0,
              "capacity": null,
              "load": null
            }
          ]
        },
        "evaluation": {
          "indicators": [
            {
              "name": "Fréquentation annuelle",
              "attainment": 0.3333,
              "status": "en progrès"
            },
            {
              "name": "Prêts numériques",
              "attainment": null,
              "status": "non mesuré"
            }
          ]
        },
        "health": {
          "budget": "amber",
          "schedule": "amber",
          "staffing": "red",
          "overall": "red"
        }
      }"
    `);
  });

  it("is the same JSON for the same analysis", () => {
    expect(renderCheckDocumentJson(toCheckDocument(makeAnalysis()))).toBe(renderCheckDocumentJson(doc));
  });

  // The document's parts are typed from the results (Omit, Pick): this proves the writer follows.
  it.each([
    ["budget", ["lines"]],
    ["schedule", []],
    ["staffing", []],
    ["evm", []],
  ] as const)("%s: the computed result's figures in its order, less %j", (part, left: readonly string[]) => {
    const analysis = analyzeWorkbook(exampleGrid(MEDIATHEQUE), { statusDate: "2026-11-15" });
    const figures = Object.keys(analysis.results[part]).filter((k) => !left.includes(k));
    expect(Object.keys(toCheckDocument(analysis)[part])).toEqual(figures);
  });
});
