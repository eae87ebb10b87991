import { FIELD_DISCIPLINES, type Role } from '../../core/vocabulary.js';
import type { License } from '../../data/schema/families.js';
import { predicatesOf } from '../../engine/compile.js';
import { compareKeys } from '../compare.js';
import { ASSUME, type PlanContext } from '../context.js';
import { DraftSet, sourceRefs } from '../draft.js';
import { preferenceSetApart } from '../license-preference.js';
import { type Chooser, experienceMonths, type LeafNode, type Walk, walkRule } from '../needs.js';
import { given, type Phrase, phrase } from '../phrases/index.js';
import type { Purpose } from '../phrases/requirement.js';
import { monthsToFinish } from '../schedule.js';
import { stateLicenseFacts } from '../state-license.js';
import { askBoardFirst } from './ask-board.js';
import { associateHeldFirst } from './associate-first.js';
import { planExam } from './credential.js';
import { clinicalWithEarlyExam, earlyStateExamStep } from './early-state-exam.js';
import { applicationStep, licenseFee } from './license-apply.js';
import { makeRequired } from './license-required.js';
import { associateVouchesForDegree, roleNotCounted } from './practice-counted.js';
import { reactivationStep } from './reactivate.js';
import { stateExamSteps } from './state-exam.js';

/** Plans the unmet leaves of a rule into drafts; returns the ids after which they are all met. */
export type DeriveLeaves = (
  drafts: DraftSet,
  unmet: LeafNode[],
  depth: number,
  options?: { purpose?: Purpose },
) => string[];

const TIER_ORDER = ['practical', 'entry', 'bachelor', 'master', 'clinical'];

export interface LicenseNeed {
  types: readonly string[];
  statuses?: readonly string[];
  independent?: boolean;
  requirement: Phrase;
  /**
   * Months from as_of that the rest of the rule takes anyway (the C-SWCM's three years of
   * experience): a license that comes sooner than that gains the person nothing by coming sooner.
   * Worked out only when a way without a new degree competes with one with it.
   */
  horizon?: () => number;
}

/**
 * How much later a license may come to spare the person a degree: a month or two of a board's
 * review is not worth two years of study (an Illinois BSW's LSW by three years of practice, not
 * by an MSW, when the C-SWCM waits for those three years anyway).
 */
const MONTHS_A_DEGREE_IS_NOT_WORTH = 3;

/**
 * Plans getting one of the licenses a rule accepts: the one the person can hold soonest (a lower
 * tier, then their own discipline, on a tie). Each license brings what it `requires`, its exams,
 * any supervised practice, and the board's processing time.
 */
export function planLicense(
  ctx: PlanContext,
  drafts: DraftSet,
  need: LicenseNeed,
  derive: DeriveLeaves,
  choose: Chooser,
  depth: number,
): string[] | null {
  const options = licenseOptions(ctx, need);
  if (options.length === 0 || depth > 4) return null;
  // Already on the plan (the clinical license someone is on the way to): the rule waits for it.
  const planned = options.find((l) => drafts.has(`license-${l.id}`) && ctx.committed?.has(l.id));
  if (planned) {
    makeRequired(drafts, `license-${planned.id}`, need.requirement);
    return [`license-${planned.id}`];
  }

  // The choice depends on the plan context and the need only (each option is scored on a scratch
  // plan of its own), and every scratch plan that needs the license asks again: choose once.
  let known = chosen.get(ctx);
  if (!known) {
    known = new Map();
    chosen.set(ctx, known);
  }
  const key = `${depth}|${need.independent ? 1 : 0}|${need.types.join(',')}`;
  let best = known.get(key);
  if (best === undefined) {
    const choice = bestLicense(ctx, options, need, derive, choose, depth);
    best = choice?.license ?? null;
    // A choice that weighed the rule's other needs holds for that horizon only.
    if (choice?.horizon === undefined) known.set(key, best);
  }
  return best ? [addLicense(ctx, drafts, best, need.requirement, derive, choose, depth)] : null;
}

/** The licenses of a need that the person could be planned into in their state. */
export function licenseOptions(
  ctx: PlanContext,
  need: Pick<LicenseNeed, 'types' | 'independent'>,
): License[] {
  return (
    need.types
      .map((id) => ctx.data.byId.licenses.get(id))
      .filter((l): l is License => l !== undefined && (!need.independent || l.independent_practice))
      .filter((l) => ctx.profile.licenses.find((h) => h.type === l.id)?.status !== 'restricted')
      // A license the data credits but cannot plan (the LMFT): only one the person holds is an option.
      .filter((l) => l.planned !== false || ctx.profile.licenses.some((h) => h.type === l.id))
      // A level the person's state has no credential at (a BSW license in California) is no option.
      .filter((l) => stateLicenseFacts(ctx.data, ctx.profile, l.id).available)
      // The state issues this level as another credential (the California ASW, a registration, for
      // the LMSW level): getting it would not give the license the rule names.
      .filter((l) => !issuedAsAnother(ctx, l.id))
      // A limited license comes first (Michigan's LLMSW) and our data cannot date the full one.
      .filter((l) => !limitedFirst(ctx, l.id))
  );
}

/**
 * Whether a license need can be met with a license of the goal's own field (an LMSW for housing
 * case management). A need met only by another field's license (an RN for housing) does not fit:
 * the plan prefers another way to meet the rule, and keeps the license as a shorter way.
 */
export function needFitsSpecialization(
  ctx: PlanContext,
  need: Pick<LicenseNeed, 'types' | 'independent'>,
): boolean {
  const spec = ctx.specialization;
  if (!ctx.preferSpecLicenses || !spec || spec.licenses.length === 0) return true;
  if (need.types.some((type) => ctx.committed?.has(type))) return true;
  // A license the person already holds (or held) fits whatever its field.
  if (ctx.profile.licenses.some((held) => need.types.includes(held.type))) return true;
  const fits = licenseOptions(ctx, need).some((l) => spec.licenses.includes(l.id));
  if (!fits) preferenceSetApart(ctx);
  return fits;
}

/** Licenses already planned on their own, per plan context, license and depth (see licenseOnItsOwn). */
const triedAlone = new WeakMap<PlanContext, Map<string, { own: number; degrees: number }>>();

/**
 * The license planned on an empty plan: the months until it is held and the new degrees it takes.
 * The same license is weighed for several needs of a plan (the LMSW for the CCM's license and for
 * the ACM-SW's): only the need's wording differs, and that does not change the steps' dates.
 */
function licenseOnItsOwn(
  ctx: PlanContext,
  license: License,
  requirement: Phrase,
  derive: DeriveLeaves,
  choose: Chooser,
  depth: number,
): { own: number; degrees: number } {
  let known = triedAlone.get(ctx);
  if (!known) {
    known = new Map();
    triedAlone.set(ctx, known);
  }
  const key = `${license.id}|${depth}`;
  let tried = known.get(key);
  if (!tried) {
    const scratch = new DraftSet();
    addLicense(ctx, scratch, license, requirement, derive, choose, depth);
    const drafts = scratch.all();
    tried = {
      own: monthsToFinish(drafts, ctx.asOf),
      degrees: drafts.filter((d) => !d.fixed && d.kind === 'education').length,
    };
    known.set(key, tried);
  }
  return tried;
}

/** Licenses already chosen, per plan context and need (see planLicense). */
const chosen = new WeakMap<PlanContext, Map<string, License | null>>();

function bestLicense(
  ctx: PlanContext,
  options: readonly License[],
  need: LicenseNeed,
  derive: DeriveLeaves,
  choose: Chooser,
  depth: number,
): { license: License; horizon?: number } | undefined {
  const scored = options.map((license) => {
    const { own, degrees } = licenseOnItsOwn(ctx, license, need.requirement, derive, choose, depth);
    return {
      license,
      own,
      degrees,
      // The licenses the specialization expects come first (a social-work path for social work).
      offField:
        ctx.preferSpecLicenses && ctx.specialization && !ctx.specialization.licenses.includes(license.id)
          ? 1
          : 0,
      tier: TIER_ORDER.indexOf(license.tier),
      discipline: ctx.profile.education.some((e) => FIELD_DISCIPLINES[e.field] === license.discipline)
        ? 0
        : 1,
    };
  });
  if (scored.some((o) => o.offField === 1)) preferenceSetApart(ctx);
  type Scored = (typeof scored)[number];
  const pick = (months: (o: Scored) => number): Scored | undefined => {
    let best: Scored | undefined;
    let bestKey: number[] = [];
    for (const option of scored) {
      // On a tie of months the sooner way still wins (reactivating an inactive LCSW, not a new LMSW).
      const key = [option.offField, months(option), option.own, option.tier, option.discipline];
      if (!best || compareKeys(key, bestKey) < 0) {
        best = option;
        bestKey = key;
      }
    }
    return best;
  };
  const quickest = pick((o) => o.own);
  if (!quickest) return undefined;
  const fewerDegrees = scored.filter(
    (o) => o.offField === quickest.offField && o.degrees < quickest.degrees && Number.isFinite(o.own),
  );
  if (fewerDegrees.length === 0 || !need.horizon) return { license: quickest.license };
  // The rule's other needs take this long anyway: a license sooner than that gains nothing.
  const horizon = need.horizon();
  const months = (o: Scored) => Math.max(o.own, horizon);
  const best = pick(months) as Scored;
  // A way with fewer new degrees, as expected in the field and at most a few months later.
  let spare = best;
  for (const option of fewerDegrees) {
    if (option.degrees < spare.degrees && months(option) <= months(best) + MONTHS_A_DEGREE_IS_NOT_WORTH)
      spare = option;
  }
  return { license: spare.license, horizon };
}

/**
 * The clinical license of someone already on its way to it: they hold the credential its rule
 * names for the supervised years (an LMSW, the CA ASW, the NC LCSWA) and work under a licensed
 * supervisor now, so the supervised years are running.
 */
export function nextClinicalLicense(ctx: PlanContext, choose: Chooser): License | null {
  // A state registration or associate license exists for the supervised years: whoever holds one
  // is on the way to the clinical license, whatever their job is called.
  const stones = ctx.profile.licenses.filter((held) => {
    const license = ctx.data.byId.licenses.get(held.type);
    return held.status === 'active' && license?.state !== undefined && !license.independent_practice;
  });
  // The specialization's clinical licenses, then the one a held associate title leads to whatever
  // the goal (a Texas LPC Associate who wants healthcare case management is still on the way to
  // the LPC, and leaving the supervised hours could lose it).
  const candidates = [
    ...(ctx.specialization?.licenses ?? []),
    ...(stones.length > 0
      ? ctx.data.licenses
          .filter((l) => !l.state && l.tier === 'clinical')
          .filter((l) => {
            const associate = stateLicenseFacts(ctx.data, ctx.profile, l.id).licensure.associate_license;
            return stones.some((held) => held.type === associate);
          })
          .map((l) => l.id)
      : []),
  ];
  for (const id of new Set(candidates)) {
    const license = ctx.data.byId.licenses.get(id);
    if (license?.tier !== 'clinical' || !license.independent_practice) continue;
    // The job they hold now counts toward this license's supervised hours (a case manager's counts
    // toward the LCSW, with the board's caveat; not toward the LPC).
    const experience = predicatesOf(license.requires).find((p) => 'experience' in p);
    const counted = experience && 'experience' in experience ? (experience.experience.roles ?? null) : null;
    // A state associate title leads here whatever the job is called (a North Carolina LCSWA
    // working as a health plan's care coordinator): its own clock runs (the exam within its first
    // two years, at most six years held), so the plan keeps it in view and the supervised-practice
    // step asks the board whether the job's hours count.
    const associateHeld = stones.some(
      (held) => held.type === stateLicenseFacts(ctx.data, ctx.profile, id).licensure.associate_license,
    );
    // Under another supervisor, the associate title's clock runs in a role the license counts (a
    // Michigan LLPC's rehabilitation counseling under a CRC): the supervised-practice step says
    // the board decides whether that supervision counts.
    const countedRole = (role: Role) => counted === null || counted.includes(role);
    const working = ctx.profile.experience.some(
      (e) =>
        e.ongoing &&
        (e.supervised_by === 'licensed'
          ? associateHeld ||
            (countedRole(e.role) &&
              (stones.length > 0 || e.role === 'social-worker' || e.role === 'counselor'))
          : associateHeld && e.supervised_by !== 'none' && countedRole(e.role)),
    );
    if (!working) continue;
    if (ctx.profile.licenses.some((held) => held.type === id)) continue;
    const facts = stateLicenseFacts(ctx.data, ctx.profile, id);
    if (!facts.available || issuedAsAnother(ctx, id)) continue;
    // The state's own associate title for this license (the Texas LPC Associate for the LPC).
    if (stones.some((held) => held.type === facts.licensure.associate_license)) return license;
    const walk = walkRule(license.requires, ctx.evaluate(license.requires), choose);
    if (walk.met.some((m) => m.leaf.kind === 'license')) return license;
  }
  return null;
}

/**
 * The state first issues a limited or associate title with no id of its own (Michigan's LLMSW and
 * LLBSW) and our sources give no length for the supervised years before the full one: the full
 * license cannot be dated, so it is not planned as if the degree were enough.
 */
export function limitedFirst(ctx: PlanContext, licenseId: string): boolean {
  const facts = stateLicenseFacts(ctx.data, ctx.profile, licenseId);
  const { associate_title, associate_license, source } = facts.licensure;
  return (
    source === 'state' &&
    associate_title !== null &&
    associate_license === null &&
    facts.supervisionMonths === null
  );
}

/**
 * Full-time months of supervised work the license's experience requirement counts already, and
 * the months it still asks for (0 when it is met).
 */
function hasExperience(walk: Walk): boolean {
  return [...walk.met, ...walk.unmet].some(({ leaf }) => leaf.kind === 'experience');
}

/**
 * The readings of the person's own work the practice rests on (a social-work post counted as
 * clinical practice): said where the plan counts that work as done.
 */
function practiceReadings(walk: Walk): string[] {
  for (const { leaf, node } of [...walk.met, ...walk.unmet]) {
    if (leaf.kind !== 'experience') continue;
    return node.caveats.filter((text) => leaf.personal?.includes(text));
  }
  return [];
}

function practiceMonths(walk: Walk): { credited: number; left: number } {
  const measured = experienceMonths(walk);
  return { credited: measured?.have ?? 0, left: measured?.left ?? 0 };
}

export function issuedAsAnother(ctx: PlanContext, licenseId: string): boolean {
  const own = stateLicenseFacts(ctx.data, ctx.profile, licenseId).licensure.state_license;
  return own !== null && own !== licenseId;
}

// An associate license or registration is held after the master's and on the way to the clinical one.
const TIER_RANK: Record<string, number> = {
  practical: 0,
  entry: 1,
  bachelor: 1,
  master: 2,
  associate: 3,
  clinical: 4,
};

/** The person already holds a credential of this discipline at this level or above (an LCSWA, not a CMSW). */
export function holdsAtOrAbove(ctx: PlanContext, license: License): boolean {
  return ctx.profile.licenses.some((held) => {
    const other = ctx.data.byId.licenses.get(held.type);
    return (
      other !== undefined &&
      held.status !== 'restricted' &&
      other.discipline === license.discipline &&
      (TIER_RANK[other.tier] ?? 0) >= (TIER_RANK[license.tier] ?? 0)
    );
  });
}

export function addLicense(
  ctx: PlanContext,
  drafts: DraftSet,
  license: License,
  requirement: Phrase,
  derive: DeriveLeaves,
  choose: Chooser,
  depth: number,
  optional = false,
): string {
  const held = ctx.profile.licenses.find((h) => h.type === license.id);
  if (held?.status === 'inactive') return reactivationStep(ctx, drafts, held, license, requirement, optional);

  // The person's state decides the title, the exams and the supervised practice (src/roadmap/state-license.ts).
  const facts = stateLicenseFacts(ctx.data, ctx.profile, license.id);
  const walk = walkRule(license.requires, ctx.evaluate(license.requires), choose);
  // Supervised work the license's own rule already counts (hours since the degree, under a
  // licensed supervisor), or the state's where only the state says it (Illinois' three years
  // after the BSW), shortens the state's minimum duration by as much.
  const practice = !hasExperience(walk) ? facts.licensure.practice : null;
  const practiceNode = practice ? ctx.evaluate(practice) : null;
  // The walk the practice is counted on: the state's rule where it gives one, else the license's.
  const practiceWalk = practice && practiceNode ? walkRule(practice, practiceNode, choose) : walk;
  const { credited, left } = practiceMonths(practiceWalk);
  // Someone already in supervised practice keeps at it: the hours still missing are part of the
  // supervised-practice step, not a second step about the same work.
  const inPractice = credited >= 1 && facts.supervisionMonths !== null;
  const hoursLeft = inPractice ? left : 0;
  // Where the state gives its own supervised practice, that step is the practice: the national
  // rule's hours (3,000 for the LCSW) are not planned beside it as a post of their own for someone
  // working now (the practice runs in their post, or the one the plan moves them to). Someone with
  // no post keeps the search those hours plan: supervised practice is done in a post.
  const statePractice =
    facts.licensure.source === 'state' &&
    facts.supervisionMonths !== null &&
    ctx.profile.experience.some((e) => e.ongoing);
  // The practice runs in the person's post, but the license's rule does not count that role (a
  // health plan's care coordinator toward the LCSW): the board decides, so the step says to ask.
  const uncountedRole = statePractice && !inPractice ? roleNotCounted(ctx, walk) : null;
  // The board issued the person's associate title for this license on a degree its own rule asks
  // for (a Michigan LLPC on a rehabilitation counseling master's): that degree is the one the
  // clinical license's hours are earned on, so no second degree is planned; the step says so.
  const degreeVouched = associateVouchesForDegree(ctx, facts.licensure.associate_license);
  const degreeTaken = degreeVouched && walk.unmet.some((u) => u.leaf.kind === 'degree');
  // Exams are planned below from the state's list, in their place after any supervised practice.
  const unmet = walk.unmet.filter(
    (u) =>
      u.leaf.kind !== 'exam' &&
      !(degreeTaken && u.leaf.kind === 'degree') &&
      !((inPractice || statePractice) && u.leaf.kind === 'experience'),
  );
  const before = derive(drafts, unmet, depth + 1, { purpose: { name: facts.short, license: true } });
  const steps = [...before];
  let examsAfter = before;
  const supervisionLeft =
    facts.supervisionMonths === null
      ? null
      : Math.max(0, Math.ceil(facts.supervisionMonths - credited), Math.ceil(hoursLeft));
  if (supervisionLeft !== null && supervisionLeft > 0) {
    // The supervised months run alongside the experience the rule counts in hours: both are the
    // same practice, and the state's minimum duration is what sets the date.
    const credentials = before.filter((id) => drafts.get(id)?.kind !== 'experience');
    // The hours are earned under the state's associate or limited license: it comes first.
    const associate = associateHeldFirst(ctx, license);
    if (associate) {
      const associateShort = stateLicenseFacts(ctx.data, ctx.profile, associate.id).short;
      const first = addLicense(
        ctx,
        drafts,
        associate,
        phrase('license.associate-first', {
          short: facts.short,
          associate: associateShort,
          state: facts.licensure.state_name,
        }),
        derive,
        choose,
        depth + 1,
        optional,
      );
      credentials.push(first);
      steps.push(first);
    }
    const supervised = drafts.add({
      id: `supervised-${license.id}`,
      kind: 'experience',
      title: phrase('license.supervised', {
        short: facts.short,
        months: supervisionLeft,
        more: credited >= 1,
      }),
      why:
        credited >= 1
          ? [
              ...facts.supervisionWhyLeft(supervisionLeft, credited),
              ...(practiceNode?.caveats ?? []).map(given),
            ]
          : [
              ...facts.supervisionWhy,
              ...(uncountedRole?.supervisor
                ? [
                    phrase('license.practice-supervisor-unsure', {
                      supervisor: uncountedRole.supervisor,
                      short: facts.short,
                      past: uncountedRole.past,
                    }),
                  ]
                : uncountedRole
                  ? [phrase('license.practice-role-unsure', { ...uncountedRole, short: facts.short })]
                  : []),
            ],
      cost: null,
      sources: sourceRefs(facts.sources),
      duration: supervisionLeft,
      after: credentials,
    });
    steps.push(supervised);
    examsAfter = [...before, supervised];
  }
  // Supervised work counted in full only as the plan reads the person's duties: the board is
  // asked first, before any exam or application the license waits for.
  const readings = practiceReadings(practiceWalk);
  if (supervisionLeft === 0 && credited >= 1 && readings.length > 0) {
    const ask = askBoardFirst(drafts, license, facts, Math.floor(credited));
    steps.push(ask);
    examsAfter = [...examsAfter, ask];
  }
  // A state exam taken while the associate credential is held comes before the national exam.
  const early = earlyStateExamStep(ctx, drafts, license.id);
  if (early) {
    steps.push(early);
    examsAfter = [...examsAfter, early];
  }
  const passed = facts.exams.filter((id) => ctx.profile.exams_passed.includes(id));
  const pending =
    facts.examsMode === 'any' && passed.length > 0
      ? []
      : facts.exams.filter((id) => !passed.includes(id) && !drafts.has(`exam-${id}`));
  // An exam already on the plan (for a certification) is not planned twice, but the license still waits for it.
  const alreadyPlanned =
    facts.examsMode === 'any' && passed.length > 0
      ? []
      : facts.exams
          .filter((id) => !passed.includes(id) && drafts.has(`exam-${id}`))
          .map((id) => `exam-${id}`);
  steps.push(...alreadyPlanned);
  // A state exam the sources do not name gets its study time, unless one of the license's usual
  // exams is passed or already on the plan (an ASWB Masters for a C-ASWCM beside an Ohio LSW):
  // then the board's exam is most likely that one, and the license waits for it instead.
  const usual = facts.examUnknown ? license.exams : [];
  const usualPlanned = usual.filter((id) => drafts.has(`exam-${id}`)).map((id) => `exam-${id}`);
  steps.push(...usualPlanned);
  const unnamedExam =
    facts.examUnknown &&
    usualPlanned.length === 0 &&
    !usual.some((id) => ctx.profile.exams_passed.includes(id));
  const name = (id: string) => ctx.data.byId.exams.get(id)?.name ?? id;
  // An associate credential held whose own exam the sources do not name (the Texas LPC Associate)
  // may have needed this exam already: say how to tell the plan.
  const associate = facts.licensure.associate_license;
  const heldAssociate = associate ? ctx.profile.licenses.find((l) => l.type === associate) : undefined;
  const maybePassed = Boolean(
    heldAssociate &&
      associate &&
      stateLicenseFacts(ctx.data, ctx.profile, associate).licensure.exams === null,
  );
  // The application comes first, and the study for the exam runs alongside the board's review:
  // where the sources say the board approves you to sit the exam once you apply (the NCLEX), that
  // is the order; elsewhere the step says the order is the board's to confirm (exam_approval).
  // A state that has the national exam passed while the associate credential is held (North
  // Carolina: the ASWB Clinical within the LCSWA's first two years) plans it early, not after the
  // supervised hours; the license application then comes once the hours are done.
  const withinAssociate =
    facts.licensure.source === 'state' ? facts.licensure.exam_within_associate_months : null;
  const examAfter =
    withinAssociate !== null ? before.filter((id) => drafts.get(id)?.kind !== 'experience') : examsAfter;
  const apply =
    withinAssociate === null && (pending.length > 0 || alreadyPlanned.length > 0)
      ? applicationStep(drafts, license, facts, examsAfter, optional, [
          ...pending.map(name),
          ...alreadyPlanned.map((examId) => name(examId.slice('exam-'.length))),
        ])
      : null;
  if (apply) {
    steps.push(apply);
    for (const examId of alreadyPlanned) {
      const exam = drafts.get(examId);
      if (exam) exam.endsAfter = [...new Set([...(exam.endsAfter ?? []), apply])];
    }
  }
  const purpose = (names: readonly string[]) =>
    phrase('license.exam-purpose', {
      short: facts.short,
      exams: names,
      associateTitle: facts.licensure.associate_title,
      maybePassed,
      withinAssociate:
        withinAssociate === null ? null : { state: facts.licensure.state_name, months: withinAssociate },
    });
  const sitAfterApproval = (examId: string) => {
    const exam = drafts.get(examId);
    if (exam && apply) exam.endsAfter = [...new Set([...(exam.endsAfter ?? []), apply])];
    // Due within the associate credential's first months: the law dates it, nothing moves it.
    if (exam && withinAssociate !== null) exam.dueByLaw = true;
    return examId;
  };
  if (facts.examsMode === 'all') {
    for (const id of pending)
      steps.push(sitAfterApproval(planExam(ctx, drafts, [id], examAfter, purpose([name(id)]))));
  } else if (pending.length > 0) {
    steps.push(sitAfterApproval(planExam(ctx, drafts, pending, examAfter, purpose(pending.map(name)))));
  }
  // The state's own exams beside the national one (the Texas jurisprudence exam).
  steps.push(...stateExamSteps(ctx, drafts, facts, examAfter));
  // The exams the license waits for: those planned here and those already on the plan for a
  // certification (a new MSW's ASWB Masters exam, planned for the C-ASWCM).
  const exams = [...pending.map(name), ...alreadyPlanned.map((examId) => name(examId.slice('exam-'.length)))];
  const id = drafts.add({
    id: `license-${license.id}`,
    kind: 'license',
    title: phrase('license.title', { title: facts.title, optional }),
    why: [
      phrase('requirement.sentence', { requirement }),
      ...(facts.summary ? [given(facts.summary)] : []),
      ...(degreeTaken && heldAssociate
        ? [
            phrase('license.degree-through-associate', {
              short: facts.short,
              associate: stateLicenseFacts(ctx.data, ctx.profile, heldAssociate.type).short,
            }),
          ]
        : []),
      apply
        ? phrase('license.issued-after', {
            exams: { names: exams, mode: facts.examsMode },
            months: ASSUME.licenseProcessingMonths,
          })
        : unnamedExam
          ? phrase('license.unnamed-exam-months', {
              months: ASSUME.licenseProcessingMonths + ASSUME.unnamedExamMonths,
              examMonths: ASSUME.unnamedExamMonths,
            })
          : phrase('license.board-months', { months: ASSUME.licenseProcessingMonths }),
      // Supervised practice the profile already covers in full has no step of its own: the license
      // says what the plan counted, what the state asks, and that the board judges the hours.
      ...(supervisionLeft === 0 && credited >= 1
        ? [
            phrase('license.practice-credited', {
              short: facts.short,
              months: Math.floor(credited),
              minimum: facts.supervisionMonths,
              asked: readings.length > 0,
            }),
            ...readings.map(given),
            ...facts.supervisionAsks,
          ]
        : []),
      ...facts.licenseWhy,
    ],
    // The fee is paid with the application, where there is one.
    cost: apply ? null : licenseFee(license, facts),
    ...(apply ? { paidWith: apply } : {}),
    sources: sourceRefs(facts.sources),
    // An exam the sources do not name still takes its study: the license is not dated a month on.
    duration: ASSUME.licenseProcessingMonths + (unnamedExam && !apply ? ASSUME.unnamedExamMonths : 0),
    after: steps,
    gains: { credential: license.id },
  });
  // Holding an associate credential can bring an exam of its own (the CA ASW's law and ethics exam).
  for (const clinicalId of clinicalWithEarlyExam(ctx, license.id))
    earlyStateExamStep(ctx, drafts, clinicalId);
  return id;
}
