/**
 * Everything `npm run codegen` writes, generated in memory: the vocabulary enums' SDL (from core/vocabulary.ts),
 * the API's resolver types and the UI's typed operations (graphql-codegen, config.ts). The CLI writes them; a
 * test compares them with the files in the tree, so CI fails when one is stale.
 */
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig, SCHEMA_DIR } from './config.js';
import { VOCABULARY_SDL_FILE, vocabularySdl } from './vocabulary-sdl.js';

export interface GeneratedFile {
  path: string;
  content: string;
}

/**
 * The UI's documents are marked pure, so the bundler keeps only those a chunk uses (the first view's tiny
 * prefetch entry takes the network query alone).
 */
const pureDocuments = (content: string) =>
  content.replace(/= new TypedDocumentString\(/g, '= /*#__PURE__*/ new TypedDocumentString(');

export async function generateAll(): Promise<GeneratedFile[]> {
  const sdl = vocabularySdl();
  const outputs: Array<{ filename: string; content: string }> = await generate(codegenConfig(sdl), false);
  return [
    { path: join(SCHEMA_DIR, VOCABULARY_SDL_FILE), content: sdl },
    ...outputs.map((file) => ({ path: file.filename, content: pureDocuments(file.content) })),
  ];
}
