import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { read835Denials } from './x12-835';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/denials/${name}`, import.meta.url), 'utf8');

describe('read835Denials', () => {
  it('reads a denied claim with its payer, date, patient, claim-level reasons and remark codes', () => {
    const denial = read835Denials(fixture('medical-necessity.835'))[0]!;
    expect(denial).toMatchObject({
      claimId: 'ACCT4471', payerClaimNumber: 'PCN99887766', payerName: 'EXAMPLE HEALTH PLAN PPO', denialDate: '2025-03-12',
      patientName: 'ALEX J TESTPERSON', memberId: 'XQZ123456789', chargedAmount: 450, paidAmount: 0, status: '4 denied',
      datesOfService: { from: '2025-02-03', to: '2025-02-10' },
      source: { format: 'x12-835', what: '835 CLP ACCT4471' },
    });
    expect(denial.reasons).toEqual([{ group: 'CO', code: '50', kind: 'carc', amount: 300 }, { code: 'N115', kind: 'rarc' }]);
  });

  it('reads each service line with its code, modifiers, date, CAS triplets and LQ remarks', () => {
    const denial = read835Denials(fixture('medical-necessity.835'))[0]!;
    expect(denial.lines).toHaveLength(3);
    expect(denial.lines![0]!).toEqual({
      procedure: '97110', modifiers: ['GP'], charged: 150, paid: 0, dateOfService: '2025-02-03',
      reasons: [{ group: 'CO', code: '50', kind: 'carc', amount: 150 }, { code: 'M127', kind: 'rarc' }],
    });
    expect(denial.lines![1]!.modifiers).toEqual(['GP', '59']);
    // A CAS with two triplets gives two reasons; an unknown reason code (B99) is kept, not dropped.
    expect(denial.lines![1]!.reasons.map((reason) => `${reason.group ?? ''}-${reason.code}`)).toEqual(['CO-236', 'PR-204', 'PR-B99', '-N290']);
    expect(denial.lines![2]!.reasons[0]).toMatchObject({ group: 'CO', code: '197' });
  });

  it('reads the separators from an unpadded ISA and gives one denial per claim, dated by BPR16 without DTM*405', () => {
    const denials = read835Denials(fixture('unpadded-two-claims.835'));
    expect(denials.map((denial) => denial.claimId)).toEqual(['CLAIM-A', 'CLAIM-B']);
    expect(denials[1]!).toMatchObject({ denialDate: '2025-04-03', payerName: 'SAMPLE MEDICARE ADVANTAGE PLAN', status: '4 denied', datesOfService: { from: '2025-03-21' } });
    expect(denials[1]!.reasons.map((reason) => reason.code)).toEqual(['16', 'MA130', 'N29']);
    expect(denials.map((denial) => denial.claimFilingIndicator)).toEqual(['MA', 'MA']);
    expect(denials[1]!.lines![0]!).toMatchObject({ procedure: '97112', modifiers: ['GP', 'KX'], reasons: [{ code: 'N54', kind: 'rarc' }] });
    expect(denials[0]!.reasons).toEqual([{ group: 'PR', code: '2', kind: 'carc', amount: 20 }]);
  });

  it('reads an 835 pasted without its ISA envelope: separators from the ST and a service line, CR LF line ends', () => {
    // The shape implementation guides print: ST first, no ISA to declare the separators, ">" between components.
    const bare = [
      'ST*835*0007', 'BPR*I*0*C*NON************20240305', 'DTM*405*20240301', 'N1*PR*SYNTHETIC HEALTH PLAN', 'LX*1',
      'CLP*SYN-ACCT-77*4*300*0**12*PAYER-77', 'NM1*QC*1*TESTPERSON*ROBIN****MI*SYN000777', 'SVC*HC>97110>GP*300*0**2',
      'DTM*472*20240210', 'CAS*CO*50*300', 'LQ*HE*N115', 'SE*11*0007',
    ].join('~\r\n');
    const [denial] = read835Denials(bare);
    expect(denial).toMatchObject({ claimId: 'SYN-ACCT-77', memberId: 'SYN000777', denialDate: '2024-03-01', status: '4 denied' });
    expect(denial!.lines![0]!).toMatchObject({ procedure: '97110', modifiers: ['GP'], dateOfService: '2024-02-10' });
    expect(denial!.lines![0]!.reasons).toEqual([{ group: 'CO', code: '50', kind: 'carc', amount: 300 }, { code: 'N115', kind: 'rarc' }]);
    // Segments ended by a line break alone read too.
    expect(read835Denials(bare.replaceAll('~\r\n', '\n'))[0]!.claimId).toBe('SYN-ACCT-77');
  });

  it('refuses an 835 with text that is no segment inside it, rather than put a swallowed claim\'s reasons on another', () => {
    // An 835 copied from a page that annotates each segment: the note runs into the next segment (here a CLP).
    const annotated = ['ST*835*0001', 'CLP*SYN-A*1*100*80*20', 'CAS*PR*2*20', 'LX*2', '  (next claim)\nCLP*SYN-B*4*500*0', 'CAS*CO*50*500', 'SE*6*0001'].join('~\n');
    expect(() => read835Denials(annotated)).toThrow(/^"\(next claim\)CLP" starts no X12 segment: the 835 looks edited or annotated; use the file as the payer sent it$/);
    // Whatever follows the transaction (an end-of-file mark, a trailing note) is not read.
    expect(read835Denials(`${['ST*835*0001', 'CLP*SYN-A*4*100*0', 'CAS*CO*50*100', 'SE*4*0001'].join('~')}~\u001a end of file`)[0]!.claimId).toBe('SYN-A');
  });

  it('reads an 835 wrapped in 80-character records, whose line breaks cut segments and segment ids in two', () => {
    const remit = fixture('medical-necessity.835').replace(/[\r\n]+/g, '');
    const wrapped = remit.match(/.{1,80}/g)!.join('\r\n');
    expect(wrapped).toMatch(/[A-Z]\r\n[A-Z]/); // a segment id is cut somewhere
    expect(read835Denials(wrapped)).toEqual(read835Denials(remit));
  });

  it('refuses an 837 and a text that is no X12', () => {
    const claim = readFileSync(new URL('../../test/fixtures/claims/' + '837p-two-claims.txt', import.meta.url), 'utf8');
    expect(() => read835Denials(claim)).toThrow(/transaction is 837/);
    expect(() => read835Denials('Dear payer')).toThrow(/Not an X12 file/);
  });
});
