// Builds (development; --no-build to skip) and serves dist/excel-addin over HTTPS on https://localhost:3000 with the Office development
// certificates (office-addin-dev-certs installs a trusted localhost CA on first run), as
// Microsoft's taskpane template does. `office-addin-debugging start` runs it (`npm run dev-server`).
// Exports `staticHandler(dir)`, also used by the playground server.
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:https";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** A request handler serving the files under `dir` (no listing, no path escaping `dir`). */
export function staticHandler(dir) {
  const base = resolve(dir);
  return async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const rel = decodeURIComponent(url.pathname === "/" ? "/taskpane.html" : url.pathname);
      const file = normalize(join(base, rel));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error("outside"), { code: "ENOENT" });
      if (!(await stat(file)).isFile()) throw Object.assign(new Error("not a file"), { code: "ENOENT" });
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
      res.end("not found");
    }
  };
}

/**
 * Starts the HTTPS server; resolves with it once listening. Without `httpsOptions`, the
 * certificates come from office-addin-dev-certs (created and trusted on first use).
 */
export async function startDevServer({ port = 3000, dir = join(root, "dist/excel-addin"), httpsOptions } = {}) {
  let options = httpsOptions;
  if (!options) {
    const devCerts = await import("office-addin-dev-certs");
    options = await (devCerts.getHttpsServerOptions ?? devCerts.default.getHttpsServerOptions)();
  }
  const server = createServer(options, staticHandler(dir));
  await new Promise((ok) => server.listen(port, "localhost", ok));
  return server;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.PORT ?? 3000);
  if (!process.argv.includes("--no-build")) {
    const { build } = await import("./build-taskpane.mjs");
    await build({ production: false });
  }
  await startDevServer({ port });
  console.log(`Fiche projet taskpane on https://localhost:${port}/taskpane.html (Ctrl+C to stop)`);
}
