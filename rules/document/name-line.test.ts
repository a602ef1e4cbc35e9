import { describe, expect, it } from 'vitest';
import { readNameLine } from './name-line';

const read = (line: string) => {
  const found = readNameLine(line);
  return found && [found.name, found.credentials];
};

describe('readNameLine', () => {
  it('splits names from credentials that are on the list, with or without a comma', () => {
    expect(read('Priyanka Raman, OTR/L')).toEqual(['Priyanka Raman', 'OTR/L']);
    expect(read('Dr. Tomasz Wielgus, NMD')).toEqual(['Tomasz Wielgus', 'NMD']);
    expect(read('K. Ababio PTA')).toEqual(['K. Ababio', 'PTA']);
    expect(read('Lee Ann Park PT, DPT, OCS')).toEqual(['Lee Ann Park', 'PT, DPT, OCS']);
    expect(read('Marguerite O’Shea-Brandt, Ph.D.')).toEqual(['Marguerite O’Shea-Brandt', 'Ph.D.']);
    expect(read('Ana de la Cruz, L.Ac.')).toEqual(['Ana de la Cruz', 'L.Ac.']);
    expect(read('Desmond Achebe Jr., PT')).toEqual(['Desmond Achebe Jr.', 'PT']);
    expect(read('Desmond Achebe, Sr., DC')).toEqual(['Desmond Achebe, Sr.', 'DC']);
  });

  it('reads names in any alphabet’s capitals', () => {
    expect(read('Zoë Ødegård, LMFT')).toEqual(['Zoë Ødegård', 'LMFT']);
    expect(read('Łukasz Żmuda, LMHC · License 4410')).toEqual(['Łukasz Żmuda', 'LMHC']);
  });

  it('stops at a separator, a column gap or a date, and keeps what follows', () => {
    expect(readNameLine('R. Oyelowo, LCSW-C    12/02/2026')).toMatchObject({ name: 'R. Oyelowo', credentials: 'LCSW-C', rest: '    12/02/2026' });
    expect(readNameLine('Hannah Whitlock, DC | NPI 1003000126')).toMatchObject({ name: 'Hannah Whitlock', rest: ' | NPI 1003000126' });
    expect(read('Hannah Whitlock')).toEqual(['Hannah Whitlock', null]);
  });

  it('does not read a surname as a credential, or a credential as a name', () => {
    expect(read('Sam Lee')).toEqual(['Sam Lee', null]);
    expect(read('Dana Do, MD')).toEqual(['Dana Do', 'MD']);
    expect(readNameLine('PT POC - INITIAL EVAL 11/12/26')).toBeNull();
    expect(readNameLine('DAILY NOTE')).toBeNull();
    expect(read('MARISOL QUINTERO, OTR/L')).toEqual(['MARISOL QUINTERO', 'OTR/L']);
    expect(readNameLine('Idaho PT License 4471')).toBeNull();
  });

  it('does not take a practice for a person', () => {
    expect(readNameLine('Family Medicine, Washington License MD60418822')).toBeNull();
    expect(readNameLine('Lakeside Chiropractic, DC')).toBeNull();
  });

  it('does not take a line of words for a name', () => {
    expect(readNameLine('Oregon License ND2279')).toBeNull();
    expect(readNameLine('Thank you for your time')).toBeNull();
    expect(readNameLine('Diagnosis: low back pain')).toBeNull();
    expect(readNameLine('Smith')).toBeNull();
  });
});
