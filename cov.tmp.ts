import { readSeed } from './api/src/seed/read-seed.ts';
const seed = await readSeed('./seed');
const cited = new Set<string>();
for (const o of [...seed.graph.nodes.filter(n => n.label !== 'Provision' && n.label !== 'Document'), ...seed.graph.relationships]) for (const c of o.citations) cited.add(`${c.document}#${c.locator}`);
for (const n of seed.graph.nodes) if (n.label === 'Provision') { const k = `${n.properties.document}#${n.properties.locator}`; if (!cited.has(k) && !n.properties.noFactReason) console.log(k, '|', String(n.properties.text).slice(0, 150)); }
