/// <reference types="vite/client" />
/// <reference types="svelte" />

declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}

/**
 * canvas2svg 1.0.16 (MIT; CommonJS `module.exports = C2S`): a canvas-2D-like context that records what is
 * drawn as SVG. Only what `graph/svg-export.ts` uses is declared. (Not `cytoscape-svg`: it is GPL-3.0.)
 */
declare module 'canvas2svg' {
  export interface C2SContext extends Pick<
    CanvasRenderingContext2D,
    'beginPath' | 'fillRect' | 'restore' | 'save' | 'scale' | 'translate'
  > {
    fillStyle: string | CanvasGradient | CanvasPattern;
    /** The SVG text (XMLSerializer's); `fixNamedEntities` turns named entities into numeric ones. */
    getSerializedSvg(fixNamedEntities?: boolean): string;
    getSvg(): SVGSVGElement;
  }
  const C2S: new (width: number, height: number) => C2SContext;
  export default C2S;
}
