/** manifest.xml validates offline against Microsoft's XSDs; broken variants do not; so does a hosted build's. */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs script without types
import { build } from "../../scripts/build-taskpane.mjs";
// @ts-expect-error plain .mjs script without types
import { hostedProblems, parseArgs, validateManifest } from "../../scripts/validate-manifest.mjs";

const validate = validateManifest as (path?: string) => Promise<{ valid: boolean; errors: string[] }>;
const hosted = hostedProblems as (xml: string) => string[];
const manifestPath = join(import.meta.dirname, "../../manifest.xml");
const script = join(import.meta.dirname, "../../scripts/validate-manifest.mjs");

async function variant(edit: (xml: string) => string): Promise<{ valid: boolean; errors: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "manifest-"));
  const path = join(dir, "manifest.xml");
  await writeFile(path, edit(await readFile(manifestPath, "utf8")));
  return validate(path);
}

describe("manifest.xml", () => {
  it("is valid against OfficeAppManifestV1_1.xsd", async () => {
    const result = await validate(manifestPath);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each([
    [
      "elements out of order",
      (xml: string) => xml.replace(/(<Version>.*<\/Version>)\s*(<ProviderName>.*<\/ProviderName>)/, "$2$1"),
    ],
    ["an unknown permission", (xml: string) => xml.replace("ReadWriteDocument", "WriteEverything")],
    ["no Id", (xml: string) => xml.replace(/<Id>.*<\/Id>/, "")],
  ])("rejects a manifest with %s", async (_name, edit) => {
    expect((await variant(edit)).valid).toBe(false);
  });

  it("declares the Excel host, the ExcelApi set used, HTTPS URLs and a Home-tab button", async () => {
    const xml = await readFile(manifestPath, "utf8");
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.9"/>');
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('<Action xsi:type="ShowTaskpane">');
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it.each([16, 32, 64, 80])("ships a %i px PNG icon", async (size) => {
    const png = await readFile(join(import.meta.dirname, `../../assets/icon-${size}.png`));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });
});

describe("a hosted build's manifest (ADDIN_BASE_URL)", () => {
  let built: string;

  beforeAll(async () => {
    const outdir = join(await mkdtemp(join(tmpdir(), "hosted-")), "dist");
    await build({ production: true, outdir, baseUrl: "https://fiche-projet.example.org/excel/" });
    built = join(outdir, "manifest.xml");
  });

  it("is valid against the XSDs and ready to host", async () => {
    expect(await validate(built)).toEqual({ valid: true, errors: [] });
    expect(hosted(await readFile(built, "utf8"))).toEqual([]);
  });

  it.each([
    ["the development manifest (localhost)", "https://localhost:3000", /points at this machine/],
    ["a plain-HTTP deployment", "http://fiche-projet.example.org", /not HTTPS/],
    ["a loopback address", "https://127.0.0.1:8443", /points at this machine/],
  ])("refuses %s", async (_name, base, problem) => {
    const xml = (await readFile(manifestPath, "utf8")).replaceAll("https://localhost:3000", base);
    expect(hosted(xml).length).toBeGreaterThan(0);
    for (const line of hosted(xml)) expect(line).toMatch(problem);
  });

  it("refuses an icon left on another origin than the taskpane", async () => {
    const xml = (await readFile(built, "utf8")).replace(
      "https://fiche-projet.example.org/excel/assets/icon-16.png",
      "https://cdn.example.net/icon-16.png",
    );
    expect(hosted(xml)).toEqual([
      "https://cdn.example.net/icon-16.png: not on the taskpane's origin https://fiche-projet.example.org",
    ]);
  });

  it.each([
    [[], { hosted: false, paths: [manifestPath] }],
    [
      ["--hosted", "a.xml", "b.xml"],
      { hosted: true, paths: [join(process.cwd(), "a.xml"), join(process.cwd(), "b.xml")] },
    ],
  ])("reads the command line %j", (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it("exits 0 on the dev and the hosted manifest, 1 when --hosted meets the dev one", async () => {
    const run = (...args: string[]) =>
      promisify(execFile)(process.execPath, [script, ...args]).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stderr: string }) => ({ code: e.code, out: e.stderr }),
      );
    expect(await run(manifestPath, built)).toMatchObject({ code: 0 });
    expect(await run("--hosted", built)).toMatchObject({ code: 0, out: expect.stringContaining("ready to host") });
    const refused = await run("--hosted", manifestPath);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain("NOT READY TO HOST");
    expect(refused.out).toContain("https://localhost:3000/taskpane.html: points at this machine");
  });
});
