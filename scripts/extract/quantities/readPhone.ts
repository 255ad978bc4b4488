/**
 * Phone numbers ("+44 20 7946 0958", "(555) 010-0100", "555-010-0100"): not quantities, and never
 * the second half of a range ("5-555-0100"). A phone's value is its digits.
 */
import { pattern } from './numberMention.ts';

/** International, bracketed area code, or dashed/dotted North American form. */
export const PHONE = /\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\d)|\(\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\d)|(?:1[-.\s])?\d{3}[-.]\d{3}[-.]\d{4}(?!\d)/y;

/** A phone number at `pos`, if it has at least eight digits (shorter runs are figures or dates). */
export const readPhone = pattern(PHONE, 'phone', (m) => {
  const digits = m[0].replace(/\D/g, '');
  return digits.length >= 8 ? Number(digits) : undefined;
});
