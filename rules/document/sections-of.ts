/**
 * A document's sections: the runs of blocks between headings, each with the concept its heading names.
 */
import { headingWords } from './blocks';
import { sectionConcepts } from './sections';

const TITLE_WORDS = /\b(?:plan|note|report|letter|summary|evaluation|request|appeal|necessity)\b/i;
import type { ConceptKey } from '../concepts';
import type { DocumentBlock, TextSpan } from './types';

export interface Section extends TextSpan {
  heading: string | null;
  /** Where the heading block is, when there is one. */
  headingSpan: TextSpan | null;
  concept: ConceptKey | null;
  /** The other concepts the heading names ("History and functional impact"): the section states them too. */
  alsoConcepts: ConceptKey[];
  blocks: DocumentBlock[];
}

/**
 * The sections in text order: a new one at each heading, and again where a block's heading changes without one
 * (after an inline "Goals: …" paragraph the outer heading holds again). Blocks before any heading form a section
 * with no heading.
 */
export function sectionsOf(blocks: readonly DocumentBlock[], opening: DocumentBlock | undefined = blocks[0]): Section[] {
  const sections: Section[] = [];
  // The heading that opens the whole document is its title ("Psychotherapy Treatment Plan"), not a section; the
  // caller passes it when `blocks` are only the body under it.
  const title = opening?.kind === 'heading' && TITLE_WORDS.test(opening.text) ? opening.text : null;
  let current: Section | null = null;
  let pendingHeading: DocumentBlock | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      pendingHeading = block;
      current = null;
      continue;
    }
    if (!current || current.heading !== block.heading) {
      const headingSpan = pendingHeading ? { start: pendingHeading.start, end: pendingHeading.end } : null;
      const concepts = block.heading === null || (title !== null && headingWords(title) === block.heading) ? [] : sectionConcepts(block.heading);
      const [concept = null, ...alsoConcepts] = concepts;
      current = { heading: block.heading, headingSpan, concept, alsoConcepts, blocks: [], start: block.start, end: block.end };
      sections.push(current);
      pendingHeading = null;
    }
    current.blocks.push(block);
    current.end = block.end;
  }
  return sections;
}
