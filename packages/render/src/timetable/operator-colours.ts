/**
 * Colours of the operators in the timetable: light fills with a dark border
 * of the same hue. Dark text (#111) on every fill has a contrast ratio above
 * 12:1 (WCAG 2.1 AA asks 4.5:1); the borders reach 3:1 against white for the
 * legend swatches (non-text contrast, 1.4.11).
 */

/** Fill and border of one operator. */
export interface OperatorColour {
  /** Fill of the blocks and swatch. */
  readonly fill: string;
  /** Border of the blocks and swatch. */
  readonly stroke: string;
}

/** The palette, in order of the engagements. */
export const OPERATOR_COLOURS: readonly OperatorColour[] = [
  { fill: '#cfe2ff', stroke: '#1f4e9c' },
  { fill: '#ffe0b3', stroke: '#8a4b00' },
  { fill: '#d4f0d4', stroke: '#2d6a2d' },
  { fill: '#f5d0e6', stroke: '#8c2461' },
  { fill: '#e0d7f5', stroke: '#4b3591' },
  { fill: '#fff2a8', stroke: '#6b5b00' },
  { fill: '#cdeff2', stroke: '#1c6b73' },
  { fill: '#f2d6c9', stroke: '#7a3a1d' },
];

/** Colour of a slot whose commitment is not in the document. */
export const UNKNOWN_OPERATOR_COLOUR: OperatorColour = { fill: '#eeeeee', stroke: '#555555' };
