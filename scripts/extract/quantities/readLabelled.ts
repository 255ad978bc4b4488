/**
 * Numbers that are names, not quantities: after a label word ("Boeing 737", "Flight 370", "Section
 * 230"), a product name ("a Porsche 911", "PlayStation 5"), or glued to letters ("COVID-19", "F-16",
 * "G7", "#3"). They come out as identifiers (value: the first run of digits), so no later stage counts them.
 */
import { at, mention, type Found } from './numberMention.ts';
import { readSuffix } from './readQuantity.ts';
import { QUALIFIER } from './withQualifier.ts';

/** Capitalised words that make the next number a name, not a quantity ("Boeing 737", "Flight 370", "Section 230", "the Group of 20"). */
const LABEL_BEFORE = /(?<![A-Za-z])(?:Boeing|Airbus|Flight|Route|Highway|Interstate|Apollo|Artemis|Falcon|Chapter|Article|Section|Title|Amendment|Proposition|Model|Windows|iPhone|Galaxy|Pixel|Gate|Terminal|Platform|Room|Suite|Pier|Precinct|Ward|District|Category|Level|Phase|Stage|Game|Bowl|Channel|War|Fortune|FTSE|Nasdaq|S&P|No\.|Group|Page|Zone|Exhibit|Figure|Table|Volume|Season|Episode|Round|Lot|(?:Group|Gang|Club|Council|Committee|Party) of)\s+$/;
/**
 * A model name: a capitalised word inside the sentence right before plain digits ("a Porsche 911 sped
 * off", "his Cessna 172"), as product names are written. Not after a speech verb ("told Reuters 40
 * people died"), a preposition ("in Texas 30 people died": a place) nor a day or month ("said Monday
 * 200 sailors"), where the name ends before the figure, nor a capitalised determiner ("... and Timing The 24
 * satellites": a heading run into the sentence).
 */
const NAME_BEFORE = /(?<=[\p{L}\d,;]\s+)(?<!\b(?:told|tells|telling|said|says|saying|asked|warned|added|according to|in|at|on|from|near|across|of|for|to|by|outside|inside|throughout|around|In|At|On|From|Across|Outside|Inside|Throughout|Around)\s+)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|I|The|A|An|This|That|These|Those|Its|His|Her|Their|Our|All|Some|Only|Another|Each|Every|And|But|Or|Of|With|About|Nearly|Almost|Over|Under|Around)\b)\p{Lu}\p{Ll}+\s+$/u;
/** Plain digits, as a model number is written (no thousands comma, no decimals, no scale): "911", "737". */
const MODEL_NUMBER = /\d{1,4}(?![\d,.]\d|\s*(?:%|percent|per cent|hundred|thousand|million|billion|trillion|bn)\b)(?![\d-])/uy;
/**
 * "the Reds won 235 seats and the Greens 199", "Okafor 38 percent, Lima 31": a name after a list's
 * joint, with a figure before it in the sentence and no noun of its own after it, is one side of a
 * parallel list, not a make ("and Porsche 911 parts" stays a model). Only lower-case words may stand between
 * the figure and the joint: in a list of titles ("Just Dance 2020, Kine, Mortal Kombat 11") the numbers are names.
 */
const LIST_SIDE_AFTER = /^(?:\s*[,.;:)]|\s*$|\s+(?:and|or|in|to|among|with|for|of|while|each|apiece)\b)/;
const LIST_SIDE = /^(?:\s*[\p{Ll}%]+){0,5}?(?:[,;]\s*(?:and\s+|while\s+)?|\s(?:and|while|versus|vs\.?|against)\s+)(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+)?$/u;
/** "ABC 7 Chicago", "WUSA 9", "NBC 26": a broadcaster's call letters before its channel number (not a currency code). */
const CALL_SIGN_BEFORE = /(?<![A-Za-z.])(?!(?:USD|EUR|GBP|JPY|CNY|INR|AUD|CAD|CHF|RUB|US|UK|EU|UN|AM|PM|AD|BC)\s)[A-Z]{2,5}\s+$/;
/** A product or model name written in camel case ("QuietComfort 20", "PlayStation 5", "iPhone 12"). */
const CAMEL_LABEL_BEFORE = /(?<![A-Za-z])[A-Z]?[a-z]+[A-Z][A-Za-z]*\s+$/;
const LABEL_TAIL = /\d+(?:-\d+)?[A-Za-z]*/y;
const IDENT = /#\d+|[A-Za-z]+(?:-[A-Za-z]+)*-?\d[A-Za-z\d]*(?:-[A-Za-z\d]+|\.\d+)*/y;
/** Lower-case prefixes glued to a year or number that do not make it a name ("mid-2020", "pre-2008"). */
const NOT_IDENT_PREFIX = /^(?:mid|pre|post|late|early|top|non|over|under|sub|anti|ex|record)$/i;

/** "Boeing 737", "Flight 370": a label word just before the number makes it a name. */
export function readLabelled(text: string, pos: number, prevEnd: number): Found {
  const before = text.slice(Math.max(prevEnd, pos - 24), pos);
  // ("More Than 200": a capitalised qualifier is no name; "Pearl Harbor 75 years ago": a unit after the digits makes a measure.)
  const model = !LABEL_BEFORE.test(before.slice(-14)) && !CAMEL_LABEL_BEFORE.test(before) && !QUALIFIER.test(before) && at(MODEL_NUMBER, text, pos);
  // One character of the previous mention stays in view, so that a model year before the make ("2008 Porsche 911")
  // still satisfies the name's look-behind.
  const name = model && !readSuffix(text, pos + model[0].length, false) ? NAME_BEFORE.exec(text.slice(Math.max(0, prevEnd - 1, pos - 40), pos)) : null;
  const listSide = model && name && prevEnd > 0 && LIST_SIDE.test(text.slice(prevEnd, pos - name[0].length)) && LIST_SIDE_AFTER.test(text.slice(pos + model[0].length));
  const named = listSide ? null : name;
  const callSign = model && !/[A-Za-z]/.test(text[pos + model[0].length] ?? '') && !readSuffix(text, pos + model[0].length, false) ? CALL_SIGN_BEFORE.exec(before) : null;
  const label = LABEL_BEFORE.exec(before.slice(-14)) ?? CAMEL_LABEL_BEFORE.exec(before) ?? named ?? callSign;
  const tail = label && at(LABEL_TAIL, text, pos);
  if (!label || !tail) return undefined;
  return { ...mention(pos - label[0].length, pos + tail[0].length, 'identifier', parseInt(tail[0], 10)), numberStart: pos };
}

/** Letters glued to a number: "COVID-19", "F-16", "G7", "A320", "#3"; or, for "mid-2020", where the number itself starts. */
export function readIdentifier(text: string, pos: number): Found {
  const m = at(IDENT, text, pos);
  if (!m) return undefined;
  const digitAt = m[0].search(/\d/);
  const letters = m[0].slice(0, digitAt).replace(/-$/, '');
  const hyphenated = m[0][digitAt - 1] === '-';
  if (hyphenated && ((!/[A-Z]/.test(letters) && !/^covid$/i.test(letters)) || NOT_IDENT_PREFIX.test(letters))) return pos + digitAt;
  return mention(pos, pos + m[0].length, 'identifier', parseInt(m[0].slice(digitAt), 10));
}
