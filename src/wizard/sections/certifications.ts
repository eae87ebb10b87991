import type { ProfileInput } from '../../profile/schema.js';
import type { WizardContext } from '../context.js';
import { parseWholeNumber } from '../parse.js';
import { certificationsInReach } from '../relevance.js';

/**
 * Certifications already held, and continuing education: asked only of people who could be on a
 * route to some certification (enough experience, and a finished degree or a licence that opens
 * one). A student with a few months of volunteering is asked neither.
 */
export async function askCertifications(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const before = profile.certifications ?? [];
  const total = (profile.experience ?? []).reduce((sum, e) => sum + e.months, 0);
  const finished = (profile.education ?? []).filter((e) => (e.status ?? 'completed') === 'completed');
  const licences = (profile.licenses ?? []).map((l) => l.type);
  const inReach = certificationsInReach(ctx.relevance, total, finished, licences);
  const next: ProfileInput = { ...profile };
  delete next.certifications;
  delete next.ce_hours;

  if (inReach.length > 0 || before.length > 0) {
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
    if (held.length > 0) next.certifications = held;
  }

  if (inReach.some((c) => c.usesCe)) {
    const hours = await ctx.ask.text({
      id: 'certifications.ce-hours',
      message:
        'About how many hours of continuing education in case management have you done in the last 2 years?',
      default: String(profile.ce_hours ?? 0),
      parse: (raw) => parseWholeNumber(raw, 'continuing-education hours', 0, 10_000),
    });
    if (hours > 0) next.ce_hours = hours;
  }
  return next;
}
