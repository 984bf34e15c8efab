import { Engine } from './src/engine.ts';
import { readQuestion } from './src/answer/question.ts';
const e = Engine.load('corpus');
const r = (e as any).dateOfEvent.bind(e);
console.log(readQuestion('who did Austin call after the Second Thomas Shoal incident?', r));
