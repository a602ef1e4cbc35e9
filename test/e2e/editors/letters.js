// Synthetic letters for the editor e2e test: every name, ID, NPI and license here is invented. Each letter is an
// array of [tag, text] blocks so each editor page builds it in its own way. Planted gaps are listed in
// editors.e2e.test.ts beside the page that holds the letter.
window.CLAIMLINT_LETTERS = {
  // A massage LMN to Aetna: it never says what was tried before, and asks for massage (97124) with no other
  // therapeutic procedure (Aetna's massage policy), and its goals have no target or timeframe.
  quill: [
    ['p', 'November 20, 2026'],
    ['p', 'Aetna Utilization Review'],
    ['p', 'PO Box 14079, Lexington, KY 40512'],
    ['p', 'RE: Jordan Example-Reyes, DOB 04/12/1979, Member ID W123456789'],
    ['p', 'Dear Utilization Review team,'],
    ['p', 'I am writing to request coverage of medical massage therapy (CPT 97124) for my patient, Jordan Example-Reyes, who is under my care for myofascial pain of the neck and shoulders (M79.18) and cervicalgia (M54.2).'],
    ['p', 'Since a car accident in June 2025, Mr. Example-Reyes has had daily neck pain rated 6/10 that wakes him at night. He can no longer turn his head far enough to check traffic while driving, and he has cut his computer work from 8 to 5 hours a day.'],
    ['p', 'I recommend medical massage (CPT 97124), one 60-minute session per week for 8 weeks, to the cervical and upper thoracic muscles.'],
    ['p', 'This treatment is medically necessary because palpable trigger points in the upper trapezius and levator scapulae reproduce his pain, and manual release of these trigger points is needed before he can tolerate strengthening.'],
    ['p', 'Goals: reduce pain and improve function.'],
    ['p', 'Sincerely,'],
    ['p', 'Dana Example-Whitfield, MD'],
    ['p', 'NPI 1234567893, Washington license MD60512345'],
    ['p', 'Electronically signed 11/20/2026'],
  ],
  // A physical therapy LMN whose date is more than a year old, which also never says what was tried before.
  tinymce: [
    ['p', 'March 4, 2024'],
    ['p', 'Aetna Precertification Unit'],
    ['p', 'RE: Priya Example-Lund, date of birth 09/02/1968, member ID W987654321'],
    ['p', 'To whom it may concern,'],
    ['p', 'Ms. Example-Lund is a 56-year-old woman with primary osteoarthritis of the right knee (M17.11) whom I am treating with physical therapy, therapeutic exercise (CPT 97110) and manual therapy (CPT 97140).'],
    ['p', 'Her knee pain limits her walking to one block, and she needs a railing and rests on the stairs of her apartment; she has stopped her weekly shopping trips.'],
    ['p', 'I am requesting 2 visits per week for 6 weeks (12 visits).'],
    ['p', 'Skilled physical therapy is medically necessary to restore knee range of motion and quadriceps strength so she can walk safely in the community.'],
    ['p', 'Goals: walk 1,000 feet without rest within 6 weeks; climb one flight of stairs with one rail within 6 weeks.'],
    ['p', 'Sincerely,'],
    ['p', 'Morgan Example-Iverson, PT, DPT'],
    ['p', 'NPI 1245319599, license PT00098765'],
    ['p', 'Signed 03/04/2024'],
  ],
  // A chiropractic LMN written under headings, dated more than a year ago, that never says what was tried before.
  lexical: [
    ['h2', 'Letter of medical necessity'],
    ['p', 'November 30, 2024'],
    ['p', 'Aetna Clinical Review'],
    ['p', 'RE: Casey Example-Novak, DOB 12/19/1990, member ID W555012345'],
    ['p', 'Dear reviewer,'],
    ['h3', 'History and diagnosis'],
    ['p', 'Casey Example-Novak has low back pain with sciatica on the left (M54.42) since lifting at work in August 2024. She cannot sit for more than 20 minutes and has been moved to light duty.'],
    ['h3', 'Treatment requested'],
    ['p', 'Chiropractic manipulative treatment of 3-4 regions (CPT 98941), 2 visits per week for 4 weeks.'],
    ['h3', 'Medical necessity'],
    ['p', 'Manipulation is medically necessary to restore lumbar motion and reduce nerve root irritation so she can return to full duty.'],
    ['h3', 'Goals'],
    ['p', 'Improve sitting tolerance.'],
    ['p', 'Sincerely,'],
    ['p', 'Riley Example-Okafor, DC'],
    ['p', 'NPI 1093817462, license CH60234567'],
    ['p', 'Electronically signed 11/30/2024'],
  ],
};
