import { describe, expect, it } from 'vitest';
import { detectAudioOnly } from './audio-only';

const AUDIO = [
  'Audio-only session; client has no camera.',
  'Session held by phone because video failed.',
  'Telephone session with the client at home.',
  'Client declined video; session conducted over the phone.',
  'Video unavailable, so the visit was completed via telephone.',
  'Audio only visit (patient lacks broadband).',
];
const NOT_AUDIO = [
  'Session via Zoom video; client at home.',
  'Audio and video telehealth session.',
  'Client called the office by phone to reschedule.',
  'Two-way audio-video session on a secure platform.',
  'In-person session in the office.',
];

describe('detectAudioOnly', () => {
  it.each(AUDIO)('reads audio only in %s', (text) => {
    expect(detectAudioOnly(text).found).toBe(true);
  });
  it.each(NOT_AUDIO)('does not read audio only in %s', (text) => {
    expect(detectAudioOnly(text).found).toBe(false);
  });
  it('reads video wording', () => {
    expect(detectAudioOnly('Audio and video telehealth session.').video).toHaveLength(1);
  });
});
