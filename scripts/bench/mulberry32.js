'use strict';
// The benches' seeded random numbers: every bench builds the same data on every machine, so runs compare.

/** A mulberry32 generator: numbers in [0, 1) from a 32-bit seed. */
function mulberry32(initialSeed) {
  let seed = initialSeed;
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

module.exports = { mulberry32 };
