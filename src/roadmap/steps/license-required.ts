import type { DraftSet } from '../draft.js';
import { type Phrase, phrase } from '../phrases/index.js';

/**
 * A license planned as a recommendation (the LCSW someone is on the way to) that a rule of the
 * plan then rests on (the C-ASWCM's license need): it is no longer optional, so its steps stop
 * saying "recommended" and "Not required for …", and it says what it is for instead.
 */
export function makeRequired(drafts: DraftSet, licenseStep: string, requirement: Phrase): void {
  const license = drafts.get(licenseStep);
  if (license?.title.code !== 'license.title' || !license.title.params.optional) return;
  license.title = phrase('license.title', { title: license.title.params.title, optional: false });
  const [first, ...rest] = license.why;
  if (first?.code === 'requirement.sentence')
    license.why = [phrase('requirement.sentence', { requirement }), ...rest];
  // Its exam and practice were marked as for the recommended license: they are the license's own now.
  for (const draft of drafts.ancestors(licenseStep, true)) {
    if (draft.title.code === 'license.recommended-for') draft.title = draft.title.params.title;
    if (draft.title.code === 'license.apply-title' && draft.title.params.optional)
      draft.title = phrase('license.apply-title', { ...draft.title.params, optional: false });
  }
}
