export { evaluate, rulesFor } from './evaluate.js';
export { buildQuestion, InvalidQuestion, normaliseObjective, questionTitle } from './question.js';
export { whyNot } from './why-not.js';
export type * from './types.js';
