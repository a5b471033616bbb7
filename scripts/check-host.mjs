// Checks that a static host serves a taskpane build the way Office needs (docs/deployment.md, step 3):
// every file of the build over HTTPS with its content type, the very taskpane.html built, no header
// that stops Office from framing the pane, a CSP header (if any) equal to the page's, and the
// recommended caching. Needs the host to be reachable; reads nothing but the build and the host.
// Usage: node scripts/check-host.mjs [dist/excel-addin] [--base https://host/path]
//   the base URL defaults to the one the build's manifest points at (ADDIN_BASE_URL).
import { readdir, readFile } from "node:fs/promises";
import { request } from "node:https";
import { join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".png": "image/png",
  ".xml": "xml",
};
const HASHED = /^chunks\//;

/** Every file of the build, as URL paths relative to its root. */
async function files(dir, sub = "") {
  const out = [];
  for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await files(dir, rel)));
    else out.push(rel);
  }
  return out.sort();
}

/** GET over HTTPS only; resolves with status, lower-cased headers and body. */
function get(url, ca) {
  return new Promise((ok, fail) => {
    const req = request(url, { method: "GET", ...(ca ? { ca } : {}) }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", fail);
    req.end();
  });
}

/** The base URL the build's manifest points at: its taskpane page's folder. */
export async function baseOf(dir) {
  const manifest = await readFile(join(dir, "manifest.xml"), "utf8");
  const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)?.[1];
  if (!source) throw new Error(`${dir}/manifest.xml names no taskpane page`);
  return source.slice(0, source.lastIndexOf("/") + 1);
}

/** The CSP of the built taskpane.html's meta tag. */
function metaPolicy(html) {
  return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? null;
}

/**
 * Fetches every file of the build from the host. Resolves with `{ errors, warnings }` (lines).
 * @example await checkHost({ dir: "dist/excel-addin" }) // { errors: [], warnings: [] }
 */
export async function checkHost({ dir, base, ca } = {}) {
  const root = resolve(dir);
  const url = new URL(base ?? (await baseOf(root)));
  if (url.protocol !== "https:") return { errors: [`${url.href}: Office loads add-ins over HTTPS only`], warnings: [] };
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  const errors = [];
  const warnings = [];
  for (const rel of await files(root)) {
    const target = new URL(rel.split(sep).join("/"), url).href;
    let res;
    try {
      res = await get(target, ca);
    } catch (error) {
      errors.push(`${target}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (res.status !== 200) {
      errors.push(`${target}: HTTP ${res.status}`);
      continue;
    }
    const type = String(res.headers["content-type"] ?? "");
    const ext = rel.slice(rel.lastIndexOf("."));
    if (TYPES[ext] && !type.includes(TYPES[ext])) errors.push(`${target}: Content-Type ${type || "missing"}`);
    if (res.headers["x-frame-options"]) errors.push(`${target}: X-Frame-Options stops Office from framing the pane`);
    const header = res.headers["content-security-policy"];
    if (header && /frame-ancestors/.test(String(header))) errors.push(`${target}: frame-ancestors in the CSP header`);
    if (rel === "taskpane.html") {
      const built = await readFile(join(root, rel));
      if (!res.body.equals(built)) errors.push(`${target}: not the taskpane.html of this build`);
      const meta = metaPolicy(built.toString("utf8"));
      if (header && header !== meta) errors.push(`${target}: the CSP header differs from the page's (both apply)`);
    }
    const cache = String(res.headers["cache-control"] ?? "");
    if (HASHED.test(rel) && !/max-age=\d{6,}/.test(cache))
      warnings.push(`${target}: hashed name, could be cached long`);
    if (!HASHED.test(rel) && !/no-cache|no-store/.test(cache)) warnings.push(`${target}: should be no-cache`);
    if (res.headers["x-content-type-options"] !== "nosniff")
      warnings.push(`${target}: no X-Content-Type-Options: nosniff`);
    if (rel === "taskpane.html" && !res.headers["strict-transport-security"]) {
      warnings.push(`${target}: no Strict-Transport-Security`);
    }
  }
  return { errors, warnings };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--base");
  const base = at >= 0 ? args[at + 1] : undefined;
  const dir = args.find((a, i) => !a.startsWith("--") && i !== at + 1) ?? "dist/excel-addin";
  const { errors, warnings } = await checkHost({ dir, ...(base ? { base } : {}) });
  for (const w of warnings) console.log(`  note: ${w}`);
  for (const e of errors) console.error(`  ERROR: ${e}`);
  console.log(errors.length === 0 ? `${relative(process.cwd(), resolve(dir))}: served as Office needs` : "not ready");
  process.exitCode = errors.length === 0 ? 0 : 1;
}
