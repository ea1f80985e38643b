// Draws icon.png (128x128, RGBA) for the extension manifest: a navy tile with a white speech bubble (a post),
// lines of text and a green check (policy-checked). No dependencies: shapes are sampled 4x4 per pixel and
// the PNG is written with node:zlib. Run: node scripts/editor/make-icon.mjs [out.png]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SS = 4; // samples per axis
const out = process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'icon.png');

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const triangle = ([ax, ay], [bx, by], [cx, cy]) => (x, y) => {
  const s = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = s(ax, ay, bx, by), d2 = s(bx, by, cx, cy), d3 = s(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};
const any = (...fs) => (x, y) => fs.some((f) => f(x, y));

// Painter's order: later layers cover earlier ones. Colours are [r, g, b, a].
const layers = [
  [roundRect(4, 4, 124, 124, 26), [30, 58, 138, 255]], // navy tile
  [any(roundRect(20, 24, 108, 84, 14), triangle([34, 80], [56, 80], [28, 104])), [255, 255, 255, 255]], // bubble
  [roundRect(34, 38, 94, 45, 3.5), [148, 163, 184, 255]], // text lines
  [roundRect(34, 52, 86, 59, 3.5), [148, 163, 184, 255]],
  [roundRect(34, 66, 70, 73, 3.5), [148, 163, 184, 255]],
  [circle(96, 94, 23), [30, 58, 138, 255]], // ring separating the badge from the bubble
  [circle(96, 94, 19), [22, 163, 74, 255]], // green badge
  [any(segment(86, 95, 93, 102, 5.5), segment(93, 102, 106, 87, 5.5)), [255, 255, 255, 255]], // check
];

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const px = x + (sx + 0.5) / SS, py = y + (sy + 0.5) / SS;
        let c = [0, 0, 0, 0];
        for (const [shape, colour] of layers) if (shape(px, py)) c = colour;
        // premultiplied accumulation
        acc[0] += (c[0] * c[3]) / 255; acc[1] += (c[1] * c[3]) / 255; acc[2] += (c[2] * c[3]) / 255; acc[3] += c[3];
      }
    }
    const n = SS * SS, a = acc[3] / n;
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = a ? Math.round((acc[0] / n) * 255 / a) : 0;
    raw[o + 1] = a ? Math.round((acc[1] / n) * 255 / a) : 0;
    raw[o + 2] = a ? Math.round((acc[2] / n) * 255 / a) : 0;
    raw[o + 3] = Math.round(a);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
fs.writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes, ${SIZE}x${SIZE})`);
