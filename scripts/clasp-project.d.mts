/** The two Apps Script projects' clasp project files. */
export const ROLES: Readonly<Record<"lead" | "direction", { readonly file: string; readonly entry: string }>>;
/** The build directory a role's script is pushed from. */
export function rootDirOf(role: string): string;
/** The Script ID in a pasted ID or script editor URL; throws on anything else. */
export function scriptIdOf(text: string): string;
/** Writes the role's project file under `dir` (default: the repository). */
export function writeProject(
  role: string,
  text: string,
  options?: { dir?: string; force?: boolean },
): Promise<{ path: string; scriptId: string; rootDir: string }>;
