import { createHash } from 'crypto';
import { Sha256, sha256Hex, sha256OfText, utf8Bytes } from '../../src/engine/audit/sha256';
import { TierBookError } from '../../src/engine/errors';

const node = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

describe('sha256 in pure TypeScript', () => {
  it('gives the NIST FIPS 180-4 example digests', () => {
    expect(sha256OfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256OfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256OfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(sha256Hex(new Uint8Array(1_000_000).fill(0x61))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('agrees with Node\'s crypto on every length around the block boundaries and on Chinese text', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n) & 255);
      expect(sha256Hex(bytes)).toBe(node(bytes));
    }
    for (const s of ['客户号\t总资产\n001\t5000000', '钻石 R4 😀', 'a\ud800b']) {
      expect(Buffer.from(utf8Bytes(s)).equals(Buffer.from(new TextEncoder().encode(s)))).toBe(true);
      expect(sha256OfText(s)).toBe(node(new TextEncoder().encode(s)));
    }
  });

  it('gives the same digest fed in pieces, however the bytes are cut', () => {
    const bytes = Uint8Array.from({ length: 1_000 }, (_, i) => (i * 7 + 3) & 255);
    const whole = node(bytes);
    for (const size of [1, 3, 55, 56, 63, 64, 65, 127, 128, 999]) {
      const hash = new Sha256();
      for (let i = 0; i < bytes.length; i += size) hash.update(bytes.subarray(i, i + size));
      expect(hash.digest()).toBe(whole);
    }
    // Uneven cuts, and empty pieces between them.
    const hash = new Sha256();
    let at = 0;
    for (let k = 0; at < bytes.length; k++) {
      const next = Math.min(bytes.length, at + ((k * 37) % 150));
      hash.update(bytes.subarray(at, next)).update(new Uint8Array(0));
      at = next;
    }
    expect(hash.digest()).toBe(whole);
    // NIST's million 'a's, a thousand at a time.
    const million = new Sha256();
    const thousand = new Uint8Array(1_000).fill(0x61);
    for (let i = 0; i < 1_000; i++) million.update(thousand);
    expect(million.digest()).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
    expect(new Sha256().digest()).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('refuses bytes or a second digest once digested', () => {
    const hash = new Sha256().update(utf8Bytes('abc'));
    expect(hash.digest()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(() => hash.update(utf8Bytes('d'))).toThrow(TierBookError);
    expect(() => hash.digest()).toThrow(TierBookError);
  });
});
