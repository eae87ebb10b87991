#!/usr/bin/env node
// Tiny launcher: everything lives in the bundled CLI.
import '../dist/cli.js';
