import { createHash } from 'crypto';
import { sha256Hex, sha256OfText, utf8Bytes } from '../../src/engine/audit/sha256';

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
});
