import type { Role } from '../../core/vocabulary.js';
import { mergeSources } from '../../data/merge-sources.js';
import type { DraftSet, DraftStep } from '../draft.js';
import { phrase } from '../phrases/index.js';

/**
 * Staying in a role the person holds, when several credentials need different lengths of it (the
 * C-ASWCM's 3,000 hours, then the CCM's 24 FTE months): the stay is cut into steps, one ending at
 * each need, so that what a shorter need opens does not wait for a longer one. The first step
 * says "Keep your care coordinator role (18 more months)", each later one "Stay in your care
 * coordinator role after that (8 more months)".
 *
 * Each need keeps the id it was given (the first one the base id, later ones `<base>-to-<months>`)
 * whatever needs come after it, so an id handed out stays the end of that need; only the order of
 * the steps, their lengths and their titles follow the months.
 */
export function keepRole(
  drafts: DraftSet,
  step: DraftStep,
  role: Role,
  /** The credential the months are for; null when the step serves no named one. */
  purpose: string | null = null,
): string {
  const byBase = cutsOf.get(drafts) ?? new Map<string, Cut[]>();
  cutsOf.set(drafts, byBase);
  const existing = drafts.get(step.id);
  if (!existing || existing.fixed) {
    const id = drafts.add(step);
    // The first stay is its own first cut, with the credential it is for.
    if (!existing)
      byBase.set(step.id, [
        { months: step.duration, draft: drafts.get(id)!, after: step.after, purposes: new Set([purpose]) },
      ]);
    return id;
  }
  let cuts = byBase.get(step.id);
  // Until a second need cuts it, the first stay's length and waits are whatever the plan has made
  // them since.
  if (cuts?.length === 1 && cuts[0]!.draft === existing) {
    cuts[0]!.months = existing.duration;
    cuts[0]!.after = existing.after;
  }
  if (!cuts) {
    // A stay another module planned under this id: the credential it is for is not known.
    cuts = [{ months: existing.duration, draft: existing, after: existing.after, purposes: new Set([null]) }];
    byBase.set(step.id, cuts);
  }
  // Two needs of one credential (the C-ASWCM's 3,000 hours and its two years) open nothing apart:
  // one stay, as long as the longer, says both, rather than a cut that ends at the shorter.
  const sameCredential =
    purpose === null ? undefined : cuts.find((c) => c.purposes.size === 1 && c.purposes.has(purpose));
  if (sameCredential) {
    const { draft } = sameCredential;
    const longer = step.duration > sameCredential.months;
    draft.why = longer ? [...step.why, ...draft.why] : [...draft.why, ...step.why];
    draft.sources = mergeSources(draft.sources, step.sources);
    sameCredential.after = [...new Set([...sameCredential.after, ...step.after])];
    if (longer) {
      sameCredential.months = step.duration;
      cuts.sort((a, b) => a.months - b.months);
    }
    relink(drafts, cuts, role);
    return draft.id;
  }
  const same = cuts.find((c) => c.months === step.duration);
  if (same) {
    same.after = [...new Set([...same.after, ...step.after])];
    same.purposes.add(purpose);
    relink(drafts, cuts, role);
    return same.draft.id;
  }
  const draft = drafts.get(drafts.add({ ...step, id: `${step.id}-to-${step.duration}` }))!;
  cuts.push({ months: step.duration, draft, after: step.after, purposes: new Set([purpose]) });
  cuts.sort((a, b) => a.months - b.months);
  relink(drafts, cuts, role);
  return draft.id;
}

interface Cut {
  /** Months of the role from the start of the stay to the end of this need. */
  months: number;
  draft: DraftStep;
  /** What this need's stay waits for before it starts (a degree the months must follow). */
  after: string[];
  /** The credentials whose needs end here. */
  purposes: Set<string | null>;
}

/** The cut points of each role's stay, per plan being built (scratch plans have their own). */
const cutsOf = new WeakMap<DraftSet, Map<string, Cut[]>>();

/**
 * Chains the steps in order of their months: lengths, titles, and waits from the cut before. The
 * first step waits for what the needs start after (a degree the months must follow), and each
 * keeps what other modules made it wait for, except a wait that would close a circle (a license
 * whose own steps count on this stay).
 */
function relink(drafts: DraftSet, cuts: Cut[], role: Role): void {
  const startsAfter = [...new Set(cuts.flatMap((c) => c.after))];
  const ids = new Set(cuts.map((c) => c.draft.id));
  const own = cuts.map((c) => c.draft.after.filter((id) => !ids.has(id)));
  cuts.forEach((cut, i) => {
    const previous = cuts[i - 1];
    const months = cut.months - (previous?.months ?? 0);
    cut.draft.duration = months;
    cut.draft.after = previous ? [previous.draft.id] : [];
    cut.draft.title = phrase(previous ? 'experience.keep-on' : 'experience.keep', { role, months });
    // What the person has is today's figure: a later step says the stay before it adds to it.
    cut.draft.why = cut.draft.why.map((p) =>
      p.code === 'experience.have' ? phrase('experience.have', { have: p.params.have, earlier: i > 0 }) : p,
    );
  });
  cuts.forEach((cut, i) => {
    drafts.waitFor(cut.draft.id, i === 0 ? [...startsAfter, ...own[i]!] : own[i]!);
  });
}
