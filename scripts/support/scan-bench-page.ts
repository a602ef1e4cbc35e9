/**
 * The page the scan bench reads: a long billing form of `controls` form controls, built of the layouts real
 * claim and EHR screens mix, twenty controls per section, so each size is the same page made longer: labelled
 * inputs in a fieldset with a legend, "Label: [____]" written beside unlabelled inputs, an aria-labelledby
 * select and an aria-label input, a yes/no radio pair, and a service-line table with column headers.
 * Synthetic: invented words and no values a person could be found by.
 */

/** Controls per section; every bench size is a multiple of it. */
export const SECTION_CONTROLS = 20;

const LABELLED = ['Patient name', 'Date of birth', 'Member ID', 'Patient address', 'Phone number'];
const BESIDE = ['Referring provider', 'Prior authorization number', 'Group number'];
const LINE_COLUMNS = ['Date from', 'Date to', 'Place of service', 'CPT/HCPCS', 'Modifier', 'Diagnosis pointer', 'Charges', 'Units'];

function section(s: number): string {
  const labelled = LABELLED.map((words, i) => `<label for="p${s}_${i}">${words}</label><input id="p${s}_${i}" name="patient_${s}_${i}" value="v${i}">`).join('');
  const beside = BESIDE.map((words, i) => `<div class="row"><span>${words}:</span> <input name="extra_${s}_${i}"></div>`).join('');
  const lineCells = LINE_COLUMNS.map((_, i) => `<td><input name="line_${s}_${i}" value="${i}"></td>`).join('');
  return `<fieldset><legend>Claim section ${s}</legend>${labelled}</fieldset>`
    + `<div class="card">${beside}`
    + `<span id="payer${s}">Insurance plan</span><select aria-labelledby="payer${s}" name="plan_${s}"><option>Plan A</option><option>Plan B</option></select>`
    + `<input aria-label="Total charge" name="total_${s}">`
    + `<div>Accident related? <input type="radio" name="accident_${s}" value="y"> Yes <input type="radio" name="accident_${s}" value="n"> No</div></div>`
    + `<table><thead><tr>${LINE_COLUMNS.map((words) => `<th>${words}</th>`).join('')}</tr></thead><tbody><tr>${lineCells}</tr></tbody></table>`;
}

/** The whole page, `controls` rounded down to a multiple of SECTION_CONTROLS. */
export function scanBenchPage(controls: number): string {
  const sections = Array.from({ length: Math.floor(controls / SECTION_CONTROLS) }, (_, s) => section(s));
  return `<!doctype html><html><head><title>CMS-1500 claim</title></head><body><h1>Professional claim</h1><form name="claim">${sections.join('')}</form></body></html>`;
}
