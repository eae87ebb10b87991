import type { Data } from '../../data/model.js';
import type { ProfileInput } from '../../profile/schema.js';
import type { WizardContext } from '../context.js';
import type { Choice } from '../prompter.js';
import { FIELD_DISCIPLINES } from '../relevance.js';

/** One goal answer: an area (with a recommended certification), a certification, or "recommend". */
type Goal = `area:${string}` | `cert:${string}` | 'recommend';

/**
 * What to work toward, in one question: the areas of case management that fit the person first,
 * then the certifications they could one day hold (never one whose discipline they are not in,
 * such as the ACM-RN for someone who is not a nurse), then "recommend one".
 */
export async function askGoals(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const words = ctx.words.goals;
  const before = profile.goals ?? {};
  const specializations = rankSpecializations(ctx.data, profile);
  const certifications = rankCertifications(ctx.data, profile, specializations);
  const choices: Choice<Goal>[] = [
    ...specializations.map((s) => ({
      value: `area:${s.id}` as Goal,
      name: words.goalArea(s.name),
      short: s.name,
      description: s.summary,
    })),
    ...certifications.map((c) => ({
      value: `cert:${c.id}` as Goal,
      name: words.goalCertification(c.abbreviation, c.name),
      short: c.abbreviation,
    })),
    { value: 'recommend', name: words.goalRecommend, short: words.goalRecommendShort },
  ];
  const saved: Goal | undefined = before.certification
    ? `cert:${before.certification}`
    : before.specialization
      ? `area:${before.specialization}`
      : profile.goals
        ? 'recommend'
        : undefined;
  const answer = await ctx.ask.select<Goal>({
    id: 'goals.goal',
    message: words.goal,
    choices,
    default: saved && choices.some((c) => c.value === saved) ? saved : choices[0]!.value,
  });

  const goals: NonNullable<ProfileInput['goals']> = {};
  if (before.job) goals.job = before.job;
  if (answer.startsWith('area:')) goals.specialization = answer.slice(5);
  if (answer.startsWith('cert:')) {
    const id = answer.slice(5);
    goals.certification = id;
    // The area that lists it first among those that fit the person, so the plan has an area too.
    const area =
      before.certification === id && before.specialization
        ? before.specialization
        : specializations.find((s) => s.certifications.includes(id))?.id;
    if (area) goals.specialization = area;
  }
  const next: ProfileInput = { ...profile };
  if (Object.keys(goals).length > 0) next.goals = goals;
  else delete next.goals;
  return next;
}

/** Specializations that fit the person's degrees and work settings first; data order otherwise. */
export function rankSpecializations(data: Data, profile: ProfileInput): Data['specializations'] {
  // Only fields the person named: high school and some college carry "other" by default, which
  // would otherwise rank the areas that fit "another field" first for everyone without a degree.
  const fields = new Set(
    (profile.education ?? [])
      .filter(
        (e) => e.level !== 'high-school' && e.level !== 'some-college' && e.field && e.field !== 'other',
      )
      .map((e) => e.field!),
  );
  const settings = new Set((profile.experience ?? []).map((e) => e.setting ?? 'other'));
  // As the planner weighs them: an area that lists the field first fits better than one that
  // lists it third (social work before healthcare for a BSW), and one named after it a shade
  // better still; each setting worked in counts too.
  const fieldScore = (s: Data['specializations'][number]) =>
    [...fields].reduce((sum, f) => {
      const at = s.fits_fields.indexOf(f);
      return at < 0 ? sum : sum + 10 - Math.min(at, 5) + (s.id === f ? 1 : 0);
    }, 0);
  const score = (s: Data['specializations'][number]) =>
    fieldScore(s) + 6 * s.settings.filter((x) => settings.has(x)).length;
  return data.specializations
    .map((s, index) => ({ s, index, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.s);
}

/**
 * Active certifications not yet held that the person could hold one day: open to any discipline,
 * or to one their degrees or licenses are in. Ordered by the best-fitting area that lists them.
 */
export function rankCertifications(
  data: Data,
  profile: ProfileInput,
  ranked: Data['specializations'],
): Data['certifications'] {
  const held = new Set(profile.certifications ?? []);
  const disciplines = new Set<string>(['any']);
  for (const e of profile.education ?? []) {
    const d = FIELD_DISCIPLINES[e.field ?? 'other'];
    if (d) disciplines.add(d);
  }
  for (const l of profile.licenses ?? []) {
    const d = data.byId.licenses.get(l.type)?.discipline;
    if (d) disciplines.add(d);
  }
  const place = (id: string) => {
    const at = ranked.findIndex((s) => s.certifications.includes(id));
    return at < 0 ? ranked.length : at * 100 + ranked[at]!.certifications.indexOf(id);
  };
  return data.certifications
    .filter((c) => c.status === 'active' && !held.has(c.id) && c.disciplines.some((d) => disciplines.has(d)))
    .map((c, index) => ({ c, index, place: place(c.id) }))
    .sort((a, b) => a.place - b.place || a.index - b.index)
    .map((x) => x.c);
}
