/** Types of ir-bench-adapter.mjs: engines in the reference harness's adapter format. */
import type { SearchIndex } from '../src/index/open-index.ts';

export type BenchDocument = { readonly id: string; readonly content: string };
export type BenchState = { readonly index: SearchIndex; readonly byChunk: Map<number, string> };
export type BenchEngine = {
  readonly name: string;
  readonly note: string;
  build(docs: readonly BenchDocument[]): Promise<BenchState>;
  search(state: BenchState, query: string, k: number): Promise<{ id: string; score: number }[]>;
};

declare const engines: BenchEngine[];
export default engines;
