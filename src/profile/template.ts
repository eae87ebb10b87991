import type { Lang } from '../core/lang.js';
import {
  EDUCATION_FIELDS,
  EDUCATION_LEVELS,
  INTERNSHIP_SUPERVISORS,
  LICENSE_STATUSES,
  PROGRAM_ACCREDITATIONS,
  ROLES,
  SETTINGS,
  SUPERVISOR_KINDS,
} from '../core/vocabulary.js';
import type { Data } from '../data/model.js';

/**
 * A profile template for `casemgr-path init`: every field of profile v1, each with a comment, and
 * example values that make it valid as it stands (a test holds it to that). The lists of ids come
 * from the data, so the template names every license and certification the data knows.
 */
export function profileTemplate(data: Data, lang: Lang = 'en'): string {
  const list = (values: readonly string[]) => values.join(' | ');
  const ids = (items: readonly { id: string }[]) =>
    wrapList(
      items.map((i) => i.id),
      33,
    );
  const coursework = ids(data.coursework);
  const licenses = ids(data.licenses);
  const certifications = ids(data.certifications);
  const exams = ids(data.exams);
  const specializations = ids(data.specializations);
  return `# casemgr-path profile, version 1: where a person stands today.
# The values below are an EXAMPLE: replace them with yours, and delete any entry or line that does
# not apply. Only \`version\` is required; every list may be empty ([]) or left out.
# Check it:  casemgr-path roadmap --profile THIS_FILE
version: 1                       # the profile format; always 1

name: Alex Rivera                # optional; shown on the roadmap
state: TX                        # optional; two-letter US code where you live or hold a license
lang: ${lang}                         # optional: en | es (español), the language you read; left out,
                                 # your locale (LANG) decides

education:                       # every degree, finished or under way
  - level: bachelor              # ${wrapList(EDUCATION_LEVELS, 33)}
                                 # (diploma = a hospital nursing diploma; some-college = college
                                 # without a degree, with \`credits: 30\`; certificate = a
                                 # postsecondary certificate such as practical nursing)
    field: social-work           # ${wrapList(EDUCATION_FIELDS, 33)}
    accredited: true             # the school is institutionally accredited (default true)
    program_accreditation: cswe  # ${list(PROGRAM_ACCREDITATIONS)} (default none)
    field_experience:            # a supervised practicum or field placement (in case management,
      hours: 400                 # health or behavioral health) that was part of it: its hours and
      setting: hospital          # setting, or just true / false; default: true when
                                 # program_accreditation is not none, else false. A placement is
                                 # education, not a job: leave it out of experience
    status: completed            # completed (default) | in-progress
    completed: 2022-05           # YYYY-MM it was finished (in-progress: the month you expect to finish)
  - level: master                # a second entry: a degree under way
    field: rehabilitation-counseling
    program_accreditation: cacrep
    coursework: [theories-of-counseling]  # courses taken (counseling degrees):
                                 # ${coursework}
    internship:                  # optional (counseling degrees): the supervised internship
      hours: 600                 # hours in it
      supervised_by: crc         # ${list(INTERNSHIP_SUPERVISORS)}
    status: in-progress
    completed: 2027-05           # expected

licenses:                        # state licenses (and registrations) you hold
  - type: lbsw                   # ${licenses}
    state: TX                    # optional; the state that issued it
    status: active               # ${list(LICENSE_STATUSES)} (restricted = probation or conditions)

certifications: []               # certifications you hold now, for example [cdms]:
                                 # ${certifications}
exams_passed: [aswb-bachelors]   # licensing exams passed:
                                 # ${exams}
ce_hours: 0                      # continuing-education hours in case management, last 2 years

experience:                      # every job in or near case management, most recent first
  - role: case-manager           # ${wrapList(ROLES, 33)}
    setting: community           # ${wrapList(SETTINGS, 33)}
    months: 14                   # months in the role (decimals allowed); may be left out when
                                 # start and end (or start and ongoing) are given
    hours_per_week: 40           # default 40; part-time counts as hours/40 of a full-time month
    supervised_by: licensed      # ${list(SUPERVISOR_KINDS)} (default none)
    paid: true                   # default true; false for internships and volunteering
    start: 2023-09               # optional YYYY-MM; lets rules check "after the degree"
    ongoing: true                # still in this role (default false); with a start, the months run
                                 # from start to today, so the file never goes stale
  - role: human-services         # an earlier job that ended
    setting: community           # (months left out: start and end fix them)
    start: 2021-06               # with end, fixes the months (2021-06 to 2023-08: 27 months)
    end: 2023-08                 # optional YYYY-MM: the last month in the role

goals:                           # optional: what to work toward
  specialization: social-work    # ${specializations}
  certification: c-swcm          # optional; leave it out to get a recommendation
  # job: case-aide               # optional: a job to work toward (ids from the data's jobs)
`;
}

/** A long " | " list broken over comment lines that line up under the first. */
function wrapList(values: readonly string[], indent: number): string {
  const width = 110 - indent - 2;
  const lines: string[] = [];
  let line = '';
  for (const value of values) {
    const piece = line === '' ? value : ` | ${value}`;
    if (line !== '' && line.length + piece.length > width) {
      lines.push(`${line} |`);
      line = value;
    } else line += piece;
  }
  if (line !== '') lines.push(line);
  return lines.join(`\n${' '.repeat(indent)}# `);
}
