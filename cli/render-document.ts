/**
 * `claimlint fields` on a letter or note: each component the reader found, with how sure it is and the
 * sentence it came from, then what a whole document of its kind lacks. The evidence is the user's own file,
 * printed to their own terminal; form fields stay value-free (render-fields.ts).
 */
import type { DocumentRead } from './read-document';

const COLUMNS = [
  { title: 'COMPONENT', width: 30 },
  { title: 'CONF', width: 4 },
] as const;

/** The components as text lines, `width` bounding the evidence column. */
export function renderDocumentComponents(document: DocumentRead, width = 120): string[] {
  const { reading, word } = document;
  const lines = [`Read as: a whole ${word}; components found: ${reading.components.length}, not found: ${reading.absent.length}`];
  if (reading.components.length > 0) {
    const fixed = COLUMNS.reduce((sum, column) => sum + column.width + 2, 0);
    const evidenceWidth = Math.max(30, width - fixed);
    lines.push('', [...COLUMNS.map((column) => pad(column.title, column.width)), 'EVIDENCE'].join('  '));
    lines.push('-'.repeat(Math.min(width, fixed + evidenceWidth)));
    for (const component of reading.components) {
      const name = component.index === null ? component.concept : `${component.concept}[${component.index}]`;
      lines.push([pad(name, COLUMNS[0].width), pad(component.confidence.toFixed(2), COLUMNS[1].width), pad(component.evidence, evidenceWidth).trimEnd()].join('  '));
    }
  }
  if (reading.absent.length > 0) {
    lines.push('', `Not in this ${word}: ${reading.absent.map((absent) => absent.concept).join(', ')}`);
  }
  return lines;
}

/** The components for --json: concept, index, confidence, value, the evidence sentence and where it is. */
export function documentComponentsJson(document: DocumentRead) {
  const { reading, word } = document;
  return {
    readAs: word,
    components: reading.components.map((component) => ({
      concept: component.concept,
      index: component.index,
      confidence: component.confidence,
      value: component.value,
      evidence: component.evidence,
      span: component.span,
    })),
    absent: reading.absent.map((absent) => absent.concept),
  };
}

function pad(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat.padEnd(width);
}
