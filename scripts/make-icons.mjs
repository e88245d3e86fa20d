// Draws the toolbar icon (a shield with an eye) at the sizes the manifest names and writes PNGs
// to public/icons/. Run once after changing the design: `node scripts/make-icons.mjs`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const CRC_TABLE = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shape tests in a unit square (0..1), sampled 4x4 per pixel for smooth edges.
function inShield(x, y) {
  if (y < 0.08 || y > 0.94) return false;
  const half = y < 0.55 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.39) ** 2));
  return Math.abs(x - 0.5) <= half;
}
function inEye(x, y) {
  const dx = (x - 0.5) / 0.3;
  const dy = (y - 0.46) / 0.16;
  return dx * dx + dy * dy <= 1 && Math.abs(y - 0.46) <= 0.16 * (1 - Math.abs(dx) ** 2) ** 0.5;
}
function inPupil(x, y) {
  return (x - 0.5) ** 2 + (y - 0.46) ** 2 <= 0.085 ** 2;
}

const SHIELD = [0x1f, 0x5f, 0x8b];
const EYE = [0xff, 0xff, 0xff];
const PUPIL = [0xe8, 0x6a, 0x1c];

function draw(size) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!inShield(x, y)) continue;
          const c = inPupil(x, y) ? PUPIL : inEye(x, y) ? EYE : SHIELD;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
      }
      out[i + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  return png(size, out);
}

const dir = path.resolve(import.meta.dirname, '../public/icons');
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 128]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), draw(size));
console.log(`icons written to ${dir}`);
