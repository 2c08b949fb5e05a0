#!/usr/bin/env node
/*
 * Draws TierBook's icons (three stacked tier bars on a brokerage-blue tile) and writes them as PNGs
 * into assets/. Pure Node: zlib for DEFLATE, a hand-written CRC32 and hand-written PNG chunks, so
 * the icons are reproducible from source without an image editor or a native dependency.
 *
 *   node scripts/make-icons.js            writes assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.js --check    exits 1 if any icon in assets/ has other pixels than it would draw
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ICON_SIZES = [16, 32, 64, 80, 128];
const ASSETS_DIR = path.resolve(__dirname, '..', 'assets');

/** Brokerage blue tile, white bars; RGBA 0..255. */
const TILE_COLOUR = [0x0f, 0x4c, 0x81, 0xff];
const BAR_COLOUR = [0xff, 0xff, 0xff, 0xff];
/** The top tier is highlighted in gold so the mark reads as "tiers", not as a menu icon. */
const TOP_BAR_COLOUR = [0xf2, 0xb1, 0x34, 0xff];

/** Samples per pixel edge for anti-aliasing (SUPERSAMPLE² samples per pixel). */
const SUPERSAMPLE = 4;

/**
 * The mark in unit coordinates (0..1 on both axes, y downwards): a rounded tile and three bars that
 * widen towards the bottom, like tiers of a client pyramid.
 */
const TILE = { x: 0, y: 0, width: 1, height: 1, radius: 0.2 };
const BARS = [
  { x: 0.38, y: 0.2, width: 0.24, height: 0.15, radius: 0.04, colour: TOP_BAR_COLOUR },
  { x: 0.27, y: 0.425, width: 0.46, height: 0.15, radius: 0.04, colour: BAR_COLOUR },
  { x: 0.16, y: 0.65, width: 0.68, height: 0.15, radius: 0.04, colour: BAR_COLOUR },
];

function insideRoundedRect(px, py, rect) {
  if (px < rect.x || py < rect.y || px > rect.x + rect.width || py > rect.y + rect.height) return false;
  const r = rect.radius;
  const cx = Math.min(Math.max(px, rect.x + r), rect.x + rect.width - r);
  const cy = Math.min(Math.max(py, rect.y + r), rect.y + rect.height - r);
  const dx = px - cx;
  const dy = py - cy;
  return dx * dx + dy * dy <= r * r;
}

/** Colour of the mark at one unit-space point, or null where the tile is transparent. */
function colourAt(px, py) {
  if (!insideRoundedRect(px, py, TILE)) return null;
  for (const bar of BARS) {
    if (insideRoundedRect(px, py, bar)) return bar.colour;
  }
  return TILE_COLOUR;
}

/** Renders the icon at `size` px as straight (non-premultiplied) RGBA bytes, row-major. */
function renderIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = colourAt((x + (sx + 0.5) / SUPERSAMPLE) / size, (y + (sy + 0.5) / SUPERSAMPLE) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const offset = (y * size + x) * 4;
      if (covered > 0) {
        rgba[offset] = Math.round(r / covered);
        rgba[offset + 1] = Math.round(g / covered);
        rgba[offset + 2] = Math.round(b / covered);
        rgba[offset + 3] = Math.round((255 * covered) / samples);
      }
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309 / PNG) of a byte buffer. */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes RGBA pixels as a PNG: 8-bit RGBA, no interlace, filter type 0 on every scanline. */
function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0;
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * RGBA pixels of a PNG written by encodePng (8-bit RGBA, filter 0), or undefined for any other PNG.
 * `--check` compares pixels, not bytes, because another zlib version may compress the same pixels differently.
 */
function decodeOwnPng(png) {
  if (png.length < 8 || !png.subarray(0, 8).equals(PNG_SIGNATURE)) return undefined;
  let width = 0;
  let height = 0;
  const compressed = [];
  for (let offset = 8; offset + 8 <= png.length; ) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 6 || data[12] !== 0) return undefined;
    } else if (type === 'IDAT') {
      compressed.push(data);
    }
    offset += 12 + length;
  }
  let raw;
  try {
    raw = zlib.inflateSync(Buffer.concat(compressed));
  } catch {
    return undefined; // corrupt image data
  }
  const stride = width * 4;
  if (raw.length !== (stride + 1) * height) return undefined;
  const rgba = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    if (raw[y * (stride + 1)] !== 0) return undefined;
    raw.copy(rgba, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, rgba };
}

function iconFileName(size) {
  return `icon-${size}.png`;
}

function main(argv) {
  const checkOnly = argv.includes('--check');
  const stale = [];
  fs.mkdirSync(ASSETS_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = path.join(ASSETS_DIR, iconFileName(size));
    const rgba = renderIcon(size);
    if (checkOnly) {
      const existing = fs.existsSync(file) ? decodeOwnPng(fs.readFileSync(file)) : undefined;
      if (!existing || existing.width !== size || existing.height !== size || !existing.rgba.equals(rgba)) stale.push(file);
    } else {
      const png = encodePng(size, size, rgba);
      fs.writeFileSync(file, png);
      process.stdout.write(`wrote ${path.relative(process.cwd(), file)} (${size}x${size}, ${png.length} bytes)\n`);
    }
  }
  if (stale.length > 0) {
    process.stderr.write(`icons out of date, run node scripts/make-icons.js:\n  ${stale.join('\n  ')}\n`);
    return 1;
  }
  return 0;
}

module.exports = { ICON_SIZES, renderIcon, encodePng, decodeOwnPng, crc32, iconFileName };

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
