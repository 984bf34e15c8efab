#!/usr/bin/env node
// The `readout` command. The code is TypeScript run through tsx's loader, so a
// fresh clone works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';
import dotenv from 'dotenv';

// Settings from .env (in the current folder) fill what the environment lacks.
dotenv.config({ quiet: true });
register();
const { main } = await import('./cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
