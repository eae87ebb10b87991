import type { Diagnostic } from '../core/diagnostic.js';
import type { ParsedLayer } from './parse-data.js';
import { recordDiagnostic } from './positioned.js';

type Rec = Record<string, unknown>;

/**
 * A job's BLS occupation must have pay somewhere in the data (a national BLS median in
 * salaries.yaml or a state's OEWS pay in states.yaml), or the plan cannot say what it pays; and
 * every state a job names for its own version must be a state the job exists in.
 */
export function jobChecks(layer: ParsedLayer): Diagnostic[] {
  const jobs = layer.lists.get('jobs');
  if (!jobs || !layer.lists.has('bls') || !layer.lists.has('states')) return [];
  const paid = new Set<string>();
  for (const median of layer.lists.get('bls') ?? []) paid.add(String(median.soc));
  for (const state of layer.lists.get('states') ?? []) {
    for (const pay of (state.pay as Rec[] | undefined) ?? []) paid.add(String(pay.soc));
  }
  const out: Diagnostic[] = [];
  for (const job of jobs) {
    if (typeof job.soc !== 'string' || paid.has(job.soc)) continue;
    const diagnostic = recordDiagnostic(layer, job, ['soc'], {
      severity: 'warning',
      code: 'job-without-pay',
      message: `no pay for SOC ${job.soc} in salaries.yaml (bls) or in any state's pay`,
    });
    if (diagnostic) out.push(diagnostic);
  }
  return out;
}
