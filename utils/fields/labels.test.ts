// @vitest-environment happy-dom
/**
 * Labels where real apps put them (issue 11, item 2): markup written the way UI libraries render it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectFields } from './read-page';
import { fieldWithId, renderFields } from '../../test/support/placed-fields';

const render = (html: string) => renderFields(html, collectFields);
const byId = fieldWithId;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('toolbar and button text never becomes a label', () => {
  it('labels a Quill editor by the heading above its toolbar, not by "B I •"', () => {
    const fields = render(`
      <h3>Treatment Goals</h3>
      <div class="ql-toolbar ql-snow">
        <span class="ql-formats"><button type="button" class="ql-bold">B</button><button type="button" class="ql-italic">I</button></span>
        <span class="ql-formats"><button type="button" class="ql-list" value="bullet">•</button></span>
      </div>
      <div class="ql-container ql-snow"><div class="ql-editor" id="goals" contenteditable="true"><p>Walk 300 ft without device in 4 weeks</p></div></div>`);
    const field = byId(fields, 'goals');
    expect(field).toMatchObject({ concept: 'doc.goals', label: 'Treatment Goals', value: 'Walk 300 ft without device in 4 weeks' });
    expect(field?.place.evidence?.map((e) => e.text).join(' ')).not.toMatch(/\bB\b|•/);
  });

  it('labels a CKEditor 5 editor in a Bootstrap card by the card header', () => {
    const fields = render(`
      <div class="card">
        <div class="card-header">Prior Treatments <button class="btn btn-sm btn-link">Edit</button></div>
        <div class="card-body">
          <div class="ck ck-editor">
            <div class="ck ck-editor__top"><div class="ck ck-toolbar" role="toolbar" aria-label="Editor toolbar">
              <button class="ck ck-button" type="button"><svg class="ck ck-icon"></svg><span class="ck ck-button__label">Bold</span></button>
              <button class="ck ck-button" type="button"><span class="ck ck-button__label">Italic</span></button>
            </div></div>
            <div class="ck ck-editor__main"><div class="ck-content ck-editor__editable" id="prior" contenteditable="true"><p>Home exercise program, 6 weeks, no relief</p></div></div>
          </div>
        </div>
      </div>`);
    expect(byId(fields, 'prior')).toMatchObject({ concept: 'doc.alternativesTried', label: 'Prior Treatments', value: 'Home exercise program, 6 weeks, no relief' });
  });

  it('labels a textarea under an MUI card header and skips the icon button between them', () => {
    const fields = render(`
      <div class="MuiPaper-root MuiCard-root">
        <div class="MuiCardHeader-root"><div class="MuiCardHeader-content"><span class="MuiTypography-root MuiCardHeader-title">Medical Necessity</span></div>
          <div class="MuiCardHeader-action"><button class="MuiIconButton-root" aria-label="settings"><svg class="MuiSvgIcon-root"></svg></button></div></div>
        <div class="MuiCardContent-root"><div class="MuiInputBase-root MuiInputBase-multiline"><textarea id="nec" class="MuiInputBase-input">Skilled PT required for gait training</textarea></div></div>
      </div>`);
    expect(byId(fields, 'nec')).toMatchObject({ concept: 'doc.necessityStatement', label: 'Medical Necessity' });
  });

  it('reads an accordion heading whose text is its button (WAI-ARIA accordion, Bootstrap 5 .accordion-button)', () => {
    const fields = render(`
      <div class="accordion-item">
        <h2 class="accordion-header"><button class="accordion-button" type="button" aria-expanded="true">Plan of Care</button></h2>
        <div class="accordion-collapse collapse show"><div class="accordion-body"><textarea id="poc">Ther ex, gait training</textarea></div></div>
      </div>`);
    expect(byId(fields, "poc")).toMatchObject({ concept: 'doc.treatmentPlan', label: 'Plan of Care' });
  });

  it('takes no label from a toolbar of role=button spans and icon glyphs', () => {
    const fields = render(`
      <div><div class="editor-menu"><span role="button">Bold</span><span role="button">Italic</span><i class="fa fa-list"></i></div>
      <div contenteditable="true" id="x">free text</div></div>`);
    const evidence = byId(fields, 'x')?.place.evidence ?? [];
    expect(evidence.map((e) => e.text).join(' ')).not.toMatch(/Bold|Italic/);
  });

  it('does not let a heading over several inputs label one of them more strongly than its own label', () => {
    const fields = render(`<h3>Referring Provider</h3><label for="n">Name</label><input id="n"><label for="npi">NPI</label><input id="npi">`);
    expect(byId(fields, 'npi')?.place.evidence?.some((e) => e.signal === 'heading')).toBe(false);
  });
});

describe('a label after its input, a title only', () => {
  it('reads a Bootstrap 5 floating label written after its input without for', () => {
    const fields = render(`
      <div class="form-floating mb-3"><input type="text" class="form-control" id="floatingMember" placeholder=" " value="W123456789"><label>Member ID</label></div>
      <div class="form-floating"><input type="text" class="form-control" id="floatingAuth" placeholder=" "><label>Prior Authorization #</label></div>`);
    expect(byId(fields, 'floatingMember')).toMatchObject({ concept: 'patient.memberId', label: 'Member ID', value: 'W123456789' });
    expect(byId(fields, 'floatingAuth')).toMatchObject({ concept: 'claim.priorAuthNumber', label: 'Prior Authorization #' });
  });

  it('reads a Bootstrap floating label with for, after its input', () => {
    const fields = render(`<div class="form-floating"><input class="form-control" id="fdob" placeholder="x" value="1970-02-01"><label for="fdob">Date of Birth</label></div>`);
    expect(byId(fields, 'fdob')).toMatchObject({ concept: 'patient.dob', label: 'Date of Birth' });
  });

  it('does not give a label beside two inputs to either', () => {
    const fields = render(`<div class="row"><input id="a1"><label>Member ID</label><input id="a2"></div>`);
    expect(byId(fields, 'a1')?.place.evidence?.some((e) => e.signal === 'label') ?? false).toBe(false);
    expect(byId(fields, 'a2')?.place.evidence?.some((e) => e.signal === 'label') ?? false).toBe(false);
  });

  it('reads a control labelled only by its title', () => {
    const fields = render(`<input id="t" title="Prior Authorization Number" value="PA-7781">`);
    expect(byId(fields, 't')).toMatchObject({ concept: 'claim.priorAuthNumber', value: 'PA-7781' });
  });
});

describe('numbered questions', () => {
  it('reads an answer labelled by a numbered question div, the number stripped for matching', () => {
    const fields = render(`
      <div class="question-block">
        <div id="q3" class="question-text">3. Which treatments were tried before?</div>
        <textarea id="a3" aria-labelledby="q3">NSAIDs and 6 weeks of home exercise</textarea>
      </div>
      <div class="question-block">
        <div id="q4" class="question-text">Q4) Why is this service medically necessary?</div>
        <div class="ant-input-textarea"><textarea id="a4" class="ant-input" aria-labelledby="q4">Gait deviations need skilled care</textarea></div>
      </div>`);
    expect(byId(fields, 'a3')).toMatchObject({ concept: 'doc.alternativesTried', value: 'NSAIDs and 6 weeks of home exercise' });
    expect(byId(fields, 'a3')?.label).toContain('Which treatments were tried before?');
    expect(byId(fields, 'a4')).toMatchObject({ concept: 'doc.necessityStatement' });
  });

  it('keeps a CMS-1500 box number that is no question', () => {
    const fields = render(`<label for="r">17. Name of Referring Provider</label><input id="r">`);
    expect(byId(fields, 'r')?.concept).toBe('referring.name');
  });
});

describe('facts in banners, card headers and headings', () => {
  it('reads a patient banner and an MUI alert as read-only facts', () => {
    const fields = render(`
      <header class="patient-banner"><span class="pt-name">Eve Example</span>
        <span class="pt-fact">DOB: 05/01/1975</span><span class="pt-fact">Member ID: W123456789</span></header>
      <div class="MuiPaper-root MuiAlert-root MuiAlert-standardInfo" role="alert"><div class="MuiAlert-message">Primary: Medicare Part B</div></div>`);
    const byConcept = (concept: string) => fields.find((field) => field.concept === concept);
    expect(byConcept('patient.dob')).toMatchObject({ value: '05/01/1975', place: { kind: 'document' } });
    expect(byConcept('patient.memberId')).toMatchObject({ value: 'W123456789', place: { kind: 'document' } });
    expect(byConcept('payer.name')).toMatchObject({ value: 'Medicare Part B', label: 'Primary' });
  });

  it('reads a date of service stated only in a card header or a heading', () => {
    const card = render(`<div class="card"><div class="card-header">Date of service: 12/03/2026</div><div class="card-body"><p>Seen for follow-up.</p></div></div>`);
    expect(card.find((field) => field.concept === 'visit.date')).toMatchObject({ value: '12/03/2026', label: 'Date of service' });
    const heading = render(`<h2>Progress Note \u00b7 Date of Service: 12/03/2026</h2><p>Patient tolerated treatment well.</p>`);
    expect(heading.find((field) => field.concept === 'visit.date')).toMatchObject({ value: '12/03/2026' });
  });

  it('splits several facts written on one line of a banner', () => {
    const fields = render(`<div class="ant-page-header"><span class="ant-page-header-heading-sub-title">DOB: 01/02/1970 | Member ID: XJ55012 | Payer: Aetna</span></div>`);
    expect(fields.find((field) => field.concept === 'patient.dob')?.value).toBe('01/02/1970');
    expect(fields.find((field) => field.concept === 'patient.memberId')?.value).toBe('XJ55012');
    expect(fields.find((field) => field.concept === 'payer.name')?.value).toBe('Aetna');
  });

  it('reads no fact from a time, a URL or text outside a banner', () => {
    const fields = render(`<h3>Visit at 10:30</h3><div class="alert">See https://example.org</div><p>Goals: walk 100 ft</p>`);
    expect(fields.filter((field) => field.place.kind === 'document' && /10|https|example/.test(field.value ?? ''))).toEqual([]);
  });
});

describe('a heading subtitle is no fact', () => {
  it('reads nothing from "Request prior authorization: outpatient PT"', () => {
    const fields = render(`<h1>Request prior authorization: outpatient PT / OT</h1><p>Fill in every step.</p>`);
    expect(fields.filter((field) => field.place.kind === 'document' && field.concept === 'claim.priorAuthNumber')).toEqual([]);
  });
});

describe('legends, row headers and headings over groups', () => {
  it('reads a legend that labels one field (Bootstrap 5 fieldset)', () => {
    const fields = render(`<fieldset class="mb-3"><legend class="col-form-label">Date of Birth</legend><input class="form-control" id="lg" value="01/02/1970"></fieldset>`);
    expect(byId(fields, 'lg')).toMatchObject({ concept: 'patient.dob', value: '01/02/1970', label: 'Date of Birth' });
  });

  it('reads a legend over a radio group', () => {
    const fields = render(`<fieldset><legend>Auto accident?</legend>
      <div class="form-check"><input class="form-check-input" type="radio" name="auto" id="autoY" value="Y" checked><label class="form-check-label" for="autoY">Yes</label></div>
      <div class="form-check"><input class="form-check-input" type="radio" name="auto" id="autoN" value="N"><label class="form-check-label" for="autoN">No</label></div></fieldset>`);
    expect(byId(fields, 'autoY')?.concept).toBe('claim.autoAccident');
  });

  it('reads a heading over an Ant Design radio group', () => {
    const fields = render(`<h4 class="ant-typography">Employment related?</h4>
      <div class="ant-radio-group ant-radio-group-outline" role="radiogroup">
        <label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" class="ant-radio-input" name="emp" id="empY" value="yes"></span><span>Yes</span></label>
        <label class="ant-radio-wrapper"><span class="ant-radio"><input type="radio" class="ant-radio-input" name="emp" value="no"></span><span>No</span></label>
      </div>`);
    expect(byId(fields, 'empY')?.concept).toBe('claim.employmentRelated');
  });

  it('reads "Rendering provider NPI" as the provider\'s NPI even on a referral page', () => {
    const fields = render(`<h1>Physician referral</h1><form>
      <label>Rendering provider NPI <input id="rn" value="1234567893"></label>
      <label>Referring provider NPI <input id="fn" value="1987654325"></label></form>`);
    expect(byId(fields, 'rn')).toMatchObject({ concept: 'provider.npi' });
    expect(byId(fields, 'fn')).toMatchObject({ concept: 'referring.npi' });
  });

  it('reads a table row header (th scope=row)', () => {
    const fields = render(`<table class="table"><tbody>
      <tr><th scope="row">Rendering NPI</th><td><input class="form-control" id="rh" value="1234567893"></td></tr>
      <tr><th scope="row">Member ID</th><td><input class="form-control" id="rh2" value="W1"></td></tr></tbody></table>`);
    expect(byId(fields, 'rh')).toMatchObject({ concept: 'provider.npi', value: '1234567893' });
    expect(byId(fields, 'rh2')).toMatchObject({ concept: 'patient.memberId', value: 'W1' });
  });
});

describe('chips and tags as values', () => {
  it('reads MUI Autocomplete chips as a diagnosis field value', () => {
    const fields = render(`
      <div class="MuiAutocomplete-root MuiAutocomplete-hasClearIcon">
        <div class="MuiFormControl-root MuiTextField-root">
          <label class="MuiFormLabel-root MuiInputLabel-root" for=":r5:" id=":r5:-label">Diagnosis codes</label>
          <div class="MuiInputBase-root MuiOutlinedInput-root MuiAutocomplete-inputRoot">
            <div class="MuiButtonBase-root MuiChip-root MuiChip-filled" role="button" tabindex="-1"><span class="MuiChip-label">M54.50</span><svg class="MuiSvgIcon-root MuiChip-deleteIcon" aria-hidden="true"><path d=""></path></svg></div>
            <div class="MuiButtonBase-root MuiChip-root MuiChip-filled" role="button" tabindex="-1"><span class="MuiChip-label">M51.26</span><svg class="MuiSvgIcon-root MuiChip-deleteIcon" aria-hidden="true"></svg></div>
            <input aria-invalid="false" autocomplete="off" id=":r5:" class="MuiInputBase-input MuiAutocomplete-input" type="text" value="">
            <div class="MuiAutocomplete-endAdornment"><button class="MuiAutocomplete-clearIndicator" aria-label="Clear" title="Clear"></button></div>
          </div>
        </div>
      </div>`);
    expect(byId(fields, ':r5:')).toMatchObject({ concept: 'claim.diagnosis', value: 'M54.50, M51.26' });
  });

  it('reads Ant Design Select tags (mode="multiple") as the value', () => {
    const fields = render(`
      <div class="ant-form-item"><div class="ant-form-item-label"><label for="dx" title="ICD-10 diagnosis codes">ICD-10 diagnosis codes</label></div>
      <div class="ant-form-item-control"><div class="ant-select ant-select-multiple"><div class="ant-select-selector"><div class="ant-select-selection-overflow">
        <div class="ant-select-selection-overflow-item"><span class="ant-select-selection-item" title="F41.1"><span class="ant-select-selection-item-content">F41.1</span><span class="ant-select-selection-item-remove" unselectable="on"><span role="img" aria-label="close" class="anticon anticon-close"><svg></svg></span></span></span></div>
        <div class="ant-select-selection-overflow-item ant-select-selection-overflow-item-suffix"><div class="ant-select-selection-search"><input type="search" id="dx" class="ant-select-selection-search-input" role="combobox" readonly value=""></div></div>
      </div></div></div></div></div>`);
    expect(byId(fields, 'dx')).toMatchObject({ concept: 'claim.diagnosis', value: 'F41.1' });
  });

  it('reads no chip from a neighbouring field', () => {
    const fields = render(`<div class="row"><span class="badge">New</span><label for="m">Member ID</label><input id="m"><input id="other"></div>`);
    expect(byId(fields, 'm')?.value).toBe('');
  });
});

describe('credentials split out of a name', () => {
  it('reads "Dana Wu, LCSW" as the provider name and, at the same element, provider.credentials "LCSW"', () => {
    const fields = render(`<div class="mb-3"><label for="prov" class="form-label">Rendering Provider</label><input class="form-control" id="prov" value="Dana Wu, LCSW" readonly></div>`);
    const name = fields.find((field) => field.concept === 'provider.name');
    const credentials = fields.find((field) => field.concept === 'provider.credentials');
    expect(name).toMatchObject({ value: 'Dana Wu, LCSW', place: { id: 'prov' } });
    expect(credentials).toMatchObject({ value: 'LCSW', key: `${name!.key}-credentials`, place: { id: 'prov', selector: name!.place.selector } });
    expect(credentials!.confidence).toBeLessThan(name!.confidence);
  });

  it('reads credentials from a provider fact in a banner ("Provider: Sam Lee PT, DPT")', () => {
    const fields = render(`<div class="patient-banner"><span>Provider: Sam Lee PT, DPT</span></div>`);
    expect(fields.find((field) => field.concept === 'provider.credentials')?.value).toBe('PT, DPT');
  });

  it('adds nothing for a surname that looks like a credential, or when the page has its own credentials field', () => {
    const surname = render(`<label for="p">Provider</label><input id="p" value="Jo Do">`);
    expect(surname.some((field) => field.concept === 'provider.credentials')).toBe(false);
    const own = render(`<label for="p">Provider</label><input id="p" value="Dana Wu, LCSW"><label for="c">Credentials</label><input id="c" value="LICSW">`);
    expect(own.filter((field) => field.concept === 'provider.credentials').map((field) => field.value)).toEqual(['LICSW']);
  });
});

describe('chips that are not values', () => {
  it('reads no value from a badge in the label or a status badge after the input', () => {
    const fields = render(`
      <div class="mb-3"><label for="mid" class="form-label">Member ID <span class="badge bg-secondary">Required</span></label><input class="form-control" id="mid"></div>
      <div class="input-group"><input class="form-control" id="auth" aria-label="Prior authorization number"><span class="input-group-text badge">Verified</span></div>`);
    expect(byId(fields, 'mid')?.value).toBe('');
    expect(byId(fields, 'auth')?.value).toBe('');
  });
});

describe('help text is no label', () => {
  it('passes over a hint between a heading and its editor to the heading', () => {
    const fields = render(`
      <h4>Prior Treatments</h4><p class="form-text text-muted" id="hint1">List everything, with dates and outcome.</p>
      <textarea class="form-control" id="pt1" aria-describedby="hint1">Chiropractic x6, no change</textarea>
      <h4>Treatment Goals</h4><div id="hint2">Goals should be measurable.</div>
      <textarea class="form-control" id="g1" aria-describedby="hint2">Walk 300 ft</textarea>`);
    expect(byId(fields, 'pt1')).toMatchObject({ concept: 'doc.alternativesTried', label: 'Prior Treatments' });
    expect(byId(fields, 'g1')).toMatchObject({ concept: 'doc.goals', label: 'Treatment Goals' });
  });
});

describe('accordion titles', () => {
  it('labels an editor in an MUI Accordion by its summary (a role=button with aria-controls)', () => {
    const fields = render(`
      <div class="MuiPaper-root MuiAccordion-root Mui-expanded">
        <div class="MuiButtonBase-root MuiAccordionSummary-root" role="button" aria-expanded="true" aria-controls="panel2-content" id="panel2-header">
          <div class="MuiAccordionSummary-content"><p class="MuiTypography-root MuiTypography-body1">Functional Limitations</p></div>
          <div class="MuiAccordionSummary-expandIconWrapper"><svg class="MuiSvgIcon-root" aria-hidden="true"></svg></div>
        </div>
        <div class="MuiCollapse-root MuiCollapse-entered"><div class="MuiCollapse-wrapper"><div class="MuiCollapse-wrapperInner">
          <div aria-labelledby="panel2-header" id="panel2-content" role="region" class="MuiAccordion-region">
            <div class="MuiAccordionDetails-root"><div class="MuiInputBase-root MuiInputBase-multiline"><textarea id="fl1" class="MuiInputBase-input">Unable to climb stairs</textarea></div></div>
          </div>
        </div></div></div>
      </div>`);
    expect(byId(fields, 'fl1')).toMatchObject({ concept: 'doc.functionalLimitation', value: 'Unable to climb stairs' });
  });

  it('takes nothing from a button whose region does not hold the field', () => {
    const fields = render(`<div><button aria-controls="elsewhere" aria-expanded="false">Treatment Goals</button></div><div><textarea id="x1"></textarea></div><div id="elsewhere"></div>`);
    expect(byId(fields, 'x1')?.concept).not.toBe('doc.goals');
  });
});

describe('tab panels', () => {
  it('labels the only editor of a tab panel by its tab (Ant Design Tabs)', () => {
    const fields = render(`
      <div class="ant-tabs"><div class="ant-tabs-nav" role="tablist">
        <div class="ant-tabs-tab"><div role="tab" id="tab-goals" aria-controls="panel-goals" class="ant-tabs-tab-btn">Long Term Goals</div></div>
        <div class="ant-tabs-tab"><div role="tab" id="tab-plan" aria-controls="panel-plan" class="ant-tabs-tab-btn">Plan</div></div></div>
        <div class="ant-tabs-content-holder"><div class="ant-tabs-content">
          <div role="tabpanel" id="panel-goals" aria-labelledby="tab-goals" class="ant-tabs-tabpane ant-tabs-tabpane-active"><textarea class="ant-input" id="ltg">Return to work full duty</textarea></div>
          <div role="tabpanel" id="panel-plan" aria-labelledby="tab-plan" class="ant-tabs-tabpane"><textarea class="ant-input" id="plan2">Ther ex 2x/week</textarea><input class="ant-input" id="freq"></div>
        </div></div></div>`);
    expect(byId(fields, 'ltg')).toMatchObject({ concept: 'doc.longTermGoals', value: 'Return to work full duty' });
    expect(byId(fields, 'plan2')?.place.evidence?.some((e) => e.signal === 'heading' && e.text === 'Plan') ?? false).toBe(false);
  });
});

describe('accordion headings as context', () => {
  it('gives fields under <h2><button>Referring provider</button></h2> that section', () => {
    const fields = render(`
      <h2 class="accordion-header"><button class="accordion-button" type="button">Referring Provider</button></h2>
      <div class="accordion-collapse"><div class="accordion-body"><label for="rnpi">NPI</label><input id="rnpi"></div></div>`);
    expect(byId(fields, 'rnpi')?.concept).toBe('referring.npi');
  });
});

describe('a plan of care\'s checklist of planned interventions', () => {
  it('reads each intervention checkbox as part of the treatment plan, and nothing else as one', () => {
    const fields = render(`
      <h2>Plan of care</h2>
      <label><input type="checkbox" id="gait" checked> Gait Training</label>
      <label><input type="checkbox" id="neuro"> Neuromuscular Re-education</label>
      <label><input type="checkbox" id="hep" checked> Home Exercise Program</label>
      <label><input type="checkbox" id="edu"> Patient/Caregiver Education</label>
      <label for="gait-min">Gait training minutes</label><input id="gait-min" value="15">
      <label><input type="checkbox" id="consent"> Patient consents to treatment</label>`);
    for (const id of ['gait', 'neuro', 'hep', 'edu']) expect(byId(fields, id)?.concept).toBe('doc.treatmentPlan');
    expect(byId(fields, 'gait-min')?.concept).not.toBe('doc.treatmentPlan');
    expect(byId(fields, 'consent')?.concept).not.toBe('doc.treatmentPlan');
  });
});
