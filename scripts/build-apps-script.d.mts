/** Builds both Apps Script projects into dist/ (or under `outRoot`). */
export function build(options?: { production?: boolean; outRoot?: string }): Promise<void>;
/** Code.js of one entry: the IIFE bundle and its top-level function stubs. */
export function buildCode(entry: string, options?: { production?: boolean }): Promise<string>;
/** Sidebar.html of one project's page script (default: the project lead's), script and styles inlined. */
export function buildSidebar(entry?: string, options?: { production?: boolean }): Promise<string>;
export const GLOBAL_NAME: string;
export const PROJECTS: readonly { entry: string; sidebar: string; manifest: string; outDir: string }[];
