import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { evaluate } from '../../src/api/evaluate.js';
import { planRoadmap } from '../../src/api/plan.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { builtinData } from '../helpers/data.js';

/**
 * A batch plans thousands of people on one loaded data set, and the planner keeps per-data caches
 * (a state's license facts, route rankings): no plan may change what the next one says. Every
 * roadmap scenario is planned once, then all of them again, on the same data; each second plan
 * must equal its first. A cached list that a plan added to showed up here as a sentence repeated
 * once for every earlier person in the same state.
 */
const dir = join(import.meta.dirname, '..', 'scenarios', 'roadmap');
const people = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((file) => {
    const scenario = parse(readFileSync(join(dir, file), 'utf8')) as { as_of: string; profile: unknown };
    return { file, asOf: scenario.as_of, profile: ProfileSchema.parse(scenario.profile) };
  });

describe('plans made one after another on the same data', () => {
  it('do not change one another', () => {
    const data = builtinData();
    const plan = ({ profile, asOf }: (typeof people)[number]) =>
      JSON.stringify(planRoadmap(profile, data, evaluate(profile, data, { asOf }), { asOf }));
    const first = people.map(plan);
    const second = people.map(plan);
    expect(people.length).toBeGreaterThan(100);
    const changed = people.filter((_, i) => first[i] !== second[i]).map((p) => p.file);
    expect(changed).toEqual([]);
  });
});
