// Builds tiny JPEG files with an EXIF block carrying GPS and/or a capture time, for the photo tests.

function tiff(opts: { gps: boolean; time: boolean }): Buffer {
  // Little-endian TIFF: header, IFD0 (pointers), Exif IFD (DateTimeOriginal), GPS IFD (lat/long), data.
  const parts: Buffer[] = [];
  const u16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
  const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const entry = (tag: number, type: number, count: number, value: Buffer) => Buffer.concat([u16(tag), u16(type), u32(count), Buffer.concat([value, Buffer.alloc(4)]).subarray(0, 4)]);
  const ifd = (entries: Buffer[]) => Buffer.concat([u16(entries.length), ...entries, u32(0)]);
  const ifdSize = (n: number) => 2 + 12 * n + 4;

  const ifd0Count = 1 + (opts.gps ? 1 : 0) + (opts.time ? 1 : 0);
  const ifd0At = 8;
  const exifAt = ifd0At + ifdSize(ifd0Count);
  const exifCount = opts.time ? 1 : 0;
  const gpsAt = exifAt + (opts.time ? ifdSize(exifCount) : 0);
  const gpsCount = opts.gps ? 4 : 0;
  let dataAt = gpsAt + (opts.gps ? ifdSize(gpsCount) : 0);
  const data: Buffer[] = [];
  const put = (b: Buffer) => { const at = dataAt; data.push(b); dataAt += b.length; return at; };

  const software = put(Buffer.from('test\0'));
  const ifd0Entries = [entry(0x0131, 2, 5, u32(software))];
  if (opts.time) ifd0Entries.push(entry(0x8769, 4, 1, u32(exifAt)));
  if (opts.gps) ifd0Entries.push(entry(0x8825, 4, 1, u32(gpsAt)));
  parts.push(Buffer.from('II'), u16(42), u32(ifd0At), ifd(ifd0Entries));
  if (opts.time) {
    const t = put(Buffer.from('2026:11:21 10:00:00\0'));
    parts.push(ifd([entry(0x9003, 2, 20, u32(t))]));
  }
  if (opts.gps) {
    const rational = (...v: number[]) => Buffer.concat(v.flatMap((n) => [u32(n), u32(1)]));
    const lat = put(rational(35, 58, 30));
    const lon = put(rational(139, 35, 10));
    parts.push(ifd([entry(0x0001, 2, 2, Buffer.from('N\0')), entry(0x0002, 5, 3, u32(lat)), entry(0x0003, 2, 2, Buffer.from('E\0')), entry(0x0004, 5, 3, u32(lon))]));
  }
  return Buffer.concat([...parts, ...data]);
}

/** A JPEG (SOI, APP1 Exif, EOI) with the chosen metadata. */
export function jpegWith(opts: { gps: boolean; time: boolean }): Uint8Array {
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff(opts)]);
  const len = Buffer.alloc(2);
  len.writeUInt16BE(body.length + 2);
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), len, body, Buffer.from([0xff, 0xd9])]));
}
