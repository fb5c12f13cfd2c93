// The footprint statistics against values computed by hand (and, for the p-values, against the
// closed forms of the chi-square distribution), and the reading of footprint.csv.
import { describe, expect, it } from 'vitest';
import { KpcsError } from '../../core/errors.js';
import { chiSquare, commonBins, compare, gammaQ, ksDistance, readSample, type ClassRow, type ReferenceDistribution } from './model.js';
import { classLabel, parseClass } from './sieves.js';

const recs = (lines: string[]) => lines.map((l, i) => ({ row: i + 1, cells: l.split(',') }));
const errorOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof KpcsError) return e;
  }
  throw new Error('no KpcsError');
};

describe('sieve classes', () => {
  it('reads the trade notation in either order and open classes', () => {
    expect(classLabel((parseClass('+9-9.5', 'sieve') as { class: never }).class)).toBe('+9-9.5');
    expect(classLabel((parseClass('-9.5+9', 'sieve') as { class: never }).class)).toBe('+9-9.5');
    expect(classLabel((parseClass('-1+0.5', 'sieve') as { class: never }).class)).toBe('+0.5-1');
    expect(classLabel((parseClass('+21', 'sieve') as { class: never }).class)).toBe('+21');
    expect(classLabel((parseClass('-1', 'sieve') as { class: never }).class)).toBe('-1');
    expect(classLabel((parseClass('+6½-7', 'sieve') as { class: never }).class)).toBe('+6.5-7');
  });
  it('refuses unknown plates, reversed bounds and two bounds of one sign', () => {
    expect(parseClass('+9.25-10', 'sieve')).toMatchObject({ error: expect.stringContaining('9.25 is not a diamond sieve number') });
    expect(parseClass('+10-9', 'sieve')).toMatchObject({ error: expect.stringContaining('must be smaller') });
    expect(parseClass('+9+10', 'sieve')).toMatchObject({ error: expect.stringContaining('two + bounds') });
    expect(parseClass('big', 'sieve')).toMatchObject({ error: expect.stringContaining('is not a size class') });
  });
  it('converts millimetre apertures to the plate of that aperture, and refuses a boundary between plates', () => {
    const p = parseClass('+2.2-2.3', 'mm') as { class: never; conversion: string };
    expect(classLabel(p.class)).toBe('+9-9.5');
    expect(p.conversion).toBe('2.2 mm → sieve 9, 2.3 mm → sieve 9.5');
    expect(parseClass('+2.25-2.4', 'mm')).toMatchObject({ error: '2.25 mm is between sieve 9 (2.2 mm) and sieve 9.5 (2.3 mm): it is no sieve boundary, so the stones cannot be put in sieve classes without sieving them again' });
  });
});

describe('reading footprint.csv', () => {
  it('reads one sample, sorted by size, carats as exact text', () => {
    const s = readSample(recs(['sample,sieve_class,stones,carats', 'P1,+11,5,3.5', 'P1,+9-11,10,2.25', 'P1,-9,100,4']));
    expect(s.name).toBe('P1');
    expect(s.scheme).toBe('sieve');
    expect(s.rows.map((r) => [classLabel(r.class), r.stones, r.carats])).toEqual([['-9', 100, '4.00'], ['+9-11', 10, '2.25'], ['+11', 5, '3.50']]);
  });
  it('names every bad row, column and reason, and reads nothing', () => {
    const e = errorOf(() => readSample(recs(['sample,sieve_class,stones,carats', 'P1,+9-9.5,10,1', 'P1,+9.2-10,1,1', 'P1,+9-10,1,1', 'P1,+10-11,-3,1', 'P1,+11-12,0,2', 'P1,+12-13,4,0', 'P1,+13,4,1.234'])));
    expect(e.code).toBe('invalid_input');
    expect(e.details).toEqual([
      { row: 3, column: 'sieve_class', message: expect.stringContaining('9.2 is not a diamond sieve number') },
      { row: 4, column: 'sieve_class', message: 'overlaps the class +9-9.5 of an earlier row (a stone must belong to one class only)' },
      { row: 5, column: 'stones', message: '"-3" is not a whole number of stones' },
      { row: 6, column: 'carats', message: 'carats with no stones' },
      { row: 7, column: 'carats', message: 'stones with no weight' },
      { row: 8, column: 'carats', message: '"1.234" is not a weight in carats (at most two decimals, not negative)' },
    ]);
  });
  it('needs the scheme declared for another scheme, by column or option, and converts it', () => {
    const e = errorOf(() => readSample(recs(['sample,sieve_class,stones,carats', 'P1,+2.2-2.3,10,1'])));
    expect(e.details[0]).toMatchObject({ row: 2, column: 'sieve_class', message: expect.stringContaining('must declare it') });
    const byOption = readSample(recs(['sample,sieve_class,stones,carats', 'P1,+2.2-2.3,10,1']), 'mm');
    expect(byOption.scheme).toBe('mm');
    expect(classLabel(byOption.rows[0]!.class)).toBe('+9-9.5');
    expect(byOption.conversions).toEqual(['+2.2-2.3: 2.2 mm → sieve 9, 2.3 mm → sieve 9.5']);
    const byColumn = readSample(recs(['sample,sieve_class,stones,carats,scheme', 'P1,+2.2-2.3,10,1,mm']));
    expect(byColumn.scheme).toBe('mm');
    expect(errorOf(() => readSample(recs(['sample,sieve_class,stones,carats,scheme', 'P1,+2.2-2.3,10,1,inch']))).details[0]).toMatchObject({ row: 2, column: 'scheme' });
  });
  it('says every problem in the reader\'s language, the English unchanged', () => {
    const e = errorOf(() => readSample(recs(['sample,sieve_class,stones,carats', 'P1,+9-9.5,-3,1', 'P1,+2.25-2.4,1,1'])));
    expect(e.message).toBe('2 problems in the footprint file; nothing was read.');
    const fr = e.localized('fr');
    expect(fr.message).toBe('2 problèmes dans le fichier d’empreinte ; rien n’a été lu.');
    expect(fr.details.map((d) => d.message)).toEqual(['« -3 » n’est pas un nombre entier de pierres', expect.stringContaining('2.25 n’est pas un numéro de tamis à diamants')]);
    const ru = e.localized('ru');
    expect(ru.message).toBe('В файле отпечатка 2 ошибки; ничего не прочитано.');
    expect(ru.details[0]!.message).toBe('«-3» не целое число камней');
    const between = parseClass('+2.25-2.4', 'mm') as { msg: { render(l: string): string } };
    expect(between.msg.render('es')).toBe('2.25 mm está entre el tamiz 9 (2,2 mm) y el tamiz 9.5 (2,3 mm): no es un límite de tamiz, así que las piedras no pueden ponerse en clases de tamiz sin volver a tamizarlas');
    const header = errorOf(() => readSample(recs(['sample,class,stones,carats'])));
    expect(header.message).toBe("The footprint file's header must be sample,sieve_class,stones,carats (and optionally scheme): missing sieve_class; unknown class. Nothing was read.");
    expect(header.localized('pt').message).toBe('O cabeçalho do ficheiro de pegada deve ser sample,sieve_class,stones,carats (e, opcionalmente, scheme): falta sieve_class; desconhecido: class. Nada foi lido.');
  });
  it('refuses a bad header and two samples in one file', () => {
    expect(errorOf(() => readSample(recs(['sample,class,stones,carats']))).details).toEqual([{ row: 1, message: 'bad header' }]);
    expect(errorOf(() => readSample(recs(['sample,sieve_class,stones,carats', 'A,+9-10,1,1', 'B,+10-11,1,1']))).details).toEqual([{ column: 'sample', message: 'one file holds one sample; this one names A, B' }]);
  });
});

describe('chi-square', () => {
  it('sums (O−E)²/E with expected counts from the reference proportions', () => {
    const cs = chiSquare([10, 20, 30, 40].map((o, i) => ({ label: `c${i}`, observed: o, reference: 25 })))!;
    // expected 25 each: (225 + 25 + 25 + 225) / 25 = 20, three degrees of freedom
    expect(cs.statistic).toBeCloseTo(20, 12);
    expect(cs.df).toBe(3);
    // P(χ²₃ > 20) = 0.000169742435552826 (the chi-square survival function)
    expect(cs.pValue).toBeCloseTo(0.000169742435552826, 12);
  });
  it('merges classes whose expected count is below 5, and says how many', () => {
    const cs = chiSquare([
      { label: '+9-9.5', observed: 1, reference: 1 },
      { label: '+9.5-10', observed: 2, reference: 3 },
      { label: '+10-11', observed: 50, reference: 50 },
      { label: '+11', observed: 47, reference: 46 },
    ])!;
    // expected 1, 3, 50, 46: the first three merge (54), observed 53; then 47 against 46
    expect(cs.classes).toEqual([{ label: '+9-11', observed: 53, expected: 54 }, { label: '+11', observed: 47, expected: 46 }]);
    expect(cs.merged).toBe(2);
    expect(cs.statistic).toBeCloseTo(1 / 54 + 1 / 46, 12);
    expect(cs.df).toBe(1);
    // a sparse tail is merged into the class before it
    const tail = chiSquare([50, 46, 3, 1].map((r, i) => ({ label: `c${i}`, observed: r, reference: r })))!;
    expect(tail.classes.map((c) => c.expected)).toEqual([50, 50]);
    expect(tail.statistic).toBe(0);
  });
  it('p-values match the closed forms: e^(−x/2) for two degrees of freedom, 0.05 at 3.8415 for one', () => {
    expect(gammaQ(1, 2)).toBeCloseTo(Math.exp(-2), 14);
    expect(gammaQ(1, 0.5)).toBeCloseTo(Math.exp(-0.5), 14);
    expect(gammaQ(0.5, 3.841458820694124 / 2)).toBeCloseTo(0.05, 10);
    // χ² = 11.0705 with 5 degrees of freedom is the 5 % point too (series branch: x < a + 1 is false; continued fraction)
    expect(gammaQ(2.5, 11.070497693516351 / 2)).toBeCloseTo(0.05, 10);
    expect(gammaQ(5, 1)).toBeCloseTo(0.9963401531726562, 12); // series branch
  });
});

describe('Kolmogorov–Smirnov distance on the carat-weighted curve', () => {
  it('is the largest gap between cumulative shares', () => {
    // cumulative 0.25, 0.5, 1 against 0.5, 0.75, 1
    expect(ksDistance([1, 1, 2], [2, 1, 1])).toBeCloseTo(0.25, 14);
    expect(ksDistance([1, 2, 3], [2, 4, 6])).toBe(0);
    expect(ksDistance([1, 0], [0, 1])).toBe(1);
  });
});

const row = (label: string, stones: number, carats: string): ClassRow => ({ class: (parseClass(label, 'sieve') as { class: ClassRow['class'] }).class, written: label, stones, carats });

describe('normalisation to shared classes', () => {
  it('compares samples on the sieve boundaries they share', () => {
    const parcel = [row('+9-9.5', 10, '1.00'), row('+9.5-10', 20, '3.00'), row('+10-11', 5, '1.00')];
    const ref = [row('+9-10', 40, '5.00'), row('+10-11', 60, '9.00')];
    expect(commonBins(parcel, ref).map((b) => [b.label, b.stones, b.carats])).toEqual([
      ['+9-10', [30, 40], [4, 5]],
      ['+10-11', [5, 60], [1, 9]],
    ]);
  });
});

describe('comparison', () => {
  const rows = (stones: number[]) => ['-3', '+3-7', '+7-9', '+9-11', '+11-13', '+13'].map((l, i) => row(l, stones[i]!, (stones[i]! * (i + 1) * 0.01).toFixed(2)));
  const refs: ReferenceDistribution[] = [
    { id: 'a', participant: 'ZA', area: 'Fine', synthetic: true, rows: rows([500, 300, 120, 50, 20, 10]) },
    { id: 'b', participant: 'BW', area: 'Coarse', synthetic: true, rows: rows([100, 150, 200, 250, 200, 100]) },
  ];
  it('ranks the reference the parcel was drawn from first', () => {
    const parcel = { name: 'P', scheme: 'sieve' as const, conversions: [], rows: rows([52, 29, 12, 5, 2, 1]) };
    const c = compare(parcel, refs);
    expect(c.warning).toBeUndefined();
    expect(c.matches.map((m) => [m.rank, m.reference.area])).toEqual([[1, 'Fine'], [2, 'Coarse']]);
    expect(c.matches[0]!.chiSquare!.pValue).toBeGreaterThan(0.5);
    expect(c.matches[1]!.chiSquare!.pValue).toBeLessThan(1e-6);
    expect(c.matches[0]!.ks).toBeLessThan(c.matches[1]!.ks);
    expect(c.parcel).toMatchObject({ stones: 101, classes: 6 });
  });
  it('gives a warning and no ranking for sorted goods (declared, or too few classes)', () => {
    const few = { name: 'S', scheme: 'sieve' as const, conversions: [], rows: rows([0, 0, 0, 40, 30, 0]) };
    const c = compare(few, refs);
    expect(c.matches).toEqual([]);
    expect(c.warning).toContain('fall in 2 sieve classes only');
    // in the reader's language, its plural too: the warning and how a comparison is made
    const ru = compare(few, refs, { lang: 'ru' });
    expect(ru.warning).toContain('только в 2 ситовых класса');
    expect(ru.method).toMatch(/^Хи-квадрат/);
    expect(compare(few, refs, { lang: 'fr' }).warning).toContain('ne tombent que dans 2 classes de tamis');
    const declared = compare({ name: 'P', scheme: 'sieve', conversions: [], rows: rows([52, 29, 12, 5, 2, 1]) }, refs, { sorted: true });
    expect(declared.matches).toEqual([]);
    expect(declared.warning).toContain('declared sorted');
  });
});
