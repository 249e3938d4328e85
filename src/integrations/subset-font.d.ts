// subset-font (HarfBuzz's hb-subset compiled to WebAssembly) ships no type declarations; this is the
// part of its API that font-subsets.ts uses (README of subset-font 2.x).
declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    preserveNameIds?: number[];
    /** Pins (a number) or narrows ({ min, max, default }) variation axes: instancing. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    noLayoutClosure?: boolean;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
