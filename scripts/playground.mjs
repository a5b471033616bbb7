// The playground: builds the taskpane (development) and serves it on http://localhost:3001
// with playground.html, which loads the real taskpane.js against an in-memory Excel workbook
// (a bundled example, or an .xlsx you pick). No Office, no certificate needed.
// Usage: npm run playground [-- --port 3001 --no-build]
import { createServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "./build-taskpane.mjs";
import { staticHandler } from "./dev-server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Builds (unless `build: false`) and serves the playground; resolves with the server and its URL. */
export async function startPlayground({
  port = 3001,
  build: rebuild = true,
  dir = join(root, "dist/excel-addin"),
} = {}) {
  if (rebuild) await build({ production: false, outdir: dir });
  const server = createServer(staticHandler(dir));
  await new Promise((ok) => server.listen(port, "127.0.0.1", ok));
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://localhost:${actual}/playground.html` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--port");
  const port = at >= 0 ? Number(args[at + 1]) : Number(process.env.PORT ?? 3001);
  const { url } = await startPlayground({ port, build: !args.includes("--no-build") });
  console.log(`Fiche projet playground: ${url} (Ctrl+C to stop)`);
}
