import type { Look } from './style.js';

/** A section heading, set one column in from the margin as the UX sketch shows. */
export function heading(look: Look, title: string): string {
  return ` ${look.style.heading(title)}`;
}

/** Removes trailing spaces, which only make golden files and copy-paste noisy. */
export function trimEnd(line: string): string {
  return line.replace(/ +$/, '').replace(/ +((?:\u001b\[[0-9;]*m)+)$/, '$1');
}
