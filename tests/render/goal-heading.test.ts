import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text/index.js';
import type { Roadmap } from '../../src/roadmap/types.js';
import { roadmapFor } from '../helpers/roadmap-fixture.js';

/** The same plan with the goal chosen by the tool, or the certification named by the person. */
const withGoal = (goal: Partial<Roadmap['goal']>): Roadmap => {
  const base = roadmapFor('Ana');
  return { ...base, goal: { ...base.goal, recommended: true, why: 'Healthcare fits you.', ...goal } };
};

describe('the goal heading says whose choice the certification is', () => {
  it('suggested when the tool chose it, plain when the person named it', () => {
    const suggested = withGoal({});
    const named = withGoal({ certification_chosen: true });
    expect(renderText(suggested, { width: 80 })).toContain('Suggested goal:');
    expect(renderText(named, { width: 80 })).not.toContain('Suggested goal:');
    expect(renderText(named, { width: 80 })).toContain('Goal:');
    expect(renderHtml(suggested)).toContain('Suggested goal:');
    expect(renderHtml(named)).not.toContain('Suggested goal:');
    expect(renderMarkdown(suggested)).toContain('— recommended for you');
    expect(renderMarkdown(named)).toContain('— the area recommended for you');
  });
});
