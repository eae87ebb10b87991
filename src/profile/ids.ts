import { type Diagnostic, didYouMean, formatPath, type PathSegment } from '../core/diagnostic.js';
import { EARLIEST_MONTH, isMonthInRange, LATEST_MONTH } from '../core/month.js';
import type { Data } from '../data/model.js';
import { licensureFor, sectionOf, stateFor } from '../data/state-licensure.js';
import type { ParsedSource } from '../data/yaml-source.js';
import type { Profile } from './schema.js';

// The checks of a profile against the loaded data. Kept apart from parse.ts (which re-exports
// them) so the CLI's quick path (read.ts) reaches them without loading zod.

/** Ids the profile names must exist in the data: licenses, certifications, exams, coursework, goals. */
export function checkProfileIds(profile: Profile, data: Data, source?: ParsedSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (id: string, known: ReadonlyMap<string, unknown>, what: string, path: PathSegment[]) => {
    if (known.has(id)) return;
    const at = source?.locate(path) ?? { line: 1, column: 1 };
    out.push({
      file: source?.file ?? 'profile',
      ...at,
      severity: 'error',
      code: 'unknown-id',
      path: formatPath(path),
      message: `unknown ${what} "${id}"${didYouMean(id, known.keys())}; known: ${[...known.keys()].join(', ')}`,
    });
  };
  profile.licenses.forEach((license, i) => {
    check(license.type, data.byId.licenses, 'license', ['licenses', i, 'type']);
    const problem = stateTitleProblem(data, license.type, license.state ?? profile.state);
    // A title held first under another (Michigan's LLMSW) is said in the same warning as the name.
    const first =
      problem?.severity === 'error'
        ? null
        : heldFirstProblem(data, license.type, license.state ?? profile.state);
    if (problem || first) {
      const path: PathSegment[] = ['licenses', i, 'type'];
      out.push({
        file: source?.file ?? 'profile',
        ...(source?.locate(path) ?? { line: 1, column: 1 }),
        severity: problem?.severity ?? 'warning',
        code: problem ? 'no-such-title' : 'title-held-first',
        path: formatPath(path),
        message: [problem?.message, first].filter(Boolean).join('. '),
      });
    }
  });
  profile.certifications.forEach((id, i) => {
    check(id, data.byId.certifications, 'certification', ['certifications', i]);
  });
  profile.exams_passed.forEach((id, i) => {
    check(id, data.byId.exams, 'exam', ['exams_passed', i]);
  });
  profile.education.forEach((entry, i) => {
    entry.coursework.forEach((id, j) => {
      check(id, data.byId.coursework, 'coursework', ['education', i, 'coursework', j]);
    });
  });
  // Dates far outside a working life would plan into months YYYY-MM cannot write.
  const month = (value: string | undefined, path: PathSegment[]) => {
    if (value === undefined || isMonthInRange(value)) return;
    out.push({
      file: source?.file ?? 'profile',
      ...(source?.locate(path) ?? { line: 1, column: 1 }),
      severity: 'error',
      code: 'month-range',
      path: formatPath(path),
      message: `${value} is outside the months this tool plans with (${EARLIEST_MONTH} to ${LATEST_MONTH})`,
    });
  };
  profile.education.forEach((entry, i) => {
    month(entry.completed, ['education', i, 'completed']);
  });
  profile.experience.forEach((entry, i) => {
    month(entry.start, ['experience', i, 'start']);
    month((entry as { end?: string }).end, ['experience', i, 'end']);
  });
  if (profile.goals?.specialization) {
    check(profile.goals.specialization, data.byId.specializations, 'specialization', [
      'goals',
      'specialization',
    ]);
  }
  // The jobs family is new in 0.2: older data (or an overlay without it) has nothing to check against.
  const jobs = (data.byId as Partial<Record<string, ReadonlyMap<string, unknown>>>).jobs;
  if (profile.goals?.job && jobs) check(profile.goals.job, jobs, 'job', ['goals', 'job']);
  if (profile.goals?.certification) {
    check(profile.goals.certification, data.byId.certifications, 'certification', ['goals', 'certification']);
  }
  return out;
}

/**
 * A state title that is held first under another (Michigan's LMSW after the limited LLMSW,
 * Illinois' LCPC after the LPC): a person who holds the first one and writes the full one would be
 * planned as if they held it. Say so, and name the first one's id where the data has one.
 */
export function heldFirstProblem(
  data: Data,
  licenseId: string,
  stateCode: string | undefined,
): string | null {
  const facts = heldFirstFacts(data, licenseId, stateCode);
  if (!facts) return null;
  const { state, title, limited, limitedId } = facts;
  if (limitedId)
    return `${state} issues the ${title} only after the ${limited}: \`${licenseId}\` is read as the full ${title}. If what you hold is the ${limited}, write \`${limitedId}\` instead`;
  const board = facts.board ? `the ${facts.board}` : `the ${state} board`;
  return `${state} issues the ${title} only after the ${limited}, which a profile cannot name yet: \`${licenseId}\` is read as the full ${title}. If what you hold is the ${limited}, the plan counts a license you do not have yet; ask ${board} what the ${title} still takes`;
}

/** The facts behind {@link heldFirstProblem}, for a plan to say them in its own words. */
export interface HeldFirstFacts {
  state: string;
  title: string;
  /** The title held first (the LLMSW). */
  limited: string;
  /** Its license id where the data has one (a profile can name it); null otherwise. */
  limitedId: string | null;
  board: string | null;
}

export function heldFirstFacts(
  data: Data,
  licenseId: string,
  stateCode: string | undefined,
): HeldFirstFacts | null {
  if (!stateCode || !data.byId.licenses.has(licenseId)) return null;
  const licensure = licensureFor(data, stateCode, licenseId);
  if (licensure.source !== 'state' || !licensure.associate_title) return null;
  const state = licensure.state_name ?? stateCode.toUpperCase();
  const title = licensure.title ?? data.byId.licenses.get(licenseId)!.abbreviation;
  const limited = licensure.associate_title;
  // A limited license named like the full one (the LLMSW beside the LMSW) is easily written as
  // the full one; an associate title of another name (the NC LCSWA) is not.
  if (licensure.associate_license && (!limited.endsWith(title) || limited === title)) return null;
  return {
    state,
    title,
    limited,
    limitedId: licensure.associate_license ?? null,
    board: licensure.board?.name ?? null,
  };
}

export interface StateTitleProblem {
  /** error: the state issues no such title; warning: it does, under another name. */
  severity: 'error' | 'warning';
  message: string;
}

/**
 * A license id the state does not issue: "California has no LMSW; did you mean the ASW
 * registration (ca-asw)?", or a title of another state. A national id the state issues under its
 * own name (Illinois calls its master's-level license the LSW) is only a warning: that id is how a
 * profile says it. Null when the state's data is missing or the title fits.
 */
export function stateTitleProblem(
  data: Data,
  licenseId: string,
  stateCode: string | undefined,
): StateTitleProblem | null {
  const license = data.byId.licenses.get(licenseId);
  const state = stateFor(data, stateCode);
  if (!license || !stateCode) return null;
  if (license.state && license.state.toUpperCase() !== stateCode.toUpperCase()) {
    const home = stateFor(data, license.state)?.name ?? license.state;
    return {
      severity: 'error',
      message: `the ${license.abbreviation} (${license.id}) is a ${home} title, not one of ${state?.name ?? stateCode.toUpperCase()}'s; give the license's own state, or the title you hold there`,
    };
  }
  if (!state || license.state) return null;
  const section = sectionOf(license);
  if (section === 'nursing' || section === 'uncovered') return null;
  const credential = section === 'counseling' ? state.counseling : state.social_work[section];
  if (!credential) return null;
  if ('available' in credential && credential.available === false) {
    return {
      severity: 'error',
      message: `${state.name} has no ${license.abbreviation}: it has no ${LEVEL_WORDS[section]} credential`,
    };
  }
  if (!credential.license) return null;
  if (credential.license !== license.id && data.byId.licenses.has(credential.license)) {
    const kind = (credential.kind ?? 'license').replace(/-/g, ' ');
    const title = credential.title ?? data.byId.licenses.get(credential.license)!.abbreviation;
    return {
      severity: 'error',
      message: `${state.name} has no ${license.abbreviation}; did you mean the ${title} ${kind} (${credential.license})?`,
    };
  }
  if (credential.title && credential.title !== license.abbreviation) {
    // Ohio's LPC is a title of its own (oh-lpc), held before the LPCC that `lpc` stands for.
    const associate = 'associate' in credential ? credential.associate : undefined;
    const sameName =
      associate && !('level' in associate) && associate.license && associate.title === license.abbreviation
        ? associate.license
        : null;
    return {
      severity: 'warning',
      message: sameName
        ? `${state.name}'s ${license.abbreviation} is not its independent license: \`${license.id}\` stands here for the ${credential.title}; if you hold the ${license.abbreviation}, write \`${sameName}\``
        : `${state.name} has no ${license.abbreviation}: its ${LEVEL_WORDS[section]} license is the ${credential.title}, which \`${license.id}\` stands for here`,
    };
  }
  return null;
}

const LEVEL_WORDS = {
  bachelor: "bachelor's-level social work",
  master: "master's-level social work",
  clinical: 'clinical social work',
  counseling: 'counselor',
} as const;
