/**
 * Bench: how much of the page's main thread ClaimLint takes to re-check a 3,000-word letter in an editor after
 * each edit. A synthetic letter (invented patient and provider) sits in one contenteditable; it never says which
 * treatments were tried before, so every check has a gap to mark. The user types a word at its end, 12 times,
 * 1.5 s apart; Chromium's trace gives ClaimLint's tasks, grouped per edit.
 */
import type { BrowserContext } from 'playwright-core';
import { tasksRunning, type TraceEvent } from './trace-tasks';

export interface EditFigures {
  edits: number;
  /** Median over edits of ClaimLint's main-thread time for one edit's re-check. */
  medianMs: number;
  /** ClaimLint's longest single task over all edits. */
  longestTaskMs: number;
  words: number;
}

const PARAGRAPHS = [
  'Ms. Example has had low back pain radiating to the left buttock since a lifting injury at work in March 2026. Pain is 7/10 at worst and 4/10 at rest, worse after sitting longer than 20 minutes.',
  'She reduced her shifts from five to three per week and cannot lift her 2-year-old child or carry groceries up the stairs to her apartment without stopping.',
  'On examination lumbar flexion is limited to 40 degrees with guarding, the left piriformis and quadratus lumborum are tender with palpable trigger points, and straight-leg raise is negative.',
  'Sleep is interrupted two to three times a night by pain when turning, and she reports low mood on days when the pain keeps her from work and from her evening walks.',
];

/** A letter of about `words` words: a header, headed sections, history paragraphs to length, a signature block. */
export function longLetter(words: number): string {
  const head = [
    'November 18, 2026',
    'Utilization Review Department, Example Health Plan',
    'RE: Jamie Example, DOB 04/12/1984, Member ID EXH551203987',
    'To whom it may concern,',
  ];
  const body: string[] = [];
  let count = 0;
  for (let i = 0; count < words - 120; i++) {
    const paragraph = `${PARAGRAPHS[i % PARAGRAPHS.length]} (Visit ${i + 1}.)`;
    body.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  const tail = [
    'Diagnosis: M54.50 low back pain, unspecified; M62.830 muscle spasm of back.',
    'Treatment requested: therapeutic massage (CPT 97124), 1 unit per visit, 2 times per week for 6 weeks.',
    'Goals: reduce pain from 7/10 to 3/10 within 6 weeks; sit for 60 minutes without pain within 4 weeks.',
    'This treatment is medically necessary to restore lumbar motion so that she can return to full-time work; prognosis is good.',
    'Sincerely,',
    'Dana Example, MD, NPI 1234567893, License MD-44821',
  ];
  return [...head, ...body, ...tail].join('\n\n');
}

/** The page: one contenteditable editor holding the letter, under a heading. */
export function letterEditorPage(letter: string): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = letter.split('\n\n').map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Letter of medical necessity — editor</title></head>
<body><h1>Letter of medical necessity</h1><div id="letter" contenteditable="true" style="max-width:46em">${paragraphs}</div></body></html>`;
}

/** Types 12 short edits at the end of the letter and returns ClaimLint's main-thread time per edit. */
export async function measureDocumentEdits(context: BrowserContext, url: string, contentScript: string): Promise<EditFigures> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const words = await page.evaluate(() => (document.getElementById('letter')?.innerText ?? '').split(/\s+/).filter(Boolean).length);
    // The first check has run when the layer shows the missing-alternatives badge.
    await page.waitForFunction(() => document.querySelector('claimlint-marks')?.shadowRoot?.querySelector('[data-claimlint-field-key]'), null, { timeout: 60_000 });
    await page.click('#letter');
    await page.keyboard.press('Control+End');
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])));
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    const edits = 12;
    for (let edit = 0; edit < edits; edit++) {
      // A TimeStamp event in the trace where each edit starts: every ClaimLint task until the next belongs to it.
      await page.evaluate((mark) => console.timeStamp(mark), EDIT_MARK);
      await page.keyboard.type(' more', { delay: 20 });
      await page.waitForTimeout(1_500);
    }
    await cdp.send('Tracing.end');
    await complete;
    const perEdit = groupPerEdit(tasksRunning(events, contentScript), editStarts(events));
    const sums = perEdit.map((tasks) => tasks.reduce((sum, task) => sum + task.dur! / 1000, 0)).sort((a, b) => a - b);
    const longest = Math.max(0, ...perEdit.flat().map((task) => task.dur! / 1000));
    return { edits: perEdit.length, medianMs: Math.round(sums[Math.floor(sums.length / 2)] ?? 0), longestTaskMs: Math.round(longest), words };
  } finally {
    await page.close();
  }
}

const EDIT_MARK = 'claimlint-bench-edit';

/** When each edit started, in the trace's clock. */
function editStarts(events: TraceEvent[]): number[] {
  return events
    .filter((event) => event.name === 'TimeStamp' && (event.args?.data as { message?: string } | undefined)?.message === EDIT_MARK)
    .map((event) => event.ts)
    .sort((a, b) => a - b);
}

/**
 * ClaimLint's tasks grouped by the edit they follow: each edit's re-check, and the mark it shows when typing
 * pauses (a second burst ~1 s later, so the groups cannot be told apart by quiet time alone).
 */
function groupPerEdit(tasks: TraceEvent[], starts: number[]): TraceEvent[][] {
  const groups: TraceEvent[][] = starts.map(() => []);
  for (const task of tasks) {
    const edit = starts.findLastIndex((start) => start <= task.ts);
    if (edit >= 0) groups[edit]!.push(task);
  }
  return groups;
}
