import { withArticle } from '../../core/article.js';
import { ACCREDITOR_NAMES, type EducationLevel } from '../../core/vocabulary.js';
import type { Data } from '../../data/model.js';
import type { DegreeCondition } from '../../data/schema/rules.js';
import type { DegreeShortfall, Facts, VerdictCaveat } from '../../engine/explanation.js';
import type { EducationEntry, LicenseEntry } from '../../profile/schema.js';
import { fieldShown } from '../education-field.js';
import type { EligibilityMessages } from '../eligibility-messages.js';
import { licenseTitles } from '../license-titles.js';
import { oncePer } from '../once.js';
import { formatAmount, formatHours, joinAnd, joinOr, plural } from './format.js';

/** English words for the engine's explanations: requirements, have / need, caveats. */

const LEVEL_WORDS: Record<EducationLevel, string> = {
  'high-school': 'high-school diploma',
  'some-college': 'some college',
  certificate: 'certificate',
  associate: 'associate degree',
  diploma: 'nursing diploma',
  bachelor: "bachelor's",
  master: "master's",
  doctorate: 'doctorate',
};

/** Written once per field or course id: the ids come from the vocabulary and the data. */
const fieldTexts = new Map<string, string>();

export function fieldWords(field: string): string {
  let text = fieldTexts.get(field);
  if (text === undefined) {
    text = field.replace(/-/g, ' ');
    fieldTexts.set(field, text);
  }
  return text;
}

/**
 * "associate degree in nursing (in progress)" for one education entry. `inList`: beside others,
 * a degree in a field the vocabulary does not name says so ("bachelor's in another field and
 * master's in gerontology", not "bachelor's and master's in gerontology").
 */
export function describeEducation(entry: EducationEntry, inList = false): string {
  // A certificate in nursing is the practical nursing certificate an LPN holds (the wizard's words).
  const level =
    entry.level === 'certificate' && entry.field === 'nursing'
      ? 'practical nursing certificate'
      : LEVEL_WORDS[entry.level];
  const shown = fieldShown(entry, inList);
  const field =
    shown === 'another' ? ' in another field' : shown === 'none' ? '' : ` in ${fieldWords(entry.field)}`;
  const progress = entry.status === 'in-progress' ? ' (in progress)' : '';
  return `${level}${field}${progress}`;
}

/** "a bachelor's or higher in social work from a CSWE-accredited program" */
export function describeDegreeCondition(condition: DegreeCondition): string {
  const level = condition.levels
    ? joinOr(condition.levels.map((l) => LEVEL_WORDS[l]))
    : condition.min_level
      ? `${LEVEL_WORDS[condition.min_level]} or higher`
      : condition.min_credits
        ? `${condition.min_credits} college credits`
        : 'degree';
  if (!condition.levels && !condition.min_level && condition.min_credits) return `at least ${level}`;
  // A nursing diploma is in nursing already: no "nursing diploma in nursing".
  const fields = condition.fields?.filter(
    (f) => !(f === 'nursing' && condition.levels?.every((l) => l === 'diploma')),
  );
  const field = fields && fields.length > 0 ? ` in ${joinOr(fields.map(fieldWords))}` : '';
  const accreditation = condition.program_accreditation
    ? ` from ${withArticle(`${joinOr(condition.program_accreditation.map((id) => ACCREDITOR_NAMES[id]))}-accredited program`)}`
    : condition.accredited
      ? ' from an accredited school'
      : '';
  return withArticle(`${level}${field}${accreditation}`);
}

/** Shortfalls name the data's own conditions, so those words are made once per condition. */
const conditionWords = oncePer(describeDegreeCondition);
const accreditedProgram = oncePer((accreditors: readonly string[]) =>
  withArticle(
    `${joinOr(accreditors.map((id) => ACCREDITOR_NAMES[id as keyof typeof ACCREDITOR_NAMES]))}-accredited program`,
  ),
);

function shortfallWords(shortfall: DegreeShortfall): string {
  switch (shortfall.reason) {
    case 'other-degree':
      return conditionWords(shortfall.condition);
    case 'program-accreditation':
      return accreditedProgram(shortfall.accreditors);
    case 'school-accreditation':
      return 'a degree from a school that is institutionally accredited';
    case 'field-experience':
      return 'a supervised field experience (practicum) as part of the degree';
    case 'internship': {
      const by = shortfall.supervisedBy
        ? ` supervised by a ${joinOr(shortfall.supervisedBy.map((s) => s.toUpperCase()))}`
        : '';
      return `an internship of ${shortfall.minHours} hours${by}`;
    }
    case 'coursework':
      return `coursework in ${shortfall.missing.map(fieldWords).join(', ')}`;
    case 'unfinished':
      return 'to finish the degree';
  }
}

const UNIT_LABEL = { 'fte-months': 'FTE months', months: 'months', hours: 'h' } as const;
const UNIT_ONE = { 'fte-months': 'FTE month', months: 'month', hours: 'h' } as const;

/** "1 more FTE month", "4.5 more FTE months": the unit agrees with the amount as written. */
function amountWithUnit(amount: number, unit: keyof typeof UNIT_LABEL, more = ''): string {
  const text = formatAmount(amount);
  return `${text} ${more}${text === '1' ? UNIT_ONE[unit] : UNIT_LABEL[unit]}`;
}

export function englishEligibility(data: Data, state?: string | null): EligibilityMessages {
  // Licenses as the person's state names them (src/messages/license-titles.ts).
  const titles = licenseTitles(data, state);
  const licenseName = (type: string, where?: string | null) => titles.name(type, where);
  const certificationName = (id: string) =>
    data.byId.certifications.get(id)?.abbreviation ?? id.toUpperCase();
  const examName = (id: string) => data.byId.exams.get(id)?.name ?? id;
  const describeLicense = (license: LicenseEntry) =>
    `${licenseName(license.type, license.state)} (${license.status}${license.state ? `, ${license.state}` : ''})`;

  return {
    composedRequirement: (kind, parts) =>
      kind === 'all' ? parts.join('; and ') : `one of: ${parts.join('; or ')}`,
    notNeed: (requirement) => `not: ${requirement}`,
    noneOfThese: 'none of these',
    alternativeNeeds: (needs) => needs.join(' and '),
    anyNeed: (options) => options.join('; or '),
    labelledNeed: (requirement, need) =>
      `${/^[A-Z][a-z]/.test(requirement) ? requirement.charAt(0).toLowerCase() + requirement.slice(1) : requirement} (${need})`,
    sameNeed: (need, kinds) => `${need} (${kinds.join(' or ')})`,
    listHave: (haves) => haves.join('; '),

    have(facts: Facts): string {
      switch (facts.kind) {
        case 'degree':
          if (facts.met) return describeEducation(facts.met);
          return facts.held.length === 0
            ? 'no degree listed'
            : joinAnd(facts.held.map((entry) => describeEducation(entry, facts.held.length > 1)));
        case 'license':
          if (facts.met) return describeLicense(facts.met);
          return facts.held.length === 0 ? 'no license listed' : joinAnd(facts.held.map(describeLicense));
        case 'certification':
          if (facts.met) return certificationName(facts.met);
          return facts.held.length === 0
            ? 'no certification listed'
            : joinAnd(facts.held.map(certificationName));
        case 'exam':
          if (facts.met) return `passed ${examName(facts.met)}`;
          return facts.held.length === 0 ? 'no exam passed' : joinAnd(facts.held.map(examName));
        case 'ce':
          return plural(facts.have, 'CE hour');
        case 'experience':
          return facts.unit === 'hours'
            ? `${formatHours(facts.have, 'down')} h`
            : amountWithUnit(facts.have, facts.unit);
      }
    },

    need(facts: Facts, requirement: string): string {
      switch (facts.kind) {
        case 'degree':
          return facts.held.length > 0 ? joinAnd(facts.shortfall.map(shortfallWords)) : requirement;
        case 'license': {
          if (facts.wrongStatus) {
            return `the ${licenseName(facts.wrongStatus.type)} license to be ${joinOr(facts.statuses)} (it is ${facts.wrongStatus.status})`;
          }
          return withArticle(`${joinOr(facts.statuses)} ${joinOr(titles.accepted(facts.wanted))} license`);
        }
        case 'certification':
          return `an active ${joinOr(facts.wanted.map(certificationName))}`;
        case 'exam':
          return `a pass on the ${joinOr(facts.wanted.map(examName))}`;
        case 'ce':
          return plural(facts.need - facts.have, 'more CE hour');
        case 'experience': {
          const gaps: string[] = [];
          if (facts.degreeFirst) gaps.push('the qualifying degree first');
          if (facts.have + 1e-6 < facts.need) {
            gaps.push(
              facts.unit === 'hours'
                ? `${formatHours(facts.need - facts.have, 'up')} more hours`
                : amountWithUnit(facts.need - facts.have, facts.unit, 'more '),
            );
          }
          if (facts.notCurrent) gaps.push('to be working in such a role now');
          return joinAnd(gaps);
        }
      }
    },

    caveat(caveat: VerdictCaveat): string {
      switch (caveat.code) {
        case 'data':
          return caveat.text;
        case 'undated-experience':
          return caveat.afterDegree
            ? 'Some experience has no start date; we counted it as coming after the degree. Add start dates to be sure.'
            : `Some experience has no start date; we counted it as falling within the last ${caveat.withinMonths} months. Add start dates to be sure.`;
        case 'undated-degree':
          return 'Your degree has no completion date; we counted all experience as coming after it. Add the date to be sure.';
        case 'status-unconfirmed':
          return (
            caveat.certification.status_note ??
            `${caveat.certification.abbreviation}: status unconfirmed; no verdict given.`
          );
        case 'retired':
          return `${caveat.certification.abbreviation} was retired in ${caveat.certification.retired_on}; it is no longer awarded.`;
      }
    },
  };
}
