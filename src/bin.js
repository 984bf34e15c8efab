#!/usr/bin/env node
// The `readout` command. The code is TypeScript run through tsx's loader, so a
// fresh clone works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
