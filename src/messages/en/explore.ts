import type { Data } from '../../data/model.js';
import type { ExploreFamily } from '../../render/explore.js';

/**
 * The words of `casemgr-path explore` around the data's own text: headings, labels, hints and
 * its usage errors. The data's text (names, summaries, requirements, notes) comes from the data,
 * in the run's language; ids and official names are shown as they are in every language. A second
 * language implements the same interface (`es/explore.ts`).
 */
export interface ExploreMessages {
  /** What each family holds: the third column of `explore`, the heading of `explore FAMILY`. */
  families: Readonly<Record<ExploreFamily, string>>;
  /** The heading of `explore` with no family. */
  dataTitle: string;
  /** Under the family table: how to list a family and show a record. */
  familiesHint: string;
  /** A family's table when it holds no record. */
  noRecords: string;
  /** Under a family's table: how to show one record. */
  showOne(family: string, id: string): string;
  /** A pay band's title, pay first: "$60,000–$80,000 · case-manager, healthcare + ccm". */
  bandTitle(band: { pay: string; level: string; specialization?: string; credential?: string }): string;
  /** A BLS line's title: "$77,030 median · Social and community service managers (BLS)". */
  medianTitle(pay: string, occupation: string): string;
  /** A value the data does not know (null, or no amount), by its field's key. */
  unknown(key: string): string;
  yes: string;
  no: string;
  /** An empty list, by its field's key (a language may agree with the field's gender). */
  none(key: string): string;
  /** A field's label, from its key in the data files ("application_usd"). */
  label(key: string): string;
  /**
   * A value of one of the contract's closed vocabularies (`status: active`, `settings: payer`), or
   * an id of another record, by its field's key; any other value (codes, figures) as it is.
   */
  value(key: string, value: string, data: Data): string;
  /** A list of values on one line. */
  join(items: readonly string[]): string;
  /** A rule with parts: "Qualifying license — all of:", or "one of:" when it has no text. */
  ruleParts(text: string | undefined, every: boolean): string;
  /** A rule that must not hold, when it has no text of its own. */
  ruleNot: string;
  /** A list item with no title that takes effect in a month: "from 2025-09". */
  from(month: string): string;
  /** A list item with no title, id or month, by the key of its list ("cycles"). */
  item(list: string): string;
  /** The heading of a record's sources, and one source: "CCMC, Renewal FAQs (as of 2026-03)". */
  sources: string;
  source(title: string, asOf: string): string;
  /** Usage errors. `suggestion` is the closest known name, when one is close. */
  unknownFamily(family: string, suggestion: string | undefined, families: readonly string[]): string;
  noRecord(family: string, id: string, suggestion: string | undefined): string;
  noState(id: string, suggestion: string | undefined, codes: readonly string[]): string;
}

const hint = (suggestion: string | undefined) => (suggestion ? ` (did you mean "${suggestion}"?)` : '');

export const enExplore: ExploreMessages = {
  families: {
    specializations: 'kinds of case management',
    certifications: 'credentials and their eligibility routes',
    licenses: 'state licenses (national defaults)',
    exams: 'licensing exams',
    degrees: 'degrees that lead into case management',
    coursework: 'courses some routes ask for',
    ladder: 'career levels, first rung to last',
    salaries: 'pay bands and BLS medians',
    outlook: 'BLS job projections',
    skills: 'skills and how to build them',
    organizations: 'certifying bodies, associations, accreditors',
    states: 'licensure by state: titles, exams, hours, boards',
  },
  dataTitle: 'casemgr-path data',
  familiesHint:
    'List one family: casemgr-path explore certifications. Show one record: casemgr-path explore certifications ccm',
  noRecords: '(none)',
  showOne: (family, id) => `Show one: casemgr-path explore ${family} ${id}`,
  bandTitle: ({ pay, level, specialization, credential }) =>
    `${pay} · ${level}, ${specialization ?? 'any setting'}${credential ? ` + ${credential}` : ''}`,
  medianTitle: (pay, occupation) => `${pay} median · ${occupation} (BLS)`,
  unknown: (_key) => 'unknown',
  yes: 'yes',
  no: 'no',
  none: (_key) => 'none',
  // The data's own keys, readable as they are: "application_usd" is "application (USD)".
  label: (key) => key.replace(/_usd$/, ' (USD)').replace(/_/g, ' '),
  value: (_key, value, _data) => value,
  join: (items) => items.join(', '),
  ruleParts: (text, every) => {
    const joiner = every ? 'all of' : 'one of';
    return text ? `${text} — ${joiner}:` : `${joiner}:`;
  },
  ruleNot: 'not:',
  from: (month) => `from ${month}`,
  item: (_list) => 'item',
  sources: 'Sources',
  source: (title, asOf) => `${title} (as of ${asOf})`,
  unknownFamily: (family, suggestion, families) =>
    `unknown family "${family}"${suggestion ? hint(suggestion) : `; families: ${families.join(', ')}`}`,
  noRecord: (family, id, suggestion) =>
    `no ${family} record "${id}"${suggestion ? hint(suggestion) : `; see the list: casemgr-path explore ${family}`}`,
  noState: (id, suggestion, codes) =>
    `no state "${id}" in the data${hint(suggestion)}; states: ${codes.join(', ')} (others use national defaults)`,
};
