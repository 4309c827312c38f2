/**
 * SERAFIN-PH coded values (besoins, prestations directes) with their numbering.
 *
 * Codes SERAFIN-PH (besoins, prestations directes) et leur numérotation.
 *
 * **Sans `numerotation`, un code est lu dans la numérotation ANS 2023
 * (`ans-2023`).** La numérotation CNSA 2018 réutilise les mêmes chaînes pour
 * d'autres concepts (`1.1.1`, `2.2.1`) : un document qui contient des codes
 * CNSA doit le dire par `"numerotation": "cnsa-2018"` sur chaque code.
 */
import * as z from 'zod';
import { BESOIN_CODES, CNSA_2018_BESOIN_CODES, CNSA_2018_PRESTATION_DIRECTE_CODES, CNSA_2018_SYSTEM, PRESTATION_DIRECTE_CODES, SERAFIN_SYSTEM, TRANSPORT_CODES } from '../codes.js';
import { field, named } from '../metadata.js';
import { Texte } from './primitives.js';

/** Numberings accepted for SERAFIN-PH codes in documents. `ror-r265` identifiers are not accepted (translate them first). */
export const DOCUMENT_NUMBERINGS = ['ans-2023', 'cnsa-2018'] as const;

/** A numbering accepted for SERAFIN-PH codes in documents. */
export type DocumentNumbering = (typeof DOCUMENT_NUMBERINGS)[number];

const RAPPEL_NUMEROTATION = 'Sans « numerotation », le code est lu dans la numérotation ANS 2023 (ans-2023) ; un code CNSA 2018 doit porter « numerotation »: « cnsa-2018 ».';
const NUMBERING_REMINDER = 'Without “numerotation”, the code is read in the ANS 2023 numbering (ans-2023); a CNSA 2018 code must carry "numerotation": "cnsa-2018".';

function numerotationAns() {
  return field(z.literal('ans-2023'), {
    titre: 'Numérotation',
    description: `Numérotation du code : « ans-2023 » (CodeSystem ANS terminologie-SERAFINPH 2023.1.0), valeur par défaut quand le champ est absent. ${RAPPEL_NUMEROTATION}`,
    titleEn: 'Numbering',
    descriptionEn: `Numbering of the code: “ans-2023” (ANS CodeSystem terminologie-SERAFINPH 2023.1.0), the default when the field is absent. ${NUMBERING_REMINDER}`,
  }).exactOptional();
}

function numerotationCnsa() {
  return field(z.literal('cnsa-2018'), {
    titre: 'Numérotation',
    description: 'Numérotation du code : « cnsa-2018 » (nomenclatures détaillées CNSA du 27 avril 2018, quatre niveaux 1.1.1.x et 2.2.1.x). Obligatoire pour un code CNSA.',
    titleEn: 'Numbering',
    descriptionEn: 'Numbering of the code: “cnsa-2018” (CNSA detailed nomenclatures of 27 April 2018, four levels 1.1.1.x and 2.2.1.x). Required for a CNSA code.',
  });
}

function libelle() {
  return field(Texte, {
    titre: 'Libellé',
    description: 'Libellé officiel du code, à titre informatif : le code fait foi ; les validateurs signalent un libellé différent du libellé publié.',
    titleEn: 'Label',
    descriptionEn: 'Official label of the code, for information: the code is authoritative; the validators report a label that differs from the published one.',
  }).exactOptional();
}

/** A SERAFIN-PH besoin (JDV_J285) code, in the ANS 2023 numbering (default) or the CNSA 2018 numbering. */
export const CodeBesoinSchema = named(
  'CodeBesoin',
  z.union([
    z.strictObject({
      code: field(z.enum(BESOIN_CODES), {
        titre: 'Code du besoin',
        description:
          'Code SERAFIN-PH de besoin (bloc 1, JDV_J285), numérotation ANS 2023. Les codes désactivés (concepts dupliqués) sont acceptés ici et signalés par les validateurs.',
        titleEn: 'Need code',
        descriptionEn: 'SERAFIN-PH need code (block 1, JDV_J285), ANS 2023 numbering. Deactivated codes (duplicated concepts) are accepted here and reported by the validators.',
        systeme: SERAFIN_SYSTEM,
        numerotation: 'ans-2023',
      }),
      numerotation: numerotationAns(),
      libelle: libelle(),
    }),
    z.strictObject({
      code: field(z.enum(CNSA_2018_BESOIN_CODES), {
        titre: 'Code du besoin',
        description: 'Code SERAFIN-PH de besoin dans la numérotation CNSA 2018.',
        titleEn: 'Need code',
        descriptionEn: 'SERAFIN-PH need code in the CNSA 2018 numbering.',
        systeme: CNSA_2018_SYSTEM,
        numerotation: 'cnsa-2018',
      }),
      numerotation: numerotationCnsa(),
      libelle: libelle(),
    }),
  ]),
  {
    titre: 'Code SERAFIN-PH de besoin',
    description: `Besoin codé dans la nomenclature SERAFIN-PH des besoins. ${RAPPEL_NUMEROTATION}`,
    titleEn: 'SERAFIN-PH need code',
    descriptionEn: `Need coded in the SERAFIN-PH needs nomenclature. ${NUMBERING_REMINDER}`,
  },
);

/** A SERAFIN-PH prestation directe (JDV_J284) code, in the ANS 2023 numbering (default) or the CNSA 2018 numbering. */
export const CodePrestationDirecteSchema = named(
  'CodePrestationDirecte',
  z.union([
    z.strictObject({
      code: field(z.enum(PRESTATION_DIRECTE_CODES), {
        titre: 'Code de la prestation',
        description: 'Code SERAFIN-PH de prestation directe (bloc 2, JDV_J284), numérotation ANS 2023. Le code désactivé 2.4.1 est accepté ici et signalé par les validateurs.',
        titleEn: 'Service code',
        descriptionEn: 'SERAFIN-PH direct service code (block 2, JDV_J284), ANS 2023 numbering. The deactivated code 2.4.1 is accepted here and reported by the validators.',
        systeme: SERAFIN_SYSTEM,
        numerotation: 'ans-2023',
      }),
      numerotation: numerotationAns(),
      libelle: libelle(),
    }),
    z.strictObject({
      code: field(z.enum(CNSA_2018_PRESTATION_DIRECTE_CODES), {
        titre: 'Code de la prestation',
        description: 'Code SERAFIN-PH de prestation directe dans la numérotation CNSA 2018.',
        titleEn: 'Service code',
        descriptionEn: 'SERAFIN-PH direct service code in the CNSA 2018 numbering.',
        systeme: CNSA_2018_SYSTEM,
        numerotation: 'cnsa-2018',
      }),
      numerotation: numerotationCnsa(),
      libelle: libelle(),
    }),
  ]),
  {
    titre: 'Code SERAFIN-PH de prestation directe',
    description: `Prestation directe codée dans la nomenclature SERAFIN-PH des prestations. ${RAPPEL_NUMEROTATION}`,
    titleEn: 'SERAFIN-PH direct service code',
    descriptionEn: `Direct service coded in the SERAFIN-PH services nomenclature. ${NUMBERING_REMINDER}`,
  },
);

/** Codes an engagement or a timetable slot may carry (schema 1.1.0): the prestations directes (JDV_J284), then the transports of JDV_J282. */
const PRESTATION_ENGAGEE_CODES = [...PRESTATION_DIRECTE_CODES, ...TRANSPORT_CODES] as unknown as readonly [
  (typeof PRESTATION_DIRECTE_CODES)[number] | (typeof TRANSPORT_CODES)[number],
  ...((typeof PRESTATION_DIRECTE_CODES)[number] | (typeof TRANSPORT_CODES)[number])[],
];

/**
 * A SERAFIN-PH code an operator may commit to: a prestation directe
 * (JDV_J284) or a transport linked to the individual project (JDV_J282,
 * 3.2.4.x, which the ANS TDDUI `tddui-task-transport-usager` carries), in
 * the ANS 2023 numbering (default), or a prestation directe in the CNSA 2018
 * numbering. Schema 1.1.0 (1.0.0 took prestations directes only).
 */
export const CodePrestationEngageeSchema = named(
  'CodePrestationEngagee',
  z.union([
    z.strictObject({
      code: field(z.enum(PRESTATION_ENGAGEE_CODES), {
        titre: 'Code de la prestation',
        description:
          'Code SERAFIN-PH, numérotation ANS 2023 : prestation directe (bloc 2, JDV_J284 ; le code désactivé 2.4.1 est accepté ici et signalé par les validateurs) ou transport lié au projet individuel (3.2.4, 3.2.4.1, 3.2.4.2, 3.2.4.3, JDV_J282, depuis 1.1.0). Les autres prestations indirectes (pilotage, fonctions supports) ne s’engagent pas.',
        titleEn: 'Service code',
        descriptionEn:
          'SERAFIN-PH code, ANS 2023 numbering: a direct service (block 2, JDV_J284; the deactivated code 2.4.1 is accepted here and reported by the validators) or transport linked to the individual project (3.2.4, 3.2.4.1, 3.2.4.2, 3.2.4.3, JDV_J282, since 1.1.0). The other indirect services (management, support functions) are not committed to.',
        systeme: SERAFIN_SYSTEM,
        numerotation: 'ans-2023',
      }),
      numerotation: numerotationAns(),
      libelle: libelle(),
    }),
    z.strictObject({
      code: field(z.enum(CNSA_2018_PRESTATION_DIRECTE_CODES), {
        titre: 'Code de la prestation',
        description: 'Code SERAFIN-PH de prestation directe dans la numérotation CNSA 2018.',
        titleEn: 'Service code',
        descriptionEn: 'SERAFIN-PH direct service code in the CNSA 2018 numbering.',
        systeme: CNSA_2018_SYSTEM,
        numerotation: 'cnsa-2018',
      }),
      numerotation: numerotationCnsa(),
      libelle: libelle(),
    }),
  ]),
  {
    titre: 'Code SERAFIN-PH de prestation engagée',
    description: `Prestation directe ou transport lié au projet individuel, codé dans la nomenclature SERAFIN-PH des prestations. ${RAPPEL_NUMEROTATION}`,
    titleEn: 'SERAFIN-PH committed service code',
    descriptionEn: `Direct service or transport linked to the individual project, coded in the SERAFIN-PH services nomenclature. ${NUMBERING_REMINDER}`,
  },
);

/** A coded SERAFIN-PH prestation directe. */
export type CodePrestationDirecte = z.infer<typeof CodePrestationDirecteSchema>;
