// The parse worker's entry: worker threads do not inherit the main thread's
// tsx loader, so this plain-JS file registers it before loading the worker's
// TypeScript (see parseWorker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./parseWorker.thread.ts');
