import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { workspaceRoot } from './lint-engine';

function affectedBy(file: string): string[] {
  const output = execFileSync('npx', ['nx', 'show', 'projects', '--affected', `--files=${file}`, '--json'], {
    cwd: workspaceRoot,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  return JSON.parse(output.slice(output.indexOf('['))) as string[];
}

describe('nx affected follows the module graph', () => {
  it('marks the booking projects, and neither the shell nor other modules, when only the booking contract changes', () => {
    const affected = affectedBy('libs/booking/contract/src/units.ts');
    expect(affected).toEqual(
      expect.arrayContaining(['booking-contract', 'booking-domain', 'booking-data', 'booking-api', 'booking-service', 'booking']),
    );
    expect(affected).not.toContain('shell');
    expect(affected.filter((name) => name.startsWith('platform-'))).toEqual([]);
    expect(affected.filter((name) => name.startsWith('feedback-'))).toEqual([]);
  });

  it('marks every consumer of a platform lib when it changes', () => {
    const affected = affectedBy('libs/platform/i18n/src/index.ts');
    expect(affected).toEqual(expect.arrayContaining(['platform-i18n', 'shell', 'booking']));
  });
});
