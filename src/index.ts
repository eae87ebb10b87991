/** The library API: the same pure functions the CLI uses. */
export type { Diagnostic } from './core/diagnostic.js';
export { type Data, dataSetOf, indexData } from './data/model.js';
export { mergeLayers, parseDataLayer } from './data/parse-data.js';
