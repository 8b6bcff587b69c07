// Starts a worker thread on a TypeScript module: registers tsx's loader in this thread (loaders
// are per thread), then imports the module named in workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
