import type { PlanContext } from './context.js';

/**
 * Plan contexts in which preferring the specialization's licenses (PlanContext.preferSpecLicenses)
 * has set a license apart: a need only another field's license meets, or a license option outside
 * the specialization's list. Until that happens, a plan made without the preference is the same
 * plan, and the search for a quicker license outside the list (alternatives.ts) can reuse it.
 */
const setApart = new WeakSet<PlanContext>();

/** Notes that the preference set a license apart in this plan. */
export function preferenceSetApart(ctx: PlanContext): void {
  setApart.add(ctx);
}

/** True once the preference has set a license apart in this plan. */
export function preferenceHasSetApart(ctx: PlanContext): boolean {
  return setApart.has(ctx);
}
