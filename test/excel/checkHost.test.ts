/** scripts/check-host.mjs against local HTTPS hosts: the dev server, a well-configured host, broken ones. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from "node:http";
import { createServer } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs script without types
import { build } from "../../scripts/build-taskpane.mjs";
// @ts-expect-error plain .mjs script without types
import { baseOf, checkHost } from "../../scripts/check-host.mjs";
// @ts-expect-error plain .mjs script without types
import { staticHandler } from "../../scripts/dev-server.mjs";

type Report = { errors: string[]; warnings: string[] };
const check = checkHost as (o: { dir: string; base?: string; ca?: Buffer }) => Promise<Report>;
type Rewrite = (path: string, headers: OutgoingHttpHeaders) => OutgoingHttpHeaders;

let dir: string;
let tls: { key: Buffer; cert: Buffer };
let policy: string;
const servers: Server[] = [];

/** An HTTPS host serving the build through the dev server's handler, its headers rewritten. */
async function host(rewrite: Rewrite = (_p, h) => h, body?: (path: string) => string | null): Promise<string> {
  const serve = staticHandler(dir) as (req: IncomingMessage, res: ServerResponse) => void;
  const server = createServer(tls, (req, res) => {
    const path = new URL(req.url ?? "/", "https://x").pathname;
    const replaced = body?.(path);
    if (replaced != null) {
      res.writeHead(200, rewrite(path, { "content-type": "text/html; charset=utf-8" }));
      res.end(replaced);
      return;
    }
    const writeHead = res.writeHead.bind(res) as (status: number, headers: OutgoingHttpHeaders) => ServerResponse;
    res.writeHead = ((status: number, headers: OutgoingHttpHeaders) =>
      writeHead(status, status === 200 ? rewrite(path, headers) : headers)) as typeof res.writeHead;
    serve(req, res);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  servers.push(server);
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return `https://localhost:${address.port}/`;
}

const recommended: Rewrite = (path, headers) => ({
  ...headers,
  "cache-control": path.startsWith("/chunks/") ? "public, max-age=31536000, immutable" : "no-cache",
  "strict-transport-security": "max-age=31536000",
  "content-security-policy": policy,
});

beforeAll(async () => {
  const tmp = await mkdtemp(join(tmpdir(), "check-host-"));
  dir = join(tmp, "dist");
  await build({ production: true, outdir: dir, baseUrl: "https://fiche-projet.example.org/excel/" });
  policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    await readFile(join(dir, "taskpane.html"), "utf8"),
  )?.[1] as string;
  if (existsSync("/usr/bin/openssl")) {
    const [key, cert] = [join(tmp, "key.pem"), join(tmp, "cert.pem")];
    execFileSync("openssl", [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"],
      ...["-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
    ]);
    tls = { key: await readFile(key), cert: await readFile(cert) };
  }
});

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((ok) => s.close(ok))));
});

describe("check-host", () => {
  it("takes the base URL from the build's manifest", async () => {
    expect(await baseOf(dir)).toBe("https://fiche-projet.example.org/excel/");
  });

  it("refuses a plain-HTTP base without fetching anything", async () => {
    expect((await check({ dir, base: "http://fiche-projet.example.org/" })).errors).toEqual([
      "http://fiche-projet.example.org/: Office loads add-ins over HTTPS only",
    ]);
  });

  describe.skipIf(!existsSync("/usr/bin/openssl"))("over HTTPS", () => {
    it("passes a host with the recommended headers, without a note", async () => {
      expect(await check({ dir, base: await host(recommended), ca: tls.cert })).toEqual({ errors: [], warnings: [] });
    });

    it("passes the dev server, noting its caching and the missing HSTS", async () => {
      const base = await host();
      const { errors, warnings } = await check({ dir, base, ca: tls.cert });
      expect(errors).toEqual([]);
      expect(warnings).toContain(`${base}taskpane.html: no Strict-Transport-Security`);
      // Hashed chunks (if the build has any: Consolider no longer loads exceljs lazily) could be cached long.
      const chunked = existsSync(join(dir, "chunks"));
      expect(warnings.some((w) => w.startsWith(`${base}chunks/`) && w.endsWith("could be cached long"))).toBe(chunked);
    });

    it.each<[string, Rewrite, ((path: string) => string | null) | undefined, RegExp]>([
      [
        "X-Frame-Options",
        (p, h) => ({ ...recommended(p, h), "x-frame-options": "DENY" }),
        undefined,
        /X-Frame-Options/,
      ],
      [
        "frame-ancestors",
        (p, h) => ({ ...recommended(p, h), "content-security-policy": `${policy}; frame-ancestors 'self'` }),
        undefined,
        /frame-ancestors in the CSP header/,
      ],
      [
        "a CSP header other than the page's",
        (p, h) => ({ ...recommended(p, h), "content-security-policy": "default-src 'self'" }),
        undefined,
        /differs from the page's/,
      ],
      [
        "scripts as text/plain",
        (p, h) => ({ ...recommended(p, h), ...(p.endsWith(".js") ? { "content-type": "text/plain" } : {}) }),
        undefined,
        /taskpane\.js: Content-Type text\/plain/,
      ],
      [
        "an old taskpane.html",
        recommended,
        (p) => (p === "/taskpane.html" ? "<!doctype html>old" : null),
        /not the taskpane\.html of this build/,
      ],
    ])("reports %s as an error", async (_name, rewrite, body, error) => {
      const { errors } = await check({ dir, base: await host(rewrite, body), ca: tls.cert });
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.some((e) => error.test(e))).toBe(true);
    });

    it("reports a file the host does not have", async () => {
      const base = await host(recommended);
      const { errors } = await check({ dir, base: `${base}elsewhere/`, ca: tls.cert });
      expect(errors).toContain(`${base}elsewhere/taskpane.html: HTTP 404`);
    });

    it("refuses a certificate nobody trusts", async () => {
      const { errors } = await check({ dir, base: await host(recommended) });
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0]).toMatch(/certificate/);
    });
  });
});
