// Types for test/fuzz/mutators.mjs.
import type { Cell, WorkbookGrid } from "../../src/core/types.js";

export function prng(seed: number): () => number;
export const BYTE_MUTATIONS: Readonly<Record<string, (bytes: Uint8Array, rand: () => number) => Uint8Array>>;
export function mutateBytes(bytes: Uint8Array, rand: () => number): { bytes: Uint8Array; done: string[] };
export function randomCell(rand: () => number): Cell;
export function mutateGrid(grid: WorkbookGrid, rand: () => number): WorkbookGrid;
export function isA1(cell: string): boolean;
export function unzip(bytes: Uint8Array): { name: string; data: Buffer }[] | null;
export function mutateInside(bytes: Uint8Array, rand: () => number): Uint8Array;
