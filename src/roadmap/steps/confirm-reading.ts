import type { Certification } from '../../data/schema/families.js';
import type { PlanContext } from '../context.js';
import type { DraftSet } from '../draft.js';
import { phrase } from '../phrases/index.js';

/**
 * A goal the person can apply for now only as the plan reads their work (care coordination
 * counted as case management, a bachelor's-level license as one that allows independent
 * assessment): before the paid application, a step asks the issuer to confirm, and the
 * application waits for the answer. Returns the step's id, or null where nothing rests on a
 * reading or the person is not eligible now.
 */
export function confirmReadingFirst(
  ctx: PlanContext,
  drafts: DraftSet,
  cert: Certification,
  goalStep: string,
  issuer: string,
  restsOnReading: boolean,
  /** Also once the plan's earlier steps open it (the CCM after the CDMS), not only when open now. */
  later = false,
): string | null {
  const now = ctx.verdicts.get(cert.id)?.status === 'eligible';
  if (!restsOnReading || (!now && !later)) return null;
  // The plan already asks the issuer about the same work.
  if (drafts.has(`ask-duties-${cert.id}`)) return null;
  const id = drafts.add({
    id: `confirm-reading-${cert.id}`,
    kind: 'certification',
    title: phrase('ask-duties.confirm-title', { issuer, abbreviation: cert.abbreviation }),
    why: [phrase('ask-duties.confirm-why', { issuer, abbreviation: cert.abbreviation, now })],
    cost: { min: 0, max: 0 },
    sources: [],
    // A question answered within weeks, asked as the application is prepared: it holds nothing back.
    duration: 0,
    after: [],
  });
  drafts.waitFor(goalStep, [id]);
  return id;
}
