// A worker thread of page-scan.ts: reads the pages it is given and sends back what they hold.
import { parentPort, workerData } from 'node:worker_threads';
import { readPages } from './page-scan';

const { outDir, files } = workerData as { outDir: string; files: string[] };
parentPort!.postMessage(await readPages(outDir, files));
