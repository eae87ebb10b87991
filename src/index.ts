/** The library API: the same pure functions the CLI uses. */
export type { Diagnostic } from './core/diagnostic.js';
export { parseDataLayer, mergeLayers } from './data/parse-data.js';
export { indexData, dataSetOf, type Data } from './data/model.js';
