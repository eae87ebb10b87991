import type { TranslatedText } from '../data/i18n/resolve.js';
import table from '../generated/i18n-es.json' with { type: 'json' };

/**
 * The built-in data's Spanish, as the build checked and resolved it (scripts/embed-data.ts). Its
 * own module so that only a Spanish run imports it.
 */
export const builtinSpanish = table as unknown as readonly TranslatedText[];
