/** Runs the officemate CLI in process and captures what it prints. */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export type CliRun = { code: number; stdout: string; stderr: string };

export async function runCli(args: readonly string[]): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => {
    out += chunk;
  });
  stderr.on('data', (chunk) => {
    err += chunk;
  });
  const code = await main(args, { stdout, stderr });
  return { code, stdout: out, stderr: err };
}
