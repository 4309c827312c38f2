/**
 * Words of the rendered pages that do not come from the schemas (whose titles
 * are French): headings of the added parts, yes / no, the personal-data mask.
 */

/** Language of the interface words and of the dates. */
export type RenderLang = 'fr' | 'en';

const FR = {
  yes: 'Oui',
  no: 'Non',
  masked: 'Donnée personnelle masquée',
  maskedNotice:
    'Les données personnelles sont masquées. Ce document est celui de la personne : pour les afficher, demandez-le explicitement (option includePersonalData, ou --include-personal-data de serafin render).',
  none: 'Aucun élément',
  contents: 'Sommaire',
  identity: 'Identité et cycle de vie du document',
  technical: 'Informations techniques',
  outOfSchema: 'Champ hors du schéma',
  unknownCode: 'code absent de la liste',
  noLabel: 'libellé non établi par les sources',
  numberingCnsa: 'numérotation CNSA 2018',
  timetable: 'Emploi du temps hebdomadaire',
  timetableDesc: (n: number) => `${n} créneau${n > 1 ? 'x' : ''}, un bloc par créneau, une couleur par opérateur.`,
  legend: 'Opérateurs',
  unknownOperator: 'Engagement inconnu',
  nightContinues: 'suite de la nuit',
  generatedBy: 'Rendu produit par @serafin-ph/render à partir du document JSON ; seules les valeurs du document y figurent.',
  item: 'n°',
  validatedOn: (date: string) => `validé le ${date}`,
  endedOn: (date: string) => `fin le ${date}`,
  of: 'de',
  at: 'à',
} as const;

/** The interface words of one language. */
export type RenderMessages = {
  readonly [K in keyof typeof FR]: (typeof FR)[K] extends (n: number) => string
    ? (n: number) => string
    : (typeof FR)[K] extends (date: string) => string
      ? (date: string) => string
      : string;
};

const EN: RenderMessages = {
  yes: 'Yes',
  no: 'No',
  masked: 'Personal data hidden',
  maskedNotice:
    'Personal data are hidden. This is the person’s own document: to show them, ask for it explicitly (option includePersonalData, or --include-personal-data of serafin render).',
  none: 'No item',
  contents: 'Contents',
  identity: 'Identity and lifecycle of the document',
  technical: 'Technical information',
  outOfSchema: 'Field outside the schema',
  unknownCode: 'code not in the list',
  noLabel: 'label not established by the sources',
  numberingCnsa: 'CNSA 2018 numbering',
  timetable: 'Weekly timetable',
  timetableDesc: (n: number) => `${n} slot${n > 1 ? 's' : ''}, one block per slot, one colour per operator.`,
  legend: 'Operators',
  unknownOperator: 'Unknown commitment',
  nightContinues: 'night continued',
  generatedBy: 'Rendered by @serafin-ph/render from the JSON document; only the document’s values appear.',
  item: 'no.',
  validatedOn: (date: string) => `validated on ${date}`,
  endedOn: (date: string) => `ended on ${date}`,
  of: 'of',
  at: 'at',
};

/** The interface words of `lang`. */
export function messages(lang: RenderLang): RenderMessages {
  return lang === 'en' ? EN : FR;
}
