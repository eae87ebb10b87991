import { type Month, monthFromIndex, monthIndex } from '../core/month.js';
import type { Data } from '../data/model.js';
import type { Certification } from '../data/schema/families.js';
import type { Profile } from '../profile/schema.js';
import type { EvalContext } from './context.js';
import { evaluateRuleAt, missingItems, relevantCaveats } from './evaluate-rule.js';
import { projectEligibleMonth } from './project.js';
import type { CertificationVerdict, EligibilityReport, RouteVerdict } from './types.js';

export interface EvaluateOptions {
  /** The month the verdicts are for (YYYY-MM). */
  asOf: Month;
  /** Only these certification ids (default: every certification in the data). */
  certifications?: readonly string[];
}

/** Every certification's verdict for a profile: the `eligibility --format json` object. Pure. */
export function evaluate(profile: Profile, data: Data, options: EvaluateOptions): EligibilityReport {
  const index = monthIndex(options.asOf);
  const context: EvalContext = { profile, data, asOf: index, at: index };
  const wanted = options.certifications;
  const certifications = wanted
    ? data.certifications.filter((certification) => wanted.includes(certification.id))
    : data.certifications;
  return {
    version: 1,
    as_of: options.asOf,
    certifications: certifications.map((certification) => evaluateCertificationAt(certification, context)),
  };
}

export function evaluateCertificationAt(
  certification: Certification,
  context: EvalContext,
): CertificationVerdict {
  const base = { id: certification.id, name: certification.name };
  if (certification.status === 'unconfirmed') {
    return {
      ...base,
      eligible: false,
      status: 'unconfirmed',
      route: null,
      routes: [],
      eligible_from: null,
      caveats: [
        certification.status_note ?? `${certification.abbreviation}: status unconfirmed; no verdict given.`,
      ],
    };
  }
  if (
    certification.status === 'retired' &&
    certification.retired_on &&
    monthIndex(certification.retired_on) <= context.at
  ) {
    return {
      ...base,
      eligible: false,
      status: 'retired',
      route: null,
      routes: [],
      eligible_from: null,
      caveats: [
        `${certification.abbreviation} was retired in ${certification.retired_on}; it is no longer awarded.`,
      ],
    };
  }

  const routes: (RouteVerdict & { caveatTexts: string[] })[] = certification.routes.map((route) => {
    const tree = evaluateRuleAt(route.rule, context);
    const opens = projectEligibleMonth(route.rule, tree, context);
    return {
      id: route.id,
      title: route.title,
      eligible: tree.ok,
      missing: missingItems(tree),
      eligible_from: !tree.ok && opens !== null ? monthFromIndex(opens) : null,
      tree,
      caveatTexts: [...(route.caveats ?? []).map((caveat) => caveat.text), ...relevantCaveats(tree)],
    };
  });

  const eligible = routes.find((route) => route.eligible);
  const soonest = routes
    .filter((route) => route.eligible_from !== null)
    .sort((a, b) => monthIndex(a.eligible_from!) - monthIndex(b.eligible_from!))[0];
  const closest = [...routes].sort((a, b) => a.missing.length - b.missing.length)[0];
  const deciding = eligible ?? soonest ?? closest ?? null;
  const status = eligible ? 'eligible' : soonest ? 'not-yet' : 'not-eligible';

  return {
    ...base,
    eligible: status === 'eligible',
    status,
    route: eligible?.id ?? null,
    routes: routes.map(({ caveatTexts: _caveats, ...route }) => route),
    eligible_from: status === 'not-yet' ? soonest!.eligible_from : null,
    caveats: [...new Set(deciding?.caveatTexts ?? [])],
  };
}
