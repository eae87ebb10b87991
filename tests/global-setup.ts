import { embedBuiltinData } from '../scripts/embed-data.js';

/** Unit tests import the CLI modules, which embed the generated built-in data: make it fresh. */
export default function setup(): void {
  embedBuiltinData();
}
