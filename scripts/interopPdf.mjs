// Reading a PDF that LibreOffice printed, for scripts/interop.mjs: the text of each page with its
// footer (the tab's name and `page / pages`, SPEC §6), and a page's pixels to tell a drawn chart
// from an empty frame. Needs `pdftotext` and `pdftoppm` (poppler-utils).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Runs a poppler tool; a missing one stops the check with what to install. */
function poppler(tool, args, options = {}) {
  try {
    return execFileSync(tool, args, { stdio: ["ignore", "pipe", "pipe"], ...options });
  } catch (e) {
    if (e.code === "ENOENT")
      throw new Error(`interop: ${tool} not found — install poppler-utils (apt-get install poppler-utils)`);
    throw new Error(
      `interop: ${tool} ${args.join(" ")} failed: ${
        String(e.stderr ?? e.message)
          .trim()
          .split("\n")[0]
      }`,
    );
  }
}

/** The health chart's bar colours (src/core/report/chartLook.ts), as RGB. */
export const HEALTH_COLORS_RGB = { green: [0x63, 0xbe, 0x7b], amber: [0xff, 0xc0, 0x00], red: [0xc0, 0x00, 0x00] };

/**
 * Each page's text (layout kept) and its footer: the last non-empty line, `Tableau de bord  1 / 10`.
 * @example pagesOf("portefeuille.pdf")[0].footer // "Tableau de bord 1 / 10"
 */
export function pagesOf(pdf) {
  const text = poppler("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  return text
    .split("\f")
    .filter((page, i, all) => i < all.length - 1 || page.trim() !== "")
    .map((page, i) => {
      const lines = page
        .replace(/[\u00A0\u202F]/g, " ")
        .split("\n")
        .filter((l) => l.trim() !== "");
      return {
        number: i + 1,
        text: page.replace(/[\u00A0\u202F]/g, " "),
        footer: (lines.at(-1) ?? "").trim().replace(/\s+/g, " "),
      };
    });
}

/** Page `page` of `pdf` as a binary PPM (P6) read into { width, height, data }. */
export function renderPpm(pdf, page, dir) {
  const base = join(dir, `page-${page}`);
  poppler("pdftoppm", ["-r", "40", "-f", String(page), "-l", String(page), "-singlefile", pdf, base]);
  const bytes = readFileSync(`${base}.ppm`);
  // Header: P6, width, height, maxval, each separated by whitespace, then one whitespace byte.
  const header = [];
  let at = 0;
  while (header.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[at]))) at++;
    let token = "";
    while (!/\s/.test(String.fromCharCode(bytes[at]))) token += String.fromCharCode(bytes[at++]);
    header.push(token);
  }
  return { width: Number(header[1]), height: Number(header[2]), data: bytes.subarray(at + 1) };
}

/** How many pixels lie within `tolerance` of `rgb` on each channel. */
export function pixelsNear(image, rgb, tolerance = 12) {
  let n = 0;
  for (let i = 0; i + 2 < image.data.length; i += 3) {
    if (
      Math.abs(image.data[i] - rgb[0]) <= tolerance &&
      Math.abs(image.data[i + 1] - rgb[1]) <= tolerance &&
      Math.abs(image.data[i + 2] - rgb[2]) <= tolerance
    )
      n++;
  }
  return n;
}
