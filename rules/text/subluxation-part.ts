import { affirmedCues, clauses, DATE, findAll, pattern, quote, type Span } from './match';

// Medicare's P.A.R.T. findings (BPM ch.15 §240.1.2), in the words chiropractic notes use for them.
const FINDINGS = {
  pain: [
    String.raw`\b(?:pain|tender(?:ness)?|sore(?:ness)?|ache|aching|algia)\b`,
    String.raw`\b(?:VAS|NRS|NPRS)\s*:?\s*\d|\b\d{1,2}\s*\/\s*10\b`,
  ],
  asymmetry: [
    String.raw`\b(?:asymmetr\w*|misalign\w*|mal-?position\w*|off-?cent(?:er|re)d?|listhesis|anterolisthesis|retrolisthesis|spondylolisthesis)\b`,
    String.raw`\b(?:pelvic (?:tilt|obliquity|unleveling)|(?:high|elevated|low) (?:left|right|L|R) (?:iliac crest|shoulder|hip)|leg length (?:discrepancy|inequality)|short (?:left |right )?leg|postural (?:asymmetry|deviation|shift)|lateral (?:shift|list)|antalgic (?:lean|posture|list))\b`,
    String.raw`\b(?:spinous process\w*|vertebra\w*|segment)\b[^.;\n]{0,30}?\b(?:rotat\w*|deviat\w*|displac\w*)`,
    String.raw`\b(?:rotat(?:ed|ion)|deviat(?:ed|ion)|displac\w*)\s+(?:of\s+|at\s+)?(?:the\s+)?(?:[CTL]\d{1,2}|vertebra\w*|spinous)`,
    String.raw`\b[CTL]\d{1,2}\s+(?:PR|PL|PRS|PLS|PRI|PLI)\b`,
  ],
  rangeOfMotion: [
    String.raw`\b(?:decreased|reduced|restricted|limited|loss of|lost|diminished|painful|abnormal|guarded|aberrant)\s+(?:\w+\s+){0,3}?(?:ROM|range of motion|motion|mobility|flexion|extension|rotation|lateral (?:flexion|bending)|side[- ]bending)\b`,
    String.raw`\b(?:ROM|range of motion)\b[^.;\n]{0,40}?\b(?:decreased|reduced|restricted|limited|diminished|painful|\d{1,3}\s*%|\d{1,3}\s*°|\d{1,3}\s*degrees?)`,
    String.raw`\b(?:flexion|extension|rotation|lateral (?:flexion|bending)|side[- ]bending|motion|mobility)\b[^.;\n]{0,25}?\b(?:decreased|reduced|restricted|limited|diminished|painful)\b`,
    String.raw`\b(?:hypo-?mobil\w*|hyper-?mobil\w*|fixation|fixated|(?:joint|segmental|motion) restriction\w*|restricted (?:joint|segment\w*)|joint dysfunction|motion palpation\b[^.;\n]{0,40}?\b(?:restrict\w*|fixat\w*|hypomob\w*))`,
  ],
  tissue: [
    String.raw`\b(?:spasms?|hypertonic\w*|hypertonus|taut bands?|trigger points?|tight(?:ness)?|increased (?:muscle )?tone|tone changes?|tissue (?:tone )?changes?|muscle guarding|guarding|edema|swelling|inflammation|nodul\w*|fibrotic|fibrosis)\b`,
  ],
} satisfies Record<string, string[]>;

type Finding = keyof typeof FINDINGS;
const PATTERNS = Object.fromEntries(Object.entries(FINDINGS).map(([name, list]) => [name, list.map((source) => pattern(source))])) as Record<Finding, RegExp[]>;

const IMAGING = pattern(String.raw`\b(?:x-?rays?|radiograph\w*|films?|MRI|CT scan)\b`);
const SHOWS_SUBLUXATION = pattern(String.raw`\b(?:subluxation|misalign\w*|listhesis|anterolisthesis|retrolisthesis|rotat\w*|malposition\w*)\b`);
const DATE_PATTERN = pattern(DATE);

export interface SubluxationReading {
  /** The first words found for each P.A.R.T. finding. */
  findings: Partial<Record<Finding, string>>;
  /** Two of the four, one of them asymmetry or range of motion. */
  partMet: boolean;
  /** An x-ray (or CT/MRI) that shows the subluxation, with its date when the same sentence gives one. */
  imaging: { words: string; date: string | null } | null;
}

/**
 * Whether a chiropractic note demonstrates a subluxation the way Medicare requires (BPM ch.15 §240.1.2): by a
 * physical examination with two of the four P.A.R.T. findings (pain/tenderness, asymmetry/misalignment, range
 * of motion abnormality, tissue or tone changes), one of them asymmetry or range of motion; or by an x-ray that
 * shows it, whose date the record must give. Denied findings ("no spasm", "ROM full") do not count.
 */
export function readSubluxation(text: string): SubluxationReading {
  const findings: SubluxationReading['findings'] = {};
  let imaging: SubluxationReading['imaging'] = null;
  for (const clause of clauses(text)) {
    for (const name of Object.keys(PATTERNS) as Finding[]) {
      if (findings[name]) continue;
      const cue = affirmedCues(text, clause, PATTERNS[name])[0];
      if (cue) findings[name] = quote(text, cue);
    }
    if (!imaging || imaging.date === null) imaging = imagingIn(text, clause) ?? imaging;
  }
  const count = Object.keys(findings).length;
  const partMet = count >= 2 && Boolean(findings.asymmetry || findings.rangeOfMotion);
  return { findings, partMet, imaging };
}

function imagingIn(text: string, clause: Span): SubluxationReading['imaging'] {
  const image = affirmedCues(text, clause, [IMAGING])[0];
  if (!image || findAll(text, SHOWS_SUBLUXATION, clause).length === 0) return null;
  const date = findAll(text, DATE_PATTERN, clause)[0];
  return { words: quote(text, clause), date: date ? quote(text, date) : null };
}
