import { treR420DroitPrestation } from '@serafin-ph/nomenclature/referentiels';
import { describe, expect, it } from 'vitest';
import { categoryOf } from './droits-prestations.js';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

type Pag = ReturnType<typeof cleanPag>;
type Droit = Pag['situation']['droitsPrestations'][number];
const droit = (d: Pag, i: number): Droit => d.situation.droitsPrestations[i] as Droit;

describeRule('PAG-DROITS-001', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      droit(d, 1).categorieDroitPrestation = '7';
    }),
    undefined,
    'SESSAD 7.8 in category 7',
  );
  t.passes(
    mutate(cleanPag(), (d) => {
      droit(d, 3).codeDroitPrestation = '14';
      droit(d, 3).categorieDroitPrestation = '14';
    }),
    undefined,
    'a category given as its own code',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      droit(d, 1).categorieDroitPrestation = '13';
    }),
    {
      path: '/situation/droitsPrestations/1/categorieDroitPrestation',
      severity: 'error',
      check: (issues) => {
        // Codes of public lists (TRE_R420) are not personal data: shown even without includePersonalData.
        if (issues[0]?.message.includes('7.8') !== true) throw new Error('the message names the public code of the type');
      },
    },
    undefined,
    'type 7.8 declared in category 13',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      droit(d, 1).categorieDroitPrestation = '13';
    }),
    {
      path: '/situation/droitsPrestations/1/categorieDroitPrestation',
      check: (issues) => {
        if (!issues[0]?.message.includes('« categorieDroitPrestation »: « 7 »')) throw new Error('the message gives the right category');
      },
    },
    { includePersonalData: true },
    'message with the codes when personal data may be shown',
  );
});

describeRule('PAG-DROITS-002', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      droit(d, 2).codeDroitPrestation = '8.6';
      droit(d, 2).precisionOrientation = 'UEM';
      droit(d, 2).temporaliteAccueil = ['02'];
    }),
    undefined,
    'unit of teaching UEM (JDV_J408, TRE_R278)',
  );
  t.passes(
    mutate(cleanPag(), (d) => {
      droit(d, 2).codeDroitPrestation = '8.3';
      droit(d, 2).precisionOrientation = '9';
    }),
    undefined,
    'SEGPA (TRE_R408 9)',
  );
  t.passes(
    mutate(cleanPag(), (d) => {
      droit(d, 0).precisionOrientation = '3';
    }),
    undefined,
    'types the TDDUI does not constrain',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      droit(d, 1).precisionOrientation = '7';
    }),
    { path: '/situation/droitsPrestations/1/precisionOrientation', severity: 'error' },
    undefined,
    'SESSAD with a SAFEP précision',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      droit(d, 2).codeDroitPrestation = '8.6';
      droit(d, 2).precisionOrientation = '10';
      droit(d, 2).temporaliteAccueil = ['02'];
    }),
    {
      path: '/situation/droitsPrestations/2/precisionOrientation',
      check: (issues) => {
        if (JSON.stringify(issues[0]?.details?.['precisionsAdmises']) !== '["UEA","UEM"]') throw new Error('the allowed codes are given');
      },
    },
    { includePersonalData: true },
    'unit of teaching with EREA',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      Object.assign(droit(d, 0), { codeDroitPrestation: '13.2', precisionOrientation: '1' });
    }),
    { path: '/situation/droitsPrestations/0/precisionOrientation' },
    undefined,
    'précision on 13.2',
  );
});

describeRule('PAG-DROITS-003', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      droit(d, 0).temporaliteAccueil = ['01', '02'];
    }),
    undefined,
    'one notification opening both temporalities',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      delete droit(d, 0).temporaliteAccueil;
    }),
    { path: '/situation/droitsPrestations/0', severity: 'warning' },
    undefined,
    'IME without temporality',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      Object.assign(droit(d, 2), { codeDroitPrestation: '8.7' });
    }),
    { path: '/situation/droitsPrestations/2', severity: 'warning' },
    undefined,
    'time-shared schooling 8.7 without temporality',
  );
});

describeRule('PAG-DROITS-004', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      droit(d, 0).creton = true;
    }),
    undefined,
    'Creton stay',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      delete droit(d, 1).creton;
    }),
    { path: '/situation/droitsPrestations/1', severity: 'warning' },
    undefined,
    'SESSAD without the Creton flag',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      Object.assign(droit(d, 3), { codeDroitPrestation: '7' });
    }),
    { path: '/situation/droitsPrestations/3', severity: 'warning' },
    undefined,
    'category 7 given as the code',
  );
});

describeRule('PAG-DROITS-005', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      droit(d, 0).existencePAG = true;
    }),
    undefined,
    'validated PAG',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      droit(d, 0).existencePAG = true;
      d.statut = 'brouillon';
    }),
    { path: '/situation/droitsPrestations/0/existencePAG', severity: 'warning' },
    undefined,
    'draft PAG',
  );
});

describe('the category of a right', () => {
  it('is the TRE_R420 parent of every type, and the code itself for a category', () => {
    for (const c of treR420DroitPrestation.concepts) expect(categoryOf({ codeDroitPrestation: c.code })).toBe(c.parent ?? c.code);
  });
});
