import { STATE_NAMES } from '../../core/state-names.js';
import { LICENSE_STATUSES, type LicenseStatus, US_STATES, type UsState } from '../../core/vocabulary.js';
import type { License } from '../../data/schema/families.js';
import type { ProfileInput } from '../../profile/schema.js';
import type { EducationInput, LicenseInput, WizardContext } from '../context.js';
import { certificationsInReach, degreeConditionsIn, degreeMatches, FIELD_DISCIPLINES } from '../relevance.js';

/** Not a license id (ids are kebab-case): the box for "one of mine is not active". */
const NOT_ACTIVE = '(not-active)';

/** Certifications listed with the licenses, as `cert:<id>` (ids are kebab-case, so no clash). */
const CERT = 'cert:';

/**
 * Licenses held (and whether they are in good standing), exams passed without the license, and
 * certifications already held: one list, offered only what the person's degrees could lead to.
 * Then the state, always: licenses, pay and the plan all depend on it.
 */
export async function askLicenses(ctx: WizardContext, profile: ProfileInput): Promise<ProfileInput> {
  const words = ctx.words.licenses;
  const before = profile.licenses ?? [];
  const heldCerts = profile.certifications ?? [];
  // Only licenses the finished degrees could lead to (a BSW student is not offered the LCSW).
  const finished = (profile.education ?? []).filter((e) => (e.status ?? 'completed') === 'completed');
  const offered = ctx.data.licenses.filter(
    (l) => before.some((b) => b.type === l.id) || degreeAllows(l, finished),
  );
  const exams = examCandidates(ctx, profile);
  const certs = certificationsOffered(
    ctx,
    finished,
    offered.map((l) => l.id),
    heldCerts,
  );

  const choices = [
    ...offered.map((l) => ({ value: l.id, name: `${l.abbreviation}: ${l.name}`, short: l.abbreviation })),
    ...exams.map((id) => {
      const exam = words.exam(ctx.data.byId.exams.get(id)?.name ?? id);
      return { value: id, name: words.passedExam(exam), short: exam };
    }),
    ...certs.map((c) => ({
      value: `${CERT}${c.id}`,
      name: `${c.abbreviation}: ${c.name}`,
      short: c.abbreviation,
    })),
  ];
  let picked: string[] = [];
  if (choices.length > 0) {
    // Most licenses are active: rather than a question each, one extra box says "some are not".
    if (offered.length > 0)
      choices.push({ value: NOT_ACTIVE, name: words.notAllActive, short: words.notAllActiveShort });
    picked = await ctx.ask.checkbox({
      id: 'licenses.held',
      message: exams.length + certs.length > 0 ? words.held : words.heldLicensesOnly,
      hint: words.heldHint,
      choices,
      checked: [
        ...before.map((l) => l.type).filter((t) => offered.some((l) => l.id === t)),
        ...(before.some((l) => (l.status ?? 'active') !== 'active') ? [NOT_ACTIVE] : []),
        ...(profile.exams_passed ?? []).filter((id) => exams.includes(id)),
        ...heldCerts.filter((id) => certs.some((c) => c.id === id)).map((id) => `${CERT}${id}`),
      ],
    });
  }
  const held = picked.filter((id) => offered.some((l) => l.id === id));

  const licenses: LicenseInput[] = held.map((type) => ({ type }));
  if (picked.includes(NOT_ACTIVE)) {
    for (const license of licenses) {
      const name = ctx.data.byId.licenses.get(license.type)?.abbreviation ?? license.type;
      const status = await ctx.ask.select<LicenseStatus>({
        id: `licenses.${license.type}.status`,
        message: words.licenseStatus(name),
        choices: LICENSE_STATUSES.map((s) => ({ value: s, name: ctx.words.labels.licenseStatus[s] })),
        // The saved answer; else, with one license said not to be active, the answer that claims
        // nothing ("inactive"), so a stray Enter does not undo the box just ticked.
        default:
          before.find((l) => l.type === license.type)?.status ??
          (licenses.length === 1 ? 'inactive' : 'active'),
      });
      if (status !== 'active') license.status = status;
    }
  }

  const byState = licenses.filter((l) => ctx.data.byId.licenses.get(l.type)?.varies_by_state);
  const state = await askState(
    ctx,
    'licenses.state',
    byState.length > 0 ? words.stateOfLicense(byState.length) : words.stateToWork,
    before.find((l) => l.state)?.state ?? profile.state,
  );
  for (const license of byState) if (state) license.state = state;

  // An exam is implied by the license it leads to: holding both says the exam once.
  const implied = new Set(licenses.flatMap((l) => ctx.data.byId.licenses.get(l.type)?.exams ?? []));
  const passed = picked.filter((id) => exams.includes(id) && !implied.has(id));
  const certifications = [
    ...picked.filter((id) => id.startsWith(CERT)).map((id) => id.slice(CERT.length)),
    // Certifications not offered here (retired ones, say) are kept as they were.
    ...heldCerts.filter((id) => !certs.some((c) => c.id === id)),
  ];
  const next: ProfileInput = { ...profile, licenses, exams_passed: passed, certifications };
  if (state) next.state = state;
  else delete next.state;
  if (passed.length === 0) delete next.exams_passed;
  if (certifications.length === 0) delete next.certifications;
  if (licenses.length === 0) delete next.licenses;
  return next;
}

/**
 * Certifications a person could already hold: active ones whose routes open with one of their
 * finished degrees or a license their degrees lead to (a career changer with no degree is
 * offered none), and any they said they hold.
 */
function certificationsOffered(
  ctx: WizardContext,
  finished: readonly EducationInput[],
  licenses: readonly string[],
  held: readonly string[],
) {
  const reach = new Set(
    certificationsInReach(ctx.relevance, Number.POSITIVE_INFINITY, finished, licenses).map((c) => c.id),
  );
  return ctx.data.certifications.filter(
    (c) => held.includes(c.id) || (c.status === 'active' && reach.has(c.id)),
  );
}

/**
 * Exams a certification accepts on their own, passed without (yet) holding the license they lead
 * to: offered only to people whose finished degree meets that license's degree requirement (an
 * ASWB Bachelors pass is a question for a BSW graduate, not for a nurse).
 */
function examCandidates(ctx: WizardContext, profile: ProfileInput): string[] {
  const finished = (profile.education ?? []).filter((e) => (e.status ?? 'completed') === 'completed');
  const within = (license: License) =>
    degreeConditionsIn(license.requires).length > 0
      ? degreeAllows(license, finished)
      : finished.some((e) => FIELD_DISCIPLINES[e.field ?? 'other'] === license.discipline);
  // Exams a held license implies are dropped once the answers are in.
  return [...ctx.relevance.exams].filter(
    (id) => ctx.data.byId.exams.has(id) && ctx.data.licenses.some((l) => l.exams.includes(id) && within(l)),
  );
}

/** The license asks for no degree, or one of these finished degrees meets its degree requirement. */
function degreeAllows(license: License, finished: readonly EducationInput[]): boolean {
  const degrees = degreeConditionsIn(license.requires);
  // A license that names no degree (the LPN) still takes schooling in its discipline.
  if (degrees.length === 0)
    return finished.some((e) => FIELD_DISCIPLINES[e.field ?? 'other'] === license.discipline);
  return degrees.some((c) => finished.some((e) => degreeMatches(c, e.level, e.field ?? 'other')));
}

/** A US state by name or code, typed to filter; "not in the US" is always offered. */
export async function askState(
  ctx: WizardContext,
  id: string,
  message: string,
  before: string | undefined,
): Promise<UsState | undefined> {
  const words = ctx.words.licenses;
  const names = ctx.words.labels.state;
  const unsure = { value: null, name: words.notInUs, short: words.notInUsShort };
  const answer = await ctx.ask.search<UsState | null>({
    id,
    message,
    // With no saved answer, the cursor starts on "not sure", never on a state nobody chose.
    choices: [
      ...(before ? [] : [unsure]),
      ...US_STATES.map((code) => ({
        value: code,
        name: `${names[code]} (${code})`,
        short: names[code],
        // "new york" finds Nueva York.
        ...(names[code] === STATE_NAMES[code] ? {} : { keywords: STATE_NAMES[code] }),
      })),
      ...(before ? [unsure] : []),
    ],
    default: before as UsState | undefined,
  });
  return answer ?? undefined;
}
