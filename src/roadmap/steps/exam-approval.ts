import type { PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { phrase } from '../phrases/index.js';
import { stateLicenseFacts } from '../state-license.js';
import { isLicenseApplication } from './license-apply.js';

/**
 * A licensing exam a certification's rule takes on its own (the ASWB Masters for the C-ASWCM) is
 * sat only once a state board approves the candidate, and the approval comes with an application
 * for a license that uses the exam (Pennsylvania's LSW). When no application of the plan comes
 * before the exam, its step says which license to apply for, and to whom, rather than leaving the
 * person to find that ASWB will not register them.
 */
export function examNeedsABoard(ctx: PlanContext, drafts: DraftSet): void {
  if (!ctx.profile.state) return;
  for (const draft of drafts.all()) {
    if (draft.fixed || draft.kind !== 'exam' || !draft.id.startsWith('exam-')) continue;
    // Only an exam a certification's rule takes on its own: a license's exam is planned with the
    // license's application (or the state's own rule for it).
    const [first] = draft.why;
    const forACertification =
      first?.code === 'requirement.sentence' &&
      first.params.requirement.code === 'requirement.for' &&
      first.params.requirement.params.purpose?.license === false;
    if (!forACertification) continue;
    const examId = draft.id.slice('exam-'.length);
    // An application of the plan already approves the person for it.
    if ((draft.endsAfter ?? []).some((id) => isLicenseApplication(id) && drafts.has(id))) continue;
    const through = ctx.data.licenses
      .filter((l) => !l.state && l.exams.includes(examId))
      .map((l) => ({ license: l, facts: stateLicenseFacts(ctx.data, ctx.profile, l.id) }))
      .find(
        ({ facts }) => facts.licensure.source === 'state' && facts.available && facts.exams.includes(examId),
      );
    if (!through) continue;
    const { facts } = through;
    const exam = ctx.data.byId.exams.get(examId);
    draft.why.push(
      phrase('credential.exam-through-license', {
        owner: (exam && ctx.data.byId.organizations.get(exam.issuer)?.abbreviation) ?? null,
        short: facts.short,
        state: facts.licensure.state_name ?? ctx.profile.state,
        board: facts.licensure.board?.name ?? null,
      }),
    );
  }
}
