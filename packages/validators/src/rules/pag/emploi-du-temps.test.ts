import { describe, expect, it } from 'vitest';
import { PAG_EN, validatePag } from '../../pag.js';
import { cleanPag, mutate } from '../../../test/support/documents.js';
import { describeRule } from '../../../test/support/rule-test.js';

type Slot = NonNullable<ReturnType<typeof cleanPag>['annexes']>['emploiDuTemps'][number];
const slot = (d: ReturnType<typeof cleanPag>, i: number): Slot => d.annexes?.emploiDuTemps[i] as Slot;

describeRule('PAG-EDT-001', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      slot(d, 0).identifiantEngagement = 'ENG-42';
    }),
    { path: '/annexes/emploiDuTemps/0/identifiantEngagement' },
  );
});

describeRule('PAG-EDT-002', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      slot(d, 1).prestation = { code: '2.3.3' };
    }),
    undefined,
    'broader code of an engaged prestation',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      slot(d, 1).prestation = { code: '2.1.1.1' };
    }),
    { path: '/annexes/emploiDuTemps/1/prestation' },
  );
});

describeRule('PAG-EDT-003', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      slot(d, 2).heureFin = '16:00';
    }),
    { path: '/annexes/emploiDuTemps/2/heureFin' },
  );
});

describeRule('PAG-EDT-004', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      slot(d, 4).heureDebut = '11:30';
      slot(d, 4).heureFin = '12:15';
      slot(d, 4).jour = 'mercredi';
    }),
    undefined,
    'back-to-back slots',
  );
  t.passes(
    mutate(cleanPag(), (d) => {
      Object.assign(slot(d, 4), { jour: 'mardi', heureDebut: '09:00', heureFin: '10:00', lieu: 'ecole', precisionLieu: 'Collège Jules-Verne, ULIS' });
    }),
    undefined,
    'co-intervention in class (same place)',
  );
  t.passes(
    mutate(cleanPag(), (d) => {
      Object.assign(slot(d, 7), { jour: 'vendredi', heureDebut: '09:00', heureFin: '10:00' });
    }),
    undefined,
    'same kind of place, one without precision',
  );
  t.passes(
    mutate(cleanPag(), (d) => {
      const s = d.annexes?.emploiDuTemps ?? [];
      for (let k = 0; k < 3; k++) s.push({ ...slot(d, 1) });
    }),
    undefined,
    'several slots in the same place',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      slot(d, 4).heureDebut = '11:00';
      slot(d, 4).heureFin = '11:45';
      slot(d, 4).jour = 'mercredi';
    }),
    { path: '/annexes/emploiDuTemps/4', severity: 'warning' },
    undefined,
    'cabinet during school time',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      Object.assign(slot(d, 7), { heureDebut: '09:00', heureFin: '10:00', precisionLieu: 'École Jean-Moulin' });
    }),
    {
      path: '/annexes/emploiDuTemps/7',
      severity: 'warning',
      check: (issues) => {
        if (issues[0]?.details?.['autreCreneau'] !== 6) throw new Error('the other slot is given');
        if (!issues[0]?.message.includes('co-intervention')) throw new Error('the message says how to fix');
      },
    },
    undefined,
    'two different schools',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      // A long slot elsewhere, then a slot at the same place as a later one: the long slot is still seen.
      const s = d.annexes?.emploiDuTemps ?? [];
      s.push({ ...slot(d, 0), jour: 'samedi', heureDebut: '08:00', heureFin: '18:00', lieu: 'domicile' });
      s.push({ ...slot(d, 0), jour: 'samedi', heureDebut: '09:00', heureFin: '10:00' });
      s.push({ ...slot(d, 0), jour: 'samedi', heureDebut: '10:00', heureFin: '11:00' });
    }),
    {
      check: (issues) => {
        if (issues.length !== 2) throw new Error(`two overlaps, got ${issues.length}`);
      },
    },
    undefined,
    'overlaps found in one sweep',
  );
});

describeRule('PAG-EDT-005', (t) => {
  t.passes(cleanPag());
  t.fails(
    mutate(cleanPag(), (d) => {
      const f = d.engagements[0]?.prestations[0]?.frequence;
      if (f) f.nombre = 3;
    }),
    { path: '/engagements/0/prestations/0/frequence', severity: 'warning' },
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      const f = d.engagements[0]?.prestations[0]?.frequence;
      if (f) f.dureeMinutes = 90;
    }),
    {
      path: '/engagements/0/prestations/0/frequence',
      check: (issues) => {
        if (issues[0]?.details?.['minutesDeclarees'] !== 180 || issues[0]?.details?.['minutesEmploiDuTemps'] !== 120) throw new Error('minutes compared');
      },
    },
  );
});

describe('timetable of schema 1.1.0: nights, alternating weeks, periods', () => {
  describeRule('PAG-EDT-003', (t) => {
    t.passes(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 2), { heureDebut: '20:00', heureFin: '08:00', finLendemain: true });
      }),
      undefined,
      'boarding night crossing midnight',
    );
    t.passes(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 2), { heureDebut: '08:00', heureFin: '08:00', finLendemain: true });
      }),
      undefined,
      'a whole day and night (24 hours)',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 2), { heureFin: '18:30', finLendemain: true });
      }),
      { path: '/annexes/emploiDuTemps/2/heureFin' },
      undefined,
      'more than 24 hours',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 2), { heureDebut: '20:00', heureFin: '08:00' });
      }),
      {
        path: '/annexes/emploiDuTemps/2/heureFin',
        check: (issues) => {
          if (!issues[0]?.message.includes('finLendemain')) throw new Error('the message says how to write a night');
        },
      },
      undefined,
      'night without finLendemain',
    );
    // Probe 3, PAG 16: an evening visit written « 21:00 – 00:00 » (« jusqu’à minuit ») ends at midnight, not before it starts.
    t.passes(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 2), { heureDebut: '21:00', heureFin: '00:00' });
      }),
      undefined,
      'an evening slot that ends at midnight (00:00) without finLendemain',
    );
    t.passes(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 2), { heureDebut: '21:00', heureFin: '00:00', finLendemain: true });
      }),
      undefined,
      'the same slot with finLendemain',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 2), { heureDebut: '00:00', heureFin: '00:00' });
      }),
      { path: '/annexes/emploiDuTemps/2/heureFin' },
      undefined,
      'from midnight to midnight without finLendemain: no length',
    );
  });

  describeRule('PAG-EDT-004', (t) => {
    t.passes(
      mutate(cleanPag(), (d) => {
        d.annexes?.emploiDuTemps.push({ ...slot(d, 0), heureDebut: '18:00', heureFin: '08:00', finLendemain: true });
      }),
      undefined,
      'internat night at the IME, school the next morning at 08:30',
    );
    t.passes(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 4), { heureDebut: '11:00', heureFin: '11:45', alternance: 'semaine-a' });
        slot(d, 3).alternance = 'semaine-b';
      }),
      undefined,
      'alternating weeks',
    );
    t.passes(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 4), { heureDebut: '11:00', heureFin: '11:45', periode: { type: 'vacances-scolaires' } });
        slot(d, 3).periode = { type: 'periode-scolaire' };
      }),
      undefined,
      'school holidays and school term never meet',
    );
    t.passes(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 4), { heureDebut: '11:00', heureFin: '11:45', periode: { type: 'sejour-temporaire', dateDebut: '2025-07-07', dateFin: '2025-07-18' } });
        slot(d, 3).periode = { type: 'sejour-temporaire', dateDebut: '2025-10-20', dateFin: '2025-10-31' };
      }),
      undefined,
      'two dated stays that do not meet',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        d.annexes?.emploiDuTemps.push({ ...slot(d, 0), heureDebut: '18:00', heureFin: '09:00', finLendemain: true });
      }),
      { path: '/annexes/emploiDuTemps/1', severity: 'warning' },
      undefined,
      'night at the IME that ends after school has started',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        d.annexes?.emploiDuTemps.push({ ...slot(d, 2), jour: 'dimanche', heureDebut: '20:00', heureFin: '09:30', finLendemain: true });
      }),
      { path: '/annexes/emploiDuTemps/0', severity: 'warning' },
      undefined,
      'Sunday night at home running into Monday at the IME',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        Object.assign(slot(d, 4), { heureDebut: '11:00', heureFin: '11:45', alternance: 'semaine-a' });
        slot(d, 3).alternance = 'semaine-a';
      }),
      { path: '/annexes/emploiDuTemps/4', severity: 'warning' },
      undefined,
      'same alternating week',
    );
  });

  describeRule('PAG-EDT-005', (t) => {
    t.passes(
      mutate(cleanPag(), (d) => {
        d.annexes?.emploiDuTemps.push({ ...slot(d, 2), jour: 'samedi', periode: { type: 'vacances-scolaires' } });
      }),
      undefined,
      'a holiday slot is not part of the typical week',
    );
    t.passes(
      mutate(cleanPag(), (d) => {
        slot(d, 2).alternance = 'semaine-a';
        d.annexes?.emploiDuTemps.push({ ...slot(d, 2), jour: 'mercredi', alternance: 'semaine-b' });
      }),
      undefined,
      'week A and week B make one a week',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        slot(d, 2).alternance = 'semaine-a';
      }),
      { path: '/engagements/0/prestations/0/frequence', severity: 'warning' },
      undefined,
      'every other week counts half',
    );
    const schoolTerm = (d: ReturnType<typeof cleanPag>) => {
      for (const i of [1, 3, 6]) slot(d, i).periode = { type: 'periode-scolaire' };
    };
    t.passes(mutate(cleanPag(), schoolTerm), undefined, 'school-term slots are a pupil’s ordinary week');
    t.passes(
      mutate(cleanPag(), (d) => {
        schoolTerm(d);
        d.annexes?.emploiDuTemps.push({ ...slot(d, 1), jour: 'lundi', periode: { type: 'vacances-scolaires' } });
      }),
      undefined,
      'the frequency matches the school week, the holiday week differs',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        schoolTerm(d);
        const f = d.engagements[2]?.prestations[0]?.frequence;
        if (f) f.nombre = 4;
      }),
      { path: '/engagements/2/prestations/0/frequence', severity: 'warning' },
      undefined,
      'school-term slots are compared with the frequency',
    );
    t.passes(
      mutate(cleanPag(), (d) => {
        slot(d, 2).alternance = 'semaine-a';
        const p = d.engagements[0]?.prestations[0];
        if (p) p.frequence = { nombre: 3, periode: 'quinzaine', dureeMinutes: 60 };
      }),
      undefined,
      'three a fortnight: one slot every week, one every other week',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        const p = d.engagements[0]?.prestations[0];
        if (p) p.frequence = { nombre: 2, periode: 'quinzaine', dureeMinutes: 60 };
      }),
      { path: '/engagements/0/prestations/0/frequence', severity: 'warning' },
      undefined,
      'two slots every week are four a fortnight',
    );
    // Probe 5, PAG 16: a slot lasts at most 24 hours, so a week-end stay (Saturday 10:00 to Sunday 17:00) is written as
    // two slots that follow one another; « 1 par quinzaine » counts the stay, not the slots.
    const weekEnd = (d: ReturnType<typeof cleanPag>, sunday: { heureDebut: string; heureFin: string }, dureeMinutes?: number) => {
      const p = d.engagements[4]?.prestations[0];
      if (p) p.frequence = { nombre: 1, periode: 'quinzaine', ...(dureeMinutes === undefined ? {} : { dureeMinutes }) };
      const stay = { identifiantEngagement: 'ENG-5', prestation: { code: '2.3.4.1' }, lieu: 'esms', alternance: 'semaine-a' } as const;
      d.annexes?.emploiDuTemps.push({ ...stay, jour: 'samedi', heureDebut: '10:00', heureFin: '10:00', finLendemain: true }, { ...stay, jour: 'dimanche', ...sunday });
    };
    t.passes(
      mutate(cleanPag(), (d) => weekEnd(d, { heureDebut: '10:00', heureFin: '17:00' })),
      undefined,
      'a week-end stay written as two slots that follow one another is one stay',
    );
    t.passes(
      mutate(cleanPag(), (d) => weekEnd(d, { heureDebut: '10:00', heureFin: '17:00' }, 1860)),
      undefined,
      'the stay’s minutes are those of its two slots',
    );
    t.fails(
      mutate(cleanPag(), (d) => weekEnd(d, { heureDebut: '11:00', heureFin: '17:00' })),
      { path: '/engagements/4/prestations/0/frequence', severity: 'warning' },
      undefined,
      'slots with a gap between them are two',
    );
    t.fails(
      mutate(cleanPag(), (d) => {
        const p = d.engagements[4]?.prestations[0];
        if (p) p.frequence = { nombre: 1, periode: 'semaine' };
        const stay = { identifiantEngagement: 'ENG-5', prestation: { code: '2.3.4.1' }, lieu: 'esms' } as const;
        d.annexes?.emploiDuTemps.push({ ...stay, jour: 'lundi', heureDebut: '09:00', heureFin: '12:00' }, { ...stay, jour: 'lundi', heureDebut: '12:00', heureFin: '17:00' });
      }),
      { path: '/engagements/4/prestations/0/frequence', severity: 'warning' },
      undefined,
      'two slots that follow one another during a day are two (only a cut at midnight or after 24 hours joins slots into one stay)',
    );
    t.passes(
      mutate(cleanPag(), (d) => {
        const p = d.engagements[4]?.prestations[0];
        if (p) p.frequence = { nombre: 1, periode: 'semaine' };
        const stay = { identifiantEngagement: 'ENG-5', prestation: { code: '2.3.4.1' }, lieu: 'esms' } as const;
        d.annexes?.emploiDuTemps.push(
          { ...stay, jour: 'lundi', heureDebut: '00:00', heureFin: '08:00' },
          { ...stay, jour: 'dimanche', heureDebut: '18:00', heureFin: '00:00', finLendemain: true },
        );
      }),
      undefined,
      'a stay from Sunday evening goes on to Monday morning',
    );
  });

  it('PAG-EDT-005 says which week it compared and how to fix it', () => {
    const doc = mutate(cleanPag(), (d) => {
      for (const i of [1, 3, 6]) slot(d, i).periode = { type: 'periode-scolaire' };
      const f = d.engagements[2]?.prestations[0]?.frequence;
      if (f) f.nombre = 4;
    });
    const issue = validatePag(doc, { referenceDate: '2025-12-01' }).issues.find((i) => i.ruleId === 'PAG-EDT-005');
    expect(issue?.details).toMatchObject({ creneaux: 3, frequence: 4, periodeFrequence: 'semaine', semaineComparee: 'periode-scolaire', creneauxConcernes: [1, 3, 6] });
    expect(issue?.message).toContain('3 créneau(x) dans l’emploi du temps en période scolaire pour 4 fois par semaine déclarées');
    expect(issue?.message).toContain('Faites concorder « frequence »');
  });
});

describeRule('PAG-EDT-006', (t) => {
  t.passes(cleanPag());
  t.passes(
    mutate(cleanPag(), (d) => {
      delete slot(d, 1).prestation;
      slot(d, 1).nature = 'Classe ULIS';
    }),
    undefined,
    'uncoded school time with its nature',
  );
  t.passes(
    mutate(cleanPag(), (d) => {
      delete slot(d, 1).prestation;
    }),
    undefined,
    'the only prestation of its engagement (ENG-3): the slot says what it holds',
  );
  t.fails(
    mutate(cleanPag(), (d) => {
      delete slot(d, 0).prestation;
    }),
    { path: '/annexes/emploiDuTemps/0', severity: 'warning' },
    undefined,
    'an engagement with two prestations (ENG-2): which one?',
  );
});

describe('timetable messages count slots as people do; paths stay 0-based', () => {
  const messages = (doc: ReturnType<typeof cleanPag>, ruleId: string, lang: 'fr' | 'en') =>
    validatePag(doc, { referenceDate: '2025-06-30', lang, catalogues: [PAG_EN] })
      .issues.filter((i) => i.ruleId === ruleId)
      .map((i) => [i.path, i.message]);

  it('names the 1st slot « 1er créneau » / "1st slot"', () => {
    const doc = mutate(cleanPag(), (d) => {
      slot(d, 0).identifiantEngagement = 'ENG-42';
    });
    expect(messages(doc, 'PAG-EDT-001', 'fr')).toEqual([
      [
        '/annexes/emploiDuTemps/0/identifiantEngagement',
        'Le 1er créneau désigne l’engagement « ENG-42 », absent du PAG : donnez dans « identifiantEngagement » l’identifiant d’un engagement du PAG, ou ajoutez l’engagement de cet opérateur.',
      ],
    ]);
    expect(messages(doc, 'PAG-EDT-001', 'en')).toEqual([
      [
        '/annexes/emploiDuTemps/0/identifiantEngagement',
        "The 1st slot refers to engagement 'ENG-42', which is not in the PAG: give in `identifiantEngagement` the identifier of an engagement of the PAG, or add this operator’s engagement.",
      ],
    ]);
  });

  it('names the slot at index 2 « 3e créneau » and the engagement by its identifier', () => {
    const end = mutate(cleanPag(), (d) => {
      slot(d, 2).heureFin = '16:00';
    });
    const [fr] = messages(end, 'PAG-EDT-003', 'fr');
    expect(fr?.[0]).toBe('/annexes/emploiDuTemps/2/heureFin');
    expect(fr?.[1]).toMatch(/^3e créneau : fin \(16:00\)/);
    expect(messages(end, 'PAG-EDT-003', 'en')[0]?.[1]).toMatch(/^3rd slot: end \(16:00\)/);
    const prestation = mutate(cleanPag(), (d) => {
      slot(d, 1).prestation = { code: '2.1.1.1' };
    });
    const [p] = messages(prestation, 'PAG-EDT-002', 'fr');
    expect(p?.[0]).toBe('/annexes/emploiDuTemps/1/prestation');
    expect(p?.[1]).toMatch(/^La prestation 2\.1\.1\.1 du 2e créneau n’est pas engagée par l’engagement « [^»]+ » \((1er|[0-9]+e)\)/);
  });
});
