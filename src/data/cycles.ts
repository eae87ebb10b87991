import type { PathSegment } from '../core/diagnostic.js';

/** A node of the prerequisite graph: `degree:msw`, `certification:ccm`, `license:lcsw`. */
type NodeKey = string;
type Rec = Record<string, unknown>;

/** An edge "from needs to", with the record and in-record path that says so (for the position). */
export interface Edge {
  to: NodeKey;
  record: Rec;
  at: PathSegment[];
}

export interface Cycle {
  /** The nodes in order, starting at the smallest key; the cycle closes back on the first. */
  nodes: NodeKey[];
  /** The edge leaving the first node, where the diagnostic points. */
  first: Edge;
}

function isRec(value: unknown): value is Rec {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The certifications and licenses a rule requires whatever else holds: a predicate naming a
 * single id, reached only through `all` (or an `any` with one child). Anything under `not`, or
 * one of several alternatives, is not mandatory and cannot close a cycle on its own.
 */
export function mandatoryRequirements(
  rule: unknown,
  at: PathSegment[],
  out = new Map<NodeKey, PathSegment[]>(),
): Map<NodeKey, PathSegment[]> {
  if (!isRec(rule)) return out;
  if (Array.isArray(rule.all)) {
    rule.all.forEach((child, index) => {
      mandatoryRequirements(child, [...at, 'all', index], out);
    });
  }
  if (Array.isArray(rule.any) && rule.any.length === 1) {
    mandatoryRequirements(rule.any[0], [...at, 'any', 0], out);
  }
  const single = (condition: unknown, key: string): string | undefined => {
    const ids = isRec(condition) ? condition[key] : undefined;
    return Array.isArray(ids) && ids.length === 1 && typeof ids[0] === 'string' ? ids[0] : undefined;
  };
  const certification = single(rule.certification, 'ids');
  if (certification !== undefined && !out.has(`certification:${certification}`)) {
    out.set(`certification:${certification}`, [...at, 'certification', 'ids', 0]);
  }
  const license = single(rule.license, 'types');
  if (license !== undefined && !out.has(`license:${license}`)) {
    out.set(`license:${license}`, [...at, 'license', 'types', 0]);
  }
  return out;
}

/** Builds the graph: degree prerequisites, and the certifications/licenses each credential must have. */
export function prerequisiteGraph(lists: ReadonlyMap<string, Rec[]>): Map<NodeKey, Edge[]> {
  const graph = new Map<NodeKey, Edge[]>();
  const node = (key: NodeKey) => {
    const edges = graph.get(key) ?? [];
    graph.set(key, edges);
    return edges;
  };
  for (const degree of lists.get('degrees') ?? []) {
    const edges = node(`degree:${degree.id}`);
    const prerequisites = Array.isArray(degree.prerequisite) ? degree.prerequisite : [];
    prerequisites.forEach((id, index) => {
      edges.push({ to: `degree:${id}`, record: degree, at: ['prerequisite', index] });
    });
  }
  for (const license of lists.get('licenses') ?? []) {
    const edges = node(`license:${license.id}`);
    for (const [to, at] of mandatoryRequirements(license.requires, ['requires'])) {
      edges.push({ to, record: license, at });
    }
  }
  for (const certification of lists.get('certifications') ?? []) {
    const edges = node(`certification:${certification.id}`);
    const routes = Array.isArray(certification.routes) ? certification.routes.filter(isRec) : [];
    // Routes are alternatives: a credential is needed only when every route needs it.
    const perRoute = routes.map((route, index) =>
      mandatoryRequirements(route.rule, ['routes', index, 'rule']),
    );
    const [first, ...rest] = perRoute;
    for (const [to, at] of first ?? []) {
      if (rest.every((needs) => needs.has(to))) edges.push({ to, record: certification, at });
    }
  }
  return graph;
}

/** Safety limits: real data has a handful of prerequisites, so these are never reached in practice. */
const MAX_CYCLES = 50;
const MAX_STEPS = 100_000;

/**
 * Every elementary cycle, once each: a cycle is found only from its smallest node, so its
 * rotations are never reported again. Edges to unknown nodes are ignored (dangling ids are
 * reported elsewhere).
 */
export function findCycles(graph: ReadonlyMap<NodeKey, Edge[]>): Cycle[] {
  const keys = [...graph.keys()].sort();
  const cycles: Cycle[] = [];
  const seen = new Set<string>();
  let steps = 0;
  for (const start of keys) {
    const stack: NodeKey[] = [start];
    const firstEdges: Edge[] = [];
    const onPath = new Set<NodeKey>([start]);
    const visit = (from: NodeKey): void => {
      for (const edge of graph.get(from) ?? []) {
        if (cycles.length >= MAX_CYCLES || ++steps > MAX_STEPS) return;
        if (!graph.has(edge.to) || edge.to < start) continue;
        if (stack.length === 1) firstEdges[0] = edge;
        if (edge.to === start) {
          const signature = stack.join(' ');
          if (!seen.has(signature)) {
            seen.add(signature);
            cycles.push({ nodes: [...stack], first: firstEdges[0]! });
          }
          continue;
        }
        if (onPath.has(edge.to)) continue;
        stack.push(edge.to);
        onPath.add(edge.to);
        visit(edge.to);
        stack.pop();
        onPath.delete(edge.to);
      }
    };
    visit(start);
  }
  return cycles;
}
