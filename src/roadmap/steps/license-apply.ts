import type { License } from '../../data/schema/families.js';
import { ASSUME } from '../context.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { phrase } from '../phrases/index.js';
import type { StateLicenseFacts } from '../state-license.js';

const APPLICATION = 'apply-license-';

/** Whether a step is a board application made by `applicationStep`. */
export function isLicenseApplication(id: string): boolean {
  return id.startsWith(APPLICATION);
}

/**
 * Applying to the board for a license whose exam it approves you for: the first of the license's
 * three moments (apply, pass the exam, receive the license).
 */
export function applicationStep(
  drafts: DraftSet,
  license: License,
  facts: StateLicenseFacts,
  after: string[],
  optional: boolean,
  examNames: readonly string[],
): string {
  const { licensure } = facts;
  const board = licensure.source === 'state' && licensure.board ? licensure.board : null;
  return drafts.add({
    id: `${APPLICATION}${license.id}`,
    kind: 'license',
    title: phrase('license.apply-title', {
      short: facts.short,
      where: licensure.state_name ?? null,
      optional,
    }),
    why: [
      phrase('license.apply-why', {
        board: board?.name ?? null,
        exams: { names: examNames, mode: facts.examsMode },
        short: facts.short,
        months: ASSUME.licenseProcessingMonths,
        url: board?.url ?? null,
        boardFirst: licensure.exam_approval === 'board-first',
      }),
    ],
    cost: licenseFee(license, facts),
    sources: sourceRefs(facts.sources),
    duration: ASSUME.licenseProcessingMonths,
    after,
  });
}

/** The fee to apply for the license: the state board's where the data gives it, else the national one. */
export function licenseFee(license: License, facts: StateLicenseFacts): { min: number; max: number } | null {
  const fee = facts.licensure.application_fee_usd;
  return fee === null ? license.fee_usd : { min: fee, max: fee };
}
