import { brotliCompressSync, constants as zlib, deflateSync } from 'node:zlib';

/**
 * A small TrueType subsetter for KaTeX's fonts, so a page downloads the
 * glyphs the site's formulas use instead of the whole font (KaTeX_Main alone
 * is 26 KB). Glyph ids are kept, so hmtx, kern and GPOS stay valid; the cmap maps only the kept characters:
 * glyphs no formula uses (and that no kept composite glyph refers to) get an
 * empty outline in glyf/loca and zero metrics, hinting is dropped (fpgm, prep,
 * cvt and glyph instructions) and the post table drops its glyph names. The
 * result is wrapped as WOFF2 (Brotli; glyf and loca with the spec's null
 * transform) or WOFF 1.0 (zlib per table).
 */

interface Table {
  tag: string;
  data: Buffer;
}

function readTables(font: Buffer): { flavor: number; tables: Map<string, Buffer> } {
  const flavor = font.readUInt32BE(0);
  const count = font.readUInt16BE(4);
  const tables = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = font.toString('latin1', record, record + 4);
    const offset = font.readUInt32BE(record + 8);
    const length = font.readUInt32BE(record + 12);
    tables.set(tag, font.subarray(offset, offset + length));
  }
  return { flavor, tables };
}

/** Glyph id for each code point, from the cmap's format 4 and format 12 subtables. */
function glyphIds(cmap: Buffer, codePoints: Iterable<number>): Map<number, number> {
  const wanted = [...codePoints];
  const ids = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  for (let i = 0; i < count; i++) {
    const sub = cmap.readUInt32BE(4 + 8 * i + 4);
    const format = cmap.readUInt16BE(sub);
    if (format === 4) {
      const segX2 = cmap.readUInt16BE(sub + 6);
      const ends = sub + 14;
      const starts = ends + segX2 + 2;
      const deltas = starts + segX2;
      const rangeOffsets = deltas + segX2;
      for (const cp of wanted) {
        if (cp > 0xffff) continue;
        for (let s = 0; s < segX2; s += 2) {
          if (cp > cmap.readUInt16BE(ends + s)) continue;
          const start = cmap.readUInt16BE(starts + s);
          if (cp < start) break;
          const delta = cmap.readInt16BE(deltas + s);
          const rangeOffset = cmap.readUInt16BE(rangeOffsets + s);
          let id: number;
          if (rangeOffset === 0) id = (cp + delta) & 0xffff;
          else {
            const at = rangeOffsets + s + rangeOffset + 2 * (cp - start);
            id = cmap.readUInt16BE(at);
            if (id !== 0) id = (id + delta) & 0xffff;
          }
          if (id !== 0) ids.set(cp, id);
          break;
        }
      }
    } else if (format === 12) {
      const groups = cmap.readUInt32BE(sub + 12);
      for (const cp of wanted) {
        for (let g = 0; g < groups; g++) {
          const at = sub + 16 + 12 * g;
          const start = cmap.readUInt32BE(at);
          const end = cmap.readUInt32BE(at + 4);
          if (cp >= start && cp <= end) {
            ids.set(cp, cmap.readUInt32BE(at + 8) + (cp - start));
            break;
          }
        }
      }
    }
  }
  return ids;
}

/** A cmap with one Windows Unicode BMP (3,1) format 4 subtable for `mapping` (code point → glyph id). */
function cmapFormat4(mapping: Map<number, number>): Buffer {
  const pairs = [...mapping].filter(([cp]) => cp <= 0xfffe).sort((a, b) => a[0] - b[0]);
  const segments: Array<{ start: number; end: number; delta: number }> = [];
  for (const [cp, id] of pairs) {
    const last = segments[segments.length - 1];
    const delta = (id - cp) & 0xffff;
    if (last && last.end === cp - 1 && last.delta === delta) last.end = cp;
    else segments.push({ start: cp, end: cp, delta });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segments.length;
  const length = 16 + 8 * n;
  const sub = Buffer.alloc(length);
  const entrySelector = Math.floor(Math.log2(n));
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(length, 2);
  sub.writeUInt16BE(2 * n, 6);
  sub.writeUInt16BE(2 * 2 ** entrySelector, 8);
  sub.writeUInt16BE(entrySelector, 10);
  sub.writeUInt16BE(2 * n - 2 * 2 ** entrySelector, 12);
  segments.forEach((seg, i) => {
    sub.writeUInt16BE(seg.end, 14 + 2 * i);
    sub.writeUInt16BE(seg.start, 16 + 2 * n + 2 * i);
    sub.writeUInt16BE(seg.delta, 16 + 4 * n + 2 * i);
    // idRangeOffset stays 0
  });
  const header = Buffer.alloc(12);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(1, 2);
  header.writeUInt16BE(3, 4);
  header.writeUInt16BE(1, 6);
  header.writeUInt32BE(12, 8);
  return Buffer.concat([header, sub]);
}

/** A glyph's outline without its TrueType hinting instructions. */
function withoutInstructions(glyph: Buffer): Buffer {
  if (glyph.length === 0) return glyph;
  const contours = glyph.readInt16BE(0);
  if (contours >= 0) {
    const at = 10 + 2 * contours;
    const length = glyph.readUInt16BE(at);
    return Buffer.concat([glyph.subarray(0, at), Buffer.alloc(2), glyph.subarray(at + 2 + length)]);
  }
  const copy = Buffer.from(glyph);
  let at = 10;
  for (;;) {
    const flags = copy.readUInt16BE(at);
    copy.writeUInt16BE(flags & ~0x100, at); // WE_HAVE_INSTRUCTIONS
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20)) break;
  }
  return copy.subarray(0, at);
}

const align4 = (n: number) => (n + 3) & ~3;

function checksum(data: Buffer): number {
  const padded = Buffer.alloc(align4(data.length));
  data.copy(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** Keeps the glyphs for `codePoints` (plus .notdef and composite components); returns a WOFF file. */
export function subsetToWoff(ttf: Buffer, codePoints: Iterable<number>): Buffer {
  return toWoff(subsetTables(ttf, codePoints));
}

/** The same subset as WOFF 2.0 (Brotli over the whole table stream, glyf and loca with the null transform). */
export function subsetToWoff2(ttf: Buffer, codePoints: Iterable<number>): Buffer {
  return toWoff2(subsetTables(ttf, codePoints));
}

interface Subset {
  flavor: number;
  sorted: Table[];
  sums: Map<string, number>;
  sfntSize: number;
}

function subsetTables(ttf: Buffer, codePoints: Iterable<number>): Subset {
  const { flavor, tables } = readTables(ttf);
  const head = Buffer.from(tables.get('head')!);
  const maxp = tables.get('maxp')!;
  const loca = tables.get('loca')!;
  const glyf = tables.get('glyf')!;
  const numGlyphs = maxp.readUInt16BE(4);
  const longLoca = head.readInt16BE(50) === 1;
  const offsetOf = (id: number) => (longLoca ? loca.readUInt32BE(4 * id) : loca.readUInt16BE(2 * id) * 2);

  const mapped = glyphIds(tables.get('cmap')!, codePoints);
  const keep = new Set([0, ...mapped.values()]);
  // Composite glyphs draw other glyphs: keep those too.
  const queue = [...keep];
  while (queue.length > 0) {
    const id = queue.pop()!;
    const start = offsetOf(id);
    if (offsetOf(id + 1) - start === 0 || glyf.readInt16BE(start) >= 0) continue;
    let at = start + 10;
    for (;;) {
      const flags = glyf.readUInt16BE(at);
      const component = glyf.readUInt16BE(at + 2);
      if (!keep.has(component)) {
        keep.add(component);
        queue.push(component);
      }
      at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
      if (!(flags & 0x20)) break;
    }
  }

  const pieces: Buffer[] = [];
  const newLoca = Buffer.alloc(4 * (numGlyphs + 1));
  let offset = 0;
  for (let id = 0; id < numGlyphs; id++) {
    newLoca.writeUInt32BE(offset, 4 * id);
    if (!keep.has(id)) continue;
    const data = withoutInstructions(glyf.subarray(offsetOf(id), offsetOf(id + 1)));
    const padded = Buffer.alloc(align4(data.length));
    data.copy(padded);
    pieces.push(padded);
    offset += padded.length;
  }
  newLoca.writeUInt32BE(offset, 4 * numGlyphs);
  head.writeInt16BE(1, 50); // long loca offsets
  head.writeUInt32BE(0, 8); // checkSumAdjustment, set below

  const out = new Map(tables);
  // Map only the kept characters, so any other character falls back to the next font instead of drawing blank.
  out.set('cmap', cmapFormat4(mapped));
  // No hinting: modern browsers render these sizes unhinted or auto-hinted, and it is a third of a small font.
  for (const tag of ['fpgm', 'prep', 'cvt ', 'hdmx', 'LTSH', 'VDMX']) out.delete(tag);
  // Zero the metrics of dropped glyphs: never drawn, and runs of zeros compress to almost nothing.
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  if (hhea && hmtx) {
    const metrics = Buffer.from(hmtx);
    const longMetrics = hhea.readUInt16BE(34);
    for (let id = 0; id < numGlyphs; id++) {
      if (keep.has(id)) continue;
      if (id < longMetrics) metrics.writeUInt32BE(0, 4 * id);
      else if (4 * longMetrics + 2 * (id - longMetrics) + 2 <= metrics.length) metrics.writeUInt16BE(0, 4 * longMetrics + 2 * (id - longMetrics));
    }
    out.set('hmtx', metrics);
  }
  out.set('glyf', Buffer.concat(pieces));
  out.set('loca', newLoca);
  out.set('head', head);
  const post = tables.get('post');
  if (post) {
    const short = Buffer.from(post.subarray(0, 32));
    short.writeUInt32BE(0x00030000, 0); // format 3: no glyph names
    out.set('post', short);
  }
  const sorted: Table[] = [...out].map(([tag, data]) => ({ tag, data })).sort((a, b) => (a.tag < b.tag ? -1 : 1));

  // checkSumAdjustment = 0xB1B0AFBA − checksum of the whole sfnt.
  const sfntSize = 12 + 16 * sorted.length + sorted.reduce((n, t) => n + align4(t.data.length), 0);
  const sums = new Map(sorted.map((t) => [t.tag, checksum(t.data)])); // head's with checkSumAdjustment 0, as the spec says
  let total = 0;
  const directory = Buffer.alloc(12 + 16 * sorted.length);
  directory.writeUInt32BE(flavor, 0);
  directory.writeUInt16BE(sorted.length, 4);
  let tableOffset = directory.length;
  sorted.forEach((t, i) => {
    directory.write(t.tag, 12 + 16 * i, 'latin1');
    directory.writeUInt32BE(sums.get(t.tag)!, 12 + 16 * i + 4);
    directory.writeUInt32BE(tableOffset, 12 + 16 * i + 8);
    directory.writeUInt32BE(t.data.length, 12 + 16 * i + 12);
    tableOffset += align4(t.data.length);
    total = (total + sums.get(t.tag)!) >>> 0;
  });
  total = (total + checksum(directory)) >>> 0;
  head.writeUInt32BE((0xb1b0afba - total) >>> 0, 8);
  return { flavor, sorted, sums, sfntSize };
}

function toWoff({ flavor, sorted, sums, sfntSize }: Subset): Buffer {
  const entries = sorted.map((t) => {
    const compressed = deflateSync(t.data, { level: 9 });
    return { ...t, stored: compressed.length < t.data.length ? compressed : t.data, sum: sums.get(t.tag)! };
  });
  const headerSize = 44 + 20 * entries.length;
  const length = headerSize + entries.reduce((n, e) => n + align4(e.stored.length), 0);
  const woff = Buffer.alloc(length);
  woff.write('wOFF', 0, 'latin1');
  woff.writeUInt32BE(flavor, 4);
  woff.writeUInt32BE(length, 8);
  woff.writeUInt16BE(entries.length, 12);
  woff.writeUInt32BE(sfntSize, 16);
  woff.writeUInt16BE(1, 20);
  let at = headerSize;
  entries.forEach((e, i) => {
    const record = 44 + 20 * i;
    woff.write(e.tag, record, 'latin1');
    woff.writeUInt32BE(at, record + 4);
    woff.writeUInt32BE(e.stored.length, record + 8);
    woff.writeUInt32BE(e.data.length, record + 12);
    woff.writeUInt32BE(e.sum, record + 16);
    e.stored.copy(woff, at);
    at += align4(e.stored.length);
  });
  return woff;
}

/** Known-table indices of WOFF 2.0 (table 63 means an explicit tag follows). */
const KNOWN_TAGS = ['cmap', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'OS/2', 'post', 'cvt ', 'fpgm', 'glyf', 'loca', 'prep', 'CFF ', 'VORG', 'EBDT', 'EBLC', 'gasp', 'hdmx', 'kern', 'LTSH', 'PCLT', 'VDMX', 'vhea', 'vmtx', 'BASE', 'GDEF', 'GPOS', 'GSUB'];

function uintBase128(value: number): number[] {
  const bytes = [value & 0x7f];
  for (let v = value >>> 7; v > 0; v >>>= 7) bytes.unshift(0x80 | (v & 0x7f));
  return bytes;
}

function toWoff2({ flavor, sorted, sfntSize }: Subset): Buffer {
  const directory: number[] = [];
  for (const t of sorted) {
    const known = KNOWN_TAGS.indexOf(t.tag);
    // Bits 6–7: transform version. glyf and loca: 3 = null transform; other tables: 0 = null transform.
    const version = t.tag === 'glyf' || t.tag === 'loca' ? 3 : 0;
    directory.push((version << 6) | (known >= 0 ? known : 63));
    if (known < 0) directory.push(...Buffer.from(t.tag, 'latin1'));
    directory.push(...uintBase128(t.data.length));
  }
  // Tables are concatenated unpadded in the compressed stream.
  const stream = brotliCompressSync(Buffer.concat(sorted.map((t) => t.data)), {
    params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_FONT },
  });
  const headerSize = 48;
  const length = align4(headerSize + directory.length + stream.length);
  const woff2 = Buffer.alloc(length);
  woff2.write('wOF2', 0, 'latin1');
  woff2.writeUInt32BE(flavor, 4);
  woff2.writeUInt32BE(length, 8);
  woff2.writeUInt16BE(sorted.length, 12);
  woff2.writeUInt32BE(sfntSize, 16);
  woff2.writeUInt32BE(stream.length, 20);
  woff2.writeUInt16BE(1, 24);
  Buffer.from(directory).copy(woff2, headerSize);
  stream.copy(woff2, headerSize + directory.length);
  return woff2;
}
