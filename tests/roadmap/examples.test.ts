import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/api/evaluate.js';
import { planRoadmap } from '../../src/api/plan.js';
import { parseProfile } from '../../src/profile/parse.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { builtinData } from '../helpers/data.js';

/**
 * Every example profile, planned on the built-in data as of 2026-11, pinned as JSON and Markdown.
 * A change in the data or the planner shows up here as a readable diff to review.
 */
const data = builtinData();
const AS_OF = '2026-11';
const dir = join(import.meta.dirname, '..', '..', 'examples');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

describe('example roadmaps', () => {
  it('has at least the ten profiles the issue and brief ask for', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of examples) {
    const name = basename(file, '.yaml');
    it(`${name}: a valid profile whose roadmap matches the golden files`, async () => {
      const parsed = parseProfile(`examples/${file}`, readFileSync(join(dir, file), 'utf8'), data);
      expect(parsed.ok ? [] : parsed.diagnostics).toEqual([]);
      if (!parsed.ok) return;
      const roadmap = planRoadmap(parsed.profile, data, evaluate(parsed.profile, data, { asOf: AS_OF }), {
        asOf: AS_OF,
      });
      await expect(renderJson(roadmap)).toMatchFileSnapshot(`../golden/roadmap/${name}.json`);
      await expect(renderMarkdown(roadmap)).toMatchFileSnapshot(`../golden/roadmap/${name}.md`);
    });
  }
});
