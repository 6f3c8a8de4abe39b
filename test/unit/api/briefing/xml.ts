/**
 * A real XML parser for the briefing tests: jsdom's DOMParser, typed by hand (jsdom ships no types and
 * @types/jsdom is not installed). parseXml fails the test when the document does not parse.
 */
// @ts-expect-error -- no declaration file for jsdom
import { JSDOM as UntypedJSDOM } from 'jsdom';
import { expect } from 'vitest';

const JSDOM = UntypedJSDOM as new (html?: string) => { window: Window & typeof globalThis };

export function parseXml(text: string, type: DOMParserSupportedType = 'image/svg+xml'): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(text, type);
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

export const parseHtml = (html: string): Document => new JSDOM(html).window.document;
