// Writes test/fixtures/portefeuille-v1.xlsx: the portfolio of the last COPIL (test/fixtures/copil.ts)
// as the version before the portfolio v2 tabs wrote it — `Portefeuille`, `Budget consolidé`,
// `Charge services`, `Contrôles`. `compare` and `consolidate --previous` must keep reading it
// (SPEC §6: OLD may be a portfolio written by an earlier version), so the committed file is
// that version's output, frozen: it was written by code whose portfolio tabs are main's at commit
// 00ee387 (before portfolio v2).
// Run it again only to study what the current code writes, not to refresh the fixture.
//
//   node scripts/fixture-portfolio-v1.mjs [OUT.xlsx]
import { join } from "node:path";
import { bundleModules, root } from "./bench-bundle.mjs";

const out = process.argv[2] ?? join(root, "test", "fixtures", "portefeuille-v1.xlsx");
const m = await bundleModules("fixture-portfolio-v1", [
  'export { lastCopilPortfolio } from "./test/fixtures/copil.ts";',
  'export { portfolioSheets } from "./src/core/app/index.ts";',
  'export { streamWorkbookFile } from "./src/node/streamWriter.ts";',
]);
await m.streamWorkbookFile(out, m.portfolioSheets(m.lastCopilPortfolio("fr")));
process.stdout.write(`${out}\n`);
