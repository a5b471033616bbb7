/**
 * The finish-to-start graph of the Calendrier: who precedes whom, which steps sit in a cycle,
 * and a dependency order for the rest. Linear in steps + links, no recursion.
 */
import type { Step } from "../types.js";

export interface StepGraph {
  /** For each step (Calendrier order), the indexes of its known predecessors (deduplicated). */
  readonly predecessors: readonly (readonly number[])[];
  /** For each step, the indexes of the steps it precedes. */
  readonly successors: readonly (readonly number[])[];
}

/**
 * Builds the graph. An unknown predecessor ID is ignored (the checks report it); a duplicated
 * step ID refers to its first occurrence.
 * @example buildStepGraph(steps).predecessors[1] // [0] when step 2 follows step 1
 */
export function buildStepGraph(steps: readonly Step[]): StepGraph {
  const indexOf = new Map<string, number>();
  steps.forEach((s, i) => {
    if (!indexOf.has(s.id)) indexOf.set(s.id, i);
  });
  const predecessors: number[][] = steps.map(() => []);
  const successors: number[][] = steps.map(() => []);
  steps.forEach((s, i) => {
    // A step has a few predecessors: its own list is searched for a repeat, no set per step.
    const own = predecessors[i] ?? [];
    for (const id of s.predecessors) {
      const p = indexOf.get(id);
      if (p === undefined || own.includes(p)) continue;
      own.push(p);
      successors[p]?.push(i);
    }
  });
  return { predecessors, successors };
}

/**
 * The steps caught in a cycle: members of a strongly connected component of two or more steps,
 * or a step that precedes itself (Tarjan's algorithm, iterative).
 */
export function stepsInCycles(graph: StepGraph): Set<number> {
  const n = graph.successors.length;
  const index = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const stack: number[] = [];
  const inCycle = new Set<number>();
  let counter = 0;
  // The depth-first path as two parallel stacks (its steps, the next edge of each), shared by
  // every root (each walk empties them), rather than a pair per step visited.
  const path: number[] = [];
  const nextEdge: number[] = [];
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    path.push(root);
    nextEdge.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const v = path[top]!;
      const edge = nextEdge[top]!;
      if (edge === 0) {
        index[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = true;
      }
      const next = graph.successors[v]![edge];
      if (next !== undefined) {
        nextEdge[top] = edge + 1;
        if (index[next] === -1) {
          path.push(next);
          nextEdge.push(0);
        } else if (onStack[next]) low[v] = Math.min(low[v]!, index[next]!);
        continue;
      }
      path.pop();
      nextEdge.pop();
      const parent = path[top - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent]!, low[v]!);
      if (low[v] !== index[v]) continue;
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack[w] = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.successors[v]!.includes(v)) for (const c of component) inCycle.add(c);
    }
  }
  return inCycle;
}

/**
 * A dependency order (Kahn) of the steps outside `excluded`; links from excluded steps are ignored.
 * Deterministic: roots in Calendrier order, then breadth first.
 */
export function topologicalOrder(graph: StepGraph, excluded: ReadonlySet<number>): number[] {
  const n = graph.predecessors.length;
  const pending = graph.predecessors.map((ps) => ps.filter((p) => !excluded.has(p)).length);
  const queue: number[] = [];
  for (let i = 0; i < n; i++) if (!excluded.has(i) && pending[i] === 0) queue.push(i);
  const order: number[] = [];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    order.push(v);
    for (const s of graph.successors[v]!) {
      if (excluded.has(s)) continue;
      pending[s] = pending[s]! - 1;
      if (pending[s] === 0) queue.push(s);
    }
  }
  return order;
}
