/**
 * A denial typed in by hand, from a letter or a phone call: a small JSON object or "Label: value" lines
 * ("Claim number: ACCT42", "Denial date: 03/12/2025", "Reason codes: CO-50, N115", "Reason: not medically
 * necessary"). Labels are matched loosely (case, spaces and punctuation aside); codes are kept as typed, a code
 * ClaimLint cannot place in the X12 lists is kept as `other`. A date that is not a calendar date is refused rather
 * than guessed.
 */
import { parseIsoDate } from '../../rules/denials/calendar';
import type { Denial, DenialReason } from '../../rules/denials/denial';
import { codeKindOf } from '../../rules/denials/denial-codes';

type Entries = Map<string, string[]>;

const LABELS: Record<string, readonly string[]> = {
  claimId: ['claimid', 'claimnumber', 'claimno', 'claim', 'accountnumber', 'patientaccountnumber'],
  payerClaimNumber: ['payerclaimnumber', 'icn', 'dcn', 'referencenumber'],
  appealsAddress: ['appealsaddress', 'appealaddress', 'sendappealsto', 'appealsfax', 'appealfax'],
  payerName: ['payername', 'payer', 'insurer', 'insurance', 'plan', 'healthplan'],
  patientName: ['patientname', 'patient', 'member', 'membername'],
  memberId: ['memberid', 'subscriberid', 'insuredid'],
  patientBirthDate: ['dateofbirth', 'dob', 'birthdate', 'patientdob', 'patientdateofbirth'],
  appealBy: ['appealby', 'appealdeadline', 'appealdue', 'appealduedate', 'deadline'],
  denialDate: ['denialdate', 'dateofdenial', 'noticedate', 'dateofnotice', 'eobdate', 'remittancedate', 'date'],
  datesOfService: ['datesofservice', 'dateofservice', 'dos', 'servicedate', 'servicedates'],
  codes: ['reasoncodes', 'reasoncode', 'denialcodes', 'denialcode', 'codes', 'carc', 'rarc', 'remarkcodes', 'adjustmentcodes'],
  reasonText: ['reason', 'reasontext', 'denialreason', 'reasonfordenial', 'notes', 'note'],
  paidAmount: ['paid', 'paidamount', 'amountpaid'],
  chargedAmount: ['charged', 'billed', 'chargedamount', 'billedamount', 'totalcharges'],
};

/** A hand-entered denial from JSON text or "Label: value" lines; throws a one-line Error when it holds no reason. */
export function readManualDenial(input: string, what = 'entered by hand'): Denial {
  const entries = input.trim().startsWith('{') ? jsonEntries(input) : lineEntries(input);
  const first = (field: string) => LABELS[field]!.map((label) => entries.get(label)?.[0]).find((value) => value !== undefined && value !== '');
  const all = (field: string) => LABELS[field]!.flatMap((label) => entries.get(label) ?? []);
  const reasons = all('codes').flatMap(codesIn);
  const notes = all('reasonText').filter(Boolean);
  if (reasons.length === 0 && notes.length === 0) throw new Error('The denial names no reason: give its reason codes (CO-50, N115) or its reason text');
  const denialDate = first('denialDate');
  const appealBy = first('appealBy');
  const birthDate = first('patientBirthDate');
  const dates = first('datesOfService');
  const [from, to] = dates ? dates.split(/\s+(?:-|–|to|through)\s+/i).map((part) => isoDate(part, 'date of service')) : [];
  return {
    ...optional('claimId', first('claimId')),
    ...optional('payerClaimNumber', first('payerClaimNumber')),
    ...optional('payerName', first('payerName')),
    ...optional('appealsAddress', first('appealsAddress')),
    ...optional('patientName', first('patientName')),
    ...optional('memberId', first('memberId')),
    ...(birthDate && { patientBirthDate: isoDate(birthDate, 'date of birth') }),
    ...(denialDate && { denialDate: isoDate(denialDate, 'denial date') }),
    ...(appealBy && { appealBy: isoDate(appealBy, 'appeal deadline') }),
    ...(from && { datesOfService: { from, ...(to && to !== from && { to }) } }),
    ...money('paidAmount', first('paidAmount')),
    ...money('chargedAmount', first('chargedAmount')),
    reasons,
    ...(notes.length > 0 && { notes }),
    source: { format: 'manual', what },
  };
}

/** "CO-50, PR 204; N115 197" → each code, its group when one is written before it. */
function codesIn(value: string): DenialReason[] {
  return [...value.toUpperCase().matchAll(/\b(?:(CO|PR|OA|PI|CR)[\s-]*)?([A-Z]{0,2}\d{1,4}|[A-Z]\d{1,3})\b/g)].map((match) => {
    const [, group, code = ''] = match;
    const kind = codeKindOf(code);
    return { ...(group && { group }), code, kind: kind ?? 'other' };
  });
}

function lineEntries(input: string): Entries {
  const entries: Entries = new Map();
  for (const line of input.split(/\r?\n/)) {
    const match = /^\s*([^:]{1,60}?)\s*:\s*(.*)$/.exec(line);
    if (match) add(entries, match[1]!, match[2]!.trim());
  }
  return entries;
}

function jsonEntries(input: string): Entries {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch {
    throw new Error('The denial is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('The denial JSON must be an object');
  const entries: Entries = new Map();
  for (const [key, value] of Object.entries(parsed)) {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item === 'string' || typeof item === 'number') add(entries, key, String(item).trim());
      else if (typeof item === 'object' && item !== null && 'code' in item) {
        const { group, code } = item as { group?: unknown; code?: unknown };
        add(entries, key, `${typeof group === 'string' ? `${group}-` : ''}${String(code)}`);
      }
    }
  }
  return entries;
}

function add(entries: Entries, label: string, value: string): void {
  const key = label.toLowerCase().replace(/[^a-z]/g, '');
  entries.set(key, [...(entries.get(key) ?? []), value]);
}

function isoDate(value: string, what: string): string {
  const trimmed = value.trim();
  const us = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(trimmed);
  const iso = us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : trimmed;
  if (!parseIsoDate(iso)) throw new Error(`The ${what} "${trimmed}" is not a date ClaimLint reads (YYYY-MM-DD or MM/DD/YYYY)`);
  return iso;
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}

function money<K extends string>(key: K, value: string | undefined): Partial<Record<K, number>> {
  const parsed = value === undefined ? Number.NaN : Number(value.replace(/[$,\s]/g, ''));
  return Number.isFinite(parsed) ? ({ [key]: parsed } as Record<K, number>) : {};
}
