/** The production build and the HTTPS dev server serve what Office needs, and nothing else. */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs script without types
import { build } from "../../scripts/build-taskpane.mjs";
// @ts-expect-error plain .mjs script without types
import { startDevServer } from "../../scripts/dev-server.mjs";

let outdir: string;

beforeAll(async () => {
  outdir = join(await mkdtemp(join(tmpdir(), "taskpane-")), "dist");
  await build({ production: true, outdir, baseUrl: "https://addin.example.org/" });
});

describe("production build", () => {
  it("ships the taskpane page, script, styles, icons and manifest, but not the playground", async () => {
    const files = await readdir(outdir);
    expect(files).toEqual(
      expect.arrayContaining(["taskpane.html", "taskpane.js", "taskpane.css", "manifest.xml", "assets"]),
    );
    expect(files).not.toContain("playground.html");
    expect(files.some((f) => f.endsWith(".map"))).toBe(false);
    expect(await readdir(join(outdir, "assets"))).toEqual(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });

  it("loads office.js from Microsoft's CDN under a strict CSP (what office.js needs: SECURITY.md)", async () => {
    const html = await readFile(join(outdir, "taskpane.html"), "utf8");
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(policy.split(/;\s*/)).toEqual([
      "default-src 'self'",
      "script-src 'self' https://appsforoffice.microsoft.com",
      "style-src 'self'",
      // Exactly three style attributes office.js makes: its telemetry frame's `display:none` and
      // the two of the XML parser's error element (it parses an empty licence token).
      "style-src-attr 'unsafe-hashes' 'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE=' 'sha256-ICa0DhwZQJsOd/Rn0N8H6FdQ71GfNL+op2zhAQ+Y4mM=' 'sha256-ZD0chCyBaNHl+4UwQHJIHGoYhKwMeyCXGgJTKW5/67E='",
      "frame-src https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html",
      "img-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
    ]);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("unsafe-eval");
  });

  it.each([
    ["display:none", "sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE="],
    [
      "display: block; white-space: pre; border: 2px solid #c77; padding: 0 1em 0 1em; margin: 1em; background-color: #fdd; color: black",
      "sha256-ICa0DhwZQJsOd/Rn0N8H6FdQ71GfNL+op2zhAQ+Y4mM=",
    ],
    ["font-family:monospace;font-size:12px", "sha256-ZD0chCyBaNHl+4UwQHJIHGoYhKwMeyCXGgJTKW5/67E="],
  ])("allows the style attribute %j by its hash", async (style, hash) => {
    expect(`sha256-${createHash("sha256").update(style).digest("base64")}`).toBe(hash);
    expect(await readFile(join(outdir, "taskpane.html"), "utf8")).toContain(`'${hash}'`);
  });

  it("holds no exceljs at all: Consolider reads with the one reader (src/xlsx/readXlsx.ts)", async () => {
    const main = await readFile(join(outdir, "taskpane.js"), "utf8");
    expect(main.length).toBeLessThan(400_000);
    expect(main).toContain("deflate-raw");
    const chunks = existsSync(join(outdir, "chunks")) ? await readdir(join(outdir, "chunks")) : [];
    for (const f of chunks.filter((c) => c.endsWith(".js")))
      expect(await readFile(join(outdir, "chunks", f), "utf8")).not.toContain("Office Theme");
    // exceljs embeds the default theme part ("Office Theme"); the reader has none.
    expect(main).not.toContain("Office Theme");
  });

  it("points the copied manifest at the deployment URL", async () => {
    const manifest = await readFile(join(outdir, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain('<SourceLocation DefaultValue="https://addin.example.org/taskpane.html"/>');
  });
});

describe("dev server", () => {
  it.skipIf(!existsSync("/usr/bin/openssl"))("serves dist over HTTPS and nothing outside it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cert-"));
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "1",
        "-subj",
        "/CN=localhost",
        "-keyout",
        join(dir, "key.pem"),
        "-out",
        join(dir, "cert.pem"),
      ],
      { stdio: "ignore" },
    );
    const httpsOptions = { key: await readFile(join(dir, "key.pem")), cert: await readFile(join(dir, "cert.pem")) };
    const server = await startDevServer({ port: 0, dir: outdir, httpsOptions });
    const port = server.address().port as number;
    const get = (path: string) =>
      new Promise<{ status: number; type: string; body: string }>((ok, fail) => {
        request({ host: "localhost", port, path, rejectUnauthorized: false }, (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => ok({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
        })
          .on("error", fail)
          .end();
      });
    try {
      const page = await get("/taskpane.html");
      expect(page.status).toBe(200);
      expect(page.type).toContain("text/html");
      expect(page.body).toContain("Content-Security-Policy");
      expect((await get("/assets/icon-32.png")).type).toBe("image/png");
      expect((await get("/../package.json")).status).toBe(404);
      expect((await get("/%2e%2e/%2e%2e/etc/passwd")).status).toBe(404);
    } finally {
      await new Promise((ok) => server.close(ok));
    }
  });
});
