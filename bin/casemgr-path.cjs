#!/usr/bin/env node
// Tiny launcher: everything lives in the bundled CLI. CommonJS, like the bundle, so that its
// compiled code can be cached between runs and no ES-module loader is started for a command
// (docs/architecture.md, start-up).
require('../dist/cli/main.cjs');
