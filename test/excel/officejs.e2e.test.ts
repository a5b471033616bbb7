/**
 * The production taskpane under the real office.js, in headless Chromium: the build served on
 * localhost, `https://appsforoffice.microsoft.com/lib/1/hosted/*` answered from the
 * `@microsoft/office-js` package (a copy of the CDN), nothing else let out. Opened as a browser
 * tab, as Excel on the web and as Excel desktop; any Content-Security-Policy violation, page
 * error, request to an unexpected address or missing office.js file fails it.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join, normalize, sep } from "node:path";
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error plain .mjs script without types
import { build } from "../../scripts/build-taskpane.mjs";
// @ts-expect-error plain .mjs script without types
import { staticHandler } from "../../scripts/dev-server.mjs";
import { launchBrowser } from "../helpers/browser.js";
import { CDN, type HostLog, OFFICE_JS_DIR, POSES, type Pose, TELEMETRY_FRAME } from "./officeHosts.js";

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const outdir = join(await mkdtemp(join(tmpdir(), "officejs-")), "dist");
  await build({ production: true, outdir });
  server = createServer(staticHandler(outdir));
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  origin = `http://localhost:${address.port}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** Everything the page did that the test judges. */
interface Run {
  page: Page;
  violations: () => Promise<Violation[]>;
  errors: string[];
  served: string[];
  missing: string[];
  unexpected: string[];
  /** office.js has put a frame in the page (allowed or not). */
  frameAttached: Promise<unknown>;
  telemetryFrame: Promise<void>;
}

/** Registered before any page script: office.js can never run unobserved. */
function recordViolations(): void {
  const seen: Violation[] = [];
  (window as unknown as { __violations: Violation[] }).__violations = seen;
  document.addEventListener("securitypolicyviolation", (e) =>
    seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample }),
  );
}

async function open(pose: Pose): Promise<Run> {
  const page = await browser.newPage();
  await page.addInitScript(recordViolations);
  if (pose.init) await page.addInitScript(pose.init);
  const run: Omit<Run, "telemetryFrame" | "frameAttached"> = {
    page,
    violations: () => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations),
    errors: [],
    served: [],
    missing: [],
    unexpected: [],
  };
  page.on("pageerror", (error) => run.errors.push(String(error)));
  let framed = (): void => undefined;
  const telemetryFrame = new Promise<void>((ok) => {
    framed = ok;
  });
  await page.route("**/*", async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) return route.continue();
    if (url === TELEMETRY_FRAME) {
      framed();
      return route.fulfill({
        status: 200,
        contentType: "text/html; charset=utf-8",
        body: "<!doctype html><title>t</title>",
      });
    }
    if (!url.startsWith(CDN)) {
      run.unexpected.push(url);
      return route.abort();
    }
    const rel = decodeURIComponent(new URL(url).pathname.slice(new URL(CDN).pathname.length));
    const file = normalize(join(OFFICE_JS_DIR, rel));
    const body = file.startsWith(OFFICE_JS_DIR + sep) ? await readFile(file).catch(() => null) : null;
    if (!body) {
      run.missing.push(rel);
      return route.fulfill({ status: 404, body: "" });
    }
    run.served.push(rel);
    return route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body });
  });
  // Outside Office only: under Excel no frame comes, and a pending wait would outlive the page.
  const frameAttached = pose.reached === null ? page.waitForEvent("frameattached") : Promise.resolve(null);
  await page.goto(`${origin}/taskpane.html${pose.query}`);
  return { ...run, telemetryFrame, frameAttached };
}

const hostLog = (page: Page) =>
  page.evaluate(() => (window as unknown as { __officeHost: HostLog }).__officeHost.calls);
const disabledActions = (page: Page) =>
  page.locator("[data-action]").evaluateAll((nodes) => nodes.map((n) => (n as HTMLButtonElement).disabled));

describe("the built taskpane under the real office.js and the production CSP", () => {
  it.each(POSES)("$name: office.js loads its host's files and nothing breaks the CSP", async (pose) => {
    const run = await open(pose);
    const { page } = run;
    if (pose.reached === null) {
      // office.js frames its telemetry proxy 3 s after loading when it finds no host: the CSP
      // lets the request out (the route sees it) or reports a violation.
      await run.frameAttached;
      await Promise.race([
        run.telemetryFrame,
        page.waitForFunction(() => (window as unknown as { __violations: unknown[] }).__violations.length > 0),
      ]);
      await page.locator(".unavailable").waitFor();
      expect(await page.locator(".unavailable").textContent()).toBe(
        "Ce volet ne fonctionne que dans Excel\u00A0: ouvrez le classeur dans Excel, puis Accueil › Fiche projet.",
      );
      expect(await disabledActions(page)).toEqual([true, true, true, true]);
    } else {
      const reached = pose.reached;
      await page.waitForFunction(
        (call) => (window as unknown as { __officeHost: HostLog }).__officeHost.calls.includes(call),
        reached,
      );
      expect(await page.locator(".unavailable").count()).toBe(0);
      expect(await disabledActions(page)).toEqual([false, false, false, false]);
      expect(await hostLog(page)).toContain(reached);
      expect(page.frames()).toHaveLength(1);
    }
    expect(await page.locator(".fp-fallback").count()).toBe(0);
    expect(run.served).toEqual(expect.arrayContaining(["office.js", pose.hostFile]));
    expect(await run.violations()).toEqual([]);
    expect(run.errors).toEqual([]);
    expect(run.missing).toEqual([]);
    expect(run.unexpected).toEqual([]);
    await page.close();
  });

  it("with office.js unreachable, the pane still says where to open it", async () => {
    const page = await browser.newPage();
    await page.addInitScript(recordViolations);
    await page.route(`${CDN}**`, (route) => route.abort("internetdisconnected"));
    await page.goto(`${origin}/taskpane.html`);
    await page.locator(".unavailable").waitFor();
    expect(await disabledActions(page)).toEqual([true, true, true, true]);
    expect(await page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations)).toEqual([]);
    await page.close();
  });

  it("where taskpane.js cannot run (an Internet Explorer webview), the page's own message shows after a moment", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route(`${CDN}**`, (route) => route.abort("internetdisconnected"));
    await page.goto(`${origin}/taskpane.html`);
    const fallback = page.locator(".fp-fallback");
    await fallback.waitFor({ state: "visible" });
    expect(await fallback.locator("p").allTextContents()).toEqual([
      "Ce volet ne peut pas fonctionner dans cette version d'Excel\u00A0: ouvrez le classeur dans Excel sur le web, ou dans Excel de Microsoft\u00A0365 ou d'Office\u00A02021 (ou plus récent).",
      "This pane cannot run in this version of Excel: open the workbook in Excel on the web, or in Excel from Microsoft 365 or Office 2021 (or later).",
    ]);
    await context.close();
  });
});
