import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/core/month.js';
import { compileRule } from '../../src/engine/compile.js';
import { explain } from '../../src/engine/evaluate.js';
import { prepareProfile } from '../../src/engine/prepare.js';
import { PROJECTION_HORIZON_MONTHS } from '../../src/engine/project.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { arbitraryMonth, arbitraryProfile } from '../helpers/arbitrary-profile.js';
import { builtinData } from '../helpers/data.js';

const data = builtinData();

/** The first month a route holds, by trying every month up to the horizon: slow and obviously right. */
function firstMonthByScan(
  rule: Parameters<typeof compileRule>[0],
  prepared: ReturnType<typeof prepareProfile>,
) {
  const compiled = compileRule(rule, data);
  if (compiled(prepared, prepared.asOf).ok) return null;
  if (!prepared.anyOngoing) return null;
  for (let at = prepared.asOf + 1; at <= prepared.asOf + PROJECTION_HORIZON_MONTHS; at++) {
    if (compiled(prepared, at).ok) return at;
  }
  return null;
}

describe('eligible_from projection', () => {
  it('finds the same month as scanning every month, for every route of every certification', () => {
    let projected = 0;
    fc.assert(
      fc.property(arbitraryProfile(data), arbitraryMonth, (input, asOf) => {
        const profile = ProfileSchema.parse(input);
        fc.pre(profile.experience.some((entry) => entry.ongoing));
        const prepared = prepareProfile(profile, monthIndex(asOf));
        for (const result of explain(profile, data, { asOf }).certifications) {
          for (const route of result.routes) {
            const scanned = firstMonthByScan(route.route.rule, prepared);
            // The projection only promises a month when time alone can close the gap, so a scan
            // may find a month it leaves out (e.g. a role that merely has to be ongoing); never
            // the other way round, and never a different month.
            if (route.eligibleFrom !== null) {
              expect(route.eligibleFrom).toBe(scanned);
              projected++;
            }
          }
        }
      }),
      { numRuns: 600 },
    );
    // The property is only worth something if it projected many routes.
    expect(projected).toBeGreaterThan(40);
  });
});

describe('a degree whose completion month is after as_of', () => {
  const bsn = (completed: string) =>
    ProfileSchema.parse({
      version: 1,
      education: [{ level: 'bachelor', field: 'nursing', program_accreditation: 'ccne', completed }],
      licenses: [{ type: 'rn' }],
      experience: [
        { role: 'case-manager', setting: 'hospital', months: 30, start: '2024-01', ongoing: true },
      ],
    });

  it('is read as in progress: it does not count toward a verdict before that month', () => {
    const before = explain(bsn('2027-06'), data, { asOf: '2026-11' });
    const after = explain(bsn('2027-06'), data, { asOf: '2027-07' });
    const degreeLeaves = (report: typeof before) =>
      report.certifications
        .flatMap((c) => c.routes.flatMap((r) => leaves(r.tree)))
        .filter((n) => n.kind === 'degree');
    expect(
      degreeLeaves(before).some((n) => n.facts?.kind === 'degree' && n.facts.met?.level === 'bachelor'),
    ).toBe(false);
    expect(
      degreeLeaves(after).some((n) => n.facts?.kind === 'degree' && n.facts.met?.level === 'bachelor'),
    ).toBe(true);
    const prepared = prepareProfile(bsn('2027-06'), monthIndex('2026-11'));
    expect(prepared.profile.education[0]!.status).toBe('in-progress');
  });
});

function leaves(
  node: ReturnType<typeof explain>['certifications'][number]['routes'][number]['tree'],
): (typeof node)[] {
  return node.children ? node.children.flatMap(leaves) : [node];
}
