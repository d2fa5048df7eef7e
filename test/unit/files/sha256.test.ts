import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Sha256, sha256Hex } from '../../../src/files/sha256.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const ref = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('SHA-256', () => {
  it('known vectors (portable implementation)', () => {
    expect(hex(new Sha256().digest())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hex(new Sha256().update(new TextEncoder().encode('abc')).digest())).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('portable and chunked updates agree with node:crypto at every length around block edges', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.nat(300), { maxLength: 5 }), (data, cuts) => {
        const h = new Sha256();
        let prev = 0;
        for (const c of [...cuts].sort((a, b) => a - b)) {
          if (c > data.length) break;
          h.update(data.subarray(prev, c));
          prev = c;
        }
        h.update(data.subarray(prev));
        expect(hex(h.digest())).toBe(ref(data));
      }),
      { numRuns: 300 },
    );
  });

  it('sha256Hex (Web Crypto) agrees with node:crypto, also on a subarray view', async () => {
    const big = new Uint8Array(100_000).map((_, i) => (i * 31) & 0xff);
    expect(await sha256Hex(big)).toBe(ref(big));
    const view = big.subarray(10, 5000);
    expect(await sha256Hex(view)).toBe(ref(view));
  });
});
