import type { License } from '../../data/schema/families.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { phrase } from '../phrases/index.js';
import type { StateLicenseFacts } from '../state-license.js';

/**
 * Asking the board whether the supervised work on the profile counts toward a license, where the
 * plan counts it only as it reads the person's duties (hospital social work toward a clinical
 * license): the exams and the application wait for the answer. The question is free and answered
 * within weeks, so it holds nothing back.
 */
export function askBoardFirst(
  drafts: DraftSet,
  license: License,
  facts: StateLicenseFacts,
  months: number,
): string {
  const board = facts.licensure.board;
  return drafts.add({
    id: `ask-board-${license.id}`,
    kind: 'license',
    title: phrase('license.ask-board-title', { short: facts.short }),
    why: [
      phrase('license.ask-board-why', {
        short: facts.short,
        months,
        board: board ? { name: board.name, url: board.url ?? null } : null,
        minimum: facts.supervisionMonths,
      }),
    ],
    cost: { min: 0, max: 0 },
    sources: sourceRefs(facts.sources),
    duration: 0,
    after: [],
  });
}
