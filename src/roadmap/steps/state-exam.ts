import type { PlanContext } from '../context.js';
import { type DraftSet, idPart, sourceRefs } from '../draft.js';
import { phrase } from '../phrases/index.js';
import type { StateLicenseFacts } from '../state-license.js';

/**
 * The state's own exams a license asks for besides the national one (the Texas social work
 * jurisprudence exam for the LBSW and LCSW): one step each, beside the national exam, so the
 * license waits for them and the cost answer names them. A short exam on the state's own law: the
 * sources give no time for it, so it takes no months of its own and holds up nothing (it is dated
 * when what it follows is done, beside the national exam), and it is not staggered after another. An exam the law dates while the associate
 * credential is held (the California law and ethics exam) has its own step (early-state-exam.ts).
 * Returns the steps' ids.
 */
export function stateExamSteps(
  ctx: PlanContext,
  drafts: DraftSet,
  facts: StateLicenseFacts,
  after: readonly string[],
): string[] {
  const licensure = facts.licensure;
  // A state's own nursing exams come with the national RN or LPN license's facts.
  if (licensure.source !== 'state' && licensure.state_exams.length === 0) return [];
  const early = licensure.early_state_exam?.name;
  const out: string[] = [];
  for (const [i, exam] of licensure.state_exams.entries()) {
    if (exam === early) continue;
    // One step per exam, shared by the state's licenses that ask for it (the LBSW and the LCSW).
    const id = `exam-state-${ctx.profile.state?.toLowerCase() ?? 'us'}-${idPart(exam) || i}`;
    if (!drafts.has(id))
      drafts.add({
        id,
        kind: 'exam',
        title: phrase('state-exam.title', { exam, short: facts.short }),
        why: [
          phrase('state-exam.why', {
            exam,
            short: facts.short,
            board: licensure.board ? { name: licensure.board.name, url: licensure.board.url ?? null } : null,
            where: licensure.state_name ?? licensure.state ?? null,
            national: facts.exams.length > 0,
          }),
        ],
        cost: null,
        // A nursing exam's own sources are the state's, beside the national license's.
        sources: sourceRefs(
          licensure.source === 'state' ? facts.sources : [...facts.sources, ...licensure.sources],
        ),
        duration: 0,
        after: [...after],
      });
    out.push(id);
  }
  return out;
}
