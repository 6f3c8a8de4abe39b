/**
 * How a responder to an incident stands to the others of its step (2013, 3.2; issue 17), in words: the text's
 * "or" (alternatives), "together with" (joint action) and "keep each other informed" (mutual) are not a sequence.
 * Pure.
 */
export interface ResponderRef {
  mode: string;
  with: readonly string[];
}

const list = (names: readonly string[], word: string) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`;

/** "Together with …", "Or … in its place", "Keeps … informed, and is kept informed"; null when it acts alone. */
export function responseModeWords(responder: ResponderRef, name: (id: string) => string): string | null {
  const others = responder.with.map(name);
  if (others.length === 0) return null;
  switch (responder.mode) {
    case 'JOINT':
      return `Together with ${list(others, 'and')}`;
    case 'ALTERNATIVE':
      return `Or ${list(others, 'or')} in its place: one of them, not all`;
    case 'MUTUAL':
      return `Keeps ${list(others, 'and')} informed, and is kept informed`;
    default:
      return null;
  }
}

/** The scope that triggers a cooperation plan, in words. */
export const triggerWords = (trigger: string): string =>
  trigger === 'CROSS_BORDER' ? 'an incident that crosses borders' : 'an incident within one Member State';
