import { scenarios } from '@serafin-ph/fixtures';
import { describe, expect, it } from 'vitest';
import { PRINT_PART_HOURS, renderTimetable, renderTimetableWithPrintParts } from './render-timetable.js';

const pag = scenarios.find((s) => s.id === 'ase-itep-sessad')!.document() as unknown as {
  annexes: { emploiDuTemps: Record<string, unknown>[] };
  engagements: { identifiant: string; operateur: { nom: string } }[];
};

describe('renderTimetable', () => {
  it('is a standalone SVG document with a title and a description', () => {
    const svg = renderTimetable(pag);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="edt-titre">Emploi du temps hebdomadaire</title>');
    expect(svg).toContain(`<desc id="edt-desc">${pag.annexes.emploiDuTemps.length} créneaux, un bloc par créneau, une couleur par opérateur.</desc>`);
    expect(svg).not.toMatch(/<style|style=|<script/);
  });

  it('draws one block per slot, in the colour of its operator, with place and prestation', () => {
    const svg = renderTimetable(pag);
    const blocks = [...svg.matchAll(/<g class="creneau" data-creneau="(\d+)"><title>([^<]*)<\/title><rect [^>]*fill="(#[0-9a-f]{6})"/g)];
    expect(blocks.length).toBe(pag.annexes.emploiDuTemps.length);
    const colourOf = new Map<string, string>();
    blocks.forEach(([, index, title, fill]) => {
      const slot = pag.annexes.emploiDuTemps[Number(index)]!;
      const engagement = pag.engagements.find((e) => e.identifiant === slot['identifiantEngagement'])!;
      expect(title).toContain(engagement.operateur.nom.replace(/'/g, '&#39;'));
      expect(title).toContain((slot['prestation'] as { code: string }).code);
      expect(title).toMatch(/domicile|école|ESMS|autre/);
      const known = colourOf.get(engagement.identifiant);
      if (known !== undefined) expect(fill).toBe(known);
      colourOf.set(engagement.identifiant, fill!);
    });
    expect(new Set(colourOf.values()).size).toBe(colourOf.size);
    for (const e of pag.engagements) expect(svg).toContain(e.operateur.nom.replace(/'/g, '&#39;').slice(0, 20));
  });

  it('draws a night slot across midnight as one block of two pieces, on the whole day', () => {
    const night = { ...pag, annexes: { ...pag.annexes, emploiDuTemps: [{ ...pag.annexes.emploiDuTemps[0], jour: 'samedi', heureDebut: '20:00', heureFin: '08:00' }] } };
    const svg = renderTimetable(night);
    expect(svg.match(/<g class="creneau"/g)?.length).toBe(1);
    const group = /<g class="creneau"[\s\S]*?<\/g>/.exec(svg)![0];
    expect(group.match(/<rect /g)?.length).toBe(2);
    expect(group).toContain('stroke-dasharray');
    expect(svg).toContain('>00:00</text>');
  });

  it('prints a whole day in two pictures of twelve hours that show the whole picture’s drawing, each as high as a daytime one', () => {
    const day = renderTimetableWithPrintParts(pag);
    expect(day.parts).toEqual([]);
    expect(day.svg).toBe(renderTimetable(pag));
    const slot = { ...pag.annexes.emploiDuTemps[0], jour: 'mardi', heureDebut: '09:00', heureFin: '16:30' };
    const nightSlot = { ...pag.annexes.emploiDuTemps[0], jour: 'samedi', heureDebut: '20:00', heureFin: '08:00' };
    const night = { ...pag, annexes: { ...pag.annexes, emploiDuTemps: [slot, nightSlot] } };
    const { svg, parts } = renderTimetableWithPrintParts(night, { lang: 'en' });
    expect(PRINT_PART_HOURS).toBe(12);
    expect(parts.map((p) => p.hours)).toEqual(['00:00–12:00', '12:00–24:00']);
    const height = (s: string): number => Number(/^<svg [^>]*\bheight="(\d+)"/.exec(s)![1]);
    expect(height(svg)).toBeGreaterThan(1200);
    for (const part of parts) {
      // Twelve hours of 48 units fewer than the whole day (the day names and the legend kept): about a daytime picture's height.
      expect(height(part.svg)).toBe(height(svg) - 12 * 48);
      // Each slot once on the page: the parts draw no block of their own.
      expect(part.svg).not.toContain('class="creneau"');
      for (const group of ['jours', 'grille', 'heures', 'legende']) {
        expect(part.svg).toContain(`<use href="#edt-${group}"`);
        expect(svg).toContain(`<g id="edt-${group}">`);
      }
      expect(part.svg).toContain(`<title id="edt-partie-${parts.indexOf(part) + 1}">Weekly timetable, ${part.hours}</title>`);
    }
    // The second part cuts Tuesday's 09:00–16:30 block: it writes its hours again at its top.
    expect(parts[1]!.svg).toContain('font-weight="bold">09:00–16:30</text>');
    expect(parts[0]!.svg).not.toContain('09:00–16:30');
  });

  it('writes the hours of a night slot, end time included, on its morning piece too', () => {
    const slot = { ...pag.annexes.emploiDuTemps[0], jour: 'mardi', heureDebut: '20:00', heureFin: '08:00', finLendemain: true };
    const night = { ...pag, annexes: { ...pag.annexes, emploiDuTemps: [slot] } };
    const texts = [.../<g class="creneau" data-creneau="0">[\s\S]*?<\/g>/.exec(renderTimetable(night))![0].matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((t) => t[1]);
    // Evening piece, then the morning one: both begin with the hours, uncut (« suite de la nuit → 08:00 » was cut to « suite de la nuit →… »).
    expect(texts.filter((t) => t === '20:00–08:00')).toHaveLength(2);
    expect(texts[texts.lastIndexOf('20:00–08:00') + 1]).toBe('(suite de la nuit)');
    expect(renderTimetable(night, { lang: 'en' })).toContain('>(night continued)</text>');
  });

  it('says when a slot takes place (period, alternating week) and what an uncoded slot is (its nature)', () => {
    const base = pag.annexes.emploiDuTemps[0]!;
    const { prestation: _, ...uncoded } = base;
    const slots = [
      { ...base, jour: 'lundi', heureDebut: '08:30', heureFin: '11:30', periode: { type: 'periode-scolaire' } },
      {
        ...uncoded,
        jour: 'lundi',
        heureDebut: '08:30',
        heureFin: '11:30',
        nature: 'Centre de loisirs',
        periode: { type: 'vacances-scolaires', precision: 'été' },
        alternance: 'semaine-a',
      },
    ];
    const svg = renderTimetable({ ...pag, annexes: { ...pag.annexes, emploiDuTemps: slots } });
    const titles = [...svg.matchAll(/<g class="creneau" data-creneau="\d+"><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles[0]).toContain(' · en période scolaire · ');
    expect(titles[1]).toContain(' · Centre de loisirs · pendant les vacances scolaires : été, semaine A · ');
    expect(renderTimetable({ ...pag, annexes: { ...pag.annexes, emploiDuTemps: slots } }, { lang: 'en' })).toContain('during school holidays: été, week A');
  });

  it('draws an empty week for a document without timetable, in English when asked', () => {
    const svg = renderTimetable({}, { lang: 'en' });
    expect(svg).toContain('>Monday</text>');
    expect(svg).not.toContain('class="creneau"');
  });
});
