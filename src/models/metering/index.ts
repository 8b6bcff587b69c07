/**
 * @module metering
 * Public surface of usage metering.
 */
import type { ModelConfig } from '../model-config.ts';
import { openUsageMeter, type UsageMeter } from './usage-meter.ts';

export {
  costOf,
  openUsageMeter,
  queryUsage,
  recordUsage,
  type UsageGroupBy,
  type UsageMeter,
  type UsageQuery,
  type UsageRecord,
  type UsageRow,
} from './usage-meter.ts';
export { type MeteringOptions, meterSkillRun, withMetering } from './with-metering.ts';

/** The meter configuration points at: `usageDb` (default $OFFICEMATE_HOME/usage.db) and its prices. */
export function openConfiguredUsageMeter(config: ModelConfig, path?: string): UsageMeter {
  return openUsageMeter({ path: path ?? config.usageDb, prices: config.prices });
}
