import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { evaluate } from '../../src/api/evaluate.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { builtinData } from '../helpers/data.js';

/**
 * Runs every scenario in tests/scenarios/*.yaml: a maintainer adds a case with no TypeScript.
 * `expect` maps a certification id to a status word, or to an object with any of
 * status / eligible_from / route / caveats (substrings that must appear) / no_caveats /
 * caveats_absent (substrings no caveat may contain) /
 * missing (substrings that must appear in the deciding route's missing requirements or needs).
 */
const Expectation = z.union([
  z.enum(['eligible', 'not-yet', 'not-eligible', 'unconfirmed', 'retired']),
  z.strictObject({
    status: z.enum(['eligible', 'not-yet', 'not-eligible', 'unconfirmed', 'retired']),
    eligible_from: z.string().nullable().optional(),
    route: z.string().nullable().optional(),
    caveats: z.array(z.string()).optional(),
    no_caveats: z.boolean().optional(),
    caveats_absent: z.array(z.string()).optional(),
    missing: z.array(z.string()).optional(),
  }),
]);
const Scenario = z.strictObject({
  name: z.string(),
  as_of: z.string(),
  profile: z.unknown(),
  expect: z.record(z.string(), Expectation),
});

const dir = join(import.meta.dirname, '..', 'scenarios');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

describe('scenario fixtures', () => {
  it('has at least 40 scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  for (const file of files) {
    const scenario = Scenario.parse(parse(readFileSync(join(dir, file), 'utf8')));
    it(`${file}: ${scenario.name}`, () => {
      const data = builtinData();
      const profile = ProfileSchema.parse(scenario.profile);
      const report = evaluate(profile, data, { asOf: scenario.as_of });
      for (const [id, raw] of Object.entries(scenario.expect)) {
        const expected = typeof raw === 'string' ? { status: raw } : raw;
        const verdict = report.certifications.find((c) => c.id === id);
        expect(verdict, `certification ${id} is in the report`).toBeDefined();
        const context = `${id}: ${JSON.stringify({ status: verdict!.status, from: verdict!.eligible_from, route: verdict!.route, caveats: verdict!.caveats, routes: verdict!.routes.map((r) => ({ id: r.id, from: r.eligible_from, missing: r.missing })) }, null, 1)}`;
        expect(verdict!.status, context).toBe(expected.status);
        expect(verdict!.eligible, context).toBe(expected.status === 'eligible');
        if (expected.eligible_from !== undefined)
          expect(verdict!.eligible_from, context).toBe(expected.eligible_from);
        if (expected.route !== undefined) expect(verdict!.route, context).toBe(expected.route);
        for (const text of expected.caveats ?? []) {
          expect(
            verdict!.caveats.some((c) => c.includes(text)),
            `${context}\nexpected a caveat containing "${text}"`,
          ).toBe(true);
        }
        if (expected.no_caveats) expect(verdict!.caveats, context).toEqual([]);
        for (const text of expected.caveats_absent ?? []) {
          expect(
            verdict!.caveats.some((c) => c.includes(text)),
            `${context}\nexpected no caveat containing "${text}"`,
          ).toBe(false);
        }
        if (expected.missing) {
          const texts = verdict!.routes.flatMap((r) =>
            r.missing.flatMap((m) => [m.requirement, m.need, m.have]),
          );
          for (const text of expected.missing) {
            expect(
              texts.some((t) => t.includes(text)),
              `${context}\nexpected missing text "${text}"`,
            ).toBe(true);
          }
        }
      }
    });
  }
});
