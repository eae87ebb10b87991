import { embedBuiltinData } from '../scripts/embed-data.js';
import { ensureBuilt } from './helpers/build.js';

/**
 * Unit tests import the CLI modules, which embed the generated built-in data: make it fresh.
 * End-to-end tests spawn the bundled CLI: build it once here, unless dist/ is already fresh.
 */
export default function setup(): void {
  ensureBuilt();
  embedBuiltinData();
}
