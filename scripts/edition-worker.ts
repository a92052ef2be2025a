/** One worker thread of scripts/edition.ts: converts its batch and reports how many files. */
import { parentPort, workerData } from 'node:worker_threads';
import { convertFiles, type ConvertBatch } from './edition-files.ts';

parentPort!.postMessage(convertFiles(workerData as ConvertBatch));
