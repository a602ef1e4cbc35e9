/**
 * A visit's place in the episode of care as notes and EHR headers write it: "Visit 7 of 12", "visit #11",
 * "Treatment day 10", "7/12", or a bare "7" in a box labelled Visit #. `of` is the count the visit is out of
 * (the visits planned, prescribed or authorized), when written.
 */
export interface VisitNumber { visit: number; of: number | null }

const WORDED = /\b(?:visit|session|treatment(?:\s+(?:day|visit|session))?|tx(?:\s+day)?|day)\s*(?:#|no\.?|number)?\s*(\d{1,3})(?:\s*(?:of|\/|out\s+of)\s*(\d{1,3}))?\b/i;
const BARE = /^\s*#?\s*(\d{1,3})\s*(?:(?:of|\/|out\s+of)\s*(\d{1,3}))?\s*$/i;

/** The visit number in a value, or null when the value does not say one. */
export function readVisitNumber(text: string): VisitNumber | null {
  const match = BARE.exec(text) ?? WORDED.exec(text);
  if (!match) return null;
  const visit = Number(match[1]);
  const of = match[2] === undefined ? null : Number(match[2]);
  if (visit < 1) return null;
  return { visit, of };
}

/** A count at the start of a value ("12", "12 visits", "12 visits (01/05-03/31)"; "twelve" is not read): what authorization and order boxes hold. */
export function readCount(text: string): number | null {
  const match = /^\s*(\d{1,3})\s*(?:visits?|sessions?|treatments?|units?)?\s*(?:$|[(;,])/i.exec(text);
  return match ? Number(match[1]) : null;
}
