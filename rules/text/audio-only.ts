import { affirmedCues, clauses, pattern, quote } from './match';
import type { TextDetection } from './types';

const AUDIO_ONLY = [
  String.raw`\baudio[- ]only\b|\btelephon(?:e|ic) (?:session|visit|encounter|appointment|call)\b|\b(?:session|visit|appointment|therapy|psychotherapy|encounter|conducted|held|completed|seen|met)\b[^.;\n]{0,30}?\b(?:by|via|over the) (?:tele)?phone\b|\bphone (?:session|visit|call)\b|\bvideo (?:was )?(?:unavailable|not available|declined|failed)\b|\b(?:declined|refused|unable to use|could not use|lacks?) (?:the )?video\b|\bno video\b`,
].map((source) => pattern(source));
const VIDEO = [
  String.raw`\b(?:audio[- ]?(?:and|&|\/)[- ]?video|audio[- ]?visual|video (?:visit|session|call|conference|telehealth|platform)|two-way (?:real-time )?(?:audio[- ]?(?:and|&|\/)[- ]?)?video|via (?:zoom|doxy\.?me|teams|simplepractice video|video))\b`,
].map((source) => pattern(source));

/**
 * Whether a telehealth note says how the visit was held: audio only ("by phone", "patient declined video") or
 * with video ("audio-video", "via Zoom"). `found` is audio only; evidence quotes the words for either.
 */
export function detectAudioOnly(text: string): TextDetection & { video: string[] } {
  const audio: string[] = [];
  const video: string[] = [];
  for (const clause of clauses(text)) {
    // "no video" is itself the cue, so it is matched without the negation filter; "not by phone" is denied.
    audio.push(...affirmedCues(text, clause, AUDIO_ONLY, { triggers: String.raw`\b(?:not|never)\b` }).map((span) => quote(text, span)));
    video.push(...affirmedCues(text, clause, VIDEO).map((span) => quote(text, span)));
  }
  return { found: audio.length > 0, evidence: audio, video };
}
