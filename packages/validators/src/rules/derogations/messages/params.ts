/**
 * The parameters of each message of the rules of the table of delegated derogations, by catalogue key: the French
 * (`fr.ts`) and English (`en.ts`) catalogues give every key, and a rule
 * names one with `msg(key, params)`.
 */
import type { NestedText } from '../../../messages.js';

/** Parameters of each message of the rules of the table of delegated derogations (`undefined`: a fixed sentence). */
export interface TableauDerogationsMessageParams {
  'TAB-DELEGATIONS-001#1': { readonly ref: NestedText; readonly identifiantDelegation: string };
  'TAB-DELEGATIONS-002#1': { readonly ref: NestedText };
  'TAB-DELEGATIONS-003#1': { readonly ref: NestedText; readonly identifiant: string; readonly delegant: string; readonly value: string };
  'TAB-VALIDITE-001#1': { readonly quoi: NestedText; readonly dateFin: string; readonly dateDebut: string };
  'TAB-VALIDITE-002#1': { readonly ref: NestedText; readonly identifiant: string; readonly dateDebut: string; readonly fin: string };
  'TAB-AUTORITES-001#1': { readonly ref: NestedText; readonly modaliteAutorisation: string; readonly value: string; readonly codes: string; readonly value2: string };
  'TAB-DOUBLONS-001#1': { readonly nth: NestedText; readonly identifiant: string; readonly nth2: NestedText; readonly nth3: NestedText; readonly nth4: NestedText };
  'TAB-DOUBLONS-002#1': { readonly ref: NestedText; readonly nth: NestedText; readonly nth2: NestedText };
  'TAB-DOUBLONS-003#1': { readonly nth: NestedText; readonly identifiant: string; readonly nth2: NestedText; readonly nth3: NestedText; readonly nth4: NestedText };
  'TAB-LIGNES-001#1': { readonly ref: NestedText; readonly f: string };
  'TAB-LIGNES-001#2': { readonly ref: NestedText; readonly field: string | undefined };
  'TAB-LIGNES-002#1': { readonly ref: NestedText };
  'TAB-LIGNES-003#1': { readonly ref: NestedText };
  'TAB-FAMILLE-001#1': { readonly ref: NestedText; readonly typeObjet: string; readonly famille: string; readonly attendue: string };
  'TAB-VERSIONS-001#1': { readonly ref: NestedText; readonly dateVersion: string };
  'TAB-PARAMETRES-001#1': { readonly ref: NestedText; readonly typeObjet: string; readonly key: string };
  'TAB-PARAMETRES-002#1': { readonly ref: NestedText; readonly k: string; readonly min: number; readonly max: number };
  'TAB-PARAMETRES-002#2': { readonly ref: NestedText };
  'TAB-PARAMETRES-003#1': { readonly ref: NestedText; readonly placesSurnombre: number; readonly placesAutorisees: number };
  'TAB-PARAMETRES-003#2': { readonly ref: NestedText };
  'TAB-PARAMETRES-004#1': { readonly ref: NestedText };
  'TAB-PARAMETRES-005#1': { readonly ref: NestedText; readonly key: string };
  'TAB-PARAMETRES-006#1': { readonly ref: NestedText; readonly code: string; readonly liste: 'autorises' | 'deroges'; readonly date: string };
}
