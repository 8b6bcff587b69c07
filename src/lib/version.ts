/**
 * @module version
 * The package version, for `--version`, help and the MCP servers' names (stdio and `/mcp`).
 */
import { readFileSync } from 'node:fs';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}
