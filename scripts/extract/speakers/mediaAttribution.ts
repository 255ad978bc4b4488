/**
 * Media attribution: the outlet a source credits for a passage ("..., the Daily Planet reported",
 * "according to Reuters", "per the Globe"). A claim one outlet takes from
 * another is not independent corroboration, so readers should see who is credited.
 */

/** Words that make a capitalised name an outlet (general: any paper, broadcaster or agency). */
const OUTLET_WORD = /\b(?:News|Times|Journal|Post|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Observer|Independent|Standard|Mail|Express|Star|Sun|Review|Press|Wire|Agency|Radio|Television|TV|Magazine|Daily|Weekly|Planet|Reuters|Bloomberg|Axios|Politico|CNN|BBC|NPR|PBS|CBS|NBC|ABC|AP|AFP|Interfax|Xinhua|TASS|Yonhap|Kyodo)\b/;
/** A capitalised name of up to five words. */
const NAME = String.raw`[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}`;
const THE = String.raw`(?:the\s+|The\s+)?`;
const VERB = '(?:reported|reports|writes|wrote|noted|notes|confirmed|adds|added)';
/**
 * Each pattern with a cheap test its matches cannot do without: a name-first pattern tries a
 * match at every capital letter of every sentence, so a sentence without the verb skips it.
 */
const PATTERNS: Array<{ pattern: RegExp; needs: RegExp }> = [
  { pattern: new RegExp(String.raw`\b[Aa]ccording to ${THE}(${NAME})`, 'g'), needs: /ccording to/ },
  { pattern: new RegExp(String.raw`(?:\bas\s+)?${THE}(${NAME})\s+(?:first\s+)?${VERB}\b`, 'g'), needs: new RegExp(String.raw`\s${VERB}\b`) },
  { pattern: new RegExp(String.raw`\b(?:reported|first reported|confirmed) by ${THE}(${NAME})`, 'g'), needs: / by / },
  { pattern: new RegExp(String.raw`\b[Pp]er ${THE}(${NAME})`, 'g'), needs: /[Pp]er / },
];

/** Whether a name reads as a news outlet's ("Harbour Gazette", "NBC News"). */
export function isOutletName(name: string): boolean {
  return OUTLET_WORD.test(name);
}

/** The outlet a sentence credits, as written (without a leading "the"), or undefined. */
export function mediaAttribution(sentence: string): string | undefined {
  for (const { pattern, needs } of PATTERNS) {
    if (!needs.test(sentence)) continue;
    for (const match of sentence.matchAll(pattern)) {
      const name = match[1]!.trim().replace(/[.,;:]+$/, '');
      if (OUTLET_WORD.test(name)) return name;
    }
  }
  return undefined;
}
