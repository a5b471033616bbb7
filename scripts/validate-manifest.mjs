// Validates manifest.xml offline against Microsoft's XSDs (schemas/office-manifest-xsd, a copy of the team's shared/ folder) with
// libxml2 compiled to WebAssembly. `office-addin-manifest validate` needs a web service; this does not.
// Usage: node scripts/validate-manifest.mjs [manifest.xml] [xsd-dir]
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { validateXML } from "xmllint-wasm";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_XSD_DIR = resolve(root, "schemas/office-manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

/** Validates one manifest; resolves with `{ valid, errors: string[] }`. */
export async function validateManifest(manifestPath = join(root, "manifest.xml"), xsdDir = DEFAULT_XSD_DIR) {
  const files = (await readdir(xsdDir)).filter((f) => f.endsWith(".xsd"));
  const read = (f) => readFile(join(xsdDir, f), "utf8");
  const result = await validateXML({
    xml: [{ fileName: basename(manifestPath), contents: await readFile(manifestPath, "utf8") }],
    schema: [{ fileName: MAIN_XSD, contents: await read(MAIN_XSD) }],
    preload: await Promise.all(
      files.filter((f) => f !== MAIN_XSD).map(async (f) => ({ fileName: f, contents: await read(f) })),
    ),
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage ?? e.message ?? String(e)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const manifest = resolve(process.argv[2] ?? join(root, "manifest.xml"));
  const { valid, errors } = await validateManifest(
    manifest,
    process.argv[3] ? resolve(process.argv[3]) : DEFAULT_XSD_DIR,
  );
  if (valid) {
    console.log(`${manifest}: valid (Office add-in manifest v1.1)`);
  } else {
    console.error(`${manifest}: INVALID`);
    for (const e of errors) console.error(`  ${e}`);
    process.exitCode = 1;
  }
}
