import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { evaluate } from '../../src/api/evaluate.js';
import { planRoadmap } from '../../src/api/plan.js';
import { ProfileSchema } from '../../src/profile/schema.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { builtinData } from '../helpers/data.js';

/**
 * Roadmap scenarios, read as a career adviser would: tests/scenarios/roadmap/*.yaml, data only.
 * `steps` must all appear, in this order (each matches a step by any of id / kind / status /
 * start / end, `title` and `why` as substrings, and `pay_after`: the level of the pay it leads to, null
 * for none, and `no_source`: a substring none of its source addresses holds); `no_steps` must match no step; `goal` fields must equal; `pay_now` is the level of
 * today's pay point (null: no pay shown for today); `pay` lists every pay point in order (its
 * level, and the national median, occupation and state median where given);
 * `markdown` / `no_markdown` are substrings of the Markdown plan, `markdown_once` substrings it holds once.
 */
const StepMatch = z.strictObject({
  id: z.string().optional(),
  kind: z.string().optional(),
  status: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  title: z.string().optional(),
  why: z.string().optional(),
  pay_after: z.string().nullable().optional(),
  /** A substring no source address of the step holds. */
  no_source: z.string().optional(),
});
const PayMatch = z.strictObject({
  level: z.string(),
  median_usd: z.number().optional(),
  occupation: z.string().optional(),
  state_median_usd: z.number().optional(),
});
const Scenario = z.strictObject({
  name: z.string(),
  as_of: z.string(),
  profile: z.unknown(),
  expect: z.strictObject({
    goal: z
      .strictObject({
        specialization: z.string().nullable().optional(),
        certification: z.string().nullable().optional(),
      })
      .optional(),
    steps: z.array(StepMatch).default([]),
    no_steps: z.array(StepMatch).default([]),
    pay_now: z.string().nullable().optional(),
    pay: z.array(PayMatch).optional(),
    markdown: z.array(z.string()).default([]),
    no_markdown: z.array(z.string()).default([]),
    /** Substrings the Markdown plan holds exactly once. */
    markdown_once: z.array(z.string()).default([]),
  }),
});

type Step = ReturnType<typeof planRoadmap>['steps'][number];
const matches = (step: Step, want: z.infer<typeof StepMatch>) =>
  (want.id === undefined || step.id === want.id) &&
  (want.kind === undefined || step.kind === want.kind) &&
  (want.status === undefined || step.status === want.status) &&
  (want.start === undefined || step.start === want.start) &&
  (want.end === undefined || step.end === want.end) &&
  (want.title === undefined || step.title.includes(want.title)) &&
  (want.why === undefined || step.why.includes(want.why)) &&
  (want.pay_after === undefined || (step.pay_after?.level ?? null) === want.pay_after) &&
  (want.no_source === undefined || !step.sources.some((source) => source.url?.includes(want.no_source!)));

const dir = join(import.meta.dirname, '..', 'scenarios', 'roadmap');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();

describe('roadmap scenarios', () => {
  for (const file of files) {
    const scenario = Scenario.parse(parse(readFileSync(join(dir, file), 'utf8')));
    it(`${file}: ${scenario.name}`, () => {
      const data = builtinData();
      const profile = ProfileSchema.parse(scenario.profile);
      const report = evaluate(profile, data, { asOf: scenario.as_of });
      const roadmap = planRoadmap(profile, data, report, { asOf: scenario.as_of });
      const listing = roadmap.steps
        .map(
          (s) => `${s.id} [${s.kind}, ${s.status}, ${s.start}, pay ${s.pay_after?.level ?? '-'}] ${s.title}`,
        )
        .join('\n');
      const want = scenario.expect;
      if (want.goal?.specialization !== undefined)
        expect(roadmap.goal.specialization).toBe(want.goal.specialization);
      if (want.goal?.certification !== undefined)
        expect(roadmap.goal.certification).toBe(want.goal.certification);
      let from = 0;
      for (const step of want.steps) {
        const at = roadmap.steps.findIndex((s, i) => i >= from && matches(s, step));
        expect(at, `step ${JSON.stringify(step)} (in order) among:\n${listing}`).toBeGreaterThanOrEqual(0);
        from = at + 1;
      }
      for (const step of want.no_steps) {
        expect(
          roadmap.steps.filter((s) => matches(s, step)).map((s) => s.title),
          listing,
        ).toEqual([]);
      }
      if (want.pay_now !== undefined) {
        const now = roadmap.pay.find((p) => p.month === scenario.as_of) ?? null;
        expect(now?.level ?? null).toBe(want.pay_now);
      }
      if (want.pay !== undefined) {
        expect(
          roadmap.pay.map((p, i) => {
            const keys = Object.keys(want.pay![i] ?? { level: '' }) as (keyof z.infer<typeof PayMatch>)[];
            return Object.fromEntries(keys.map((key) => [key, p[key]]));
          }),
        ).toEqual(want.pay);
      }
      const markdown = renderMarkdown(roadmap);
      for (const text of want.markdown) expect(markdown).toContain(text);
      for (const text of want.no_markdown) expect(markdown).not.toContain(text);
      for (const text of want.markdown_once) expect(markdown.split(text).length - 1, text).toBe(1);
    });
  }
});
