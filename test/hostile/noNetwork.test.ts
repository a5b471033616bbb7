// SECURITY.md promises that the command line never opens a connection: checked statically (no
// network module imported anywhere the CLI bundle comes from) and at run time (check and
// consolidate run with every network entry point of Node replaced by a trap).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { goodWorkbookBytes } from "../../scripts/hostile-corpus.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const NETWORK_MODULES =
  /from\s+["'](node:)?(net|http|https|http2|dns|dgram|tls)["']|require\(["'](node:)?(net|http|https|http2|dns|dgram|tls)["']\)|\bfetch\(|XMLHttpRequest|WebSocket/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : /\.ts$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe("no network module in the code the CLI is built from", () => {
  it.each(["src/core", "src/xlsx", "src/node", "src/cli"])("%s", (dir) => {
    const offenders = sources(join(root, dir)).filter((f) => NETWORK_MODULES.test(readFileSync(f, "utf8")));
    expect(offenders).toEqual([]);
  });
});

let dir: string;
let cli: string;
const trap = `
import net from "node:net"; import dns from "node:dns"; import http from "node:http"; import https from "node:https";
import { writeSync } from "node:fs";
const hit = (what) => () => { writeSync(2, "NETWORK-ATTEMPT " + what + "\\n"); throw new Error("network attempt: " + what); };
net.Socket.prototype.connect = hit("net.connect");
net.connect = net.createConnection = hit("net.createConnection");
dns.lookup = hit("dns.lookup"); dns.promises.lookup = hit("dns.promises.lookup");
http.request = http.get = hit("http.request"); https.request = https.get = hit("https.request");
globalThis.fetch = hit("fetch");
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fiche-nonet-"));
  cli = join(root, "node_modules", ".cache", "fiche-projet", "nonet-cli", "cli.mjs"); // own folder: no stale worker beside it
  mkdirSync(dirname(cli), { recursive: true });
  await build({
    entryPoints: [join(root, "src", "cli", "main.ts")],
    outfile: cli,
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "error",
  });
  writeFileSync(join(dir, "trap.mjs"), trap);
  mkdirSync(join(dir, "in"));
  for (let i = 0; i < 3; i++) writeFileSync(join(dir, "in", `p${i}.xlsx`), await goodWorkbookBytes({ code: `N-${i}` }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("no connection at run time", () => {
  it.each([
    ["check", (d: string) => ["check", join(d, "in", "p0.xlsx"), "-o", join(d, "rapport.xlsx")]],
    ["check --json", (d: string) => ["check", join(d, "in", "p0.xlsx"), "--json"]],
    ["consolidate", (d: string) => ["consolidate", join(d, "in"), "-o", join(d, "portefeuille.xlsx")]],
    ["template", (d: string) => ["template", "-o", join(d, "modele.xlsx")]],
  ])("%s runs with every network entry point trapped", (_, argv) => {
    const r = spawnSync(process.execPath, ["--import", pathToFileURL(join(dir, "trap.mjs")).href, cli, ...argv(dir)], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.stderr).not.toContain("NETWORK-ATTEMPT");
    expect([0, 1]).toContain(r.status);
  });
});
