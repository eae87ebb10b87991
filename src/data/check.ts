import { type Diagnostic, didYouMean, type PathSegment } from '../core/diagnostic.js';
import { isMonth, monthsBetween } from '../core/month.js';
import { saidInEnglish } from '../messages/en/diagnostics.js';
import { findCycles, prerequisiteGraph } from './cycles.js';
import { jobChecks } from './job-checks.js';
import type { ParsedLayer } from './parse-data.js';
import { payNotMonotone } from './pay-monotone.js';
import { recordDiagnostic } from './positioned.js';
import { nonPublicUrls } from './public-url.js';
import { REF_KINDS, type RefKind, recordReferences } from './references.js';
import { stateTitleFacts } from './state-titles.js';

/** Sources older than this many months before `as_of` earn a `stale-source` warning. */
export const STALE_AFTER_MONTHS = 24;

type Rec = Record<string, unknown>;

/**
 * Checks that need the whole data set: dangling ids across files, prerequisite cycles, stale
 * sources, web addresses that are not public, pay that goes down along the ladder and state license levels. Duplicate ids are found
 * while parsing; routes that can never be satisfied need the engine, so `validateLayer`
 * (src/validate-layer.ts) adds that check.
 */
export function checkData(layer: ParsedLayer, asOf: string): Diagnostic[] {
  return [
    ...danglingReferences(layer),
    ...prerequisiteCycles(layer),
    ...staleSources(layer, asOf),
    ...nonPublicUrls(layer),
    ...payNotMonotone(layer),
    ...stateLicenseLevels(layer),
    ...stateTitleFacts(layer),
    ...jobChecks(layer),
  ];
}

export function danglingReferences(layer: ParsedLayer): Diagnostic[] {
  const idsByKind = new Map<RefKind, string[]>();
  const idsOf = (kind: RefKind): string[] => {
    let ids = idsByKind.get(kind);
    if (!ids) {
      ids = REF_KINDS[kind].lists.flatMap((list) => (layer.lists.get(list) ?? []).map((r) => String(r.id)));
      idsByKind.set(kind, ids);
    }
    return ids;
  };
  // A family whose file is absent or failed to parse has its own diagnostic; every id pointing
  // into it would only repeat that, so such references are not checked.
  // Only when every list an id may live in was read: otherwise a missing file makes good ids look dangling.
  const checkable = (kind: RefKind) => REF_KINDS[kind].lists.every((list) => layer.lists.has(list));
  const rejected = (kind: RefKind, id: string) =>
    REF_KINDS[kind].lists.some((list) => layer.rejectedIds?.get(list)?.has(id));
  const out: Diagnostic[] = [];
  for (const [list, records] of layer.lists) {
    for (const record of records) {
      for (const ref of recordReferences(list, record)) {
        if (!checkable(ref.kind) || rejected(ref.kind, ref.id)) continue;
        const known = idsOf(ref.kind);
        if (known.includes(ref.id)) continue;
        const diagnostic = recordDiagnostic(layer, record, ref.at, {
          severity: 'error',
          code: 'dangling-ref',
          message: `${REF_KINDS[ref.kind].noun} "${ref.id}" does not exist${didYouMean(ref.id, known)}`,
        });
        if (diagnostic) out.push(diagnostic);
      }
    }
  }
  return out;
}

const NODE_NOUNS: Record<string, string> = {
  degree: 'degree',
  certification: 'certification',
  license: 'license',
};

export function prerequisiteCycles(layer: ParsedLayer): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const cycle of findCycles(prerequisiteGraph(layer.lists))) {
    const kinds = new Set(cycle.nodes.map((node) => node.split(':')[0]!));
    const mixed = kinds.size > 1;
    const label = (node: string) => {
      const [kind, id] = node.split(':') as [string, string];
      return mixed ? `${NODE_NOUNS[kind]} ${id}` : id;
    };
    const chain = [...cycle.nodes, cycle.nodes[0]!].map(label).join(' → ');
    const what = kinds.has('degree') && !mixed ? 'degree prerequisites' : 'required credentials';
    const diagnostic = recordDiagnostic(layer, cycle.first.record, cycle.first.at, {
      severity: 'error',
      code: 'cycle',
      message: `${what} form a cycle: ${chain}`,
    });
    if (diagnostic) out.push(diagnostic);
  }
  return out;
}

export function staleSources(layer: ParsedLayer, asOf: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (record: Rec, source: unknown, path: PathSegment[]) => {
    const asOfSource = (source as Rec | null)?.as_of;
    if (typeof asOfSource !== 'string' || !isMonth(asOfSource)) return;
    if (monthsBetween(asOfSource, asOf) <= STALE_AFTER_MONTHS) return;
    const diagnostic = recordDiagnostic(layer, record, path, {
      severity: 'warning',
      code: 'stale-source',
      ...saidInEnglish({ key: 'staleSource', values: { asOf: asOfSource, months: STALE_AFTER_MONTHS } }),
    });
    if (diagnostic) out.push(diagnostic);
  };
  const walk = (record: Rec, value: unknown, path: PathSegment[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        walk(record, item, [...path, index]);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'sources' || key === 'ce_provider_sources') && Array.isArray(child)) {
        child.forEach((source, index) => {
          check(record, source, [...path, key, index]);
        });
      } else if (key === 'source' && child && typeof child === 'object') {
        check(record, child, [...path, key]);
      }
      walk(record, child, [...path, key]);
    }
  };
  for (const records of layer.lists.values()) {
    for (const record of records) walk(record, record, []);
  }
  // A source written once under an anchor and reused through aliases is one thing to fix.
  const seen = new Set<string>();
  return out.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Which licenses.yaml license each part of a state record may stand for. */
const STATE_LEVELS: { at: PathSegment[]; discipline: string; tier?: string; what: string }[] = [
  {
    at: ['social_work', 'bachelor'],
    discipline: 'social-work',
    tier: 'bachelor',
    what: "a bachelor's-level social work license",
  },
  {
    at: ['social_work', 'master'],
    discipline: 'social-work',
    tier: 'master',
    what: "a master's-level social work license",
  },
  {
    at: ['social_work', 'clinical'],
    discipline: 'social-work',
    tier: 'clinical',
    what: 'a clinical social work license',
  },
  { at: ['counseling'], discipline: 'counseling', what: 'a counseling license' },
];

/**
 * A state's bachelor's, master's and clinical credentials stand for the national license of the
 * same tier (the planner swaps one for the other), and its counselor license for a counseling one.
 * Ids that do not exist at all are reported as dangling references instead.
 */
export function stateLicenseLevels(layer: ParsedLayer): Diagnostic[] {
  const licenses = new Map((layer.lists.get('licenses') ?? []).map((l) => [String(l.id), l]));
  const out: Diagnostic[] = [];
  for (const state of layer.lists.get('states') ?? []) {
    for (const level of STATE_LEVELS) {
      const part = level.at.reduce<unknown>(
        (value, key) => (value as Rec | null)?.[key],
        state,
      ) as Rec | null;
      const id = part?.license;
      const license = typeof id === 'string' ? licenses.get(id) : undefined;
      if (!license) continue;
      if (license.discipline === level.discipline && (!level.tier || license.tier === level.tier)) continue;
      const diagnostic = recordDiagnostic(layer, state, [...level.at, 'license'], {
        severity: 'error',
        code: 'state-level-mismatch',
        message: `license "${id}" is ${license.discipline} at the ${license.tier} tier; this place needs ${level.what}`,
      });
      if (diagnostic) out.push(diagnostic);
    }
  }
  return out;
}
