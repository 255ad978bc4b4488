/**
 * Regex sources the lexicon's patterns are assembled from: month and weekday names, and the shapes
 * of a person's name and of a photo credit's parts.
 */

export const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
export const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?`;
/** One capitalised name token (allows initials, hyphens, apostrophes, all-caps). */
export const CAP = String.raw`\p{Lu}[\p{L}.'’-]*`;
const PARTICLE = String.raw`(?:de|van|von|der|den|del|della|da|di|du|la|le|bin|al|el|dos|das)`;
/** A person-like name of 2..5 tokens; not starting with a determiner, so "The Ministry" is no name. */
export const NAME2 = String.raw`(?!(?:The|A|An|This|That|These|Those|It|Its|Our|Their|His|Her|In|On|At|For|But|And)\b)${CAP}(?:\s+(?:${CAP}|${PARTICLE})){1,4}`;
/** A name of 1..5 tokens, used where the line shape itself is already telling (sign-offs). */
export const NAME1 = String.raw`${CAP}(?:\s+(?:${CAP}|${PARTICLE})){0,4}`;
/** A credit component such as "Jonathan Ernst" or "Los Angeles Times" or "AFP". */
export const CREDIT_NAME = String.raw`\p{Lu}[\p{L}\d.'’&-]*(?:\s+(?:\p{Lu}[\p{L}\d.'’&-]*|of|for|the|de|and))*`;
