/**
 * @module read-and-chunk-worker
 * The entry of the reader's worker thread (isolated-reader.ts): answers read jobs with
 * `readAndChunk`. Kept apart from read-and-chunk.ts so other threads can import the work
 * without answering another thread's messages.
 */
import { serveJobs } from '../lib/isolated-worker.ts';
import { readAndChunk } from './read-and-chunk.ts';

serveJobs(readAndChunk);
