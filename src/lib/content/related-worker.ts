// A worker thread of computeRelatedInThreads() (related.ts): takes chunks of articles to match,
// reading the model from shared memory and writing the matches there, until none is left.
import { parentPort } from 'node:worker_threads';
import { matchChunks, type SharedMatching } from './related';

parentPort!.once('message', (work: SharedMatching) => {
  matchChunks(work);
  parentPort!.postMessage('done');
});
