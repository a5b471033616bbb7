/** manifest.xml validates offline against Microsoft's XSDs; broken variants do not. */
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs script without types
import { validateManifest } from "../../scripts/validate-manifest.mjs";

const validate = validateManifest as (path?: string) => Promise<{ valid: boolean; errors: string[] }>;
const manifestPath = join(import.meta.dirname, "../../manifest.xml");

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
