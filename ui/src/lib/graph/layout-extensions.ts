/**
 * Cytoscape's layout extensions (fcose, dagre), loaded and registered on first use, once per page: the first
 * view is drawn at the server's positions and needs neither, so neither is in the initial bundle.
 */
import cytoscape from 'cytoscape';

export type LayoutExtension = 'fcose' | 'dagre';

const imports: Record<LayoutExtension, () => Promise<{ default: cytoscape.Ext }>> = {
  fcose: () => import('cytoscape-fcose'),
  dagre: () => import('cytoscape-dagre'),
};

const registered = new Set<LayoutExtension>();
const pending = new Map<LayoutExtension, Promise<boolean>>();

export const isRegistered = (name: LayoutExtension): boolean => registered.has(name);

/** Resolves true once the extension is registered; false when it could not be loaded (tried again next time). */
export function register(name: LayoutExtension): Promise<boolean> {
  if (registered.has(name)) return Promise.resolve(true);
  const loading =
    pending.get(name) ??
    imports[name]().then(
      ({ default: extension }) => {
        if (!registered.has(name)) cytoscape.use(extension);
        registered.add(name);
        return true;
      },
      () => {
        pending.delete(name);
        return false;
      },
    );
  pending.set(name, loading);
  return loading;
}
