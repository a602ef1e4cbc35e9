/**
 * readDocument: a letter, note or plan of care as text in, its blocks and components out. Pure and linear in
 * the text (each finder makes one pass over the blocks with bounded regexes), so a page can re-read a
 * 3,000-word letter on every edit.
 */
import type { ConceptKey } from '../concepts';
import { readNpi } from '../codes/npi';
import { absentComponents, COMPONENTS_SOUGHT } from './absent';
import { findAddressee, PAYER_WORDS } from './addressee';
import { splitBlocks } from './blocks';
import { findDiagnosisCodes, findProcedureCodes } from './codes-in-text';
import { findDatesInProse, findLetterDate } from './dates-in-text';
import { labelledValues, nameBeforeBirthDate, nameInReLine, periodUnderHeading } from './labels';
import { findLetterheadWriter } from './letterhead';
import { letterParts, type LetterParts } from './letter-parts';
import { findVisitMinutes } from './minutes-in-text';
import { findProseComponents } from './prose';
import { sectionsOf } from './sections-of';
import { findSignature, splitNameAndCredentials } from './signature';
import { startEndPeriods } from './start-end-period';
import { findVisitCounts, findVisitNumbers } from './visit-counts';
import { componentAt, sentenceAt, trimSpan } from './text-spans';
import type { DocumentBlock, DocumentComponent, DocumentReading, ReadDocumentOptions } from './types';

export { COMPONENTS_SOUGHT } from './absent';

/** Reads a whole document's text: blocks with their headings, the components found, and those not found. */
export function readDocument(text: string, options: ReadDocumentOptions = {}): DocumentReading {
  const blocks = splitBlocks(text, options.headings);
  const parts = letterParts(blocks);
  const header = blocks.slice(0, parts.bodyStart);
  const signatureRegion = blocks.slice(parts.signatureStart);
  const found: DocumentComponent[] = [];

  found.push(...labelled(text, blocks, parts.signatureStart));
  const letterDate = findLetterDate(text, header, isLetter(parts, header));
  if (letterDate) found.push(letterDate);
  const dateIndex = letterDate ? header.findIndex((block) => block.start === letterDate.span.start) : -1;
  // The inside address follows the letter's date; without a date line, every header line may be it.
  const addressee = findAddressee(text, header.slice(dateIndex + 1), parts.salutation === null ? undefined : blocks[parts.salutation]);
  if (addressee) found.push(addressee);

  const body = blocks.slice(parts.bodyStart, parts.signatureStart);
  const diagnoses = findDiagnosisCodes(text, blocks, options);
  found.push(...diagnoses, ...findProcedureCodes(text, blocks, parts.salutation === null ? 0 : blocks[parts.salutation]!.start), ...findDatesInProse(text, blocks));
  found.push(...findProseComponents(text, sectionsOf(body.length > 0 ? body : blocks, blocks[0])));
  found.push(...findVisitCounts(text, body), ...findVisitNumbers(text, blocks), ...findVisitMinutes(text, blocks));
  const firstCode = diagnoses[0];
  if (firstCode) found.push({ ...firstCode, concept: 'doc.diagnosisText', index: null, value: firstCode.evidence, confidence: 0.55 });
  // Without a closing, the signer's name stands in the short lines above a signature line ("Kelly Brandt, DC …
  // Signed 10/28/2026"), or ends the document.
  found.push(...(parts.closing !== null
    ? findSignature(text, signatureRegion, { afterClosing: true })
    : findSignature(text, trailingLines(blocks.slice(0, parts.signatureStart)).concat(signatureRegion), { afterClosing: false, trailing: true })));
  // Unsigned: the letterhead above the date may still say who wrote it.
  if (!found.some((component) => component.concept === 'provider.name')) {
    found.push(...findLetterheadWriter(text, dateIndex === -1 ? header : header.slice(0, dateIndex)));
  }

  const components = bestPerConcept(found);
  const last = blocks.at(-1);
  // A missing part of the body belongs after its last paragraph, not after the name and license lines under it.
  const bodyBlock = body.findLast((block, i) => block.kind === 'paragraph' || block.kind === 'item' || body[i - 1]?.kind === 'heading')
    ?? body.at(-1) ?? last;
  const layout = {
    headerEnd: header.at(-1)?.end ?? 0,
    bodyEnd: bodyBlock?.end ?? text.length,
    textEnd: last?.end ?? text.length,
  };
  const absent = absentComponents(options.seek ?? COMPONENTS_SOUGHT.document, components, blocks, layout);
  return { blocks, components, absent, layout };
}

/**
 * The same reading sought for other components: only the absent list depends on what is sought, so a document
 * whose kind its first reading showed is not read a second time.
 */
export function soughtAgain(reading: DocumentReading, seek: readonly ConceptKey[]): DocumentReading {
  return { ...reading, absent: absentComponents(seek, reading.components, reading.blocks, reading.layout) };
}

// A letter greets or closes, or a short line of its header (its title or subject) says it is one ("Letter of Medical
// Necessity", "RE: Appeal"); a plan of care, note or report heads its date without either.
function isLetter(parts: LetterParts, header: readonly DocumentBlock[]): boolean {
  return parts.salutation !== null || parts.closing !== null
    || header.some((block) => block.kind !== 'paragraph' && block.text.length <= 100 && /\b(?:letter|appeal|medical necessity)\b/i.test(block.text));
}

// Labelled values on every line; "Date:" in the signature block dates the signature, not the letter.
function labelled(text: string, blocks: readonly DocumentBlock[], signatureStart: number): DocumentComponent[] {
  const found: DocumentComponent[] = [];
  // Heading blocks too: a page may mark a whole "DOB: 03/30/1986" line bold.
  blocks.forEach((block, i) => {
    const inSignature = i >= signatureStart;
    for (const line of linesIn(text, block)) {
      for (const labelledValue of labelledValues(text, line.start, line.end)) {
        let concept: ConceptKey = labelledValue.concept;
        // "To: Dr. Park" addresses a colleague, not a payer.
        if (concept === 'payer.name' && /^to\b/i.test(text.slice(labelledValue.labelStart)) && !PAYER_WORDS.test(labelledValue.value)) continue;
        if (inSignature && concept === 'lmn.date') concept = 'provider.signatureDate';
        if (inSignature && concept === 'patient.name') concept = 'provider.name';
        const evidence = block.kind === 'paragraph' ? sentenceAt(text, block, labelledValue.labelStart) : line;
        let confidence = labelledValue.confidence ?? (labelledValue.atLineStart ? 0.9 : 0.8);
        if (concept === 'provider.npi') confidence = readNpi(labelledValue.value).ok ? 0.95 : 0.6;
        // "Therapist: Maria Santos, PT, DPT" holds the credentials too.
        // "Mercer Hand Therapy / Quentin Aldana, OTR/L": a clinic, a slash, then the clinician.
        const person = concept === 'provider.name'
          ? splitNameAndCredentials(labelledValue.value) ?? splitNameAndCredentials(labelledValue.value.split(/\s+\/\s+/).at(-1)!)
          : null;
        if (person?.credentials) found.push(componentAt(text, 'provider.credentials', person.credentials, evidence, confidence));
        found.push(componentAt(text, concept, person?.name ?? labelledValue.value, evidence, confidence));
      }
      const reName = nameInReLine(text, line.start, line.end);
      if (reName) found.push(componentAt(text, 'patient.name', reName.value, line, reName.confidence));
      const named = inSignature ? null : nameBeforeBirthDate(text, line.start, line.end);
      if (named) found.push(componentAt(text, 'patient.name', named.value, block.kind === 'paragraph' ? sentenceAt(text, block, named.span.start) : line, 0.7));
    }
    const period = block.kind !== 'heading' && block.heading !== null ? periodUnderHeading(block.heading, block.text) : null;
    if (period) found.push(componentAt(text, 'cert.period', period.value, { start: block.start, end: block.end }, 0.85));
  });
  // "Start date …… 12/08/2026   End date …… 02/06/2027": the pair is the period, on one line or a line and the next
  // (which may be blocks of their own).
  for (const pair of startEndPeriods(text)) found.push(componentAt(text, 'cert.period', pair.value, pair, 0.85));
  return found;
}

// The short lines that end a document with no closing or signature line (a name, a license, a clinic).
function trailingLines(blocks: readonly DocumentBlock[]): DocumentBlock[] {
  let from = blocks.length;
  while (from > 0 && blocks.length - from < 6 && blocks[from - 1]!.kind === 'line') from -= 1;
  return blocks.slice(from);
}

function linesIn(text: string, block: DocumentBlock): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = block.start;
  for (let i = block.start; i <= block.end; i += 1) {
    if (i === block.end || text[i] === '\n') {
      const span = trimSpan(text, start, i);
      if (span.end > span.start) lines.push(span);
      start = i + 1;
    }
  }
  return lines;
}

// One component per concept and index: the surest; on a tie, the first in the text.
function bestPerConcept(found: readonly DocumentComponent[]): DocumentComponent[] {
  const best = new Map<string, DocumentComponent>();
  for (const component of found) {
    const key = `${component.concept}#${component.index ?? ''}`;
    const kept = best.get(key);
    if (!kept || component.confidence > kept.confidence) best.set(key, component);
  }
  return [...best.values()].sort((a, b) => a.span.start - b.span.start);
}
