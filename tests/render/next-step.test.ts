import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderText } from '../../src/render/text/index.js';
import type { Roadmap, RoadmapStep } from '../../src/roadmap/types.js';
import { roadmapFor } from '../helpers/roadmap-fixture.js';

/** A plan whose first next step is an entry job taken while studying, optional, then the degree. */
const studying = (optional: boolean): Roadmap => {
  const base = roadmapFor('Ana');
  const template = base.steps[0]!;
  const step = (id: string, title: string, extra: Partial<RoadmapStep> = {}): RoadmapStep => ({
    ...template,
    id,
    title,
    status: 'next',
    start: base.as_of,
    end: base.as_of,
    ...extra,
  });
  return {
    ...base,
    steps: [
      step('entry-job', 'Find a job as a case management assistant while you study (optional)', {
        ...(optional ? { optional: true as const } : {}),
      }),
      step('degree-adn', 'Earn an Associate Degree in Nursing (ADN)'),
    ],
  };
};

describe('the next step the header names', () => {
  it('is the first step the plan waits for, not an optional side job', () => {
    for (const page of [renderText(studying(true), { width: 100 }), renderHtml(studying(true))]) {
      expect(page).toMatch(/Next step:(<\/strong>)? Earn an Associate Degree in Nursing/);
      expect(page).not.toMatch(/Next step:(<\/strong>)? Find a job/);
    }
  });

  it('is a degree under way before an optional next step', () => {
    const plan = studying(true);
    plan.steps[1] = { ...plan.steps[1]!, status: 'in-progress' };
    expect(renderText(plan, { width: 100 })).toMatch(/Next step: Earn an Associate Degree in Nursing/);
  });

  it('is the first next step when none is marked optional', () => {
    expect(renderText(studying(false), { width: 100 })).toMatch(/Next step: Find a job/);
  });
});
