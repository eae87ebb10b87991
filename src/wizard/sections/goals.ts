import type { Data } from '../../data/model.js';
import type { Rule } from '../../data/schema/rules.js';
import type { ProfileInput } from '../../profile/schema.js';
import type { WizardContext } from '../context.js';
import type { Choice } from '../prompter.js';
import { askState } from './licences.js';

/** What to work toward: an area of case management, and a certification or a recommendation. */
export async function askGoals(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const before = profile.goals ?? {};
  const specializations = rankSpecializations(ctx.data, profile);
  const specialization = await ctx.ask.select<string | null>({
    id: 'goals.specialization',
    message: 'Which area of case management interests you most?',
    choices: [
      ...specializations.map((s) => ({ value: s.id, name: s.name, description: s.summary })),
      { value: null, name: 'Not sure yet: recommend one for me', short: 'recommend one' },
    ],
    default: before.specialization ?? specializations[0]?.id ?? null,
  });

  const held = new Set(profile.certifications ?? []);
  const spec = specialization ? ctx.data.byId.specializations.get(specialization) : undefined;
  const preferred = (spec?.certifications ?? []).filter((id) => ctx.data.byId.certifications.has(id));
  const open = ctx.data.certifications.filter((c) => c.status === 'active' && !held.has(c.id));
  const ordered = [
    ...preferred.map((id) => open.find((c) => c.id === id)).filter((c) => c !== undefined),
    ...open.filter((c) => !preferred.includes(c.id)),
  ];
  const certChoices: Choice<string | null>[] = [
    {
      value: null,
      name: 'Recommend one for me',
      short: 'recommend one',
      description: spec ? `The best fit for ${spec.name.toLowerCase()} from where you stand.` : undefined,
    },
    ...ordered.map((c) => ({ value: c.id, name: `${c.abbreviation}: ${c.name}`, short: c.abbreviation })),
  ];
  // Not sure of the area: a certification follows from the recommended one, so do not ask it.
  const certification =
    specialization === null
      ? null
      : await ctx.ask.select<string | null>({
          id: 'goals.certification',
          message: 'Is there a certification you want to aim for?',
          choices: certChoices,
          default: before.certification ?? null,
        });

  const next: ProfileInput = { ...profile };
  const goals: NonNullable<ProfileInput['goals']> = {};
  if (specialization) goals.specialization = specialization;
  if (certification) goals.certification = certification;
  if (Object.keys(goals).length > 0) next.goals = goals;
  else delete next.goals;

  // A goal that needs a licence the person lacks makes the state matter (licence rules vary by state).
  const target = certification ?? preferred[0];
  if (!next.state && target && needsLicenceNotHeld(ctx.data, target, profile)) {
    const state = await askState(
      ctx,
      'goals.state',
      'In which state do you live or plan to work?',
      undefined,
    );
    if (state) next.state = state;
  }
  return next;
}

/** Specializations that fit the person's degrees and work settings first; data order otherwise. */
export function rankSpecializations(data: Data, profile: ProfileInput): Data['specializations'] {
  const fields = new Set((profile.education ?? []).map((e) => e.field ?? 'other'));
  const settings = new Set((profile.experience ?? []).map((e) => e.setting ?? 'other'));
  const score = (s: Data['specializations'][number]) =>
    2 * s.fits_fields.filter((f) => fields.has(f)).length + s.settings.filter((x) => settings.has(x)).length;
  return data.specializations
    .map((s, index) => ({ s, index, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.s);
}

function licencesIn(rule: Rule, into: Set<string>): Set<string> {
  if ('all' in rule) for (const r of rule.all) licencesIn(r, into);
  else if ('any' in rule) for (const r of rule.any) licencesIn(r, into);
  else if ('license' in rule) for (const id of rule.license.types) into.add(id);
  return into;
}

/** Every route of the certification names a state-issued licence, and the person holds none of them. */
function needsLicenceNotHeld(data: Data, certificationId: string, profile: ProfileInput): boolean {
  const cert = data.byId.certifications.get(certificationId);
  if (!cert || cert.routes.length === 0) return false;
  const held = new Set((profile.licenses ?? []).map((l) => l.type));
  return cert.routes.every((route) => {
    const named = [...licencesIn(route.rule, new Set())];
    return (
      named.some((id) => data.byId.licenses.get(id)?.varies_by_state) && !named.some((id) => held.has(id))
    );
  });
}
