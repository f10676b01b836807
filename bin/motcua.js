#!/usr/bin/env node
// The `motcua` command. Runs the TypeScript sources directly (Node 24 strips types; see docs/decisions.md).
import '../src/cli/main.ts';
