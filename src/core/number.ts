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
  const negative = rounded < 0;
  const [whole = '0', fraction] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}
