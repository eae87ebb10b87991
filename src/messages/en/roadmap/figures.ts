import type { PayFigures } from '../../../roadmap/types.js';
import { usd } from './words.js';

/**
 * The figures in words, for the answers and the step reasons: "a median of $45,120 a year
 * nationally (May 2024; 8 in 10 earned $33,280–$63,850) and $44,030 in TX".
 */
export function figuresWords(p: PayFigures): string {
  const [state, statePeriod] = (p.state_median_period ?? '').split(', ');
  const notes = [
    p.period,
    p.median_usd !== undefined && p.min_usd < p.max_usd
      ? `8 in 10 earned ${usd(p.min_usd)}–${usd(p.max_usd)}`
      : undefined,
    p.sources?.[0]?.official === false ? 'as a third-party page gives it; verify on bls.gov' : undefined,
  ].filter(Boolean);
  const national =
    p.median_usd !== undefined
      ? `a median of ${usd(p.median_usd)} a year nationally`
      : `${usd(p.min_usd)}–${usd(p.max_usd)} a year nationally`;
  const inState =
    p.state_median_usd && state
      ? ` and ${usd(p.state_median_usd)} in ${state}${statePeriod && statePeriod !== p.period ? ` (${statePeriod})` : ''}`
      : '';
  return `${national}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}${inState}`;
}
