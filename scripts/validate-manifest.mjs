// Validates add-in manifests offline against Microsoft's XSDs (schemas/office-manifest-xsd, a copy of the team's shared/
// folder) with libxml2 compiled to WebAssembly. `office-addin-manifest validate` needs a web service; this does not.
// Usage: node scripts/validate-manifest.mjs [--hosted] [--xsd-dir DIR] [manifest.xml ...]
//   no path: the repository's manifest.xml (the development one, on https://localhost:3000).
//   --hosted: also checks a manifest built for a deployment (ADDIN_BASE_URL=… npm run build:addin):
//   every URL on HTTPS, on one origin, none on this machine.
import { readdir, readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { validateXML } from "xmllint-wasm";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DEFAULT_XSD_DIR = resolve(root, "schemas/office-manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "0.0.0.0"]);

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

/**
 * What keeps a schema-valid manifest from being deployed: a URL that is not HTTPS, that points at
 * this machine, or on another origin than the taskpane's (the build rewrites them all at once).
 * @example hostedProblems('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>')
 *   // ["https://localhost:3000/taskpane.html: points at this machine, not at the deployment"]
 */
export function hostedProblems(xml) {
  const urls = [...xml.matchAll(/\bDefaultValue="([a-z]+:\/\/[^"]+)"|<AppDomain>([^<]+)<\/AppDomain>/gi)].map(
    (m) => m[1] ?? m[2],
  );
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml)?.[1];
  if (!source) return ["no <SourceLocation>: the manifest names no taskpane page"];
  const origin = new URL(source).origin;
  const problems = [];
  for (const url of new Set(urls)) {
    const parsed = new URL(url);
    if (parsed.protocol !== "https:") problems.push(`${url}: not HTTPS (Office loads add-ins over HTTPS only)`);
    else if (LOCAL_HOSTS.has(parsed.hostname)) problems.push(`${url}: points at this machine, not at the deployment`);
    else if (parsed.origin !== origin) problems.push(`${url}: not on the taskpane's origin ${origin}`);
  }
  return problems;
}

/** Parses the command line; exported for the tests. */
export function parseArgs(argv) {
  const options = { hosted: false, xsdDir: DEFAULT_XSD_DIR, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--hosted") options.hosted = true;
    else if (arg === "--xsd-dir" && argv[i + 1]) options.xsdDir = resolve(argv[++i]);
    else if (arg.startsWith("-")) throw new Error(`unknown option ${arg}`);
    else options.paths.push(resolve(arg));
  }
  if (options.paths.length === 0) options.paths.push(join(root, "manifest.xml"));
  return options;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { hosted, xsdDir, paths } = parseArgs(process.argv.slice(2));
  for (const manifest of paths) {
    const { valid, errors } = await validateManifest(manifest, xsdDir);
    const problems = hosted ? hostedProblems(await readFile(manifest, "utf8")) : [];
    if (valid && problems.length === 0) {
      console.log(`${manifest}: valid (Office add-in manifest v1.1${hosted ? ", ready to host" : ""})`);
      continue;
    }
    console.error(`${manifest}: ${valid ? "valid against the schema, but NOT READY TO HOST" : "INVALID"}`);
    for (const e of [...errors, ...problems]) console.error(`  ${e}`);
    process.exitCode = 1;
  }
}
