import { createHash } from 'node:crypto';

/**
 * The short hash of an English text that a translation stores beside itself (`source_hash`): when
 * the English changes, the hash no longer matches and `validate` asks for a review. Eight hex
 * digits of SHA-256 over the text as the data holds it (after YAML folding).
 */
export function sourceHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
}
