import type { PlanContext } from '../context.js';
import { type DraftSet, sourceRefs } from '../draft.js';
import { given, phrase } from '../phrases/index.js';
import { stateLicenseFacts } from '../state-license.js';

/** Months the plan gives to prepare for and sit a state's law or jurisprudence exam. */
const PREPARE_MONTHS = 2;

/**
 * A state exam the law asks for while the associate credential is held, before the national
 * exam (the California law and ethics exam in an ASW's first year). It is planned once: after the
 * registration when the plan registers the person, from now when they hold it already. Returns
 * the step's id, or null when the clinical license has no such exam in the person's state.
 */
export function earlyStateExamStep(ctx: PlanContext, drafts: DraftSet, clinicalId: string): string | null {
  const licensure = stateLicenseFacts(ctx.data, ctx.profile, clinicalId).licensure;
  const early = licensure.early_state_exam;
  if (!early || licensure.source !== 'state') return null;
  const associate = licensure.associate_license;
  const id = `exam-state-${clinicalId}`;
  if (drafts.has(id)) return id;
  const registration = associate ? `license-${associate}` : null;
  const afterRegistration = registration !== null && drafts.has(registration);
  return drafts.add({
    id,
    kind: 'exam',
    title: phrase('early-exam.title', { exam: early.name, associateTitle: licensure.associate_title }),
    why: [
      given(early.note),
      phrase('early-exam.when', {
        withinMonths: early.within_months,
        associateTitle: licensure.associate_title,
        afterRegistration,
      }),
      phrase('early-exam.prepare', { months: PREPARE_MONTHS }),
    ],
    cost: null,
    sources: sourceRefs(early.sources),
    duration: PREPARE_MONTHS,
    after: afterRegistration ? [registration] : [],
    sits: { certification: null, exam: early.name },
    dueByLaw: true,
  });
}

/** The clinical license ids whose associate credential is `associateId` and that have an early exam. */
export function clinicalWithEarlyExam(ctx: PlanContext, associateId: string): string[] {
  return ctx.data.licenses
    .filter((license) => license.tier === 'clinical')
    .map((license) => license.id)
    .filter((id) => {
      const licensure = stateLicenseFacts(ctx.data, ctx.profile, id).licensure;
      return licensure.associate_license === associateId && licensure.early_state_exam !== null;
    });
}
