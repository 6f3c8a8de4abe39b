export { evaluate, rulesFor } from './evaluate.js';
export { buildQuestion, InvalidQuestion, parseObjective, questionTitle } from './question.js';
export { whyNot } from './why-not.js';
export type * from './types.js';
