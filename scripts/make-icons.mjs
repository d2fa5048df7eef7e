// Draws the toolbar icon (a shield with a check mark) as PNGs into public/icon/.
// Pure Node (zlib), so a fresh machine needs nothing else. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
export function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function inShield(x, y) {
  // Unit square coordinates; a shield: flat top, sides curving to a point at the bottom.
  if (y < 0.08 || y > 0.95) return false;
  const half = y < 0.55 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((y - 0.55) / 0.4) ** 2));
  return Math.abs(x - 0.5) <= half;
}
function onCheck(x, y) {
  const d1 = Math.abs(y - 0.52 - (x - 0.3)) / Math.SQRT2; // down-right stroke
  const d2 = Math.abs(y - 0.68 + (x - 0.46)) / Math.SQRT2; // up-right stroke
  return (x >= 0.28 && x <= 0.47 && d1 < 0.055) || (x >= 0.44 && x <= 0.72 && d2 < 0.055);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const px = Buffer.alloc(size * size * 4);
  const S = 4; // supersampling
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          if (inShield(u, v)) {
            shield++;
            if (onCheck(u, v)) check++;
          }
        }
      }
      const a = shield / (S * S);
      const c = shield ? check / shield : 0;
      const i = (y * size + x) * 4;
      px[i] = Math.round(26 * (1 - c) + 255 * c);
      px[i + 1] = Math.round(115 * (1 - c) + 255 * c);
      px[i + 2] = Math.round(232 * (1 - c) + 255 * c);
      px[i + 3] = Math.round(255 * a);
    }
  }
  writeFileSync(`public/icon/${size}.png`, encodePng(size, size, px));
}
console.log('icons written to public/icon/');
