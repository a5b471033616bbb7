/**
 * Opening a written .xlsx as its parts (SheetJS's zip reader, not ours) and validating parts
 * against the ECMA-376 schemas in schemas/ooxml with xmllint-wasm (libxml2, no apt package).
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import XLSX from "xlsx";
import { validateXML } from "xmllint-wasm";

const SCHEMAS = join(import.meta.dirname, "..", "..", "..", "schemas", "ooxml");

/** Every file of the zip archive as text, by path (SheetJS's CFB container reads zips too). */
export function partsOf(bytes: Uint8Array): Map<string, string> {
  const container = XLSX.CFB.read(Buffer.from(bytes), { type: "buffer" });
  const out = new Map<string, string>();
  container.FullPaths.forEach((path: string, i: number) => {
    const entry = container.FileIndex[i];
    const name = path.replace(/^Root Entry\//, "");
    if (!entry?.content || name.endsWith("/") || name.startsWith("\u0001")) return;
    out.set(name, Buffer.from(entry.content as Uint8Array).toString("utf8"));
  });
  return out;
}

/** A worksheet without the Markup Compatibility extension attributes, which sml.xsd does not declare. */
export function withoutExtensions(xml: string): string {
  const prefixes = /mc:Ignorable="([^"]*)"/.exec(xml)?.[1]?.split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(/\smc:Ignorable="[^"]*"/, "");
  for (const p of prefixes) out = out.replace(new RegExp(`\\s${p}:[\\w-]+="[^"]*"`, "g"), "");
  return out;
}

/** Validates the parts against one schema of schemas/ooxml; resolves to the errors (empty when valid). */
export async function validateParts(
  parts: readonly { readonly fileName: string; readonly contents: string }[],
  schema: "dml-chart.xsd" | "dml-spreadsheetDrawing.xsd" | "sml.xsd" | "shared-documentPropertiesExtended.xsd",
): Promise<string[]> {
  const files = (await readdir(SCHEMAS)).filter((f) => f.endsWith(".xsd"));
  const read = (f: string) => readFile(join(SCHEMAS, f), "utf8");
  const result = await validateXML({
    xml: parts.map((p) => ({ fileName: p.fileName.replace(/[^\w.-]/g, "_"), contents: p.contents })),
    schema: [{ fileName: schema, contents: await read(schema) }],
    preload: await Promise.all(
      files.filter((f) => f !== schema).map(async (f) => ({ fileName: f, contents: await read(f) })),
    ),
    maxMemoryPages: 4096,
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
