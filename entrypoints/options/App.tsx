import { DefaultChoiceSettings } from './DefaultChoiceSettings';
import { GrantedSites } from './GrantedSites';
import { LetterTemplates } from './LetterTemplates';
import { RulePacks } from './RulePacks';
import { TaughtFields } from './TaughtFields';

/** ClaimLint's options: defaults, sites, rule packs, letter templates and taught fields. Everything lives in this browser only. */
export function App() {
  return (
    <main class="options">
      <h1 class="brand">ClaimLint options</h1>
      <DefaultChoiceSettings />
      <GrantedSites />
      <RulePacks />
      <LetterTemplates />
      <TaughtFields />
    </main>
  );
}
