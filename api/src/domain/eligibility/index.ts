export {
  comparePageKeys,
  holdsByKind,
  itemOfKind,
  listedInPageOrder,
  mergePage,
  type KindRow,
  type PageItem,
  type PageKey,
} from './by-kind.js';
export { evaluate, rulesFor } from './evaluate.js';
export { actorProfile } from './profile.js';
export {
  approachWord,
  assumptionPhrase,
  buildQuestion,
  InvalidQuestion,
  parseObjective,
  questionTitle,
  type AssumptionInput,
} from './question.js';
export { whyNot } from './why-not.js';
export * from './types.js';
