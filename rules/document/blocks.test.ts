import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';

const shape = (text: string, headings?: { start: number; end: number }[]) =>
  splitBlocks(text, headings).map(({ kind, text: words, heading }) => ({ kind, text: words, heading }));

describe('splitBlocks', () => {
  it('keeps offsets into the input, so a page can mark each block', () => {
    const text = 'March 3, 2026\n\nDear Reviewer,\n\nShe has had low back pain since January.\n';
    for (const block of splitBlocks(text)) expect(text.slice(block.start, block.end)).toBe(block.text);
  });

  it('reads a line ending in ":", an ALL CAPS line and a Markdown "#" as headings, and files blocks under them', () => {
    const text = '# Plan of Care\n\nHISTORY OF PRESENT ILLNESS\nPain began after a fall in the garden last winter and has worsened since then.\n\nShort-term goals:\n- Walk 500 ft by week 4\n- Sit 30 min by week 3\n';
    expect(shape(text)).toEqual([
      { kind: 'heading', text: '# Plan of Care', heading: null },
      { kind: 'heading', text: 'HISTORY OF PRESENT ILLNESS', heading: null },
      { kind: 'paragraph', text: 'Pain began after a fall in the garden last winter and has worsened since then.', heading: 'HISTORY OF PRESENT ILLNESS' },
      { kind: 'heading', text: 'Short-term goals:', heading: null },
      { kind: 'item', text: '- Walk 500 ft by week 4', heading: 'Short-term goals' },
      { kind: 'item', text: '- Sit 30 min by week 3', heading: 'Short-term goals' },
    ]);
  });

  it('reads an ALL CAPS heading followed by the date it is for, but not an ID or an address line', () => {
    expect(shape('SOAP NOTE - 12/01/2026\nPt reports less pain today.')[0]).toMatchObject({ kind: 'heading', text: 'SOAP NOTE - 12/01/2026' });
    expect(shape('MEMBER ID 123456789\nPt reports less pain today.')[0]?.kind).not.toBe('heading');
  });

  it('splits "Goals: …" into an inline heading over its own paragraph only', () => {
    const text = 'Assessment:\nDoing well overall and progressing toward all of the goals set at evaluation.\n\nGoals: walk 1000 ft within 6 weeks.\n\nShe will continue the home program, which she does daily and without trouble.';
    const blocks = shape(text);
    expect(blocks[2]).toEqual({ kind: 'heading', text: 'Goals:', heading: null });
    expect(blocks[3]).toEqual({ kind: 'paragraph', text: 'walk 1000 ft within 6 weeks.', heading: 'Goals' });
    expect(blocks[4]?.heading).toBe('Assessment');
  });

  it('keeps a signer’s long line apart from the signature line under it, and a letterhead line out of the prose', () => {
    const text = 'Beatriz Calloway-Nunes, OTR/L, Nevada License OT-22817, NPI 1003000126\nElectronically signed 03/02/2027';
    expect(shape(text).map(({ kind, text: words }) => [kind, words])).toEqual([
      ['line', 'Beatriz Calloway-Nunes, OTR/L, Nevada License OT-22817, NPI 1003000126'],
      ['line', 'Electronically signed 03/02/2027'],
    ]);
    expect(shape('Corin Abernathy, LMFT · Oregon License T1450 · NPI 1003000126')[0]!.kind).toBe('line');
    expect(shape('She has had neck pain since the accident and cannot turn her head to drive.')[0]!.kind).toBe('paragraph');
  });

  it('does not take a label naming a date for the section its words name', () => {
    expect(shape('Treatment plan date: 01/04/2027\nPOC date: 01/04/2027')).toEqual([
      { kind: 'line', text: 'Treatment plan date: 01/04/2027', heading: null },
      { kind: 'line', text: 'POC date: 01/04/2027', heading: null },
    ]);
  });

  it('does not take a label line, a salutation, a closing or a lone code for a heading', () => {
    const blocks = shape('Date: 03/03/2026\nDOB: 03/30/1986\n\nTo Whom It May Concern:\n\nM54.50\n\nSincerely,\nDana Wu, LCSW');
    expect(blocks.filter((block) => block.kind === 'heading')).toEqual([]);
    expect(blocks.map((block) => block.kind)).toEqual(['line', 'line', 'line', 'line', 'line', 'line']);
  });

  it('joins hard-wrapped prose into one paragraph but keeps address lines apart', () => {
    const text = 'Aetna Utilization Review\nPO Box 5450\nLexington, KY 40512\n\nMs. Doe has been under my care since January for chronic low back\npain that limits her ability to sit through a workday and to lift\nher child.';
    const blocks = shape(text);
    expect(blocks.slice(0, 3).map((block) => block.kind)).toEqual(['line', 'line', 'line']);
    expect(blocks[3]).toMatchObject({ kind: 'paragraph' });
    expect(blocks[3]?.text).toContain('lift\nher child.');
  });

  it('splits a second section label later in the line, after a sentence or a column gap, but not a field label', () => {
    expect(shape('Short-term goals: sit 30 min by 11/2. Long-term goals: drive 1 hr by 12/15.').map((block) => [block.kind, block.text])).toEqual([
      ['heading', 'Short-term goals:'], ['paragraph', 'sit 30 min by 11/2.'], ['heading', 'Long-term goals:'], ['paragraph', 'drive 1 hr by 12/15.'],
    ]);
    expect(shape('Frequency: 3x/week      Duration: 4 weeks').map((block) => block.text)).toEqual(['Frequency:', '3x/week', 'Duration:', '4 weeks']);
    expect(shape('Plan: massage weekly.   Health plan: Aetna PPO').map((block) => block.text)).toEqual(['Plan:', 'massage weekly.   Health plan: Aetna PPO']);
  });

  it('makes no block of a page number between pages of a text export, so no section takes it for its text', () => {
    const blocks = shape('INTERVENTIONS\nGait training and balance work at each visit, progressing from parallel bars\nto a cane as tolerated.\n\n                          - Page 2 of 3 -\nPROGNOSIS\nGood.');
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'heading', 'line']);
    expect(blocks.map((block) => block.text).join(' ')).not.toContain('Page');
  });

  it('ends the list a "Goals:" line introduced at the blank line after it', () => {
    const blocks = shape('Goals:\n- Walk 1 mile by week 6\n- Lift 20 lb by week 8\n\nHome program: ice 2x daily.\n\nDana Wu, PT');
    expect(blocks.map((block) => [block.kind, block.heading])).toEqual([
      ['heading', null], ['item', 'Goals'], ['item', 'Goals'], ['line', null], ['line', null],
    ]);
    expect(shape('GOALS\n- Walk 1 mile by week 6\n\nThese goals were set with the patient.').at(-1)?.heading).toBe('GOALS');
  });

  it('reads a letter typed in capitals: its sentences and labelled lines are not headings', () => {
    const blocks = shape('TREATMENT PLAN\nMASSAGE ONCE A WEEK.\n\nOUTLOOK\nFAIR TO GOOD.\n\nSIGNED: ROSA LINDQVIST, LMT');
    expect(blocks.map((block) => [block.kind, block.heading])).toEqual([
      ['heading', null], ['paragraph', 'TREATMENT PLAN'], ['heading', null], ['line', 'OUTLOOK'], ['line', 'OUTLOOK'],
    ]);
  });

  it('joins a labelled line that wraps mid-clause onto a lower-case line, but not labelled lines one under another', () => {
    const text = 'Observation: guarded gait with a shortened stance on the left, swelling at the medial joint line,\nreduced knee flexion. She cannot kneel to garden.\nDOB: 03/30/1986\nMember ID: XYZ12345';
    const blocks = shape(text);
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'line', 'line']);
    expect(blocks[0]?.text).toContain('line,\nreduced knee flexion.');
  });

  it('takes the spans a page marked as headings: a whole line, or the bold start of one', () => {
    const text = 'Treatment Requested\nMassage 2x/week for 8 weeks.\nPrior care: 6 weeks of PT without relief.';
    const bold = text.indexOf('Prior care:');
    const blocks = shape(text, [{ start: 0, end: 19 }, { start: bold, end: bold + 'Prior care:'.length }]);
    expect(blocks[0]).toEqual({ kind: 'heading', text: 'Treatment Requested', heading: null });
    expect(blocks).toContainEqual({ kind: 'heading', text: 'Prior care:', heading: null });
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', text: '6 weeks of PT without relief.', heading: 'Prior care' });
  });

  it('reads CRLF text with the same offsets', () => {
    const text = 'Goals:\r\n- Walk 500 ft by week 4\r\n';
    const [heading, item] = splitBlocks(text);
    expect(heading?.text).toBe('Goals:');
    expect(text.slice(item!.start, item!.end)).toBe('- Walk 500 ft by week 4');
  });
});

describe('splitBlocks on text without blank lines', () => {
  it('keeps a letter whose paragraphs are one line each apart, and joins only hard-wrapped lines', () => {
    const oneLineEach = 'March 3, 2026\nAetna Utilization Review\nMs. Doe is unable to sit for more than 20 minutes and cannot lift her child.\nShe completed 8 weeks of physical therapy with only temporary relief of her pain.\nSincerely,\nDana Wu, MD';
    expect(shape(oneLineEach).map((block) => block.kind)).toEqual(['line', 'line', 'paragraph', 'paragraph', 'line', 'line']);
    const wrapped = 'Ms. Doe has been under my care since January for chronic low back pain\nthat limits her ability to sit through a workday and to lift her\nchild.\nSincerely,';
    expect(shape(wrapped).map((block) => block.kind)).toEqual(['paragraph', 'line']);
  });
});

describe('splitBlocks and spans a page marked bold', () => {
  it('keeps a bold label with its value on one line, but makes a bold section name a heading', () => {
    const text = 'Patient: Jane Doe\nGoals: walk 1000 ft within 6 weeks.';
    const blocks = shape(text, [{ start: 0, end: 8 }, { start: 18, end: 24 }]);
    expect(blocks[0]).toEqual({ kind: 'line', text: 'Patient: Jane Doe', heading: null });
    expect(blocks[1]).toEqual({ kind: 'heading', text: 'Goals:', heading: null });
  });
});
