import { describe, expect, it } from "vitest";
import { buildStepGraph, stepsInCycles, topologicalOrder } from "../../../src/core/compute/step-graph.js";
import { step } from "./fixtures.js";

/** Steps from `id: predecessors` pairs. */
const steps = (links: readonly (readonly [string, readonly string[]])[]) =>
  links.map(([id, predecessors]) => step(id, "2026-03-02", "2026-03-06", { predecessors }));

describe("buildStepGraph", () => {
  // A step's own predecessor list is searched for repeats (no set per step).
  it.each<[string, [string, string[]][], number[][], number[][]]>([
    [
      "a chain",
      [
        ["A", []],
        ["B", ["A"]],
        ["C", ["B"]],
      ],
      [[], [0], [1]],
      [[1], [2], []],
    ],
    [
      "a repeated predecessor kept once",
      [
        ["A", []],
        ["B", ["A", "A", "A"]],
      ],
      [[], [0]],
      [[1], []],
    ],
    [
      "an unknown predecessor ignored",
      [
        ["A", []],
        ["B", ["Z", "A"]],
      ],
      [[], [0]],
      [[1], []],
    ],
    [
      "a duplicated ID names its first step",
      [
        ["A", []],
        ["A", []],
        ["B", ["A"]],
      ],
      [[], [], [0]],
      [[2], [], []],
    ],
    [
      "two predecessors, in their order",
      [
        ["A", []],
        ["B", []],
        ["C", ["B", "A", "B"]],
      ],
      [[], [], [1, 0]],
      [[2], [2], []],
    ],
    ["a step that precedes itself", [["A", ["A"]]], [[0]], [[0]]],
  ])("%s", (_name, links, predecessors, successors) => {
    const graph = buildStepGraph(steps(links));
    expect(graph.predecessors).toEqual(predecessors);
    expect(graph.successors).toEqual(successors);
  });
});

describe("stepsInCycles and topologicalOrder", () => {
  // The depth-first path's stacks are shared by every root of the walk.
  it.each<[string, [string, string[]][], number[], number[]]>([
    [
      "no cycle",
      [
        ["A", []],
        ["B", ["A"]],
        ["C", ["A"]],
      ],
      [],
      [0, 1, 2],
    ],
    [
      "a loop of two, then a free step",
      [
        ["A", ["B"]],
        ["B", ["A"]],
        ["C", []],
      ],
      [0, 1],
      [2],
    ],
    [
      "two separate loops",
      [
        ["A", ["B"]],
        ["B", ["A"]],
        ["C", ["D"]],
        ["D", ["C"]],
      ],
      [0, 1, 2, 3],
      [],
    ],
    [
      "a self-loop among free steps",
      [
        ["A", []],
        ["B", ["B"]],
        ["C", ["A"]],
      ],
      [1],
      [0, 2],
    ],
    [
      "a successor of a loop, its link ignored",
      [
        ["A", ["B"]],
        ["B", ["A"]],
        ["C", ["B"]],
      ],
      [0, 1],
      [2],
    ],
  ])("%s", (_name, links, cyclic, order) => {
    const graph = buildStepGraph(steps(links));
    const inCycle = stepsInCycles(graph);
    expect([...inCycle].sort()).toEqual(cyclic);
    expect(topologicalOrder(graph, inCycle)).toEqual(order);
  });
});
