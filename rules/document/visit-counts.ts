/**
 * How many visits a letter asks for or an order prescribes: "requesting authorization for 12 visits" is
 * auth.visits, "prescribed 8 sessions" is order.visits. A count whose words say neither is left alone.
 */
import { componentAt, sentenceAt } from './text-spans';
import type { DocumentBlock, DocumentComponent } from './types';

const COUNT = /\b(\d{1,3})\s+(?:additional\s+|more\s+|total\s+)?(?:visits|sessions|treatments|appointments)\b(?!\s*(?:per|a|an|each|every|\/)\s*(?:week|wk|month|mo|day)\b)/gi;
const AUTH_WORDS = /\b(?:authori[sz]\w*|approv\w*|request\w*|certif\w*)\b/i;
const ORDER_WORDS = /\b(?:prescri\w*|order\w*|referr\w*|refer)\b/i;

export function findVisitCounts(text: string, blocks: readonly DocumentBlock[]): DocumentComponent[] {
  const found: DocumentComponent[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    for (const match of block.text.matchAll(COUNT)) {
      const sentence = sentenceAt(text, block, block.start + match.index!);
      const words = text.slice(sentence.start, sentence.end);
      const concept = AUTH_WORDS.test(words) ? 'auth.visits' : ORDER_WORDS.test(words) ? 'order.visits' : null;
      if (concept && !found.some((component) => component.concept === concept)) {
        found.push(componentAt(text, concept, match[1]!, sentence, 0.7));
      }
    }
  }
  return found;
}
