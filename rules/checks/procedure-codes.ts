import * as z from 'zod/mini';
import { lineAnchor, outcomeFor, pointAt, quoteValue, serviceLines, withArticle } from '../outcome/check-support';
import { PROCEDURE_SHAPE, readModifiers, readProcedureCode, splitProcedureText } from '../codes/procedure-format';
import { describeUnread, readCodeInText } from '../codes/code-in-text';
import { noServiceLines } from '../reading/service-line-codes';
import { hasValue, type SnapshotFields } from '../reading/snapshot-fields';
import { defineCheck, type CheckOutcome } from './types';

/**
 * Box 24D: every service line has a CPT/HCPCS-shaped code and at most 4 two-character modifiers (from the
 * modifier boxes, or typed after the code). One outcome per service line, on its procedure code.
 */
export const procedureCodes = defineCheck({
  options: z.object({}),
  run(context) {
    const { fields } = context;
    const lines = serviceLines(fields);
    if (lines.length === 0) return [noServiceLines(context)];
    return lines.map((line) => checkLine(fields, line));
  },
});

function checkLine(fields: SnapshotFields, line: number): CheckOutcome {
  const codeField = fields.best('line.procedureCode', line);
  if (!codeField) {
    const anchor = lineAnchor(fields, line);
    return { status: 'cantTell', concept: 'line.procedureCode', index: line, ...pointAt(anchor),
      message: `ClaimLint could not find a procedure code field for service line ${line}` };
  }
  const at = (status: CheckOutcome['status'], message: string) => ({ ...outcomeFor(codeField, status, message), index: line });
  if (!hasValue(codeField)) return at('fail', `Service line ${line} has no procedure code (24D); enter its CPT/HCPCS code`);
  // A prior-authorization request (X12 278, Da Vinci PAS) may ask for a category of service by its X12 service type.
  if (codeField.codeSystem === 'x12-service-type') {
    return at('cantTell', `Service line ${line} asks for X12 service type ${quoteValue(codeField.value)}, not a CPT/HCPCS code, `
      + "so ClaimLint can't tell which procedure codes it covers");
  }

  const several = readCodeInText(codeField.value, PROCEDURE_SHAPE);
  if (!several.ok && several.reason === 'several-codes') {
    return at('fail', `Service line ${line} procedure code ${quoteValue(codeField.value)} ${describeUnread(several, 'procedure code')}`);
  }
  const split = splitProcedureText(codeField.value);
  const code = readProcedureCode(split.code);
  if (!code.ok) {
    return at('fail', `Service line ${line} procedure code ${quoteValue(split.code)} is not a CPT/HCPCS code: ${code.reason}`);
  }
  const modifierFields = fields.all('line.modifier', line);
  const modifiers = readModifiers([split.rest, ...modifierFields.map((field) => field.value)]);
  if (!modifiers.ok) {
    return at('fail', `Service line ${line} modifier ${quoteValue(modifiers.bad)} is not a modifier; each modifier is 2 letters or digits, such as 59 or GP`);
  }
  const list = modifiers.modifiers;
  if (list.length > 4) {
    return at('fail', `Service line ${line} has ${list.length} modifiers (${list.join(', ')}); box 24D takes at most 4, so keep the ones the payer needs first`);
  }
  const repeated = list.filter((modifier, i) => list.indexOf(modifier) !== i);
  if (repeated.length > 0) return at('fail', `Service line ${line} repeats modifier ${repeated[0]}; enter each modifier once`);
  const withModifiers = list.length > 0 ? ` with modifier${list.length > 1 ? 's' : ''} ${list.join(', ')}` : '';
  return at('pass', `Service line ${line}: ${code.code} is ${withArticle(`${code.kind} code`)}${withModifiers}`);
}
