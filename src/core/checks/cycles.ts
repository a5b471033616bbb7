/** SCHEDULE_CYCLE: predecessors that loop back (iterative Tarjan, linear, no recursion). */
import { cellOf } from "../locate.js";
import type { FicheProjet, IssueDraft, Step } from "../types.js";

export interface ScheduleCycle {
  /** One loop through the group, in finish-to-start order, starting at its first step in Calendrier order. */
  readonly cycle: readonly string[];
  /** Every step caught in the group (a strongly connected component), in Calendrier order. */
  readonly members: readonly string[];
}

/**
 * The groups of steps whose predecessors form loops, each reported once.
 * @example findCycles([{ id: "A", predecessors: ["B"] }, { id: "B", predecessors: ["A"] }])[0]?.cycle // ["A", "B"]
 */
export function findCycles(steps: readonly Pick<Step, "id" | "predecessors">[]): ScheduleCycle[] {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const preds: number[][] = [];
  for (const s of steps) {
    if (index.has(s.id)) continue;
    index.set(s.id, ids.length);
    ids.push(s.id);
    preds.push([]);
  }
  for (const s of steps) {
    const i = index.get(s.id) ?? 0;
    if (ids[i] !== s.id || preds[i] === undefined) continue;
    for (const p of s.predecessors) {
      const j = index.get(p);
      if (j !== undefined) preds[i]?.push(j);
    }
  }
  const components = stronglyConnected(preds);
  const succs: number[][] = ids.map(() => []);
  preds.forEach((ps, i) => {
    for (const p of ps) succs[p]?.push(i);
  });
  const out: ScheduleCycle[] = [];
  for (const comp of components) {
    const first = comp[0] ?? 0;
    const loop = comp.length > 1 || (preds[first] ?? []).includes(first);
    if (!loop) continue;
    const inComp = new Set(comp);
    out.push({
      cycle: loopFrom(first, succs, inComp).map((i) => ids[i] ?? ""),
      members: comp.map((i) => ids[i] ?? ""),
    });
  }
  return out.sort((a, b) => (index.get(a.members[0] ?? "") ?? 0) - (index.get(b.members[0] ?? "") ?? 0));
}

/** Strongly connected components (Tarjan, iterative), each sorted by node index. */
function stronglyConnected(edges: readonly (readonly number[])[]): number[][] {
  const n = edges.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  // The depth-first path as two parallel stacks (its nodes, the next edge of each), shared by
  // every root (each walk empties them), rather than a pair per node visited.
  const path: number[] = [];
  const nextEdge: number[] = [];
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1) continue;
    path.push(root);
    nextEdge.push(0);
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (path.length > 0) {
      const top = path.length - 1;
      const v = path[top] ?? 0;
      const k = nextEdge[top] ?? 0;
      const out = edges[v] ?? [];
      if (k < out.length) {
        nextEdge[top] = k + 1;
        const w = out[k] ?? 0;
        if (order[w] === -1) {
          order[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          path.push(w);
          nextEdge.push(0);
        } else if (onStack[w]) low[v] = Math.min(low[v] ?? 0, order[w] ?? 0);
        continue;
      }
      path.pop();
      nextEdge.pop();
      const parent = path[top - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      if (low[v] === order[v]) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop() ?? v;
          onStack[w] = 0;
          comp.push(w);
        } while (w !== v);
        components.push(comp.sort((a, b) => a - b));
      }
    }
  }
  return components;
}

/** A shortest loop from `start` back to itself, following successors inside the component. */
function loopFrom(start: number, succs: readonly (readonly number[])[], inComp: ReadonlySet<number>): number[] {
  const from = new Map<number, number>();
  const queue = [start];
  for (let q = 0; q < queue.length; q++) {
    const v = queue[q] ?? start;
    for (const w of succs[v] ?? []) {
      if (!inComp.has(w)) continue;
      if (w === start) {
        const path = [v];
        for (let u = v; u !== start; ) {
          u = from.get(u) ?? start;
          path.push(u);
        }
        return path.reverse();
      }
      if (!from.has(w)) {
        from.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start];
}

/** SCHEDULE_CYCLE at the Prédécesseurs cell of each loop's first step, naming the loop `A → B → A`. */
export function checkCycles(fiche: FicheProjet, byId: ReadonlyMap<string, Step>): IssueDraft[] {
  return findCycles(fiche.steps).map(({ cycle }) => {
    const first = byId.get(cycle[0] ?? "");
    const place = cellOf(fiche.layout, "calendrier", "predecessors", first?.row);
    return { code: "SCHEDULE_CYCLE", ...place, params: { ids: [...cycle, cycle[0]].join(" → ") } };
  });
}
