/** One worker thread of scripts/edition.ts: converts jobs claimed from the shared queue and reports how many. */
import { parentPort, workerData } from 'node:worker_threads';
import { convertClaimed, type ConvertBatch, type JobQueue } from './edition-files.ts';

const { batch, queue } = workerData as { batch: ConvertBatch; queue: JobQueue };
parentPort!.postMessage(convertClaimed(batch, queue));
