import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const sentences = sentencesFrom;

describe('extractQuantities', () => {
  it('reads what a figure counts, with a prepositional phrase', () => {
    const [m] = extractQuantities(sentences('The agency put about 4,200 city-based nurses on standby for the weekend.'));
    expect(m).toMatchObject({ value: 4200, qualifier: 'about', unit: 'nurses', head: 'nurse', counts: 'city-based nurses on standby' });
  });
  it('reads ranges and keeps offsets on the figure', () => {
    const text = 'Between 120 and 150 firefighters battled the blaze.';
    const [m] = extractQuantities(sentences(text));
    expect(m).toMatchObject({ low: 120, high: 150, value: 135, unit: 'firefighters' });
    expect(text.slice(m!.start, m!.end)).toBe('Between 120 and 150');
  });
  it('reads a run of bare figures as a list of numbers, not counts of the noun before ("the winning numbers were 8, 20, 14, 17 and 39")', () => {
    const ms = extractQuantities(sentences('Three people shared the jackpot; the winning numbers were 8, 20, 14, 17 and 39.'));
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[3, 'people']]);
    // Two bare figures after a count still borrow its noun; a list that names its noun keeps it.
    expect(extractQuantities(sentences('Police said 12 people were hurt, 3 critically.')).map((m) => [m.value, m.unit])).toEqual([[12, 'people'], [3, 'people']]);
    expect(extractQuantities(sentences('The boats carried 4, 7 and 10 passengers.')).map((m) => [m.value, m.unit])).toEqual([[4, 'passengers'], [7, 'passengers'], [10, 'passengers']]);
  });
  it('lets a bare figure borrow the count noun of the figure before it', () => {
    const ms = extractQuantities(sentences('Of the 600 workers, 450 were rehired.', 'The other 150 were not.'));
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[600, 'workers'], [450, 'workers'], [150, 'workers']]);
  });
  it('leaves a time out of what is counted ("on Wednesday", "in the past year"), but not a place or "the same country"', () => {
    const m = extractQuantities(sentences(
      'Police arrested 14 protesters on Wednesday afternoon.',
      'She has had eight surgeries in the past year.',
      'About 300 workers in Tarrow lost their jobs.',
      'Two companies from the same country won the contract.',
    ));
    expect(m.map((q) => q.counts)).toEqual(['protesters', 'surgeries', 'workers in Tarrow', 'companies from the same country']);
  });
  it('counts the noun a figure is joined to ("a 14-page report"), but not an adjective made of it ("a two-pronged attack")', () => {
    const m = extractQuantities(sentences('The agency released a 14-page report.', 'Police planned a two-pronged attack on the gang.', 'The city opened a 300-bed hospital.'));
    expect(m.map((q) => [q.value, q.unit])).toEqual([[14, 'pages'], [300, 'beds']]);
  });
  it('writes the joined noun in its English plural ("a 58-story tower" counts stories, "a 3-match ban" matches)', () => {
    const m = extractQuantities(sentences('The firm built a 58-story tower.', 'He served a 3-match ban.'));
    expect(m.map((q) => [q.value, q.unit])).toEqual([[58, 'stories'], [3, 'matches']]);
  });
  it('keeps money, drops a bare number with nothing to count, and never counts years or ordinals', () => {
    const ms = extractQuantities(sentences('The 3rd Battalion, formed in 1998, received $2.5 billion in aid; the tally rose to 40.'));
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[2_500_000_000, 'USD']]);
  });
  it('shares a list noun only with figures that have none ("1,000 full-time, 300 temporary ... employees")', () => {
    const shared = extractQuantities(sentences('The plant employs 1,000 full-time, 300 temporary and 30 part-time employees.'));
    expect(shared.map((m) => [m.value, m.unit])).toEqual([[1000, 'employees'], [300, 'employees'], [30, 'employees']]);
    const own = extractQuantities(sentences('The team includes 230 singers, 140 artists and 30 dancers.'));
    expect(own.map((m) => [m.value, m.unit])).toEqual([[230, 'singers'], [140, 'artists'], [30, 'dancers']]);
  });
  it('reads a span of ages as ages, not as the count noun of the sentence before ("28-70 people")', () => {
    const ms = extractQuantities(sentences(
      'Police arrested eight people on Thursday.',
      'He said the ages of the arrested ranged from 28 to 70.',
      'The victims ranged in age from 18 to 25.',
      'The two suspects, ages 19 and 22, were held.',
    ));
    expect(ms.map((m) => [m.low ?? m.value, m.high ?? m.value, m.unit])).toEqual([[8, 8, 'people'], [28, 70, 'years old'], [18, 25, 'years old'], [19, 19, 'years old'], [22, 22, 'years old']]);
  });
  it('reads "aged 17 and 9" as ages and a "150-strong" team as 150 members, not "strongs"', () => {
    const ms = extractQuantities(sentences('She lost both brothers, aged 17 and 9, in the crash.', 'A 150-strong team and a 14-page report followed.'));
    expect(ms.map((m) => [m.value, m.unit, m.counts])).toEqual([[17, 'years old', undefined], [9, 'years old', undefined], [150, 'members', 'members of the team'], [14, 'pages', 'pages']]);
  });
  it('reads "the number of petitions ... rose to more than 100" as 100 petitions', () => {
    const ms = extractQuantities(sentences('Rescuers pulled 12 survivors from the river.', 'The number of complaints to the harbour office shot up to more than 100 this week.', 'The number of children in the shelter rose to 40.'));
    expect(ms.map((m) => [m.value, m.unit, m.head, m.qualifier])).toEqual([[12, 'survivors', 'survivor', undefined], [100, 'complaints', 'complaint', 'more than'], [40, 'children', 'child', undefined]]);
  });
  it('reads "a crowd of 2,000" as members of the crowd, never borrowing the noun of an earlier figure', () => {
    const ms = extractQuantities(sentences('Rescuers pulled 12 survivors from the river.', 'A crowd of 2,000 gathered at the pier, and a delegation of more than 40, including 12 ministers, followed.'));
    expect(ms.map((m) => [m.value, m.unit, m.qualifier])).toEqual([[12, 'survivors', undefined], [2000, 'members', undefined], [40, 'members', 'more than'], [12, 'ministers', undefined]]);
  });
  it('does not count a singular noun after a figure above one, nor an address block', () => {
    const ms = extractQuantities(sentences('The two know the risks, and 18 show up daily at the 5000 block of Elm Road, where two aircraft and 300 sheep wait.'));
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[2, 'aircraft'], [300, 'sheep']]);
  });
  it('reads a hedged "a month" as one month and "49-percent owned" as a percentage', () => {
    const ms = extractQuantities(sentences('It was his first speech in more than a month.', 'The airline is 49-percent owned by a holding company.'));
    expect(ms.map((m) => [m.value, m.unit, m.qualifier])).toEqual([[1, 'months', 'more than'], [49, '%', undefined]]);
  });
  it('counts an elliptical "one" beside another count, with that count\'s noun', () => {
    const list = extractQuantities(sentences('Four hikers were flown to the clinic and one to a field hospital.'));
    expect(list.map((m) => [m.value, m.unit])).toEqual([[4, 'hikers'], [1, 'hikers']]);
    const comma = extractQuantities(sentences('Three of the 12 sailors needed stitches, one broke a wrist.'));
    expect(comma.map((m) => [m.value, m.unit])).toEqual([[3, 'sailors'], [12, 'sailors'], [1, 'sailors']]);
    const next = extractQuantities(sentences('Two men were arrested on Monday.', 'One was released without charge.'));
    expect(next.map((m) => [m.value, m.unit])).toEqual([[2, 'men'], [1, 'men']]);
  });
  it('counts "one" before a noun when the sentence contrasts it with another count, and lends the noun in the plural', () => {
    const ms = extractQuantities(sentences('One small boat capsized overnight; three more drifted ashore by noon.'));
    expect(ms.map((m) => [m.value, m.unit, m.head])).toEqual([[1, 'boat', 'boat'], [3, 'boats', 'boat']]);
  });
  it('leaves "one" alone as a pronoun, a label, an idiom or an attribution', () => {
    const ms = extractQuantities(sentences(
      'No one was hurt when two cars collided.',
      'Doctors treated 12 patients with priority one burn injuries.',
      'Five flights were cancelled, one airline official said.',
      'At one point 40 pupils waited in the hall.',
      'One thing is clear: 30 homes were lost.',
    ));
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[2, 'cars'], [12, 'patients'], [5, 'flights'], [40, 'pupils'], [30, 'homes']]);
  });
  it('reads "one of three" as three of the kind of thing the sentence is about, and nothing when that is a pronoun', () => {
    const ms = extractQuantities(sentences('The blaze at the mill was one of three to break out in the district that week.', 'She was one of four to finish the race.'));
    expect(ms.map((m) => [m.value, m.unit, m.head])).toEqual([[3, 'blazes', 'blaze']]);
  });
  it('does not count "the two" of a pair the story already named', () => {
    const ms = extractQuantities(sentences('Two countries signed the pact, and the two countries will meet again.', 'Talks between the two sides resumed.'));
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[2, 'countries']]);
  });
  it('names the group of "members" ("four crew members") and reads an adjective inside a compound count noun', () => {
    const ms = extractQuantities(sentences('The storm injured four crew members and two family members.', 'Two highway fatal crashes were reported.'));
    expect(ms.map((m) => [m.value, m.unit, m.head])).toEqual([[4, 'crew members', 'member'], [2, 'family members', 'member'], [2, 'crashes', 'crash']]);
  });
  it('does not count a round "a million" in a speaker\'s own words, unless it is hedged or not quoted', () => {
    const ms = extractQuantities(sentences(
      '"You could hear a million stories like that," she said.',
      '"Not in a thousand years.',
      'We counted more than a million visitors," she added.',
      'Organisers said a million people had signed.',
    ));
    expect(ms.map((m) => [m.value, m.unit, m.qualifier])).toEqual([[1_000_000, 'visitors', 'more than'], [1_000_000, 'people', undefined]]);
  });
  it('counts a hedged "at least one" and a list of counts ("28 goats, one cow and one horse"), but not "all but one", "one such" or a predicate', () => {
    const ms = extractQuantities(sentences(
      'At least one guard was hurt in the raid.',
      'The dogs killed 28 goats, one cow and one old horse.',
      'All but one passenger left the ship, and 14 sailors stayed aboard.',
      'One such raid left 12 shops empty.',
      'The closure is one result of the 40 complaints.',
    ));
    expect(ms.map((m) => [m.value, m.unit, m.qualifier])).toEqual([
      [1, 'guard', 'at least'], [28, 'goats', undefined], [1, 'cow', undefined], [1, 'horse', undefined], [14, 'sailors', undefined], [12, 'shops', undefined], [40, 'complaints', undefined],
    ]);
  });
  it('counts a sentence-initial "One" only as an outcome of the count before, not when it identifies one of them', () => {
    const ms = extractQuantities(sentences('Two climbers were hurt in the fall.', 'One was the brother of a guide.', 'Three hikers went missing.', 'One survived the night.', 'Four boats sank.', 'One showed a flare.'));
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[2, 'climbers'], [3, 'hikers'], [1, 'hikers'], [4, 'boats']]);
  });
  it('reads "a town of 8,000" as its residents, and "one of 300" after a name as the noun before', () => {
    const ms = extractQuantities(sentences('The storm hit a town of 8,000 on the coast.', 'Bruno was one of 40 wolves in the park, one of 300 in the region.'));
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[8000, 'residents'], [40, 'wolves'], [300, 'wolves']]);
  });
  it('reads a bare figure as people when its verb is a casualty\'s, and as deaths after "the death toll"', () => {
    const ms = extractQuantities(sentences('At least 15 died when the roof fell.', 'The blast raised the death toll from the week of storms to 31.'));
    expect(ms.map((m) => [m.value, m.unit, m.qualifier])).toEqual([[15, 'people', 'at least'], [31, 'deaths', undefined]]);
    const dead = extractQuantities(sentences('The clashes left 10 dead.', 'Clerks filed 40 missing persons reports.'));
    // "40 missing persons reports" counts reports, never missing people.
    expect(dead.map((m) => [m.value, m.unit])).toEqual([[10, 'people'], [40, 'reports']]);
  });
  it('does not count "more than one" (several) as a figure', () => {
    expect(extractQuantities(sentences('More than one witness saw 12 cars on the bridge.')).map((m) => [m.value, m.unit])).toEqual([[12, 'cars']]);
  });
});

describe('extractQuantities: figures whose noun is elsewhere', () => {
  const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.value, m.unit]);
  it('reads through a participle or a name between the figure and its noun', () => {
    expect(read('Some 5,000 displaced residents fled.', '12 injured workers were taken away.', 'The airline bought 40 Boeing 737 jets.')).toEqual([[5000, 'residents'], [12, 'workers'], [40, 'jets']]);
  });
  it('counts peoples and groups named by a plural proper noun, but not a capitalised title', () => {
    expect(read('About 33 million uninsured Americans would gain coverage.', 'Nearly 2,000 Iraqis fled.')).toEqual([[33000000, 'americans'], [2000, 'iraqis']]);
    expect(read('Reps for 495 Productions did not respond.', 'He told 11 News the story.')).toEqual([]);
  });
  it('reads a bare level of a magnitude named before as a magnitude, not a count', () => {
    expect(read('A magnitude 7.1 earthquake struck; 300 people were hurt.', 'An aftershock measured 5.8.')).toEqual([[7.1, 'magnitude'], [300, 'people'], [5.8, 'magnitude']]);
  });
  it('reads a bare level compared with a percentage in the same sentence as a percentage, not "younger than 50"', () => {
    expect(read('Turnout fell to 41 percent, down from 48.')).toEqual([[41, '%'], [48, '%']]);
    expect(read('About 15 percent were younger than 50.')).toEqual([[15, '%']]);
  });
  it('reads the noun of "the number of" past its modifiers, and not a verb', () => {
    expect(read('The number of obese people rose to 2.1 billion.')).toEqual([[2100000000, 'people']]);
    // "wounded" stands for people here; "has" is never the counted noun.
    expect(read('The number of wounded has risen to 6,785.')).toEqual([[6785, 'people']]);
    expect(read('The number of claims has risen to 6,785.')).toEqual([[6785, 'claims']]);
  });
  it('reads "the toll stands at N" as deaths, "N remain missing" and "N others were hurt" as people', () => {
    expect(read('The toll stands at 120, the ministry said.', 'Officials put the toll at 45.')).toEqual([[120, 'deaths'], [45, 'deaths']]);
    expect(read('The storm took a heavy toll on 300 farms.')).toEqual([[300, 'farms']]);
    expect(read('At least 300 remain missing.', 'Two were killed and 14 others were hurt.')).toEqual([[300, 'people'], [2, 'people'], [14, 'people']]);
    expect(read('Police said he and nine others were arrested.')).toEqual([]);
  });
  it('reads both sides of a vote tally as votes, and a score as nothing', () => {
    expect(read('The Senate voted 52-48 to pass it.', 'It came on a 7-2 vote.')).toEqual([[52, 'votes'], [48, 'votes'], [7, 'votes'], [2, 'votes']]);
    expect(read('They won 3-1 on Sunday.')).toEqual([]);
  });
  it('reads a bulleted line that opens with an underscore glued to a number word', () => {
    expect(read('_Two officers were shot.')).toEqual([[2, 'officers']]);
  });
  it('reads "at age 19" as an age, not a count borrowed from before', () => {
    expect(read('She won two Tony Awards.', 'Her break came at age 19, when she was cast.')).toEqual([[19, 'years old']]);
  });
});

describe('extractQuantities: numbers that are names, not counts', () => {
  const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.value, m.unit]);
  it('does not count a model number, nor the same digits when the model is named again', () => {
    expect(read('Police said two men in a black Porsche 911 fled.', 'The 911 was found later.')).toEqual([[2, 'men']]);
  });
  it('keeps a figure after a place, a day or a speech verb\'s object', () => {
    expect(read('In Texas 30 people died.', 'The Pentagon said Monday 200 troops left.', 'He told Reuters 40 people died.')).toEqual([[30, 'people'], [200, 'troops'], [40, 'people']]);
  });
  it('keeps a measure after a name ("Pearl Harbor 75 years ago")', () => {
    expect(read('They marked the attack at Pearl Harbor 75 years ago.')).toEqual([[75, 'years']]);
  });
});

describe('figures whose noun has modifiers between, and casualties after another count', () => {
  it('reads past an adverb that modifies an adjective: "33 million mostly uninsured residents"', () => {
    const [m] = extractQuantities(sentences('About 33 million mostly uninsured residents would lose their cover.'));
    expect({ value: m?.value, unit: m?.unit }).toEqual({ value: 33_000_000, unit: 'residents' });
  });
  it('counts "14 dead and 27 injured" as people, not as the noun of the sentence before', () => {
    const ms = extractQuantities(sentences('The ferry carried 40 passengers.', 'Officials counted 14 dead and 27 injured.'));
    expect(ms.map((m) => [m.value, m.unit])).toEqual([[40, 'passengers'], [14, 'people'], [27, 'people']]);
  });
});

describe('a unit word that is part of a title', () => {
  it('reads no figure in a programme named "60 Minutes", but reads "20 minutes"', () => {
    expect(extractQuantities(sentences('The mayor told "60 Minutes" that the pier was safe.'))).toEqual([]);
    expect(extractQuantities(sentences('The ferry crossing took 20 minutes.')).map((m) => [m.value, m.unit])).toEqual([[20, 'min']]);
  });
});

describe('a bare figure as the object of a verb of harm or arrest', () => {
  it('counts people in "the blast killed at least 20." and "killing 12 and wounding 30", not in "killed 3 soldiers"', () => {
    expect(extractQuantities(sentences('The blast killed at least 20.')).map((m) => [m.value, m.unit])).toEqual([[20, 'people']]);
    expect(extractQuantities(sentences('Gunmen opened fire, killing 12 and wounding 30.')).map((m) => [m.value, m.unit])).toEqual([[12, 'people'], [30, 'people']]);
    expect(extractQuantities(sentences('The attack killed 3 soldiers.')).map((m) => [m.value, m.unit])).toEqual([[3, 'soldiers']]);
  });
});

describe('extractQuantities: halves, possessives, ordinals and coordinated modifiers', () => {
  const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.value, m.unit]);
  it('reads "and a half" after a whole figure, "a year and a half" and "a half-million"', () => {
    expect(read('She went into labour five and a half weeks early.', 'Fans queued two-and-a-half hours.', 'The talks lasted a year and a half.', 'He lost a half-million dollars.'))
      .toEqual([[5.5, 'weeks'], [2.5, 'h'], [1.5, 'years'], [500000, 'USD']]);
  });
  it('counts the noun after a possessive or an ordinal in "N of the ..." ("1,500 of the town\'s residents", "10 of the first 15 states")', () => {
    expect(read('Roughly 1,500 of the town\'s residents fled.', 'He has won 10 of the first 15 states.')).toEqual([[1500, 'residents'], [10, 'states'], [15, 'states']]);
  });
  it('reads through an irregular participle and through modifiers joined by "and" to a plural head', () => {
    expect(read('He suffered three broken bones.', 'Police found two stolen cars.', 'The letter was signed by 65 Republican defense and foreign policy experts.'))
      .toEqual([[3, 'bones'], [2, 'cars'], [65, 'experts']]);
    // "two cars and three trucks" keeps its two heads; a singular head after "and" counts nothing.
    expect(read('Two cars and three trucks collided.', 'The two state and county official met.')).toEqual([[2, 'cars'], [3, 'trucks']]);
  });
  it('counts plurals that are their own singular ("three headquarters")', () => {
    expect(read('The firm has three headquarters.')).toEqual([[3, 'headquarters']]);
  });
});

describe('extractQuantities: ages and names that are not counts', () => {
  const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.value, m.unit]);
  it('does not count a bracketed age after a name ("Jane Roe (26) from Leeds")', () => {
    expect(read('Six climbers were held.', 'They were named as Jane Roe (26) from Leeds and Ann Poe (31) from York.')).toEqual([[6, 'climbers']]);
  });
  it('reads "between the ages of six and 12" (one span, as the gold writes ranges) and "as young as 10" as ages, not as the count before', () => {
    expect(read('Police know of nine assaults on girls between the ages of six and 12.', 'He struck at least 18 times, attacking girls as young as 10.'))
      .toEqual([[9, 'assaults'], [9, 'years old'], [18, 'times'], [10, 'years old']]);
  });
  it('does not lend an earlier count noun to a figure before a capitalised plural ("20 Peabody Awards")', () => {
    expect(read('There are two things it cannot stop doing.', 'The show, which has won 20 Peabody Awards, aired on Sunday.')).toEqual([[2, 'things']]);
  });
});

describe('extractQuantities: an age after "age"', () => {
  it('reads "younger than age 50" as an age and keeps the units of "the ages of 6 weeks and 6 years"', () => {
    const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.value, m.unit]);
    // ("One in seven" is a share, ratioShare.ts: not seven cancers.)
    expect(read('One in seven colon and rectal cancers is found in patients younger than age 50.')).toEqual([[14.3, '%'], [50, 'years old']]);
    expect(read('It cares for children between the ages of 6 weeks and 6 years.')).toEqual([[6, 'weeks'], [6, 'years']]);
  });
});

describe('extractQuantities: what wink mis-tags between a figure and its noun', () => {
  const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.value, m.unit]);
  it('skips "or so" and a bracketed share ("Six (7%) patients"), and reads a hyphened people\'s name ("Japanese-Americans")', () => {
    expect(read('A handful of his 800 or so cases were false.', 'Six (7%) patients had seizures.', 'The law honours over 6,000 Japanese-Americans.'))
      .toEqual([[800, 'cases'], [6, 'patients'], [7, '%'], [6000, 'japanese-americans']]);
  });
  it('reads a plural noun wink tags as a verb in -s right after a figure ("close to 50,000 likes"), but not a verb with its object ("270 goes through")', () => {
    expect(read('The page has close to 50,000 likes.')).toEqual([[50000, 'likes']]);
    expect(read('The path to 270 goes through Ohio.')).toEqual([]);
  });
});

describe('extractQuantities: magnitudes a quake is said to measure, and lists of ages', () => {
  const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.value, m.unit]);
  it('reads a decimal a quake measured or registered, one before "quake", and "a magnitude of 6.0," as magnitudes', () => {
    expect(read('The quake, which measured 7.8, killed more than 800 people.')).toEqual([[7.8, 'magnitude'], [800, 'people']]);
    expect(read('A tremor registering 4.9 shook the town.', 'The 6.2 quake struck at dawn.', 'It had a preliminary magnitude of 6.0, the agency said.'))
      .toEqual([[4.9, 'magnitude'], [6.2, 'magnitude'], [6, 'magnitude']]);
    // A whole number before "quakes" counts them.
    expect(read('Seismologists recorded 7 quakes overnight.')).toEqual([[7, 'quakes']]);
  });
  it('goes on reading ages along a list opened by "ages" or "aged" ("ages 4, 7 and 10")', () => {
    expect(read('The couple has three children, ages 4, 7 and 10.')).toEqual([[3, 'children'], [4, 'years old'], [7, 'years old'], [10, 'years old']]);
  });
});

describe('extractQuantities: "one" harmed', () => {
  it('counts "one" before a noun whose verb is a harm or an arrest, and not before other verbs', () => {
    const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.value, m.unit]);
    expect(read('One guard was injured in the raid.', 'Police said one suspect was arrested.', 'One sailor died at sea.')).toEqual([[1, 'guard'], [1, 'suspect'], [1, 'sailor']]);
    expect(read('One guard said the raid failed.', 'The storm destroyed one barn.')).toEqual([]);
  });
});

describe('extractQuantities: a margin repeated after "by"', () => {
  it('reads a bare figure after a second "by" as the share or margin given after the first ("by two percentage points, and Roe by 11")', () => {
    const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.value, m.unit]);
    expect(read('A poll finds Poe trailing Lind by two percentage points, and Roe by 11.')).toEqual([[2, 'pp'], [11, 'pp']]);
    expect(read('Sales rose by 5 percent in May and by 7 in June.')).toEqual([[5, '%'], [7, '%']]);
    // A figure after another "by" that is no margin keeps its own noun.
    expect(read('The party won by 3 percent in 2012, and was backed by 40 unions.')).toEqual([[3, '%'], [40, 'unions']]);
  });
});
