import type { ProfileInput } from '../../profile/schema.js';
import type { WizardContext } from '../context.js';
import { parseWholeNumber } from '../parse.js';
import { FIELD_DISCIPLINES } from '../relevance.js';

/**
 * Certifications already held, and continuing education. Every certification asks for work
 * experience, so without any there is nothing to ask (and nothing is asked).
 */
export async function askCertifications(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const hasExperience = (profile.experience ?? []).length > 0;
  const before = profile.certifications ?? [];
  if (!hasExperience && before.length === 0) {
    const next = { ...profile };
    delete next.certifications;
    delete next.ce_hours;
    return next;
  }
  const offered = ctx.data.certifications.filter((c) => c.status !== 'retired' || before.includes(c.id));
  const held = await ctx.ask.checkbox({
    id: 'certifications.held',
    message: 'Do you already hold any of these certifications?',
    hint: 'space to select, Enter when done; none is fine',
    choices: offered.map((c) => ({
      value: c.id,
      name: `${c.abbreviation}: ${c.name}`,
      short: c.abbreviation,
    })),
    checked: before.filter((id) => offered.some((c) => c.id === id)),
  });
  const next: ProfileInput = { ...profile, certifications: held };
  if (held.length === 0) delete next.certifications;

  if (hasExperience && ceMatters(ctx, profile)) {
    const hours = await ctx.ask.text({
      id: 'certifications.ce-hours',
      message:
        'About how many hours of continuing education in case management have you done in the last 2 years?',
      default: String(profile.ce_hours ?? 0),
      parse: (raw) => parseWholeNumber(raw, 'continuing-education hours', 0, 10_000),
    });
    if (hours > 0) next.ce_hours = hours;
    else delete next.ce_hours;
  }
  return next;
}

/** Continuing education counts only for some certifications: ask those in their discipline. */
function ceMatters(ctx: WizardContext, profile: ProfileInput): boolean {
  const wanted = ctx.relevance.ceDisciplines;
  if (wanted.has('any')) return true;
  const mine = new Set<string>();
  for (const e of profile.education ?? []) {
    const d = FIELD_DISCIPLINES[e.field ?? 'other'];
    if (d) mine.add(d);
  }
  for (const l of profile.licenses ?? []) {
    const d = ctx.data.byId.licenses.get(l.type)?.discipline;
    if (d) mine.add(d);
  }
  return [...mine].some((d) => wanted.has(d));
}
