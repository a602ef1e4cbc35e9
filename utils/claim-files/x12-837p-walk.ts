/**
 * Walks the segments of an 837P and gathers each claim (CLM) with the billing provider, subscriber and patient
 * loops it sits under. 837 loops have no end markers: a loop ends where the next HL, CLM, SBR or LX begins, so
 * the walk keeps a small "where am I" state and reads each segment only in the loops it belongs to — an NM1*IL in
 * a 2330A other-subscriber loop must not overwrite the 2010BA subscriber, and REF*EI of a pay-to plan is not the
 * billing provider's tax ID.
 * A claim is handed on as soon as the next CLM, HL or SE ends it, so a batch of any size is read with only one
 * claim's segments held (and the billing provider and subscriber loops it sits under).
 */
import { components, element, type X12Segment, type X12Separators } from './x12-segments';
import { componentInUse, separatorNotice, versionNotice } from './x12-837p-notices';
import { withArticle } from '../../rules/outcome/with-article';

/** A name (NM1) as sent: NM103 last or organization name, NM104 first, NM109 id with NM108 its qualifier. */
export interface X12Name {
  last: string;
  first: string;
  idQualifier: string;
  id: string;
}

export interface X12Person {
  name: X12Name | null;
  /** DMG02 (CCYYMMDD) and DMG03; null when the loop has no DMG. */
  dob: string | null;
  sex: string | null;
  /** N402 of the person's address (2010BA subscriber, 2010CA patient): the state. */
  state: string | null;
  /** REF*Y4 of the person's loop: the property & casualty claim number (box 11b). */
  casualtyClaimNumber: string | null;
}

export interface X12Billing {
  name: X12Name | null;
  /** REF*EI (or REF*SY) in 2010AA, with its qualifier. */
  taxId: { qualifier: string; value: string } | null;
  /** N402 of the 2010AA address: also where services were given when the claim has no 2310C facility. */
  state: string | null;
}

export interface X12Subscriber extends X12Person {
  groupNumber: string;
  payerName: string | null;
  /** N402 of the 2010BB payer address. */
  payerState: string | null;
}

export interface X12Diagnosis {
  qualifier: string;
  code: string;
}

export interface X12Line {
  /** SV101 components after the qualifier: code then up to four modifiers. */
  procedure: string[];
  charges: string;
  unitBasis: string;
  quantity: string;
  placeOfService: string;
  pointers: string[];
  /** DTP*472: D8 date or RD8 range, as sent. */
  serviceDate: { format: string; value: string } | null;
  rendering: X12Name | null;
  ordering: X12Name | null;
  referring: X12Name | null;
}

export interface X12Claim {
  /** ST02 of the transaction set the claim sits in. */
  controlNumber: string;
  billing: X12Billing;
  subscriber: X12Subscriber;
  /** The 2000C patient loop, null when the subscriber is the patient. */
  patient: X12Person | null;
  accountNumber: string;
  /** CLM05 components: facility (place of service), qualifier, frequency code. */
  facility: string[];
  /** CLM11 components: up to three related-cause codes, then the state. */
  relatedCauses: string[];
  /** 2300 DTP segments by qualifier, first one of each kind. */
  dates: Map<string, string>;
  /** 2300 REF segments by qualifier, first one of each kind. */
  refs: Map<string, string>;
  diagnoses: X12Diagnosis[];
  /** 2310 provider loops by NM101 (DN referring, 82 rendering, DQ supervising), first one of each. */
  providers: Map<string, X12Name>;
  /** N402 of the 2310C service facility location (box 32), when the claim has one. */
  facilityState: string | null;
  lines: X12Line[];
}

type Position = 'header' | '2000A' | '2000B' | '2000C' | '2300' | '2320' | '2400' | 'other';

/** Where the walk hands what it read: each claim once it is complete, and what the file as a whole needs said. */
export interface X12WalkSink {
  claim(claim: X12Claim): void;
  notice(message: string): void;
}

const DIAGNOSIS_QUALIFIERS = new Set(['ABK', 'ABF', 'BK', 'BF']);
/** Box 21 holds twelve diagnoses. */
const MAX_DIAGNOSES = 12;

/** The walk's state; one per file. Feed it segments with `read`, then call `finish`. */
export class X12Walk {
  sawTransaction = false;
  claimsSeen = 0;
  private readonly separators: X12Separators;
  /** Set once a composite showed which component separator the segments use. */
  private componentKnown = false;
  private readonly said = new Set<string>();
  private controlNumber = '';
  private position: Position = 'header';
  /** NM101 of the last NM1 in the current 2000A/B/C loop, so REF and DMG go to the name they follow. */
  private entity = '';
  private billing: X12Billing = { name: null, taxId: null, state: null };
  private subscriber: X12Subscriber = emptySubscriber();
  private patient: X12Person | null = null;
  private claim: X12Claim | null = null;
  private line: X12Line | null = null;

  constructor(separators: X12Separators, private readonly sink: X12WalkSink) {
    this.separators = { ...separators };
  }

  read(segment: X12Segment): void {
    if (!this.componentKnown) this.learnComponent(segment);
    switch (segment[0]) {
      case 'GS': return this.checkVersion(element(segment, 8));
      case 'ST': return this.startTransaction(segment);
      case 'HL': return this.startHierarchy(element(segment, 3));
      case 'CLM': return this.startClaim(segment);
      case 'SBR': return this.readSbr(segment);
      case 'LX': return this.startLine();
      case 'SE':
      case 'GE':
      case 'IEA': return this.endTransaction();
      default: return this.readInLoop(segment);
    }
  }

  /** The end of the file ends the last claim. */
  finish(): void {
    this.endClaim();
  }

  private say(message: string): void {
    if (this.said.has(message)) return;
    this.said.add(message);
    this.sink.notice(message);
  }

  private checkVersion(version: string): void {
    const notice = versionNotice(version);
    if (notice) this.say(notice);
  }

  /** The first composite that shows its separator decides; a disagreement with ISA16 is said once and believed. */
  private learnComponent(segment: X12Segment): void {
    const used = componentInUse(segment);
    if (used === null) return;
    this.componentKnown = true;
    if (used === this.separators.component || used === this.separators.element) return;
    this.say(separatorNotice(this.separators.component, used));
    this.separators.component = used;
  }

  private endClaim(): void {
    if (this.claim) this.sink.claim(this.claim);
    this.claim = null;
    this.line = null;
  }

  private startTransaction(segment: X12Segment): void {
    const set = element(segment, 1);
    // ST01 is echoed only when it looks like a transaction set id, so an error never quotes arbitrary file text.
    if (set !== '837') {
      const kind = /^\d{3}$/.test(set) ? withArticle(set) : 'another kind of';
      throw new Error(`This X12 file is ${kind} transaction set, not an 837 claim`);
    }
    this.checkVersion(element(segment, 3));
    this.sawTransaction = true;
    this.endTransaction();
    this.controlNumber = element(segment, 2);
    this.billing = { name: null, taxId: null, state: null };
    this.subscriber = emptySubscriber();
    this.patient = null;
  }

  /** Nothing read after SE (or before the next HL) belongs to the last claim. */
  private endTransaction(): void {
    this.endClaim();
    this.position = 'header';
  }

  private startHierarchy(level: string): void {
    this.endClaim();
    this.entity = '';
    if (level === '20') {
      this.position = '2000A';
      this.billing = { name: null, taxId: null, state: null };
      this.subscriber = emptySubscriber();
      this.patient = null;
    } else if (level === '22') {
      this.position = '2000B';
      this.subscriber = emptySubscriber();
      this.patient = null;
    } else if (level === '23') {
      this.position = '2000C';
      this.patient = emptyPerson();
    } else {
      this.position = 'other';
    }
  }

  private startClaim(segment: X12Segment): void {
    this.endClaim();
    this.position = '2300';
    this.claimsSeen += 1;
    this.claim = {
      controlNumber: this.controlNumber,
      billing: this.billing,
      subscriber: this.subscriber,
      patient: this.patient,
      accountNumber: element(segment, 1),
      facility: components(segment, 5, this.separators),
      relatedCauses: components(segment, 11, this.separators),
      dates: new Map(),
      refs: new Map(),
      diagnoses: [],
      providers: new Map(),
      facilityState: null,
      lines: [],
    };
  }

  /** SBR opens 2000B before a claim, and a 2320 other-subscriber loop inside one. */
  private readSbr(segment: X12Segment): void {
    if (this.claim) {
      this.position = '2320';
      return;
    }
    if (this.position === '2000B') this.subscriber.groupNumber = element(segment, 3);
  }

  private startLine(): void {
    if (!this.claim) return;
    this.position = '2400';
    this.line = emptyLine();
    this.claim.lines.push(this.line);
  }

  private readInLoop(segment: X12Segment): void {
    switch (this.position) {
      case '2000A': return this.readBillingLoop(segment);
      case '2000B': return this.readSubscriberLoop(segment);
      case '2000C': return this.readPatientLoop(segment);
      case '2300': return this.readClaimLoop(segment);
      case '2400': return this.readLineLoop(segment);
      default: return; // header, 2320/2330 (other payers), unknown HL levels: nothing box-level to read
    }
  }

  private readBillingLoop(segment: X12Segment): void {
    if (segment[0] === 'NM1') {
      this.entity = element(segment, 1);
      if (this.entity === '85' && !this.billing.name) this.billing.name = readName(segment);
    } else if (segment[0] === 'N4' && this.entity === '85') {
      this.billing.state ??= element(segment, 2) || null;
    } else if (segment[0] === 'REF' && this.entity === '85' && !this.billing.taxId) {
      const qualifier = element(segment, 1);
      if (qualifier === 'EI' || qualifier === 'SY') this.billing.taxId = { qualifier, value: element(segment, 2) };
    }
  }

  private readSubscriberLoop(segment: X12Segment): void {
    if (segment[0] === 'NM1') {
      this.entity = element(segment, 1);
      if (this.entity === 'IL' && !this.subscriber.name) this.subscriber.name = readName(segment);
      if (this.entity === 'PR' && this.subscriber.payerName === null) this.subscriber.payerName = element(segment, 3);
    } else if (segment[0] === 'DMG' && this.entity === 'IL') {
      readDemographics(segment, this.subscriber);
    } else if (segment[0] === 'N4' && this.entity === 'IL') {
      this.subscriber.state ??= element(segment, 2) || null;
    } else if (segment[0] === 'REF' && this.entity === 'IL' && element(segment, 1) === 'Y4') {
      this.subscriber.casualtyClaimNumber ??= element(segment, 2) || null;
    } else if (segment[0] === 'N4' && this.entity === 'PR') {
      this.subscriber.payerState ??= element(segment, 2) || null;
    }
  }

  private readPatientLoop(segment: X12Segment): void {
    if (!this.patient) return;
    if (segment[0] === 'NM1') {
      this.entity = element(segment, 1);
      if (this.entity === 'QC' && !this.patient.name) this.patient.name = readName(segment);
    } else if (segment[0] === 'DMG' && this.entity === 'QC') {
      readDemographics(segment, this.patient);
    } else if (segment[0] === 'N4' && this.entity === 'QC') {
      this.patient.state ??= element(segment, 2) || null;
    } else if (segment[0] === 'REF' && this.entity === 'QC' && element(segment, 1) === 'Y4') {
      this.patient.casualtyClaimNumber ??= element(segment, 2) || null;
    }
  }

  private readClaimLoop(segment: X12Segment): void {
    const claim = this.claim!;
    const kind = element(segment, 1);
    if (segment[0] === 'DTP' && !claim.dates.has(kind)) claim.dates.set(kind, element(segment, 3));
    else if (segment[0] === 'REF' && !claim.refs.has(kind)) claim.refs.set(kind, element(segment, 2));
    else if (segment[0] === 'NM1') {
      this.entity = kind;
      if (!claim.providers.has(kind)) claim.providers.set(kind, readName(segment));
    } else if (segment[0] === 'N4' && (this.entity === '77' || this.entity === 'FA')) claim.facilityState ??= element(segment, 2) || null;
    else if (segment[0] === 'HI') this.readHi(segment);
  }

  /** HI carries diagnoses (ABK/ABF, BK/BF) but also anesthesia and condition codes, which are skipped. */
  private readHi(segment: X12Segment): void {
    const claim = this.claim!;
    for (const diagnosis of readDiagnoses(segment, this.separators)) {
      if (claim.diagnoses.length < MAX_DIAGNOSES) claim.diagnoses.push(diagnosis);
    }
  }

  private readLineLoop(segment: X12Segment): void {
    const line = this.line!;
    if (segment[0] === 'SV1') readSv1(segment, line, this.separators);
    else if (segment[0] === 'DTP' && element(segment, 1) === '472' && !line.serviceDate) {
      line.serviceDate = { format: element(segment, 2), value: element(segment, 3) };
    } else if (segment[0] === 'NM1') {
      const kind = element(segment, 1);
      if (kind === '82') line.rendering ??= readName(segment);
      else if (kind === 'DK') line.ordering ??= readName(segment);
      else if (kind === 'DN') line.referring ??= readName(segment);
    }
  }
}

/** The one-line Error for a file the walk read to its end without finding a claim; null when it had claims. */
export function emptyFileError(walk: X12Walk): Error | null {
  if (!walk.sawTransaction) return new Error('This X12 file has no ST transaction set, so it holds no 837 claim');
  if (walk.claimsSeen === 0) return new Error('This 837P file has no claims (no CLM segment)');
  return null;
}

function readName(segment: X12Segment): X12Name {
  return { last: element(segment, 3), first: element(segment, 4), idQualifier: element(segment, 8), id: element(segment, 9) };
}

function readDemographics(segment: X12Segment, person: X12Person): void {
  if (person.dob !== null || person.sex !== null) return;
  person.dob = element(segment, 2);
  person.sex = element(segment, 3);
}

/**
 * Diagnoses of one HI segment, in order. Each element is a composite "ABK:M5450". Some generators (the imsweb
 * samples) write the qualifier and the code as two elements ("HI*BK*8901*BF*87200"); a bare qualifier followed by
 * a bare code is read as that pair rather than losing the codes.
 */
export function readDiagnoses(segment: X12Segment, separators: X12Separators): X12Diagnosis[] {
  const found: X12Diagnosis[] = [];
  for (let n = 1; n < segment.length; n += 1) {
    const [qualifier = '', code = ''] = components(segment, n, separators);
    if (!DIAGNOSIS_QUALIFIERS.has(qualifier)) continue;
    const next = element(segment, n + 1);
    const pairedWithNext = code === '' && next !== '' && !next.includes(separators.component) && !DIAGNOSIS_QUALIFIERS.has(next);
    found.push({ qualifier, code: pairedWithNext ? next : code });
    if (pairedWithNext) n += 1;
  }
  return found;
}

/** SV1: 01 procedure composite, 02 charges, 03 unit basis, 04 quantity, 05 place of service, 07 pointers. */
function readSv1(segment: X12Segment, line: X12Line, separators: X12Separators): void {
  line.procedure = components(segment, 1, separators).slice(1, 6);
  line.charges = element(segment, 2);
  line.unitBasis = element(segment, 3);
  line.quantity = element(segment, 4);
  line.placeOfService = element(segment, 5);
  line.pointers = components(segment, 7, separators).filter(Boolean).slice(0, 4);
}

function emptyPerson(): X12Person {
  return { name: null, dob: null, sex: null, state: null, casualtyClaimNumber: null };
}

function emptySubscriber(): X12Subscriber {
  return { ...emptyPerson(), groupNumber: '', payerName: null, payerState: null };
}

function emptyLine(): X12Line {
  return {
    procedure: [], charges: '', unitBasis: '', quantity: '', placeOfService: '', pointers: [],
    serviceDate: null, rendering: null, ordering: null, referring: null,
  };
}
