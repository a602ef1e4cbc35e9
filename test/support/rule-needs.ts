/**
 * What a rule needs filled in, read from its check and options: each entry is a set of concepts any one of which
 * satisfies it (a diagnosis code or a diagnosis in words), with the text detector that must find its evidence
 * there, if any. A planted gap is a gap only for a rule that needs its concept (test/support/real-gaps.ts).
 * Every check is listed (TypeScript fails on a new one until it is): those that validate what is there (codes,
 * modifiers, pointers, dates inside a window, minutes against units) need nothing of their own, so no gap is
 * planted for them.
 */
import type { CheckId } from '../../rules/checks/index';
import type { CompiledRule } from '../../rules/compile-checklist';

export interface Need {
  concepts: readonly string[];
  /** A rules/text detector that must find its evidence in the text of those concepts; null when any value does. */
  detector: string | null;
}

type Options = Record<string, unknown>;

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const anyOf = (concepts: string[], detector: string | null = null): Need[] => (concepts.length > 0 ? [{ concepts, detector }] : []);
const nothing = (): Need[] => [];

const NEEDS: Record<CheckId, (options: Options) => Need[]> = {
  'required-field': (options) => anyOf(list(options.concepts)),
  'every-line-has': (options) => anyOf(list(options.concepts)),
  'date-within': (options) => anyOf(list(options.concepts)),
  'text-evidence': (options) => anyOf(list(options.concepts), typeof options.detector === 'string' ? options.detector : null),
  'required-when': (options) => anyOf(list(options.require)),
  npi: (options) => (options.required === true && typeof options.concept === 'string' ? anyOf([options.concept]) : []),
  'prior-auth-number': (options) => (options.required === true ? anyOf(['claim.priorAuthNumber']) : []),
  // The document's date, and the date it is measured against: an empty one of either leaves it undated.
  'document-age': (options) => [...anyOf(list(options.date)), ...anyOf(list(options.relativeTo))],
  'psychotherapy-plan': (options) => anyOf(list(options.concepts)),
  'subluxation-documented': (options) => anyOf(list(options.concepts)),
  'addon-primary': nothing,
  'chiropractic-modifiers': nothing,
  'covered-codes': nothing,
  'primary-diagnosis': nothing,
  'telehealth-modifiers': nothing,
  'crisis-family-time': nothing,
  'interactive-complexity': nothing,
  'psychotherapy-units': nothing,
  'date-in-range': nothing,
  'diagnosis-codes': nothing,
  'diagnosis-pointers': nothing,
  'icd-indicator': nothing,
  'maintenance-language': nothing,
  'massage-adjunct': nothing,
  'codes-not-covered': nothing,
  'general-health-purpose': nothing,
  // An empty accident date leaves the window unmeasured (can't tell); the accident-date rule asks for it.
  'service-after-accident': nothing,
  'modifier-pairs': nothing,
  'ncci-mue': nothing,
  'procedure-codes': nothing,
  'psychotherapy-time': nothing,
  'therapy-modifiers': nothing,
  'timed-units': nothing,
  // A gap in the progress text alone is no fail: whether a report is due depends on the visit count.
  'progress-report-due': nothing,
  'recertification-interval': nothing,
  'visits-authorized': nothing,
  'injury-encounter': nothing,
  'assistant-modifiers': nothing,
};

export function needsOf(rule: Pick<CompiledRule, 'check' | 'options'>): Need[] {
  const needs = Object.hasOwn(NEEDS, rule.check) ? NEEDS[rule.check as CheckId] : nothing;
  return needs((rule.options ?? {}) as Options);
}
