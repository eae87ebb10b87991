import { LICENSE_STATUSES, type LicenseStatus, US_STATES, type UsState } from '../../core/vocabulary.js';
import type { License } from '../../data/schema/families.js';
import type { ProfileInput } from '../../profile/schema.js';
import type { EducationInput, LicenseInput, WizardContext } from '../context.js';
import { STATE_NAMES } from '../labels.js';
import { degreeConditionsIn, degreeMatches, FIELD_DISCIPLINES } from '../relevance.js';

const STATUS_LABELS: Record<LicenseStatus, string> = {
  active: 'Active, no restrictions',
  restricted: 'Active with conditions (probation, restrictions)',
  inactive: 'Inactive or lapsed',
};

/** Not a licence id (ids are kebab-case): the box for "one of mine is not active". */
const NOT_ACTIVE = '(not-active)';

/** Licences held, whether they are in good standing, where, and exams passed without a licence. */
export async function askLicences(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const before = profile.licenses ?? [];
  // Only licences the finished degrees could lead to (a BSW student is not offered the LCSW).
  const finished = (profile.education ?? []).filter((e) => (e.status ?? 'completed') === 'completed');
  const offered = ctx.data.licenses.filter(
    (l) => before.some((b) => b.type === l.id) || degreeAllows(l, finished),
  );
  // Most licences are active: rather than a question each, one extra box says "some are not".
  const picked = await ctx.ask.checkbox({
    id: 'licences.held',
    message: 'Which licences do you hold?',
    hint: 'space to select, Enter when done; none is fine',
    choices: [
      ...offered.map((l) => ({
        value: l.id,
        name: `${l.abbreviation}: ${l.name}`,
        short: l.abbreviation,
      })),
      { value: NOT_ACTIVE, name: '(One of mine is inactive, lapsed or restricted)', short: 'not all active' },
    ],
    checked: [
      ...before.map((l) => l.type).filter((t) => ctx.data.byId.licenses.has(t)),
      ...(before.some((l) => (l.status ?? 'active') !== 'active') ? [NOT_ACTIVE] : []),
    ],
  });
  const held = picked.filter((id) => id !== NOT_ACTIVE);

  const licenses: LicenseInput[] = held.map((type) => ({ type }));
  if (picked.includes(NOT_ACTIVE)) {
    for (const licence of licenses) {
      const name = ctx.data.byId.licenses.get(licence.type)?.abbreviation ?? licence.type;
      const status = await ctx.ask.select<LicenseStatus>({
        id: `licences.${licence.type}.status`,
        message: `What is the status of your ${name} licence?`,
        choices: LICENSE_STATUSES.map((s) => ({ value: s, name: STATUS_LABELS[s] })),
        default: before.find((l) => l.type === licence.type)?.status ?? 'active',
      });
      if (status !== 'active') licence.status = status;
    }
  }

  let state = profile.state;
  const byState = licenses.some((l) => ctx.data.byId.licenses.get(l.type)?.varies_by_state);
  if (byState) {
    state = await askState(
      ctx,
      'licences.state',
      licenses.length === 1 ? 'In which state is your licence?' : 'In which state are your licences?',
      before[0]?.state ?? profile.state,
    );
    for (const licence of licenses) if (state) licence.state = state;
  }

  const exams = await askExams(ctx, profile, licenses);
  const next: ProfileInput = { ...profile, licenses, exams_passed: exams };
  if (state) next.state = state;
  else delete next.state;
  if (exams.length === 0) delete next.exams_passed;
  return next;
}

/**
 * Exams a certification accepts on their own, passed without (yet) holding the licence they lead
 * to: offered only to people whose finished degree meets that licence's degree requirement (an
 * ASWB Bachelors pass is a question for a BSW graduate, not for a nurse).
 */
async function askExams(
  ctx: WizardContext,
  profile: ProfileInput,
  licenses: LicenseInput[],
): Promise<string[]> {
  const implied = new Set(licenses.flatMap((l) => ctx.data.byId.licenses.get(l.type)?.exams ?? []));
  const finished = (profile.education ?? []).filter((e) => (e.status ?? 'completed') === 'completed');
  const within = (licence: License) =>
    degreeConditionsIn(licence.requires).length > 0
      ? degreeAllows(licence, finished)
      : finished.some((e) => FIELD_DISCIPLINES[e.field ?? 'other'] === licence.discipline);
  const candidates = [...ctx.relevance.exams].filter(
    (id) =>
      !implied.has(id) &&
      ctx.data.byId.exams.has(id) &&
      ctx.data.licenses.some((l) => l.exams.includes(id) && within(l)),
  );
  if (candidates.length === 0) return [];
  return ctx.ask.checkbox({
    id: 'licences.exams',
    message: 'Have you passed any of these exams?',
    hint: 'space to select, Enter when done; none is fine',
    choices: candidates.map((id) => ({ value: id, name: ctx.data.byId.exams.get(id)?.name ?? id })),
    checked: (profile.exams_passed ?? []).filter((id) => candidates.includes(id)),
  });
}

/** The licence asks for no degree, or one of these finished degrees meets its degree requirement. */
function degreeAllows(licence: License, finished: readonly EducationInput[]): boolean {
  const degrees = degreeConditionsIn(licence.requires);
  return (
    degrees.length === 0 ||
    degrees.some((c) => finished.some((e) => degreeMatches(c, e.level, e.field ?? 'other')))
  );
}

/** A US state by name or code, typed to filter; "not in the US" is always offered. */
export async function askState(
  ctx: WizardContext,
  id: string,
  message: string,
  before: string | undefined,
): Promise<UsState | undefined> {
  const answer = await ctx.ask.search<UsState | null>({
    id,
    message,
    choices: [
      ...US_STATES.map((code) => ({
        value: code,
        name: `${STATE_NAMES[code]} (${code})`,
        short: STATE_NAMES[code],
      })),
      { value: null, name: 'Not in the US, or not sure', short: 'not given' },
    ],
    default: before as UsState | undefined,
  });
  return answer ?? undefined;
}
