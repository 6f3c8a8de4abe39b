import type { LayoutOptions } from 'cytoscape';

export function forceLayout(nodeCount: number): LayoutOptions {
  return {
    name: 'fcose',
    animate: false,
    randomize: true,
    quality: nodeCount > 1500 ? 'draft' : 'default',
    nodeRepulsion: () => 6000,
    idealEdgeLength: () => 60,
    nodeSeparation: 60,
    packComponents: true,
  } as LayoutOptions;
}
