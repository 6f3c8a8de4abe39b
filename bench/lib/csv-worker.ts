/** Writes the synthetic relationships' CSV in a worker thread (bulk-import.ts writeSyntheticCsv) and posts the files. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeRelationshipCsv } from './bulk-import.js';
import type { Plan } from './synthetic.js';

const { plan, dir } = workerData as { plan: Plan; dir: string };
parentPort!.postMessage(await writeRelationshipCsv(plan, dir));
