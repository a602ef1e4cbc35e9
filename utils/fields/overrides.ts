/**
 * Mappings that win over heuristics: a site adapter's (bundled, per site) and the user's own (taught from the
 * context menu), user first. Each names elements by selector (" >>> " crosses open shadow roots) and the
 * concept they are; they may also make a field of an element the heuristics skip, such as a div.
 */
import type { ConceptKey } from '../../rules/concepts';
import type { FieldIndex } from '../../rules/schema';
import { findAllByLocator } from './selector';

/** One element-to-concept mapping; `index` is taken from the field's own words when left out. */
export interface FieldOverride {
  selector: string;
  concept: ConceptKey;
  index?: FieldIndex | null;
}

/** Where an override came from; also the evidence signal of the field it maps. */
export type OverrideSource = 'user' | 'adapter';

export interface AppliedOverride {
  override: FieldOverride;
  source: OverrideSource;
}

/**
 * Element -> the override that maps it. A user's mapping beats an adapter's for the same element; within one
 * list the later entry wins, so a newly taught mapping replaces an older one.
 */
export function resolveOverrides(
  doc: Document,
  userOverrides: readonly FieldOverride[] = [],
  adapterOverrides: readonly FieldOverride[] = [],
): Map<Element, AppliedOverride> {
  const applied = new Map<Element, AppliedOverride>();
  const apply = (overrides: readonly FieldOverride[], source: OverrideSource) => {
    for (const override of overrides) {
      for (const element of findAllByLocator(doc, override.selector)) {
        if (element.closest('[data-claimlint-ui]')) continue;
        applied.set(element, { override, source });
      }
    }
  };
  apply(adapterOverrides, 'adapter');
  apply(userOverrides, 'user');
  return applied;
}
