/**
 * Whether a name the name book holds as a person's (any two capitalised words) is a body's: an
 * outlet ("Daily Ledger"), a company the articles give a suffix ("Norbank Holdings Inc."), or an
 * organisation by its head word ("Harbour Authority"). "He" and "she" never stand for one.
 */
import type { NameBook } from './nameBook.ts';
import { ORGANISATION_HEADS } from './speakerPhrase.ts';

/**
 * The kinds of outlet a name may hold ("Harbour Times", "Daily Ledger"). Not the brands and the
 * words that are also family names, which isOutletName takes ("Bloomberg", "Sun", "Star", "Press"):
 * "Michael Bloomberg" is a person.
 */
const OUTLET_NOUN = /\b(?:News|Times|Journal|Post|Herald|Tribune|Telegraph|Gazette|Chronicle|Daily|Weekly|Magazine|Radio|Television|TV)\b/;

/** "Senate Republicans", "House Democrats": a chamber's or a party's members, many people, no one "he". */
const MEMBERS = /^(?:Senate|House|Congressional|Parliament|Parliamentary|Assembly|Cabinet|Party)\s|\s(?:Republicans|Democrats|Conservatives|Liberals|Tories|Socialists|Lawmakers|Senators)$/;

/** True when the name reads as an outlet's, a company's or an organisation's, not a person's. */
export function isBodyName(name: string, names: NameBook): boolean {
  if (names.pronounOf(name) !== undefined) return false;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return OUTLET_NOUN.test(name) || MEMBERS.test(name) || ORGANISATION_HEADS.test(last) || names.isCompany(name) || names.companyStartingWith(name) !== undefined;
}
