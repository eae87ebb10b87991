import { describe, expect, it } from 'vitest';
import { failedSummary, SUMMARY_COLUMNS, summarize } from '../../../src/cli/batch/summary.js';
import { roadmapFor } from '../../helpers/roadmap-fixture.js';

describe('summary rows', () => {
  it('counts a goal certification already held as reached now', () => {
    const roadmap = roadmapFor('Held');
    roadmap.steps = roadmap.steps.map((step) =>
      step.id === 'ccm-exam'
        ? { ...step, id: 'held-cert-ccm', status: 'done', start: null, end: null }
        : step,
    );
    expect(summarize(2, 'Held', 'reports/held.md', roadmap)).toMatchObject({
      goal: 'ccm',
      goal_month: '2026-11',
      months_to_goal: 0,
      pay_at_goal_min: 60000,
    });
  });

  it('leaves goal columns empty when no goal step was planned, and pay at goal is the last band', () => {
    const roadmap = { ...roadmapFor('No Goal'), goal: { ...roadmapFor(null).goal, certification: null } };
    expect(summarize(2, null, 'reports/x.md', roadmap)).toMatchObject({
      name: 'No Goal',
      goal: 'healthcare',
      goal_month: null,
      months_to_goal: null,
      pay_at_goal_min: 80000,
    });
  });

  it('leaves pay now empty when the plan has no figure for today, not its first later one', () => {
    const roadmap = roadmapFor('Changer');
    roadmap.pay = roadmap.pay.slice(1);
    expect(summarize(2, null, 'reports/x.md', roadmap)).toMatchObject({
      pay_now_min: null,
      pay_now_max: null,
    });
  });

  it('has every column for a failed row, empty but row, name and status', () => {
    const row = failedSummary(9, '+1 trick');
    expect(Object.keys(row)).toEqual([...SUMMARY_COLUMNS]);
    expect(Object.entries(row).filter(([, v]) => v !== null)).toEqual([
      ['row', 9],
      ['name', "'+1 trick"],
      ['status', 'failed'],
    ]);
  });
});
