// Writes the clasp project file of one of the two Apps Script projects from its Script ID, so that
// `npm run push:sheets` (or `push:sheets-direction`) pushes the build to that script. The files are
// per deployment and never committed (.gitignore): a committed .clasp.json made `clasp create` stop
// at "Project file already exists.".
// Usage: node scripts/clasp-project.mjs <lead|direction> <Script ID or the script editor's URL> [--force]
//   lead      → .clasp.json            (rootDir dist/apps-script: the project lead's script)
//   direction → .clasp-direction.json  (rootDir dist/apps-script-direction: the direction's)
// Needs no Google account; `npx clasp status` (or `-P .clasp-direction.json`) then lists what a push sends.
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PROJECTS } from "./build-apps-script.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Each role's project file and the build it pushes. */
export const ROLES = {
  lead: { file: ".clasp.json", entry: "src/apps-script/main.ts" },
  direction: { file: ".clasp-direction.json", entry: "src/apps-script/direction/main.ts" },
};

/** The build directory a role's script is pushed from. */
export function rootDirOf(role) {
  const project = PROJECTS.find((p) => p.entry === ROLES[role]?.entry);
  if (!project) throw new Error(`unknown role ${role}: lead or direction`);
  return project.outDir;
}

/**
 * The Script ID in what the user pasted: the ID itself (Project Settings › IDs) or the editor's URL.
 * @example scriptIdOf("https://script.google.com/home/projects/1AbC…xyz/edit") // "1AbC…xyz"
 */
export function scriptIdOf(text) {
  const raw = String(text).trim();
  // A spreadsheet's URL also has /d/<id>: only the script editor's gives the Script ID.
  if (/^https?:/.test(raw) && new URL(raw).hostname !== "script.google.com") {
    throw new Error(
      `"${raw}" is not the script editor's URL: open Extensions › Apps Script, then Project Settings › IDs`,
    );
  }
  const id = /\/(?:d|projects)\/([\w-]+)/.exec(raw)?.[1] ?? raw;
  if (!/^[\w-]{25,}$/.test(id) || id.startsWith("REPLACE_WITH_")) {
    throw new Error(`"${raw}" is not a Script ID: copy it from the script editor, Project Settings › IDs`);
  }
  return id;
}

/** Writes the role's project file under `dir`; refuses to replace another script's ID unless `force`. */
export async function writeProject(role, text, { dir = root, force = false } = {}) {
  const scriptId = scriptIdOf(text);
  const path = join(dir, ROLES[role]?.file ?? "");
  const rootDir = rootDirOf(role);
  const previous = await readFile(path, "utf8").then(JSON.parse, () => null);
  if (previous && previous.scriptId !== scriptId && !force) {
    throw new Error(`${path} already points at script ${previous.scriptId}; add --force to replace it`);
  }
  await writeFile(path, `${JSON.stringify({ scriptId, rootDir }, null, 2)}\n`);
  return { path, scriptId, rootDir };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const [role, id] = args.filter((a) => !a.startsWith("--"));
  try {
    if (!role || !id) throw new Error("usage: node scripts/clasp-project.mjs <lead|direction> <Script ID> [--force]");
    const { path, scriptId, rootDir } = await writeProject(role, id, { force: args.includes("--force") });
    console.log(`${path}: script ${scriptId}, pushed from ${rootDir}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  }
}
