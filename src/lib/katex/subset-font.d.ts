// subset-font ships no types; this covers the part the KaTeX font route uses.
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    noHinting?: boolean;
    preserveNameIds?: number[];
    dropTables?: string[];
  }
  /** HarfBuzz subset of `font` to the characters of `text`, in `targetFormat`. */
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}
