import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { findNumbers } from '../scripts/extract/quantities/numbers.ts';
import { sentencesOf } from './support/sentences.ts';

const figures = (text: string) => extractQuantities(sentencesOf(text)).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);

describe('extractQuantities: frames read in more kinds of story', () => {
  it('reads "the 8800 block of" as an address, which no count noun before it counts', () => {
    expect(findNumbers('He was seen in the 5500 block of Elm Road.').map((n) => n.kind)).toEqual(['address']);
    expect(figures('Police said two men ran off. They were seen in the 5500 block of Elm Road.')).toEqual([['two', 2, 'men']]);
  });
  it('reads the noun after a degree word and its modifier ("the two most populous cities")', () => {
    expect(figures("The storm hit the region's two most populous cities.")).toEqual([['two', 2, 'cities']]);
    expect(figures('The board weighed three less costly options.')).toEqual([['three', 3, 'options']]);
  });
  it('counts people after "the number of wounded" and a headline\'s "Number of ... rises to"', () => {
    expect(figures('The number of wounded has risen to 6,785, of them 2,307 children.')).toEqual([['6,785', 6785, 'people'], ['2,307', 2307, 'children']]);
    expect(figures('Number of wounded in the blast rises to eight.')).toEqual([['eight', 8, 'people']]);
    expect(figures('Three nurses fell ill, bringing the number of dead to 56.')).toEqual([['Three', 3, 'nurses'], ['56', 56, 'people']]);
  });
  it('lends no later bare figure the "times" of a frequency ("shot four times ... the four")', () => {
    expect(figures('He was shot four times. Police detained the four on Friday.')).toEqual([['four', 4, 'times']]);
  });
});

describe('extractQuantities: charges, ages and wholes in court and crime reports', () => {
  it('reads a plural head wink took for a verb after a modifying noun ("five misdemeanor counts", "three felony counts")', () => {
    expect(figures('She was charged with five misdemeanor counts of neglect.')).toEqual([['five', 5, 'counts']]);
    expect(figures('He faces three felony counts.')).toEqual([['three', 3, 'counts']]);
  });
  it('reads the noun past an age before it ("two 16-year-old boys")', () => {
    expect(figures('Police arrested two 16-year-old boys.')).toEqual([['two', 2, 'boys'], ['16-year-old', 16, 'years old']]);
  });
  it('reads the part of a whole written "12 of 13 counts", with no article', () => {
    expect(figures('The jury convicted him on 12 of 13 counts.')).toEqual([['12', 12, 'counts'], ['13', 13, 'counts']]);
  });
  it('reads "N of whom" as a count of the plural noun before its comma', () => {
    expect(figures('The sailors, up to 15 of whom were seen on deck, refused.')).toEqual([['up to 15', 15, 'sailors']]);
    expect(figures('The town, 40 of whom left, is small.')).toEqual([]);
  });
});

describe('extractQuantities: modifiers and bounds between a figure and its noun', () => {
  it('reads "four counts of fraud" where wink took "counts" for a verb', () => {
    expect(figures('He pleaded not guilty to four counts of human trafficking.')).toEqual([['four', 4, 'counts']]);
  });
  it('reads past a bound after the figure ("five or fewer plants", "two or more officers")', () => {
    expect(figures('Growing five or fewer plants is allowed.')).toEqual([['five', 5, 'plants']]);
    expect(figures('Two or more officers must be present.')).toEqual([['Two', 2, 'officers']]);
  });
  it('reads past a hyphened size before the noun ("two 2,000-pound bombs")', () => {
    expect(figures('Jets dropped two 2,000-pound bombs.')).toEqual([['two', 2, 'bombs'], ['2,000-pound', 2000, 'lb']]);
  });
  it('reads past a word in -ing that modifies the noun ("20 polling stations", "the 35 missing people")', () => {
    expect(figures('Officials counted 20 polling stations.')).toEqual([['20', 20, 'stations']]);
    expect(figures('The 40 remaining seats went unsold.')).toEqual([['40', 40, 'seats']]);
    expect(figures('She read about the 35 missing people.')).toEqual([['35', 35, 'people']]);
  });
});

describe('countedPhrase: a word wink took for an adverb before the noun', () => {
  it('reads "two prior convictions" and "seven prior Senate inquiries"', () => {
    expect(figures('He had two prior convictions.')).toEqual([['two', 2, 'convictions']]);
    expect(figures('There were seven prior Senate inquiries.')).toEqual([['seven', 7, 'inquiries']]);
  });
  it('still reads no noun past an adverb before a verb', () => {
    expect(figures('Ten nurses quit and two also left.').map((f) => f[2])).toEqual(['nurses', 'nurses']);
  });
});

describe('extractQuantities: what the survey of other pages taught', () => {
  it('reads a score joined by a hyphen as no count of the noun before ("led 14-7 at halftime")', () => {
    expect(figures('The hosts scored 24 points and led 14-7 at halftime.')).toEqual([['24', 24, 'points']]);
    expect(figures('She was 20-of-24 passing after 30 carries.')).toEqual([['30', 30, 'carries']]);
    // A tally of votes stays one.
    expect(figures('The council voted 7-2 to approve it.')).toEqual([['7', 7, 'votes'], ['2', 2, 'votes']]);
  });
  it('does not read a verb after the noun phrase as its head ("The 180 page coffee-table book comes with")', () => {
    expect(figures('The 180 page coffee-table publication comes with a print.')).toEqual([]);
    expect(figures('The path to 270 goes through Ohio.')).toEqual([]);
  });
  it('keeps numbers in a list of titles as names ("Just Dance 2020, Kine, Mortal Kombat 11")', () => {
    expect(figures('The 40 titles include Just Dance 2020, Kine, Metro Exodus, Mortal Kombat 11, and Rage.')).toEqual([['40', 40, 'titles']]);
  });
});

describe('findNumbers: power of an engine', () => {
  it('reads "149 horsepower", "a 275-horsepower motor" and "101 hp" as measures in hp', () => {
    expect(figures('The engine makes 149 horsepower.')).toEqual([['149 horsepower', 149, 'hp']]);
    expect(figures('A 275-horsepower motor and a 101 hp drive.')).toEqual([['275-horsepower', 275, 'hp'], ['101 hp', 101, 'hp']]);
  });
});

describe('extractQuantities: rates read as shares', () => {
  it('reads "one in five Americans" as 20%, with its hedge, not as five Americans', () => {
    expect(figures('About one in five nurses quit.')).toEqual([['About one in five', 20, '%']]);
    expect(extractQuantities(sentencesOf('About one in five nurses quit.'))[0]).toMatchObject({ qualifier: 'about', counts: 'nurses' });
    expect(figures('It affects one in 100,000 babies.')).toEqual([['one in 100,000', 0.001, '%']]);
    expect(figures('Eight out of ten firms agree, and one in every seven patients is young.')).toEqual([['Eight out of ten', 80, '%'], ['one in every seven', 14.3, '%']]);
  });
  it('keeps counts where the whole is no rate\'s ("52 out of 208 species", the part counting species too), and "one in a million" out', () => {
    expect(figures('They found 52 out of 208 species.')).toEqual([['52', 52, 'species'], ['208', 208, 'species']]);
    expect(figures('It goes from one in a million to certain.')).toEqual([]);
  });
});

describe('findNumbers: heights in feet and inches', () => {
  it('reads "6’2”", "5\'8\\"", "5-foot-8" and "5 feet 10 inches" as one measure in inches', () => {
    expect(figures('The suspect is approximately 6’2”, in a black shirt.')).toEqual([['approximately 6’2”', 74, 'in']]);
    expect(figures('She is 5\'8" tall.')).toEqual([['5\'8"', 68, 'in']]);
    expect(figures('He is 5-foot-8 and 130 pounds.')).toEqual([['5-foot-8', 68, 'in'], ['130 pounds', 130, 'lb']]);
    expect(figures('He stood 5 feet 10 inches.')).toEqual([['5 feet 10 inches', 70, 'in']]);
    expect(figures('She stands about 5 feet 8, weighs about 120 pounds.')).toEqual([['about 5 feet 8', 68, 'in'], ['about 120 pounds', 120, 'lb']]);
    expect(figures('It fell 5 feet 8 times.').map((f) => f[2])).toEqual(['ft', 'times']);
  });
  it('leaves a lone measure in feet or inches as it was', () => {
    expect(figures('A 6-foot-tall fence.')).toEqual([['6-foot', 6, 'ft']]);
  });
});

describe('countedPhrase: plurals wink does not lemmatise', () => {
  it('reads "45 flybys", "10 airbags" and "12 20-liter jerrycans"', () => {
    expect(figures('The probe made 45 flybys of the moon.')).toEqual([['45', 45, 'flybys']]);
    expect(figures('The car has 10 airbags.')).toEqual([['10', 10, 'airbags']]);
    expect(figures('Crews filled 12 20-liter jerrycans.')).toEqual([['12', 12, 'jerrycans'], ['20-liter', 20, 'L']]);
  });
});

describe('extractQuantities: bare figures that borrow no noun', () => {
  it('reads no count after a label word ("lane 2", "season 5", "part 3", "room 423")', () => {
    expect(figures('Three lanes open; priority passengers use lane 1 and the rest lane 2.')).toEqual([['Three', 3, 'lanes']]);
    expect(figures('The 13 episodes of season 5 leaked.')).toEqual([['13', 13, 'episodes']]);
  });
  it('lends no count noun to a fraction ("rates about 0.7 on the scale")', () => {
    expect(figures('Three planets were rated. Earth rates about 0.7 on the scale.')).toEqual([['Three', 3, 'planets']]);
  });
  it('reads "at the age of 94" as an age', () => {
    expect(figures('She died at the age of 94.')).toEqual([['94', 94, 'years old']]);
  });
});

describe('findNumbers: years before 1900', () => {
  it('reads "since 1790", "in 1864" and "the 1859 Carrington Event" as years, and "received 1500 new pages" as a count', () => {
    expect(findNumbers('Since 1790, in 1864 and in the 1859 Carrington Event.').map((n) => n.kind)).toEqual(['year', 'year', 'year']);
    expect(figures('He received 1500 new pages.')).toEqual([['1500', 1500, 'pages']]);
    expect(figures('In 1725 British physicians petitioned.')).toEqual([]);
  });
});

describe('countedPhrase: irregular participles in -rn', () => {
  it('reads "9,900 sworn officers" and "two torn ligaments"', () => {
    expect(figures('The city has 9,900 sworn officers.')).toEqual([['9,900', 9900, 'officers']]);
    expect(figures('He suffered two torn ligaments.')).toEqual([['two', 2, 'ligaments']]);
  });
});

describe('findNumbers: call letters and model names in capitals', () => {
  it('reads "ABC 7 Chicago", "WUSA 9" and "Lexus LC 500" as names, "NBA 2K20" as one', () => {
    expect(figures('Three children were hurt, according to ABC 7 Chicago.')).toEqual([['Three', 3, 'children']]);
    expect(findNumbers('He told WUSA 9 that the LC 500 and NBA 2K20 sold.').map((n) => n.kind)).toEqual(['identifier', 'identifier', 'identifier']);
    // A currency code or "UN" is no call sign.
    expect(findNumbers('The UN 2 resolutions cost USD 5.').map((n) => n.kind)).toEqual(['count', 'money']);
  });
});

describe('findNumbers: South Asian scales', () => {
  it('reads "Rs 24 lakh", "Rs 5 crore" and "50 lakh people" at their value', () => {
    expect(figures('He spent Rs 24 lakh on the case.')).toEqual([['Rs 24 lakh', 2400000, 'INR']]);
    expect(figures('The scheme cost Rs 5 crore.')).toEqual([['Rs 5 crore', 50000000, 'INR']]);
    expect(figures('About 50 lakh people voted.')).toEqual([['About 50 lakh', 5000000, 'people']]);
  });
});

describe('findNumbers: a span written high to low after "between"', () => {
  it('reads "between 350,000 and 260,000 years ago" as one span, and "from 52 to 48 percent" as two figures', () => {
    expect(extractQuantities(sentencesOf('They arose between 350,000 and 260,000 years ago.')).map((m) => [m.low, m.high, m.unit])).toEqual([[260000, 350000, 'years']]);
    expect(figures('Support fell from 52 to 48 percent.')).toEqual([['52', 52, '%'], ['48 percent', 48, '%']]);
  });
});

describe('findNumbers: years an era or "c." marks, and money in a title', () => {
  it('reads "614 AD", "AD 90", "44 B.C." and "(c. 540-601)" as years, not counts of the noun before or after', () => {
    expect(findNumbers('The abbey was founded in 614 AD, the fort in AD 90, the road in 44 B.C.').map((n) => n.kind)).toEqual(['year', 'year', 'year']);
    expect(findNumbers('A gift from Queen Ada (c. 540-601) survives.').map((n) => n.kind)).toEqual(['year']);
    expect(figures('Another 16 coins were found in the chapel built in 614 AD.')).toEqual([['16', 16, 'coins']]);
    expect(figures('They found 20 coins, a gift from Queen Ada (c. 540-601).')).toEqual([['20', 20, 'coins']]);
    // A count with an era word elsewhere in the sentence stays a count.
    expect(figures('Some 300 coins from the 2nd century AD were found.')).toEqual([['Some 300', 300, 'coins']]);
  });
  it('reads a capitalised "Seven Million Dollar" inside a sentence as a name, and "$6 million" as money', () => {
    expect(findNumbers('It reminded me of The Seven Million Dollar Ferry.').map((n) => n.kind)).toEqual(['identifier']);
    expect(findNumbers('The film cost $6 million.').map((n) => n.kind)).toEqual(['money']);
  });
});
