import type { EducationPhrases } from '../../../roadmap/phrases/education.js';
import type { AreaMessages } from '../../roadmap-messages.js';
import { article, degreeIn, FIELD_NAMES, LEVEL_NAMES, months, org, orList } from './words.js';

const what = (p: { level: keyof typeof LEVEL_NAMES; field: keyof typeof FIELD_NAMES }) =>
  degreeIn(p.level, p.field);

export const education: AreaMessages<EducationPhrases> = {
  'education.missing': ({ need }) => `Missing: ${need}.`,
  // A name that holds its abbreviation ("Master of Social Work (MSW)") is not given it twice.
  'education.degree': ({ name, abbreviation }) =>
    name.includes(abbreviation) ? `Complete ${article(name)}` : `Earn ${article(name)} (${abbreviation})`,
  'education.leads-to': ({ next }) => `The ${next} usually starts from this degree.`,
  'education.check-field': (p) => `Check whether your ${what(p)} included a supervised field experience`,
  'education.check-field-why': (p) =>
    `Your profile records no practicum, internship or field placement in your ${what(p)}, and many programs include one. If yours did, add it to your profile (the degree's field placement) and this requirement is met now, with no new degree; your school's transcript or program office can confirm it. If it did not, the steps below are the way.`,
  'education.check-field-sooner': (p) =>
    `Your profile records no practicum, internship or field placement in your ${what(p)}, and many programs include one. If yours did, add it to your profile (the degree's field placement): this requirement is then met now, not only once you finish the degree you are studying for. Your school's transcript or program office can confirm it.`,
  'education.accreditation-only': (p) =>
    `Your ${what(p)} falls short only on the accreditation of its school or program. If it is from a school outside the US, ask whoever sets this requirement (the certifying body or the state board) whether it accepts an evaluation of a foreign degree before you enroll again: the sources we cite do not say how foreign degrees are treated.`,
  'education.ask-field': ({ level, issuer, abbreviation }) =>
    `Ask ${issuer ? org(issuer) : 'whoever sets this requirement'} whether your ${LEVEL_NAMES[level]} counts${abbreviation ? ` for the ${abbreviation}` : ''}`,
  'education.field-unlisted': ({ level, placementUnsaid }) =>
    `Your ${LEVEL_NAMES[level]} is in a field this list does not name, so the plan cannot count it. If its field is a health or human-services one${placementUnsaid ? ' and it included supervised practice' : ''}, it may count: that reading is the issuer's, so ask before you enroll in another degree. Send your transcript and the program's description; the plan allows a month for the answer.`,
  'education.unless-field-counts': () =>
    'This degree is the way only if the answer above is no: if your degree counts, the requirement is met without it.',
  'education.unless-placement': (p) =>
    `This degree is the way if the check above finds no supervised field experience in your ${what(p)}; if it finds one, the requirement is met without it, so make the check before you apply to a program.`,
  'education.check-field-opens': (p) =>
    `Your profile records no practicum, internship or field placement in your ${what(p)}, and many programs include one. The ${p.abbreviation} accepts a degree like yours only with a supervised field experience: if yours had one, add it to your profile (the degree's field placement) and ask for a new plan, since the ${p.abbreviation} may then be open to you after case-management work alone, with no new degree. Your school's transcript or program office can confirm it. This plan does not count on it.`,
  'education.check-field-underway': (p) =>
    `Check whether the program for your ${what(p)} includes a supervised field experience`,
  'education.check-field-underway-need': (p) =>
    `Your profile records no practicum, internship or field placement in the ${what(p)} you are finishing, and many programs include one or let you add one. If yours does, add it to your profile (the degree's field placement): once you finish, this requirement is met with no further degree. Your program office can tell you. If it does not, the steps below are the way.`,
  'education.check-field-underway-why': (p) =>
    `Your profile records no practicum, internship or field placement in the ${what(p)} you are finishing, and many programs include one or let you add one. The ${p.abbreviation} accepts a degree like yours only with a supervised field experience: if your program has one, add it to your profile (the degree's field placement) and ask for a new plan, since the ${p.abbreviation} may then be open to you once you finish, after case-management work alone, with no further degree. Your program office can tell you. This plan does not count on it.`,
  'education.full-time': ({ months: count }) => `The plan uses ${months(count)} of full-time study.`,
  'education.credits-more': ({ more, total }) => `Earn ${more} more college credits (${total} in all)`,
  'education.credits-more-why': ({
    have,
    more,
    months: count,
    degree,
    planned,
    degreeCredits,
    degreeMonths,
  }) =>
    `You have ${have} credits. At the pace of full-time study toward ${planned ? `the ${degree.abbreviation} on this plan` : `${article(degree.name)}`} (about ${degreeCredits} credits in ${months(degreeMonths)}), ${more} more take about ${months(count)}${planned ? `: they are the first credits of that degree, so the steps that need only these credits do not wait for the whole of it` : `; they can count toward that degree later`}. The school decides which credits count, and the employer how it reads your transcript.`,
  'education.credits': ({ total, months: count, credits, left }) =>
    `The program is about ${total} credits over ${months(count)} of full-time study; if the school accepts your ${credits} credits, about ${months(left)} remain, which is what the plan uses. The school decides which credits transfer.`,
  'education.credits-first': ({ next, assumedMonths, transfers, level }) =>
    `Finish it before the ${next}: the plan starts the ${next} when it ends${transfers ? ' and counts its credits toward it, if the school accepts them' : `, since the ${next} takes ${article(LEVEL_NAMES[level])} first`}${
      assumedMonths !== null
        ? ` (you did not give the expected month, so the plan assumes ${months(assumedMonths)} more)`
        : ''
    }.`,
  'education.part-time': ({ months: count }) => `Part-time, it takes about ${months(count)}.`,
  'education.only-quicker': ({ abbreviation, route, without, saves }) =>
    `The ${abbreviation} does not need this degree: one route (${route}) takes the education you have, and on this plan's assumptions about ${months(without)}. The degree makes the way about ${months(saves)} shorter; weigh its time and cost against that before you enroll.`,
  'education.while-working': ({ partTime, hours }) =>
    `This plan has you working ${hours === null || hours >= 35 ? 'full time' : `${hours} hours a week`} during these studies: few people manage full-time study beside ${hours === null || hours >= 35 ? 'a full-time job' : 'such a job'}, so ${
      partTime === null
        ? 'if you study part time, the later steps move back by as much'
        : `plan on the part-time length (about ${months(partTime)}) and move the later steps with it`
    }.`,
  'education.part-time-unknown': () =>
    'Part-time study takes longer; how long is not in the sources we cite, so ask the school.',
  'education.nursing-admission': () =>
    'Many nursing programs admit students only after prerequisite courses (such as anatomy and physiology) and some have waiting lists; the months here count from the first nursing term, so ask the school how long admission takes.',
  'education.internship-ahead': (p, f) =>
    `${f.say(p.requirement)}: your program's internship is still ahead of you, and the plan counts on it; confirm with the program that it will meet this.`,
  'education.underway': (p, f) =>
    `${f.say(p.requirement)}: your ${what(p)} meets it once you graduate${
      p.assumedMonths !== null
        ? ` (you did not give the expected month, so the plan assumes ${months(p.assumedMonths)} more)`
        : ''
    }.`,
  'education.earn-level': ({ level, fields }) =>
    `Earn ${article(LEVEL_NAMES[level])}${fields ? ` in ${orList(fields.map((f) => FIELD_NAMES[f]))}` : ''}`,
  'education.no-program': ({ months: count }) =>
    `The data lists no matching program, so the plan allows the usual ${months(count)} of full-time study.`,
};
