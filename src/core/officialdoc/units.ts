/**
 * Length units of the layout. The standard speaks in millimetres and 号 font sizes, Word in
 * points and twips (a twentieth of a point); these are the only conversions between them.
 */
export const PT_PER_INCH = 72;
export const MM_PER_INCH = 25.4;
export const TWIPS_PER_PT = 20;

export function mmToPt(mm: number): number {
  return (mm * PT_PER_INCH) / MM_PER_INCH;
}

export function ptToMm(pt: number): number {
  return (pt * MM_PER_INCH) / PT_PER_INCH;
}

/** Rounded to whole twips, as OOXML stores page sizes and margins. */
export function mmToTwips(mm: number): number {
  return Math.round(mmToPt(mm) * TWIPS_PER_PT);
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * TWIPS_PER_PT);
}

export function twipsToPt(twips: number): number {
  return twips / TWIPS_PER_PT;
}

export function twipsToMm(twips: number): number {
  return ptToMm(twipsToPt(twips));
}
