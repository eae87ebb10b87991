import type { License } from '../../data/schema/families.js';
import { predicatesOf } from '../../engine/compile.js';
import type { PlanContext } from '../context.js';
import { stateLicenseFacts } from '../state-license.js';

/**
 * The state's associate or limited license that a license's supervised hours are earned under,
 * when the license's own rule does not ask for it (Michigan's LMSW after the LLMSW, the Texas LPC
 * after the LPC Associate): the plan gets it before the hours start. Null when the rule plans it
 * already (the LCSW's rule takes the NC LCSWA), the person holds it, or the state has none.
 */
export function associateHeldFirst(ctx: PlanContext, license: License): License | null {
  const { licensure } = stateLicenseFacts(ctx.data, ctx.profile, license.id);
  if (licensure.source !== 'state' || !licensure.associate_license) return null;
  const associate = ctx.data.byId.licenses.get(licensure.associate_license);
  if (!associate || associate.id === license.id) return null;
  // One that asks for an exam of its own (Ohio's LPC, the NCE) is a license in its own right, on
  // the plan by its own route; only the credentials that are the supervised years are added here.
  if (associate.exams.length > 0 || predicatesOf(associate.requires).some((p) => 'exam' in p)) return null;
  const taken = predicatesOf(license.requires).some(
    (p) => 'license' in p && p.license.types.includes(associate.id),
  );
  if (taken) return null;
  const held = ctx.profile.licenses.find((l) => l.type === associate.id);
  // An inactive one is reactivated on its own step (addLicense); any other status is held.
  if (held && held.status !== 'inactive') return null;
  return associate;
}
