/**
 * The parameters of each message of the territorial convention rules, by catalogue key: the French
 * (`fr.ts`) and English (`en.ts`) catalogues give every key, and a rule
 * names one with `msg(key, params)`.
 */
import type { NestedText } from '../../../messages.js';

/** Parameters of each message of the territorial convention rules (`undefined`: a fixed sentence). */
export interface ConventionMessageParams {
  'CONV-ANNEXE-001#1': undefined;
  'CONV-ANNEXE-002#1': { readonly departement: string; readonly departement2: string };
  'CONV-ANNEXE-002#2': { readonly identifiantConvention: string; readonly identifiant: string };
  'CONV-ANNEXE-003#1': { readonly ref: NestedText; readonly typeObjet: string };
  'CONV-ANNEXE-004#1': { readonly ref: NestedText; readonly dateDebut: string; readonly fin: string };
  'CONV-ANNEXE-004#2': { readonly ref: NestedText; readonly dateFin: string; readonly fin: string };
  'CONV-CADRE-001#1': undefined;
  'CONV-CADRE-001#2': undefined;
  'CONV-CADRE-002#1': { readonly dateFin: string; readonly dateDebut: string };
  'CONV-CADRE-002#2': { readonly date: string; readonly dateFin: string };
  'CONV-CADRE-003#1': { readonly date: string; readonly date2: string };
  'CONV-CADRE-003#2': { readonly date: string; readonly fin: string };
  'CONV-GOS-001#1': undefined;
  'CONV-GOS-002#1': { readonly niveau: string };
  'CONV-GOS-002#2': { readonly nth: NestedText; readonly n: string };
  'CONV-DELAIS-001#1': { readonly ref: NestedText };
  'CONV-DELAIS-001#2': undefined;
  'CONV-DELAIS-001#3': undefined;
  'CONV-DELAIS-001#4': { readonly circuit: NestedText };
  'CONV-INSTRUCTION-001#1': { readonly key: string };
  'CONV-INSTRUCTION-001#2': undefined;
  'CONV-INSTRUCTION-001#3': undefined;
  'CONV-INSTRUCTION-001#4': undefined;
  'CONV-INSTRUCTION-001#5': undefined;
  'CONV-INSTRUCTION-001#6': undefined;
  'CONV-INSTRUCTION-001#7': { readonly which: NestedText; readonly what: NestedText };
  'CONV-INSTRUCTION-002#1': { readonly nth: NestedText; readonly typeDerogation: string; readonly nth2: NestedText };
  'CONV-DELAIS-002#1': { readonly nth: NestedText; readonly delaiReponseJours: number; readonly ordinaire: number; readonly nth2: NestedText };
  'CONV-SIGNATAIRES-001#1': { readonly label: NestedText; readonly codes: string; readonly value: string };
  'CONV-SIGNATAIRES-002#1': { readonly nth: NestedText; readonly role: string };
}
