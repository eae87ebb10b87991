/** Comparisons and roundings with a little slack, so 12 full-time months are never "a few hours short" of 2,080. */
export const EPSILON = 1e-6;

/**
 * 2,253 and 7.5: thousands separated, at most `decimals` decimals, no trailing zeros. Hand-written
 * on purpose: the first `Intl.NumberFormat` / `toLocaleString` call loads ICU data, which costs a
 * one-shot CLI 20 ms or more of start-up.
 */
export function formatNumber(value: number, decimals = 0): string {
  // Most numbers in a plan are small whole ones (months, hours): nothing to round or group.
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // Within these bounds the shortest decimal that reads back as `rounded` is `rounded` written to
  // `decimals` places without trailing zeros, which is what String() gives, and faster than toFixed.
  if (decimals <= 6 && Math.abs(rounded) < 1e9) {
    const text = String(Math.abs(rounded));
    const dot = text.indexOf('.');
    const whole = dot < 0 ? text : text.slice(0, dot);
    return `${rounded < 0 ? '-' : ''}${grouped(whole)}${dot < 0 ? '' : text.slice(dot)}`;
  }
  const negative = rounded < 0;
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const trimmed = fraction?.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${trimmed ? `.${trimmed}` : ''}`;
}

/** "2253" → "2,253" (digits only). */
function grouped(digits: string): string {
  if (digits.length <= 3) return digits;
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * A whole number of something accrued (hours): what a person has rounds down, what they need
 * rounds up, so words never claim more progress than there is. 2,253.
 */
export function formatWhole(value: number, round: 'down' | 'up'): string {
  return formatNumber(round === 'down' ? Math.floor(value + EPSILON) : Math.ceil(value - EPSILON));
}

/** "$1,234": US dollars as US readers write them, in English and in US Spanish alike. */
export function formatUsd(usd: number): string {
  return `$${formatNumber(usd)}`;
}

/** "$395–470"; one amount when both ends are equal. */
export function formatUsdRange(min: number, max: number, dash = '–'): string {
  return min === max ? formatUsd(min) : `${formatUsd(min)}${dash}${formatNumber(max)}`;
}
