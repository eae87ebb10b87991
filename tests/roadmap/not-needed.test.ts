import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/api/evaluate.js';
import { planRoadmap } from '../../src/api/plan.js';
import { parseProfile } from '../../src/profile/parse.js';
import { builtinData } from '../helpers/data.js';

describe('"not needed" steps', () => {
  it('never name something the person already meets (a BSN nurse is not told her degree is not needed)', () => {
    const data = builtinData();
    for (const name of ['hospital-rn-case-manager', 'case-management-supervisor']) {
      const file = join(import.meta.dirname, '..', '..', 'examples', `${name}.yaml`);
      const parsed = parseProfile(file, readFileSync(file, 'utf8'), data);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
      const report = evaluate(parsed.profile, data, { asOf: '2026-11' });
      const roadmap = planRoadmap(parsed.profile, data, report, { asOf: '2026-11' });
      const met = new Set(
        report.certifications.flatMap((c) =>
          c.routes.flatMap((r) => {
            const out: string[] = [];
            const walk = (n: typeof r.tree) => {
              if (n.ok && !n.children) out.push(n.requirement);
              for (const child of n.children ?? []) walk(child);
            };
            walk(r.tree);
            return out;
          }),
        ),
      );
      const wrong = roadmap.steps.filter((s) => s.status === 'n-a' && met.has(s.title));
      expect(
        wrong.map((s) => s.title),
        name,
      ).toEqual([]);
    }
  });
});
