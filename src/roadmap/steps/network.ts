import { FIELD_DISCIPLINES } from '../../core/vocabulary.js';
import type { Certification, Organization } from '../../data/schema/families.js';
import type { PlanContext } from '../context.js';
import { type DraftStep, sourceRefs } from '../draft.js';
import { fixed, given, phrase } from '../phrases/index.js';

/**
 * A professional association to join: the one the specialization names first, else the issuer of
 * a certification on the plan when it is also an association, else the first membership
 * association in the data.
 */
export function chooseOrganization(
  ctx: PlanContext,
  certs: readonly Certification[],
  plannedDegrees: readonly string[] = [],
): Organization | undefined {
  const orgs = ctx.data.byId.organizations;
  // An association that certifies only one discipline (NASW: social workers) is for people of
  // that discipline: someone with a human-services degree and no social-work one on the way
  // is pointed to an association for every case manager instead.
  const disciplines = personDisciplines(ctx, plannedDegrees);
  const forThem = (o: Organization) => {
    const issued = ctx.data.certifications.filter((c) => c.issuer === o.id);
    if (issued.length === 0 || issued.some((c) => c.disciplines.includes('any'))) return true;
    return issued.some((c) => c.disciplines.some((d) => disciplines.has(d)));
  };
  const association = (o: Organization | undefined): o is Organization =>
    o?.kinds.includes('professional-association') === true && forThem(o);
  for (const id of ctx.specialization?.organizations ?? []) {
    const org = orgs.get(id);
    if (association(org)) return org;
  }
  for (const cert of certs) {
    const org = orgs.get(cert.issuer);
    if (association(org)) return org;
  }
  return ctx.data.organizations.find((o) => association(o) && !o.kinds.includes('certifying-body'));
}

/** The disciplines of the person's degrees and licenses, and of the degrees the plan adds. */
function personDisciplines(ctx: PlanContext, plannedDegrees: readonly string[]): Set<string> {
  const fields = [
    ...ctx.profile.education.map((e) => e.field),
    ...plannedDegrees.map((id) => ctx.data.byId.degrees.get(id)?.field).filter((f) => f !== undefined),
  ];
  const out = new Set<string>();
  for (const field of fields) {
    const discipline = FIELD_DISCIPLINES[field];
    if (discipline) out.add(discipline);
  }
  for (const held of ctx.profile.licenses) {
    const discipline = ctx.data.byId.licenses.get(held.type)?.discipline;
    if (discipline) out.add(discipline);
  }
  return out;
}

/**
 * `goalIssuer`: the issuer of the plan's goal. Where the association is that issuer (NASW for the
 * C-ASWCM), the note on whose CE ACMA accepts is beside the point and is left out.
 */
export function networkStep(org: Organization, goalIssuer: string | null = null): DraftStep {
  const dues = org.membership_usd;
  const ce = org.ce_provider === true && org.id !== goalIssuer;
  return {
    id: `join-${org.id}`,
    kind: 'network',
    title: phrase('network.title', { abbreviation: org.abbreviation, name: org.name }),
    why: [
      given(org.summary),
      ...(ce ? [fixed('network.ce')] : []),
      ...(dues ? [phrase('network.dues', { min: dues.min, max: dues.max })] : []),
      fixed('network.joining'),
    ],
    cost: org.membership_usd ?? null,
    sources: sourceRefs([...org.sources, ...(ce ? (org.ce_provider_sources ?? []) : [])]),
    duration: 0,
    after: [],
    optional: true,
  };
}
