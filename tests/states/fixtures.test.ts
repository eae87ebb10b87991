import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  explainNurseReach,
  licensureFor,
  nurseLicenseValidIn,
  plannedSupervisionMonths,
} from '../../src/data/state-licensure.js';
import { builtinData } from '../helpers/data.js';

/**
 * Runs the readable fixtures in tests/states/paths (what each state's licensure path looks like)
 * and tests/states/nurse (whether an RN license crosses a state line). A maintainer adds a case
 * with no TypeScript. `expect` is matched partially against the lookup's result;
 * `note_mentions` are substrings of its fallback note; `planned_months` is the supervision time
 * the roadmap plans for.
 */
const PathFixture = z.strictObject({
  name: z.string(),
  state: z.string().optional(),
  paths: z
    .array(
      z.strictObject({
        license: z.string(),
        expect: z.record(z.string(), z.unknown()),
        planned_months: z.number().nullable().optional(),
        note_mentions: z.array(z.string()).optional(),
      }),
    )
    .min(1),
});
const NurseFixture = z.strictObject({
  name: z.string(),
  held: z.string(),
  target: z.string(),
  as_of: z.string().optional(),
  expect: z.enum(['compact', 'same-state', 'endorsement-needed', 'unknown']),
  explanation_mentions: z.array(z.string()).optional(),
});

function yamlFiles(folder: string): [string, unknown][] {
  const dir = join(import.meta.dirname, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => [name, parse(readFileSync(join(dir, name), 'utf8'))]);
}

describe('state licensure paths', () => {
  const files = yamlFiles('paths');
  it('has a clinical path for every state in the data, and the fallbacks', () => {
    const states = new Set(files.map(([, raw]) => PathFixture.parse(raw).state));
    for (const state of builtinData().states) expect(states, state.code).toContain(state.code);
    expect(states).toContain(undefined);
  });

  for (const [file, raw] of files) {
    const fixture = PathFixture.parse(raw);
    describe(`${file}: ${fixture.name}`, () => {
      for (const step of fixture.paths) {
        it(step.license, () => {
          const result = licensureFor(builtinData(), fixture.state, step.license);
          const shown = JSON.stringify(result, null, 1);
          expect(result, shown).toMatchObject({ license: step.license, ...step.expect });
          if (step.planned_months !== undefined) {
            expect(plannedSupervisionMonths(result), shown).toBe(step.planned_months);
          }
          for (const text of step.note_mentions ?? []) {
            expect(result.fallback_note ?? '', shown).toContain(text);
          }
        });
      }
    });
  }
});

describe('an RN license across state lines', () => {
  for (const [file, raw] of yamlFiles('nurse')) {
    const fixture = NurseFixture.parse(raw);
    it(`${file}: ${fixture.name}`, () => {
      const data = builtinData();
      const reach = nurseLicenseValidIn(data, fixture.held, fixture.target, fixture.as_of);
      expect(reach).toBe(fixture.expect);
      const text = explainNurseReach(data, fixture.held, fixture.target, reach, fixture.as_of);
      for (const mention of fixture.explanation_mentions ?? []) expect(text).toContain(mention);
    });
  }
});
