/**
 * The delegations of the table of delegated derogations: which authority holds
 * the power to authorise a derogation, to whom it delegates it, by which act,
 * for how long.
 *
 * Délégations du tableau des dérogations : autorité délégante, délégataire,
 * acte de délégation, période.
 */
import * as z from 'zod';
import { field, named } from '../metadata.js';
import { DateIso, Identifiant, Texte } from '../common/primitives.js';
import { SOURCES_CONVENTION } from '../common/sources-convention.js';
import { ReferenceTexteSchema } from '../common/structures.js';

/**
 * Authorities that hold the power to authorise a derogation: the director
 * general of the ARS and the president of the departmental council (CASF,
 * L. 313-3, each for the ESMS it authorises), the rector and the academic
 * director (DASEN) for derogations to the code de l'éducation, other.
 */
export const AUTORITES_DEROGATION = ['dg-ars', 'president-conseil-departemental', 'recteur', 'dasen', 'autre'] as const;

/** Who may receive a delegated power: ARS departmental delegation, departmental-council services, MDPH, ESMS manager or director, other. */
export const DELEGATAIRES = ['delegation-departementale-ars', 'services-conseil-departemental', 'mdph', 'gestionnaire-esms', 'directeur-esms', 'dsden', 'autre'] as const;

/** A validity period: start date, optional end date. */
export const PeriodeValiditeSchema = named(
  'PeriodeValidite',
  z.strictObject({
    dateDebut: field(DateIso, {
      titre: 'Date de début',
      description: 'Premier jour de validité (AAAA-MM-JJ).',
      titleEn: 'Start date',
      descriptionEn: 'First day of validity (YYYY-MM-DD).',
    }),
    dateFin: field(DateIso, {
      titre: 'Date de fin',
      description: 'Dernier jour de validité (AAAA-MM-JJ) ; absente, la validité court sans terme fixé.',
      titleEn: 'End date',
      descriptionEn: 'Last day of validity (YYYY-MM-DD); when absent, the validity has no fixed end.',
    }).exactOptional(),
  }),
  {
    titre: 'Période de validité',
    description: 'Période pendant laquelle une délégation ou une ligne du tableau s’applique.',
    titleEn: 'Validity period',
    descriptionEn: 'Period during which a delegation or a row of the table applies.',
  },
);

/** One delegation of the power to authorise derogations. */
export const DelegationSchema = named(
  'Delegation',
  z.strictObject({
    identifiant: field(Identifiant, {
      titre: 'Identifiant de la délégation',
      description: 'Identifiant de la délégation, unique dans le tableau ; les lignes y renvoient par « identifiantDelegation ».',
      titleEn: 'Delegation identifier',
      descriptionEn: 'Identifier of the delegation, unique within the table; rows refer to it through “identifiantDelegation”.',
    }),
    delegant: field(z.enum(AUTORITES_DEROGATION), {
      titre: 'Autorité délégante',
      description:
        'Autorité qui détient le pouvoir d’autoriser et le délègue : directeur général de l’ARS (dg-ars), président du conseil départemental (president-conseil-departemental), recteur, directeur académique des services de l’Éducation nationale (dasen), autre.',
      titleEn: 'Delegating authority',
      descriptionEn:
        'Authority that holds the power to authorise and delegates it: director general of the ARS (dg-ars), president of the conseil départemental (president-conseil-departemental), rector (recteur), academic director of the Éducation nationale services (dasen), other.',
      source: SOURCES_CONVENTION.autoritesCompetentes,
    }),
    precisionDelegant: field(Texte, {
      titre: 'Précision sur l’autorité délégante',
      description: 'Nom de l’autorité quand elle est « autre ».',
      titleEn: 'Details of the delegating authority',
      descriptionEn: 'Name of the authority when it is “autre”.',
    }).exactOptional(),
    delegataire: field(z.enum(DELEGATAIRES), {
      titre: 'Délégataire',
      description:
        'À qui le pouvoir est délégué : délégation départementale de l’ARS, services du conseil départemental, MDPH, organisme gestionnaire d’ESMS, directeur d’ESMS, DSDEN, autre.',
      titleEn: 'Delegate',
      descriptionEn:
        'To whom the power is delegated: departmental delegation of the ARS, services of the conseil départemental, MDPH, body managing an ESMS, director of an ESMS, DSDEN, other.',
      source: SOURCES_CONVENTION.delegations,
    }),
    precisionDelegataire: field(Texte, {
      titre: 'Précision sur le délégataire',
      description: 'Nom ou fonction du délégataire (par exemple « directeur de la délégation départementale de l’ARS », « gestionnaires signataires du CPOM »).',
      titleEn: 'Details of the delegate',
      descriptionEn: 'Name or function of the delegate (for example “director of the departmental delegation of the ARS”, “managing bodies that signed the CPOM”).',
    }).exactOptional(),
    pouvoirDelegue: field(Texte, {
      titre: 'Pouvoir délégué',
      description: 'Ce que le délégataire peut décider (par exemple « autoriser l’accueil en surnombre de deux places au plus, pour six mois »).',
      titleEn: 'Delegated power',
      descriptionEn: 'What the delegate may decide (for example “authorise admission above capacity of at most two places, for six months”).',
      source: SOURCES_CONVENTION.delegations,
    }),
    acte: field(ReferenceTexteSchema, {
      titre: 'Acte de délégation',
      description: 'Arrêté ou décision qui porte la délégation (intitulé, date, adresse).',
      titleEn: 'Act of delegation',
      descriptionEn: 'Order or decision that carries the delegation (title, date, address).',
    }).exactOptional(),
    validite: field(PeriodeValiditeSchema, {
      titre: 'Validité',
      description: 'Période pendant laquelle la délégation s’applique.',
      titleEn: 'Validity',
      descriptionEn: 'Period during which the delegation applies.',
    }).exactOptional(),
  }),
  {
    titre: 'Délégation',
    description:
      'Délégation du pouvoir d’autoriser des dérogations : qui délègue (DG ARS, président du conseil départemental…), à qui, quel pouvoir, par quel acte, pour quelle période.',
    titleEn: 'Delegation',
    descriptionEn:
      'Delegation of the power to authorise derogations: who delegates (DG ARS, president of the conseil départemental…), to whom, which power, by which act, for which period.',
    source: SOURCES_CONVENTION.delegations,
  },
);
