import type { CertificationVerdict, EvalNode, RouteVerdict } from '../engine/types.js';
import type { PayFigures, Roadmap, RoadmapStep } from '../roadmap/types.js';

/**
 * The roadmap as JSON (docs/contracts.md): keys always in the contract's order, whatever order
 * the objects were built in, so scripts and diffs see stable output. Fields added later to a type
 * follow the contract's, alphabetically. Two-space indent, trailing newline.
 */
export function renderJson(roadmap: Roadmap): string {
  return `${JSON.stringify(orderRoadmap(roadmap), null, 2)}\n`;
}

type Plain = Record<string, unknown>;

/** A copy of `value` with `keys` first (those present), then any other keys sorted. */
function ordered<T extends object>(value: T, keys: readonly string[]): Plain {
  const source = value as Plain;
  const out: Plain = {};
  for (const key of keys) if (key in source && source[key] !== undefined) out[key] = source[key];
  for (const key of Object.keys(source).sort()) {
    if (!(key in out) && source[key] !== undefined) out[key] = source[key];
  }
  return out;
}

const SOURCE_KEYS = ['url', 'title', 'as_of', 'official', 'note'];

function orderNode(node: EvalNode): Plain {
  return ordered(
    {
      ...node,
      ...(node.source ? { source: ordered(node.source, SOURCE_KEYS) } : {}),
      ...(node.measure ? { measure: ordered(node.measure, ['unit', 'have', 'need', 'growing']) } : {}),
      ...(node.children ? { children: node.children.map(orderNode) } : {}),
    },
    ['kind', 'requirement', 'ok', 'have', 'need', 'measure', 'source', 'caveats', 'children'],
  );
}

function orderRoute(route: RouteVerdict): Plain {
  return ordered(
    {
      ...route,
      missing: route.missing.map((m) => ordered(m, ['requirement', 'have', 'need'])),
      tree: orderNode(route.tree),
    },
    ['id', 'title', 'eligible', 'missing', 'eligible_from', 'tree'],
  );
}

/** One certification verdict in the eligibility contract's order (shared with the eligibility JSON). */
export function orderVerdict(verdict: CertificationVerdict): Plain {
  return ordered({ ...verdict, routes: verdict.routes.map(orderRoute) }, [
    'id',
    'name',
    'eligible',
    'status',
    'route',
    'routes',
    'eligible_from',
    'caveats',
  ]);
}

function orderStep(step: RoadmapStep): Plain {
  return ordered(
    {
      ...step,
      cost_usd: step.cost_usd ? ordered(step.cost_usd, ['min', 'max']) : null,
      pay_after: step.pay_after ? orderPay(step.pay_after, ['level', 'min_usd', 'max_usd']) : null,
      sources: step.sources.map((s) => ordered(s, SOURCE_KEYS)),
    },
    [
      'id',
      'kind',
      'title',
      'status',
      'start',
      'end',
      'duration_months',
      'cost_usd',
      'why',
      'pay_after',
      'sources',
    ],
  );
}

/** Pay figures: the contract's keys, then the occupation and sources (0.2), then the state median. */
function orderPay(pay: PayFigures, first: readonly string[]): Plain {
  return ordered(
    { ...pay, ...(pay.sources ? { sources: pay.sources.map((s) => ordered(s, SOURCE_KEYS)) } : {}) },
    [
      ...first,
      'median_usd',
      'occupation',
      'soc',
      'period',
      'sources',
      'state_median_usd',
      'state_median_period',
      'state_median_source',
      'state_median_occupation',
    ],
  );
}

export function orderRoadmap(roadmap: Roadmap): Plain {
  return ordered(
    {
      ...roadmap,
      profile: ordered(roadmap.profile, ['name', 'state']),
      goal: ordered(roadmap.goal, [
        'specialization',
        'certification',
        'recommended',
        'certification_chosen',
        'why',
      ]),
      certifications: roadmap.certifications.map(orderVerdict),
      steps: roadmap.steps.map(orderStep),
      alternatives: roadmap.alternatives.map((a) => ordered(a, ['title', 'saves_months', 'steps'])),
      standing: roadmap.standing.map((s) => ordered(s, ['ok', 'text'])),
      pay: roadmap.pay.map((p) =>
        orderPay(p, ['month', 'label', 'level', 'min_usd', 'max_usd', 'open_ended']),
      ),
      answers: roadmap.answers.map((a) => ordered(a, ['id', 'question', 'answer'])),
    },
    [
      'version',
      'as_of',
      'profile',
      'goal',
      'certifications',
      'steps',
      'alternatives',
      'caveats',
      'standing',
      'pay',
      'answers',
    ],
  );
}
