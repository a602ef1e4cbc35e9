/**
 * A synthetic letter of medical necessity for unit tests (invented patient, member ID and a made-up but
 * check-digit-valid NPI), and the same letter with planted gaps.
 */

export const SAMPLE_LMN = `Harbor Physical Therapy
123 Main Street, Suite 200
Portland, OR 97110

March 3, 2026

Aetna Utilization Review
PO Box 5450
Lexington, KY 40512

RE: Jane Doe, DOB 03/30/1986, Member ID XYZ123456

To Whom It May Concern:

I am writing on behalf of my patient, Jane Doe, who has been under my care for chronic low back pain with left lumbar radiculopathy (M54.16) and low back pain (M54.50). She injured her back lifting boxes at work on 01/05/2025. Imaging shows disc bulging at L4-L5 without stenosis.

Ms. Doe is unable to sit for more than 20 minutes, cannot lift her 2-year-old child, and wakes 3 times a night from pain. She has missed 6 workdays in the last two months.

She completed 8 weeks of physical therapy in 2025 with only temporary relief, and took naproxen for 3 months without lasting improvement. A home exercise program for 6 weeks did not help.

I am requesting authorization for massage therapy (CPT 97124, 2 units per visit) twice weekly for 8 weeks, 16 visits in total.

Goals: reduce pain from 7/10 to 3/10 within 8 weeks; increase sitting tolerance to 60 minutes by week 6.

Massage therapy is medically necessary to reduce muscle guarding and restore function so she can return to full duty. Her prognosis is good.

Sincerely,

Dana Wu, MD
NPI: 1234567893
License: OR MD12345
`;

const ALTERNATIVES = /^She completed 8 weeks[^\n]*\n\n/m;

/** The sample letter dated March 3, 2024 and without its paragraph on treatments tried before. */
export const SAMPLE_LMN_WITH_GAPS = SAMPLE_LMN.replace('March 3, 2026', 'March 3, 2024').replace(ALTERNATIVES, '');
