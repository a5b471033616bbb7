/**
 * Headless Chromium for the end-to-end tests (playwright-core): $CHROME_PATH, else a Chromium,
 * Chrome or Edge installed where the system puts it. None is downloaded by `npm ci`: CI installs
 * Debian's chromium (.ci/run); elsewhere install one or set CHROME_PATH.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium } from "playwright-core";

/** Where Linux, macOS and Windows put Chromium, Chrome and Edge, most likely first. */
function candidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const windows = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"], env.LOCALAPPDATA].filter((d): d is string => !!d);
  return [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ...windows.flatMap((d) => [
      join(d, "Google", "Chrome", "Application", "chrome.exe"),
      join(d, "Chromium", "Application", "chrome.exe"),
      join(d, "Microsoft", "Edge", "Application", "msedge.exe"),
    ]),
  ];
}

/** The browser to launch, or an error that says how to get one. */
export function executablePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) return env.CHROME_PATH;
  const found = candidates(env).find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    "No Chromium, Chrome or Edge found for the browser tests: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.",
  );
}

/** Launches headless Chromium. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: executablePath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
