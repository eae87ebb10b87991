import { routeCaveats } from '../api/evaluate.js';
import { type Month, monthIndex, monthsBetween } from '../core/month.js';
import { withExamsOfHeldLicenses } from '../data/held-exams.js';
import type { Data } from '../data/model.js';
import type { Certification } from '../data/schema/families.js';
import { prepareProfile } from '../engine/prepare.js';
import type { EligibilityReport } from '../engine/types.js';
import type { Profile } from '../profile/schema.js';
import { alternatives } from './alternatives.js';
import { answers } from './answers.js';
import { fitCertifications } from './cert-fit.js';
import type { PlanContext, ReportWords } from './context.js';
import { DraftSet, type DraftStep, sourceRefs } from './draft.js';
import { heldFirstCaveats } from './held-first.js';
import { issuerOf } from './issuer.js';
import {
  chosenJobHeldSince,
  entryJobStep,
  goalJobStep,
  jobVersion,
  keepTheEntryJob,
  nameTheJobSearch,
} from './jobs.js';
import {
  caseManagementMonths,
  climbByYears,
  currentLevel,
  entryRungStep,
  heldPostRate,
  monthsAtOrAbove,
  planLadderMove,
} from './ladder.js';
import type { RoadmapModel } from './model.js';
import { type LeafNode, readingsOf } from './needs.js';
import { fixed, given, type Phrase, phrase, phraseKey } from './phrases/index.js';
import { chooseGoal } from './plan-goal.js';
import { bestRoute, planRoute, type RouteChoice, type RouteWalk } from './route.js';
import { schedule } from './schedule.js';
import { staggerExams } from './stagger-exams.js';
import { standing } from './standing.js';
import {
  addEndorsementSteps,
  heldCredential,
  stateFallbackCaveat,
  stateLicenseFacts,
} from './state-license.js';
import { askWhetherAnotherOpensNow } from './steps/ask-duties-sooner.js';
import { sayChosenJobIsBelowAPost } from './steps/chosen-job-below.js';
import { confirmReadingFirst } from './steps/confirm-reading.js';
import { renewalStep } from './steps/credential.js';
import { sayDegreeOnlyQuicker } from './steps/degree-only-quicker.js';
import { addDoneSteps, addEducationDone, experienceDoneUnconfirmed } from './steps/done.js';
import { examNeedsABoard } from './steps/exam-approval.js';
import { fieldExperienceOpens } from './steps/field-experience-opens.js';
import { highSchoolUnderway, waitForHighSchool } from './steps/finish-high-school.js';
import { addLicenseUpkeep, addUpkeepOfPlannedLicenses } from './steps/keep-license.js';
import { recommendedClinicalLicense, recommendedLicense } from './steps/license-optional.js';
import { moveUpNow } from './steps/move-up-now.js';
import { chooseOrganization, networkStep } from './steps/network.js';
import { openedByThePlan } from './steps/opened-by-plan.js';
import { practiceStartsInAPost } from './steps/practice-in-a-post.js';
import { addReactivations } from './steps/reactivate.js';
import { returnToWorkStep } from './steps/return-to-work.js';
import {
  reactivationAfterAskingHome,
  searchesAfterEndorsement,
  searchesAfterReactivation,
} from './steps/searches-wait.js';
import { registrationLaterNote } from './steps/stone-later.js';
import { fullTimeAssumed, studiesBesideAJob, warnStudyWhileWorking } from './steps/study-while-working.js';
import { finishSteps } from './steps-out.js';
import { unresolvedNeeds } from './unresolved.js';

export interface ModelOptions {
  /** The month the plan starts from (YYYY-MM); the same as_of the report was made for. */
  asOf: Month;
  /** The words the report was made with, so the rules the plan quotes speak its language. */
  words?: ReportWords;
}

/**
 * The roadmap for one person, as phrases: goal, dated steps, alternatives, caveats, standing, pay
 * and answers. `planRoadmap` (src/api/plan.ts) words it. Pure: the same profile, data, report and
 * as_of always give the same model.
 */
export function planRoadmapModel(
  person: Profile,
  data: Data,
  report: EligibilityReport,
  options: ModelOptions,
): RoadmapModel {
  const { asOf } = options;
  // The same reading of the profile as the engine's: degrees finished by as_of, dated roles settled.
  // Prepared once: every rule the plan asks about is evaluated against it. An exam a held license
  // required counts as passed, as the engine counted it (src/data/held-exams.ts).
  const prepared = prepareProfile(withExamsOfHeldLicenses(person, data), monthIndex(asOf));
  const profile = prepared.profile;
  const { ctx, deriver, goal, spec } = chooseGoal(prepared, data, report, asOf, options.words);
  const drafts = new DraftSet();
  const onPlan: Certification[] = [];
  const caveats: Phrase[] = [];
  let unmet: LeafNode[] = [];
  let goalStep: string | null = null;
  const planned: RouteChoice | undefined = goal.routes[0];
  const cert = goal.certification;
  // The goal's date or verdict counts the person's work as the plan reads it (care coordination
  // as case management, part time pro rata, months before the license): the headline says so.
  let restsOnReading: { work: boolean; degree: boolean } = { work: false, degree: false };
  const issuer = (c: Certification) => issuerOf(data, c);

  recommendedClinicalLicense(ctx, drafts, deriver.derive, deriver.choose, cert?.abbreviation ?? null);
  if (cert && profile.certifications.includes(cert.id)) {
    goalStep = drafts.add(heldCertStep(cert));
    onPlan.push(cert);
  } else if (cert && !planned) {
    // Retired, unconfirmed, or no route: nothing to plan, but say why.
    caveats.push(...(ctx.verdicts.get(cert.id)?.caveats ?? []).map(given));
  } else if (cert && planned) {
    addDoneSteps(ctx, drafts, cert, planned.walk, true);
    goalStep = planRoute(ctx, deriver, drafts, planned);
    unmet = [...planned.walk.unmet];
    onPlan.push(cert);
    caveats.push(...planCaveats(ctx, cert, planned));
    const before = experienceBeforePlannedLicense(ctx, cert, planned, drafts);
    if (before) {
      caveats.push(before);
      experienceDoneUnconfirmed(ctx, drafts, cert, planned.walk);
    }
    const read = readingsOf(planned.walk);
    restsOnReading = { work: read.work || before !== null, degree: read.degree };
    if (goalStep) confirmReadingFirst(ctx, drafts, cert, goalStep, issuer(cert), restsOnReading.work);
  }

  // A certification the person can take now, or that time alone opens, comes along on the way.
  const alongside: Phrase[] = [];
  const alongsideRoutes = new Map<string, RouteChoice>();
  const besideTheGoal = new Map<LeafNode, string>();
  for (const extra of steppingStones(ctx, cert)) {
    const verdict = ctx.verdicts.get(extra.id)!;
    const route = bestRoute(ctx, deriver, extra, verdict);
    if (!route) continue;
    alongsideRoutes.set(extra.id, route);
    addDoneSteps(ctx, drafts, extra, route.walk, false);
    const extraStep = planRoute(ctx, deriver, drafts, route);
    onPlan.push(extra);
    const added = route.walk.unmet.filter(
      (u) => !unmet.some((v) => v.node.requirement === u.node.requirement),
    );
    for (const leaf of added) besideTheGoal.set(leaf, extra.abbreviation);
    unmet.push(...added);
    caveats.push(...planCaveats(ctx, extra, route));
    alongside.push(
      verdict.status === 'eligible'
        ? phrase('goal.alongside-open', { abbreviation: extra.abbreviation })
        : phrase('goal.alongside-opens', { abbreviation: extra.abbreviation, month: verdict.eligible_from! }),
    );
    const extraReads = readingsOf(route.walk);
    if (extraReads.work || extraReads.degree)
      alongside.push(phrase('goal.rests-on-reading', { issuer: issuer(extra), ...extraReads }));
    confirmReadingFirst(ctx, drafts, extra, extraStep, issuer(extra), extraReads.work, true);
  }
  // A certification that accepts the goal in place of a degree or license (the CCM, once the
  // CDMS is held), when nothing else of it is missing: the plan takes the person on to it.
  const opened = cert ? openedByThePlan(ctx, drafts, cert, onPlan) : null;
  if (opened) {
    addDoneSteps(ctx, drafts, opened.cert, opened.route.walk, false);
    const openedStep = planRoute(ctx, deriver, drafts, opened.route);
    onPlan.push(opened.cert);
    caveats.push(...planCaveats(ctx, opened.cert, opened.route));
    alongside.push(opened.why);
    const openedReads = readingsOf(opened.route.walk);
    if (openedReads.work || openedReads.degree)
      alongside.push(phrase('goal.rests-on-reading', { issuer: issuer(opened.cert), ...openedReads }));
    confirmReadingFirst(ctx, drafts, opened.cert, openedStep, issuer(opened.cert), openedReads.work, true);
  }
  addEducationDone(ctx, drafts);
  fieldExperienceOpens(ctx, drafts, cert?.id ?? null);
  askWhetherAnotherOpensNow(ctx, drafts, cert, onPlan);

  addReactivations(ctx, drafts);
  addLicenseUpkeep(ctx, drafts);
  const restricted = restrictedCaveat(ctx, cert ? [cert, ...onPlan] : onPlan);
  if (restricted) caveats.push(restricted);
  caveats.push(...heldFirstCaveats(ctx));
  recommendedLicense(ctx, drafts, deriver.derive, deriver.choose, cert?.abbreviation ?? null);
  const registrationLater = registrationLaterNote(ctx, drafts);
  if (registrationLater) caveats.push(registrationLater);
  addEndorsementSteps(ctx, drafts);
  const fallback = stateFallbackCaveat(ctx, drafts);
  if (fallback) caveats.push(fallback);

  // Job first: someone not in a case-management post starts with the best job of the field they
  // can hold today; failing that, the optional entry rung while they study.
  goalJobStep(ctx, drafts, deriver.derive, deriver.choose);
  nameTheJobSearch(ctx, drafts.all());
  const entry =
    entryJobStep(ctx, drafts.all()) ??
    entryRungStep(
      ctx,
      drafts
        .all()
        .filter((d) => !d.fixed && d.kind === 'education')
        .map((d) => d.id),
    );
  if (entry) {
    drafts.add(entry);
    keepTheEntryJob(ctx, drafts, entry);
  } else moveUpNow(ctx, drafts);
  returnToWorkStep(ctx, drafts);
  searchesAfterReactivation(ctx, drafts);
  searchesAfterEndorsement(ctx, drafts);
  reactivationAfterAskingHome(ctx, drafts);
  practiceStartsInAPost(ctx, drafts);
  warnStudyWhileWorking(ctx, drafts);

  const plannedDegrees = drafts
    .all()
    .filter((d) => !d.fixed && d.id.startsWith('degree-'))
    .map((d) => d.id.slice('degree-'.length));
  // Dues years before a first post in the field are not a step for someone still in high school.
  const org = highSchoolUnderway(ctx) < 0 ? chooseOrganization(ctx, onPlan, plannedDegrees) : undefined;
  if (org) drafts.add(networkStep(org, cert?.issuer ?? null));

  // Every certification the person holds is kept current, not only the goal.
  for (const id of profile.certifications) {
    const held = data.byId.certifications.get(id);
    if (!held || held.id === cert?.id || held.status === 'retired') continue;
    const step = drafts.add(heldCertStep(held));
    drafts.add(renewalStep(held, step, true, issuer(held)));
  }

  waitForHighSchool(ctx, drafts);

  if (goalStep && cert) {
    const first = schedule(drafts.all(), asOf);
    const goalEnd = first.get(goalStep)?.end ?? asOf;
    const heldGoal = profile.certifications.includes(cert.id);
    drafts.add(renewalStep(cert, goalStep, heldGoal, issuer(cert)));
    const move = ladderMove(ctx, drafts, goalStep, goalEnd, first);
    if (move) drafts.add(move);
  }
  addUpkeepOfPlannedLicenses(ctx, drafts);
  // A certification the plan earns beside the goal (one open now, or by time alone) is kept
  // current too: nothing earned is left to lapse.
  for (const draft of drafts.all()) {
    const other = draft.gains?.credential ? data.byId.certifications.get(draft.gains.credential) : undefined;
    if (!other || other.id === cert?.id || profile.certifications.includes(other.id)) continue;
    if (!drafts.has(`${other.id}-renewal`)) drafts.add(renewalStep(other, draft.id, false, issuer(other)));
  }

  if (cert) sayChosenJobIsBelowAPost(ctx, drafts, cert);
  examNeedsABoard(ctx, drafts);
  staggerExams(drafts, goalStep, asOf);
  // A goal that waits on a need no step can meet has dates that hold only once it is resolved.
  const unresolved = goalStep ? unresolvedNeeds(drafts, goalStep) : [];
  const goalDraft = goalStep ? drafts.get(goalStep) : undefined;
  if (goalDraft && unresolved.length > 0) goalDraft.why.push(fixed('plan.dates-once-resolved'));
  const dates = schedule(drafts.all(), asOf);
  const goalEnd = goalStep ? (dates.get(goalStep)?.end ?? null) : null;
  const plannedMonths = goalEnd ? Math.max(0, monthsBetween(asOf, goalEnd)) : Number.POSITIVE_INFINITY;
  // Words only: no date moves, so the schedule above stands.
  if (cert && planned) sayDegreeOnlyQuicker(ctx, drafts, cert, goal.routes, plannedMonths);
  const { steps, pay } = finishSteps(ctx, drafts.all(), dates);

  const roadmap: RoadmapModel = {
    version: 1,
    as_of: asOf,
    profile: { name: profile.name ?? null, state: profile.state ?? null },
    goal: {
      specialization: spec.specialization?.id ?? null,
      specialization_name: spec.specialization?.name ?? null,
      certification: cert?.id ?? null,
      recommended: goal.recommended,
      certification_chosen: cert ? profile.goals?.certification === cert.id : false,
      why: [
        ...jobGoalWhy(ctx, cert ?? null),
        ...(goal.whyFor && Number.isFinite(plannedMonths)
          ? goal.whyFor(plannedMonths, unresolved.length > 0)
          : goal.why),
        ...(cert && (restsOnReading.work || restsOnReading.degree)
          ? [phrase('goal.rests-on-reading', { issuer: issuer(cert), ...restsOnReading })]
          : []),
        ...hiredNewlyLicensed(drafts, goalStep),
        ...alongside,
      ],
    },
    certifications: fitCertifications(ctx, deriver, report.certifications, {
      goal: cert,
      planned,
      alongside: alongsideRoutes,
    }),
    steps,
    alternatives:
      cert && planned && goalEnd
        ? alternatives(ctx, deriver, {
            cert,
            routes: goal.routes,
            planned,
            plannedMonths,
            onPlan: new Set(onPlan.map((c) => c.id)),
          })
        : [],
    caveats: unique(caveats),
    standing: standing(ctx, unmet, person.exams_passed, besideTheGoal, (types) =>
      types
        .filter((type) => drafts.has(`license-${type}`))
        .map((type) => stateLicenseFacts(ctx.data, ctx.profile, type).short)
        .filter((name, i, all) => all.indexOf(name) === i),
    ),
    pay,
    answers: [],
  };
  const licenseFirst = cert ? licenseFirstWhy(drafts, cert, roadmap.alternatives) : null;
  if (licenseFirst) roadmap.goal.why.push(licenseFirst);
  roadmap.answers = answers(ctx, roadmap, {
    cert,
    planned,
    routes: goal.routes,
    goalEnd,
    besideAJob: studiesBesideAJob(drafts, goalStep),
    partTime: fullTimeAssumed(drafts, goalStep),
    unresolved,
  });
  return roadmap;
}

/**
 * The plan keeps someone in the post where they earn supervised hours until the license is issued
 * (steps/experience.ts): where a shorter way leaves it sooner, the goal says what the wait buys.
 */
function licenseFirstWhy(
  drafts: DraftSet,
  cert: Certification,
  found: readonly { saves_months: number; title: Phrase }[],
): Phrase | null {
  // Only the goal's own shorter ways: "the CCM up to 19 months earlier" must not be another
  // certification's saving (the ACM-SW's, listed as a shorter way of its own).
  const saves = Math.max(
    0,
    ...found.filter((alt) => alt.title.code !== 'alternatives.instead').map((alt) => alt.saves_months),
  );
  if (saves <= 0) return null;
  for (const draft of drafts.all()) {
    const first = draft.why.find((p) => p.code === 'experience.clinical-first');
    if (first?.code === 'experience.clinical-first') {
      return phrase('goal.license-first', {
        short: first.params.short,
        abbreviation: cert.abbreviation,
        months: saves,
      });
    }
  }
  return null;
}

/**
 * A restricted license (probation, conditions) is never counted, and certifiers ask about
 * discipline on any route: the person asks before applying rather than learning it at review.
 */
function restrictedCaveat(ctx: PlanContext, certs: readonly Certification[]): Phrase | null {
  const held = ctx.profile.licenses.find((l) => l.status === 'restricted');
  if (!held) return null;
  // Every certifier the plan applies to asks: the goal's and any planned beside it (CCMC beside ACMA).
  const issuers = [...new Set(certs.map((c) => issuerOf(ctx.data, c)))];
  return phrase('plan.restricted', { name: heldCredential(ctx.data, held, ctx.profile.state), issuers });
}

/** "You chose the job of …": a job goal leads the plan; the certification follows from it. */
function jobGoalWhy(ctx: PlanContext, cert: Certification | null): Phrase[] {
  const job = ctx.profile.goals?.job ? ctx.data.byId.jobs.get(ctx.profile.goals.job) : undefined;
  if (!job) return [];
  const version = jobVersion(job, ctx.profile.state);
  return [
    phrase('goal.job', {
      title: version.title,
      employer: version.employer,
      name: job.name,
      // A certification already held is not a next step: the plan keeps it current.
      next: cert !== null && !ctx.profile.certifications.includes(cert.id),
      held: chosenJobHeldSince(ctx) !== null,
    }),
  ];
}

/** A certification the person holds: a done step that its renewal follows. */
function heldCertStep(cert: Certification): DraftStep {
  return {
    id: `held-cert-${cert.id}`,
    kind: 'certification',
    title: phrase('done.hold', { abbreviation: cert.abbreviation }),
    why: [phrase('plan.hold', { name: cert.name })],
    cost: null,
    sources: sourceRefs(cert.sources),
    duration: 0,
    after: [],
    fixed: { status: 'done', start: null, end: null },
  };
}

/**
 * The verdict's caveats plus those of the route the plan follows (it may not be the verdict's
 * own), and the readings of the kind of post the plan chose for the experience still needed (workers'
 * compensation counted as disability management, for the CDMS): the engine names those only once
 * some of the person's own experience counts, but the plan rests on them all the same.
 */
function planCaveats(ctx: PlanContext, cert: Certification, route: RouteWalk): Phrase[] {
  const verdict = ctx.verdicts.get(cert.id);
  return [
    ...(verdict?.caveats ?? []),
    ...routeCaveats(ctx.profile, ctx.data, ctx.asOf, cert.id, route.route.id, ctx.words),
    // Only a branch the plan chose among others: what it reads into the rule is why that branch
    // is planned. A lone condition's readings are about experience already held (how far back it
    // may lie), not the post the plan finds.
    ...route.walk.unmet.flatMap(({ leaf, oneOf }) =>
      leaf.kind === 'experience' && oneOf ? (leaf.readings ?? []) : [],
    ),
  ].map(given);
}

/**
 * The route counts case-management months already on the profile, and its license comes later on
 * this plan (an LPN's months before the RN): every counted month predates the license. Whether the
 * issuer counts such months is its call (docs/data-provenance.md, the readings of the CCM).
 */
function experienceBeforePlannedLicense(
  ctx: PlanContext,
  cert: Certification,
  route: RouteChoice,
  drafts: DraftSet,
): Phrase | null {
  const metExperience = route.walk.met.some((m) => m.leaf.kind === 'experience');
  if (!metExperience) return null;
  const license = route.walk.unmet
    .flatMap((u) => (u.leaf.kind === 'license' ? u.leaf.types : []))
    .find((type) => drafts.has(`license-${type}`));
  if (!license) return null;
  const issuer = issuerOf(ctx.data, cert);
  return phrase('plan.experience-before-license', {
    abbreviation: cert.abbreviation,
    license: stateLicenseFacts(ctx.data, ctx.profile, license).short,
    issuer,
  });
}

/**
 * The goal's dates rest on a post hiring the person with little time under a license (a new
 * RN's case-manager post, whose step says so): the headline says it too.
 */
function hiredNewlyLicensed(drafts: DraftSet, goalStep: string | null): Phrase[] {
  for (const draft of drafts.all()) {
    if (draft.fixed || (goalStep && draft.id !== goalStep && !drafts.waitsOn(goalStep, draft.id))) continue;
    const said = draft.why.find((p) => p.code === 'jobs.newly-licensed');
    if (said && said.code === 'jobs.newly-licensed')
      return [
        phrase('goal.hired-newly-licensed', {
          licenses: said.params.licenses,
          // null: a license the plan itself gets, so no time under it yet when the search starts.
          none: said.params.months === null || said.params.months === 0,
        }),
      ];
  }
  return [];
}

/** Each caveat once, in the order first given. */
function unique(list: readonly Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = phraseKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** At most one more certification of the specialization that is open now or opens by time alone. */
function steppingStones(ctx: PlanContext, goal: Certification | null): Certification[] {
  const ids = ctx.specialization?.certifications ?? [];
  const open = ids
    .filter((id) => id !== goal?.id && !ctx.profile.certifications.includes(id))
    .map((id) => ({ cert: ctx.data.byId.certifications.get(id), verdict: ctx.verdicts.get(id) }))
    .filter(
      ({ cert, verdict }) =>
        cert && verdict && (verdict.status === 'eligible' || verdict.status === 'not-yet'),
    )
    .sort((a, b) => openKey(a.verdict!) - openKey(b.verdict!));
  return open.slice(0, 1).map(({ cert }) => cert!);
}

function openKey(verdict: { status: string; eligible_from: Month | null }): number {
  return verdict.status === 'eligible' ? 0 : monthIndex(verdict.eligible_from ?? '9999-12');
}

/** The next rung after the goal, counting experience from the post the person holds or will find. */
function ladderMove(
  ctx: PlanContext,
  drafts: DraftSet,
  goalStep: string,
  goalEnd: Month,
  dates: ReturnType<typeof schedule>,
) {
  let level = currentLevel(ctx);
  let postFrom: Month | undefined = level ? ctx.asOf : undefined;
  // Months in the post held now build at its hours (20 a week: half a month a month); a post the
  // plan finds is planned full time.
  let rate = level ? heldPostRate(ctx) : 1;
  for (const draft of drafts.all()) {
    const gained = draft.gains?.level ? ctx.data.byId.levels.get(draft.gains.level) : undefined;
    if (gained && (!level || gained.rank > level.rank)) {
      level = gained;
      postFrom = dates.get(draft.id)?.end ?? ctx.asOf;
      rate = 1;
    }
  }
  // No case-management post now or on the plan: there is no rung to move up from.
  if (!level || !postFrom) return null;
  // Someone going back to a post after years of case management stands where those years reach.
  level = climbByYears(ctx.data, level, monthsAtOrAbove(ctx, level));
  return planLadderMove(ctx, {
    from: level,
    after: goalStep,
    afterEnd: goalEnd,
    postFrom,
    // The rungs' typical years are years in case management (ladder.yaml).
    haveMonths: caseManagementMonths(ctx),
    rate,
  });
}
