import { describe, expect, it } from 'vitest';
import { runtimeManifestSchema } from '../src';

const booking = {
  name: 'booking',
  manifestUrl: 'http://127.0.0.1:4301/mf-manifest.json',
  apiUrl: 'http://127.0.0.1:4401',
  version: '0.1.0',
};

describe('runtimeManifestSchema', () => {
  it('accepts the documented example', () => {
    expect(runtimeManifestSchema.parse({ remotes: [booking] })).toEqual({ remotes: [booking] });
  });

  it('accepts a portal with no remotes deployed', () => {
    expect(runtimeManifestSchema.parse({ remotes: [] }).remotes).toEqual([]);
  });

  it('accepts every module of the portal', () => {
    const remotes = ['booking', 'family-centre', 'work-ability', 'feedback'].map((name) => ({
      ...booking,
      name,
    }));
    expect(runtimeManifestSchema.safeParse({ remotes }).success).toBe(true);
  });

  it('refuses a name that is not a module', () => {
    expect(runtimeManifestSchema.safeParse({ remotes: [{ ...booking, name: 'payments' }] }).success).toBe(
      false,
    );
  });

  it('refuses a URL that is not http(s)', () => {
    expect(
      runtimeManifestSchema.safeParse({ remotes: [{ ...booking, manifestUrl: 'javascript:alert(1)' }] })
        .success,
    ).toBe(false);
    expect(runtimeManifestSchema.safeParse({ remotes: [{ ...booking, apiUrl: 'not a url' }] }).success).toBe(
      false,
    );
  });

  it('refuses a missing version', () => {
    const { version: _version, ...withoutVersion } = booking;
    expect(runtimeManifestSchema.safeParse({ remotes: [withoutVersion] }).success).toBe(false);
  });

  it('refuses the same module twice', () => {
    const result = runtimeManifestSchema.safeParse({ remotes: [booking, booking] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Remote "booking" is listed twice');
  });
});
