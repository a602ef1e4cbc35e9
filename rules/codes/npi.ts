/**
 * NPI validation per the CMS check-digit spec: 10 digits, first digit 1 or 2, and the last digit is the Luhn
 * check digit computed over "80840" (the card-issuer prefix) followed by the first nine digits.
 */

export type NpiReading =
  | { ok: true; npi: string }
  | { ok: false; reason: 'not-digits' | 'length' | 'first-digit' | 'check-digit'; digits: string };

/** Reads an NPI as typed (spaces allowed) and says whether and why it is not a valid NPI. */
export function readNpi(text: string): NpiReading {
  const digits = text.replace(/\s+/g, '');
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'not-digits', digits };
  if (digits.length !== 10) return { ok: false, reason: 'length', digits };
  if (digits[0] !== '1' && digits[0] !== '2') return { ok: false, reason: 'first-digit', digits };
  if (npiCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return { ok: false, reason: 'check-digit', digits };
  return { ok: true, npi: digits };
}

/** The check digit for the first nine digits of an NPI. */
export function npiCheckDigit(firstNine: string): number {
  const payload = `80840${firstNine}`;
  let sum = 0;
  // Luhn: double every second digit counting leftwards from the digit next to the (missing) check digit.
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    let digit = Number(payload[i]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** An NPI as a token inside a longer value (for `readCodeInText`): 10 digits, valid or not, so a bad one is judged. */
export const NPI_SHAPE = {
  token: String.raw`\d{10}`,
  isCode: (token: string) => /^\d{10}$/.test(token),
};
