import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/api/evaluate.js';
import { planRoadmap } from '../../src/api/plan.js';
import { formatNumber } from '../../src/core/number.js';
import { parseProfile } from '../../src/profile/parse.js';
import { costSummary } from '../../src/render/format.js';
import { builtinData } from '../helpers/data.js';

/** A counselor printing the HTML and the Markdown of one client must see one total. */
describe('the cost answer and the views total the same steps', () => {
  const data = builtinData();
  const dir = join(import.meta.dirname, '..', '..', 'examples');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    it(file, () => {
      const parsed = parseProfile(file, readFileSync(join(dir, file), 'utf8'), data);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
      const asOf = '2026-11';
      const roadmap = planRoadmap(parsed.profile, data, evaluate(parsed.profile, data, { asOf }), { asOf });
      const answer = roadmap.answers.find((a) => a.id === 'cost')!.answer;
      const sum = costSummary(roadmap.steps);
      if (sum.known === 0) expect(answer).not.toMatch(/in the costs we know/);
      else expect(answer).toContain(`$${formatNumber(sum.min)}`);
    });
  }
});
