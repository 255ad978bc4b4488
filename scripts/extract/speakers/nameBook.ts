/**
 * The names every article of an event gives, in one book: a short name in one article ("Okafor")
 * may be a full name given in another ("Amara Okafor"). The book also keeps what the articles say
 * about a name (a company's suffix, a place, "Mr." or "Ms."), which tells a person from an
 * organisation and "he" from "she". collectNames.ts fills it.
 */

/**
 * Resolves short names across all the articles: "Okafor" becomes "Amara Okafor" when exactly
 * one longer name the sources give ends with it.
 */
export class NameBook {
  private readonly full = new Map<string, Set<string>>();
  /** The same names by their first word, so a family-name-first lookup reads one entry, not every name. */
  private readonly byFirstWord = new Map<string, Set<string>>();

  /** A full name (two words or more) the articles give; a single word is ignored. */
  add(name: string): void {
    const parts = name.split(/\s+/);
    if (parts.length < 2) return;
    const last = familyName(name);
    const set = this.full.get(last) ?? new Set<string>();
    set.add(name);
    this.full.set(last, set);
    const first = parts[0]!.toLowerCase();
    const sameFirst = this.byFirstWord.get(first) ?? new Set<string>();
    sameFirst.add(name);
    this.byFirstWord.set(first, sameFirst);
  }

  /**
   * "he" or "she" by name as written: "spokesman Tom Reyes" gives "tom reyes", "Ms. Lima" gives
   * "lima" (which may be anyone of that family: "son Jeff Lima" says nothing of "Vikki Lima");
   * "both" when the articles say both.
   */
  private readonly pronouns = new Map<string, 'he' | 'she' | 'both'>();

  addPronoun(name: string, pronoun: 'he' | 'she'): void {
    const key = name.toLowerCase();
    const known = this.pronouns.get(key);
    this.pronouns.set(key, known === undefined || known === pronoun ? pronoun : 'both');
  }

  /** The pronoun the articles' own words give this person ("Ms. Lima": she), if they give exactly one. */
  pronounOf(name: string): 'he' | 'she' | undefined {
    const known = this.pronouns.get(name.toLowerCase()) ?? this.pronouns.get(familyName(name));
    return known === 'both' ? undefined : known;
  }

  /** Names any of the articles gives a company's suffix: "Norbank Holdings Inc." gives "Norbank Holdings". */
  private readonly companies = new Set<string>();

  addCompany(name: string): void {
    this.companies.add(name);
  }

  isCompany(name: string): boolean {
    return this.companies.has(name);
  }

  /** The one company whose name begins with this word or words ("Norbank" of "Norbank Foods"), if exactly one does. */
  companyStartingWith(name: string): string | undefined {
    const found = [...this.companies].filter((c) => c.startsWith(`${name} `));
    return found.length === 1 ? found[0] : undefined;
  }

  /** Titles written before a full name ("Labour Minister Ana Lima"), lower-cased, with the names that hold them. */
  private readonly titles: Array<{ words: string[]; name: string }> = [];

  addTitle(title: string, name: string): void {
    this.titles.push({ words: title.toLowerCase().split(/\s+/), name });
  }

  /**
   * The one person the articles give this title ("the labour minister": "Labour Minister Ana Lima"):
   * the title's last word is `head` and it holds every one of `modifiers`; undefined when no one or
   * more than one person holds it.
   */
  titleHolder(head: string, modifiers: string[]): string | undefined {
    const holders = new Set(this.titles.filter((t) => t.words[t.words.length - 1] === head && modifiers.every((m) => t.words.includes(m))).map((t) => this.resolve(t.name)));
    return holders.size === 1 ? [...holders][0] : undefined;
  }

  /** Descriptions the articles give people by their head noun ("economist"), with the names that have them and the words before the head each time. */
  private readonly described = new Map<string, Array<{ name: string; modifiers: string[] }>>();

  addDescription(head: string, name: string, modifiers: string[] = []): void {
    const list = this.described.get(head) ?? [];
    list.push({ name, modifiers });
    this.described.set(head, list);
  }

  /**
   * The one person the articles describe with this head noun ("economist": "Ana Lima, the economist"),
   * if exactly one. A description with words of its own before the head ("an agency spokeswoman") is
   * not a person the articles describe with other such words ("daycare spokeswoman Ana Lima"): she
   * speaks for another body; a description the articles give bare ("the economist") fits any.
   */
  describedBy(head: string, modifiers: readonly string[] = []): string | undefined {
    const fits = (this.described.get(head) ?? []).filter((d) => d.modifiers.length === 0 || modifiers.every((m) => d.modifiers.includes(m)));
    const people = new Set(fits.map((d) => this.resolve(d.name)).filter((n) => this.isPerson(n)));
    return people.size === 1 ? [...people][0] : undefined;
  }

  /** Single capitalised words the articles use as places ("in Lisbon", "to Lisbon"). */
  /** Who the articles say released the report (or filed the suit), by kind; undefined once two differ. */
  private readonly authors = new Map<string, string | undefined>();

  addDocumentAuthor(kind: string, name: string): void {
    const known = this.authors.get(kind);
    this.authors.set(kind, this.authors.has(kind) && known !== name ? undefined : name);
  }

  /** The one author the articles give for this kind of document ("the report" in an article that does not say whose). */
  documentAuthor(kind: string): string | undefined {
    const name = this.authors.get(kind);
    return name === undefined ? undefined : this.resolve(name);
  }

  /** Abbreviations and the names they stand for: spelt out in the articles, and found by their initials only. */
  private readonly acronyms = new Map<string, { defined: Set<string>; spelt: Set<string> }>();

  /** "DOH" stands for "Department of Health": `defined` when an article says so ("... (DOH)"), else by its initials. */
  addAcronym(acronym: string, name: string, defined: boolean): void {
    const entry = this.acronyms.get(acronym) ?? { defined: new Set<string>(), spelt: new Set<string>() };
    (defined ? entry.defined : entry.spelt).add(name);
    this.acronyms.set(acronym, entry);
  }

  /** Abbreviations the articles write more often than the name they stand for ("UNHCR"): the usual name of that speaker. */
  private readonly usualAcronyms = new Set<string>();

  /** The articles call this speaker by the abbreviation more than by its name, so the abbreviation stays. */
  keepAcronym(acronym: string): void {
    this.usualAcronyms.add(acronym);
  }

  /** All the names each abbreviation may stand for, for counting which the articles use more. */
  acronymNames(): Array<[string, string[]]> {
    return [...this.acronyms].map(([a, e]) => [a, [...e.defined, ...e.spelt]]);
  }

  /**
   * The name an abbreviation stands for (a definition before an initials match), else undefined:
   * two names are no answer, and neither is an abbreviation the articles use more than its name.
   */
  acronym(acronym: string): string | undefined {
    const entry = this.acronyms.get(acronym);
    if (!entry || this.usualAcronyms.has(acronym)) return undefined;
    const names = entry.defined.size ? entry.defined : entry.spelt;
    const distinct = new Set([...names].map((n) => n.toLowerCase()));
    return distinct.size === 1 ? [...names][0] : undefined;
  }

  private readonly places = new Set<string>();

  /** Single capitalised words the articles use for an organisation ("a Fizzo rep", "Fizzo employees"). */
  private readonly organisationWords = new Set<string>();

  addOrganisationWord(word: string): void {
    this.organisationWords.add(word);
  }

  /** Whether the articles write a word in lower case somewhere (set by collectNames.ts; none known until then). */
  private writtenInLowerCase: (word: string) => boolean = () => false;

  setLowerCaseWords(isCommon: (word: string) => boolean): void {
    this.writtenInLowerCase = isCommon;
  }

  /** Whether the articles also write this capitalised word in lower case ("Critics" as "critics"): a common word, not a name. */
  isCommonWord(word: string): boolean {
    return this.writtenInLowerCase(word);
  }

  addPlace(word: string): void {
    this.places.add(word);
  }

  /** Whether the articles use this single word as a place ("in Lisbon"). */
  isPlace(word: string): boolean {
    return this.places.has(word);
  }

  /**
   * Whether "he" or "she" may stand for this speaker: a full personal name, or a single name the
   * articles never use as a place ("Washington denies ..." is a capital, "Supriyadi said" a person).
   */
  mayBePerson(name: string): boolean {
    return this.isPerson(name) || (!/\s/.test(name) && !this.places.has(name));
  }

  /** Neither a person the articles name ("Okafor", "Amara Okafor") nor a place they mention. */
  mayBeOrganisation(name: string): boolean {
    // A family name of someone the articles name in full ("Reyes" of "Fabio Reyes") is a
    // person even when it is ambiguous between relatives.
    const familyOfSomeone = !/\s/.test(name) && this.full.has(familyName(name));
    return !this.places.has(name) && !this.isPerson(this.resolve(name)) && !familyOfSomeone;
  }

  /** True when the articles give this as a full personal name (two or more words). */
  isPerson(name: string): boolean {
    const parts = name.split(/\s+/);
    return parts.length >= 2 && (this.full.get(familyName(name))?.has(name) ?? false);
  }

  /** The fullest name the articles give for this one ("Okafor": "Amara Okafor"), else the name unchanged. */
  resolve(name: string): string {
    const parts = name.split(/\s+/);
    const last = parts[parts.length - 1]!.toLowerCase();
    const first = parts[0]!.toLowerCase();
    let candidates = [...(this.full.get(last) ?? [])].filter((c) => c.endsWith(name) || parts.length === 1 || sameGivenName(c, name));
    if (candidates.length === 0 && parts.length === 1 && !this.organisationWords.has(name)) {
      // Family name first ("Chun" for "Chun Hae-sung"): a single word that begins exactly one full name,
      // unless the articles use the word for an organisation ("a Fizzo rep": "Fizzo says" is the
      // company, not a campaign or a product called "Fizzo Frank").
      const byFirst = [...(this.byFirstWord.get(first) ?? [])];
      if (new Set(byFirst).size === 1) candidates = byFirst;
    }
    if (candidates.length === 0) return name;
    // Prefer the longest unique expansion; ambiguity ("Ana Lima" and "Rosa Lima") keeps the short form.
    const longest = [...new Set(candidates)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    // "Sturdy Colls" ends "Caroline Sturdy Colls", "Giles Hamm" ends "Archaeologist Giles Hamm": one
    // person, named by the shorter (a longer run may hold a title read as a name).
    const whole = longest.filter((c) => !longest.some((d) => d !== c && c.endsWith(` ${d}`)));
    const people = new Set(whole.map((c) => givenName(c)));
    const distinct = [...people].filter((g) => ![...people].some((h) => h !== g && (h.startsWith(g) || g.startsWith(h))));
    return distinct.length <= 1 ? whole[0]! : name;
  }
}

/** Last word of a name, lower-cased: "Ana Lima" and "Lima" share it. */
function familyName(name: string): string {
  return name.split(/\s+/).pop()!.toLowerCase();
}

/** First word of a name, lower-cased. */
function givenName(name: string): string {
  return name.split(/\s+/)[0]!.toLowerCase();
}

/** "Ray Fang" and "Raymond Fang", "Pete Strella" and "Peter Strella": one given name is short for the other. */
function sameGivenName(a: string, b: string): boolean {
  const ga = givenName(a);
  const gb = givenName(b);
  return ga.length >= 3 && gb.length >= 3 && (ga.startsWith(gb) || gb.startsWith(ga));
}
