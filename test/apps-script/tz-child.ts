/**
 * Run by tz.test.ts in a separate Node process started with TZ=Europe/Paris: the built Code.js
 * against a spreadsheet in Pacific/Kiritimati. Prints one JSON document.
 */
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { buildTemplateSheets } from "../../src/core/template/sheets.js";
import { execute, GasWorld } from "../fakes/gas/index.js";
import { fill } from "./sheets.js";

const code = process.argv[2] ?? "";
const zone = "Pacific/Kiritimati";
const read = new GasWorld({ timeZone: zone, scriptTimeZone: "Europe/Paris" });
fill(read.active, buildTemplateSheets({ lang: "fr", example: MEDIATHEQUE }));
const written = new GasWorld({ timeZone: zone, scriptTimeZone: "Europe/Paris" });
execute(code, written, "ficheProjetCreateTemplate", "fr", true);
process.stdout.write(
  JSON.stringify({
    tz: process.env.TZ,
    offsetMinutes: new Date(2026, 0, 15).getTimezoneOffset(),
    check: execute(code, read, "ficheProjetCheck"),
    roundTrip: execute(code, written, "ficheProjetCheck"),
  }),
);
