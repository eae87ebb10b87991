import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluate } from '../../src/api/evaluate.js';
import { monthIndex } from '../../src/core/month.js';
import { withExamsOfHeldLicenses } from '../../src/data/held-exams.js';
import { prepareProfile } from '../../src/engine/prepare.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { chooseGoal } from '../../src/roadmap/plan-goal.js';
import { bestRoute, rankRoutes } from '../../src/roadmap/route.js';
import { builtinData } from '../helpers/data.js';

/**
 * A certification the plan only compares or lists is given its best route without planning every
 * route (src/roadmap/route.ts, bestRoute). That route must be the first of the whole ranking, for
 * every certification of every roadmap scenario, each asked in a context of its own.
 */
const dir = join(import.meta.dirname, '..', 'scenarios', 'roadmap');
const people = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const scenario = parse(readFileSync(join(dir, file), 'utf8')) as { as_of: string; profile: unknown };
    return { file, asOf: scenario.as_of, profile: ProfileSchema.parse(scenario.profile) };
  });

// In groups, so that no one test runs long as scenarios are added (each group is a few seconds).
const GROUP = 30;
const groups = Array.from({ length: Math.ceil(people.length / GROUP) }, (_, i) =>
  people.slice(i * GROUP, (i + 1) * GROUP),
);

describe('the best route of a certification', () => {
  const data = builtinData();
  let compared = 0;

  it.each(groups.map((group, index) => [index + 1, group] as const))(
    'is the first route of the whole ranking (scenarios, group %i)',
    (_index, group) => {
      const differ: string[] = [];
      for (const { file, asOf, profile } of group) {
        const report = evaluate(profile, data, { asOf });
        const fresh = () =>
          chooseGoal(
            prepareProfile(withExamsOfHeldLicenses(profile, data), monthIndex(asOf)),
            data,
            report,
            asOf,
          );
        for (const verdict of report.certifications) {
          if (verdict.status === 'retired' || verdict.status === 'unconfirmed') continue;
          const cert = data.byId.certifications.get(verdict.id)!;
          const a = fresh();
          const b = fresh();
          const best = bestRoute(a.ctx, a.deriver, cert, verdict);
          const first = rankRoutes(b.ctx, b.deriver, cert, verdict)[0];
          compared++;
          if (best?.route.id !== first?.route.id || best?.months !== first?.months)
            differ.push(
              `${file} ${cert.id}: ${best?.route.id} (${best?.months}) vs ${first?.route.id} (${first?.months})`,
            );
        }
      }
      expect(differ).toEqual([]);
    },
  );

  it('compared every certification of every scenario (more than 1,000 in all)', () => {
    expect(compared).toBeGreaterThan(1000);
  });
});
