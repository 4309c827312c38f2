/**
 * Text normalisation shared by every list of the package.
 *
 * Official strings are never altered: these functions compute a second,
 * normalised form that sits beside them.
 */

const APOSTROPHES = /[\u2019\u2018\u02BC\u00B4\u0060]/g;
const SPACES = /[\s\u00A0\u202F]+/g;

/**
 * Text that {@link normalizeDisplay} leaves as it is (most labels): words of
 * printable Latin-1 characters, which NFC keeps and none of which is an
 * apostrophe (` ´), a ligature (æ Æ) or a space (no-break), separated by
 * single spaces. A test checks every Latin-1 character.
 */
const NORMAL = /^(?:[!-_a-~\u00A1-\u00B3\u00B5-\u00C5\u00C7-\u00E5\u00E7-\u00FF]+(?: [!-_a-~\u00A1-\u00B3\u00B5-\u00C5\u00C7-\u00E5\u00E7-\u00FF]+)*)?$/;

/**
 * Normalised display: Unicode NFC, typographic apostrophes (’ ‘ ʼ) turned into
 * the straight apostrophe ('), the ligatures œ/Œ and æ/Æ spelled out, runs of
 * white space (including no-break spaces) collapsed to one space, trimmed.
 *
 * For SERAFIN-PH this yields exactly the displays used by the ANS value sets
 * JDV_J282–J285, which differ from the CodeSystem only by these characters.
 *
 * @example normalizeDisplay('Besoins en matière d’autonomie') // "Besoins en matière d'autonomie"
 */
export function normalizeDisplay(text: string): string {
  if (NORMAL.test(text)) return text;
  return text.normalize('NFC').replace(APOSTROPHES, "'").replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(SPACES, ' ').trim();
}

/**
 * Search key: the normalised display, lower-cased, without diacritics, with
 * every character that is not a letter or a digit turned into a space.
 *
 * @example foldForSearch('Scolarité, ÉTUDES') // "scolarite etudes"
 */
export function foldForSearch(text: string): string {
  return normalizeDisplay(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Splits a folded string into its words. */
export function words(folded: string): string[] {
  return folded === '' ? [] : folded.split(' ');
}
